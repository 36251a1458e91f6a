"""An agency embeds the widget on its own site: one script tag, or SoundingBoard.mount.

The agency's page is served by Playwright at http://localhost:<web port>, another
origin than the web app (127.0.0.1) and one the default WIDGET_ALLOWED_ORIGINS allows;
the widget, its stylesheet and socket.io-client come from the web app.
"""

import json
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.widget_page import ChatPage
from tests.stack import Stack

pytestmark = pytest.mark.browser


def agency_site(page: Page, stack: Stack, body: str) -> str:
    """Serves an agency's page with `body`; returns its address."""
    url = f"http://localhost:{stack.settings.web_port}/careers/check-in"
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Northwind Staffing</title></head><body><h1>Northwind Staffing</h1>"
        f"<main>{body}</main></body></html>"
    )

    def serve(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    page.route(url, serve)
    return url


def agency_page(new_page: Callable[..., Page]) -> Page:
    # A page Playwright serves has no address, so Chromium counts it as public and asks
    # before it reaches the web app on loopback (Local Network Access). On the internet
    # both sides are public and no one is asked.
    return new_page(permissions=["local-network-access"])


def only_our_servers(page: Page) -> list[str]:
    outside: list[str] = []
    ours = ("http://127.0.0.1", "ws://127.0.0.1", "http://localhost")
    page.on("request", lambda r: None if r.url.startswith(ours) else outside.append(r.url))
    return outside


def test_one_script_tag_embeds_the_widget(stack: Stack, new_page: Callable[..., Page]) -> None:
    page = agency_page(new_page)
    outside = only_our_servers(page)
    token, conversation_id = stack.new_checkin(4)
    url = agency_site(
        page,
        stack,
        f'<p>Tell us how the new job is going.</p><script src="{stack.web_url}/static/widget.js" '
        f'data-server-url="{stack.rasa_url}" data-token-from="hash"></script><p>Footer</p>',
    )
    page.goto(f"{url}#token={token}")

    widget = page.locator("main > script + div.sb-widget")  # right where the tag is
    expect(widget).to_be_visible()
    expect(
        page.locator(f'link[rel="stylesheet"][href="{stack.web_url}/static/widget.css"]')
    ).to_have_count(1)
    expect(widget).to_have_css("border-radius", "12px")  # its own stylesheet applies
    chat = ChatPage(page)
    chat.accept_notice()
    chat.say("hello")
    assert "Tom" in chat.texts("bot")[0]
    assert stack.user_texts(conversation_id) == ["hello"]
    assert outside == []


def test_a_page_can_mount_the_widget_from_its_own_script(
    stack: Stack, new_page: Callable[..., Page]
) -> None:
    page = agency_page(new_page)
    token, conversation_id = stack.new_checkin(5)
    url = agency_site(
        page,
        stack,
        '<div id="checkin-box"></div>'
        # the agency's page uses another socket.io of its own: the widget must not replace it
        '<script>window.io = "the page\'s own";</script>'
        f'<script src="{stack.web_url}/static/widget.js"></script>'
        "<script>"
        f"window.checkin = SoundingBoard.mount({{serverUrl: {json.dumps(stack.rasa_url)}, "
        f"token: {json.dumps(token)}, element: '#checkin-box'}});"
        "</script>",
    )
    page.goto(url)
    chat = ChatPage(page)
    chat.accept_notice()
    chat.say("hello")
    assert "Ana" in chat.texts("bot")[0]
    assert page.evaluate("window.io") == "the page's own"
    # Mounting again into the same element gives the same widget, not a second one.
    assert page.evaluate(
        "SoundingBoard.mount({serverUrl: 'x', token: 'y', element: '#checkin-box'}) === window.checkin"
    )
    expect(page.locator(".sb-widget")).to_have_count(1)
    page.evaluate("window.checkin.destroy()")
    expect(page.locator(".sb-widget")).to_have_count(0)
    assert stack.user_texts(conversation_id) == ["hello"]
