"""Sentence features: the pipeline's tf-idf featurizer, and the theme labels kept with
the NLU examples."""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import coo_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from rasa_project.nlu.linear import TfidfRows
from rasa_project.nlu.persisted import PersistedModelComponent

# Words of one letter too ("i", "a"), as Rasa's CountVectorsFeaturizer counts them.
WORDS = r"(?u)\b\w+\b"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class TfidfFeaturizer(PersistedModelComponent, SparseFeaturizer):
    """Sentence features of a message's text: tf-idf weighted word or character
    n-grams (sklearn's TfidfVectorizer: sublinear term frequency, l2 norm), learned from
    the NLU examples. Chosen over Rasa's plain counts by 5-fold cross-validation of the
    intent classifier (README, "NLU pipeline"). Each message is weighted on its own
    row (`TfidfRows`), in training as in prediction, so both see the same values."""

    MODEL_FILE = "tfidf.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **SparseFeaturizer.get_default_config(),
            "analyzer": "word",
            "min_ngram": 1,
            "max_ngram": 1,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        PersistedModelComponent.__init__(self, *args, **kwargs)
        SparseFeaturizer.__init__(self, self._execution_context.node_name, self.config)

    def scorer_for(self, model: TfidfVectorizer) -> TfidfRows:
        return TfidfRows([model])

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if config.get("analyzer", "word") not in ("word", "char", "char_wb"):
            raise InvalidConfigException(
                "TfidfFeaturizer's analyzer must be word, char or char_wb, "
                f"not {config['analyzer']!r}"
            )

    @classmethod
    def vectoriser(cls, config: dict[str, Any]) -> TfidfVectorizer:
        """The unfitted vectoriser a featurizer with this config (config.yml's) learns."""
        config = {**cls.get_default_config(), **config}
        analyzer = config["analyzer"]
        return TfidfVectorizer(
            analyzer=analyzer,
            ngram_range=(config["min_ngram"], config["max_ngram"]),
            token_pattern=WORDS if analyzer == "word" else None,
            sublinear_tf=True,
        )

    def train(self, training_data: TrainingData) -> Resource:
        texts = [m.get(TEXT) for m in training_data.training_examples if m.get(TEXT)]
        return self._keep(self.vectoriser(self.config).fit(texts))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        rows: TfidfRows | None = self.scorer
        if rows is None:
            return messages
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            columns, values = rows.row(text)
            order = np.argsort(columns)
            sentence = coo_matrix(
                (values[order], (np.zeros(len(columns), dtype=np.int32), columns[order])),
                shape=(1, rows.width),
            )
            self.add_features_to_message(None, sentence, TEXT, message)
        return messages


def example_themes(message: Message) -> list[str]:
    """Theme labels kept as per-example metadata in the NLU data."""
    metadata = message.get("metadata") or {}
    return list((metadata.get("example") or {}).get("themes") or [])
