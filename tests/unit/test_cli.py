"""The command line, as an admin uses it: clear output, non-zero exit on errors."""

import pytest

from rasa_project.cli import main
from rasa_project.db import Database
from rasa_project.settings import Settings


def test_placements_lists_one_a_line_id_first(
    database: Database, placement_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["placements"]) == 0
    assert capsys.readouterr().out.startswith(f"{placement_id}\tDaniel Okafor\tAcme\t")


def test_checkin_link_for_an_unknown_placement_fails_clearly(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checkin-link", "999"]) == 1
    assert "There is no placement with id 999" in capsys.readouterr().err


def test_erase_candidate_checks_that_nothing_is_left(
    database: Database,
    settings: Settings,
    placement_id: int,
    conversation_id: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["export-candidate", "1"]) == 0
    assert '"email": "daniel@candidate.example"' in capsys.readouterr().out
    assert main(["erase-candidate", "1", "--by", "admin@agency.example"]) == 0
    assert "Checked: no row in the app database or the tracker store mentions them." in (
        capsys.readouterr().out
    )
    assert main(["erase-candidate", "1", "--by", "admin@agency.example"]) == 1
    assert "There is no candidate with id 1" in capsys.readouterr().err
