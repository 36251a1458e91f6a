"""Curated cue words per theme: domain knowledge the small training set cannot teach
on its own. They are features for the ThemeClassifier, which learns how much each cue
counts; a cue alone does not decide a theme."""

from __future__ import annotations

import re

import numpy as np
from scipy.sparse import csr_matrix

from rasa_project.nlu.taxonomy import THEMES

THEME_CUES: dict[str, list[str]] = {
    "no_early_wins": [
        r"\bno (?:sales?|deals?|results?|wins?|placements?|closes?)\b",
        r"\b(?:not|n'?t|never) (?:closed|sold|landed|booked|converted|won)\b",
        r"\b(?:zero|0|nothing|not (?:a|one) (?:single )?)\s*(?:sales?|deals?|closed|placements?|results?)\b",
        r"\bnothing to show\b",
        r"\b(?:quota|target|numbers|pipeline|commission)\b",
        r"\bfirst (?:sale|deal|win|placement)\b",
        r"\bmissed (?:my |the )?(?:target|quota)\b",
    ],
    "long_cycle": [
        r"\b(?:takes?|taking|took) (?:months|forever|ages|so long|weeks)\b",
        r"\b(?:sales|deal|buying|approval|hiring) (?:cycle|process)\b",
        r"\bcycle\b",
        r"\b(?:slow|slower|sluggish)\b",
        r"\b(?:procurement|sign[- ]?off|legal review|approvals?)\b",
        r"\b\d+\s*(?:months?|weeks?)\b",
        r"\bwaiting (?:on|for)\b",
        r"\bdrag(?:s|ging)? on\b",
    ],
    "self_criticism": [
        r"\bnot good enough\b",
        r"\b(?:useless|stupid|idiot|incompetent|pathetic|failure)\b",
        r"\bbeat(?:ing)? myself up\b",
        r"\b(?:fraud|imposter|impostor)\b",
        r"\bhate myself\b",
        r"\bmy (?:own )?fault\b",
        r"\bshould have\b|\bshould've\b",
        r"\b(?:replay|replaying|overthink\w*)\b",
        r"\bperfectionis\w*\b",
        r"\bhard on myself\b",
        r"\bblame myself\b",
        r"\bi suck\b",
    ],
    "fear_of_failure": [
        r"\b(?:afraid|scared|terrified|fear\w*) (?:of|to) (?:fail\w*|mess\w*|try\w*|get it wrong)\b",
        r"\bfail(?:ure|ing|ed)?\b",
        r"\bshame\w*\b|\bashamed\b",
        r"\bembarrass\w*\b",
        r"\b(?:family|parents|dad|mum|mom|father|mother)\b",
        r"\bplay(?:ing)? it safe\b",
        r"\b(?:avoid|avoiding|put off|putting off)\b",
        r"\brisks?\b",
    ],
    "job_security": [
        r"\bprobation\w*\b",
        r"\blast (?:one )?(?:hired|in)\b",
        r"\bfirst (?:one )?(?:fired|out|to go)\b",
        r"\b(?:let go|lose (?:my|this) job|losing (?:my|this) job|get fired|be fired|fire me)\b",
        r"\b(?:contract|renewal|renewed|permanent|temp(?:orary)?)\b",
        r"\breplace(?:d)? me\b",
        r"\bperformance (?:plan|improvement)\b|\bpip\b",
        r"\bjob security\b",
        r"\bsafe here\b",
    ],
    "company_instability": [
        r"\bcost[- ]?cutting\b|\bcut(?:ting)? costs\b|\bbudget cuts?\b",
        r"\b(?:layoffs?|laid off|redundanc\w*|restructur\w*|reorg\w*)\b",
        r"\bhiring freeze\b|\bfreeze\b",
        r"\b(?:merger|acquisition|acquired|bought out)\b",
        r"\b(?:company|business|firm|sales) (?:is|are) (?:struggling|slow|down)\b",
        r"\b(?:lost|losing) (?:a |our |the )?(?:big |biggest )?(?:client|contract|customer)\b",
        r"\b(?:funding|investors|revenue|the company)\b",
    ],
    "workload": [
        r"\b(?:overwhelm\w*|swamped|drowning|buried|snowed under)\b",
        r"\b(?:overtime|long hours|late nights?|\d+\s*hour (?:days?|weeks?|shifts?)|double shifts?)\b",
        r"\btoo much\b",
        r"\b(?:backlog|piling up|workload|so many tasks|to-?do list)\b",
        r"\bno (?:lunch )?breaks?\b",
        r"\bcan'?t keep up\b",
        r"\bso much to learn\b",
    ],
    "manager_relationship": [
        r"\b(?:manager|boss|supervisor|team ?lead|line manager|head of|director)\b",
        r"\bfeedback\b",
        r"\bmicro-?manag\w*\b",
        r"\b1[:-]1s?\b|\bone[- ]on[- ]ones?\b",
    ],
    "team_belonging": [
        r"\b(?:lonely|alone|isolated|left out|outsider|invisible)\b",
        r"\bfit(?:ting)? in\b",
        r"\b(?:colleagues|coworkers|co-workers|team ?mates|the team|clique\w*)\b",
        r"\bno ?one (?:to ask|talks|speaks|includes)\b|\bnobody (?:talks|speaks|to ask|includes)\b",
        r"\blunch (?:alone|by myself|on my own)\b",
        r"\bgroup chat\b",
    ],
    "skills_gap": [
        r"\b(?:training|trained|onboarding)\b",
        r"\bdon'?t know how\b|\bdont know how\b",
        r"\b(?:software|crm|system|tools?|excel|salesforce|sap|product knowledge|technical)\b",
        r"\b(?:learn\w*|skills?|certif\w*|course|experience)\b",
        r"\bout of my depth\b",
    ],
    "role_mismatch": [
        r"\bnot what (?:was|they|i was|it was) (?:described|promised|told|sold|advertised)\b",
        r"\bjob (?:ad|advert|description|posting|spec)\b",
        r"\bbait and switch\b",
        r"\b(?:different|not the) (?:job|role) (?:than|from|i)\b",
        r"\bsigned up for\b",
        r"\b(?:instead of|rather than)\b",
        r"\bjob title\b|\btitle says\b",
        r"\bpromised\b",
    ],
    "work_life": [
        r"\b(?:commute|commuting|traffic|train|bus|drive|driving)\b",
        r"\b(?:family|kids?|children|daughter|son|wife|husband|partner|childcare|nursery)\b",
        r"\b(?:sleep\w*|insomnia|tired|exhausted|burn(?:ed|t)? ?out|health|sick|doctor)\b",
        r"\b(?:weekends?|evenings?|home|dinner|gym)\b",
        r"\bnight shifts?\b",
    ],
}

_COMPILED = {theme: [re.compile(p, re.IGNORECASE) for p in THEME_CUES[theme]] for theme in THEMES}


def cue_counts(text: str, weight: float = 1.0) -> np.ndarray:
    """One value per theme: how many of its cues the text shows (capped at 3), weighted."""
    return (
        np.array(
            [min(3, sum(1 for p in _COMPILED[theme] if p.search(text))) for theme in THEMES],
            dtype=np.float64,
        )
        * weight
    )


def cue_features(texts: list[str], weight: float = 1.0) -> csr_matrix:
    """`cue_counts` of each text, one row each."""
    return csr_matrix(np.vstack([cue_counts(text, weight) for text in texts]))
