"""The handoff queue and what a recruiter does with a handoff: claim, notes, reply,
hand back, resolve with an outcome, correct a theme."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select

from rasa_project.models import Handoff, HandoffNote, ThemeCorrection
from tests.web.test_console_support import World, csrf_token, post, signed_in, world

__all__ = ["world"]


def crisis_day(world: World) -> int:
    """The day in the role when the crisis handoff opened, in the candidate's time zone
    (UTC): 58, or 57 just after midnight, when it opened 5 minutes ago."""
    with world.database.sessions() as session:
        created = session.get(Handoff, world.crisis).created_at
    return (created.date() - (date.today() - timedelta(days=58))).days


def test_the_queue_puts_the_most_urgent_first_then_the_longest_waiting(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    body = sam.get("/api/handoffs").get_json()
    assert [h["id"] for h in body["handoffs"]] == [world.crisis, world.requested]
    assert body["total"] == 2
    crisis, requested = body["handoffs"]
    assert crisis["urgency_name"] == "crisis" and crisis["reason_label"] == "Crisis risk"
    assert crisis["themes"] == ["self_criticism", "no_early_wins"]
    assert crisis["placement"] == {
        "company": "Acme",
        "role": "Account Executive",
        "day_in_role": crisis_day(world),
    }
    assert 290 <= crisis["waiting_seconds"] <= 400
    assert crisis["alert"]["state"] == "sent"
    assert requested["alert"] == {
        "state": "retrying",
        "text": "Email retrying (2 failed)",
        "error": "SMTPConnectError: refused",
    }

    page = sam.get("/console/").get_data(as_text=True)
    assert page.index("Crisis risk") < page.index("Asked for a person")
    assert f"day {crisis_day(world)}" in page and "Self criticism" in page
    assert 'data-poll-url="/api/handoffs?' in page
    assert "Email retrying (2 failed)" in page


def test_the_queue_filters_by_status_and_urgency(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")

    def ids(query: str) -> list[int]:
        return [h["id"] for h in sam.get(f"/api/handoffs?{query}").get_json()["handoffs"]]

    assert ids("status=resolved") == [world.resolved]
    assert ids("status=open&urgency=0") == [world.crisis]
    assert ids("urgency=crisis") == [world.crisis]
    assert ids("urgency=2") == [world.requested]
    assert ids("status=all") == [world.crisis, world.requested, world.resolved]  # newest first
    assert ids("status=nonsense&urgency=nonsense") == [world.crisis, world.requested]
    assert ids("limit=1") == [world.crisis]
    assert ids("limit=1&offset=1") == [world.requested]
    page = sam.get("/console/?status=resolved").get_data(as_text=True)
    assert "Resolved" in page and f'data-id="{world.resolved}"' in page


def test_claim_note_and_resolve(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    path = f"/console/handoffs/{world.crisis}"
    assert post(sam, f"{path}/claim").headers["Location"] == path
    assert sam.get(f"/api/handoffs/{world.crisis}").get_json()["status_text"] == (
        "Claimed by Sam Carter"
    )
    post(sam, f"{path}/notes", {"text": "Called Daniel, he is safe with his sister."})
    post(sam, f"{path}/notes", {"text": "   "})  # empty: refused
    refused = post(sam, f"{path}/resolve", {"outcome": "made-up"})
    assert refused.status_code == 302
    assert "Choose an outcome." in sam.get(path).get_data(as_text=True)

    post(sam, f"{path}/resolve", {"outcome": "referred_to_support", "text": "EAP booked"})
    detail = sam.get(f"/api/handoffs/{world.crisis}").get_json()
    assert detail["status"] == "resolved"
    assert detail["outcome"] == "referred_to_support"
    assert detail["status_text"] == "Resolved: Referred to professional support"
    assert [(n["kind"], n["text"], n["by"]) for n in detail["notes"]] == [
        ("claimed", "", "Sam Carter"),
        ("note", "Called Daniel, he is safe with his sister.", "Sam Carter"),
        ("resolved", "EAP booked", "Sam Carter"),
    ]
    with world.database.sessions() as session:
        handoff = session.get(Handoff, world.crisis)
        assert handoff is not None
        assert handoff.claimed_at is not None and handoff.resolved_at is not None

    page = sam.get(path).get_data(as_text=True)
    assert "Called Daniel, he is safe with his sister." in page
    assert 'action="/console/handoffs/1/reply"' not in page  # no reply box once resolved
    post(sam, f"{path}/claim")
    assert "already resolved" in sam.get(path).get_data(as_text=True)
    assert [h["id"] for h in sam.get("/api/handoffs").get_json()["handoffs"]] == [world.requested]


def test_another_recruiter_can_take_over_a_claim_and_the_queue_shows_who(world: World) -> None:
    admin = signed_in(world, "admin@agency.example")
    post(admin, f"/console/handoffs/{world.requested}/claim")
    sam = signed_in(world, "sam@agency.example")
    page = sam.get(f"/console/handoffs/{world.requested}").get_data(as_text=True)
    assert "Claimed by Alex Admin" in page and "Take over" in page
    post(sam, f"/console/handoffs/{world.requested}/claim")
    rows = sam.get("/api/handoffs").get_json()["handoffs"]
    assert rows[1]["claimed_by"] == "Sam Carter"


def test_a_reply_goes_to_the_candidate_through_rasa_and_claims_the_handoff(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    path = f"/console/handoffs/{world.crisis}"
    response = post(sam, f"{path}/reply", {"text": "  Daniel, it's Sam. Can I call you now?  "})
    assert response.headers["Location"] == f"{path}#reply"
    assert world.rasa.calls == [
        ("reply", "conv-daniel-1", "Sam: Daniel, it's Sam. Can I call you now?")
    ]
    assert "Sent to Daniel." in sam.get(path).get_data(as_text=True)
    detail = sam.get(f"/api/handoffs/{world.crisis}").get_json()
    assert detail["status"] == "claimed"
    assert [n["kind"] for n in detail["notes"]] == ["claimed", "replied"]


def test_an_empty_or_too_long_reply_is_not_sent(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    path = f"/console/handoffs/{world.crisis}"
    post(sam, f"{path}/reply", {"text": "   "})
    assert "Write a reply first." in sam.get(path).get_data(as_text=True)
    post(sam, f"{path}/reply", {"text": "x" * (world.settings.max_message_chars + 1)})
    assert "at most 2000 characters" in sam.get(path).get_data(as_text=True)
    assert world.rasa.calls == []


def test_when_rasa_is_down_the_recruiter_is_told_and_nothing_is_recorded(world: World) -> None:
    world.rasa.down = True
    sam = signed_in(world, "sam@agency.example")
    path = f"/console/handoffs/{world.crisis}"
    post(sam, f"{path}/reply", {"text": "are you there?"})
    assert "Your reply was not sent: Rasa did not answer" in sam.get(path).get_data(as_text=True)
    post(sam, f"{path}/hand-back")
    assert "was not handed back" in sam.get(path).get_data(as_text=True)
    assert sam.get(f"/api/handoffs/{world.crisis}").get_json()["notes"] == []


def test_hand_back_resumes_the_assistant(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    path = f"/console/handoffs/{world.requested}"
    post(sam, f"{path}/hand-back")
    assert world.rasa.calls == [("hand_back", "conv-daniel-4", "Sam")]
    assert "The assistant has the conversation again." in sam.get(path).get_data(as_text=True)
    notes = sam.get(f"/api/handoffs/{world.requested}").get_json()["notes"]
    assert [n["kind"] for n in notes] == ["handed_back"]


def test_a_theme_correction_stores_the_candidates_real_words(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    response = sam.post(
        "/console/conversations/conv-daniel-1/themes",
        data={
            "turn": "2",
            "themes": ["self_criticism", "fear_of_failure"],
            "handoff_id": str(world.crisis),
            "text": "words a browser made up",  # ignored: the text comes from the store
            "csrf_token": csrf_token(sam, "/console/"),
        },
    )
    assert response.headers["Location"] == f"/console/handoffs/{world.crisis}#turn-2"
    with world.database.sessions() as session:
        correction = session.scalars(select(ThemeCorrection)).one()
    assert correction.text == "I haven't closed a single deal and I'm not good enough"
    assert json.loads(correction.themes) == ["fear_of_failure", "self_criticism"]
    assert correction.recruiter_id == world.sam
    page = sam.get(f"/console/handoffs/{world.crisis}").get_data(as_text=True)
    assert "Corrected by a recruiter: Fear of failure, Self criticism" in page
    themes = sam.get("/api/conversations/conv-daniel-1/themes").get_json()
    assert themes["corrections"] == [{"turn": 2, "themes": ["fear_of_failure", "self_criticism"]}]


def test_a_correction_with_an_unknown_theme_or_turn_is_refused(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    post(sam, "/console/conversations/conv-daniel-1/themes", {"turn": "2", "themes": "bogus"})
    assert "unknown themes: bogus" in sam.get("/console/conversations/conv-daniel-1").get_data(
        as_text=True
    )
    post(sam, "/console/conversations/conv-daniel-1/themes", {"turn": "99", "themes": "workload"})
    with world.database.sessions() as session:
        assert session.scalars(select(ThemeCorrection)).all() == []
    # a private check-in's words cannot be pulled out through a correction either
    response = post(sam, "/console/conversations/conv-daniel-3/themes", {"turn": "1"})
    assert response.status_code == 404


def test_the_timeline_shows_alerts_and_notes_in_order(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    post(sam, f"/console/handoffs/{world.requested}/notes", {"text": "left a voicemail"})
    page = sam.get(f"/console/handoffs/{world.requested}").get_data(as_text=True)
    timeline = page[page.index('id="timeline"') :]
    assert timeline.index("Handoff opened") < timeline.index("Alert by email: pending after 2")
    assert timeline.index("SMTPConnectError") < timeline.index("left a voicemail")
    with world.database.sessions() as session:
        assert session.scalars(select(HandoffNote.kind)).all() == ["note"]
