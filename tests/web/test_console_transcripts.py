"""Transcripts: read from the tracker store, themes and risk marked, shown only as the
candidate's consent allows, always as text; exports and the audit log."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy import select

from rasa_project.db import create_db_engine
from rasa_project.models import AuditEntry, Candidate, CheckIn, Placement
from rasa_project.services.console import csv_cell
from tests.web.test_console_support import (
    World,
    signed_in,
    user_event,
    world,
    write_events,
)

__all__ = ["world"]


def audit_log(world: World) -> list[tuple[str, str, str]]:
    with world.database.sessions() as session:
        return [
            (e.actor, e.action, e.target)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action != "sign_in").order_by(AuditEntry.id)
            )
        ]


def test_the_handoff_page_shows_the_whole_conversation_with_themes_and_risk(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    page = sam.get(f"/console/handoffs/{world.crisis}").get_data(as_text=True)
    transcript = page[
        page.index('id="transcript"') : page.index("</ol>", page.index('id="transcript"'))
    ]
    assert transcript.count('class="line who-candidate') == 3
    assert transcript.count('class="line who-assistant') == 3
    assert transcript.count('class="line who-recruiter') == 1
    assert 'class="line who-candidate has-themes" id="turn-2"' in transcript
    assert '<li class="chip theme-self_criticism">Self criticism</li>' in transcript
    assert '<li class="chip theme-no_early_wins">No early wins</li>' in transcript
    assert 'class="line who-candidate risk-crisis" id="turn-3"' in transcript
    assert '<span class="flag risk-crisis">Crisis risk</span>' in transcript
    assert "Hi Daniel, it&#39;s Sam. I&#39;m here." in transcript
    assert 'data-live-url="/api/conversations/conv-daniel-1/transcript"' in transcript
    assert "Check-in in progress; consent not asked yet" in page
    # times in the recruiters' time zone (RECRUITER_TIMEZONE, Europe/London by default)
    assert re.search(r">\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d (GMT|BST)</time>", transcript)
    assert audit_log(world) == [
        ("sam@agency.example", "view_transcript", "conversation:conv-daniel-1")
    ]


def test_the_api_transcript_matches_and_can_send_only_new_lines(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    body = sam.get("/api/conversations/conv-daniel-1/transcript").get_json()
    assert body["transcript_visible"] is True and body["source"] == "tracker"
    assert body["count"] == 7
    assert [line["who"] for line in body["lines"]] == [
        "candidate", "assistant", "candidate", "assistant", "candidate", "assistant", "recruiter",
    ]  # fmt: skip
    second = body["lines"][2]
    assert (second["turn"], second["themes"], second["risk"]) == (
        2,
        ["self_criticism", "no_early_wins"],
        "none",
    )
    assert body["lines"][4]["risk"] == "crisis"
    newer = sam.get("/api/conversations/conv-daniel-1/transcript?after=5").get_json()
    assert [line["who"] for line in newer["lines"]] == ["assistant", "recruiter"]
    assert newer["count"] == 7


def test_without_consent_the_recruiter_sees_only_that_a_checkin_happened(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    page = sam.get("/console/conversations/conv-daniel-3").get_data(as_text=True)
    assert "A check-in happened" in page
    assert "Declined to share the summary" in page
    assert "PRIVATE" not in page
    assert "Export transcript" not in page
    body = sam.get("/api/conversations/conv-daniel-3/transcript").get_json()
    assert body["transcript_visible"] is False
    assert body["lines"] == [] and body["summary"] is None
    assert sam.get("/api/conversations/conv-daniel-3/themes").get_json()["themes"] == []
    assert sam.get("/console/conversations/conv-daniel-3/transcript.txt").status_code == 404
    candidate = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    assert "PRIVATE" not in candidate
    assert audit_log(world) == []  # nothing was shown, nothing to record


def test_with_consent_the_transcript_and_summary_are_shown(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    page = sam.get("/console/conversations/conv-daniel-2").get_data(as_text=True)
    assert "Agreed to share the summary" in page
    assert "You named the long sales cycle and chose to ask a colleague." in page
    assert "the sales cycle is so long" in page
    body = sam.get("/api/conversations/conv-daniel-2/transcript").get_json()
    assert body["summary"].startswith("You named the long sales cycle")


def test_a_handoff_shows_the_transcript_but_not_an_unshared_summary(world: World) -> None:
    with world.database.sessions.begin() as session:
        checkin = session.scalars(
            select(CheckIn).where(CheckIn.conversation_id == "conv-daniel-1")
        ).one()
        checkin.summary, checkin.summary_shared = "SECRET SUMMARY", False
    sam = signed_in(world, "sam@agency.example")
    page = sam.get(f"/console/handoffs/{world.crisis}").get_data(as_text=True)
    assert "sometimes I think about ending it" in page
    assert "SECRET SUMMARY" not in page
    assert "Declined to share the summary" in page


def test_the_snapshot_stands_in_when_the_tracker_store_has_nothing(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    page = sam.get(f"/console/handoffs/{world.requested}").get_data(as_text=True)
    assert "this is the snapshot taken when it was handed over" in page
    assert "can I talk to Sam" in page


def test_script_and_html_from_a_candidate_render_as_text(world: World) -> None:
    payloads = [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        '"><svg onload=alert(2)>',
        "{{ 7*7 }}",
    ]
    write_events(
        world.settings,
        "conv-daniel-1",
        [user_event(p, time.time() - 100 + i) for i, p in enumerate(payloads)],
    )
    with world.database.sessions.begin() as session:
        candidate = session.get(Candidate, world.daniel)
        assert candidate is not None
        candidate.last_name = "<b>Okafor</b>"
        placement = session.scalars(select(Placement)).first()
        assert placement is not None
        placement.company = "<i>Acme</i>"
    sam = signed_in(world, "sam@agency.example")
    for path in (
        f"/console/handoffs/{world.crisis}",
        "/console/",
        f"/console/candidates/{world.daniel}",
        "/console/candidates/",
    ):
        html = sam.get(path).get_data(as_text=True)
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html and "<svg" not in html, path
        assert "<b>Okafor" not in html and "<i>Acme" not in html, path
    html = sam.get(f"/console/handoffs/{world.crisis}").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert '<p class="text">{{ 7*7 }}</p>' in html and ">49<" not in html
    api = sam.get("/api/conversations/conv-daniel-1/transcript")
    assert api.mimetype == "application/json"
    assert api.get_json()["lines"][-4]["text"] == "<script>alert('x')</script>"
    assert api.headers["X-Content-Type-Options"] == "nosniff"


def test_a_transcript_exports_as_text_and_the_export_is_audited(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    response = sam.get("/console/conversations/conv-daniel-1/transcript.txt")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="transcript-conv-daniel-1.txt"'
    )
    text = response.get_data(as_text=True)
    assert text.startswith("Transcript of a check-in with Daniel Okafor\n")
    assert "Daniel: I haven't closed a single deal and I'm not good enough   [themes: " in text
    assert "Daniel: sometimes I think about ending it   [risk: crisis]" in text
    assert "Recruiter: Hi Daniel, it's Sam. I'm here." in text
    assert audit_log(world) == [
        ("sam@agency.example", "export_transcript", "conversation:conv-daniel-1")
    ]


def test_every_transcript_read_is_audited_and_live_refreshes_are_coalesced(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    sam.get("/console/conversations/conv-daniel-2")
    sam.get("/api/conversations/conv-daniel-2/transcript")
    sam.get("/api/conversations/conv-daniel-2/themes")
    for _ in range(3):  # the page's live refresh: one entry per ten minutes
        sam.get(
            "/api/conversations/conv-daniel-1/transcript?after=7", headers={"X-Console-Poll": "1"}
        )
    assert audit_log(world) == [
        ("sam@agency.example", "view_transcript", "conversation:conv-daniel-2"),
        ("sam@agency.example", "view_transcript", "conversation:conv-daniel-2"),
        ("sam@agency.example", "view_themes", "conversation:conv-daniel-2"),
        ("sam@agency.example", "view_transcript", "conversation:conv-daniel-1"),
    ]
    with world.database.sessions.begin() as session:
        for entry in session.scalars(select(AuditEntry)):
            entry.created_at = entry.created_at - timedelta(minutes=11)
    sam.get("/api/conversations/conv-daniel-1/transcript", headers={"X-Console-Poll": "1"})
    assert len(audit_log(world)) == 5

    admin = signed_in(world, "admin@agency.example")
    page = admin.get("/console/audit").get_data(as_text=True)
    assert page.count("Viewed a transcript") >= 4
    assert "conversation:conv-daniel-2" in page
    only_exports = admin.get("/console/audit?action=export_transcript").get_data(as_text=True)
    assert "conversation:conv-daniel-2" not in only_exports


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted() -> None:
    for dangerous in ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(dangerous) == "'" + dangerous
    assert csv_cell("Daniel Okafor") == "Daniel Okafor"
    assert csv_cell(None) == ""
    assert csv_cell(42) == "42"


def test_the_handoff_csv_is_guarded_against_formula_injection_and_audited(world: World) -> None:
    with world.database.sessions.begin() as session:
        candidate = session.get(Candidate, world.daniel)
        assert candidate is not None
        candidate.first_name, candidate.last_name = '=HYPERLINK("http://evil","x")', "@x"
        placement = session.scalars(select(Placement)).first()
        assert placement is not None
        placement.company, placement.role = "+cmd|' /C calc'!A0", "-2+3"
    sam = signed_in(world, "sam@agency.example")
    response = sam.get("/console/handoffs.csv?status=all")
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="handoffs-')
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [int(r["handoff_id"]) for r in rows] == [world.crisis, world.requested, world.resolved]
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    first = rows[0]
    assert first["candidate"] == '\'=HYPERLINK("http://evil","x") @x'
    assert first["company"] == "'+cmd|' /C calc'!A0"
    assert first["role"] == "'-2+3"
    assert first["urgency"] == "crisis" and first["themes"] == "self_criticism no_early_wins"
    assert audit_log(world) == [("sam@agency.example", "export_handoffs", "handoffs:all")]


def test_a_conversation_that_is_not_in_the_tracker_store_yet_shows_no_lines(world: World) -> None:
    engine = create_db_engine(world.settings.tracker_store_url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE events"))
    engine.dispose()
    sam = signed_in(world, "sam@agency.example")
    page = sam.get("/console/conversations/conv-daniel-2")
    assert page.status_code == 200
    assert "No messages yet." in page.get_data(as_text=True)
