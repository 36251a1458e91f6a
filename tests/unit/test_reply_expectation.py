"""What the candidate is told about when the recruiter will answer."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from rasa_project.services.handoff import next_working_start, reply_expectation
from rasa_project.settings import Settings


@pytest.fixture
def london(tmp_path: Path) -> Settings:
    return Settings.from_env({"VAR_DIR": str(tmp_path), "RECRUITER_TIMEZONE": "Europe/London"})


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def test_within_working_hours_there_is_no_wait(london: Settings) -> None:
    assert next_working_start(utc(2026, 11, 25, 10, 0), london) is None  # Wednesday
    text = reply_expectation("requested", "Sam", utc(2026, 11, 25, 10, 0), london)
    assert text.startswith(
        "I've let Sam know you'd like to talk. They'll get back to you later today."
    )


def test_in_the_evening_it_names_tomorrow_morning(london: Settings) -> None:
    text = reply_expectation("urgent", "Sam", utc(2026, 11, 25, 20, 0), london)
    assert "when their working day starts, tomorrow at 09:00" in text
    assert text.endswith("If you are in danger right now, please call your local emergency number.")


def test_on_friday_evening_it_names_monday(london: Settings) -> None:
    assert next_working_start(utc(2026, 11, 27, 18, 0), london) == datetime(
        2026,
        11,
        30,
        9,
        0,
        tzinfo=next_working_start(utc(2026, 11, 27, 18, 0), london).tzinfo,  # type: ignore[union-attr]
    )
    assert "on Monday at 09:00" in reply_expectation(
        "requested", None, utc(2026, 11, 27, 18, 0), london
    )


def test_early_morning_is_today(london: Settings) -> None:
    assert "today at 09:00" in reply_expectation(
        "requested", "Sam", utc(2026, 11, 25, 6, 0), london
    )


def test_crisis_never_waits_for_working_hours(london: Settings) -> None:
    text = reply_expectation("crisis", "Sam", utc(2026, 11, 28, 3, 0), london)  # Saturday night
    assert "highest priority" in text and "working day" not in text


def test_summer_time_is_respected(london: Settings) -> None:
    # 08:30 UTC in July is 09:30 in London: working
    assert next_working_start(utc(2026, 7, 15, 8, 30), london) is None
    assert next_working_start(utc(2026, 1, 14, 8, 30), london) is not None
