"""The real Rasa, action server and web app, driven as a client would."""

import pytest
import requests

from tests.smtp import Inbox
from tests.stack import Stack, bot_texts

pytestmark = pytest.mark.system


def test_hello_with_a_checkin_token_gets_the_personal_greeting(stack: Stack) -> None:
    token, _ = stack.new_checkin(1)
    [greeting] = bot_texts(stack.say(token, "hello"))
    # "Welcome back" when an earlier test in this run already had a check-in with Daniel
    assert greeting.startswith(("Hi Daniel! It's been ", "Welcome back, Daniel. It's been "))
    assert "since you started at Acme Software" in greeting
    assert greeting.endswith("?")


def test_a_tampered_token_is_refused_and_reaches_no_conversation(stack: Stack) -> None:
    token, conversation_id = stack.new_checkin(2)
    header, payload, signature = token.split(".")
    tampered = f"{header}.{payload[:-2]}AA.{signature}"
    response = stack.say(tampered, "hello")
    assert response.status_code == 401
    assert response.json()["error"] == "invalid"
    assert stack.user_texts(conversation_id) == []


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"{not json", 400, "malformed_json"),
        (b"[1, 2]", 400, "malformed_json"),
        (b'{"message": "hi"}', 401, "missing"),
    ],
)
def test_malformed_requests_get_a_clear_error(
    stack: Stack, body: bytes, status: int, error: str
) -> None:
    response = requests.post(f"{stack.rasa_url}/webhooks/checkin/webhook", data=body, timeout=10)
    assert (response.status_code, response.json()["error"]) == (status, error)


@pytest.mark.parametrize(
    ("message", "error"), [(42, "not_text"), ("   ", "empty"), ("x" * 2001, "too_long")]
)
def test_bad_messages_are_refused_and_nothing_is_stored(
    stack: Stack, message: object, error: str
) -> None:
    token, conversation_id = stack.new_checkin(3)
    response = stack.say(token, message)
    assert (response.status_code, response.json()["error"]) == (400, error)
    assert stack.user_texts(conversation_id) == []


def test_the_plain_rest_and_socketio_channels_are_off(stack: Stack) -> None:
    for channel in ("rest", "socketio"):
        response = requests.post(
            f"{stack.rasa_url}/webhooks/{channel}/webhook",
            json={"sender": "x", "message": "hi"},
            timeout=10,
        )
        assert response.status_code == 404


def test_the_http_api_needs_the_jwt(stack: Stack) -> None:
    assert requests.get(f"{stack.rasa_url}/status", timeout=10).status_code == 401
    forged = requests.get(
        f"{stack.rasa_url}/status", timeout=10, headers={"Authorization": "Bearer not-a-jwt"}
    )
    assert forged.status_code == 401
    response = requests.get(
        f"{stack.rasa_url}/status",
        timeout=10,
        headers={"Authorization": f"Bearer {stack.rasa_jwt()}"},
    )
    assert response.status_code == 200


def test_a_conversation_is_stored_in_the_sql_tracker_store(stack: Stack) -> None:
    token, conversation_id = stack.new_checkin(4)
    stack.say(token, "hi")
    stack.say(token, "pretty rough honestly, nobody on the team talks to me")
    assert stack.user_texts(conversation_id) == [
        "hi",
        "pretty rough honestly, nobody on the team talks to me",
    ]
    assert (stack.var_dir / "tracker.db").exists()


def test_denial_keeps_crisis_handoff_open(stack: Stack) -> None:
    token, conversation_id = stack.new_checkin(5)
    stack.say(token, "hi")
    texts = bot_texts(
        stack.say(token, "i dont want to wake up tomorrow, whats the point of going on")
    )
    assert texts[0].startswith("I'm really sorry you're going through this")
    assert "highest priority" in texts[1]
    assert bot_texts(stack.say(token, "no im fine, you misunderstood")) == []
    assert stack.user_texts(conversation_id)[-1] == "no im fine, you misunderstood"
    from rasa_project.services.handoff import HandoffService

    [handoff] = HandoffService(stack.database.sessions, stack.settings).open_handoffs(
        conversation_id
    )
    assert (handoff.reason, handoff.status) == ("crisis", "open")


def test_crisis_resources_arrive_with_the_action_server_down_and_the_handoff_follows(
    stack: Stack, inbox: Inbox
) -> None:
    from rasa_project.services.handoff import HandoffService

    token, conversation_id = stack.new_checkin(1)
    stack.say(token, "hello")
    stack.kill("actions")
    try:
        texts = bot_texts(stack.say(token, "i keep thinking about ending my life"))
        assert texts and texts[0].startswith("I'm really sorry you're going through this")
    finally:
        stack.start("actions")
        stack.wait_until_ready("actions")
    assert "i keep thinking about ending my life" in stack.user_texts(conversation_id)
    handoffs = HandoffService(stack.database.sessions, stack.settings)
    assert handoffs.open_handoffs(conversation_id) == []  # the action never ran

    assert "opened 1 missed handoff" in stack.run_worker_once()
    [handoff] = handoffs.open_handoffs(conversation_id)
    assert (handoff.reason, handoff.urgency, handoff.risk_level) == ("crisis", 0, "crisis")

    def alerts_about_daniel() -> list[str]:
        return [m["Subject"] for m in inbox.messages if "Daniel Okafor" in m["Subject"]]

    assert alerts_about_daniel() == ["[Sounding Board] CRISIS: Daniel Okafor needs you"]
    stack.run_worker_once()  # running again opens and sends nothing new
    assert len(handoffs.open_handoffs(conversation_id)) == 1
    assert len(alerts_about_daniel()) == 1


def test_a_rasa_restart_mid_conversation_continues_from_the_tracker_store(stack: Stack) -> None:
    token, conversation_id = stack.new_checkin(4)
    stack.say(token, "hello")
    stack.say(token, "my manager never gives me any feedback")
    stack.kill("rasa")  # kill -9
    stack.start("rasa")
    stack.wait_until_ready("rasa")
    reply = bot_texts(stack.say(token, "i feel invisible in the team meetings"))
    assert reply and reply[-1].endswith("?")
    assert not reply[-1].startswith("Sorry, I didn't quite follow")
    assert stack.user_texts(conversation_id) == [
        "hello",
        "my manager never gives me any feedback",
        "i feel invisible in the team meetings",
    ]


def test_asking_for_the_recruiter_by_name_hands_off(stack: Stack) -> None:
    """The check-in link carries the recruiter's first name (Sam, in the demo data), so
    the assistant reads "is sam around" as a request for them."""
    from rasa_project.services.handoff import HandoffService

    token, conversation_id = stack.new_checkin(1)
    stack.say(token, "hello")
    stack.say(token, "is sam around this afternoon")
    [last] = [e for e in stack.tracker(conversation_id)["events"] if e["event"] == "user"][-1:]
    assert last["metadata"]["recruiter_name"] == "Sam"
    assert last["parse_data"]["intent"]["name"] == "request_human"
    [handoff] = HandoffService(stack.database.sessions, stack.settings).open_handoffs(
        conversation_id
    )
    assert handoff.reason == "requested"


def test_every_turn_after_the_close_gets_a_reply(stack: Stack) -> None:
    """Past the summary and consent the candidate keeps talking, and each message is
    answered: a short answer after the close once failed in the action server and got
    no reply. Then a second pass through the benchmark's script."""
    from bench.load import SCRIPT

    token, _ = stack.new_checkin(4)
    for text in SCRIPT:  # ends with "yes" to the summary's consent question
        stack.say(token, text)
    after_close = ["yes", "idk", "k", "no", *SCRIPT]
    silent = [text for text in after_close if not bot_texts(stack.say(token, text))]
    assert silent == []
