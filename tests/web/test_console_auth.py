"""Signing in and out of the console: argon2 passwords, session cookies, idle timeout,
sign-in throttling kept in the database, CSRF on every state-changing request."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from rasa_project.models import AuditEntry, ConsoleSession, LoginFailure
from rasa_project.web import create_app
from tests.web.test_console_support import (
    CSRF,
    PASSWORD,
    World,
    csrf_token,
    post,
    sign_in,
    signed_in,
    world,
)

__all__ = ["world"]

PAGES = [
    "/console/",
    "/console/handoffs/1",
    "/console/candidates/",
    "/console/candidates/1",
    "/console/conversations/conv-daniel-1",
    "/console/conversations/conv-daniel-1/transcript.txt",
    "/console/handoffs.csv",
    "/console/trends",
    "/console/audit",
]
API = [
    "/api/handoffs",
    "/api/handoffs/1",
    "/api/conversations/conv-daniel-1/transcript",
    "/api/conversations/conv-daniel-1/themes",
]


@pytest.mark.parametrize("path", PAGES)
def test_console_pages_send_a_signed_out_visitor_to_sign_in(world: World, path: str) -> None:
    response = world.app.test_client().get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/console/login?next=")


@pytest.mark.parametrize("path", API)
def test_the_api_answers_401_without_a_session(world: World, path: str) -> None:
    response = world.app.test_client().get(path)
    assert response.status_code == 401
    assert response.get_json()["error"] == "unauthenticated"


def test_signing_in_opens_the_queue_with_a_safe_session_cookie(world: World) -> None:
    client = world.app.test_client()
    response = sign_in(client, "Sam@Agency.example")
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # PUBLIC_BASE_URL is http in tests
    page = client.get("/console/")
    assert page.status_code == 200
    assert "Sam Carter" in page.get_data(as_text=True)
    with world.database.sessions() as session:
        assert session.scalar(select(func.count(ConsoleSession.id))) == 1
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.actor, entry.action) == ("sam@agency.example", "sign_in")


def test_the_cookie_is_secure_when_the_console_is_served_over_https(world: World) -> None:
    from dataclasses import replace

    base = "https://console.agency.example"
    app = create_app(replace(world.settings, public_base_url=base), world.database)
    client = app.test_client()
    form = client.get("/console/login", base_url=base).get_data(as_text=True)
    token = CSRF.search(form).group(1)  # type: ignore[union-attr]
    response = client.post(
        "/console/login",
        data={"email": "sam@agency.example", "password": PASSWORD, "csrf_token": token},
        base_url=base,
    )
    assert response.status_code == 302  # no Referer (Referrer-Policy: no-referrer) is fine
    assert "Secure" in response.headers["Set-Cookie"]


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(world: World) -> None:
    client = world.app.test_client()
    for email in ("sam@agency.example", "nobody@agency.example"):
        response = sign_in(client, email, "wrong password!")
        assert response.status_code == 401
        assert "Email or password is wrong." in response.get_data(as_text=True)
    assert client.get("/console/").status_code == 302


def test_five_failures_lock_the_account_from_that_address_for_fifteen_minutes(
    world: World,
) -> None:
    client = world.app.test_client()
    for _ in range(5):
        assert sign_in(client, "sam@agency.example", "wrong password!").status_code == 401
    blocked = sign_in(client, "sam@agency.example", PASSWORD)  # even the right password
    assert blocked.status_code == 429
    assert "Too many failed sign-ins. Try again in 15 minutes." in blocked.get_data(as_text=True)

    # the count is in the database: another process (a second app) sees it too
    other_process = create_app(world.settings, world.database).test_client()
    assert sign_in(other_process, "sam@agency.example", PASSWORD).status_code == 429

    # another address, and another account from this address, are not locked
    elsewhere = world.app.test_client()
    elsewhere.environ_base["REMOTE_ADDR"] = "10.0.0.9"
    assert sign_in(elsewhere, "sam@agency.example", PASSWORD).status_code == 302
    assert sign_in(world.app.test_client(), "pat@agency.example", PASSWORD).status_code == 302

    # fifteen minutes later the account opens again
    with world.database.sessions.begin() as session:
        session.execute(
            update(LoginFailure).values(
                created_at=datetime.now(timezone.utc) - timedelta(minutes=16)
            )
        )
    assert sign_in(world.app.test_client(), "sam@agency.example", PASSWORD).status_code == 302


def test_a_successful_sign_in_clears_the_failures(world: World) -> None:
    client = world.app.test_client()
    for _ in range(4):
        sign_in(client, "sam@agency.example", "wrong password!")
    assert sign_in(client, "sam@agency.example", PASSWORD).status_code == 302
    with world.database.sessions() as session:
        assert session.scalar(select(func.count(LoginFailure.id))) == 0


def test_signing_out_ends_the_session_on_the_server(world: World) -> None:
    client = signed_in(world, "sam@agency.example")
    stolen = client.get_cookie("session")
    assert stolen is not None
    assert post(client, "/console/logout").status_code == 302
    assert client.get("/console/").status_code == 302

    replay = world.app.test_client()
    replay.set_cookie("session", stolen.value)
    assert replay.get("/console/").status_code == 302
    assert replay.get("/api/handoffs").status_code == 401


def test_thirty_idle_minutes_end_the_session(world: World) -> None:
    client = signed_in(world, "sam@agency.example")
    with world.database.sessions.begin() as session:
        session.execute(
            update(ConsoleSession).values(
                last_seen_at=datetime.now(timezone.utc) - timedelta(minutes=31)
            )
        )
    api = client.get("/api/handoffs")
    assert api.status_code == 401
    assert api.get_json()["reason"] == "idle"
    page = client.get("/console/", follow_redirects=True)
    assert "Sign in to the console" in page.get_data(as_text=True)
    notice = client.get("/console/login?reason=idle").get_data(as_text=True)
    assert "signed out after 30 minutes without activity" in notice


def test_unattended_polling_does_not_keep_the_session_alive(world: World) -> None:
    client = signed_in(world, "sam@agency.example")
    earlier = datetime.now(timezone.utc) - timedelta(minutes=10)
    with world.database.sessions.begin() as session:
        session.execute(update(ConsoleSession).values(last_seen_at=earlier))
    assert client.get("/api/handoffs", headers={"X-Console-Poll": "1"}).status_code == 200
    with world.database.sessions() as session:
        seen = session.scalar(select(ConsoleSession.last_seen_at))
    assert abs((seen.replace(tzinfo=timezone.utc) - earlier).total_seconds()) < 1

    assert client.get("/api/handoffs", headers={"X-Console-Poll": "active"}).status_code == 200
    with world.database.sessions() as session:
        seen = session.scalar(select(ConsoleSession.last_seen_at))
    assert (seen.replace(tzinfo=timezone.utc) - earlier) > timedelta(minutes=9)


def test_a_session_ends_after_twelve_hours_however_active(world: World) -> None:
    client = signed_in(world, "sam@agency.example")
    with world.database.sessions.begin() as session:
        session.execute(
            update(ConsoleSession).values(
                created_at=datetime.now(timezone.utc) - timedelta(hours=13)
            )
        )
    assert client.get("/api/handoffs").get_json()["reason"] == "expired"


STATE_CHANGING = [
    "/console/logout",
    "/console/handoffs/1/claim",
    "/console/handoffs/1/notes",
    "/console/handoffs/1/resolve",
    "/console/handoffs/1/reply",
    "/console/handoffs/1/hand-back",
    "/console/conversations/conv-daniel-1/themes",
]


@pytest.mark.parametrize("path", STATE_CHANGING)
def test_a_post_without_the_csrf_token_is_refused(world: World, path: str) -> None:
    client = signed_in(world, "sam@agency.example")
    data = {"text": "hello", "outcome": "no_action_needed", "turn": "2", "themes": "workload"}
    response = client.post(path, data=data)
    assert response.status_code == 400
    assert "This form has expired" in response.get_data(as_text=True)
    forged = client.post(path, data={**data, "csrf_token": "forged-token"})
    assert forged.status_code == 400
    assert world.rasa.calls == []
    detail = client.get("/api/handoffs/1").get_json()
    assert detail["status"] == "open" and detail["notes"] == []


def test_the_sign_in_form_needs_its_csrf_token_too(world: World) -> None:
    response = world.app.test_client().post(
        "/console/login", data={"email": "sam@agency.example", "password": PASSWORD}
    )
    assert response.status_code == 400


def test_a_token_from_another_session_is_refused(world: World) -> None:
    sams = signed_in(world, "sam@agency.example")
    pats = signed_in(world, "pat@agency.example")
    pats_token = csrf_token(pats, "/console/")
    response = sams.post("/console/handoffs/1/claim", data={"csrf_token": pats_token})
    assert response.status_code == 400


def test_sign_in_returns_only_to_console_pages(world: World) -> None:
    client = world.app.test_client()
    token = csrf_token(client, "/console/login?next=/console/trends")
    for target, expected in [
        ("/console/trends", "/console/trends"),
        ("//evil.example/console/", "/console/"),
        ("https://evil.example/", "/console/"),
        ("/console/\\evil", "/console/"),
    ]:
        response = client.post(
            "/console/login",
            data={
                "email": "sam@agency.example",
                "password": PASSWORD,
                "next": target,
                "csrf_token": token,
            },
        )
        assert response.headers["Location"] == expected, target
        token = csrf_token(client, "/console/")


def test_console_pages_carry_the_security_headers_and_are_not_cached(world: World) -> None:
    client = signed_in(world, "sam@agency.example")
    for path in ("/console/", "/console/login", "/api/handoffs", "/console/trends"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp
        assert "style-src 'self';" in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Cache-Control"] == "no-store"


def test_templates_have_no_inline_script_or_style() -> None:
    import re
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "rasa_project/web/templates/console"
    for template in folder.glob("*.html"):
        text = template.read_text()
        for tag in re.findall(r"<script[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, (template.name, tag)
        assert " style=" not in text and "<style" not in text, template.name
        assert not re.search(r"\son[a-z]+=", text), template.name
        assert "|safe" not in text, template.name
