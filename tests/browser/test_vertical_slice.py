"""A candidate opens the check-in link in a real browser and says hello."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.stack import Stack

pytestmark = pytest.mark.browser


def checkin_link(stack: Stack, placement_id: int) -> str:
    token, _ = stack.new_checkin(placement_id)
    return f"{stack.web_url}/chat#token={token}"


def test_hello_in_the_chat_page_gets_the_personal_greeting(stack: Stack, page: Page) -> None:
    outside_requests: list[str] = []
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1"))
            else outside_requests.append(r.url)
        ),
    )
    page.goto(checkin_link(stack, 2))
    page.get_by_role("button", name="I understand, start the check-in").click()
    expect(page.locator(".sb-status")).to_have_text("Connected")
    page.get_by_label("Your message").fill("hello")
    page.keyboard.press("Enter")
    expect(page.locator(".sb-user")).to_contain_text("hello")
    reply = page.locator(".sb-bot .sb-text").first
    # "Hi Maya! … How is the new role going so far?" on her first check-in;
    # "Welcome back, Maya. …" when another test has checked in with her before.
    expect(reply).to_have_text(re.compile(r"^(Hi Maya!|Welcome back, Maya\.) .*going.*\?$"))
    assert outside_requests == []


def test_a_forged_token_shows_a_clear_message(stack: Stack, page: Page) -> None:
    link = checkin_link(stack, 2)
    page.goto(link[:-3] + "abc")
    expect(page.locator(".sb-status")).to_have_text(
        "This check-in link is not valid. Please use the link from your invitation."
    )
    expect(page.get_by_label("Your message")).to_be_disabled()


def test_a_page_without_a_token_says_what_is_needed(stack: Stack, page: Page) -> None:
    page.goto(f"{stack.web_url}/chat")
    expect(page.locator(".sb-status")).to_have_text(
        "This chat needs the check-in link from your invitation."
    )
