"""What the widget must never do: chat on a bad link, show one candidate another's
conversation, or run what a message contains."""

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import Dialog, Page, expect

from rasa_project.rasa_api import RasaClient
from rasa_project.tokens import issue_checkin_token, verify_checkin_token
from tests.browser.widget_page import ChatPage
from tests.stack import Stack

pytestmark = pytest.mark.browser

XSS = "<script>alert(1)</script> and <img src=x onerror=alert(1)>"


def refused_politely(chat: ChatPage, message: str) -> None:
    expect(chat.status).to_have_text(message)
    expect(chat.status).to_have_attribute("data-state", "refused")
    expect(chat.accept_button).to_be_hidden()  # nothing to agree to on a dead link
    expect(chat.input).to_be_disabled()
    expect(chat.recruiter_button).to_be_disabled()


def test_an_expired_link_shows_a_clear_message_and_creates_nothing(
    stack: Stack, page: Page
) -> None:
    fresh, conversation_id = stack.new_checkin(1)
    claims = verify_checkin_token(stack.settings.checkin_token_secret, fresh)
    expired = issue_checkin_token(
        stack.settings.checkin_token_secret,
        claims.checkin_id,
        claims.conversation_id,
        timedelta(hours=72),
        now=datetime.now(timezone.utc) - timedelta(days=4),
    )
    chat = ChatPage(page).open(stack, expired)
    refused_politely(chat, "This check-in link has expired. Your recruiter can send you a new one.")
    assert stack.user_texts(conversation_id) == []


def test_a_forged_link_shows_a_clear_message_and_creates_nothing(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(1)
    header, claims, _signature = token.split(".")
    chat = ChatPage(page).open(stack, f"{header}.{claims}.forged-signature")
    refused_politely(
        chat, "This check-in link is not valid. Please use the link from your invitation."
    )
    assert stack.user_texts(conversation_id) == []


def test_a_link_that_no_longer_works_clears_what_this_tab_kept_of_it(
    stack: Stack, page: Page
) -> None:
    _, conversation_id = stack.new_checkin(1)
    expired = issue_checkin_token(
        stack.settings.checkin_token_secret,
        1,
        conversation_id,
        timedelta(hours=1),
        now=datetime.now(timezone.utc) - timedelta(hours=2),
    )
    key = "sounding-board:conversation:" + hashlib.sha256(expired.encode()).hexdigest()
    page.goto(f"{stack.web_url}/chat")
    kept = {"entries": [{"id": 1, "kind": "user", "text": "from before"}], "nextId": 2}
    page.evaluate("([k, v]) => sessionStorage.setItem(k, JSON.stringify(v))", [key, kept])

    chat = ChatPage(page).open(stack, expired)
    expect(chat.status).to_have_attribute("data-state", "refused")
    expect(chat.messages).to_have_count(0)
    assert page.evaluate("k => sessionStorage.getItem(k)", key) is None


def test_another_candidate_can_neither_read_nor_write_the_conversation(
    stack: Stack, new_page: Callable[..., Page]
) -> None:
    daniel_token, daniel_id = stack.new_checkin(1)
    ana_token, ana_id = stack.new_checkin(5)
    daniel = ChatPage(new_page()).start(stack, daniel_token)
    ana = ChatPage(new_page()).start(stack, ana_token)

    daniel.say("hello")
    daniel.say("my manager never gives me any feedback")
    ana.say("hello")
    RasaClient(stack.settings).send_recruiter_message(daniel_id, "Daniel, shall we talk?", "Sam")
    expect(daniel.page.locator(".sb-recruiter")).to_have_count(1)

    # Ana's socket tries to name Daniel's conversation: the channel ignores it.
    confirmed = ana.page.evaluate(
        """id => new Promise(resolve => {
            const socket = document.querySelector('.sb-widget').sbWidget.socket;
            socket.once('session_confirm', confirmed => {
                const message = {message: 'written from the other side', session_id: id};
                socket.emit('user_uttered', message, () => resolve(confirmed));
            });
            socket.emit('session_request', {session_id: id});
        })""",
        daniel_id,
    )
    assert confirmed == ana_id

    assert stack.user_texts(daniel_id) == ["hello", "my manager never gives me any feedback"]
    assert stack.user_texts(ana_id)[-1] == "written from the other side"
    ana_page_text = ana.page.locator(".sb-widget").inner_text()
    ana_storage = ana.page.evaluate("JSON.stringify(Object.entries(sessionStorage))")
    for text in ("feedback", "Daniel", "shall we talk"):
        assert text not in ana_page_text
        assert text not in ana_storage
    assert ana.page.locator(".sb-recruiter").count() == 0


def test_each_link_has_its_own_history_in_the_same_tab(stack: Stack, page: Page) -> None:
    first, _ = stack.new_checkin(1)
    second, _ = stack.new_checkin(2)
    chat = ChatPage(page).start(stack, first)
    chat.say("hello")
    assert "Daniel" in chat.texts("bot")[0]

    page.goto("about:blank")
    chat.open(stack, second)
    expect(chat.status).to_have_text("Connected")
    expect(chat.messages).to_have_count(0)

    page.goto("about:blank")
    chat.open(stack, first)
    expect(chat.messages).to_have_count(2)
    assert "Daniel" in chat.texts("bot")[0]


def test_markup_in_messages_is_shown_as_text(stack: Stack, page: Page) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    token, conversation_id = stack.new_checkin(2)
    chat = ChatPage(page).start(stack, token)
    chat.say(XSS)
    RasaClient(stack.settings).send_recruiter_message(conversation_id, f"Sam says {XSS}", "Sam")
    expect(page.locator(".sb-recruiter")).to_have_count(1)

    assert chat.texts("user") == [XSS]
    assert chat.texts("recruiter") == [f"Sam says {XSS}"]
    assert page.locator(".sb-widget img, .sb-widget script").count() == 0
    page.reload()  # and again from the kept history
    expect(chat.messages).to_have_count(4)
    assert chat.texts("user") == [XSS]
    assert page.locator(".sb-widget img, .sb-widget script").count() == 0
    assert dialogs == []


def test_only_http_links_become_links(stack: Stack, page: Page) -> None:
    token, conversation_id = stack.new_checkin(3)
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    RasaClient(stack.settings).send_recruiter_message(
        conversation_id,
        "Links: https://example.org/guide?a=1&b=2, (see http://example.com/x_(y)). "
        "Not links: javascript:alert(1) data:text/html,<b>x</b> ftp://example.org "
        '<a href="javascript:alert(1)">click</a>',
        "Sam",
    )
    message = page.locator(".sb-recruiter .sb-text")
    expect(message).to_contain_text("Not links: javascript:alert(1)")
    links = message.get_by_role("link")
    expect(links).to_have_count(2)
    assert [links.nth(i).get_attribute("href") for i in range(2)] == [
        "https://example.org/guide?a=1&b=2",
        "http://example.com/x_(y)",
    ]
    for i in range(2):
        assert links.nth(i).get_attribute("rel") == "noopener noreferrer"
        assert links.nth(i).get_attribute("target") == "_blank"
    expect(message).to_contain_text('<a href="javascript:alert(1)">click</a>')
