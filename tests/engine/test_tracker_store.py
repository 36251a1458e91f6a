"""IncrementalSQLTrackerStore reads what Rasa's SQLTrackerStore would, while reading
only new rows: with two stores on one database (two Rasa instances), after an
erasure, and across a new conversation session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from sqlalchemy import delete

from rasa_project.tracker_store import IncrementalSQLTrackerStore
from tests.stack import run_async as run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def turn(n: int) -> list[Event]:
    return [
        UserUttered(f"message {n}", {"name": "share_setback", "confidence": 0.9}),
        ActionExecuted("action_reflect"),
        BotUttered(f"question {n}?"),
        SlotSet("reflection_level", f"level {n}"),
        ActionExecuted("action_listen"),
    ]


def stores(tmp_path: Path, domain: Domain) -> tuple[IncrementalSQLTrackerStore, ...]:
    db = str(tmp_path / "tracker.db")
    return tuple(IncrementalSQLTrackerStore(domain, dialect="sqlite", db=db) for _ in range(2))


def take_turn(store: IncrementalSQLTrackerStore, sender: str, n: int, domain: Domain) -> None:
    tracker = run(store.retrieve(sender)) or DialogueStateTracker(sender, domain.slots)
    for event in turn(n):
        tracker.update(event)
    run(store.save(tracker))


def as_dicts(tracker: DialogueStateTracker | None) -> list[dict]:
    assert tracker is not None
    return [event.as_dict() for event in tracker.events]


def state(tracker: DialogueStateTracker | None) -> tuple:
    assert tracker is not None
    slots = {name: (slot.value, slot.has_been_set) for name, slot in tracker.slots.items()}
    return tracker.current_state(EventVerbosity.ALL), slots, tracker.is_paused()


def test_two_stores_on_one_database_read_every_event_in_order(
    tmp_path: Path, domain: Domain
) -> None:
    first, second = stores(tmp_path, domain)
    rasa_own = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    for n in range(12):  # turns alternate between the two, as behind the proxy
        take_turn(first if n % 2 == 0 else second, "c1", n, domain)
        expected = as_dicts(run(rasa_own.retrieve("c1")))
        assert as_dicts(run(first.retrieve("c1"))) == expected
        assert as_dicts(run(second.retrieve("c1"))) == expected
        assert state(run(first.retrieve("c1"))) == state(run(rasa_own.retrieve("c1")))
    texts = [e.text for e in run(first.retrieve("c1")).events if isinstance(e, UserUttered)]
    assert texts == [f"message {n}" for n in range(12)]
    assert run(first.retrieve("c1")).get_slot("reflection_level") == "level 11"


def test_an_erased_conversation_is_not_served_from_memory(tmp_path: Path, domain: Domain) -> None:
    store, _ = stores(tmp_path, domain)
    take_turn(store, "c2", 0, domain)
    assert run(store.retrieve("c2")) is not None
    with store.session_scope() as session:
        session.execute(delete(store.SQLEvent).where(store.SQLEvent.sender_id == "c2"))
        session.commit()
    assert run(store.retrieve("c2")) is None
    take_turn(store, "c2", 1, domain)  # a conversation started again under the same id
    assert [e.text for e in run(store.retrieve("c2")).events if isinstance(e, UserUttered)] == [
        "message 1"
    ]


def test_a_new_session_is_read_from_its_start(tmp_path: Path, domain: Domain) -> None:
    store, other = stores(tmp_path, domain)
    take_turn(store, "c3", 0, domain)
    run(store.retrieve("c3"))  # cached
    tracker = run(other.retrieve("c3"))
    for event in [ActionExecuted("action_session_start"), SessionStarted(), *turn(1)]:
        tracker.update(event)
    run(other.save(tracker))
    rasa_own = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    assert as_dicts(run(store.retrieve("c3"))) == as_dicts(run(rasa_own.retrieve("c3")))
    assert "message 0" not in [
        e.text for e in run(store.retrieve("c3")).events if isinstance(e, UserUttered)
    ]


def test_an_unknown_conversation_is_none(tmp_path: Path, domain: Domain) -> None:
    store, _ = stores(tmp_path, domain)
    assert run(store.retrieve("nobody")) is None


def test_a_retrieved_tracker_is_a_copy(tmp_path: Path, domain: Domain) -> None:
    """What the processor does to a tracker it has not saved is not served next time."""
    store, _ = stores(tmp_path, domain)
    take_turn(store, "c4", 0, domain)
    before = state(run(store.retrieve("c4")))
    unsaved = run(store.retrieve("c4"))
    for event in turn(1):
        unsaved.update(event)
    unsaved.slots["reflection_level"].value = "changed in place"
    assert state(run(store.retrieve("c4"))) == before


def test_a_new_domain_reads_the_conversation_again(tmp_path: Path, domain: Domain) -> None:
    store, _ = stores(tmp_path, domain)
    take_turn(store, "c5", 0, domain)
    run(store.retrieve("c5"))  # cached under the first domain
    store.domain = Domain.load(str(ROOT / "domain.yml"))  # a new model's domain
    tracker = run(store.retrieve("c5"))
    assert tracker is not None
    assert store._cache["c5"].domain is store.domain  # built again with the new slots
    assert tracker.get_slot("reflection_level") == "level 0"
    assert state(tracker) == state(
        run(
            SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db")).retrieve(
                "c5"
            )
        )
    )
