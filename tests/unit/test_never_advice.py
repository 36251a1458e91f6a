"""Every response and every question asks; none tells the candidate what to do."""

from pathlib import Path

import yaml

from rasa_project.conversation.questions import question_bank
from rasa_project.conversation.style import SAFETY_RESPONSES, advice_phrases

ROOT = Path(__file__).resolve().parents[2]


def domain_texts() -> list[tuple[str, str]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    return [
        (name, variant["text"])
        for name, variants in domain["responses"].items()
        if name not in SAFETY_RESPONSES
        for variant in variants
    ]


def test_no_domain_response_gives_advice() -> None:
    offending = [
        (name, text, advice_phrases(text)) for name, text in domain_texts() if advice_phrases(text)
    ]
    assert offending == [], offending


def test_no_question_in_the_bank_gives_advice() -> None:
    offending = [(q.key, q.text) for q in question_bank().all_questions() if advice_phrases(q.text)]
    assert offending == [], offending


def test_every_question_in_the_bank_is_a_question() -> None:
    not_questions = [
        (q.key, q.text) for q in question_bank().all_questions() if not q.text.endswith("?")
    ]
    assert not_questions == []


def test_the_detector_catches_advice() -> None:
    assert advice_phrases("Maybe you should call them. Try to relax.") == ["you should", "Try to"]
    assert advice_phrases("What would you say to a colleague in your shoes?") == []
