"""What a check-in conversation stores: questions asked, the candidate's next step,
the closing summary and whether the candidate agreed to share it."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from rasa_project.models import AskedQuestion, CheckIn, Placement

ENDED_STATUSES = ("completed", "stopped")


class ConversationService:
    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    @staticmethod
    def _checkin(session: Session, conversation_id: str) -> CheckIn | None:
        return session.scalars(
            select(CheckIn).where(CheckIn.conversation_id == conversation_id)
        ).first()

    @staticmethod
    def _checkin_and_candidate(session: Session, conversation_id: str) -> Row | None:
        """The check-in's id and its candidate's, in one query."""
        return session.execute(
            select(CheckIn.id, Placement.candidate_id)
            .join(Placement, Placement.id == CheckIn.placement_id)
            .where(CheckIn.conversation_id == conversation_id)
        ).first()

    def asked_keys(self, conversation_id: str) -> list[str]:
        """Every question key this candidate has been asked, across all check-ins."""
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(AskedQuestion.question_key)
                    .join(Placement, Placement.candidate_id == AskedQuestion.candidate_id)
                    .join(CheckIn, CheckIn.placement_id == Placement.id)
                    .where(CheckIn.conversation_id == conversation_id)
                )
            )

    def record_question(self, conversation_id: str, key: str) -> None:
        try:
            with self.sessions.begin() as session:
                found = self._checkin_and_candidate(session, conversation_id)
                if found is None:
                    return
                session.add(
                    AskedQuestion(
                        candidate_id=found.candidate_id, checkin_id=found.id, question_key=key
                    )
                )
        except IntegrityError:
            pass  # already recorded (a retried action): nothing to add

    def record_next_step(self, conversation_id: str, next_step: str) -> None:
        with self.sessions.begin() as session:
            checkin = self._checkin(session, conversation_id)
            if checkin is not None:
                checkin.next_step = next_step.strip()[:500]

    def next_step(self, conversation_id: str) -> str | None:
        with self.sessions() as session:
            checkin = self._checkin(session, conversation_id)
            return checkin.next_step if checkin else None

    def end(self, conversation_id: str, status: str, summary: str | None = None) -> None:
        """Ends the check-in as completed (with its summary) or stopped by the candidate."""
        if status not in ENDED_STATUSES:
            raise ValueError(f"status must be one of {ENDED_STATUSES}")
        with self.sessions.begin() as session:
            checkin = self._checkin(session, conversation_id)
            if checkin is None:
                return
            checkin.status = status
            checkin.ended_at = datetime.now(timezone.utc)
            if summary is not None:
                checkin.summary = summary

    def record_consent(self, conversation_id: str, shared: bool) -> None:
        with self.sessions.begin() as session:
            checkin = self._checkin(session, conversation_id)
            if checkin is not None:
                checkin.summary_shared = shared
