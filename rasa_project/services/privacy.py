"""Candidate data rights: export everything, erase everything, purge what is past its
retention period, and record consent.

Rasa has no API to delete a conversation, so erasure deletes the tracker store's
`events` rows for the candidate's conversation ids itself. When the app and the tracker
store share one database, both deletions happen in one transaction; otherwise the
tracker store goes first, so a failure leaves the app rows in place to retry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy import delete, or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from rasa_project import models as m

NOTICE_VERSION = "2026-11"
SUMMARY_WORDING_VERSION = "2026-11"

EVENTS = sa.table(
    "events",
    sa.column("id"),
    sa.column("sender_id"),
    sa.column("type_name"),
    sa.column("timestamp"),
    sa.column("data"),
)


class UnknownCandidate(LookupError):
    pass


def _rows(session: Session, model: Any, *where: Any) -> list[dict[str, Any]]:
    columns = [c.name for c in model.__table__.columns]
    out = []
    for row in session.scalars(select(model).where(*where)):
        out.append({c: _plain(getattr(row, c)) for c in columns if c != "password_hash"})
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


@dataclass
class PrivacyService:
    sessions: sessionmaker
    tracker_engine: Engine

    # -- consent -------------------------------------------------------------------

    def record_consent(self, conversation_id: str, kind: str, granted: bool, version: str) -> None:
        with self.sessions.begin() as session:
            checkin = session.scalars(
                select(m.CheckIn).where(m.CheckIn.conversation_id == conversation_id)
            ).first()
            if checkin is None:
                return
            candidate_id = checkin.placement.candidate_id
            already = session.scalar(
                select(m.ConsentRecord.id).where(
                    m.ConsentRecord.candidate_id == candidate_id,
                    m.ConsentRecord.checkin_id == checkin.id,
                    m.ConsentRecord.kind == kind,
                    m.ConsentRecord.granted == granted,
                    m.ConsentRecord.wording_version == version,
                )
            )
            if already:
                return  # the same answer again (another tab, a reload)
            session.add(
                m.ConsentRecord(
                    candidate_id=candidate_id,
                    checkin_id=checkin.id,
                    kind=kind,
                    granted=granted,
                    wording_version=version,
                )
            )

    # -- what belongs to a candidate -------------------------------------------------

    def _conversations(self, session: Session, candidate_id: int) -> list[str]:
        return list(
            session.scalars(
                select(m.CheckIn.conversation_id)
                .join(m.Placement)
                .where(m.Placement.candidate_id == candidate_id)
            )
        )

    def _handoff_ids(self, session: Session, conversations: list[str]) -> list[int]:
        return list(
            session.scalars(
                select(m.Handoff.id).where(m.Handoff.conversation_id.in_(conversations))
            )
        )

    @staticmethod
    def _audit_targets(candidate_id: int, conversations: list[str]) -> list[str]:
        return [f"candidate:{candidate_id}"] + [f"conversation:{c}" for c in conversations]

    def export(self, candidate_id: int) -> dict[str, Any]:
        """Everything stored about the candidate, as plain JSON-ready data."""
        with self.sessions() as session:
            candidate = session.get(m.Candidate, candidate_id)
            if candidate is None:
                raise UnknownCandidate(f"There is no candidate with id {candidate_id}.")
            conversations = self._conversations(session, candidate_id)
            handoffs = self._handoff_ids(session, conversations)
            archive = {
                "exported_at": datetime.now(timezone.utc).isoformat(),
                "candidate": _rows(session, m.Candidate, m.Candidate.id == candidate_id)[0],
                "placements": _rows(session, m.Placement, m.Placement.candidate_id == candidate_id),
                "checkins": _rows(session, m.CheckIn, m.CheckIn.conversation_id.in_(conversations)),
                "themes": _rows(
                    session,
                    m.ThemeObservation,
                    m.ThemeObservation.conversation_id.in_(conversations),
                ),
                "theme_corrections": _rows(
                    session, m.ThemeCorrection, m.ThemeCorrection.conversation_id.in_(conversations)
                ),
                "handoffs": _rows(session, m.Handoff, m.Handoff.id.in_(handoffs)),
                "handoff_alerts": _rows(
                    session, m.HandoffAlert, m.HandoffAlert.handoff_id.in_(handoffs)
                ),
                "handoff_notes": _rows(
                    session, m.HandoffNote, m.HandoffNote.handoff_id.in_(handoffs)
                ),
                "questions_asked": _rows(
                    session, m.AskedQuestion, m.AskedQuestion.candidate_id == candidate_id
                ),
                "consent_records": _rows(
                    session, m.ConsentRecord, m.ConsentRecord.candidate_id == candidate_id
                ),
                "audit_entries": _rows(
                    session,
                    m.AuditEntry,
                    m.AuditEntry.target.in_(self._audit_targets(candidate_id, conversations)),
                ),
            }
        with self.tracker_engine.connect() as connection:
            archive["conversation_events"] = (
                {
                    conversation: [
                        json.loads(data)
                        for data in connection.execute(
                            select(EVENTS.c.data)
                            .where(EVENTS.c.sender_id == conversation)
                            .order_by(EVENTS.c.id)
                        ).scalars()
                    ]
                    for conversation in conversations
                }
                if _has_events(connection)
                else {}
            )
        return archive

    # -- erasure ---------------------------------------------------------------------

    def _delete_app_rows(
        self, session: Session, candidate_id: int, conversations: list[str]
    ) -> None:
        handoffs = self._handoff_ids(session, conversations)
        for statement in (
            delete(m.HandoffNote).where(m.HandoffNote.handoff_id.in_(handoffs)),
            delete(m.HandoffAlert).where(m.HandoffAlert.handoff_id.in_(handoffs)),
            delete(m.Handoff).where(m.Handoff.id.in_(handoffs)),
            delete(m.ThemeObservation).where(m.ThemeObservation.conversation_id.in_(conversations)),
            delete(m.ThemeCorrection).where(m.ThemeCorrection.conversation_id.in_(conversations)),
            delete(m.AuditEntry).where(
                m.AuditEntry.target.in_(self._audit_targets(candidate_id, conversations))
            ),
            delete(m.AskedQuestion).where(m.AskedQuestion.candidate_id == candidate_id),
            delete(m.ConsentRecord).where(m.ConsentRecord.candidate_id == candidate_id),
            delete(m.ErasureRequest).where(m.ErasureRequest.candidate_id == candidate_id),
            delete(m.CheckIn).where(m.CheckIn.conversation_id.in_(conversations)),
            delete(m.Placement).where(m.Placement.candidate_id == candidate_id),
            delete(m.Candidate).where(m.Candidate.id == candidate_id),
        ):
            session.execute(statement.execution_options(synchronize_session=False))

    def erase(self, candidate_id: int, erased_by: str) -> int:
        """Deletes the candidate everywhere and leaves a tombstone; returns how many
        conversation events were deleted from the tracker store."""
        with self.sessions() as session:
            if session.get(m.Candidate, candidate_id) is None:
                raise UnknownCandidate(f"There is no candidate with id {candidate_id}.")
            conversations = self._conversations(session, candidate_id)
        same_database = str(self.tracker_engine.url) == str(self.sessions.kw["bind"].url)
        deleted_events = 0
        if not same_database:
            with self.tracker_engine.begin() as connection:
                deleted_events = _delete_events(connection, conversations)
        with self.sessions.begin() as session:
            if same_database:
                deleted_events = _delete_events(session.connection(), conversations)
            self._delete_app_rows(session, candidate_id, conversations)
            session.add(m.Tombstone(candidate_id=candidate_id, erased_by=erased_by))
        return deleted_events

    def request_erasure(self, conversation_id: str) -> bool:
        with self.sessions.begin() as session:
            checkin = session.scalars(
                select(m.CheckIn).where(m.CheckIn.conversation_id == conversation_id)
            ).first()
            if checkin is None:
                return False
            session.add(m.ErasureRequest(candidate_id=checkin.placement.candidate_id))
            return True

    def carry_out_requests(self, quiet_for: timedelta = timedelta(seconds=10)) -> int:
        """Erases candidates who asked in the chat, once their conversation is quiet."""
        cutoff = datetime.now(timezone.utc) - quiet_for
        with self.sessions() as session:
            requests = session.execute(
                select(m.ErasureRequest.candidate_id, m.ErasureRequest.requested_at)
            ).all()
        done = 0
        for candidate_id, requested_at in requests:
            if requested_at.replace(tzinfo=requested_at.tzinfo or timezone.utc) > cutoff:
                continue
            self.erase(candidate_id, "candidate")
            done += 1
        return done

    # -- retention -------------------------------------------------------------------

    def purge(self, retention_days: int, today: date | None = None) -> list[int]:
        """Erases candidates whose every placement ended more than `retention_days` ago."""
        today = today or date.today()
        limit = today - timedelta(days=retention_days)
        with self.sessions() as session:
            candidates = session.scalars(
                select(m.Candidate.id).where(
                    m.Candidate.placements.any(),
                    ~m.Candidate.placements.any(
                        or_(m.Placement.ended_on.is_(None), m.Placement.ended_on > limit)
                    ),
                )
            ).all()
        for candidate_id in candidates:
            self.erase(candidate_id, "retention")
        return list(candidates)


def _has_events(connection: Connection) -> bool:
    return bool(sa.inspect(connection).has_table("events"))


def _delete_events(connection: Connection, conversations: list[str]) -> int:
    if not conversations or not _has_events(connection):
        return 0
    result = connection.execute(delete(EVENTS).where(EVENTS.c.sender_id.in_(conversations)))
    return int(result.rowcount or 0)


def remaining_mentions(
    sessions: sessionmaker, tracker_engine: Engine, needles: list[str]
) -> list[str]:
    """Every table and column, app database and tracker store, whose text contains
    one of the needles: the proof that an erasure left nothing behind."""
    found = []
    for engine in {str(e.url): e for e in (sessions.kw["bind"], tracker_engine)}.values():
        metadata = sa.MetaData()
        metadata.reflect(bind=engine)
        with engine.connect() as connection:
            for table in metadata.sorted_tables:
                for row in connection.execute(select(table)):
                    text = " ".join(str(v) for v in row if v is not None).lower()
                    for needle in needles:
                        if needle.lower() in text:
                            found.append(f"{table.name}: {needle}")
    return sorted(set(found))
