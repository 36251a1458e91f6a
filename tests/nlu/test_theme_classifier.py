"""The theme detector's probabilities, computed on one row, are sklearn's one-vs-rest
`predict_proba` over the same features, to the last digits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_project.nlu.taxonomy import THEMES
from rasa_project.nlu.themes import ThemeClassifier

LABELLED = [
    ("two months in and no sale yet", ["no_early_wins"]),
    ("deals take ages, procurement drags on for months", ["long_cycle"]),
    ("i beat myself up after every call", ["self_criticism"]),
    ("at home failing was shameful so i avoid risks", ["fear_of_failure"]),
    ("last in first out, and im still on probation", ["job_security"]),
    ("theres cost cutting and a reorganisation", ["company_instability"]),
    ("drowning in work, twelve hour days", ["workload"]),
    ("my manager never gives feedback and micromanages me", ["manager_relationship"]),
    ("nobody talks to me, they go to lunch without me", ["team_belonging"]),
    ("no training on the crm and i dont know the product", ["skills_gap"]),
    ("the job is not what was described in the advert", ["role_mismatch"]),
    ("the commute is two hours and i miss my kids", ["work_life"]),
    ("no sales and my manager ignores me", ["no_early_wins", "manager_relationship"]),
    ("hello", []),
]
TRIED = st.one_of(
    st.sampled_from([text for text, _ in LABELLED]),
    st.text(alphabet=st.sampled_from(list("abcdeimnorst '!0é🙂")), max_size=80),
)


def trained(tmp_path: Path) -> ThemeClassifier:
    component = ThemeClassifier.create(
        {}, LocalModelStorage(tmp_path), Resource("themes"), ExecutionContext(GraphSchema({}), "t")
    )
    data = TrainingData(
        [
            Message.build(text, "share_setback", metadata={"example": {"themes": themes}})
            for text, themes in LABELLED
        ]
    )
    component.train(data)
    return component


@pytest.fixture(scope="module")
def component(tmp_path_factory: pytest.TempPathFactory) -> ThemeClassifier:
    return trained(tmp_path_factory.mktemp("themes"))


@settings(max_examples=150, deadline=None)
@given(text=TRIED)
def test_theme_probabilities_are_one_vs_rest_predict_proba(
    component: ThemeClassifier, text: str
) -> None:
    vectoriser, classifier = component.model
    expected = classifier.predict_proba(component._features(vectoriser, [text]))[0]
    got = component.theme_probabilities(text)
    assert got.shape == (len(THEMES),)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-15)


def test_a_theme_is_set_above_the_threshold_only(component: ThemeClassifier) -> None:
    message = Message.build("no sales and my manager ignores me")
    component.process([message])
    names = [t["name"] for t in message.get("themes")]
    probabilities = dict(zip(THEMES, component.theme_probabilities(message.get("text"))))
    threshold = component.config["threshold"]
    assert names == sorted(
        [t for t, p in probabilities.items() if p >= threshold], key=lambda t: -probabilities[t]
    )
    assert "no_early_wins" in names
