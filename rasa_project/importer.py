"""The training data importer named in config.yml: Rasa's own file importer, reading the
NLU files once in a process.

`rasa train` reads the NLU files four times: twice to validate the data (for the domain's
retrieval intents, then for the examples) and twice again to train, each time parsing
every file's YAML twice (once to check it against Rasa's schema, once to read it) and
copying all the examples into one set. Here the set is kept after the first read, keyed
by the files' paths and contents, and every later read gets it again; Rasa's importers
around this one copy it before they or anything after them change it
(`TrainingData.merge` deep-copies the examples). A changed file is read again. It also
installs the fixes to Rasa's YAML reading and schema check of training files
(`rasa_patches.fix_yaml_resolver`, `rasa_patches.quick_schema_check`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data import loading
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_project import rasa_patches

# a file: (its resolved path, the language, sha256 of its content)
FileKey = tuple[str, str | None, str]

_files: dict[FileKey, TrainingData] = {}
_sets: dict[tuple[FileKey, ...], TrainingData] = {}


def file_key(path: str, language: str | None) -> FileKey:
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return str(Path(path).resolve()), language, digest


def read_nlu_files(paths: list[str], language: str | None) -> TrainingData:
    """The files' training data together, as Rasa's importer reads it, read once for each
    content of the files."""
    keys = tuple(file_key(path, language) for path in paths)
    if keys not in _sets:
        for path, key in zip(paths, keys):
            if key not in _files:
                _files[key] = loading.load_data(path, language)
        _sets[keys] = TrainingData().merge(*(_files[key] for key in keys))
    return _sets[keys]


class FileImporter(RasaFileImporter):
    def __init__(
        self,
        config_file: str | None = None,
        domain_path: str | None = None,
        training_data_paths: str | list[str] | None = None,
    ) -> None:
        rasa_patches.fix_yaml_resolver()
        rasa_patches.quick_schema_check()
        super().__init__(config_file, domain_path, training_data_paths)

    def get_nlu_data(self, language: str | None = "en") -> TrainingData:
        return read_nlu_files(self._nlu_files, language)
