"""Check-ins on schedule: days 7, 30, 60 and 90 after the start date (CHECKIN_DAYS),
in the candidate's time zone and inside working hours; an emailed invitation with a
signed link, one reminder when unanswered, nothing once the placement has ended.

Safe to run every few minutes: each invitation and reminder is claimed in the database
before it is sent, so a second run (or a second process) sends nothing twice.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, sessionmaker

from rasa_project.models import CheckIn, ConsentRecord, Placement
from rasa_project.services.alerts import AlertMessage, Sender, SmtpSender
from rasa_project.services.checkins import CheckInService
from rasa_project.settings import Settings

logger = logging.getLogger(__name__)

SEND_AFTER_START_MINUTES = 60  # invitations go out an hour into the working day


def stage_name(day: int) -> str:
    return "week_1" if day <= 7 else f"day_{day}"


def due_time(start: date, day: int, candidate_timezone: str, settings: Settings) -> datetime:
    """When the invitation for `day` after `start` goes out, in UTC: that date or the
    next working day, an hour after the working day starts, in the candidate's zone."""
    tz = ZoneInfo(candidate_timezone)
    when = start + timedelta(days=day)
    while when.weekday() not in settings.working_days:
        when += timedelta(days=1)
    minutes = min(
        settings.working_hours[0] + SEND_AFTER_START_MINUTES, settings.working_hours[1] - 1
    )
    local = datetime.combine(when, time(minutes // 60, minutes % 60), tzinfo=tz)
    return local.astimezone(timezone.utc)


@dataclass(frozen=True)
class SendReport:
    invitations: int
    reminders: int
    not_sent: int  # failed (retried at the next run) or sent by a concurrent run


class ScheduleService:
    def __init__(
        self, sessions: sessionmaker, settings: Settings, send: Sender | None = None
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.send = send or SmtpSender(settings)
        self.checkins = CheckInService(sessions, settings)

    def plan(self) -> int:
        """Adds the scheduled check-ins that are missing; returns how many."""
        added = 0
        with self.sessions.begin() as session:
            placements = session.scalars(
                select(Placement)
                .where(Placement.ended_on.is_(None))
                .options(joinedload(Placement.candidate), joinedload(Placement.checkins))
            ).unique()
            for placement in placements:
                have = {c.stage for c in placement.checkins}
                for day in self.settings.checkin_days:
                    stage = stage_name(day)
                    if stage in have:
                        continue
                    due = due_time(
                        placement.start_date, day, placement.candidate.timezone, self.settings
                    )
                    session.add(
                        CheckIn(
                            placement_id=placement.id,
                            conversation_id=uuid.uuid4().hex,
                            status="scheduled",
                            stage=stage,
                            due_at=due,
                        )
                    )
                    added += 1
        return added

    def send_now(self, placement_id: int, now: datetime | None = None) -> bool:
        """A check-in outside the schedule, sent at once (the recruiter's button)."""
        now = now or datetime.now(timezone.utc)
        with self.sessions.begin() as session:
            placement = session.get(Placement, placement_id)
            if placement is None or placement.ended_on is not None:
                raise LookupError(f"There is no current placement with id {placement_id}.")
            checkin = CheckIn(
                placement_id=placement_id,
                conversation_id=uuid.uuid4().hex,
                status="scheduled",
                due_at=now,
            )
            session.add(checkin)
            session.flush()
            checkin_id = int(checkin.id)
        return self._deliver(checkin_id, "invited_at", now)

    def end_placement(self, placement_id: int, on: date) -> None:
        """The recruiter marks the placement ended: its schedule stops."""
        with self.sessions.begin() as session:
            placement = session.get(Placement, placement_id)
            if placement is None:
                raise LookupError(f"There is no placement with id {placement_id}.")
            placement.ended_on = on
            session.execute(
                update(CheckIn)
                .where(CheckIn.placement_id == placement_id, CheckIn.status == "scheduled")
                .values(status="cancelled")
            )

    def _claim(self, checkin_id: int, column: str, now: datetime) -> bool:
        with self.sessions.begin() as session:
            claimed = session.execute(
                update(CheckIn)
                .where(CheckIn.id == checkin_id, getattr(CheckIn, column).is_(None))
                .values({column: now})
                .execution_options(synchronize_session=False)
            )
            return bool(claimed.rowcount == 1)

    def _message(self, checkin_id: int, reminder: bool) -> AlertMessage:
        with self.sessions() as session:
            checkin = session.get(CheckIn, checkin_id)
            assert checkin is not None
            placement = checkin.placement
            candidate = placement.candidate
            recruiter = placement.recruiter.name.split()[0]
            link = self.checkins.link_for(checkin)
            hours = self.settings.checkin_token_ttl_hours
        subject = (
            f"A reminder: your check-in about {placement.company}"
            if reminder
            else f"How is it going at {placement.company}, {candidate.first_name}?"
        )
        body = (
            f"Hi {candidate.first_name},\n\n"
            + (
                "A few days ago we sent you a link for a short check-in. "
                if reminder
                else f"It's {recruiter} from the agency. "
            )
            + "When you have ten minutes, this private check-in asks how the new role is "
            "going, in your own words:\n\n"
            f"{link}\n\n"
            f"The link works for {hours} hours. You can stop at any time, and {recruiter} "
            f"is there if you would rather talk to a person.\n"
        )
        return AlertMessage(candidate.email, subject, body)

    def _deliver(self, checkin_id: int, column: str, now: datetime) -> bool:
        if not self._claim(checkin_id, column, now):
            return False  # another run got there first
        try:
            self.send(self._message(checkin_id, reminder=column == "reminded_at"))
        except Exception as error:  # noqa: BLE001 - retried at the next run
            logger.warning("invitation %s failed: %s", checkin_id, type(error).__name__)
            with self.sessions.begin() as session:
                checkin = session.get(CheckIn, checkin_id)
                assert checkin is not None
                setattr(checkin, column, None)
                checkin.invitation_error = f"{type(error).__name__}: {error}"[:300]
            return False
        with self.sessions.begin() as session:
            checkin = session.get(CheckIn, checkin_id)
            assert checkin is not None
            checkin.invitation_error = None
            if checkin.status == "scheduled":
                checkin.status = "open"
        return True

    def send_due(self, now: datetime | None = None) -> SendReport:
        now = now or datetime.now(timezone.utc)
        self.plan()
        reminder_before = now - timedelta(hours=self.settings.reminder_after_hours)
        with self.sessions() as session:
            active = select(CheckIn.id).join(Placement).where(Placement.ended_on.is_(None))
            due = session.scalars(
                active.where(
                    CheckIn.status == "scheduled",
                    CheckIn.invited_at.is_(None),
                    CheckIn.due_at <= now,
                )
            ).all()
            unanswered = session.scalars(
                active.where(
                    CheckIn.status == "open",
                    CheckIn.stage.is_not(None),
                    CheckIn.invited_at <= reminder_before,
                    CheckIn.answered_at.is_(None),
                    CheckIn.reminded_at.is_(None),
                )
            ).all()
        invitations = sum(self._deliver(i, "invited_at", now) for i in due)
        reminders = sum(self._deliver(i, "reminded_at", now) for i in unanswered)
        not_sent = len(due) + len(unanswered) - invitations - reminders
        return SendReport(invitations, reminders, not_sent)


@dataclass(frozen=True)
class ScheduledRow:
    placement_id: int
    stage: str | None
    status: str
    due_at: datetime | None
    invited_at: datetime | None
    reminded_at: datetime | None
    opened_at: datetime | None  # the candidate opened the link and accepted the notice
    answered_at: datetime | None
    error: str | None


def schedule_rows(sessions: sessionmaker, placement_ids: list[int]) -> list[ScheduledRow]:
    """What was planned, sent, reminded, opened and answered, per placement, in due order."""
    with sessions() as session:
        rows = session.scalars(
            select(CheckIn)
            .where(CheckIn.placement_id.in_(placement_ids))
            .order_by(CheckIn.placement_id, CheckIn.due_at.is_(None), CheckIn.due_at, CheckIn.id)
        ).all()
        opened = {
            checkin_id: first
            for checkin_id, first in session.execute(
                select(ConsentRecord.checkin_id, func.min(ConsentRecord.created_at))
                .where(
                    ConsentRecord.checkin_id.in_([c.id for c in rows]),
                    ConsentRecord.kind == "privacy_notice",
                )
                .group_by(ConsentRecord.checkin_id)
            )
        }
        return [
            ScheduledRow(
                c.placement_id,
                c.stage,
                c.status,
                c.due_at,
                c.invited_at,
                c.reminded_at,
                opened.get(c.id),
                c.answered_at,
                c.invitation_error,
            )
            for c in rows
        ]


def response_rates(sessions: sessionmaker, recruiter_id: int | None) -> list[tuple[str, int, int]]:
    """Per stage: (stage, answered, invited), for one recruiter's placements or all."""
    with sessions() as session:
        statement = (
            select(CheckIn.stage, CheckIn.answered_at)
            .join(Placement)
            .where(CheckIn.stage.is_not(None), CheckIn.invited_at.is_not(None))
        )
        if recruiter_id is not None:
            statement = statement.where(Placement.recruiter_id == recruiter_id)
        counts: dict[str, list[int]] = {}
        for stage, answered in session.execute(statement):
            answered_invited = counts.setdefault(stage, [0, 0])
            answered_invited[0] += answered is not None
            answered_invited[1] += 1
    order = {stage_name(d): i for i, d in enumerate((7, 30, 60, 90))}
    return sorted(
        ((stage, a, n) for stage, (a, n) in counts.items()), key=lambda r: order.get(r[0], 99)
    )
