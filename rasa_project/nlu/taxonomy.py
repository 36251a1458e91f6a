"""The theme and risk taxonomies of DESIGN.md."""

THEMES = (
    "no_early_wins",
    "long_cycle",
    "self_criticism",
    "fear_of_failure",
    "job_security",
    "company_instability",
    "workload",
    "manager_relationship",
    "team_belonging",
    "skills_gap",
    "role_mismatch",
    "work_life",
)

# Ordered by severity: a higher index wins when signals disagree.
RISK_LEVELS = ("none", "distress", "urgent", "crisis")
RISK_INTENTS = {"risk_distress": "distress", "risk_urgent": "urgent", "risk_crisis": "crisis"}
INTENT_FOR_RISK = {level: intent for intent, level in RISK_INTENTS.items()}


def severity(level: str) -> int:
    return RISK_LEVELS.index(level)
