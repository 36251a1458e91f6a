"""Generated hostile input against every console form and API route, signed in (with a
valid CSRF token, so the input reaches the handlers) and signed out: wrong types, huge
and empty values, invalid UTF-8, control characters, emoji, markup, path tricks,
repeated and unknown fields. Each request gets an answer below 500 with no traceback,
and afterwards every record still loads."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rasa_project.models import Handoff, Placement
from tests.web.test_console_support import World, csrf_token, sign_in, signed_in, world

__all__ = ["world"]

EXAMPLES = 40  # per route; the routes below make well over 500 requests in all
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HOSTILE = [
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "' OR 1=1 --",
    "../../../../etc/passwd",
    "%00",
    "\x00",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "²",  # a digit to str.isdigit, not to int()
    "١٢",  # Arabic-Indic digits
    "[]",
    "{}",
    "true",
    "😀" * 50,
    "\u202e\u200b",
    "a" * 100_000,
]

# text, markup and tricks as form values; bytes that are not UTF-8 go in raw bodies
values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=300),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=50),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
raw_values = st.one_of(
    values.map(lambda v: v.encode("utf-8", "surrogatepass")), st.binary(max_size=200)
)


def form(fields: list[str]) -> st.SearchStrategy[list[tuple[str, bytes]]]:
    """Known fields (some repeated, some missing) and unknown ones, as raw pairs."""
    unknown = st.text(min_size=1, max_size=20)
    name = st.one_of(st.sampled_from(fields), unknown) if fields else unknown
    return st.lists(st.tuples(name, raw_values), max_size=8)


def raw_post(client: FlaskClient, path: str, pairs: list[tuple[str, bytes]], token: str) -> Any:
    body = urlencode([("csrf_token", token), *pairs]).encode("ascii")
    return client.post(path, data=body, content_type="application/x-www-form-urlencoded")


def assert_answered(response: Any, what: str) -> None:
    assert response.status_code < 500, (what, response.status_code)
    body = response.get_data(as_text=True)
    assert "Traceback" not in body, what
    if response.status_code >= 400:
        assert body.strip(), f"{what}: a refusal says why"


def records_still_load(world: World, client: FlaskClient) -> None:
    with world.database.sessions() as session:
        ids = session.scalars(select(Handoff.id)).all()
        assert session.scalar(select(func.count(Handoff.id))) == 4
    for handoff_id in ids:
        assert client.get(f"/api/handoffs/{handoff_id}").status_code in (200, 404)
    assert client.get(f"/console/handoffs/{world.crisis}").status_code == 200
    assert client.get("/api/conversations/conv-daniel-1/transcript").status_code == 200
    assert client.get("/console/").status_code == 200


FORMS: list[tuple[str, list[str]]] = [
    ("/console/handoffs/{crisis}/notes", ["text"]),
    ("/console/handoffs/{requested}/claim", []),
    ("/console/handoffs/{requested}/resolve", ["outcome", "text"]),
    ("/console/handoffs/{crisis}/reply", ["text"]),
    ("/console/handoffs/{crisis}/hand-back", []),
    ("/console/conversations/conv-daniel-1/themes", ["turn", "themes", "handoff_id"]),
    ("/console/placements/{placement}/send-checkin", []),
    ("/console/candidates/{daniel}/erase", ["confirm_email"]),
    ("/console/logout", []),
]


def _path(template: str, world: World) -> str:
    with world.database.sessions() as session:
        placement = session.scalar(
            select(Placement.id).where(Placement.candidate_id == world.daniel)
        )
    return template.format(
        crisis=world.crisis, requested=world.requested, daniel=world.daniel, placement=placement
    )


@pytest.mark.parametrize(("template", "fields"), FORMS, ids=[f[0] for f in FORMS])
def test_console_forms_refuse_hostile_input_clearly(
    world: World, template: str, fields: list[str]
) -> None:
    client = signed_in(world, "sam@agency.example")
    token = csrf_token(client, "/console/")
    path = _path(template, world)

    @FUZZ
    @given(pairs=form(fields))
    def post_hostile(pairs: list[tuple[str, bytes]]) -> None:
        nonlocal token
        response = raw_post(client, path, pairs, token)
        assert_answered(response, f"POST {path} {pairs!r:.200}")
        if path.endswith("/logout") and response.status_code in (302, 303):
            sign_in(client, "sam@agency.example")  # signed out: in again, for the next
            token = csrf_token(client, "/console/")

    post_hostile()
    records_still_load(world, signed_in(world, "sam@agency.example"))


def test_the_login_form_refuses_hostile_input_clearly(world: World) -> None:
    client = world.app.test_client()
    token = csrf_token(client)

    @FUZZ
    @given(pairs=form(["email", "password", "next"]))
    def post_hostile(pairs: list[tuple[str, bytes]]) -> None:
        assert_answered(raw_post(client, "/console/login", pairs, token), f"login {pairs!r:.200}")

    post_hostile()


def test_the_placements_import_refuses_hostile_files_clearly(world: World) -> None:
    client = signed_in(world, "admin@agency.example")
    token = csrf_token(client, "/console/placements/import")
    header = b"first_name,last_name,email,company,role,start_date,recruiter_email\n"

    @FUZZ
    @given(content=st.one_of(st.binary(max_size=2000), raw_values.map(lambda v: header + v)))
    def upload_hostile(content: bytes) -> None:
        import io

        response = client.post(
            "/console/placements/import",
            data={"csrf_token": token, "file": (io.BytesIO(content), "placements.csv")},
            content_type="multipart/form-data",
        )
        assert_answered(response, f"import {content!r:.200}")

    upload_hostile()


QUERIES: list[tuple[str, list[str]]] = [
    ("/console/", ["status", "urgency", "recruiter", "limit", "offset"]),
    ("/console/handoffs.csv", ["status", "urgency", "recruiter", "limit", "offset"]),
    ("/console/login", ["reason", "next"]),
    ("/console/candidates/", ["q"]),
    ("/console/trends", ["weeks", "recruiter"]),
    ("/console/audit", ["action", "offset"]),
    ("/api/handoffs", ["status", "urgency", "recruiter", "limit", "offset"]),
    ("/api/conversations/conv-daniel-1/transcript", ["after"]),
]


@pytest.mark.parametrize(("path", "fields"), QUERIES, ids=[q[0] for q in QUERIES])
def test_console_pages_and_api_refuse_hostile_query_strings(
    world: World, path: str, fields: list[str]
) -> None:
    client = signed_in(world, "admin@agency.example")

    @FUZZ
    @given(pairs=form(fields))
    def get_hostile(pairs: list[tuple[str, bytes]]) -> None:
        response = client.get(f"{path}?{urlencode(pairs)}")
        assert_answered(response, f"GET {path} {pairs!r:.200}")

    get_hostile()
    records_still_load(world, client)


PATHS = [
    "/console/handoffs/{}",
    "/console/conversations/{}",
    "/console/conversations/{}/transcript.txt",
    "/console/candidates/{}",
    "/console/candidates/{}/export.json",
    "/api/handoffs/{}",
    "/api/conversations/{}/transcript",
    "/api/conversations/{}/themes",
]


@pytest.mark.parametrize("template", PATHS)
def test_console_routes_refuse_hostile_ids(world: World, template: str) -> None:
    client = signed_in(world, "sam@agency.example")

    @FUZZ
    @given(value=values)
    def get_hostile(value: str) -> None:
        path = template.format(quote(value[:2000], safe=""))
        response = client.get(path)
        assert_answered(response, f"GET {path:.200}")
        if response.status_code == 200:  # only Sam's own records, never another's
            assert "Olu" not in response.get_data(as_text=True)

    get_hostile()


def test_a_fuzzed_session_cookie_is_a_sign_in_page(world: World) -> None:
    @FUZZ
    @given(cookie=st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E)))
    def visit(cookie: str) -> None:
        client = world.app.test_client()
        client.set_cookie("session", re.sub(r"[;,]", "", cookie))
        response = client.get("/console/")
        assert response.status_code in (302, 303) and "/console/login" in response.location
        api = client.get("/api/handoffs")
        assert api.status_code == 401

    visit()
