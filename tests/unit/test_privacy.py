"""Export, erasure and retention, against SQLite and the real PostgreSQL, with Rasa's
own SQL tracker store holding the conversation events."""

import json
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from rasa_project.db import Database, create_db_engine
from rasa_project.models import AuditEntry, Candidate, Placement, Tombstone
from rasa_project.services.accounts import create_recruiter
from rasa_project.services.checkins import CheckInService
from rasa_project.services.conversation import ConversationService
from rasa_project.services.handoff import HandoffService
from rasa_project.services.privacy import PrivacyService, remaining_mentions
from rasa_project.services.themes import HeardTheme, ThemeService
from rasa_project.settings import Settings
from tests.stack import run_async

PHRASE = "my zebra-striped stapler went missing again"


def store_events(url: str, conversation_id: str) -> None:
    parsed = make_url(url)
    store = SQLTrackerStore(
        Domain.empty(),
        dialect=parsed.get_backend_name(),
        host=parsed.host,
        port=parsed.port,
        db=parsed.database,
        username=parsed.username,
        password=parsed.password,
    )
    tracker = DialogueStateTracker.from_events(
        conversation_id,
        [
            UserUttered(PHRASE, {"name": "share_setback", "confidence": 0.9}),
            BotUttered("It sounds like that was frustrating. What happened next?"),
        ],
    )
    run_async(store.save(tracker))


def one_of_everything(database: Database, settings: Settings, tracker_url: str) -> tuple[int, str]:
    """A candidate with a record of every kind the app keeps."""
    recruiter = create_recruiter(
        database.sessions, f"r{uuid.uuid4().hex[:6]}@agency.example", "Sam Carter", "long enough pw"
    )
    with database.sessions.begin() as session:
        candidate = Candidate(
            first_name="Zofia",
            last_name="Quillfeather",
            email="zofia.quillfeather@candidate.example",
            timezone="UTC",
        )
        session.add(
            Placement(
                candidate=candidate,
                recruiter_id=recruiter,
                company="Acme",
                role="Rep",
                start_date=date.today() - timedelta(days=40),
            )
        )
        session.flush()
        candidate_id = int(candidate.id)
        placement_id = candidate.placements[0].id
    checkin = CheckInService(database.sessions, settings).open_checkin(placement_id)
    conversation = checkin.conversation_id
    ConversationService(database.sessions).record_question(conversation, "general:describe:0")
    ConversationService(database.sessions).record_next_step(conversation, PHRASE)
    themes = ThemeService(database.sessions)
    themes.log_message(conversation, 1, PHRASE, [HeardTheme("skills_gap", 0.7)])
    themes.correct(conversation, 1, PHRASE, ["workload"], recruiter)
    handoff = HandoffService(database.sessions, settings).open(
        conversation, "requested", "requested:1", transcript=[{"who": "candidate", "text": PHRASE}]
    )
    privacy = PrivacyService(database.sessions, create_db_engine(tracker_url))
    privacy.record_consent(conversation, "privacy_notice", True, "2026-11")
    with database.sessions.begin() as session:
        from rasa_project.models import HandoffNote

        session.add(HandoffNote(handoff_id=handoff.id, recruiter_id=recruiter, text="called Zofia"))
        session.add(
            AuditEntry(
                recruiter_id=recruiter,
                actor="sam@agency.example",
                action="view_transcript",
                target=f"conversation:{conversation}",
            )
        )
    store_events(tracker_url, conversation)
    return candidate_id, conversation


def test_export_contains_every_kind_of_record(database: Database, settings: Settings) -> None:
    candidate_id, conversation = one_of_everything(database, settings, settings.tracker_store_url)
    archive = PrivacyService(
        database.sessions, create_db_engine(settings.tracker_store_url)
    ).export(candidate_id)
    for kind in (
        "placements",
        "checkins",
        "themes",
        "theme_corrections",
        "handoffs",
        "handoff_alerts",
        "handoff_notes",
        "questions_asked",
        "consent_records",
        "audit_entries",
    ):
        assert archive[kind], kind
    assert archive["candidate"]["email"] == "zofia.quillfeather@candidate.example"
    events = archive["conversation_events"][conversation]
    assert any(e.get("text") == PHRASE for e in events)
    json.dumps(archive)  # all of it is plain JSON


def assert_erased(
    database: Database, tracker_url: str, candidate_id: int, conversation: str
) -> None:
    tracker = create_db_engine(tracker_url)
    needles = [
        "Zofia",
        "Quillfeather",
        "zofia.quillfeather@candidate.example",
        PHRASE,
        conversation,
    ]
    assert remaining_mentions(database.sessions, tracker, needles) == []
    for engine in (database.engine, tracker):
        for table in inspect(engine).get_table_names():
            columns = {c["name"] for c in inspect(engine).get_columns(table)}
            if "candidate_id" in columns and table != "tombstones":
                with engine.connect() as connection:
                    count = connection.execute(
                        text(f"SELECT count(*) FROM {table} WHERE candidate_id = :id"),  # noqa: S608 (inspected names)
                        {"id": candidate_id},
                    ).scalar()
                assert count == 0, table
    with database.sessions() as session:
        tombstone = session.scalars(select(Tombstone)).one()
    assert (tombstone.candidate_id, tombstone.erased_by) == (candidate_id, "admin@agency.example")


def test_erasure_on_sqlite_leaves_only_a_tombstone(database: Database, settings: Settings) -> None:
    candidate_id, conversation = one_of_everything(database, settings, settings.tracker_store_url)
    privacy = PrivacyService(database.sessions, create_db_engine(settings.tracker_store_url))
    assert privacy.erase(candidate_id, "admin@agency.example") == 2
    assert_erased(database, settings.tracker_store_url, candidate_id, conversation)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    admin = create_engine(
        "postgresql://postgres@127.0.0.1:5432/test", future=True, isolation_level="AUTOCOMMIT"
    )
    name = f"sb_privacy_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_erasure_on_postgresql_in_one_transaction(settings: Settings, postgres_url: str) -> None:
    database = Database.connect(postgres_url)
    database.upgrade()
    candidate_id, conversation = one_of_everything(database, settings, postgres_url)
    privacy = PrivacyService(database.sessions, create_db_engine(postgres_url))
    assert privacy.erase(candidate_id, "admin@agency.example") == 2
    assert_erased(database, postgres_url, candidate_id, conversation)
    database.engine.dispose()


def test_retention_purges_exactly_the_expired(
    database: Database, settings: Settings, placement_id: int
) -> None:
    expired_id, _ = one_of_everything(database, settings, settings.tracker_store_url)
    with database.sessions.begin() as session:
        session.get(Candidate, expired_id).placements[0].ended_on = date.today() - timedelta(
            days=400
        )
        session.get(Placement, placement_id).ended_on = date.today() - timedelta(days=100)
    privacy = PrivacyService(database.sessions, create_db_engine(settings.tracker_store_url))
    assert privacy.purge(365) == [expired_id]
    with database.sessions() as session:
        assert session.get(Candidate, expired_id) is None
        assert session.get(Placement, placement_id) is not None


def test_a_chat_request_is_carried_out_once_the_conversation_is_quiet(
    database: Database, settings: Settings
) -> None:
    candidate_id, conversation = one_of_everything(database, settings, settings.tracker_store_url)
    privacy = PrivacyService(database.sessions, create_db_engine(settings.tracker_store_url))
    assert privacy.request_erasure(conversation)
    assert privacy.carry_out_requests(quiet_for=timedelta(minutes=5)) == 0  # not quiet yet
    assert privacy.carry_out_requests(quiet_for=timedelta(0)) == 1
    with database.sessions() as session:
        assert session.get(Candidate, candidate_id) is None
