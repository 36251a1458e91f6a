import uuid
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, inspect, text

from rasa_project.db import Database
from rasa_project.services.accounts import AccountError, authenticate, create_recruiter
from rasa_project.services.checkins import CheckInService, UnknownPlacement, days_in_role
from rasa_project.services.demo import create_demo_data
from rasa_project.settings import Settings
from rasa_project.tokens import verify_checkin_token

APP_TABLES = {"recruiters", "candidates", "placements", "checkins", "asked_questions", "handoffs"}


def test_migrations_create_the_app_tables(database: Database) -> None:
    assert APP_TABLES <= set(inspect(database.engine).get_table_names())


def test_migrations_run_on_postgresql() -> None:
    admin = create_engine(
        "postgresql://postgres@127.0.0.1:5432/test", future=True, isolation_level="AUTOCOMMIT"
    )
    name = f"sb_migrations_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        database = Database.connect(f"postgresql://postgres@127.0.0.1:5432/{name}")
        database.upgrade()
        database.upgrade()  # a second run is a no-op
        assert APP_TABLES <= set(inspect(database.engine).get_table_names())
        database.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_placements_are_listed_id_first(
    database: Database, settings: Settings, placement_id: int
) -> None:
    rows = CheckInService(database.sessions, settings).list_placements()
    assert [(r.id, r.candidate_name, r.company) for r in rows] == [
        (placement_id, "Daniel Okafor", "Acme")
    ]


def test_an_open_checkin_is_reused_until_it_ends(
    database: Database, settings: Settings, placement_id: int
) -> None:
    service = CheckInService(database.sessions, settings)
    first = service.open_checkin(placement_id)
    assert service.open_checkin(placement_id).id == first.id
    assert len(first.conversation_id) == 32


def test_the_checkin_link_carries_a_token_for_that_checkin(
    database: Database, settings: Settings, placement_id: int
) -> None:
    service = CheckInService(database.sessions, settings)
    link = service.checkin_link(placement_id)
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{settings.public_base_url}/chat"
    claims = verify_checkin_token(
        settings.checkin_token_secret, parts.fragment.removeprefix("token=")
    )
    assert claims.conversation_id == service.open_checkin(placement_id).conversation_id


def test_a_link_for_an_unknown_placement_is_refused(database: Database, settings: Settings) -> None:
    with pytest.raises(UnknownPlacement, match="999"):
        CheckInService(database.sessions, settings).checkin_link(999)


def test_the_opening_context_comes_from_the_placement(
    database: Database, settings: Settings, conversation_id: str
) -> None:
    context = CheckInService(database.sessions, settings).opening_context(conversation_id)
    assert context is not None
    assert (context.first_name, context.company, context.is_first_checkin) == (
        "Daniel",
        "Acme",
        True,
    )
    assert context.days_in_role in (57, 58, 59)  # the candidate's date may differ from ours


def test_days_in_role_count_in_the_candidates_time_zone() -> None:
    late_evening_utc = datetime(2026, 3, 1, 23, 30, tzinfo=timezone.utc)
    assert days_in_role(date(2026, 2, 1), "UTC", late_evening_utc) == 28
    assert days_in_role(date(2026, 2, 1), "Asia/Tokyo", late_evening_utc) == 29


def test_passwords_are_hashed_and_checked(database: Database) -> None:
    recruiter_id = create_recruiter(
        database.sessions, "Pat@Agency.example", "Pat", "long enough pw"
    )
    assert authenticate(database.sessions, "pat@agency.example", "long enough pw") == recruiter_id
    assert authenticate(database.sessions, "pat@agency.example", "wrong password") is None
    assert authenticate(database.sessions, "nobody@agency.example", "long enough pw") is None
    with database.sessions() as session:
        stored = session.execute(text("select password_hash from recruiters")).scalar_one()
    assert stored.startswith("$argon2id$")


@pytest.mark.parametrize(
    ("email", "name", "password", "message"),
    [
        ("not-an-email", "Pat", "long enough pw", "email"),
        ("a@b.c", "  ", "long enough pw", "name"),
        ("a@b.c", "Pat", "short", "10 characters"),
    ],
)
def test_bad_accounts_are_refused(
    database: Database, email: str, name: str, password: str, message: str
) -> None:
    with pytest.raises(AccountError, match=message):
        create_recruiter(database.sessions, email, name, password)


def test_duplicate_accounts_are_refused(database: Database) -> None:
    create_recruiter(database.sessions, "pat@agency.example", "Pat", "long enough pw")
    with pytest.raises(AccountError, match="already"):
        create_recruiter(database.sessions, "PAT@agency.example", "Pat", "long enough pw")


def test_demo_data_is_created_once(database: Database, settings: Settings) -> None:
    login = create_demo_data(database.sessions, date.today())
    assert login is not None
    assert create_demo_data(database.sessions, date.today()) is None
    rows = CheckInService(database.sessions, settings).list_placements()
    assert len(rows) == 5
    assert len({r.start_date for r in rows}) == 5
    assert authenticate(database.sessions, login.email, login.password) is not None
