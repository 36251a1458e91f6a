"""Process-wide objects, built on first use (never at import: Rasa SDK imports every
action module, and tests pass their own storage to the services)."""

from __future__ import annotations

from functools import lru_cache

from rasa_project.db import Database
from rasa_project.services.alerts import AlertService
from rasa_project.services.checkins import CheckInService
from rasa_project.services.conversation import ConversationService
from rasa_project.services.handoff import HandoffService
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
