"""PersonRequestDetector: an explicit request for a person is a handoff, whatever else
the message says ("can we grab lunch this week", "get priya to call me", "i want a
human not a bot"). Curated patterns from the design's own examples, with negation
("no need to call me" is not a request), and the candidate's recruiter by first name
(the channel puts it in the message metadata: "is sam around?"). It sets the intent
to `request_human` so the handoff rule fires in the same turn. It runs before the
RiskDetector, which still raises a crisis or urgent message above it.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_project.nlu.patterns import normalise
from rasa_project.nlu.taxonomy import RISK_INTENTS

REQUEST_INTENT = "request_human"
CONFIDENCE = 0.99

_PERSON = r"(?:person|human|recruiter|consultant|agent|you\s+guys|someone\s+from\s+the\s+agency)"
# who a candidate asks for: their recruiter (or, after _with_recruiter, their name)
_THEM = (
    r"(?:my\s+recruiter|my\s+consultant|someone|somebody|anyone|"
    r"a\s+(?:real\s+)?(?:person|human))"
)
# "call me" but not "call me names" or "you can call me tom"
_NOT_NAMING = (
    r"(?!\s+(?:names|lazy|stupid|useless|an?\s))"
    r"(?!\s+(?!(?:later|tomorrow|today|tonight|back|asap|now|please|pls|soon|sometime|instead|directly)\b)[a-z]+\W*$)"
)
_CONTACT = rf"(?:call\s+me\b{_NOT_NAMING}|(?:ring|phone|message|text|email|contact)\s+me\b)"
REQUESTS = [
    rf"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|my\s+|the\s+|your\s+)?"
    rf"(?:real\s+|actual\s+|live\s+)?{_PERSON}\b",
    r"\b(?:can|could|may)\s+i\s+(?:talk|speak)\s+(?:to|with)\s+(?:someone|somebody)\b",
    r"\b(?:want|need|like|rather|prefer)\s+(?:to\s+)?(?:just\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:someone|somebody)\b"
    r"(?!\s+(?:at|in|from)\s+(?:work|the\s+office|my\s+team|hr))",
    r"\b(?:want|need|get|prefer|rather\s+have)\s+(?:a|an|some)\s+(?:real\s+|actual\s+)?"
    r"(?:person|human)\b",
    r"\b(?:real|actual|live)\s+(?:person|human)\b",
    r"^\W*(?:a\s+)?(?:human|person|agent|recruiter)\s*(?:please|pls|plz)?\W*$",
    rf"\b(?:can|could|would|pls|please)\b.{{0,30}}\b(?:call|ring|phone)\s+me\b{_NOT_NAMING}",
    rf"^\W*(?:please\s+|pls\s+)?(?:call|ring|phone)\s+me\b{_NOT_NAMING}",
    r"\b(?:can|could)\s+(?:someone|somebody)\s+(?:please\s+)?(?:call|ring|phone)\b",
    r"\bget\s+me\s+(?:a|an|my)\s+(?:real\s+)?(?:person|human|recruiter|consultant)\b",
    r"\b(?:need|want)\s+my\s+recruiter\b",
    rf"\b(?:like|want|need)\s+{_THEM}\s+to\s+(?:{_CONTACT}|get\s+in\s+touch|reach\s+out)",
    r"\b(?:talk|speak|chat|go)\s+(?:this|it|things)\s+(?:through|over)\s+with\s+(?:someone|"
    r"somebody|a\s+(?:real\s+)?(?:person|human)|my\s+recruiter|you)\b",
    rf"\b(?:can|could|would|will)\s+{_THEM}\s+(?:please\s+)?(?:{_CONTACT}|get\s+in\s+touch|"
    r"give\s+me\s+a\s+(?:call|ring|buzz))",
    r"\b(?:get|have|ask|tell)\s+\w+(?:\s+\w+)?\s+to\s+(?:call|ring|phone)\s+me\b",
    rf"\b(?:get|have|ask|tell)\s+{_THEM}\s+(?:to\s+)?(?:{_CONTACT}|get\s+in\s+touch|reach\s+out)",
    rf"\b(?:someone|somebody)\s+(?:to\s+)?{_CONTACT}",
    r"\bget\s+(?:my\s+recruiter|someone|somebody)\s+on\s+the\s+(?:phone|line)\b",
    r"\btell\s+my\s+recruiter\s+(?:that\s+)?i\s+(?:want|need|would\s+like|'?d\s+like)\s+to\s+"
    r"(?:talk|speak|chat|meet)\b",
    r"\bis\s+my\s+recruiter\s+(?:around|there|about|free|available|in|working)\b",
    r"\bis\s+there\s+(?:anyone|anybody|someone|somebody|a\s+(?:real\s+)?(?:person|human))\s+"
    r"(?:i\s+can\s+(?:actually\s+)?(?:talk|speak|chat)\s+(?:to|with)|available|around)\b",
    r"\bgive\s+me\s+a\s+(?:call|ring|buzz)\b",
    r"\b(?:get|have)\s+a\s+(?:call|ring)\s+(?:from|with)\b",
    r"\b(?:set\s+up|book|schedule|arrange|have|do)\s+(?:a\s+)?(?:quick\s+)?(?:call|phone\s+call|"
    r"meeting)\s+with\s+(?:you|my\s+recruiter|someone|somebody|the\s+agency)\b",
    r"\bcan\s+we\s+(?:have|do|set\s+up|book|schedule|arrange)\s+(?:a\s+)?(?:quick\s+)?"
    r"(?:call|phone\s+call)\b",
    r"\b(?:a|quick)\s+(?:video\s+|phone\s+)?(?:chat|word|call|talk)\s+with\s+(?:my\s+recruiter|my\s+consultant|you|"
    r"someone|somebody|a\s+(?:real\s+)?(?:person|human))\b",
    r"\b(?:transfer|connect|pass|hand|put)\s+me\s+(?:over\s+|through\s+)?(?:to|with)\s+"
    r"(?:my\s+|a\s+|an\s+|the\s+|someone|somebody)",
    r"\b(?:grab|do|book|go\s+for|meet\s+for)\s+(?:a\s+|some\s+)?(?:lunch|coffee)\b"
    r"(?!\s+(?:alone|by\s+myself|on\s+my\s+own))",
    r"\b(?:can|could|shall)\s+we\s+(?:have|get|grab)\s+(?:a\s+|some\s+)?(?:lunch|coffee)\b",
    r"\b(?:lunch|coffee)\s+with\s+(?:you|my\s+recruiter)\b",
    r"\b(?:have|grab|get|do)\s+(?:lunch|coffee)\s+together\b",
    r"\bmeet\s+(?:up|in\s+person|with\s+(?:you|my\s+recruiter)|my\s+recruiter)\b",
    rf"\b(?:can|could|would)\s+{_THEM}\s+meet\s+(?:me|up)\b",
    r"\bput\s+me\s+through\b",
    r"\b(?:put|get)\s+me\s+in\s+touch\s+with\b",
    r"\b(?:can|could)\s+we\s+(?:talk|speak|chat|do\s+this)\s+(?:on|over)\s+the\s+phone\b",
    r"\b(?:someone|somebody)\s+(?:real|human)\b",
    r"\b(?:contact|reach|get\s+hold\s+of)\s+my\s+recruiter\b",
    r"\b(?:not|instead\s+of)\s+(?:a|this|the)\s+(?:bot|robot|machine)\b",
    r"n'?t\s+a\s+(?:bot|robot|machine)\b",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in REQUESTS]
# "am i talking to a real person?" asks what the assistant is; it is not a request
_ASKS_WHAT_IT_IS = re.compile(
    r"^\W*(?:are\s+you|am\s+i\s+(?:talking|speaking|chatting)\s+(?:to|with)|could\s+you\s+be|"
    r"is\s+this)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|live\s+)?(?:person|human|bot|robot)\W*$",
    re.IGNORECASE,
)
_DECLINED = re.compile(
    r"\b(?:don'?t|dont|do\s+not|no\s+need|not|never|won'?t|wont)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)


def _with_recruiter(text: str, recruiter_name: str | None) -> str:
    """ "is sam around?" → "is my recruiter around?" when Sam is their recruiter."""
    if not recruiter_name or not recruiter_name.strip():
        return text
    return re.sub(rf"\b{re.escape(recruiter_name.strip())}\b", "my recruiter", text, flags=re.I)


def asks_for_a_person(text: str, recruiter_name: str | None = None) -> bool:
    text = _with_recruiter(normalise(text), recruiter_name)
    if _ASKS_WHAT_IT_IS.match(text):
        return False
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
            metadata = message.get(METADATA) or {}
            recruiter = metadata.get("recruiter_name") if isinstance(metadata, dict) else None
            if asks_for_a_person(message.get(TEXT) or "", recruiter):
                message.set(
                    INTENT, {"name": REQUEST_INTENT, "confidence": CONFIDENCE}, add_to_output=True
                )
        return messages
