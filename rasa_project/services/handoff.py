"""Handoffs to the recruiter: opened once per trigger, closed only by a person."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from rasa_project.conversation.transcript import transcript_lines
from rasa_project.models import CheckIn, Handoff
from rasa_project.services.alerts import add_alerts
from rasa_project.services.checkins import recruiter_first_name
from rasa_project.settings import Settings

URGENCY = {"crisis": 0, "urgent": 1, "distress": 2, "requested": 2, "fallback": 2}


@dataclass(frozen=True)
class OpenedHandoff:
    id: int
    created: bool  # False when a retried action found the record already there
    recruiter_name: str | None


class HandoffService:
    def __init__(self, sessions: sessionmaker, settings: Settings) -> None:
        self.sessions = sessions
        self.settings = settings

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
                add_alerts(session, handoff, self.settings)  # same transaction: never lost
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
            return recruiter_first_name(session, conversation_id)

    def open_handoffs(self, conversation_id: str) -> list[Handoff]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(Handoff).where(
                        Handoff.conversation_id == conversation_id, Handoff.status != "resolved"
                    )
                )
            )


def next_working_start(now: datetime, settings: Settings) -> datetime | None:
    """None while the recruiter is working; else when their next working period starts
    (in the recruiter's time zone)."""
    local = now.astimezone(ZoneInfo(settings.recruiter_timezone))
    start, end = settings.working_hours
    minute = local.hour * 60 + local.minute
    if local.weekday() in settings.working_days and start <= minute < end:
        return None
    day = local.date() if minute < start else local.date() + timedelta(days=1)
    while day.weekday() not in settings.working_days:
        day += timedelta(days=1)
    return datetime.combine(day, time(start // 60, start % 60), tzinfo=local.tzinfo)


def reply_expectation(reason: str, recruiter: str | None, now: datetime, settings: Settings) -> str:
    """What the candidate is told happens next, by urgency and working hours."""
    who = recruiter or "your recruiter"
    pause = "I'll pause here so a person can take over; anything you write is kept for them."
    if reason == "crisis":
        return (
            f"I've alerted {who} at the highest priority, and they will contact you "
            f"as soon as they can. {pause}"
        )
    starts = next_working_start(now, settings)
    if starts is None:
        when = "as soon as possible today" if reason == "urgent" else "later today"
    else:
        local_now = now.astimezone(starts.tzinfo)
        day = (
            "today"
            if starts.date() == local_now.date()
            else "tomorrow"
            if starts.date() == local_now.date() + timedelta(days=1)
            else f"on {starts:%A}"
        )
        when = f"when their working day starts, {day} at {starts:%H:%M}"
    if reason == "urgent":
        text = f"I've alerted {who}, and they will contact you {when}. {pause}"
        if starts is not None:
            text += " If you are in danger right now, please call your local emergency number."
        return text
    return f"I've let {who} know you'd like to talk. They'll get back to you {when}. {pause}"


RECONCILED_INTENTS = {
    "risk_crisis": "crisis",
    "risk_urgent": "urgent",
    "request_human": "requested",
}


def reconcile_from_tracker_store(
    handoffs: HandoffService, tracker_engine: Engine, since: datetime
) -> list[OpenedHandoff]:
    """Opens the handoffs that a message called for but no action recorded (the action
    server was down). Reads Rasa's SQL tracker store; the same trigger key as the action
    makes it safe to run any number of times."""
    events = sa.table(
        "events",
        sa.column("id"),
        sa.column("sender_id"),
        sa.column("type_name"),
        sa.column("timestamp"),
        sa.column("intent_name"),
        sa.column("data"),
    )
    with tracker_engine.connect() as connection:
        if not sa.inspect(connection).has_table("events"):
            return []
        triggers = connection.execute(
            select(events.c.id, events.c.sender_id, events.c.timestamp, events.c.intent_name)
            .where(
                events.c.type_name == "user",
                events.c.intent_name.in_(list(RECONCILED_INTENTS)),
                events.c.timestamp >= since.timestamp(),
            )
            .order_by(events.c.id)
        ).all()
    with handoffs.sessions() as session:
        known = {
            (c, k)
            for c, k in session.execute(
                select(Handoff.conversation_id, Handoff.trigger_key).where(
                    Handoff.conversation_id.in_({t.sender_id for t in triggers})
                )
            )
        }
    opened = []
    for trigger in triggers:
        reason = RECONCILED_INTENTS[trigger.intent_name]
        key = f"{reason}:{trigger.timestamp}"
        if (trigger.sender_id, key) in known:
            continue
        with tracker_engine.connect() as connection:
            rows = connection.execute(
                select(events.c.data)
                .where(events.c.sender_id == trigger.sender_id, events.c.id <= trigger.id)
                .order_by(events.c.id)
            ).scalars()
            history = [json.loads(row) for row in rows]
        parse = history[-1].get("parse_data") or {}
        opened.append(
            handoffs.open(
                trigger.sender_id,
                reason=reason,
                trigger_key=key,
                risk_level=(parse.get("risk") or {}).get("level", "none"),
                themes=[t.get("name") for t in parse.get("themes") or []],
                transcript=transcript_lines(history),
            )
        )
    return opened
