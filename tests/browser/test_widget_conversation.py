"""The candidate's chat widget in headless Chromium against the real Rasa, action
server and web app: notice, conversation, reloads, network drops, quick replies,
the recruiter button, a recruiter taking over and handing back, and the limits."""

import hashlib
import json
import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, WebSocket, WebSocketRoute, expect

from rasa_project.rasa_api import RasaClient
from tests.browser.widget_page import ChatPage
from tests.stack import Stack

pytestmark = pytest.mark.browser

NOTICE_VERSION = "2026-11"  # widget.js NOTICE_VERSION


def sent_events(page: Page) -> list[list[object]]:
    """Every socket.io event the page sends, decoded (frames like 42["event",{...}])."""
    events: list[list[object]] = []

    def watch(socket: WebSocket) -> None:
        def on_frame(payload: str | bytes) -> None:
            text = payload if isinstance(payload, str) else payload.decode()
            match = re.match(r"^42(\d*)(\[.*\])$", text, re.S)
            if match:
                events.append(json.loads(match.group(2)))

        socket.on("framesent", on_frame)

    page.on("websocket", watch)
    return events


class HeldReplies:
    """Stands between the page and Rasa's socket and can hold back the server's
    socket.io events and acknowledgements (engine.io pings still pass)."""

    def __init__(self, page: Page) -> None:
        self.holding = False
        self.held: list[str | bytes] = []
        self.to_page: WebSocketRoute | None = None
        page.route_web_socket(re.compile(r"/socket\.io/"), self.route)

    def route(self, socket: WebSocketRoute) -> None:
        self.to_page = socket
        socket.connect_to_server().on_message(self.from_server)

    def from_server(self, message: str | bytes) -> None:
        assert self.to_page is not None
        if self.holding and isinstance(message, str) and message.startswith(("42", "43")):
            self.held.append(message)
        else:
            self.to_page.send(message)

    def release(self) -> None:
        assert self.to_page is not None
        while self.held:  # what arrives while sending is queued behind, in order
            self.to_page.send(self.held.pop(0))
        self.holding = False


def test_a_candidate_accepts_the_notice_chats_reloads_and_continues(
    stack: Stack, page: Page
) -> None:
    outside: list[str] = []
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1"))
            else outside.append(r.url)
        ),
    )
    events = sent_events(page)
    token, conversation_id = stack.new_checkin(1)
    chat = ChatPage(page).open(stack, token)

    notice = page.get_by_role("group", name="Before we start")
    expect(notice).to_contain_text("What you write here, and the themes the assistant notices")
    expect(notice).to_contain_text("Your recruiter at the agency")
    expect(notice).to_contain_text("we ask you before sharing a summary")
    expect(notice).to_contain_text("Type “delete my data” here at any time, or ask your recruiter.")
    expect(chat.input).to_be_hidden()  # no chatting before the notice is accepted
    expect(chat.recruiter_button).to_be_disabled()
    chat.accept_notice()
    expect(notice).to_be_hidden()
    expect(chat.recruiter_button).to_be_enabled()
    expect(chat.input).to_be_focused()

    chat.say("hello")
    chat.say("I haven't closed a single deal in two months")
    chat.say("the sales cycle is much longer than at my last company")
    before = chat.transcript()
    assert [kind for kind, _ in before] == ["user", "bot"] * 3
    assert "Daniel" in before[1][1]  # the personal opening
    assert ["notice_accepted", {"version": NOTICE_VERSION}] in events

    page.reload()
    expect(chat.status).to_have_text("Connected")
    expect(notice).to_be_hidden()  # accepted once, remembered
    assert chat.transcript() == before  # the history is back, nothing twice

    chat.say("what would help is more time with the senior reps")
    after = chat.transcript()
    assert after[: len(before)] == before
    assert [kind for kind, _ in after[len(before) :]] == ["user", "bot"]
    assert stack.user_texts(conversation_id) == [
        "hello",
        "I haven't closed a single deal in two months",
        "the sales cycle is much longer than at my last company",
        "what would help is more time with the senior reps",
    ]
    assert events.count(["notice_accepted", {"version": NOTICE_VERSION}]) == 1
    assert outside == []

    # The history is kept for this tab under a hash of the token, never the token.
    stored = page.evaluate("JSON.stringify(Object.entries(sessionStorage))")
    assert token not in stored
    key = "sounding-board:conversation:" + hashlib.sha256(token.encode()).hexdigest()
    assert page.evaluate("k => sessionStorage.getItem(k) !== null", key)


def test_the_notice_comes_back_when_its_wording_changes(
    stack: Stack, new_page: Callable[..., Page]
) -> None:
    page = new_page()
    events = sent_events(page)
    chat = ChatPage(page).start(stack, stack.new_checkin(5)[0])
    assert page.evaluate("localStorage.getItem('sounding-board:notice-accepted')") == NOTICE_VERSION

    # A new check-in in the same browser: no notice, but the server hears which
    # wording this conversation was accepted under.
    page.goto("about:blank")
    chat.open(stack, stack.new_checkin(5)[0])
    expect(chat.status).to_have_text("Connected")
    expect(chat.accept_button).to_be_hidden()
    expect(chat.input).to_be_enabled()
    assert events.count(["notice_accepted", {"version": NOTICE_VERSION}]) == 2

    page.evaluate("localStorage.setItem('sounding-board:notice-accepted', '2020-01')")
    page.reload()
    expect(chat.accept_button).to_be_visible()
    expect(chat.input).to_be_hidden()


def test_the_conversation_survives_a_network_drop(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(4)
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    before = chat.transcript()

    page.context.set_offline(True)
    expect(chat.status).to_have_attribute("data-state", re.compile("^(offline|reconnecting)$"))
    expect(chat.send_button).to_be_disabled()
    chat.input.fill("it's going ok but the targets are steep")
    chat.input.press("Enter")
    expect(chat.note).to_contain_text("Not connected right now. Your message stays here")
    expect(chat.input).to_have_value("it's going ok but the targets are steep")
    assert chat.transcript() == before

    page.context.set_offline(False)
    expect(chat.status).to_have_text("Connected")
    chat.wait_until_ready_to_send()
    chat.input.press("Enter")
    chat.wait_for_turn()
    after = chat.transcript()
    assert after[:2] == before
    assert after[2] == ("user", "it's going ok but the targets are steep")
    assert after[3][0] == "bot"
    assert stack.user_texts(conversation_id) == ["hello", "it's going ok but the targets are steep"]


def test_quick_replies_answer_the_closing_consent_question(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(2)
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    chat.say("I haven't closed a single deal in two months")
    chat.say("bye")
    expect(page.locator(".sb-list > .sb-bot .sb-text").last).to_have_text(
        "May I share this summary with your recruiter?"
    )
    expect(chat.quick_replies()).to_have_text(["Yes, share it", "No, keep it private"])

    page.reload()  # an unanswered question keeps its buttons
    expect(chat.quick_replies()).to_have_text(["Yes, share it", "No, keep it private"])

    chat.click(page.get_by_role("button", name="No, keep it private"))
    expect(chat.quick_replies()).to_have_count(0)
    expect(chat.input).to_be_focused()
    assert chat.texts("user")[-1] == "No, keep it private"
    assert stack.user_texts(conversation_id)[-1] == "/deny"  # the button's payload
    expect(page.locator(".sb-list > .sb-msg").last).to_have_class(re.compile(r"\bsb-bot\b"))


def test_the_recruiter_button_asks_for_a_person(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(4)
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    chat.input.fill("a draft I have not sent")
    chat.click(chat.recruiter_button)
    assert chat.texts("user")[-1] == "Talk to my recruiter"
    assert chat.texts("bot")[-1].startswith("I've let Sam know you'd like to talk.")
    assert stack.user_texts(conversation_id)[-1] == "/request_human"
    expect(chat.input).to_have_value("a draft I have not sent")  # the draft is kept
    expect(chat.recruiter_button).to_be_visible()


def test_a_recruiter_takes_over_and_hands_back(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(3)
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    rasa = RasaClient(stack.settings)

    rasa.send_recruiter_message(
        conversation_id, "Hi Priya, it's Sam. There's a guide at https://example.org/guide.", "Sam"
    )
    recruiter = page.locator(".sb-list > .sb-recruiter")
    expect(recruiter).to_have_count(1)
    expect(recruiter).to_contain_text("Sam, your recruiter")
    expect(recruiter.locator(".sb-text")).to_contain_text("Hi Priya, it's Sam.")
    assert chat.transcript()[-2] == ("notice", "Sam from the agency has joined")

    chat.say("yes a call at 3 works")  # the assistant is paused: no reply of its own
    rasa.send_recruiter_message(conversation_id, "Great, talk then.", "Sam")
    expect(recruiter).to_have_count(2)
    # joined once, not once per message
    assert chat.kinds() == ["user", "bot", "notice", "recruiter", "user", "recruiter"]

    rasa.hand_back(conversation_id, "Sam")
    expect(page.locator(".sb-list > .sb-msg").last).to_contain_text("Thanks for waiting, Priya.")
    assert chat.transcript()[-2] == ("notice", "Sam handed the conversation back to the assistant")
    assert chat.kinds() == [
        "user",
        "bot",
        "notice",
        "recruiter",
        "user",
        "recruiter",
        "notice",
        "bot",
    ]

    before = chat.transcript()
    page.reload()
    expect(chat.status).to_have_text("Connected")
    assert chat.transcript() == before
    expect(page.locator(".sb-list > .sb-recruiter").first).to_contain_text("Sam, your recruiter")

    # After the hand-back a new recruiter message is announced again.
    rasa.send_recruiter_message(conversation_id, "One more thing from me.", "Sam")
    expect(recruiter).to_have_count(3)
    assert chat.transcript()[-2] == ("notice", "Sam from the agency has joined")


def test_the_counter_the_throttle_and_the_servers_own_limit(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(5)
    chat = ChatPage(page).start(stack, token)
    counter = page.locator(".sb-counter")
    expect(counter).to_have_text("0 / 2,000")
    chat.input.fill("Line one\nLine two ✓")
    expect(counter).to_have_text("19 / 2,000")

    # Multi-line messages go out as typed.
    chat.input.press("Enter")
    chat.wait_for_turn()
    assert chat.texts("user") == ["Line one\nLine two ✓"]

    chat.input.fill("x" * 2003)
    expect(counter).to_have_text("2,003 / 2,000 (3 too many)")
    chat.wait_until_ready_to_send()
    chat.input.press("Enter")
    expect(chat.note).to_have_text(
        "That message is 3 characters too long. Messages can be at most 2,000 characters."
    )
    expect(chat.input).to_have_value("x" * 2003)  # nothing lost

    # Two sends at once: the second waits for the throttle and is kept in the box.
    chat.input.fill("")
    page.eval_on_selector(
        ".sb-form",
        """form => {
            const input = form.querySelector('textarea');
            input.value = 'first of two';
            form.requestSubmit();
            input.value = 'second of two';
            form.requestSubmit();
        }""",
    )
    expect(chat.note).to_have_text("Please wait a moment before sending another message.")
    expect(chat.input).to_have_value("second of two")
    chat.wait_for_turn()

    # Text the client lets through but the server refuses (control characters only):
    # shown politely, marked as not sent and left out of the kept history.
    chat.wait_until_ready_to_send()
    chat.input.fill("\u0007\u0007")
    chat.input.press("Enter")
    expect(chat.note).to_have_text(
        "That message wasn't sent: The message is empty. Please change it and try again."
    )
    expect(page.locator(".sb-failed")).to_contain_text("Not sent")
    assert stack.user_texts(conversation_id) == ["Line one\nLine two ✓", "first of two"]
    page.reload()
    expect(chat.status).to_have_text("Connected")
    expect(page.locator(".sb-failed")).to_have_count(0)
    assert chat.texts("user") == ["Line one\nLine two ✓", "first of two"]


def test_the_typing_indicator_shows_while_the_assistant_answers(stack: Stack, page: Page) -> None:
    server = HeldReplies(page)
    token, conversation_id = stack.new_checkin(4)
    chat = ChatPage(page).start(stack, token)
    typing = page.get_by_text("The assistant is typing…")
    expect(typing).to_be_hidden()

    server.holding = True
    chat.input.fill("hello")
    chat.input.press("Enter")
    expect(typing).to_be_visible()
    expect(page.locator(".sb-list > .sb-bot")).to_have_count(0)
    server.release()
    expect(page.locator(".sb-list > .sb-bot")).to_have_count(1)
    expect(typing).to_be_hidden()

    # While a recruiter has the conversation, the assistant is not the one typing.
    RasaClient(stack.settings).send_recruiter_message(conversation_id, "Hi, Sam here.", "Sam")
    expect(page.locator(".sb-recruiter")).to_have_count(1)
    server.holding = True
    chat.wait_until_ready_to_send()
    chat.input.fill("hi Sam")
    chat.input.press("Enter")
    expect(page.locator(".sb-pending")).to_have_count(1)
    expect(typing).to_be_hidden()
    server.release()
    chat.wait_for_turn()
