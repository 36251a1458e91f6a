"""Handoffs to the recruiter: opened once per trigger, closed only by a person."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from rasa_project.models import CheckIn, Handoff, Placement, Recruiter

URGENCY = {"crisis": 0, "urgent": 1, "distress": 2, "requested": 2, "fallback": 2}


@dataclass(frozen=True)
class OpenedHandoff:
    id: int
    created: bool  # False when a retried action found the record already there
    recruiter_name: str | None


class HandoffService:
    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    def open(
        self,
        conversation_id: str,
        reason: str,
        trigger_key: str,
        risk_level: str = "none",
        themes: Sequence[str] = (),
        transcript: Sequence[dict[str, Any]] = (),
    ) -> OpenedHandoff:
        if reason not in URGENCY:
            raise ValueError(f"unknown handoff reason {reason!r}")
        try:
            with self.sessions.begin() as session:
                checkin = session.scalars(
                    select(CheckIn).where(CheckIn.conversation_id == conversation_id)
                ).first()
                handoff = Handoff(
                    checkin_id=checkin.id if checkin else None,
                    conversation_id=conversation_id,
                    trigger_key=trigger_key[:120],
                    reason=reason,
                    urgency=URGENCY[reason],
                    risk_level=risk_level,
                    themes=json.dumps(list(themes)),
                    transcript=json.dumps(list(transcript)),
                )
                session.add(handoff)
                session.flush()
                created_id = int(handoff.id)
            return OpenedHandoff(created_id, True, self.recruiter_name(conversation_id))
        except IntegrityError:
            with self.sessions() as session:
                existing = session.scalars(
                    select(Handoff.id).where(
                        Handoff.conversation_id == conversation_id,
                        Handoff.trigger_key == trigger_key[:120],
                    )
                ).one()
            return OpenedHandoff(int(existing), False, self.recruiter_name(conversation_id))

    def recruiter_name(self, conversation_id: str) -> str | None:
        with self.sessions() as session:
            name = session.scalar(
                select(Recruiter.name)
                .join(Placement, Placement.recruiter_id == Recruiter.id)
                .join(CheckIn, CheckIn.placement_id == Placement.id)
                .where(CheckIn.conversation_id == conversation_id)
            )
            return name.split()[0] if name else None

    def open_handoffs(self, conversation_id: str) -> list[Handoff]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(Handoff).where(
                        Handoff.conversation_id == conversation_id, Handoff.status != "resolved"
                    )
                )
            )
