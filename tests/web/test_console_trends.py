"""Trends across a recruiter's candidates (theme counts by week, by company with small
cohorts hidden, by week in the role) and the candidate page."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from rasa_project.db import Database
from rasa_project.models import Candidate, CheckIn, Placement, ThemeObservation
from rasa_project.services.console import ConsoleService, Viewer
from rasa_project.settings import Settings
from tests.web.test_console_support import World, signed_in, world

__all__ = ["world"]

TODAY = date(2026, 3, 18)  # a Wednesday


def observe(
    database: Database,
    recruiter_id: int,
    company: str,
    started: date,
    heard: list[tuple[date, str]],
    name: str,
) -> None:
    with database.sessions.begin() as session:
        candidate = Candidate(first_name=name, last_name="X", email=f"{name}@c.example")
        placement = Placement(
            candidate=candidate,
            recruiter_id=recruiter_id,
            company=company,
            role="Role",
            start_date=started,
        )
        checkin = CheckIn(placement=placement, conversation_id=f"conv-{name}")
        session.add(checkin)
        session.flush()
        for turn, (day, theme) in enumerate(heard, start=1):
            session.add(
                ThemeObservation(
                    checkin_id=checkin.id,
                    conversation_id=checkin.conversation_id,
                    turn=turn,
                    theme=theme,
                    confidence=0.8,
                    evidence="words",
                    created_at=datetime.combine(day, time(12), tzinfo=timezone.utc),
                )
            )


def test_trends_count_themes_by_week_company_and_week_in_role(
    world: World, database: Database, settings: Settings
) -> None:
    start = TODAY - timedelta(days=30)
    for i in range(5):  # five candidates at BigCo: shown
        observe(database, world.sam, "BigCo", start, [(TODAY, "workload")], f"big{i}")
    observe(  # two at SmallCo: hidden at company level, still counted elsewhere
        database,
        world.sam,
        "SmallCo",
        TODAY - timedelta(days=3),
        [(TODAY - timedelta(days=7), "skills_gap"), (TODAY, "skills_gap")],
        "small0",
    )
    observe(database, world.sam, "SmallCo", TODAY, [(TODAY, "workload")], "small1")
    observe(database, world.pat, "BigCo", start, [(TODAY, "job_security")], "pats")
    observe(
        database, world.sam, "OldCo", start, [(TODAY - timedelta(weeks=20), "long_cycle")], "old"
    )

    service = ConsoleService(database.sessions, settings.tracker_store_url)
    sam = Viewer(world.sam, "Sam Carter", "sam@agency.example", False)
    trends = service.trends(sam, weeks=4, today=TODAY)

    assert trends.weeks == ["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"]
    # Daniel's two themes in the world fixture were logged today (not in March 2026)
    assert trends.by_week == {"workload": [0, 0, 0, 6], "skills_gap": [0, 0, 1, 1]}
    assert trends.total == 8
    assert trends.companies == ["BigCo"]
    assert trends.by_company == {"workload": [5]}
    assert trends.company_cohorts == {"BigCo": 5}
    assert trends.hidden_companies == 1  # SmallCo (2 candidates)
    # week in role: BigCo day 30 → week 5; small0 -4 days → week 1, day 3 → week 1;
    # small1 day 0 → week 1
    assert trends.by_role_week["workload"][4] == 5
    assert trends.by_role_week["workload"][0] == 1
    assert trends.by_role_week["skills_gap"][0] == 2
    assert trends.role_weeks[:3] == ["1", "2", "3"] and len(trends.role_weeks) == 13

    admin = Viewer(world.admin, "Alex Admin", "admin@agency.example", True)
    everything = service.trends(admin, weeks=4, today=TODAY)
    assert everything.by_company == {"workload": [5], "job_security": [1]}
    assert everything.company_cohorts == {"BigCo": 6}
    only_pat = service.trends(admin, weeks=4, today=TODAY, recruiter_id=world.pat)
    assert only_pat.by_week == {"job_security": [0, 0, 0, 1]}
    assert only_pat.companies == []  # one candidate at BigCo for Pat: too few


def test_the_trends_page_draws_with_the_local_chart_library(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    html = sam.get("/console/trends?weeks=4").get_data(as_text=True)
    assert '<script src="/static/vendor/chart.umd.min.js" defer></script>' in html
    assert "https://" not in html and "http://" not in html
    data = json.loads(
        re.search(
            r'<script type="application/json" id="trends-data">(.*?)</script>', html, re.S
        ).group(1)  # type: ignore[union-attr]
    )
    assert sorted(data["by_week"]["series"], key=lambda s: s["theme"]) == [
        {"theme": "no_early_wins", "counts": [0, 0, 0, 1]},
        {"theme": "self_criticism", "counts": [0, 0, 0, 1]},
    ]
    assert data["by_company"]["labels"] == []  # Acme has one candidate
    assert "Companies with fewer than 5 candidates are not shown (1 hidden)." in html
    for chart in ("chart-by-week", "chart-by-company", "chart-by-role-week"):
        assert f'id="{chart}-title"' in html
    assert signed_in(world, "sam@agency.example").get("/console/trends?weeks=7").status_code == 200


def test_the_candidate_page_shows_placements_checkins_and_shared_summaries(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    assert "Account Executive" in html and "Acme" in html
    assert html.count('<tr class="summary-row">') == 1
    assert "You named the long sales cycle and chose to ask a colleague." in html
    assert "PRIVATE SUMMARY" not in html
    assert "Declined to share the summary" in html
    assert 'href="/console/conversations/conv-daniel-2"' in html
    assert 'href="/console/conversations/conv-daniel-3"' not in html  # private
    assert f'href="/console/handoffs/{world.crisis}"' in html
    themes = html[html.index('id="themes-title"') :]
    assert "No early wins" in themes and "Self criticism" in themes  # from the handoff


def test_the_candidates_list_counts_checkins_and_open_handoffs(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    html = sam.get("/console/candidates/").get_data(as_text=True)
    row = html[html.index("Daniel Okafor") :]
    row = row[: row.index("</tr>")]
    cells = re.findall(r"<td>(.*?)</td>", row, re.S)
    assert cells[1] == "58"  # day in role
    assert cells[2] == "5"  # check-ins
    assert ">2<" in row  # open handoffs: the crisis and the requested one


def test_the_candidate_page_names_the_next_scheduled_checkin(world: World) -> None:
    sam = signed_in(world, "sam@agency.example")
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    assert 'Next scheduled check-in: <span class="muted">none scheduled</span>' in html
    if not hasattr(CheckIn, "due_at"):
        pytest.skip("check-ins have no schedule in this checkout")
    due = datetime.now(timezone.utc) + timedelta(days=3)
    with world.database.sessions.begin() as session:
        placement = session.scalars(
            select(Placement).where(Placement.candidate_id == world.daniel)
        ).one()
        for stage, days in (("day_60", 3), ("day_90", 33)):
            session.add(
                CheckIn(
                    placement_id=placement.id,
                    conversation_id=f"planned-{stage}",
                    status="scheduled",
                    stage=stage,
                    due_at=due + timedelta(days=days - 3),
                )
            )
    html = sam.get(f"/console/candidates/{world.daniel}").get_data(as_text=True)
    local = due.astimezone(ZoneInfo(world.settings.recruiter_timezone))
    assert f"Next scheduled check-in: <strong>{local.strftime('%d %b %Y %H:%M')}" in html
    assert "planned-day_60" not in html  # not listed as a check-in that happened
    listed = sam.get("/console/candidates/").get_data(as_text=True)
    row = listed[listed.index("Daniel Okafor") :]
    assert re.findall(r"<td>(.*?)</td>", row[: row.index("</tr>")], re.S)[2] == "5"
