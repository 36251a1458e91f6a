"""Keyboard only, axe-core, a 360 px phone screen, and the screenshots in docs/."""

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from rasa_project.rasa_api import RasaClient
from tests.browser.conftest import DOCS, PHONE, VENDOR
from tests.browser.widget_page import ChatPage
from tests.stack import Stack

pytestmark = pytest.mark.browser

AXE = VENDOR / "axe.min.js"


def axe_violations(page: Page, stack: Stack) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the page, as axe reports them."""
    assert AXE.exists(), f"{AXE} is missing: run `make install` (it copies axe-core from npm)"
    # Served by the web app itself: the chat page's CSP (script-src 'self') refuses the
    # inline script add_script_tag(path=...) would insert.
    page.add_script_tag(url=f"{stack.web_url}/static/vendor/axe.min.js")
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' '))}))"""
    )
    return violations


def focus_is_visible(page: Page, target: Locator) -> None:
    expect(target).to_be_focused()
    outline = page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return [document.activeElement.matches(':focus-visible'), style.outlineStyle,
                    style.outlineWidth];
        }"""
    )
    assert outline == [True, "solid", "3px"], outline


def test_the_whole_chat_works_with_the_keyboard_alone(
    stack: Stack, new_page: Callable[..., Page]
) -> None:
    page = new_page()
    token, conversation_id = stack.new_checkin(2)
    chat = ChatPage(page).open(stack, token)
    keyboard = page.keyboard

    # The notice first: the one thing there is to do.
    expect(chat.status).to_have_text("Connected")
    keyboard.press("Tab")
    focus_is_visible(page, chat.accept_button)
    keyboard.press("Enter")
    focus_is_visible(page, chat.input)

    for text in ("hello", "I haven't closed a single deal in two months", "bye"):
        chat.wait_until_ready_to_send()
        keyboard.type(text)
        keyboard.press("Enter")
        chat.wait_for_turn()
    expect(chat.quick_replies()).to_have_count(2)

    # Quick replies sit just before the message box.
    keyboard.press("Shift+Tab")
    focus_is_visible(page, page.get_by_role("button", name="No, keep it private"))
    keyboard.press("Shift+Tab")
    focus_is_visible(page, page.get_by_role("button", name="Yes, share it"))
    chat.wait_until_ready_to_send()
    keyboard.press("Enter")
    chat.wait_for_turn()
    focus_is_visible(page, chat.input)

    # The conversation can be scrolled from the keyboard, and the recruiter is one more
    # step back.
    keyboard.press("Shift+Tab")
    focus_is_visible(page, page.get_by_role("log", name="Conversation"))
    keyboard.press("Shift+Tab")
    focus_is_visible(page, chat.recruiter_button)
    chat.wait_until_ready_to_send()
    keyboard.press("Enter")
    chat.wait_for_turn()

    # A multi-line message sent with the Send button.
    keyboard.press("Tab")
    keyboard.press("Tab")
    focus_is_visible(page, chat.input)
    chat.wait_until_ready_to_send()
    keyboard.type("Thursday works.")
    keyboard.press("Shift+Enter")
    keyboard.type("Any time after 2.")
    keyboard.press("Tab")
    focus_is_visible(page, chat.send_button)
    keyboard.press("Enter")
    chat.wait_for_turn()

    assert stack.user_texts(conversation_id)[-3:] == [
        "/affirm",
        "/request_human",
        "Thursday works.\nAny time after 2.",
    ]
    assert chat.texts("user")[-3:] == [
        "Yes, share it",
        "Talk to my recruiter",
        "Thursday works.\nAny time after 2.",
    ]


def test_axe_finds_no_serious_problems(stack: Stack, new_page: Callable[..., Page]) -> None:
    page = new_page()
    token, conversation_id = stack.new_checkin(3)
    chat = ChatPage(page).open(stack, token)
    expect(chat.status).to_have_text("Connected")
    assert axe_violations(page, stack) == [], "the first-visit notice"

    chat.accept_notice()
    chat.say("hello")
    chat.say("my manager never gives me any feedback, see https://example.org/x")
    RasaClient(stack.settings).send_recruiter_message(conversation_id, "Hi Priya, it's Sam.", "Sam")
    expect(page.locator(".sb-recruiter")).to_have_count(1)
    chat.input.fill("x" * 2001)  # the counter in its error state
    chat.wait_until_ready_to_send()
    chat.input.press("Enter")
    expect(chat.note).to_contain_text("too long")
    assert axe_violations(page, stack) == [], "a conversation with a recruiter (desktop)"

    page.set_viewport_size(PHONE)
    assert axe_violations(page, stack) == [], "the same at 360 px"

    page.goto("about:blank")
    chat.open(stack, token[:-4] + "AAAA")
    expect(chat.status).to_have_attribute("data-state", "refused")
    assert axe_violations(page, stack) == [], "a refused link"


def test_screenshots_and_a_360_px_phone(stack: Stack, new_page: Callable[..., Page]) -> None:
    DOCS.mkdir(exist_ok=True)
    token, conversation_id = stack.new_checkin(1)

    phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    ChatPage(phone).open(stack, token)
    expect(phone.get_by_role("button", name="I understand, start the check-in")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.screenshot(path=str(DOCS / "widget-notice-phone.png"))

    page = new_page()
    chat = ChatPage(page).start(stack, token)
    chat.say("hello")
    chat.say("I haven't closed a single deal in two months and the sales cycle here is long")
    RasaClient(stack.settings).send_recruiter_message(
        conversation_id,
        "Hi Daniel, it's Sam. Long cycles are normal at Acme for the first quarter. "
        "Would a call on Thursday help?",
        "Sam",
    )
    expect(page.locator(".sb-recruiter")).to_have_count(1)
    chat.say("Yes, Thursday after 2 works for me.")
    chat.wait_until_ready_to_send()
    page.evaluate("document.activeElement.blur()")
    page.mouse.move(0, 0)
    page.screenshot(path=str(DOCS / "widget-desktop.png"))

    # The same conversation on a phone: nothing wider than the screen, and it goes on.
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for control in (chat.recruiter_button, chat.input, chat.send_button):
        box = control.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    page.evaluate("document.querySelector('.sb-log').scrollTop = 1e6")
    page.screenshot(path=str(DOCS / "widget-phone.png"))
    chat.say("Thanks Sam")
    assert chat.texts("user")[-1] == "Thanks Sam"
