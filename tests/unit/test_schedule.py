"""Check-in scheduling: time zones, daylight saving, weekends, and sending once."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select

from rasa_project.db import Database
from rasa_project.models import CheckIn
from rasa_project.services.schedule import ScheduleService, due_time, stage_name
from rasa_project.settings import Settings
from rasa_project.tokens import verify_checkin_token
from tests.smtp import Inbox

ZONES = [
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Pacific/Auckland",
    "UTC",
]


@pytest.fixture(scope="module")
def plain_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings.from_env({"VAR_DIR": str(tmp_path_factory.mktemp("s"))})


@hsettings(max_examples=300, deadline=None)
@given(
    start=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    day=st.sampled_from([7, 30, 60, 90]),
    zone=st.sampled_from(ZONES),
)
def test_invitations_fall_on_a_working_day_inside_working_hours(
    plain_settings: Settings, start: date, day: int, zone: str
) -> None:
    due = due_time(start, day, zone, plain_settings)
    local = due.astimezone(ZoneInfo(zone))
    first, last = plain_settings.working_hours
    assert local.weekday() in plain_settings.working_days
    assert first <= local.hour * 60 + local.minute < last
    assert start + timedelta(days=day) <= local.date() <= start + timedelta(days=day + 2)


def test_daylight_saving_keeps_the_local_hour(plain_settings: Settings) -> None:
    # 7 days after 2026-03-23 is Monday 2026-03-30, after the UK's clocks went forward
    assert due_time(date(2026, 3, 23), 7, "Europe/London", plain_settings) == datetime(
        2026, 3, 30, 9, 0, tzinfo=timezone.utc
    )
    assert due_time(date(2026, 1, 5), 7, "Europe/London", plain_settings) == datetime(
        2026, 1, 12, 10, 0, tzinfo=timezone.utc
    )


def test_a_weekend_moves_to_monday(plain_settings: Settings) -> None:
    due = due_time(date(2026, 11, 14), 7, "UTC", plain_settings)  # the 21st is a Saturday
    assert due.date() == date(2026, 11, 23)


def test_stage_names() -> None:
    assert [stage_name(d) for d in (7, 30, 60, 90)] == ["week_1", "day_30", "day_60", "day_90"]


def test_send_due_emails_each_due_candidate_once_with_a_working_link(
    database: Database, settings: Settings, placement_id: int, inbox: Inbox
) -> None:
    schedule = ScheduleService(database.sessions, settings)
    assert schedule.plan() == 4
    assert schedule.plan() == 0  # planning again adds nothing
    now = datetime.now(timezone.utc)
    report = schedule.send_due(now)  # started 58 days ago: week 1 and day 30 are due
    assert (report.invitations, report.reminders) == (2, 0)
    assert schedule.send_due(now).invitations == 0  # running twice sends nothing twice
    assert len(inbox.messages) == 2
    message = inbox.messages[0]
    assert message["To"] == "daniel@candidate.example"
    body = message.get_payload(decode=True).decode()
    link = next(line for line in body.splitlines() if "/chat#token=" in line)
    claims = verify_checkin_token(settings.checkin_token_secret, link.split("#token=")[1].strip())
    with database.sessions() as session:
        checkin = session.scalars(
            select(CheckIn).where(CheckIn.conversation_id == claims.conversation_id)
        ).one()
        assert (checkin.stage, checkin.status) == ("week_1", "open")


def test_one_reminder_when_unanswered_and_none_once_answered(
    database: Database, settings: Settings, placement_id: int, inbox: Inbox
) -> None:
    schedule = ScheduleService(database.sessions, settings)
    now = datetime.now(timezone.utc)
    schedule.send_due(now)
    with database.sessions() as session:
        answered = session.scalars(select(CheckIn).where(CheckIn.stage == "day_30")).one()
    schedule.checkins.mark_answered(answered.conversation_id)
    later = now + timedelta(hours=settings.reminder_after_hours + 1)
    assert schedule.send_due(later).reminders == 1  # week 1 only: day 30 was answered
    assert schedule.send_due(later + timedelta(hours=1)).reminders == 0  # one reminder only
    assert sum(m["Subject"].startswith("A reminder") for m in inbox.messages) == 1


def test_an_ended_placement_gets_nothing(
    database: Database, settings: Settings, placement_id: int, inbox: Inbox
) -> None:
    schedule = ScheduleService(database.sessions, settings)
    schedule.plan()
    schedule.end_placement(placement_id, date.today())
    assert schedule.send_due().invitations == 0
    assert inbox.messages == []


def test_smtp_down_keeps_the_invitation_for_the_next_run(
    database: Database, settings: Settings, placement_id: int, inbox: Inbox
) -> None:
    schedule = ScheduleService(database.sessions, settings)
    inbox.refuse = True
    assert schedule.send_due().invitations == 0
    inbox.refuse = False
    assert schedule.send_due().invitations == 2
