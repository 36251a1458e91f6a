"""The recruiter console in a real browser against the real stack: a crisis arrives in
the queue without a reload, the recruiter opens it, replies (the reply reaches the
candidate's socket), hands back and resolves; script in a transcript stays inert.
Saves the screenshots the README shows (docs/console-*.png)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock
from pathlib import Path
from random import Random
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from rasa_project.db import Database
from rasa_project.models import (
    Candidate,
    CheckIn,
    Handoff,
    HandoffAlert,
    Placement,
    ThemeObservation,
)
from rasa_project.nlu.taxonomy import THEMES
from rasa_project.services.accounts import create_recruiter
from rasa_project.settings import Settings
from rasa_project.web import create_app
from tests.conftest import env_for_tests
from tests.stack import Stack, free_port, wait_for
from tests.web.test_console_support import bot_event, user_event, write_events
from tests.widget_socket import WidgetSocket

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
AXE = ROOT / "rasa_project" / "web" / "static" / "vendor" / "axe.min.js"
VIEWPORT = {"width": 1280, "height": 860}


def sign_in(page: Page, base_url: str, email: str, password: str) -> None:
    page.goto(f"{base_url}/console/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Handoffs")).to_be_visible()


def handoff_of(stack: Stack, conversation_id: str) -> int | None:
    with stack.database.sessions() as session:
        return session.scalar(select(Handoff.id).where(Handoff.conversation_id == conversation_id))


@pytest.fixture
def recruiter_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    yield page
    context.close()


def test_a_crisis_arrives_and_the_recruiter_replies_hands_back_and_resolves(
    stack: Stack, recruiter_page: Page
) -> None:
    assert stack.login is not None
    page = recruiter_page
    outside: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith(stack.web_url) else outside.append(r.url),
    )
    sign_in(page, stack.web_url, stack.login.email, stack.login.password)

    # an older, normal-urgency handoff from another candidate is already waiting
    other_token, other_conversation = stack.new_checkin(5)
    stack.say(other_token, "hello")
    stack.say(other_token, "can i talk to sam please")
    older = wait_for(lambda: handoff_of(stack, other_conversation))
    assert older is not None
    page.reload()
    expect(page.locator(f'#queue tbody tr[data-id="{older}"]')).to_be_visible()

    token, conversation_id = stack.new_checkin(1)
    candidate = WidgetSocket(stack.rasa_url, token)
    try:
        candidate.say("hello")
        assert candidate.next()["text"].startswith(("Hi Daniel!", "Welcome back, Daniel."))
        candidate.say(
            "I haven't closed a single deal in two months and I keep telling myself "
            "I'm not good enough"
        )
        candidate.next()
        candidate.say("i keep thinking about ending my life")
        candidate.drain()
        handoff_id = wait_for(lambda: handoff_of(stack, conversation_id))
        assert handoff_id is not None

        # the queue picks it up by polling: no reload
        row = page.locator(f'#queue tbody tr[data-id="{handoff_id}"]')
        expect(row).to_be_visible(timeout=20_000)
        expect(row).to_have_class(re.compile(r"\bis-new\b"))
        expect(row.locator(".badge")).to_have_text("Crisis")
        expect(row).to_contain_text("Daniel Okafor")
        # the most urgent first, though the other has waited longer
        ids = page.locator("#queue tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")
        assert ids.index(str(handoff_id)) < ids.index(str(older))
        expect(page.locator("#queue-announcer")).to_contain_text("New handoff: Crisis, Daniel")
        page.screenshot(path=str(DOCS / "console-queue.png"))

        row.get_by_role("link", name="Daniel Okafor").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Daniel Okafor")
        transcript = page.locator("#transcript")
        expect(transcript.locator("li.risk-crisis")).to_contain_text("ending my life")
        expect(transcript.locator("li.risk-crisis .flag")).to_have_text("Crisis risk")
        themed = transcript.locator(".who-candidate.has-themes").first
        expect(themed).to_contain_text("not good enough")
        expect(themed.locator(".chip").first).to_be_visible()
        page.screenshot(path=str(DOCS / "console-transcript.png"), full_page=True)

        # a reply reaches the candidate's socket within two seconds
        reply = "Daniel, it's Sam. I'm here and I'll call you in a minute."
        page.get_by_label("Reply to Daniel").fill(reply)
        page.get_by_role("button", name="Send reply").click()
        # how fast is measured by `make bench`, not asserted here
        arrived = candidate.wait_for(lambda m: m.get("text") == reply, timeout=10)
        assert arrived == {"text": reply, "sender": "recruiter", "name": "Sam"}
        expect(page.locator(".flash-success")).to_have_text("Sent to Daniel.")
        expect(page.locator("#handoff-status")).to_have_text("Claimed by Sam Carter")

        # the paused conversation keeps the candidate's words, and the page shows them live
        candidate.say("ok. thank you, I'll pick up")
        expect(transcript.locator(".who-candidate").last).to_contain_text("I'll pick up")
        assert candidate.drain(1.0) == []  # the assistant stays quiet while paused

        page.get_by_role("button", name="Hand back to the assistant").click()
        expect(page.locator(".flash-success")).to_have_text(
            "The assistant has the conversation again."
        )
        resumed = candidate.wait_for(lambda m: bool(m.get("text")), timeout=15)
        assert resumed["text"].startswith("Thanks for waiting, Daniel.")

        page.get_by_label("Outcome").select_option("spoke_with_candidate")
        page.get_by_label("Note (optional)").fill("Spoke by phone; he is with his sister.")
        page.get_by_role("button", name="Resolve").click()
        expect(page.locator("#handoff-status")).to_have_text("Resolved: Spoke with the candidate")
        expect(page.locator("#timeline")).to_contain_text("Spoke by phone; he is with his sister.")
        page.get_by_role("link", name="Handoffs", exact=True).first.click()
        expect(page.locator(f'#queue tbody tr[data-id="{handoff_id}"]')).to_have_count(0)
    finally:
        candidate.client.disconnect()
    assert outside == []


def test_a_reply_from_the_console_shows_in_the_candidates_widget(
    stack: Stack, recruiter_page: Page, new_page: Any
) -> None:
    """Two browser contexts: the candidate in the chat widget, the recruiter in the
    console."""
    from tests.browser.widget_page import ChatPage

    assert stack.login is not None
    token, conversation_id = stack.new_checkin(new_placement(stack))
    chat = ChatPage(new_page()).start(stack, token)
    chat.say("hello")
    chat.click(chat.recruiter_button)
    handoff_id = wait_for(lambda: handoff_of(stack, conversation_id))
    assert handoff_id is not None

    sign_in(recruiter_page, stack.web_url, stack.login.email, stack.login.password)
    recruiter_page.goto(f"{stack.web_url}/console/handoffs/{handoff_id}")
    reply = "Hi, it's Sam. Shall we talk at 4?"
    recruiter_page.get_by_label(re.compile("^Reply to")).fill(reply)
    recruiter_page.get_by_role("button", name="Send reply").click()
    expect(chat.page.locator(".sb-list > .sb-recruiter")).to_contain_text(reply)
    expect(chat.page.locator(".sb-list")).to_contain_text("Sam from the agency has joined")

    recruiter_page.get_by_role("button", name="Hand back to the assistant").click()
    expect(chat.page.locator(".sb-list > .sb-bot").last).to_contain_text("Thanks for waiting")


def new_placement(stack: Stack) -> int:
    from datetime import date, timedelta

    from rasa_project.models import Candidate, Placement

    with stack.database.sessions.begin() as session:
        placement = Placement(
            candidate=Candidate(
                first_name="Rosalind",
                last_name="Ashgrove",
                email="rosalind.ashgrove@candidate.example",
                timezone="UTC",
            ),
            recruiter_id=1,
            company="Fjord",
            role="Analyst",
            start_date=date.today() - timedelta(days=12),
        )
        session.add(placement)
        session.flush()
        return int(placement.id)


def test_script_and_html_in_a_transcript_stay_inert(stack: Stack, recruiter_page: Page) -> None:
    assert stack.login is not None
    token, conversation_id = stack.new_checkin(2)
    for text in ("hello", "<script>alert('xss')</script>", '<img src=x onerror="alert(1)">'):
        stack.say(token, text)
    stack.say(token, "can i talk to sam please")
    handoff_id = wait_for(lambda: handoff_of(stack, conversation_id))
    assert handoff_id is not None

    page = recruiter_page
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    sign_in(page, stack.web_url, stack.login.email, stack.login.password)
    page.goto(f"{stack.web_url}/console/handoffs/{handoff_id}")
    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text("<script>alert('xss')</script>")
    expect(transcript).to_contain_text('<img src=x onerror="alert(1)">')

    # a payload arriving while the page is open goes through the live refresh
    stack.say(token, '<svg onload="alert(2)"></svg><b>bold?</b>')
    expect(transcript.locator(".who-candidate").last).to_contain_text(
        '<svg onload="alert(2)"></svg><b>bold?</b>'
    )
    live_time = transcript.locator(".who-candidate").last.locator("time").inner_text()
    assert re.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d (GMT|BST)", live_time), live_time
    page.wait_for_timeout(1000)
    assert dialogs == []
    assert transcript.locator("script, img, svg, b").count() == 0
    assert not [u for u in requests if u.rstrip("/").endswith("/x")]


# --- the trends page, over a richer data set than the stack's ---------------------------

COMPANIES = [
    ("Acme Software", "Account Executive", 9),
    ("Northwind Logistics", "Shift Supervisor", 7),
    ("Helix Health", "Staff Nurse", 6),
    ("Brightline Retail", "Store Manager", 3),
]
WEIGHTS = {
    "no_early_wins": 9,
    "long_cycle": 6,
    "self_criticism": 7,
    "fear_of_failure": 4,
    "job_security": 5,
    "company_instability": 3,
    "workload": 8,
    "manager_relationship": 4,
    "team_belonging": 5,
    "skills_gap": 6,
    "role_mismatch": 2,
    "work_life": 4,
}


def seed(database: Database, settings: Settings, today: date) -> tuple[str, str]:
    """Candidates at four companies (one too small to show), ten weeks of themes."""
    rng = Random(7)
    password = "console demo password"
    sam = create_recruiter(database.sessions, "sam@agency.example", "Sam Carter", password)
    themes = list(WEIGHTS)
    weights = [WEIGHTS[t] for t in themes]
    with database.sessions.begin() as session:
        n = 0
        for company, role, size in COMPANIES:
            for _ in range(size):
                n += 1
                start = today - timedelta(days=rng.randint(14, 88))
                placement = Placement(
                    candidate=Candidate(
                        first_name=f"Candidate{n}", last_name="Demo", email=f"c{n}@demo.example"
                    ),
                    recruiter_id=sam,
                    company=company,
                    role=role,
                    start_date=start,
                )
                session.add(placement)
                days = sorted(rng.sample(range((today - start).days + 1), rng.randint(2, 5)))
                for week, offset in enumerate(days):
                    day = start + timedelta(days=offset)
                    checkin = CheckIn(placement=placement, conversation_id=f"demo-{n}-{week}")
                    session.add(checkin)
                    session.flush()
                    early = (day - start).days < 21
                    for turn in range(1, rng.randint(2, 5)):
                        theme = rng.choices(themes, weights)[0]
                        if early and rng.random() < 0.4:
                            theme = rng.choice(["skills_gap", "team_belonging", "workload"])
                        session.add(
                            ThemeObservation(
                                checkin_id=checkin.id,
                                conversation_id=checkin.conversation_id,
                                turn=turn,
                                theme=theme,
                                confidence=0.8,
                                evidence="…",
                                created_at=datetime.combine(day, clock(11), tzinfo=timezone.utc),
                            )
                        )
                    if rng.random() < 0.12:
                        handoff = Handoff(
                            checkin_id=checkin.id,
                            conversation_id=checkin.conversation_id,
                            trigger_key="demo",
                            reason="requested",
                            urgency=2,
                            created_at=datetime.now(timezone.utc) - timedelta(minutes=n * 7),
                        )
                        session.add(handoff)
                        session.flush()
                        session.add(
                            HandoffAlert(handoff_id=handoff.id, channel="email", status="sent")
                        )
        # one crisis handoff with a conversation in the tracker store
        placement = session.scalars(select(Placement).order_by(Placement.id)).first()
        assert placement is not None
        checkin = CheckIn(placement=placement, conversation_id="demo-crisis")
        session.add(checkin)
        session.flush()
        session.add(
            Handoff(
                checkin_id=checkin.id,
                conversation_id="demo-crisis",
                trigger_key="demo",
                reason="crisis",
                urgency=0,
                risk_level="crisis",
                themes='["self_criticism", "no_early_wins"]',
                created_at=datetime.now(timezone.utc) - timedelta(minutes=3),
            )
        )
    at = time.time() - 300
    write_events(
        settings,
        "demo-crisis",
        [
            user_event("hello", at),
            bot_event("Hi! How is the new role going so far?", at + 1),
            user_event("no sale yet and I'm not good enough", at + 60, ["self_criticism"]),
            user_event("i keep thinking about ending my life", at + 120, risk="crisis"),
            bot_event("Hi, it's Sam. I'm here.", at + 180, recruiter=True),
        ],
    )
    assert set(WEIGHTS) == set(THEMES)
    return "sam@agency.example", password


@pytest.fixture
def seeded_console(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """The web app alone, on a spare port, over a seeded database."""
    import waitress

    port = free_port()
    settings = Settings.from_env(env_for_tests(tmp_path, WEB_PORT=str(port)))
    database = Database.connect(settings.database_url)
    database.upgrade()
    email, password = seed(database, settings, date.today())
    server = waitress.create_server(create_app(settings, database), host="127.0.0.1", port=port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", email, password
    finally:
        server.close()
        database.engine.dispose()


def test_the_trends_page_draws_charts_from_the_local_library(
    seeded_console: tuple[str, str, str], recruiter_page: Page
) -> None:
    base_url, email, password = seeded_console
    page = recruiter_page
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico")
            else None
        ),
    )
    sign_in(page, base_url, email, password)
    page.get_by_role("link", name="Trends").click()
    expect(page.get_by_role("heading", name="Themes by week", exact=True)).to_be_visible()
    for chart in ("chart-by-week", "chart-by-company", "chart-by-role-week"):
        canvas = page.locator(f"#{chart}")
        expect(canvas).to_be_visible()
        page.wait_for_function(  # console.js draws once the deferred scripts have run
            "id => !!(window.Chart && window.Chart.getChart(document.getElementById(id)))",
            arg=chart,
        )
    companies = page.evaluate(
        "() => window.Chart.getChart(document.getElementById('chart-by-company')).data.labels"
    )
    assert companies == ["Acme Software", "Helix Health", "Northwind Logistics"]
    expect(page.get_by_text("(1 hidden)")).to_be_visible()  # Brightline: 3 candidates
    assert errors == []
    page.screenshot(path=str(DOCS / "console-trends.png"), full_page=True)


def axe_violations(page: Page, base_url: str) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations (axe served by the app: the CSP allows
    only scripts from the app's own origin)."""
    assert AXE.exists(), f"{AXE} is missing: run `make install` (it copies axe-core from npm)"
    page.add_script_tag(url=f"{base_url}/static/vendor/axe.min.js")
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))"""
    )
    return violations


def test_console_pages_have_no_serious_accessibility_problems(
    seeded_console: tuple[str, str, str], recruiter_page: Page
) -> None:
    base_url, email, password = seeded_console
    page = recruiter_page
    page.goto(f"{base_url}/console/login")
    assert axe_violations(page, base_url) == [], "sign-in"
    sign_in(page, base_url, email, password)
    assert axe_violations(page, base_url) == [], "queue"
    page.get_by_role("link", name="Candidate1 Demo").first.click()
    expect(page.locator("#transcript li.risk-crisis")).to_be_visible()
    assert axe_violations(page, base_url) == [], "handoff"
    page.get_by_role("link", name="Candidate1 Demo").click()
    expect(page.get_by_role("heading", name="Placements")).to_be_visible()
    assert axe_violations(page, base_url) == [], "candidate"
    for name in ("Candidates", "Trends"):
        page.get_by_role("navigation", name="Console").get_by_role("link", name=name).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(name)
        assert axe_violations(page, base_url) == [], name
