"""Drives the chat widget the way a candidate does: through labels, roles and keys."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from tests.stack import Stack

ACCEPT = "I understand, start the check-in"
RECRUITER = "Talk to my recruiter"


def checkin_link(stack: Stack, token: str) -> str:
    return f"{stack.web_url}/chat#token={token}"


class ChatPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.status = page.locator(".sb-status")
        self.input = page.get_by_label("Your message")
        self.send_button = page.get_by_role("button", name="Send", exact=True)
        self.recruiter_button = page.get_by_role("button", name=RECRUITER)
        self.accept_button = page.get_by_role("button", name=ACCEPT)
        self.note = page.locator(".sb-form-note")
        self.messages = page.locator(".sb-list > .sb-msg")

    def open(self, stack: Stack, token: str) -> ChatPage:
        self.page.goto(checkin_link(stack, token))
        return self

    def accept_notice(self) -> None:
        self.accept_button.click()
        expect(self.status).to_have_text("Connected")

    def start(self, stack: Stack, token: str) -> ChatPage:
        self.open(stack, token)
        self.accept_notice()
        return self

    def wait_until_ready_to_send(self) -> None:
        """The client throttle: the Send button is inactive for a moment after a message."""
        expect(self.send_button).to_be_enabled()
        expect(self.send_button).to_have_attribute("aria-disabled", "false")

    def wait_for_turn(self) -> None:
        """The server acknowledges a message after it has sent the replies."""
        expect(self.page.locator(".sb-pending")).to_have_count(0)

    def say(self, text: str) -> None:
        self.wait_until_ready_to_send()
        before = self.kinds().count("user")
        self.input.fill(text)
        self.input.press("Enter")
        expect(self.page.locator(".sb-list > .sb-user")).to_have_count(before + 1)
        self.wait_for_turn()

    def click(self, button: Locator) -> None:
        self.wait_until_ready_to_send()
        button.click()
        self.wait_for_turn()

    def quick_replies(self) -> Locator:
        return self.page.get_by_role("group", name="Suggested answers").get_by_role("button")

    def transcript(self) -> list[tuple[str, str]]:
        """(kind, text) for every entry in the log, speaker labels left out."""
        return [
            (kind, text)
            for kind, text in self.page.eval_on_selector_all(
                ".sb-list > .sb-msg",
                """items => items.map(item => [
                    ['user', 'bot', 'recruiter', 'notice'].find(k => item.classList.contains('sb-' + k)),
                    (item.querySelector('.sb-text') || item).textContent,
                ])""",
            )
        ]

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.transcript()]

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.transcript() if k == kind]
