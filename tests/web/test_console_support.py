"""Shared set-up for the console's web tests: two recruiters and an admin, their
candidates, check-ins with and without consent, handoffs, and Rasa-shaped events in a
SQL tracker store. Imported by the other test_console* modules."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from rasa_project.db import Database, create_db_engine
from rasa_project.models import (
    Candidate,
    CheckIn,
    Handoff,
    HandoffAlert,
    Placement,
    ThemeObservation,
)
from rasa_project.rasa_api import RasaUnavailable
from rasa_project.services.accounts import create_recruiter
from rasa_project.settings import Settings
from rasa_project.web import create_app

PASSWORD = "correct horse battery"


@dataclass
class FakeRasa:
    """Stands in for Rasa's HTTP API; records what the console asked for."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    down: bool = False

    def send_recruiter_message(self, conversation_id: str, text: str, recruiter: str) -> None:
        if self.down:
            raise RasaUnavailable("Rasa did not answer: ConnectionError")
        self.calls.append(("reply", conversation_id, f"{recruiter}: {text}"))

    def hand_back(self, conversation_id: str, recruiter: str) -> None:
        if self.down:
            raise RasaUnavailable("Rasa did not answer: ConnectionError")
        self.calls.append(("hand_back", conversation_id, recruiter))


@dataclass
class World:
    database: Database
    settings: Settings
    sam: int
    pat: int
    admin: int
    daniel: int  # Sam's candidate
    olu: int  # Pat's candidate
    crisis: int  # Sam's crisis handoff (conversation "conv-daniel-1")
    requested: int  # Sam's older, normal-urgency handoff ("conv-daniel-4")
    resolved: int  # Sam's resolved handoff
    pats_handoff: int  # Pat's handoff ("conv-olu-1")
    rasa: FakeRasa
    app: Flask


def user_event(text: str, at: float, themes: list[str] = (), risk: str = "none") -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "event": "user",
        "text": text,
        "timestamp": at,
        "parse_data": {
            "intent": {"name": "share_setback", "confidence": 0.9},
            "themes": [{"name": t, "confidence": 0.8} for t in themes],
            "risk": {"level": risk, "confidence": 0.9},
        },
    }


def bot_event(text: str, at: float, recruiter: bool = False) -> dict[str, Any]:
    event: dict[str, Any] = {"event": "bot", "text": text, "timestamp": at}
    if recruiter:
        event["metadata"] = {"sender": "recruiter", "name": "Sam"}
    return event


def events_table(metadata: sa.MetaData) -> sa.Table:
    """A table shaped like Rasa's SQLTrackerStore `events` table."""
    return sa.Table(
        "events",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("type_name", sa.String(255), nullable=False),
        sa.Column("timestamp", sa.Float),
        sa.Column("intent_name", sa.String(255)),
        sa.Column("action_name", sa.String(255)),
        sa.Column("data", sa.Text),
    )


def write_events(settings: Settings, sender_id: str, events: list[dict[str, Any]]) -> None:
    """Rows shaped like Rasa's SQLTrackerStore `events` table."""
    engine = create_db_engine(settings.tracker_store_url)
    metadata = sa.MetaData()
    table = events_table(metadata)
    metadata.create_all(engine)
    with engine.begin() as connection:
        for event in events:
            connection.execute(
                table.insert().values(
                    sender_id=sender_id,
                    type_name=event["event"],
                    timestamp=event.get("timestamp"),
                    intent_name=(event.get("parse_data") or {}).get("intent", {}).get("name"),
                    data=json.dumps(event),
                )
            )
    engine.dispose()


def crisis_events(now: datetime) -> list[dict[str, Any]]:
    return [
        user_event("hello", now.timestamp() - 600),
        bot_event("Hi Daniel! How is the new role going so far?", now.timestamp() - 599),
        user_event(
            "I haven't closed a single deal and I'm not good enough",
            now.timestamp() - 500,
            themes=["no_early_wins", "self_criticism"],
        ),
        bot_event("That sounds heavy. What went through your mind?", now.timestamp() - 499),
        user_event("sometimes I think about ending it", now.timestamp() - 400, risk="crisis"),
        bot_event(
            "If you are in danger, please call your local emergency number.", now.timestamp() - 399
        ),
        bot_event("Hi Daniel, it's Sam. I'm here.", now.timestamp() - 300, recruiter=True),
    ]


def _checkin(session: Any, placement: Placement, conversation_id: str, **values: Any) -> CheckIn:
    checkin = CheckIn(placement=placement, conversation_id=conversation_id, **values)
    session.add(checkin)
    session.flush()
    return checkin


def _handoff(session: Any, checkin: CheckIn, reason: str, urgency: int, **values: Any) -> int:
    handoff = Handoff(
        checkin_id=checkin.id,
        conversation_id=checkin.conversation_id,
        trigger_key=f"{reason}:{checkin.conversation_id}",
        reason=reason,
        urgency=urgency,
        **values,
    )
    session.add(handoff)
    session.flush()
    return int(handoff.id)


def build_world(database: Database, settings: Settings) -> World:
    now = datetime.now(timezone.utc)
    sam = create_recruiter(database.sessions, "sam@agency.example", "Sam Carter", PASSWORD)
    pat = create_recruiter(database.sessions, "pat@agency.example", "Pat Lee", PASSWORD)
    admin = create_recruiter(
        database.sessions, "admin@agency.example", "Alex Admin", PASSWORD, is_admin=True
    )
    with database.sessions.begin() as session:
        daniel = Candidate(
            first_name="Daniel", last_name="Okafor", email="daniel@c.example", timezone="UTC"
        )
        olu = Candidate(first_name="Olu", last_name="Ade", email="olu@c.example", timezone="UTC")
        at_acme = Placement(
            candidate=daniel,
            recruiter_id=sam,
            company="Acme",
            role="Account Executive",
            start_date=date.today() - timedelta(days=58),
        )
        at_globex = Placement(
            candidate=olu,
            recruiter_id=pat,
            company="Globex",
            role="Analyst",
            start_date=date.today() - timedelta(days=20),
        )
        session.add_all([at_acme, at_globex])
        session.flush()
        crisis_checkin = _checkin(session, at_acme, "conv-daniel-1")
        _checkin(
            session,
            at_acme,
            "conv-daniel-2",
            status="completed",
            summary="You named the long sales cycle and chose to ask a colleague.",
            summary_shared=True,
        )
        _checkin(
            session,
            at_acme,
            "conv-daniel-3",
            status="completed",
            summary="PRIVATE SUMMARY about the manager",
            summary_shared=False,
        )
        requested_checkin = _checkin(session, at_acme, "conv-daniel-4", status="completed")
        resolved_checkin = _checkin(session, at_acme, "conv-daniel-5", status="completed")
        olu_checkin = _checkin(session, at_globex, "conv-olu-1")
        crisis = _handoff(
            session,
            crisis_checkin,
            "crisis",
            0,
            risk_level="crisis",
            themes=json.dumps(["self_criticism", "no_early_wins"]),
            transcript=json.dumps([{"who": "candidate", "text": "snapshot line", "at": None}]),
            created_at=now - timedelta(minutes=5),
        )
        requested = _handoff(
            session,
            requested_checkin,
            "requested",
            2,
            themes=json.dumps(["workload"]),
            transcript=json.dumps(
                [{"who": "candidate", "text": "can I talk to Sam", "at": None, "themes": []}]
            ),
            created_at=now - timedelta(hours=2),
        )
        resolved = _handoff(
            session,
            resolved_checkin,
            "distress",
            2,
            status="resolved",
            created_at=now - timedelta(days=1),
            resolved_at=now - timedelta(hours=20),
        )
        pats_handoff = _handoff(
            session,
            olu_checkin,
            "requested",
            2,
            transcript=json.dumps([{"who": "candidate", "text": "Olu's words", "at": None}]),
            created_at=now - timedelta(minutes=30),
        )
        session.add(HandoffAlert(handoff_id=crisis, channel="email", status="sent", attempts=1))
        session.add(
            HandoffAlert(
                handoff_id=requested,
                channel="email",
                status="pending",
                attempts=2,
                last_error="SMTPConnectError: refused",
            )
        )
        for conversation_id, checkin, turn, theme, confidence in [
            ("conv-daniel-1", crisis_checkin, 2, "self_criticism", 0.9),
            ("conv-daniel-1", crisis_checkin, 2, "no_early_wins", 0.7),
        ]:
            session.add(
                ThemeObservation(
                    checkin_id=checkin.id,
                    conversation_id=conversation_id,
                    turn=turn,
                    theme=theme,
                    confidence=confidence,
                    evidence="I haven't closed a single deal and I'm not good enough",
                )
            )
        ids = (daniel.id, olu.id)
    write_events(settings, "conv-daniel-1", crisis_events(now))
    write_events(
        settings,
        "conv-daniel-2",
        [
            user_event("the sales cycle is so long", now.timestamp() - 900, ["long_cycle"]),
            bot_event("What does that tell you?", now.timestamp() - 899),
        ],
    )
    write_events(
        settings,
        "conv-daniel-3",
        [user_event("PRIVATE WORDS about my manager", now.timestamp() - 800)],
    )
    write_events(settings, "conv-olu-1", [user_event("Olu's words", now.timestamp() - 700)])
    rasa = FakeRasa()
    app = create_app(settings, database)
    app.extensions["rasa_client"] = rasa
    return World(
        database, settings, sam, pat, admin, ids[0], ids[1], crisis, requested, resolved,
        pats_handoff, rasa, app,
    )  # fmt: skip


@pytest.fixture
def world(database: Database, settings: Settings) -> World:
    return build_world(database, settings)


CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client: FlaskClient, path: str = "/console/login") -> str:
    html = client.get(path).get_data(as_text=True)
    found = CSRF.search(html)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD) -> Any:
    token = csrf_token(client)
    return client.post(
        "/console/login", data={"email": email, "password": password, "csrf_token": token}
    )


def signed_in(world: World, email: str) -> FlaskClient:
    client = world.app.test_client()
    response = sign_in(client, email)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def post(client: FlaskClient, path: str, data: dict[str, Any] | None = None) -> Any:
    """A form post with the session's CSRF token, as the console's own forms send it."""
    token = csrf_token(client, "/console/")
    return client.post(path, data={**(data or {}), "csrf_token": token})
