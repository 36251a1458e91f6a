"""Explicit requests for a person, from the design's own examples, and look-alikes."""

import pytest

from rasa_project.nlu.person_request import asks_for_a_person


@pytest.mark.parametrize(
    "text",
    [
        "can we meet for lunch",
        "can we grab lunch sometime this week",
        "i want a human not a bot",
        "can i talk to an actual person",
        "id like to speak to my recruiter please",
        "can you get sam to call me",
        "could someone from the agency ring me",
        "give me a call when you can",
        "put me through to my recruiter",
    ],
)
def test_requests_for_a_person(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "they call me lazy behind my back",
        "my manager is a difficult person",
        "i had lunch alone again",
        "no need to call me, im fine",
        "i dont want to talk to a human",
        "the client will call me back about the deal",
        "i get coffee every morning before my shift",
        "im scared to talk to people at work",
    ],
)
def test_look_alikes_are_not_requests(text: str) -> None:
    assert not asks_for_a_person(text)
