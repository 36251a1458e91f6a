"""The project's importer gives what Rasa's own gives, reads a changed file again, and is
the one config.yml names (Rasa falls back to its own, with only a log line, when an
importer's path is wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.importers.rasa import RasaFileImporter

from rasa_project.importer import FileImporter
from rasa_project.settings import PROJECT_ROOT

NLU = """version: "3.1"
nlu:
- intent: greet
  examples: |
    - hi there
    - hello
"""


def examples(data) -> list[tuple]:
    return [(m.get("text"), m.get("intent"), m.get("metadata")) for m in data.training_examples]


def test_config_names_the_project_importer() -> None:
    importer = TrainingDataImporter.load_from_config(str(PROJECT_ROOT / "config.yml"))
    combined = importer.importer._importer  # E2EImporter(ResponsesSyncImporter(Combined…))
    assert [type(i) for i in combined._importers] == [FileImporter]


def test_the_project_data_reads_as_with_rasas_importer() -> None:
    paths = [str(PROJECT_ROOT / "data")]
    ours = FileImporter(None, str(PROJECT_ROOT / "domain.yml"), paths).get_nlu_data()
    rasas = RasaFileImporter(None, str(PROJECT_ROOT / "domain.yml"), paths).get_nlu_data()
    assert len(ours.training_examples) > 5000
    assert examples(ours) == examples(rasas)


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    nlu = tmp_path / "nlu.yml"
    nlu.write_text(NLU)
    assert [t for t, *_ in examples(FileImporter(None, None, [str(nlu)]).get_nlu_data())] == [
        "hi there",
        "hello",
    ]
    nlu.write_text(NLU + "    - hey\n")
    assert "hey" in [t for t, *_ in examples(FileImporter(None, None, [str(nlu)]).get_nlu_data())]


def test_what_rasa_hands_on_is_a_copy(tmp_path: Path) -> None:
    nlu = tmp_path / "nlu.yml"
    nlu.write_text(NLU)

    def read():
        importer = TrainingDataImporter.load_from_dict(
            {"importers": [{"name": "rasa_project.importer.FileImporter"}]},
            training_data_paths=[str(nlu)],
        )
        return importer.get_nlu_data()

    first = read()
    first.training_examples[0].set("text", "changed by a component")
    assert "changed by a component" not in [t for t, *_ in examples(read())]


def test_a_malformed_file_fails_as_with_rasas_importer(tmp_path: Path) -> None:
    nlu = tmp_path / "nlu.yml"
    nlu.write_text('version: "3.1"\nnlu:\n- intent: greet\n  examples: 3\n')
    with pytest.raises(Exception) as rasas:
        RasaFileImporter(None, None, [str(nlu)]).get_nlu_data()
    with pytest.raises(type(rasas.value)):
        FileImporter(None, None, [str(nlu)]).get_nlu_data()
