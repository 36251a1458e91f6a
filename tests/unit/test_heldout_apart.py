"""Held-out messages are never training data: no message of four words or more of the
test or dev files or of the CLINC150 test half is in `data/`, however it is cased or
punctuated. Shorter replies ("no thanks", "not really", "idk") are the few
ways everyone says them, so both sides hold them on their own."""

from __future__ import annotations

import re

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from rasa_project.nlu.evaluation import CLINC, DEV, HELDOUT, load_clinc, load_heldout
from rasa_project.settings import PROJECT_ROOT

MIN_WORDS = 4


def normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


@pytest.fixture(scope="module")
def training_texts() -> set[str]:
    examples = load_data(str(PROJECT_ROOT / "data" / "nlu")).training_examples
    assert len(examples) > 5000
    return {normal(m.get("text")) for m in examples}


@pytest.mark.parametrize("path", [HELDOUT, *DEV], ids=lambda p: p.name)
def test_no_held_out_message_is_training_data(path, training_texts):
    texts = [normal(e.text) for e in load_heldout(path)]
    assert len(texts) > 500
    trained = sorted(t for t in texts if len(t.split()) >= MIN_WORDS and t in training_texts)
    # the test file's own messages are not printed, so that it stays unseen
    shown = trained if path != HELDOUT else f"{len(trained)} messages"
    assert not trained, f"held-out messages of {path.name} in data/nlu: {shown}"


@pytest.mark.skipif(not CLINC.exists(), reason=f"no CLINC150 file beside the project: {CLINC}")
def test_no_clinc_test_message_is_training_data(training_texts):
    texts = [normal(e.text) for e in load_clinc(split="test")]
    assert len(texts) > 1000
    assert not [t for t in texts if len(t.split()) >= MIN_WORDS and t in training_texts]
