import pytest
from rasa_sdk.events import SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.answers import ActionAnswerYesNo
from actions.checkin import (
    CONSENT_BUTTONS,
    CONSENT_QUESTION,
    RECRUITER_OFFER_BUTTONS,
    ActionCloseCheckin,
    ActionEndCheckin,
    ActionHandleFallback,
    ActionOpenCheckin,
    ActionReflect,
)
from rasa_project.conversation.questions import question_bank
from rasa_project.db import Database
from rasa_project.models import AskedQuestion, CheckIn
from tests.actions.helpers import make_tracker, user_event


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["text"] for m in dispatcher.messages]


def checkin(database: Database, conversation_id: str) -> CheckIn:
    with database.sessions() as session:
        return session.scalars(
            select(CheckIn).where(CheckIn.conversation_id == conversation_id)
        ).one()


def test_the_opening_greets_by_first_name_and_day_in_role(conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    events = ActionOpenCheckin().run(dispatcher, make_tracker(conversation_id, "greet", "hi"), {})
    assert events == [
        SlotSet("reflection_level", None),
        SlotSet("awaiting", None),
        SlotSet("first_name", "Daniel"),
    ]
    [text] = texts(dispatcher)
    assert text.startswith("Hi Daniel! It's been 5")  # 57-59 days, by the candidate's clock
    assert "since you started at Acme" in text and text.endswith(
        "How is the new role going so far?"
    )


def test_the_opening_without_a_checkin_is_generic(database: Database) -> None:
    dispatcher = CollectingDispatcher()
    assert ActionOpenCheckin().run(dispatcher, make_tracker("unknown", "greet", "hi"), {}) == [
        SlotSet("reflection_level", None),
        SlotSet("awaiting", None),
    ]
    assert texts(dispatcher) == ["Hi, this is your check-in assistant. How is the new role going?"]


def test_a_later_checkin_recalls_the_last_next_step(
    database: Database, settings, placement_id: int, conversation_id: str
) -> None:  # type: ignore[no-untyped-def]
    from rasa_project.services.checkins import CheckInService
    from rasa_project.services.conversation import ConversationService

    conversations = ConversationService(database.sessions)
    CheckInService(database.sessions, settings).mark_answered(conversation_id)
    conversations.record_next_step(conversation_id, "ask Priya to listen in on a call.")
    conversations.end(conversation_id, "completed", "summary")
    second = CheckInService(database.sessions, settings).open_checkin(placement_id)
    dispatcher = CollectingDispatcher()
    ActionOpenCheckin().run(dispatcher, make_tracker(second.conversation_id, "greet", "hey"), {})
    [text] = texts(dispatcher)
    assert text.startswith("Welcome back, Daniel.")
    assert text.endswith(
        "Last time you planned to ask Priya to listen in on a call. How did that go?"
    )


def test_reflect_paraphrases_the_theme_and_asks_the_next_question(
    database: Database, conversation_id: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id,
        "share_setback",
        "no sale yet after two months",
        slots={"reflection_level": "describe"},
        themes=["no_early_wins"],
    )
    events = ActionReflect().run(dispatcher, tracker, {})
    bank = question_bank()
    question = bank.pick("feel", ["no_early_wins"], [])
    assert question is not None
    assert events == [
        SlotSet("themes_heard", ["no_early_wins"]),
        SlotSet("awaiting", None),
        SlotSet("reflection_level", "feel"),
    ]
    paraphrase = bank.reflection("no_early_wins", 1)
    assert texts(dispatcher) == [f"It sounds like {paraphrase}. {question.text}"]
    with database.sessions() as session:
        assert session.scalars(select(AskedQuestion.question_key)).all() == [question.key]


def test_the_support_question_offers_the_recruiter(conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id,
        "share_next_step",
        "i will ask my manager for a 1:1",
        slots={"reflection_level": "learn"},
    )
    events = ActionReflect().run(dispatcher, tracker, {})
    assert SlotSet("awaiting", "recruiter_offer") in events
    assert events[-1] == SlotSet("reflection_level", "support")
    assert dispatcher.messages[0]["buttons"] == RECRUITER_OFFER_BUTTONS


def test_an_answer_to_the_support_question_closes_with_summary_and_consent(
    database: Database, conversation_id: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id,
        "share_insight",
        "my team lead could help",
        slots={"reflection_level": "support", "themes_heard": ["long_cycle"]},
    )
    events = ActionReflect().run(dispatcher, tracker, {})
    assert events[-2:] == [SlotSet("awaiting", "consent"), SlotSet("reflection_level", "closed")]
    summary, consent = dispatcher.messages
    assert question_bank().reflection("long_cycle", 0) in summary["text"]
    assert (consent["text"], consent["buttons"]) == (CONSENT_QUESTION, CONSENT_BUTTONS)
    assert checkin(database, conversation_id).status == "completed"


def test_goodbye_closes_the_checkin(database: Database, conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    events = ActionCloseCheckin().run(
        dispatcher, make_tracker(conversation_id, "goodbye", "bye"), {}
    )
    assert events == [SlotSet("awaiting", "consent"), SlotSet("reflection_level", "closed")]
    assert texts(dispatcher)[0].startswith("Thanks for checking in.")
    assert checkin(database, conversation_id).summary is not None


def test_stop_ends_politely_and_records_it(database: Database, conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    events = ActionEndCheckin().run(
        dispatcher, make_tracker(conversation_id, "stop_checkin", "later"), {}
    )
    assert events == [SlotSet("awaiting", None), SlotSet("reflection_level", "closed")]
    assert texts(dispatcher)[0].startswith("Of course, let's leave it here.")
    assert checkin(database, conversation_id).status == "stopped"


def test_consent_yes_and_no_are_stored(database: Database, conversation_id: str) -> None:
    for intent, shared in (("affirm", True), ("deny", False)):
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(conversation_id, intent, "x", slots={"awaiting": "consent"})
        assert ActionAnswerYesNo().run(dispatcher, tracker, {}) == [SlotSet("awaiting", None)]
        assert checkin(database, conversation_id).summary_shared is shared
    assert "stays private" in texts(dispatcher)[0]


def test_yes_to_the_recruiter_offer_hands_off(database: Database, conversation_id: str) -> None:
    from rasa_sdk.events import ConversationPaused

    tracker = make_tracker(conversation_id, "affirm", "yes", slots={"awaiting": "recruiter_offer"})
    events = ActionAnswerYesNo().run(CollectingDispatcher(), tracker, {})
    assert events[-1] == ConversationPaused()


def test_no_to_the_offer_at_the_support_level_closes(
    database: Database, conversation_id: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id,
        "deny",
        "no thanks",
        slots={"awaiting": "recruiter_offer", "reflection_level": "support"},
    )
    events = ActionAnswerYesNo().run(dispatcher, tracker, {})
    assert events[-2:] == [SlotSet("awaiting", "consent"), SlotSet("reflection_level", "closed")]
    assert dispatcher.messages[-1]["text"] == CONSENT_QUESTION


def test_a_yes_that_answers_nothing_is_a_short_answer(conversation_id: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(conversation_id, "affirm", "yeah", slots={"reflection_level": "feel"})
    events = ActionAnswerYesNo().run(dispatcher, tracker, {})
    assert events[-1] == SlotSet("reflection_level", "feel")
    assert dispatcher.messages[0]["text"].startswith("Okay.")


def test_fallback_asks_to_rephrase_then_offers_the_recruiter(conversation_id: str) -> None:
    first = CollectingDispatcher()
    assert ActionHandleFallback().run(
        first, make_tracker(conversation_id, "nlu_fallback", "asdf"), {}
    ) == [UserUtteranceReverted()]
    assert texts(first) == ["Sorry, I didn't quite follow that. Could you put it another way?"]
    second = CollectingDispatcher()
    tracker = make_tracker(
        conversation_id, "nlu_fallback", "qwer", earlier=[user_event("nlu_fallback", "asdf", 1.0)]
    )
    assert ActionHandleFallback().run(second, tracker, {}) == [
        SlotSet("awaiting", "recruiter_offer"),
        UserUtteranceReverted(),
    ]
    assert second.messages[0]["buttons"] == RECRUITER_OFFER_BUTTONS


@pytest.mark.parametrize("stage", ["week_1", "day_30", "day_60", "day_90"])
def test_a_scheduled_checkin_opens_with_a_question_of_its_stage(
    database: Database,
    settings,
    placement_id: int,
    stage: str,  # type: ignore[no-untyped-def]
) -> None:
    from rasa_project.services.schedule import ScheduleService

    ScheduleService(database.sessions, settings).plan()
    with database.sessions() as session:
        conversation = session.scalars(
            select(CheckIn.conversation_id).where(CheckIn.stage == stage)
        ).one()
    dispatcher = CollectingDispatcher()
    ActionOpenCheckin().run(dispatcher, make_tracker(conversation, "greet", "hi"), {})
    [text] = texts(dispatcher)
    stage_questions = question_bank().raw["stages"][stage]
    assert text.startswith("Hi Daniel!")
    assert text.endswith(stage_questions[0])
    with database.sessions() as session:
        assert session.scalars(select(CheckIn.answered_at).where(CheckIn.stage == stage)).one()
