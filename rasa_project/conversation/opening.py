"""The first message of a check-in, personalised from the placement and its stage."""

from __future__ import annotations

from rasa_project.services.checkins import OpeningContext

BANK_STAGES = ("week_1", "day_30", "day_60", "day_90")


def bank_stage(stage: str) -> str:
    """The question-bank stage for a schedule stage ("day_45" → "day_30")."""
    if stage in BANK_STAGES:
        return stage
    try:
        day = int(stage.split("_")[-1])
    except ValueError:
        return "day_30"
    return min(BANK_STAGES[1:], key=lambda s: abs(int(s.split("_")[1]) - day))


def _time_in_role(days: int, company: str) -> str:
    if days == 0:
        return f"You started at {company} today."
    unit = "day" if days == 1 else "days"
    return f"It's been {days} {unit} since you started at {company}."


def opening_message(context: OpeningContext | None, stage_question: str | None = None) -> str:
    """First check-ins and later ones open differently; a later one recalls the last
    next step; a scheduled one asks the question of its stage."""
    if context is None:
        return "Hi, this is your check-in assistant. How is the new role going?"
    time_in_role = _time_in_role(context.days_in_role, context.company)
    if context.is_first_checkin:
        question = stage_question or "How is the new role going so far?"
        return (
            f"Hi {context.first_name}! {time_in_role} This is a short, private check-in "
            f"about how things are going. {question}"
        )
    if context.last_next_step:
        return (
            f"Welcome back, {context.first_name}. {time_in_role} Last time you planned "
            f"to {context.last_next_step.rstrip('.')}. How did that go?"
        )
    question = stage_question or "How has the role been going since we last talked?"
    return f"Welcome back, {context.first_name}. {time_in_role} {question}"
