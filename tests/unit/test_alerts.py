"""Alerts over a real SMTP server and a real HTTP receiver on loopback."""

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from rasa_project.db import Database
from rasa_project.services.alerts import AlertService
from rasa_project.services.handoff import HandoffService
from rasa_project.settings import Settings
from tests.smtp import Inbox

CANDIDATE_WORDS = "i keep thinking about ending it all"


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict]]]:
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers["Content-Length"])
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received
    server.shutdown()


def open_crisis(database: Database, settings: Settings, conversation_id: str) -> int:
    transcript = [{"who": "candidate", "text": CANDIDATE_WORDS}]
    handoff = HandoffService(database.sessions, settings).open(
        conversation_id, "crisis", "crisis:1", "crisis", (), transcript
    )
    return handoff.id


def test_a_handoff_emails_its_recruiter_without_the_candidates_words(
    database: Database, settings: Settings, conversation_id: str, inbox: Inbox
) -> None:
    handoff_id = open_crisis(database, settings, conversation_id)
    assert AlertService(database.sessions, settings).deliver_due() == 1
    [message] = inbox.messages
    assert message["To"] == "sam@agency.example"
    assert message["Subject"] == "[Sounding Board] CRISIS: Daniel Okafor needs you"
    body = message.get_payload()
    assert f"/console/handoffs/{handoff_id}" in body
    assert CANDIDATE_WORDS not in body
    [alert] = AlertService(database.sessions, settings).alerts_for(handoff_id)
    assert (alert.status, alert.attempts) == ("sent", 1)


def test_a_failed_email_is_retried_with_backoff_and_keeps_the_handoff(
    database: Database, settings: Settings, conversation_id: str, inbox: Inbox
) -> None:
    handoff_id = open_crisis(database, settings, conversation_id)
    alerts = AlertService(database.sessions, settings)
    inbox.refuse = True
    now = datetime.now(timezone.utc)
    assert alerts.deliver_due(now) == 0
    [alert] = alerts.alerts_for(handoff_id)
    assert (alert.status, alert.attempts) == ("pending", 1)
    assert "451" in alert.last_error
    assert alerts.deliver_due(now) == 0  # not due yet: backoff
    inbox.refuse = False
    assert alerts.deliver_due(now + timedelta(seconds=2)) == 1
    assert alerts.alerts_for(handoff_id)[0].status == "sent"
    assert len(inbox.messages) == 1
    [handoff] = HandoffService(database.sessions, settings).open_handoffs(conversation_id)
    assert handoff.status == "open"


def test_an_alert_is_sent_once_even_when_delivered_twice(
    database: Database, settings: Settings, conversation_id: str, inbox: Inbox
) -> None:
    handoff_id = open_crisis(database, settings, conversation_id)
    alerts = AlertService(database.sessions, settings)
    [alert] = alerts.alerts_for(handoff_id)
    assert alerts.deliver(alert.id) == "sent"
    assert alerts.deliver(alert.id) == "not due"
    assert len(inbox.messages) == 1


def test_the_webhook_gets_slack_compatible_json(
    database: Database,
    conversation_id: str,
    inbox: Inbox,
    receiver,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from rasa_project import wiring
    from rasa_project.settings import get_settings

    url, received = receiver
    monkeypatch.setenv("ALERT_WEBHOOK_URL", url)
    get_settings.cache_clear()
    settings = get_settings()
    open_crisis(wiring.database(), settings, conversation_id)
    assert AlertService(database.sessions, settings).deliver_due() == 2
    [payload] = received
    assert payload["text"].startswith("*[Sounding Board] CRISIS: Daniel Okafor needs you*")
    assert CANDIDATE_WORDS not in payload["text"]
