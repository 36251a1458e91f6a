"""Process-wide objects, built on first use (never at import: Rasa SDK imports every
action module, and tests pass their own storage to the services)."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.engine import Engine

from rasa_project.db import Database, create_db_engine
from rasa_project.services.alerts import AlertService
from rasa_project.services.checkins import CheckInService
from rasa_project.services.conversation import ConversationService
from rasa_project.services.handoff import HandoffService
from rasa_project.services.privacy import PrivacyService
from rasa_project.services.themes import ThemeService
from rasa_project.settings import get_settings


@lru_cache(maxsize=1)
def database() -> Database:
    return Database.connect(get_settings().database_url)


def checkin_service() -> CheckInService:
    return CheckInService(database().sessions, get_settings())


def conversation_service() -> ConversationService:
    return ConversationService(database().sessions)


def handoff_service() -> HandoffService:
    return HandoffService(database().sessions, get_settings())


def theme_service() -> ThemeService:
    return ThemeService(database().sessions)


def alert_service() -> AlertService:
    return AlertService(database().sessions, get_settings())


@lru_cache(maxsize=1)
def tracker_store() -> Engine:
    """Rasa's SQL tracker store, read by transcripts and erasure."""
    return create_db_engine(get_settings().tracker_store_url)


def privacy_service() -> PrivacyService:
    return PrivacyService(database().sessions, tracker_store())
