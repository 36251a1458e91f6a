"""What the recruiter console reads and changes: the handoff queue, a conversation's
transcript (read from Rasa's SQL tracker store) with its themes, candidates, trends,
exports, the audit log, console sessions and sign-in throttling.

Access is decided here, in the queries: a recruiter reaches only the handoffs,
candidates and conversations of their own placements; an admin reaches all. Whatever a
viewer may not reach is reported as absent (`None` or `NotFound`), so the web layer
answers 404 and nothing reveals that the record exists.

Consent: a check-in's transcript and summary are the candidate's. The recruiter sees
the summary only when the candidate agreed to share it, and the transcript when the
candidate agreed or when the conversation was handed to the recruiter (a handoff: the
candidate asked for a person, or a safety risk). Otherwise the console shows only that
the check-in happened.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import secrets
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Load, Session, sessionmaker
from sqlalchemy.sql import Select

from rasa_project.conversation.transcript import transcript_lines
from rasa_project.db import create_db_engine
from rasa_project.models import (
    AuditEntry,
    Candidate,
    CheckIn,
    ConsoleSession,
    Handoff,
    HandoffAlert,
    HandoffNote,
    LoginFailure,
    Placement,
    Recruiter,
    ThemeCorrection,
    ThemeObservation,
)
from rasa_project.nlu.taxonomy import THEMES
from rasa_project.services.checkins import days_in_role, first_name_of

logger = logging.getLogger(__name__)

URGENCY_NAMES = {0: "crisis", 1: "urgent", 2: "normal"}
URGENCY_LABELS = {0: "Crisis", 1: "Urgent", 2: "Normal"}
REASON_LABELS = {
    "crisis": "Crisis risk",
    "urgent": "Urgent risk",
    "distress": "Distress",
    "requested": "Asked for a person",
    "fallback": "Not understood",
}
STATUS_FILTERS: dict[str, tuple[str, ...] | None] = {
    "active": ("open", "claimed"),
    "open": ("open",),
    "claimed": ("claimed",),
    "resolved": ("resolved",),
    "all": None,
}
OUTCOMES = {
    "spoke_with_candidate": "Spoke with the candidate",
    "call_scheduled": "Call or meeting scheduled",
    "referred_to_support": "Referred to professional support",
    "emergency_services": "Emergency services contacted",
    "could_not_reach": "Could not reach the candidate",
    "no_action_needed": "No action needed",
}
NOTE_KINDS = {
    "note": "Note",
    "claimed": "Claimed",
    "replied": "Replied to the candidate",
    "handed_back": "Handed back to the assistant",
    "resolved": "Resolved",
}
THEME_LABELS = {theme: theme.replace("_", " ").capitalize() for theme in THEMES}
RISK_FLAGS = ("distress", "urgent", "crisis")
MAX_NOTE_CHARS = 4000
MAX_PAGE = 500
CSV_EXPORT_LIMIT = 50_000
MIN_COMPANY_COHORT = 5
NOT_HELD = ("scheduled", "cancelled")  # check-ins that did not (yet) take place
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class NotFound(LookupError):
    """The record does not exist or the viewer may not reach it (the same answer)."""


class ConsoleError(ValueError):
    """A request the console refuses; the message is shown to the recruiter."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def iso(moment: datetime | None) -> str | None:
    value = aware(moment)
    return value.isoformat() if value else None


@dataclass(frozen=True)
class Viewer:
    """The signed-in recruiter or admin."""

    id: int
    name: str
    email: str
    is_admin: bool

    @property
    def first_name(self) -> str:
        return first_name_of(self.name) or self.name


# --- the queue --------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    status: str = "active"
    urgency: int | None = None
    recruiter_id: int | None = None  # admins only; a recruiter always sees their own
    limit: int = 100
    offset: int = 0

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> QueueFilters:
        """Filters from a query string; anything malformed falls back to the default."""
        status = args.get("status") or "active"
        if status not in STATUS_FILTERS:
            status = "active"
        urgency = _urgency(args.get("urgency"))
        recruiter = args.get("recruiter") or ""
        return cls(
            status=status,
            urgency=urgency,
            recruiter_id=whole_number(recruiter),
            limit=min(MAX_PAGE, max(1, _int(args.get("limit"), 100))),
            offset=max(0, _int(args.get("offset"), 0)),
        )

    def as_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"status": self.status}
        if self.urgency is not None:
            args["urgency"] = str(self.urgency)
        if self.recruiter_id is not None:
            args["recruiter"] = str(self.recruiter_id)
        return args


MAX_ID = 2**63 - 1  # the largest value of a database integer column


def whole_number(raw: str | None, maximum: int = MAX_ID) -> int | None:
    """A whole number in ASCII digits no larger than `maximum`, or None. (str.isdigit
    alone admits "²" and other digits int() refuses, and ids beyond the database's.)"""
    if raw and raw.isascii() and raw.isdigit() and len(raw) <= len(str(maximum)):
        value = int(raw)
        return value if value <= maximum else None
    return None


def _int(raw: str | None, default: int) -> int:
    value = whole_number(raw)
    return default if value is None else value


def _urgency(raw: str | None) -> int | None:
    if raw in (None, ""):
        return None
    by_name = {name: level for level, name in URGENCY_NAMES.items()}
    if raw in by_name:
        return by_name[raw]
    level = whole_number(raw)
    return level if level in URGENCY_NAMES else None


@dataclass(frozen=True)
class AlertState:
    state: str  # none, pending, retrying, sent, failed
    text: str
    error: str | None = None


@dataclass(frozen=True)
class QueueRow:
    id: int
    conversation_id: str
    status: str
    urgency: int
    reason: str
    risk_level: str
    themes: list[str]
    created_at: datetime
    claimed_at: datetime | None
    resolved_at: datetime | None
    candidate_id: int | None
    candidate_name: str
    company: str | None
    role: str | None
    day_in_role: int | None
    recruiter_id: int | None
    recruiter_name: str | None
    claimed_by: str | None
    claimed_by_id: int | None
    outcome: str | None
    alert: AlertState

    @property
    def urgency_name(self) -> str:
        return URGENCY_NAMES.get(self.urgency, "normal")

    @property
    def urgency_label(self) -> str:
        return URGENCY_LABELS.get(self.urgency, "Normal")

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def outcome_label(self) -> str | None:
        return OUTCOMES.get(self.outcome, self.outcome) if self.outcome else None

    @property
    def status_text(self) -> str:
        if self.status == "open":
            return "Open"
        if self.status == "claimed":
            return f"Claimed by {self.claimed_by}" if self.claimed_by else "Claimed"
        return f"Resolved: {self.outcome_label}" if self.outcome_label else "Resolved"

    def waited(self, now: datetime) -> timedelta:
        """How long the candidate has waited (until claimed, or until now)."""
        end = self.claimed_at or self.resolved_at or now
        return max(timedelta(0), end - self.created_at)

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": f"/console/handoffs/{self.id}",
            "conversation_id": self.conversation_id,
            "status": self.status,
            "urgency": self.urgency,
            "urgency_name": self.urgency_name,
            "urgency_label": self.urgency_label,
            "status_text": self.status_text,
            "reason": self.reason,
            "reason_label": self.reason_label,
            "risk_level": self.risk_level,
            "themes": self.themes,
            "created_at": iso(self.created_at),
            "claimed_at": iso(self.claimed_at),
            "resolved_at": iso(self.resolved_at),
            "waiting_seconds": int(self.waited(now).total_seconds()),
            "candidate": {"id": self.candidate_id, "name": self.candidate_name},
            "placement": {
                "company": self.company,
                "role": self.role,
                "day_in_role": self.day_in_role,
            },
            "recruiter": {"id": self.recruiter_id, "name": self.recruiter_name},
            "claimed_by": self.claimed_by,
            "outcome": self.outcome,
            "outcome_label": self.outcome_label,
            "alert": asdict(self.alert),
        }


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    filters: QueueFilters


@dataclass(frozen=True)
class NoteView:
    kind: str
    text: str
    outcome: str | None
    recruiter_name: str | None
    created_at: datetime

    @property
    def kind_label(self) -> str:
        return NOTE_KINDS.get(self.kind, self.kind)

    @property
    def outcome_label(self) -> str | None:
        return OUTCOMES.get(self.outcome, self.outcome) if self.outcome else None


@dataclass(frozen=True)
class AlertView:
    channel: str
    status: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None


@dataclass(frozen=True)
class HandoffDetail:
    row: QueueRow
    notes: list[NoteView]
    alerts: list[AlertView]
    snapshot: list[dict[str, Any]]


def alert_state(alerts: Sequence[tuple[str, str, int, str | None]]) -> AlertState:
    """One line for the queue from the handoff's alerts (channel, status, attempts,
    last error): the worst channel decides."""
    if not alerts:
        return AlertState("none", "No alert")
    parts, states, error = [], set(), None
    for channel, status, attempts, last_error in alerts:
        if status == "sent":
            parts.append(f"{channel} sent")
            states.add("sent")
        elif status == "failed":
            parts.append(f"{channel} failed after {attempts} attempts")
            states.add("failed")
            error = error or last_error
        elif attempts:
            parts.append(f"{channel} retrying ({attempts} failed)")
            states.add("retrying")
            error = error or last_error
        else:
            parts.append(f"{channel} sending")
            states.add("pending")
    for state in ("failed", "retrying", "pending", "sent"):
        if state in states:
            return AlertState(state, ", ".join(parts).capitalize(), error)
    raise AssertionError("unreachable")


# --- conversations ------------------------------------------------------------------


@dataclass(frozen=True)
class ConversationView:
    conversation_id: str
    checkin_id: int | None
    candidate_id: int | None
    candidate_name: str
    company: str | None
    role: str | None
    started_at: datetime | None
    checkin_status: str | None
    consent: bool | None
    summary: str | None  # only when the candidate agreed to share it
    handoff_ids: list[int]
    lines: list[dict[str, Any]] = field(default_factory=list)
    source: str = "tracker"  # tracker, snapshot or none

    @property
    def transcript_visible(self) -> bool:
        return self.consent is True or bool(self.handoff_ids)

    @property
    def consent_label(self) -> str:
        return consent_label(self.consent, self.checkin_status)

    def to_json(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "candidate": {"id": self.candidate_id, "name": self.candidate_name},
            "checkin": {
                "id": self.checkin_id,
                "status": self.checkin_status,
                "started_at": iso(self.started_at),
            },
            "consent": self.consent,
            "consent_label": self.consent_label,
            "summary": self.summary,
            "handoffs": self.handoff_ids,
            "transcript_visible": self.transcript_visible,
            "source": self.source,
            "lines": self.lines,
        }


def consent_label(consent: bool | None, status: str | None = None) -> str:
    if consent is True:
        return "Agreed to share the summary"
    if consent is False:
        return "Declined to share the summary"
    if status == "open":
        return "Check-in in progress; consent not asked yet"
    return "Not answered"


EVENTS = sa.table(
    "events",
    sa.column("id"),
    sa.column("sender_id"),
    sa.column("data"),
)


def candidate_turns(events: Iterable[Mapping[str, Any]]) -> list[int]:
    """The turn number (the candidate's n-th message, as the actions count it) of each
    candidate line `transcript_lines` makes from the same events."""
    turns, count = [], 0
    for event in events:
        if event.get("event") == "user":
            count += 1
            if event.get("text"):
                turns.append(count)
    return turns


def annotate_lines(
    lines: list[dict[str, Any]],
    turns: Sequence[int],
    observed: Mapping[int, Sequence[str]],
    corrected: Mapping[int, Sequence[str]],
) -> list[dict[str, Any]]:
    """Adds the turn, the logged themes (merged with the parse's) and any recruiter
    correction to each candidate line."""
    out, index = [], 0
    for line in lines:
        line = dict(line)
        if line["who"] == "candidate":
            turn = turns[index] if index < len(turns) else index + 1
            index += 1
            heard = list(observed.get(turn, ()))
            heard += [t for t in line.get("themes") or [] if t in THEMES and t not in heard]
            line["turn"] = turn
            line["themes"] = heard
            line["corrected_themes"] = list(corrected[turn]) if turn in corrected else None
            line["risk"] = line.get("risk") or "none"
        out.append(line)
    return out


def transcript_text(view: ConversationView) -> str:
    """The transcript as a plain text file."""
    header = [f"Transcript of a check-in with {view.candidate_name}"]
    if view.company:
        header.append(f"Role: {view.role} at {view.company}")
    header += [
        f"Started: {iso(view.started_at) or 'unknown'}",
        f"Consent: {view.consent_label}",
        f"Exported: {utcnow().replace(microsecond=0).isoformat()}",
        "",
    ]
    if view.summary:
        header += ["Summary shared by the candidate:", view.summary, ""]
    names = {"candidate": view.candidate_name.split()[0], "assistant": "Assistant"}
    body = []
    for line in view.lines:
        who = names.get(line["who"], "Recruiter")
        stamp = (line.get("at") or "")[:19].replace("T", " ")
        extra = []
        if line.get("themes"):
            extra.append("themes: " + ", ".join(line["themes"]))
        if line.get("risk") in RISK_FLAGS:
            extra.append(f"risk: {line['risk']}")
        suffix = f"   [{'; '.join(extra)}]" if extra else ""
        body.append(f"[{stamp}] {who}: {line['text']}{suffix}")
    return "\n".join(header + body) + "\n"


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR gets a
    leading quote, so it cannot run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


# --- candidates and trends -------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    id: int
    name: str
    placements: list[str]
    day_in_role: int | None
    recruiter_names: list[str]
    checkins: int
    last_checkin_at: datetime | None
    active_handoffs: int


@dataclass(frozen=True)
class CheckInRow:
    id: int
    conversation_id: str
    placement_id: int
    started_at: datetime
    ended_at: datetime | None
    status: str
    day_in_role: int
    consent: bool | None
    summary: str | None
    handoffs: list[tuple[int, str, str]]  # id, reason, status
    themes: dict[str, int]  # only when the transcript is visible

    @property
    def transcript_visible(self) -> bool:
        return self.consent is True or bool(self.handoffs)

    @property
    def consent_label(self) -> str:
        return consent_label(self.consent, self.status)


@dataclass(frozen=True)
class PlacementView:
    id: int
    company: str
    role: str
    start_date: date
    ended_on: date | None
    day_in_role: int
    recruiter_name: str


@dataclass(frozen=True)
class CandidateDetail:
    id: int
    name: str
    email: str
    phone: str | None
    timezone: str
    placements: list[PlacementView]
    checkins: list[CheckInRow]
    next_checkin: datetime | None = None  # the next scheduled invitation, if any

    def theme_table(self) -> tuple[list[CheckInRow], list[tuple[str, list[int]]]]:
        """Themes over time: the visible check-ins (oldest first) and, per theme heard,
        its count in each of them."""
        columns = [c for c in sorted(self.checkins, key=lambda c: c.started_at) if c.themes]
        totals: Counter[str] = Counter()
        for checkin in columns:
            totals.update(checkin.themes)
        rows = [
            (theme, [checkin.themes.get(theme, 0) for checkin in columns])
            for theme, _ in totals.most_common()
        ]
        return columns, rows


@dataclass(frozen=True)
class Trends:
    weeks: list[str]
    by_week: dict[str, list[int]]
    companies: list[str]
    by_company: dict[str, list[int]]
    company_cohorts: dict[str, int]
    hidden_companies: int
    role_weeks: list[str]
    by_role_week: dict[str, list[int]]
    total: int

    def to_json(self) -> dict[str, Any]:
        """For the charts; series as a list, most frequent theme first (JSON objects
        lose their order when their keys are sorted)."""

        def series(counts: dict[str, list[int]]) -> list[dict[str, Any]]:
            return [{"theme": theme, "counts": values} for theme, values in counts.items()]

        return {
            "labels": THEME_LABELS,
            "by_week": {"labels": self.weeks, "series": series(self.by_week)},
            "by_company": {
                "labels": self.companies,
                "series": series(self.by_company),
                "hidden": self.hidden_companies,
                "min_cohort": MIN_COMPANY_COHORT,
            },
            "by_role_week": {"labels": self.role_weeks, "series": series(self.by_role_week)},
            "total": self.total,
        }


def _series(counts: Mapping[tuple[str, str], int], labels: Sequence[str]) -> dict[str, list[int]]:
    """{theme: [count per label]} for the themes heard, most frequent first."""
    totals: Counter[str] = Counter()
    for (_, theme), count in counts.items():
        totals[theme] += count
    return {
        theme: [counts.get((label, theme), 0) for label in labels]
        for theme, _ in totals.most_common()
    }


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- audit ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    actor: str
    action: str
    target: str
    ip_address: str | None
    created_at: datetime


AUDIT_ACTIONS = {
    "view_transcript": "Viewed a transcript",
    "export_transcript": "Exported a transcript",
    "export_handoffs": "Exported handoffs (CSV)",
    "view_themes": "Viewed themes",
    "sign_in": "Signed in",
    "sign_out": "Signed out",
    "claim": "Claimed a handoff",
    "note": "Added a note",
    "resolve": "Resolved a handoff",
    "reply": "Replied to a candidate",
    "hand_back": "Handed back to the assistant",
    "correct_themes": "Corrected themes",
    "export_candidate": "Exported a candidate's data",
    "send_checkin": "Sent a check-in",
    "import_placements": "Imported placements",
    "erase_candidate": "Erased a candidate",
}


class ConsoleService:
    def __init__(self, sessions: sessionmaker, tracker_store_url: str | None = None) -> None:
        self.sessions = sessions
        self._tracker_store_url = tracker_store_url
        self._tracker_engine: Engine | None = None
        self._lock = threading.Lock()

    # --- wiring ----------------------------------------------------------------------

    @property
    def tracker_engine(self) -> Engine | None:
        """Rasa's tracker store, connected on first use (once per service)."""
        if self._tracker_engine is None and self._tracker_store_url:
            with self._lock:
                if self._tracker_engine is None:
                    self._tracker_engine = create_db_engine(self._tracker_store_url)
        return self._tracker_engine

    # --- access ----------------------------------------------------------------------

    @staticmethod
    def _scoped(statement: Select, viewer: Viewer) -> Select:
        """Limits a statement that joins `Placement` to the viewer's placements."""
        return (
            statement if viewer.is_admin else statement.where(Placement.recruiter_id == viewer.id)
        )

    @staticmethod
    def _handoff_query(viewer: Viewer) -> Select:
        statement = (
            select(Handoff, Placement, Candidate, Recruiter)
            .outerjoin(CheckIn, Handoff.checkin_id == CheckIn.id)
            .outerjoin(Placement, CheckIn.placement_id == Placement.id)
            .outerjoin(Candidate, Placement.candidate_id == Candidate.id)
            .outerjoin(Recruiter, Placement.recruiter_id == Recruiter.id)
        )
        return ConsoleService._scoped(statement, viewer)

    @staticmethod
    def _row_columns(statement: Select) -> Select:
        """Loads only what a queue row shows: the snapshot and password hash stay behind."""
        return statement.options(
            Load(Handoff).defer(Handoff.transcript),
            Load(Placement).load_only(Placement.company, Placement.role, Placement.start_date),
            Load(Candidate).load_only(
                Candidate.first_name, Candidate.last_name, Candidate.timezone
            ),
            Load(Recruiter).load_only(Recruiter.name),
        )

    def recruiters(self, viewer: Viewer) -> list[tuple[int, str]]:
        """The recruiters a viewer may filter by: all for an admin, else themselves."""
        if not viewer.is_admin:
            return [(viewer.id, viewer.name)]
        with self.sessions() as session:
            return [
                (int(i), str(n))
                for i, n in session.execute(
                    select(Recruiter.id, Recruiter.name).order_by(Recruiter.name)
                )
            ]

    # --- the queue ---------------------------------------------------------------------

    def queue(self, viewer: Viewer, filters: QueueFilters) -> QueuePage:
        statement = self._handoff_query(viewer)
        statuses = STATUS_FILTERS[filters.status]
        if statuses is not None:
            statement = statement.where(Handoff.status.in_(statuses))
        if filters.urgency is not None:
            statement = statement.where(Handoff.urgency == filters.urgency)
        if filters.recruiter_id is not None and viewer.is_admin:
            statement = statement.where(Placement.recruiter_id == filters.recruiter_id)
        order: tuple[Any, ...]
        if filters.status in ("resolved", "all"):
            order = (Handoff.created_at.desc(), Handoff.id.desc())
        else:  # the most urgent first, then whoever has waited longest
            order = (Handoff.urgency, Handoff.created_at, Handoff.id)
        with self.sessions() as session:
            total = session.scalar(
                select(func.count()).select_from(statement.with_only_columns(Handoff.id).subquery())
            )
            found = session.execute(
                self._row_columns(statement)
                .order_by(*order)
                .limit(filters.limit)
                .offset(filters.offset)
            ).all()
            rows = self._rows(session, found)
        return QueuePage(rows, int(total or 0), filters)

    def _rows(self, session: Session, found: Sequence[Any]) -> list[QueueRow]:
        ids = [r[0].id for r in found]
        alerts: dict[int, list[tuple[str, str, int, str | None]]] = defaultdict(list)
        claimers: dict[int, tuple[int | None, str | None]] = {}
        outcomes: dict[int, str | None] = {}
        if ids:
            for alert in session.execute(
                select(
                    HandoffAlert.handoff_id,
                    HandoffAlert.channel,
                    HandoffAlert.status,
                    HandoffAlert.attempts,
                    HandoffAlert.last_error,
                )
                .where(HandoffAlert.handoff_id.in_(ids))
                .order_by(HandoffAlert.id)
            ):
                alerts[alert[0]].append((alert[1], alert[2], alert[3], alert[4]))
            for handoff_id, kind, outcome, recruiter_id, name in session.execute(
                select(
                    HandoffNote.handoff_id,
                    HandoffNote.kind,
                    HandoffNote.outcome,
                    HandoffNote.recruiter_id,
                    Recruiter.name,
                )
                .outerjoin(Recruiter, HandoffNote.recruiter_id == Recruiter.id)
                .where(
                    HandoffNote.handoff_id.in_(ids), HandoffNote.kind.in_(("claimed", "resolved"))
                )
                .order_by(HandoffNote.id)
            ):
                if kind == "claimed":
                    claimers[handoff_id] = (recruiter_id, name)
                else:
                    outcomes[handoff_id] = outcome
        rows = []
        for handoff, placement, candidate, recruiter in found:
            created = aware(handoff.created_at)
            assert created is not None
            rows.append(
                QueueRow(
                    id=handoff.id,
                    conversation_id=handoff.conversation_id,
                    status=handoff.status,
                    urgency=handoff.urgency,
                    reason=handoff.reason,
                    risk_level=handoff.risk_level,
                    themes=_top_themes(handoff.themes),
                    created_at=created,
                    claimed_at=aware(handoff.claimed_at),
                    resolved_at=aware(handoff.resolved_at),
                    candidate_id=candidate.id if candidate else None,
                    candidate_name=(
                        f"{candidate.first_name} {candidate.last_name}"
                        if candidate
                        else "Unknown candidate"
                    ),
                    company=placement.company if placement else None,
                    role=placement.role if placement else None,
                    day_in_role=(
                        days_in_role(placement.start_date, candidate.timezone, created)
                        if placement and candidate
                        else None
                    ),
                    recruiter_id=recruiter.id if recruiter else None,
                    recruiter_name=recruiter.name if recruiter else None,
                    claimed_by=claimers.get(handoff.id, (None, None))[1],
                    claimed_by_id=claimers.get(handoff.id, (None, None))[0],
                    outcome=outcomes.get(handoff.id),
                    alert=alert_state(alerts.get(handoff.id, [])),
                )
            )
        return rows

    def handoff(self, viewer: Viewer, handoff_id: int) -> HandoffDetail:
        with self.sessions() as session:
            found = session.execute(
                self._row_columns(self._handoff_query(viewer)).where(Handoff.id == handoff_id)
            ).all()
            if not found:
                raise NotFound(handoff_id)
            row = self._rows(session, found)[0]
            notes = [
                NoteView(
                    kind=note.kind,
                    text=note.text,
                    outcome=note.outcome,
                    recruiter_name=name,
                    created_at=aware(note.created_at) or utcnow(),
                )
                for note, name in session.execute(
                    select(HandoffNote, Recruiter.name)
                    .outerjoin(Recruiter, HandoffNote.recruiter_id == Recruiter.id)
                    .where(HandoffNote.handoff_id == handoff_id)
                    .order_by(HandoffNote.id)
                )
            ]
            alerts = [
                AlertView(a.channel, a.status, a.attempts, a.last_error, aware(a.sent_at))
                for a in session.scalars(
                    select(HandoffAlert)
                    .where(HandoffAlert.handoff_id == handoff_id)
                    .order_by(HandoffAlert.id)
                )
            ]
            snapshot = json.loads(found[0][0].transcript or "[]")
        return HandoffDetail(row, notes, alerts, snapshot)

    def _visible_handoff(self, session: Session, viewer: Viewer, handoff_id: int) -> Handoff:
        found = session.execute(self._handoff_query(viewer).where(Handoff.id == handoff_id)).first()
        if found is None:
            raise NotFound(handoff_id)
        return found[0]  # type: ignore[no-any-return]

    def claim(self, viewer: Viewer, handoff_id: int, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self.sessions.begin() as session:
            handoff = self._visible_handoff(session, viewer, handoff_id)
            if handoff.status == "resolved":
                raise ConsoleError("This handoff is already resolved.")
            session.execute(
                update(Handoff)
                .where(Handoff.id == handoff_id, Handoff.status != "resolved")
                .values(status="claimed", claimed_at=func.coalesce(Handoff.claimed_at, now))
                .execution_options(synchronize_session=False)
            )
            session.add(HandoffNote(handoff_id=handoff_id, recruiter_id=viewer.id, kind="claimed"))

    def add_note(self, viewer: Viewer, handoff_id: int, text: str) -> None:
        text = text.strip()
        if not text:
            raise ConsoleError("The note is empty.")
        if len(text) > MAX_NOTE_CHARS:
            raise ConsoleError(f"A note can have at most {MAX_NOTE_CHARS} characters.")
        with self.sessions.begin() as session:
            self._visible_handoff(session, viewer, handoff_id)
            session.add(HandoffNote(handoff_id=handoff_id, recruiter_id=viewer.id, text=text))

    def record_action(self, viewer: Viewer, handoff_id: int, kind: str) -> None:
        """Notes on the timeline that the viewer replied or handed back; a reply to an
        open handoff claims it."""
        with self.sessions.begin() as session:
            handoff = self._visible_handoff(session, viewer, handoff_id)
            if kind == "replied" and handoff.status == "open":
                handoff.status, handoff.claimed_at = "claimed", utcnow()
                session.add(
                    HandoffNote(handoff_id=handoff_id, recruiter_id=viewer.id, kind="claimed")
                )
            session.add(HandoffNote(handoff_id=handoff_id, recruiter_id=viewer.id, kind=kind))

    def resolve(
        self,
        viewer: Viewer,
        handoff_id: int,
        outcome: str,
        text: str = "",
        now: datetime | None = None,
    ) -> None:
        if outcome not in OUTCOMES:
            raise ConsoleError("Choose an outcome.")
        text = text.strip()
        if len(text) > MAX_NOTE_CHARS:
            raise ConsoleError(f"A note can have at most {MAX_NOTE_CHARS} characters.")
        now = now or utcnow()
        with self.sessions.begin() as session:
            handoff = self._visible_handoff(session, viewer, handoff_id)
            if handoff.status == "resolved":
                raise ConsoleError("This handoff is already resolved.")
            handoff.status = "resolved"
            handoff.resolved_at = now
            handoff.claimed_at = handoff.claimed_at or now
            session.add(
                HandoffNote(
                    handoff_id=handoff_id,
                    recruiter_id=viewer.id,
                    kind="resolved",
                    outcome=outcome,
                    text=text,
                )
            )

    def handoffs_csv(self, viewer: Viewer, filters: QueueFilters) -> str:
        page = self.queue(
            viewer,
            QueueFilters(
                filters.status, filters.urgency, filters.recruiter_id, CSV_EXPORT_LIMIT, 0
            ),
        )
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            [
                "handoff_id",
                "opened_at",
                "status",
                "urgency",
                "reason",
                "risk_level",
                "candidate",
                "company",
                "role",
                "day_in_role",
                "recruiter",
                "themes",
                "claimed_by",
                "claimed_at",
                "resolved_at",
                "outcome",
                "alert",
            ]
        )
        for row in page.rows:
            writer.writerow(
                csv_cell(value)
                for value in (
                    row.id,
                    iso(row.created_at),
                    row.status,
                    row.urgency_name,
                    row.reason,
                    row.risk_level,
                    row.candidate_name,
                    row.company,
                    row.role,
                    row.day_in_role,
                    row.recruiter_name,
                    " ".join(row.themes),
                    row.claimed_by,
                    iso(row.claimed_at),
                    iso(row.resolved_at),
                    row.outcome_label,
                    row.alert.text,
                )
            )
        return out.getvalue()

    # --- conversations -----------------------------------------------------------------

    def conversation(
        self, viewer: Viewer, conversation_id: str, with_lines: bool = True
    ) -> ConversationView:
        """The conversation if the viewer may reach it (else `NotFound`); its lines only
        when the transcript is visible to recruiters."""
        with self.sessions() as session:
            found = session.execute(
                self._scoped(
                    select(CheckIn, Placement, Candidate)
                    .join(Placement, CheckIn.placement_id == Placement.id)
                    .join(Candidate, Placement.candidate_id == Candidate.id)
                    .where(CheckIn.conversation_id == conversation_id),
                    viewer,
                )
            ).first()
            handoffs = session.execute(
                select(Handoff.id, Handoff.transcript)
                .where(Handoff.conversation_id == conversation_id)
                .order_by(Handoff.id)
            ).all()
            if found is None:
                # a handoff no check-in owns reaches admins only
                if not (viewer.is_admin and handoffs):
                    raise NotFound(conversation_id)
                view = ConversationView(
                    conversation_id=conversation_id,
                    checkin_id=None,
                    candidate_id=None,
                    candidate_name="Unknown candidate",
                    company=None,
                    role=None,
                    started_at=None,
                    checkin_status=None,
                    consent=None,
                    summary=None,
                    handoff_ids=[h.id for h in handoffs],
                )
            else:
                checkin, placement, candidate = found
                view = ConversationView(
                    conversation_id=conversation_id,
                    checkin_id=checkin.id,
                    candidate_id=candidate.id,
                    candidate_name=f"{candidate.first_name} {candidate.last_name}",
                    company=placement.company,
                    role=placement.role,
                    started_at=aware(checkin.created_at),
                    checkin_status=checkin.status,
                    consent=checkin.summary_shared,
                    summary=checkin.summary if checkin.summary_shared is True else None,
                    handoff_ids=[h.id for h in handoffs],
                )
            if not (with_lines and view.transcript_visible):
                return _replace(view, source="none")
            observed = self._observed_themes(session, conversation_id)
            corrected = self._corrections(session, conversation_id)
        events = self.tracker_events(conversation_id)
        if events:
            lines = annotate_lines(
                transcript_lines(events), candidate_turns(events), observed, corrected
            )
            return _replace(view, lines=lines, source="tracker")
        snapshot = json.loads(handoffs[-1].transcript or "[]") if handoffs else []
        if snapshot:  # the tracker store has nothing (erased or unreachable)
            lines = annotate_lines(snapshot, [], observed, corrected)
            return _replace(view, lines=lines, source="snapshot")
        return _replace(view, lines=[], source="tracker")

    def tracker_events(self, conversation_id: str) -> list[dict[str, Any]]:
        engine = self.tracker_engine
        if engine is None:
            return []
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    select(EVENTS.c.data)
                    .where(EVENTS.c.sender_id == conversation_id)
                    .order_by(EVENTS.c.id)
                ).scalars()
                return [json.loads(row) for row in rows]
        except SQLAlchemyError as error:  # no events table yet, or the store is down
            logger.warning("tracker store unavailable: %s", type(error).__name__)
            return []

    @staticmethod
    def _observed_themes(session: Session, conversation_id: str) -> dict[int, list[str]]:
        observed: dict[int, list[str]] = defaultdict(list)
        for turn, theme in session.execute(
            select(ThemeObservation.turn, ThemeObservation.theme)
            .where(ThemeObservation.conversation_id == conversation_id)
            .order_by(
                ThemeObservation.turn, ThemeObservation.confidence.desc(), ThemeObservation.theme
            )
        ):
            observed[turn].append(theme)
        return observed

    @staticmethod
    def _corrections(session: Session, conversation_id: str) -> dict[int, list[str]]:
        latest: dict[int, list[str]] = {}
        for turn, themes in session.execute(
            select(ThemeCorrection.turn, ThemeCorrection.themes)
            .where(ThemeCorrection.conversation_id == conversation_id)
            .order_by(ThemeCorrection.id)
        ):
            latest[turn] = json.loads(themes)
        return latest

    def themes(self, viewer: Viewer, conversation_id: str) -> dict[str, Any]:
        """The themes logged for a conversation, with the candidate's words as evidence
        (only when the transcript is visible), and recruiters' corrections."""
        view = self.conversation(viewer, conversation_id, with_lines=False)
        result: dict[str, Any] = {
            "conversation_id": conversation_id,
            "transcript_visible": view.transcript_visible,
            "themes": [],
            "corrections": [],
        }
        if not view.transcript_visible:
            return result
        with self.sessions() as session:
            result["themes"] = [
                {
                    "theme": o.theme,
                    "confidence": o.confidence,
                    "turn": o.turn,
                    "evidence": o.evidence,
                    "at": iso(o.created_at),
                }
                for o in session.scalars(
                    select(ThemeObservation)
                    .where(ThemeObservation.conversation_id == conversation_id)
                    .order_by(
                        ThemeObservation.turn,
                        ThemeObservation.confidence.desc(),
                        ThemeObservation.theme,
                    )
                )
            ]
            result["corrections"] = [
                {"turn": turn, "themes": themes}
                for turn, themes in sorted(self._corrections(session, conversation_id).items())
            ]
        return result

    def candidate_message(self, viewer: Viewer, conversation_id: str, turn: int) -> str:
        """The candidate's words at a turn (what a theme correction is about); never
        taken from the browser, so corrections carry what was really said."""
        view = self.conversation(viewer, conversation_id)
        if not view.transcript_visible:
            raise NotFound(conversation_id)
        for line in view.lines:
            if line["who"] == "candidate" and line.get("turn") == turn:
                return str(line["text"])
        raise ConsoleError("There is no candidate message at that turn.")

    # --- candidates --------------------------------------------------------------------

    def candidates(self, viewer: Viewer) -> list[CandidateRow]:
        with self.sessions() as session:
            placements = session.execute(
                self._scoped(
                    select(Placement, Candidate, Recruiter.name)
                    .join(Candidate, Placement.candidate_id == Candidate.id)
                    .join(Recruiter, Placement.recruiter_id == Recruiter.id),
                    viewer,
                ).order_by(Candidate.last_name, Candidate.first_name, Placement.start_date)
            ).all()
            placement_ids = [p.id for p, _, _ in placements]
            checkins: dict[int, tuple[int, datetime | None]] = {}
            active: Counter[int] = Counter()
            if placement_ids:
                for placement_id, count, last in session.execute(
                    select(
                        CheckIn.placement_id, func.count(CheckIn.id), func.max(CheckIn.created_at)
                    )
                    .where(
                        CheckIn.placement_id.in_(placement_ids),
                        CheckIn.status.notin_(NOT_HELD),
                    )
                    .group_by(CheckIn.placement_id)
                ):
                    checkins[placement_id] = (count, aware(last))
                for placement_id, count in session.execute(
                    select(CheckIn.placement_id, func.count(Handoff.id))
                    .join(Handoff, Handoff.checkin_id == CheckIn.id)
                    .where(CheckIn.placement_id.in_(placement_ids), Handoff.status != "resolved")
                    .group_by(CheckIn.placement_id)
                ):
                    active[placement_id] = count
        by_candidate: dict[int, dict[str, Any]] = {}
        for placement, candidate, recruiter_name in placements:
            entry = by_candidate.setdefault(
                candidate.id,
                {
                    "name": f"{candidate.first_name} {candidate.last_name}",
                    "placements": [],
                    "recruiters": [],
                    "day": None,
                    "checkins": 0,
                    "last": None,
                    "active": 0,
                },
            )
            entry["placements"].append(f"{placement.role} at {placement.company}")
            if recruiter_name not in entry["recruiters"]:
                entry["recruiters"].append(recruiter_name)
            if placement.ended_on is None:
                entry["day"] = days_in_role(placement.start_date, candidate.timezone)
            count, last = checkins.get(placement.id, (0, None))
            entry["checkins"] += count
            if last and (entry["last"] is None or last > entry["last"]):
                entry["last"] = last
            entry["active"] += active[placement.id]
        return [
            CandidateRow(
                id=candidate_id,
                name=e["name"],
                placements=e["placements"],
                day_in_role=e["day"],
                recruiter_names=e["recruiters"],
                checkins=e["checkins"],
                last_checkin_at=e["last"],
                active_handoffs=e["active"],
            )
            for candidate_id, e in by_candidate.items()
        ]

    def candidate(self, viewer: Viewer, candidate_id: int) -> CandidateDetail:
        with self.sessions() as session:
            candidate = session.get(Candidate, candidate_id)
            placements = session.execute(
                self._scoped(
                    select(Placement, Recruiter.name)
                    .join(Recruiter, Placement.recruiter_id == Recruiter.id)
                    .where(Placement.candidate_id == candidate_id),
                    viewer,
                ).order_by(Placement.start_date)
            ).all()
            if candidate is None or not placements:
                raise NotFound(candidate_id)
            starts = {p.id: p.start_date for p, _ in placements}
            checkins = session.scalars(
                select(CheckIn)
                .where(CheckIn.placement_id.in_(list(starts)))
                .order_by(CheckIn.created_at.desc(), CheckIn.id.desc())
            ).all()
            conversation_ids = [c.conversation_id for c in checkins]
            handoffs: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
            themes: dict[str, Counter[str]] = defaultdict(Counter)
            if conversation_ids:
                for h in session.execute(
                    select(Handoff.conversation_id, Handoff.id, Handoff.reason, Handoff.status)
                    .where(Handoff.conversation_id.in_(conversation_ids))
                    .order_by(Handoff.id)
                ):
                    handoffs[h[0]].append((h[1], h[2], h[3]))
                for conversation_id, theme, count in session.execute(
                    select(
                        ThemeObservation.conversation_id,
                        ThemeObservation.theme,
                        func.count(ThemeObservation.id),
                    )
                    .where(ThemeObservation.conversation_id.in_(conversation_ids))
                    .group_by(ThemeObservation.conversation_id, ThemeObservation.theme)
                ):
                    themes[conversation_id][theme] = count
            rows = []
            # planned check-ins (the schedule's, when there is one) are not history yet
            planned = [
                aware(getattr(c, "due_at", None))
                for c in checkins
                if c.status == "scheduled" and getattr(c, "due_at", None) is not None
            ]
            for c in checkins:
                if c.status in NOT_HELD:
                    continue
                visible = c.summary_shared is True or bool(handoffs.get(c.conversation_id))
                started = aware(c.created_at) or utcnow()
                rows.append(
                    CheckInRow(
                        id=c.id,
                        conversation_id=c.conversation_id,
                        placement_id=c.placement_id,
                        started_at=started,
                        ended_at=aware(c.ended_at),
                        status=c.status,
                        day_in_role=days_in_role(
                            starts[c.placement_id], candidate.timezone, started
                        ),
                        consent=c.summary_shared,
                        summary=c.summary if c.summary_shared is True else None,
                        handoffs=handoffs.get(c.conversation_id, []),
                        themes=dict(themes[c.conversation_id]) if visible else {},
                    )
                )
            return CandidateDetail(
                id=candidate.id,
                name=f"{candidate.first_name} {candidate.last_name}",
                email=candidate.email,
                phone=candidate.phone,
                timezone=candidate.timezone,
                placements=[
                    PlacementView(
                        id=p.id,
                        company=p.company,
                        role=p.role,
                        start_date=p.start_date,
                        ended_on=p.ended_on,
                        day_in_role=days_in_role(p.start_date, candidate.timezone),
                        recruiter_name=name,
                    )
                    for p, name in placements
                ],
                checkins=rows,
                next_checkin=min((p for p in planned if p), default=None),
            )

    # --- trends ------------------------------------------------------------------------

    def trends(
        self,
        viewer: Viewer,
        weeks: int = 12,
        recruiter_id: int | None = None,
        today: date | None = None,
    ) -> Trends:
        """Theme counts by calendar week, by company (cohorts of fewer than five
        candidates are left out) and by week in the role."""
        today = today or utcnow().date()
        first_week = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
        since = datetime.combine(first_week, datetime.min.time(), tzinfo=timezone.utc)
        until = since + timedelta(weeks=weeks)
        day = func.date(ThemeObservation.created_at, type_=sa.Date)

        def base(*columns: Any) -> Select:
            statement = (
                select(*columns)
                .select_from(ThemeObservation)
                .join(CheckIn, ThemeObservation.checkin_id == CheckIn.id)
                .join(Placement, CheckIn.placement_id == Placement.id)
                .where(ThemeObservation.created_at >= since, ThemeObservation.created_at < until)
            )
            if recruiter_id is not None and viewer.is_admin:
                statement = statement.where(Placement.recruiter_id == recruiter_id)
            return self._scoped(statement, viewer)

        count = func.count(ThemeObservation.id)
        with self.sessions() as session:
            daily = session.execute(
                base(day, ThemeObservation.theme, count).group_by(day, ThemeObservation.theme)
            ).all()
            by_company = session.execute(
                base(Placement.company, ThemeObservation.theme, count).group_by(
                    Placement.company, ThemeObservation.theme
                )
            ).all()
            cohorts = dict(
                session.execute(
                    base(
                        Placement.company, func.count(func.distinct(Placement.candidate_id))
                    ).group_by(Placement.company)
                ).all()
            )
            in_role = session.execute(
                base(day, Placement.start_date, ThemeObservation.theme, count).group_by(
                    day, Placement.start_date, ThemeObservation.theme
                )
            ).all()

        week_starts = [first_week + timedelta(weeks=i) for i in range(weeks)]
        week_labels = [w.isoformat() for w in week_starts]
        week_counts: Counter[tuple[str, str]] = Counter()
        total = 0
        for when, theme, n in daily:
            monday = _as_date(when) - timedelta(days=_as_date(when).weekday())
            week_counts[(monday.isoformat(), theme)] += n
            total += n

        shown = sorted(c for c, size in cohorts.items() if size >= MIN_COMPANY_COHORT)
        company_counts: Counter[tuple[str, str]] = Counter()
        for company, theme, n in by_company:
            if company in shown:
                company_counts[(company, theme)] += n

        role_counts: Counter[tuple[str, str]] = Counter()
        last_week = 1
        for when, start, theme, n in in_role:
            week = max(0, (_as_date(when) - _as_date(start)).days) // 7 + 1
            week = min(week, 14)
            last_week = max(last_week, week)
            role_counts[(str(week), theme)] += n
        role_labels = [str(w) for w in range(1, max(13, last_week) + 1)]

        return Trends(
            weeks=week_labels,
            by_week=_series(week_counts, week_labels),
            companies=shown,
            by_company=_series(company_counts, shown),
            company_cohorts={c: cohorts[c] for c in shown},
            hidden_companies=len(cohorts) - len(shown),
            role_weeks=role_labels,
            by_role_week=_series(role_counts, role_labels),
            total=total,
        )

    # --- audit -------------------------------------------------------------------------

    def candidate_of_placement(self, viewer: Viewer, placement_id: int) -> int:
        """The placement's candidate, when the viewer may see it; NotFound otherwise."""
        with self.sessions() as session:
            statement = select(Placement.candidate_id).where(Placement.id == placement_id)
            if not viewer.is_admin:
                statement = statement.where(Placement.recruiter_id == viewer.id)
            candidate_id = session.scalar(statement)
        if candidate_id is None:
            raise NotFound(f"placement {placement_id}")
        return int(candidate_id)

    def audit(
        self,
        viewer: Viewer,
        action: str,
        target: str,
        ip_address: str | None = None,
        coalesce: timedelta | None = None,
    ) -> None:
        """Records who did what to which record. With `coalesce`, a repeat of the same
        action on the same target by the same person within that time adds nothing (the
        transcript page's live refresh)."""
        now = utcnow()
        with self.sessions.begin() as session:
            if coalesce is not None:
                recent = session.scalar(
                    select(AuditEntry.id)
                    .where(
                        AuditEntry.recruiter_id == viewer.id,
                        AuditEntry.action == action,
                        AuditEntry.target == target,
                        AuditEntry.created_at >= now - coalesce,
                    )
                    .limit(1)
                )
                if recent is not None:
                    return
            session.add(
                AuditEntry(
                    recruiter_id=viewer.id,
                    actor=viewer.email,
                    action=action,
                    target=target[:200],
                    ip_address=(ip_address or "")[:64] or None,
                    created_at=now,
                )
            )

    def audit_entries(
        self,
        viewer: Viewer,
        action: str | None = None,
        actor: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> tuple[list[AuditRow], int]:
        if not viewer.is_admin:
            raise NotFound("audit")
        statement = select(AuditEntry)
        if action:
            statement = statement.where(AuditEntry.action == action)
        if actor:
            statement = statement.where(AuditEntry.actor == actor.strip().lower())
        with self.sessions() as session:
            total = session.scalar(select(func.count()).select_from(statement.subquery()))
            entries = session.scalars(
                statement.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
            ).all()
            return (
                [
                    AuditRow(
                        e.id,
                        e.actor,
                        e.action,
                        e.target,
                        e.ip_address,
                        aware(e.created_at) or utcnow(),
                    )
                    for e in entries
                ],
                int(total or 0),
            )


def _replace(view: ConversationView, **changes: Any) -> ConversationView:
    return replace(view, **changes)


def _top_themes(raw: str | None, limit: int = 3) -> list[str]:
    try:
        names = json.loads(raw or "[]")
    except ValueError:
        return []
    known = [n for n in names if isinstance(n, str) and n in THEMES]
    return list(dict.fromkeys(known))[:limit]


# --- sessions and sign-in throttling ----------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ConsoleSessions:
    """Console sessions kept on the server: the cookie carries only a random token."""

    IDLE = timedelta(minutes=30)
    MAX_AGE = timedelta(hours=12)
    TOUCH_EVERY = timedelta(seconds=30)

    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    def start(self, recruiter_id: int, now: datetime | None = None) -> str:
        now = now or utcnow()
        token = secrets.token_urlsafe(32)
        with self.sessions.begin() as session:
            session.execute(
                delete(ConsoleSession).where(ConsoleSession.created_at < now - self.MAX_AGE)
            )
            session.add(
                ConsoleSession(
                    token_hash=_token_hash(token),
                    recruiter_id=recruiter_id,
                    created_at=now,
                    last_seen_at=now,
                )
            )
        return token

    def resolve(
        self, token: str, touch: bool = True, now: datetime | None = None
    ) -> tuple[Viewer | None, str]:
        """The session's viewer and "ok", or None and why: "idle", "expired", "ended"."""
        now = now or utcnow()
        with self.sessions.begin() as session:
            found = session.execute(
                select(ConsoleSession, Recruiter)
                .join(Recruiter, ConsoleSession.recruiter_id == Recruiter.id)
                .where(ConsoleSession.token_hash == _token_hash(token))
            ).first()
            if found is None:
                return None, "ended"
            row, recruiter = found
            if row.ended_at is not None:
                return None, "ended"
            seen = aware(row.last_seen_at) or now
            if now - seen > self.IDLE:
                row.ended_at = now
                return None, "idle"
            if now - (aware(row.created_at) or now) > self.MAX_AGE:
                row.ended_at = now
                return None, "expired"
            if touch and now - seen > self.TOUCH_EVERY:
                row.last_seen_at = now
            return (
                Viewer(recruiter.id, recruiter.name, recruiter.email, bool(recruiter.is_admin)),
                "ok",
            )

    def end(self, token: str, now: datetime | None = None) -> None:
        with self.sessions.begin() as session:
            session.execute(
                update(ConsoleSession)
                .where(ConsoleSession.token_hash == _token_hash(token))
                .values(ended_at=now or utcnow())
            )


class LoginThrottle:
    """At most 5 failed sign-ins per email and address, and 50 per address, in 15
    minutes; a success clears the account's count from that address."""

    WINDOW = timedelta(minutes=15)
    PER_ACCOUNT = 5
    PER_ADDRESS = 50

    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    @staticmethod
    def _email(email: str) -> str:
        return email.strip().lower()[:254]

    def retry_after(self, email: str, ip_address: str, now: datetime | None = None) -> int:
        """Seconds until the next attempt is allowed; 0 when it is allowed now."""
        now = now or utcnow()
        since = now - self.WINDOW
        waits = [0.0]
        with self.sessions() as session:
            for condition, limit in (
                (
                    (LoginFailure.email == self._email(email))
                    & (LoginFailure.ip_address == ip_address),
                    self.PER_ACCOUNT,
                ),
                (LoginFailure.ip_address == ip_address, self.PER_ADDRESS),
            ):
                times = session.scalars(
                    select(LoginFailure.created_at)
                    .where(condition, LoginFailure.created_at >= since)
                    .order_by(LoginFailure.created_at.desc())
                    .limit(limit)
                ).all()
                if len(times) >= limit:
                    oldest = aware(times[-1]) or now
                    waits.append((oldest + self.WINDOW - now).total_seconds())
        return max(1, int(max(waits)) + 1) if max(waits) > 0 else 0

    def failed(self, email: str, ip_address: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self.sessions.begin() as session:
            session.execute(
                delete(LoginFailure).where(LoginFailure.created_at < now - 2 * self.WINDOW)
            )
            session.add(
                LoginFailure(email=self._email(email), ip_address=ip_address, created_at=now)
            )

    def succeeded(self, email: str, ip_address: str) -> None:
        with self.sessions.begin() as session:
            session.execute(
                delete(LoginFailure).where(
                    LoginFailure.email == self._email(email),
                    LoginFailure.ip_address == ip_address,
                )
            )
