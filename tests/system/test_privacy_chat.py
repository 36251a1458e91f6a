"""Data rights as the candidate meets them: "delete my data" in the chat, and logs
that never hold their words."""

from datetime import date, timedelta

import pytest

from rasa_project.db import create_db_engine
from rasa_project.models import Candidate, Placement
from rasa_project.services.privacy import remaining_mentions
from tests.stack import Stack, bot_texts

pytestmark = pytest.mark.system

PHRASE = "the periwinkle forklift incident still haunts me"


def new_candidate(stack: Stack, first: str, last: str) -> int:
    with stack.database.sessions.begin() as session:
        candidate = Candidate(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{last.lower()}@candidate.example",
            timezone="UTC",
        )
        placement = Placement(
            candidate=candidate,
            recruiter_id=1,
            company="Northwind",
            role="Driver",
            start_date=date.today() - timedelta(days=20),
        )
        session.add(placement)
        session.flush()
        return int(placement.id)


def test_delete_my_data_in_the_chat_erases_everything(stack: Stack) -> None:
    placement_id = new_candidate(stack, "Ottilie", "Brambleworth")
    token, conversation_id = stack.new_checkin(placement_id)
    stack.say(token, "hi")
    stack.say(token, PHRASE)
    confirm = stack.say(token, "please delete my data").json()
    assert confirm[0]["text"].startswith("I can delete everything")
    assert [b["payload"] for b in confirm[0]["buttons"]] == ["/affirm", "/deny"]
    assert bot_texts(stack.say(token, "/affirm"))[0].startswith("Done: everything")

    assert "erased 1 candidate" in stack.run_worker_once("--erasure-quiet-seconds", "0")
    needles = [
        "Ottilie",
        "Brambleworth",
        "ottilie.brambleworth@candidate.example",
        PHRASE,
        conversation_id,
    ]
    tracker_store = create_db_engine(stack.settings.tracker_store_url)
    assert remaining_mentions(stack.database.sessions, tracker_store, needles) == []


def test_no_for_the_erasure_keeps_everything(stack: Stack) -> None:
    token, conversation_id = stack.new_checkin(new_candidate(stack, "Wendell", "Sparrowhawk"))
    stack.say(token, "hi")
    stack.say(token, "can you delete my data")
    assert bot_texts(stack.say(token, "/deny"))[0].startswith("Okay, nothing has been deleted.")
    assert "can you delete my data" in stack.user_texts(conversation_id)


def test_the_logs_of_a_conversation_hold_none_of_the_candidates_words(stack: Stack) -> None:
    token, _ = stack.new_checkin(new_candidate(stack, "Imogen", "Thistlewood"))
    for message in ("hi", PHRASE, "i keep thinking about ending my life"):
        stack.say(token, message)
    stack.run_worker_once()
    for name in ("rasa", "actions", "web"):
        log = stack.log_tail(name, lines=100_000)
        assert PHRASE not in log, name
        assert "ending my life" not in log, name
        assert token not in log, name
