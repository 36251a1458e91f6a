"""Placements and their check-ins: listing, opening a check-in, its signed link, and
what the assistant needs to open the conversation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from rasa_project.models import Candidate, CheckIn, Placement, Recruiter
from rasa_project.settings import Settings
from rasa_project.tokens import issue_checkin_token


class UnknownPlacement(LookupError):
    pass


@dataclass(frozen=True)
class PlacementRow:
    id: int
    candidate_name: str
    company: str
    role: str
    start_date: date
    recruiter_email: str


@dataclass(frozen=True)
class OpeningContext:
    """What the assistant knows when a check-in conversation starts."""

    first_name: str
    company: str
    role: str
    days_in_role: int
    is_first_checkin: bool
    last_next_step: str | None
    stage: str | None = None


def days_in_role(start: date, candidate_timezone: str, now: datetime | None = None) -> int:
    """Whole days since the start date, counted in the candidate's own time zone."""
    today = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(candidate_timezone)).date()
    return max(0, (today - start).days)


class CheckInService:
    def __init__(self, sessions: sessionmaker, settings: Settings) -> None:
        self.sessions = sessions
        self.settings = settings

    def list_placements(self) -> list[PlacementRow]:
        with self.sessions() as session:
            placements = session.scalars(
                select(Placement)
                .options(joinedload(Placement.candidate), joinedload(Placement.recruiter))
                .order_by(Placement.id)
            ).all()
            return [
                PlacementRow(
                    id=p.id,
                    candidate_name=f"{p.candidate.first_name} {p.candidate.last_name}",
                    company=p.company,
                    role=p.role,
                    start_date=p.start_date,
                    recruiter_email=p.recruiter.email,
                )
                for p in placements
            ]

    def open_checkin(self, placement_id: int) -> CheckIn:
        """The placement's open check-in, or a new one; its conversation id is random."""
        with self.sessions.begin() as session:
            placement = session.get(Placement, placement_id)
            if placement is None:
                raise UnknownPlacement(f"There is no placement with id {placement_id}.")
            checkin = session.scalars(
                select(CheckIn)
                .where(CheckIn.placement_id == placement_id, CheckIn.status == "open")
                .order_by(CheckIn.id.desc())
            ).first()
            if checkin is None:
                checkin = CheckIn(placement_id=placement_id, conversation_id=uuid.uuid4().hex)
                session.add(checkin)
                session.flush()
            return checkin

    def checkin_link(self, placement_id: int, now: datetime | None = None) -> str:
        return self.link_for(self.open_checkin(placement_id), now)

    def link_for(self, checkin: CheckIn, now: datetime | None = None) -> str:
        with self.sessions() as session:
            recruiter_name = recruiter_first_name(session, checkin.conversation_id)
        token = issue_checkin_token(
            self.settings.checkin_token_secret,
            checkin.id,
            checkin.conversation_id,
            timedelta(hours=self.settings.checkin_token_ttl_hours),
            now=now,
            recruiter_name=recruiter_name[:60] if recruiter_name else None,  # the token's bound
        )
        return f"{self.settings.public_base_url}/chat#token={token}"

    def opening_context(self, conversation_id: str) -> OpeningContext | None:
        with self.sessions() as session:
            checkin = _checkin_by_conversation(session, conversation_id)
            if checkin is None:
                return None
            placement = checkin.placement
            candidate: Candidate = placement.candidate
            # earlier = the check-ins this candidate actually took part in before
            earlier = session.scalars(
                select(CheckIn)
                .where(
                    CheckIn.placement_id == placement.id,
                    CheckIn.id != checkin.id,
                    CheckIn.answered_at.is_not(None),
                )
                .order_by(CheckIn.answered_at.desc())
            ).all()
            if checkin.answered_at is not None:
                earlier = [c for c in earlier if c.answered_at < checkin.answered_at]
            return OpeningContext(
                first_name=candidate.first_name,
                company=placement.company,
                role=placement.role,
                days_in_role=days_in_role(placement.start_date, candidate.timezone),
                is_first_checkin=not earlier,
                last_next_step=next((c.next_step for c in earlier if c.next_step), None),
                stage=checkin.stage,
            )

    def mark_answered(self, conversation_id: str) -> None:
        """The candidate's first message of this check-in (stops the reminder)."""
        with self.sessions.begin() as session:
            checkin = _checkin_by_conversation(session, conversation_id)
            if checkin is not None and checkin.answered_at is None:
                checkin.answered_at = datetime.now(timezone.utc)
                if checkin.status == "scheduled":
                    checkin.status = "open"


def _checkin_by_conversation(session: Session, conversation_id: str) -> CheckIn | None:
    return session.scalars(
        select(CheckIn)
        .where(CheckIn.conversation_id == conversation_id)
        .options(joinedload(CheckIn.placement).joinedload(Placement.candidate))
    ).first()


def first_name_of(name: str | None) -> str | None:
    """ "Sam Rivera" → "Sam"."""
    parts = (name or "").split()
    return parts[0] if parts else None


def recruiter_first_name(session: Session, conversation_id: str) -> str | None:
    """The name the candidate of this check-in calls their recruiter by."""
    name = session.scalar(
        select(Recruiter.name)
        .join(Placement, Placement.recruiter_id == Recruiter.id)
        .join(CheckIn, CheckIn.placement_id == Placement.id)
        .where(CheckIn.conversation_id == conversation_id)
    )
    return first_name_of(name)
