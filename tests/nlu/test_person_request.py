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
        "can i speak with someone please",
        "is there a real person i can talk to",
        "i'd rather talk this through with my recruiter",
        "can my recruiter call me tomorrow",
        "please ask my recruiter to get in touch",
        "i need to talk to someone",
        "connect me with my consultant",
        "transfer me to a human",
        "can someone call me back",
        "can i get a call from the agency",
        "get me a human",
        "call me please",
        "human please",
        "can we set up a call this week",
        "id like a chat with my recruiter",
        "can you have my recruiter message me",
        "get my recruiter on the phone",
        "i want to talk to someone who isn't a robot",
        "could we do this on a video call with someone",
        "can a person phone me instead",
        "could priya give me a call",
        "i want to talk to sam not a bot",
    ],
)
def test_more_ways_of_asking(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    ("text", "recruiter"),
    [
        ("is sam around?", "Sam"),
        ("can i talk to Priya", "Priya"),
        ("tell sam i want to talk", "Sam"),
        ("is marcus free for a chat today", "Marcus"),
        ("can i book a call with priya", "Priya"),
        ("can lakshmi meet me for a coffee", "Lakshmi"),
    ],
)
def test_the_recruiter_asked_for_by_name(text: str, recruiter: str) -> None:
    assert asks_for_a_person(text, recruiter)
    assert not asks_for_a_person(text)  # the name is what makes it a request
    assert not asks_for_a_person(text, "Alex")


def test_another_name_is_not_the_recruiter() -> None:
    assert not asks_for_a_person("is sam around?", "Priya")
    assert not asks_for_a_person("sam in accounts was rude to me again", "Sam")


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
        "my manager wants to talk to me tomorrow",
        "i need to talk to my manager about the rota",
        "i need to talk to someone at work about my hours",
        "we had a team call about targets and it went badly",
        "i talked to my recruiter last week and it helped",
        "everyone goes for lunch together and im left on the phones",
        "hello is anyone there",
        "am i speaking with a real person",
        "you can call me jason",
        "i'm a people person really",
    ],
)
def test_look_alikes_are_not_requests(text: str) -> None:
    assert not asks_for_a_person(text)
