"""An admin exports or erases a candidate from the console; recruiters cannot."""

from __future__ import annotations

from sqlalchemy import select

from rasa_project.models import Candidate, Tombstone
from tests.web.test_console_support import World, post, signed_in, world

__all__ = ["world"]


def test_an_admin_exports_everything_about_a_candidate(world: World) -> None:
    admin = signed_in(world, "admin@agency.example")
    response = admin.get(f"/console/candidates/{world.daniel}/export.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    archive = response.get_json()
    assert archive["candidate"]["id"] == world.daniel
    assert archive["handoffs"] and archive["checkins"]
    audit = admin.get("/console/audit").get_data(as_text=True)
    assert "Exported a candidate" in audit


def test_recruiters_cannot_export_or_erase(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    assert sam.get(f"/console/candidates/{world.daniel}/export.json").status_code == 403
    assert (
        post(sam, f"/console/candidates/{world.daniel}/erase", {"confirm_email": "x"}).status_code
        == 403
    )


def test_erasure_needs_the_email_typed_and_leaves_a_tombstone(world: World) -> None:
    admin = signed_in(world, "admin@agency.example")
    with world.database.sessions() as session:
        email = session.get(Candidate, world.daniel).email
    wrong = post(admin, f"/console/candidates/{world.daniel}/erase", {"confirm_email": "nope"})
    assert wrong.status_code == 302
    with world.database.sessions() as session:
        assert session.get(Candidate, world.daniel) is not None
    done = post(admin, f"/console/candidates/{world.daniel}/erase", {"confirm_email": email})
    assert done.status_code == 302
    with world.database.sessions() as session:
        assert session.get(Candidate, world.daniel) is None
        assert session.scalars(select(Tombstone.candidate_id)).all() == [world.daniel]
    assert admin.get(f"/console/candidates/{world.daniel}").status_code == 404


def test_erasing_without_the_csrf_token_is_refused(world: World) -> None:
    admin = signed_in(world, "admin@agency.example")
    response = admin.post(f"/console/candidates/{world.daniel}/erase", data={"confirm_email": "x"})
    assert response.status_code == 400
