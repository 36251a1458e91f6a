import pytest
import yaml
from sqlalchemy.exc import OperationalError

from rasa_project.db import Database
from rasa_project.services.themes import HeardTheme, ThemeService, with_retries


def test_unknown_theme_names_are_not_logged(database: Database, conversation_id: str) -> None:
    service = ThemeService(database.sessions)
    assert service.log_message(conversation_id, 1, "x", [HeardTheme("made_up", 0.9)]) == 0
    assert service.themes_of(conversation_id) == []


def test_retries_recover_from_a_brief_outage() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("select 1", {}, Exception("database is locked"))
        return "written"

    assert with_retries(flaky, attempts=3, delay=0.001) == "written"
    assert len(calls) == 3


def test_retries_give_up_with_the_error() -> None:
    def down() -> None:
        raise OperationalError("select 1", {}, Exception("unavailable"))

    with pytest.raises(OperationalError):
        with_retries(down, attempts=2, delay=0.001)


def test_corrections_export_as_rasa_training_data(database: Database, conversation_id: str) -> None:
    service = ThemeService(database.sessions)
    service.correct(conversation_id, 2, "my boss never replies", ["workload"], None)
    service.correct(conversation_id, 2, "my boss never replies", ["manager_relationship"], None)
    service.correct(conversation_id, 3, "three hour commute", ["work_life"], None)
    exported = yaml.safe_load(service.corrections_as_training_data())
    examples = exported["nlu"][0]["examples"]
    assert exported["nlu"][0]["intent"] == "share_setback"
    assert examples == [
        {"text": "my boss never replies", "metadata": {"themes": ["manager_relationship"]}},
        {"text": "three hour commute", "metadata": {"themes": ["work_life"]}},
    ]


def test_corrections_with_unknown_themes_are_refused(
    database: Database, conversation_id: str
) -> None:
    with pytest.raises(ValueError, match="made_up"):
        ThemeService(database.sessions).correct(conversation_id, 1, "x", ["made_up"], None)


def test_the_export_loads_as_rasa_nlu_data(
    database: Database, conversation_id: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from rasa.shared.nlu.training_data.loading import load_data

    service = ThemeService(database.sessions)
    service.correct(conversation_id, 2, "nobody on the team talks to me", ["team_belonging"], None)
    path = tmp_path / "corrections.yml"
    path.write_text(service.corrections_as_training_data())
    [message] = load_data(str(path)).training_examples
    assert message.get("metadata")["example"]["themes"] == ["team_belonging"]
