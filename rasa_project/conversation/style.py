"""The house rule: questions, never advice. Safety messages are the one exception."""

from __future__ import annotations

import re

ADVICE = re.compile(
    r"\b(you should|you need to|you must|you ought to|try to|i suggest|i'd suggest|"
    r"my advice|have you tried|why don't you|make sure|don't worry)\b",
    re.IGNORECASE,
)

# Responses that may tell the candidate what to do, because their safety comes first.
SAFETY_RESPONSES = frozenset({"utter_crisis_resources", "utter_urgent_ack"})


def advice_phrases(text: str) -> list[str]:
    return [match.group(0) for match in ADVICE.finditer(text)]
