"""The reflection path: describe → feel → make sense → learn → next step → support.

Pure logic: given where the conversation is, what the candidate just said and which
questions they have already been asked, it says what to reflect back and which question
to ask next, or that the check-in should close. The actions store the state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasa_project.conversation.questions import LEVELS, Question, QuestionBank

GOOD_NEWS = "good_news"
SHORT_ANSWER_INTENTS = {"dont_know", "deny", "affirm"}

# An answer can show that the candidate is already further along the path.
LEVEL_SHOWN_BY_INTENT = {
    "share_setback": "describe",
    "share_feeling": "feel",
    "share_insight": "make_sense",
    "share_next_step": "next_step",
}

ACKNOWLEDGEMENTS = {
    "going_badly": "Thanks for being honest about that.",
    "going_mixed": "Thanks, that sounds like a mix.",
    "share_feeling": "Thank you for putting that into words.",
    "share_insight": "That's an interesting way to see it.",
    "share_next_step": "That sounds like a step you've thought about.",
    "dont_know": "That's okay, there's no right answer here.",
    "deny": "Okay.",
    "affirm": "Okay.",
}


@dataclass(frozen=True)
class ReflectionTurn:
    text: str
    level: str | None
    question: Question | None
    next_step: str | None = None
    close: bool = False
    themes: Sequence[str] = field(default_factory=tuple)


def is_short_answer(intent: str, text: str) -> bool:
    return intent in SHORT_ANSWER_INTENTS or len(text.split()) <= 2


def _level_after(level: str | None) -> str:
    if level not in LEVELS:
        return LEVELS[0]
    index = LEVELS.index(level)
    return LEVELS[min(index + 1, len(LEVELS) - 1)]


def _paraphrase(bank: QuestionBank, themes: Sequence[str], intent: str, turn: int) -> str:
    known = [t for t in themes if t in bank.themes]
    if known:
        heard = bank.reflection(known[0], turn)
        if len(known) > 1:
            heard += f", and {bank.reflection(known[1], turn)}"
        return f"It sounds like {heard}."
    return ACKNOWLEDGEMENTS.get(intent, "Thank you for sharing that.")


def next_turn(
    bank: QuestionBank,
    level: str | None,
    intent: str,
    text: str,
    themes: Sequence[str],
    asked: Sequence[str],
    turn: int,
) -> ReflectionTurn:
    """What to say after the candidate's message, given the level of the last question."""
    short = is_short_answer(intent, text)
    next_step = (
        text if intent == "share_next_step" or (level == "next_step" and not short) else None
    )

    # Good news: ask what contributed, then what to build on, then close. Short.
    if level is None and intent == "going_well" or level == GOOD_NEWS:
        if level == GOOD_NEWS:
            question = bank.pick("next_step", (), asked)
            return ReflectionTurn(
                "That's good to hear.", "next_step", question, next_step, question is None
            )
        question = bank.pick_from("good_news", asked)
        if question is not None:
            return ReflectionTurn("That's good to hear.", GOOD_NEWS, question)

    if level == "support":  # the last level: whatever the answer, time to close
        return ReflectionTurn("", level, None, next_step, close=True, themes=themes)

    if short and level in LEVELS:
        # A gentler, more concrete question at the same level; never a repeat.
        question = bank.pick(level, themes, asked, gentle=True)
        target = level
    else:
        target = _level_after(level)
        shown = LEVEL_SHOWN_BY_INTENT.get(intent)
        if shown is not None and LEVELS.index(shown) >= LEVELS.index(target):
            target = _level_after(shown)
        question = bank.pick(target, themes, asked)

    if question is None:
        return ReflectionTurn("", target, None, next_step, close=True, themes=themes)
    opener = _paraphrase(bank, themes, intent, turn)
    return ReflectionTurn(opener, target, question, next_step, themes=themes)
