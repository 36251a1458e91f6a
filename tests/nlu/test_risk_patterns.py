"""The curated risk patterns: idioms stay ordinary, negation lowers, crises are caught."""

import pytest

from rasa_project.nlu.patterns import find_risk


def level(text: str) -> str:
    match = find_risk(text)
    return match.level if match else "none"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to wake up tomorrow",
        "i want to kill myself",
        "i cant stop thinking about killing myself",
        "i keep thinking about ending it all",
        "honestly whats the point of going on",
        "everyone would be better off without me",
        "ive been saving up my pills",
        "i could hurt my manager today i swear",
        "i'm going to bring a knife to work",
    ],
)
def test_crisis_statements_are_crisis(text: str) -> None:
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "this deal is killing me",
        "I'd kill for a coffee",
        "the demo died halfway through",
        "my commute is murder",
        "this spreadsheet will be the death of me",
        "I nearly died of embarrassment in the meeting",
        "we got slaughtered in the pitch",
        "shoot me an email when you can",
        "i walked out of the meeting feeling stupid",
        "they fired the whole marketing team last year",
    ],
)
def test_workplace_idioms_are_not_alarms(text: str) -> None:
    assert level(text) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im not suicidal or anything, just tired", "distress"),
        ("i would never hurt myself", "distress"),
        ("nobody is harassing me, its just busy", "none"),
        ("im not going to quit, its just hard", "none"),
    ],
)
def test_negation_lowers_the_level(text: str, expected: str) -> None:
    match = find_risk(text)
    assert match is not None and match.negated
    assert match.level == expected


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor keeps making sexual comments about me",
        "they fired me this morning",
        "a coworker keeps touching me",
        "im quitting today, im done",
        "they want us to use the forklift with no brakes, its unsafe equipment",
        "i get called slurs on the floor",
    ],
)
def test_urgent_statements_are_urgent(text: str) -> None:
    assert level(text) == "urgent"


def test_a_plain_crisis_beats_a_negated_one() -> None:
    match = find_risk("im not suicidal, i just want to kill myself sometimes")
    assert match is not None and (match.level, match.negated) == ("crisis", False)
