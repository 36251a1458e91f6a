"""The first message of a check-in, personalised from the placement."""

from __future__ import annotations

from rasa_project.services.checkins import OpeningContext


def _time_in_role(days: int, company: str) -> str:
    if days == 0:
        return f"You started at {company} today."
    unit = "day" if days == 1 else "days"
    return f"It's been {days} {unit} since you started at {company}."


def opening_message(context: OpeningContext | None) -> str:
    if context is None:
        return "Hi, this is your check-in assistant. How is the new role going?"
    time_in_role = _time_in_role(context.days_in_role, context.company)
    if context.is_first_checkin:
        return (
            f"Hi {context.first_name}! {time_in_role} This is a short, private check-in "
            f"about how things are going. How is the new role going so far?"
        )
    if context.last_next_step:
        return (
            f"Welcome back, {context.first_name}. {time_in_role} Last time you planned "
            f"to {context.last_next_step.rstrip('.')}. How did that go?"
        )
    return (
        f"Welcome back, {context.first_name}. {time_in_role} "
        f"How has the role been going since we last talked?"
    )
