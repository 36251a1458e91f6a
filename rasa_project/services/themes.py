"""Themes heard in the conversation: logged with evidence, corrected by recruiters,
exported as training data."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import yaml
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker

from rasa_project.models import CheckIn, ThemeCorrection, ThemeObservation
from rasa_project.nlu.taxonomy import THEMES

logger = logging.getLogger(__name__)

T = TypeVar("T")
EVIDENCE_CHARS = 500


@dataclass(frozen=True)
class HeardTheme:
    name: str
    confidence: float


def with_retries(work: Callable[[], T], attempts: int = 3, delay: float = 0.2) -> T:
    """Runs `work`, retrying a briefly unavailable database with backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except OperationalError:
            if attempt == attempts:
                raise
            logger.warning("database unavailable, retry %d of %d", attempt, attempts - 1)
            time.sleep(delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


class ThemeService:
    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    def log_message(
        self, conversation_id: str, turn: int, text: str, themes: Sequence[HeardTheme]
    ) -> int:
        """Stores each theme of one message; a repeat of the same turn adds nothing.
        Returns how many rows were new."""
        known = [t for t in themes if t.name in THEMES]
        if not known:
            return 0

        def write() -> int:
            added = 0
            with self.sessions.begin() as session:
                checkin_id = session.scalar(
                    select(CheckIn.id).where(CheckIn.conversation_id == conversation_id)
                )
                existing = set(
                    session.scalars(
                        select(ThemeObservation.theme).where(
                            ThemeObservation.conversation_id == conversation_id,
                            ThemeObservation.turn == turn,
                        )
                    )
                )
                for theme in known:
                    if theme.name in existing:
                        continue
                    session.add(
                        ThemeObservation(
                            checkin_id=checkin_id,
                            conversation_id=conversation_id,
                            turn=turn,
                            theme=theme.name,
                            confidence=theme.confidence,
                            evidence=text[:EVIDENCE_CHARS],
                        )
                    )
                    added += 1
            return added

        try:
            return with_retries(write)
        except IntegrityError:
            return 0  # a concurrent retry of the same turn got there first

    def themes_of(self, conversation_id: str) -> list[dict[str, Any]]:
        with self.sessions() as session:
            rows = session.scalars(
                select(ThemeObservation)
                .where(ThemeObservation.conversation_id == conversation_id)
                .order_by(ThemeObservation.turn, ThemeObservation.confidence.desc())
            ).all()
            return [
                {
                    "theme": r.theme,
                    "confidence": r.confidence,
                    "turn": r.turn,
                    "evidence": r.evidence,
                    "at": r.created_at.isoformat(),
                }
                for r in rows
            ]

    def correct(
        self,
        conversation_id: str,
        turn: int,
        text: str,
        themes: Sequence[str],
        recruiter_id: int | None,
    ) -> int:
        unknown = sorted(set(themes) - set(THEMES))
        if unknown:
            raise ValueError(f"unknown themes: {', '.join(unknown)}")
        with self.sessions.begin() as session:
            correction = ThemeCorrection(
                conversation_id=conversation_id,
                turn=turn,
                text=text,
                themes=json.dumps(sorted(set(themes))),
                recruiter_id=recruiter_id,
            )
            session.add(correction)
            session.flush()
            return int(correction.id)

    def corrections_as_training_data(self) -> str:
        """The corrected messages as Rasa NLU YAML (`share_setback` with theme metadata);
        the newest correction of a message wins."""
        with self.sessions() as session:
            rows = session.scalars(select(ThemeCorrection).order_by(ThemeCorrection.id)).all()
            latest = {(r.conversation_id, r.turn): r for r in rows}
            examples = [
                {"text": r.text, "metadata": {"themes": json.loads(r.themes)}}
                for r in latest.values()
            ]
        document = {
            "version": "3.1",
            "nlu": [{"intent": "share_setback", "examples": examples}] if examples else [],
        }
        header = (
            "# Recruiters' theme corrections, "
            "exported by `python -m rasa_project export-training-data`.\n"
        )
        return header + yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
