from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select, text

from actions.checkin import ActionReflect
from rasa_project.db import Database
from rasa_project.models import ThemeObservation
from tests.actions.helpers import make_tracker, user_event

MESSAGE = "two months and no sale, and the deals here take forever"


def observations(database: Database) -> list[tuple[str, int, str, float]]:
    with database.sessions() as session:
        rows = session.scalars(select(ThemeObservation).order_by(ThemeObservation.theme)).all()
        return [(r.theme, r.turn, r.evidence, r.confidence) for r in rows]


def tracker_with_themes(conversation_id: str):  # type: ignore[no-untyped-def]
    return make_tracker(
        conversation_id,
        "share_setback",
        MESSAGE,
        slots={"reflection_level": "describe"},
        themes=["no_early_wins", "long_cycle"],
        earlier=[user_event("greet", "hi", 1.0)],
    )


def test_each_theme_is_logged_with_evidence_turn_and_confidence(
    database: Database, conversation_id: str
) -> None:
    ActionReflect().run(CollectingDispatcher(), tracker_with_themes(conversation_id), {})
    assert observations(database) == [
        ("long_cycle", 2, MESSAGE, 0.8),
        ("no_early_wins", 2, MESSAGE, 0.8),
    ]


def test_a_retried_action_logs_each_theme_once(database: Database, conversation_id: str) -> None:
    for _ in range(2):
        ActionReflect().run(CollectingDispatcher(), tracker_with_themes(conversation_id), {})
    assert len(observations(database)) == 2


def test_a_database_failure_does_not_stop_the_reply(
    database: Database, conversation_id: str
) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("DROP TABLE theme_observations"))
        connection.execute(text("DROP TABLE asked_questions"))
    dispatcher = CollectingDispatcher()
    events = ActionReflect().run(dispatcher, tracker_with_themes(conversation_id), {})
    assert events[-1] == SlotSet("reflection_level", "feel")
    assert dispatcher.messages[0]["text"].startswith("It sounds like ")
