"""Hostile and malformed input against the token-bound channel (REST and socket.io),
generated with Hypothesis: every request gets a clear 4xx or a polite reply, the
server keeps running, and the conversation's stored events still load."""

import json
import queue

import pytest
import requests
import socketio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.stack import Stack

pytestmark = pytest.mark.system

ALLOWED = {200, 400, 401, 413}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
nasty_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=3000
) | st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\x00\x01\x02",
        "🙂" * 600,
        "' OR 1=1 --",
        "{{7*7}}",
        "/restart",
        "/session_start",
        "\u202e\u200b",
        "a\r\nb",
    ]
)


@pytest.fixture(scope="module")
def valid(stack: Stack) -> tuple[str, str]:
    return stack.new_checkin(2)


def post(stack: Stack, data: bytes, content_type: str = "application/json") -> requests.Response:
    return requests.post(
        f"{stack.rasa_url}/webhooks/checkin/webhook",
        data=data,
        headers={"Content-Type": content_type},
        timeout=60,
    )


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=json_values)
def test_any_json_body_gets_a_clear_answer(stack: Stack, body: object) -> None:
    response = post(stack, json.dumps(body).encode())
    assert response.status_code in (400, 401)
    assert "error" in response.json()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(message=st.one_of(nasty_text, json_values))
def test_any_message_with_a_valid_token_is_answered_or_refused(
    stack: Stack, valid: tuple[str, str], message: object
) -> None:
    token, _ = valid
    response = post(stack, json.dumps({"token": token, "message": message}).encode())
    assert response.status_code in ALLOWED
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body, list)
    else:
        assert body["error"] in ("not_text", "empty", "too_long")


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=st.binary(max_size=2000))
def test_any_bytes_get_a_clear_answer(stack: Stack, raw: bytes) -> None:
    response = post(stack, raw, "application/octet-stream")
    assert response.status_code in (400, 401)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfa invalid utf-8",
        b"[" * 100_000 + b"]" * 100_000,  # deep JSON
        json.dumps({"token": "x", "message": "a" * 1_000_000}).encode(),  # 1 MB
        b"",
    ],
    ids=["invalid-utf8", "deep-json", "1MB", "empty"],
)
def test_pathological_bodies_get_a_clear_answer(stack: Stack, data: bytes) -> None:
    response = post(stack, data)
    assert response.status_code in (400, 401, 413)


def test_a_1mb_message_with_a_valid_token_is_refused(stack: Stack, valid: tuple[str, str]) -> None:
    token, _ = valid
    response = post(stack, json.dumps({"token": token, "message": "a" * 1_000_000}).encode())
    assert (response.status_code, response.json()["error"]) == (400, "too_long")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(payload=json_values | nasty_text)
def test_any_socket_message_gets_a_reply_or_a_polite_error(stack: Stack, payload: object) -> None:
    token, _ = stack.new_checkin(3)
    received: queue.Queue[tuple[str, object]] = queue.Queue()
    client = socketio.Client(reconnection=False)
    client.on("bot_uttered", lambda data: received.put(("bot", data)))
    client.on("checkin_error", lambda data: received.put(("error", data)))
    client.connect(stack.rasa_url, auth={"token": token}, transports=["polling"])
    try:
        client.emit("user_uttered", payload)
        kind, data = received.get(timeout=30)
        assert kind in ("bot", "error")
        if kind == "error":
            assert data["reason"] in ("not_text", "empty", "too_long")
    finally:
        client.disconnect()


def test_the_conversation_still_loads_and_the_server_still_answers(
    stack: Stack, valid: tuple[str, str]
) -> None:
    token, conversation_id = valid
    tracker = stack.tracker(conversation_id)
    assert tracker["sender_id"] == conversation_id
    assert all(isinstance(e.get("event"), str) for e in tracker["events"])
    assert stack.processes["rasa"].poll() is None
    assert stack.say(token, "hello").status_code == 200
    # every fuzzed message reached the actions without an unhandled exception
    assert stack.action_exceptions() == []
