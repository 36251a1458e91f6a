"""Shared fixtures: settings, a migrated database and a demo placement per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from rasa_project import wiring
from rasa_project.db import Database
from rasa_project.models import Candidate, Placement
from rasa_project.services.accounts import create_recruiter
from rasa_project.services.checkins import CheckInService
from rasa_project.settings import Settings, get_settings

if TYPE_CHECKING:
    from tests.smtp import Inbox
    from tests.stack import Stack

TEST_SECRETS = {
    "SECRET_KEY": "test-secret-key-0123456789-abcdefghijkl",
    "CHECKIN_TOKEN_SECRET": "test-checkin-secret-0123456789-abcdefgh",
    "RASA_JWT_SECRET": "test-rasa-jwt-secret-0123456789-abcdefg",
}


def env_for_tests(var_dir: Path, **extra: str) -> dict[str, str]:
    return {
        "APP_ENV": "test",
        "VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'app.db'}",
        "TRACKER_STORE_URL": f"sqlite:///{var_dir / 'tracker.db'}",
        **TEST_SECRETS,
        **extra,
    }


@pytest.fixture(scope="session")
def smtp() -> Iterator[Inbox]:
    """A real SMTP server for the whole run; each test starts with an empty inbox."""
    from tests.smtp import start_smtp
    from tests.stack import free_port

    controller, inbox = start_smtp(free_port())
    yield inbox
    controller.stop()


@pytest.fixture
def inbox(smtp: Inbox) -> Inbox:
    smtp.messages.clear()
    smtp.refuse = False
    return smtp


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp: Inbox) -> Iterator[Settings]:
    """Test settings, also installed as the process settings for actions and wiring."""
    env = env_for_tests(tmp_path, SMTP_PORT=str(smtp.port))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    wiring.database.cache_clear()
    yield get_settings()
    get_settings.cache_clear()
    wiring.database.cache_clear()


@pytest.fixture
def database(settings: Settings) -> Database:
    db = wiring.database()
    db.upgrade()
    return db


@pytest.fixture
def placement_id(database: Database) -> int:
    recruiter_id = create_recruiter(
        database.sessions, "sam@agency.example", "Sam Carter", "correct horse battery"
    )
    with database.sessions.begin() as session:
        candidate = Candidate(
            first_name="Daniel",
            last_name="Okafor",
            email="daniel@candidate.example",
            timezone="Europe/London",
        )
        placement = Placement(
            candidate=candidate,
            recruiter_id=recruiter_id,
            company="Acme",
            role="Account Executive",
            start_date=date.today() - timedelta(days=58),
        )
        session.add(placement)
        session.flush()
        return int(placement.id)


@pytest.fixture
def conversation_id(database: Database, settings: Settings, placement_id: int) -> str:
    return str(
        CheckInService(database.sessions, settings).open_checkin(placement_id).conversation_id
    )


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, smtp: Inbox) -> Iterator[Stack]:
    """Rasa, the action server and the web app, started once for the whole run."""
    from tests.stack import Stack

    running = Stack(tmp_path_factory.mktemp("stack"), smtp.port)
    try:
        for name in ("rasa", "actions", "web"):
            running.start(name)
        running.wait_until_ready("rasa", "actions", "web")
        yield running
    finally:
        running.stop()
