"""ThemeClassifier: what the candidate is struggling with, several themes per message.

One logistic regression per theme (one-vs-rest) on the sentence features of the
pipeline's featurizers, trained from the theme labels in the NLU examples' metadata.
Adds `themes: [{"name", "confidence"}]` to the parse result.
"""

from __future__ import annotations

import logging
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from rasa_project.nlu.features import example_themes, sentence_features
from rasa_project.nlu.taxonomy import THEMES

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class ThemeClassifier(GraphComponent):
    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"threshold": 0.5, "C": 4.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: OneVsRestClassifier | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ThemeClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        labels = np.array(
            [[theme in example_themes(m) for theme in THEMES] for m in examples], dtype=int
        )
        missing = [t for t, n in zip(THEMES, labels.sum(axis=0)) if n == 0]
        if missing:
            raise ValueError(f"No training examples are labelled with the themes {missing}")
        model = OneVsRestClassifier(
            LogisticRegression(C=self.config["C"], class_weight="balanced", max_iter=2000)
        )
        model.fit(sentence_features(examples), labels)
        self.model = model
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(model, directory / "themes.joblib")
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ThemeClassifier:
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / "themes.joblib")
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self.model is None or not messages:
            return messages
        probabilities = self.model.predict_proba(sentence_features(messages))
        threshold = self.config["threshold"]
        for message, row in zip(messages, probabilities):
            themes = [
                {"name": theme, "confidence": round(float(p), 4)}
                for theme, p in zip(THEMES, row)
                if p >= threshold
            ]
            themes.sort(key=lambda t: -float(t["confidence"]))  # type: ignore[arg-type]
            message.set("themes", themes, add_to_output=True)
        return messages
