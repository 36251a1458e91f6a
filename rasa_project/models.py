"""The app's tables: recruiter → candidate → placement → check-in.

Rasa's own tracker store (conversation events) lives in its own database; a check-in
points at its conversation through `conversation_id`, the Rasa sender id.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import registry, relationship
from sqlalchemy.orm.decl_api import DeclarativeMeta

mapper_registry = registry()


class Base(metaclass=DeclarativeMeta):
    # The explicit form of declarative_base(), so that type checkers understand it.
    __abstract__ = True
    registry = mapper_registry
    metadata = mapper_registry.metadata
    __init__ = mapper_registry.constructor


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Recruiter(Base):
    __tablename__ = "recruiters"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)
    is_admin = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    placements = relationship("Placement", back_populates="recruiter")


class Candidate(Base):
    __tablename__ = "candidates"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(80), nullable=False)
    last_name = Column(String(80), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    phone = Column(String(40))
    timezone = Column(String(64), nullable=False, default="UTC")
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    placements = relationship("Placement", back_populates="candidate")


class Placement(Base):
    __tablename__ = "placements"

    id = Column(Integer, primary_key=True)
    candidate_id = Column(
        ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True
    )
    recruiter_id = Column(ForeignKey("recruiters.id"), nullable=False, index=True)
    company = Column(String(200), nullable=False)
    role = Column(String(200), nullable=False)
    start_date = Column(Date, nullable=False)
    ended_on = Column(Date)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    candidate = relationship("Candidate", back_populates="placements")
    recruiter = relationship("Recruiter", back_populates="placements")
    checkins = relationship("CheckIn", back_populates="placement", order_by="CheckIn.id")


class CheckIn(Base):
    """One check-in conversation with a placed candidate."""

    __tablename__ = "checkins"
    # one check-in per scheduled stage of a placement: planning twice adds nothing
    __table_args__ = (
        UniqueConstraint("conversation_id"),
        UniqueConstraint("placement_id", "stage", name="uq_checkins_placement_stage"),
    )

    id = Column(Integer, primary_key=True)
    placement_id = Column(
        ForeignKey("placements.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # the Rasa sender id; random so that it cannot be guessed from the placement
    conversation_id = Column(String(64), nullable=False)
    # scheduled (invitation not sent yet), open, completed, stopped or cancelled
    status = Column(String(20), nullable=False, default="open")
    stage = Column(String(20))  # week_1, day_30, day_60, day_90; None when sent by hand
    due_at = Column(DateTime(timezone=True), index=True)
    invited_at = Column(DateTime(timezone=True))
    reminded_at = Column(DateTime(timezone=True))
    answered_at = Column(DateTime(timezone=True))  # the candidate's first message
    invitation_error = Column(String(300))
    next_step = Column(Text)  # the candidate's own words, recalled at the next check-in
    summary = Column(Text)
    summary_shared = Column(Boolean)  # None until the candidate answers
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    ended_at = Column(DateTime(timezone=True))

    placement = relationship("Placement", back_populates="checkins")


class AskedQuestion(Base):
    """A question from the bank asked to a candidate, so that it is never asked again."""

    __tablename__ = "asked_questions"
    __table_args__ = (UniqueConstraint("candidate_id", "question_key"),)

    id = Column(Integer, primary_key=True)
    candidate_id = Column(
        ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True
    )
    checkin_id = Column(ForeignKey("checkins.id", ondelete="CASCADE"), nullable=False)
    question_key = Column(String(120), nullable=False)
    asked_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Handoff(Base):
    """A conversation handed to the candidate's recruiter: open → claimed → resolved."""

    __tablename__ = "handoffs"
    # A retried action carries the same trigger key, so it cannot open a second record.
    __table_args__ = (UniqueConstraint("conversation_id", "trigger_key"),)

    id = Column(Integer, primary_key=True)
    checkin_id = Column(ForeignKey("checkins.id", ondelete="CASCADE"), index=True)
    conversation_id = Column(String(64), nullable=False, index=True)
    trigger_key = Column(String(120), nullable=False)
    reason = Column(String(20), nullable=False)  # requested, crisis, urgent, distress, fallback
    urgency = Column(Integer, nullable=False)  # 0 top (crisis), 1 high, 2 normal
    risk_level = Column(String(20), nullable=False, default="none")
    themes = Column(Text, nullable=False, default="[]")  # JSON list of theme names
    transcript = Column(Text, nullable=False, default="[]")  # JSON snapshot up to the trigger
    status = Column(String(20), nullable=False, default="open", index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    claimed_at = Column(DateTime(timezone=True))
    resolved_at = Column(DateTime(timezone=True))


class ThemeObservation(Base):
    """A theme heard in one candidate message, with the candidate's words as evidence."""

    __tablename__ = "theme_observations"
    # A retried action logs the same (conversation, turn, theme): one row.
    __table_args__ = (UniqueConstraint("conversation_id", "turn", "theme"),)

    id = Column(Integer, primary_key=True)
    checkin_id = Column(ForeignKey("checkins.id", ondelete="CASCADE"), index=True)
    conversation_id = Column(String(64), nullable=False, index=True)
    turn = Column(Integer, nullable=False)  # the candidate's n-th message in the conversation
    theme = Column(String(40), nullable=False, index=True)
    confidence = Column(Float, nullable=False)
    evidence = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)


class ThemeCorrection(Base):
    """A recruiter's correction of the themes of one message, kept for retraining."""

    __tablename__ = "theme_corrections"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(64), nullable=False, index=True)
    turn = Column(Integer, nullable=False)
    text = Column(Text, nullable=False)
    themes = Column(Text, nullable=False)  # JSON list: the themes the message really carries
    recruiter_id = Column(ForeignKey("recruiters.id", ondelete="SET NULL"))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class HandoffAlert(Base):
    """One notification of a handoff to the recruiter (email or webhook), retried with
    backoff until sent; a failure shows on the handoff and never loses it."""

    __tablename__ = "handoff_alerts"

    id = Column(Integer, primary_key=True)
    handoff_id = Column(ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False, index=True)
    channel = Column(String(20), nullable=False)  # email or webhook
    status = Column(
        String(20), nullable=False, default="pending", index=True
    )  # pending, sending, sent, failed
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    locked_until = Column(DateTime(timezone=True))
    last_error = Column(String(300))
    sent_at = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class HandoffNote(Base):
    """One entry on a handoff's timeline in the console: a recruiter's note, or what
    they did (claimed, replied, handed back, resolved with an outcome)."""

    __tablename__ = "handoff_notes"

    id = Column(Integer, primary_key=True)
    handoff_id = Column(ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False, index=True)
    recruiter_id = Column(ForeignKey("recruiters.id", ondelete="SET NULL"), index=True)
    kind = Column(String(20), nullable=False, default="note")  # note, claimed, replied, …
    outcome = Column(String(40))  # set when kind is resolved
    text = Column(Text, nullable=False, default="")
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class AuditEntry(Base):
    """Who did what to which record, and when: every transcript view and export, and
    the console's changes. The actor's email is copied so the entry outlives the account."""

    __tablename__ = "audit_entries"

    id = Column(Integer, primary_key=True)
    recruiter_id = Column(ForeignKey("recruiters.id", ondelete="SET NULL"), index=True)
    actor = Column(String(254), nullable=False)
    action = Column(String(40), nullable=False, index=True)
    target = Column(String(200), nullable=False, index=True)  # e.g. conversation:<id>
    ip_address = Column(String(64))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)


class LoginFailure(Base):
    """A failed console sign-in; counted per email and address to throttle guessing
    (kept in the database so the limit holds across processes)."""

    __tablename__ = "login_failures"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, index=True)
    ip_address = Column(String(64), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)


class ConsoleSession(Base):
    """A signed-in console session. The signed cookie carries a random token and this
    table its SHA-256, so sign-out and the idle timeout hold on the server."""

    __tablename__ = "console_sessions"

    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    recruiter_id = Column(
        ForeignKey("recruiters.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    ended_at = Column(DateTime(timezone=True))


class ConsentRecord(Base):
    """What the candidate agreed to, when, and which wording they saw."""

    __tablename__ = "consent_records"

    id = Column(Integer, primary_key=True)
    candidate_id = Column(
        ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True
    )
    checkin_id = Column(ForeignKey("checkins.id", ondelete="SET NULL"))
    kind = Column(String(30), nullable=False)  # privacy_notice or summary_sharing
    granted = Column(Boolean, nullable=False)
    wording_version = Column(String(20), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class ErasureRequest(Base):
    """A candidate's confirmed "delete my data" from the chat; carried out by the worker
    once the conversation has gone quiet (Rasa would otherwise write the live
    conversation back)."""

    __tablename__ = "erasure_requests"

    id = Column(Integer, primary_key=True)
    candidate_id = Column(
        ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True
    )
    requested_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Tombstone(Base):
    """All that is left of an erased candidate: who, when, by whom."""

    __tablename__ = "tombstones"

    id = Column(Integer, primary_key=True)
    candidate_id = Column(Integer, nullable=False, unique=True)
    erased_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    erased_by = Column(String(254), nullable=False)  # an admin's email, "candidate" or "retention"
