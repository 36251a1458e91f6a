"""The closing summary: two to four lines in the candidate's terms."""

from __future__ import annotations

from collections.abc import Sequence

from rasa_project.conversation.questions import QuestionBank


def closing_summary(bank: QuestionBank, themes: Sequence[str], next_step: str | None) -> str:
    lines = ["Here is what I heard today:"]
    heard = [bank.reflection(theme, 0) for theme in dict.fromkeys(themes) if theme in bank.themes]
    if heard:
        lines.append("- " + "; ".join(heard[:3]) + ".")
    else:
        lines.append("- how the new role is going for you.")
    if next_step:
        lines.append(f'- The step you chose: "{next_step.strip().rstrip(".")}".')
    return "\n".join(lines)
