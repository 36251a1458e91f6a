"""Check-ins from the console: the schedule on the candidate page, send now, the
response rate on the trends page, and the admins' CSV import."""

from __future__ import annotations

import io

from rasa_project.services.schedule import ScheduleService
from tests.web.test_console_support import World, post, signed_in, world

__all__ = ["world"]

CSV = (
    "first_name,last_name,email,phone,company,role,start_date,recruiter_email,timezone\n"
    "Léa,Martin,lea@candidate.example,,Acme,Sales Rep,2026-10-01,sam@agency.example,Europe/Paris\n"
)


def test_the_candidate_page_shows_the_schedule(world: World) -> None:
    ScheduleService(world.database.sessions, world.settings).plan()
    sam = signed_in(world, "sam@agency.example")
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    assert "week 1" in html and "day 90" in html
    assert "Send a check-in now" in html


def test_send_now_emails_an_invitation(world: World, inbox) -> None:  # type: ignore[no-untyped-def]
    sam = signed_in(world, "sam@agency.example")
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    placement = int(html.split("/console/placements/")[1].split("/send-checkin")[0])
    response = post(sam, f"/console/placements/{placement}/send-checkin")
    assert response.status_code == 302
    assert len(inbox.messages) == 1
    assert "sent by hand" in sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)


def test_a_recruiter_cannot_send_for_another_recruiters_placement(world: World, inbox) -> None:  # type: ignore[no-untyped-def]
    pat = signed_in(world, "pat@agency.example")
    sam = signed_in(world, "sam@agency.example")
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    placement = int(html.split("/console/placements/")[1].split("/send-checkin")[0])
    assert post(pat, f"/console/placements/{placement}/send-checkin").status_code == 404
    assert inbox.messages == []


def test_trends_show_the_response_rate_by_stage(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    assert "Answered check-ins by stage" in sam.get("/console/trends").get_data(as_text=True)


def test_admins_import_placements_from_a_csv(world: World) -> None:
    admin = signed_in(world, "admin@agency.example")
    form = admin.get("/console/placements/import").get_data(as_text=True)
    token = form.split('name="csrf_token" value="')[1].split('"')[0]
    response = admin.post(
        "/console/placements/import",
        data={"csrf_token": token, "file": (io.BytesIO(CSV.encode()), "export.csv")},
        content_type="multipart/form-data",
    )
    assert "1 new placement(s), 0 updated" in response.get_data(as_text=True)
    broken = CSV.replace("2026-10-01", "01/10/2026")
    response = admin.post(
        "/console/placements/import",
        data={"csrf_token": token, "file": (io.BytesIO(broken.encode()), "export.csv")},
        content_type="multipart/form-data",
    )
    assert "Nothing was imported" in response.get_data(as_text=True)
    assert "line 2: start_date" in response.get_data(as_text=True)


def test_recruiters_cannot_import(world: World) -> None:
    assert (
        signed_in(world, "sam@agency.example").get("/console/placements/import").status_code == 403
    )


def test_the_schedule_shows_when_the_candidate_opened_the_link(world: World) -> None:
    from sqlalchemy import select

    from rasa_project.models import CheckIn, Placement
    from rasa_project.services.privacy import PrivacyService

    ScheduleService(world.database.sessions, world.settings).plan()
    with world.database.sessions() as session:
        conversation = session.scalars(
            select(CheckIn.conversation_id)
            .join(Placement)
            .where(Placement.candidate_id == world.daniel, CheckIn.stage == "week_1")
        ).one()
    PrivacyService(world.database.sessions, None).record_consent(  # type: ignore[arg-type]
        conversation, "privacy_notice", True, "2026-11"
    )
    html = (
        signed_in(world, "sam@agency.example")
        .get(f"/console/candidates/{world.daniel}")
        .get_data(as_text=True)
    )
    week_1 = html.split("week 1")[1].split("</tr>")[0]
    assert week_1.count("–") < 5  # the opened column has a time now


def test_the_response_rate_table_is_on_the_trends_page_once(world: World) -> None:
    html = signed_in(world, "sam@agency.example").get("/console/trends").get_data(as_text=True)
    assert html.count('id="response-title"') == 1
