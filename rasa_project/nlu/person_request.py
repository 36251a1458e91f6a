"""PersonRequestDetector: an explicit request for a person is a handoff, whatever else
the message says ("can we grab lunch this week", "get priya to call me", "i want a
human not a bot"). Curated patterns from the design's own examples, with negation
("no need to call me" is not a request); it sets the intent to `request_human` so the
handoff rule fires in the same turn. It runs before the RiskDetector, which still
raises a crisis or urgent message above it.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_project.nlu.patterns import normalise
from rasa_project.nlu.taxonomy import RISK_INTENTS

REQUEST_INTENT = "request_human"
CONFIDENCE = 0.99

_PERSON = r"(?:person|human|recruiter|consultant|agent|you\s+guys|someone\s+from\s+the\s+agency)"
REQUESTS = [
    rf"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|my\s+|the\s+|your\s+)?"
    rf"(?:real\s+|actual\s+|live\s+)?{_PERSON}\b",
    r"\b(?:can|could|may)\s+i\s+(?:talk|speak)\s+(?:to|with)\s+(?:someone|somebody)\b",
    r"\b(?:want|need|get|prefer|rather\s+have)\s+(?:a|an|some)\s+(?:real\s+|actual\s+)?"
    r"(?:person|human)\b",
    r"\b(?:real|actual|live)\s+(?:person|human)\b",
    r"\b(?:can|could|would|pls|please)\b.{0,30}\b(?:call|ring|phone)\s+me\b"
    r"(?!\s+(?:names|lazy|stupid|useless|an?\s))",
    r"\b(?:get|have|ask|tell)\s+\w+(?:\s+\w+)?\s+to\s+(?:call|ring|phone)\s+me\b",
    r"\bgive\s+me\s+a\s+(?:call|ring|buzz)\b",
    r"\b(?:grab|do|book|go\s+for|meet\s+for)\s+(?:a\s+|some\s+)?(?:lunch|coffee)\b"
    r"(?!\s+(?:alone|by\s+myself|on\s+my\s+own))",
    r"\b(?:can|could|shall)\s+we\s+(?:have|get|grab)\s+(?:a\s+|some\s+)?(?:lunch|coffee)\b",
    r"\b(?:lunch|coffee)\s+(?:with\s+(?:you|my\s+recruiter)|together)\b",
    r"\bmeet\s+(?:up|in\s+person|with\s+(?:you|my\s+recruiter))\b",
    r"\bput\s+me\s+through\b",
    r"\b(?:contact|reach|get\s+hold\s+of)\s+my\s+recruiter\b",
    r"\b(?:not|instead\s+of)\s+(?:a|this|the)\s+(?:bot|robot|machine)\b",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in REQUESTS]
_DECLINED = re.compile(
    r"\b(?:don'?t|dont|do\s+not|no\s+need|not|never|won'?t|wont)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)


def asks_for_a_person(text: str) -> bool:
    text = normalise(text)
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            if not _DECLINED.search(text[: match.start()]):
                return True
    return False


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PersonRequestDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PersonRequestDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            current = (message.get(INTENT) or {}).get("name")
            if current in RISK_INTENTS or current == REQUEST_INTENT:
                continue
            if asks_for_a_person(message.get(TEXT) or ""):
                message.set(
                    INTENT, {"name": REQUEST_INTENT, "confidence": CONFIDENCE}, add_to_output=True
                )
        return messages
