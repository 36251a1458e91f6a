import json

from rasa_sdk.events import ConversationPaused, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.handoff import ActionHandoffToRecruiter, ActionOfferRecruiter
from rasa_project.db import Database
from rasa_project.models import Handoff
from tests.actions.helpers import make_tracker, user_event

PAUSED = [SlotSet("awaiting", None), SlotSet("handoff_open", True), ConversationPaused()]


def handoffs(database: Database) -> list[Handoff]:
    with database.sessions() as session:
        return list(session.scalars(select(Handoff)))


def test_asking_for_a_person_opens_a_handoff_and_pauses(
    database: Database, conversation_id: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id,
        "request_human",
        "can i talk to sam",
        earlier=[user_event("share_setback", "no sale yet", 1.0, ["no_early_wins"])],
    )
    assert ActionHandoffToRecruiter().run(dispatcher, tracker, {}) == PAUSED
    assert dispatcher.messages[0]["text"].startswith("I've let Sam know you'd like to talk.")
    [handoff] = handoffs(database)
    assert (handoff.reason, handoff.urgency, handoff.status) == ("requested", 2, "open")
    assert [line["text"] for line in json.loads(handoff.transcript)] == [
        "no sale yet",
        "can i talk to sam",
    ]


def test_a_retried_handoff_creates_one_record(database: Database, conversation_id: str) -> None:
    tracker = make_tracker(
        conversation_id, "risk_crisis", "i dont want to wake up tomorrow", risk="crisis"
    )
    for _ in range(2):
        assert ActionHandoffToRecruiter().run(CollectingDispatcher(), tracker, {}) == PAUSED
    [handoff] = handoffs(database)
    assert (handoff.reason, handoff.urgency, handoff.risk_level) == ("crisis", 0, "crisis")


def test_urgent_is_high_urgency(database: Database, conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id, "risk_urgent", "they fired me this morning", risk="urgent"
    )
    ActionHandoffToRecruiter().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["text"].startswith("I've alerted Sam, and they will contact you")
    assert [(h.reason, h.urgency) for h in handoffs(database)] == [("urgent", 1)]


def test_first_distress_offers_the_recruiter(database: Database, conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(conversation_id, "risk_distress", "i feel hopeless", risk="distress")
    assert ActionOfferRecruiter().run(dispatcher, tracker, {}) == [
        SlotSet("awaiting", "recruiter_offer")
    ]
    assert dispatcher.messages[0]["text"].endswith(
        "Would you like your recruiter to get in touch with you?"
    )
    assert handoffs(database) == []


def test_distress_again_in_the_same_checkin_hands_off(
    database: Database, conversation_id: str
) -> None:
    tracker = make_tracker(
        conversation_id,
        "risk_distress",
        "i cant cope",
        risk="distress",
        earlier=[user_event("risk_distress", "i feel hopeless", 1.0)],
    )
    assert ActionOfferRecruiter().run(CollectingDispatcher(), tracker, {}) == PAUSED
    assert [h.reason for h in handoffs(database)] == ["distress"]


def test_yes_to_the_offer_after_two_misses_is_a_fallback_handoff(
    database: Database, conversation_id: str
) -> None:
    tracker = make_tracker(
        conversation_id,
        "affirm",
        "yes",
        earlier=[user_event("nlu_fallback", "asdf", 1.0), user_event("nlu_fallback", "qwer", 2.0)],
    )
    ActionHandoffToRecruiter().run(CollectingDispatcher(), tracker, {})
    assert [(h.reason, h.urgency) for h in handoffs(database)] == [("fallback", 2)]
