"""A recruiter reaches only their own candidates' handoffs, conversations and pages; an
admin reaches all. Someone else's record is a 404 (it might as well not exist), on
every route, read or write."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from rasa_project.models import AuditEntry, HandoffNote, ThemeCorrection
from tests.web.test_console_support import World, post, signed_in, world

__all__ = ["world"]


def others_records(world: World) -> list[str]:
    """Pat's candidate, handoff and conversation, seen from Sam's session."""
    return [
        f"/console/handoffs/{world.pats_handoff}",
        f"/console/candidates/{world.olu}",
        "/console/conversations/conv-olu-1",
        "/console/conversations/conv-olu-1/transcript.txt",
        f"/api/handoffs/{world.pats_handoff}",
        "/api/conversations/conv-olu-1/transcript",
        "/api/conversations/conv-olu-1/themes",
    ]


def test_a_recruiter_cannot_open_another_recruiters_records_by_id(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    for path in others_records(world):
        response = sam.get(path)
        assert response.status_code == 404, path
        assert "Olu" not in response.get_data(as_text=True), path
    with world.database.sessions() as session:
        assert (
            session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action != "sign_in"))
            == 0
        )  # nothing was viewed


def test_the_owner_and_an_admin_can_open_them(world: World) -> None:
    for email in ("pat@agency.example", "admin@agency.example"):
        client = signed_in(world, email)
        for path in others_records(world):
            assert client.get(path).status_code == 200, (email, path)


def test_unknown_ids_are_404_like_forbidden_ones(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    for path in (
        "/console/handoffs/9999",
        "/console/candidates/9999",
        "/console/conversations/no-such-conversation",
        "/api/handoffs/9999",
        "/api/conversations/no-such-conversation/transcript",
        "/console/conversations/%3Cscript%3E/transcript.txt",
    ):
        assert sam.get(path).status_code == 404, path
    assert sam.get("/api/handoffs/9999").get_json() == {"error": "not_found"}


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("claim", {}),
        ("notes", {"text": "a note"}),
        ("resolve", {"outcome": "no_action_needed"}),
        ("reply", {"text": "hello"}),
        ("hand-back", {}),
    ],
)
def test_a_recruiter_cannot_act_on_another_recruiters_handoff(
    world: World, path: str, data: dict[str, str]
) -> None:
    sam = signed_in(world, "sam@agency.example")
    response = post(sam, f"/console/handoffs/{world.pats_handoff}/{path}", data)
    assert response.status_code == 404
    assert world.rasa.calls == []
    with world.database.sessions() as session:
        assert session.scalar(select(func.count(HandoffNote.id))) == 0
    pat = signed_in(world, "pat@agency.example")
    assert pat.get(f"/api/handoffs/{world.pats_handoff}").get_json()["status"] == "open"


def test_a_recruiter_cannot_correct_themes_in_another_recruiters_conversation(
    world: World,
) -> None:
    sam = signed_in(world, "sam@agency.example")
    response = post(
        sam, "/console/conversations/conv-olu-1/themes", {"turn": "1", "themes": "workload"}
    )
    assert response.status_code == 404
    with world.database.sessions() as session:
        assert session.scalar(select(func.count(ThemeCorrection.id))) == 0


def test_the_queue_api_and_csv_hold_only_the_recruiters_own_handoffs(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    ids = {h["id"] for h in sam.get("/api/handoffs?status=all").get_json()["handoffs"]}
    assert ids == {world.crisis, world.requested, world.resolved}
    assert "Olu" not in sam.get("/console/?status=all").get_data(as_text=True)
    assert "Olu" not in sam.get("/console/handoffs.csv?status=all").get_data(as_text=True)
    # a recruiter's own filter cannot be widened to someone else
    ids = {h["id"] for h in sam.get(f"/api/handoffs?recruiter={world.pat}").get_json()["handoffs"]}
    assert world.pats_handoff not in ids

    admin = signed_in(world, "admin@agency.example")
    every = {h["id"] for h in admin.get("/api/handoffs?status=all").get_json()["handoffs"]}
    assert every == {world.crisis, world.requested, world.resolved, world.pats_handoff}
    only_pat = admin.get(f"/api/handoffs?status=all&recruiter={world.pat}").get_json()
    assert [h["id"] for h in only_pat["handoffs"]] == [world.pats_handoff]


def test_candidates_list_only_the_recruiters_own(world: World) -> None:
    sam = signed_in(world, "sam@agency.example").get("/console/candidates/")
    assert "Daniel Okafor" in sam.get_data(as_text=True)
    assert "Olu Ade" not in sam.get_data(as_text=True)
    admin = signed_in(world, "admin@agency.example").get("/console/candidates/")
    assert "Olu Ade" in admin.get_data(as_text=True)


def test_trends_count_only_the_recruiters_own_candidates(world: World) -> None:
    sam = signed_in(world, "sam@agency.example").get("/console/trends").get_data(as_text=True)
    assert "2 themes heard" in sam  # Daniel's two; Olu has none logged


def test_the_audit_log_is_for_admins_only(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    assert sam.get("/console/audit").status_code == 403
    assert "Audit log" not in sam.get("/console/").get_data(as_text=True)
    admin = signed_in(world, "admin@agency.example")
    page = admin.get("/console/audit")
    assert page.status_code == 200
    assert "sam@agency.example" in page.get_data(as_text=True)
