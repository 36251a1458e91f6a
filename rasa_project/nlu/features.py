"""Sentence features: the pipeline's count featurizer, and its features as one matrix
for the components that train on them."""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import coo_matrix, csr_matrix, hstack, vstack


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SentenceCountVectorsFeaturizer(CountVectorsFeaturizer):
    """Rasa's CountVectorsFeaturizer, trained as Rasa trains it, with the same sentence
    features. It leaves out the per-token (sequence) features of a message's text,
    which no component of this pipeline reads (the intent classifier and the detectors
    read sentence features), and counts the n-grams itself: sklearn's `transform`
    builds and checks a sparse matrix per call, which for one message costs more than
    the counting."""

    def _create_features(
        self, attribute: str, all_tokens: list[list[str]]
    ) -> tuple[list[Any], list[Any]]:
        vectorizer = (self.vectorizers or {}).get(attribute)
        vocabulary = getattr(vectorizer, "vocabulary_", None)
        if (
            vectorizer is None
            or vocabulary is None
            or attribute not in DENSE_FEATURIZABLE_ATTRIBUTES
        ):
            return super()._create_features(attribute, all_tokens)
        analysers = self.__dict__.setdefault("_analysers", {})
        if analysers.get(attribute, (None,))[0] is not vectorizer:
            analysers[attribute] = (vectorizer, vectorizer.build_analyzer())
        analyse = analysers[attribute][1]
        sentences: list[Any] = []
        for tokens in all_tokens:
            if not tokens:
                sentences.append(None)
                continue
            counts: dict[int, int] = {}
            for gram in analyse(" ".join(tokens)):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            columns = np.array(sorted(counts), dtype=np.int32)
            values = np.array([counts[c] for c in columns], dtype=np.int64)
            rows = np.zeros(len(columns), dtype=np.int32)
            sentences.append(coo_matrix((values, (rows, columns)), shape=(1, len(vocabulary))))
        return [None] * len(all_tokens), sentences


def sentence_features(messages: list[Message]) -> csr_matrix:
    rows = []
    for message in messages:
        sparse = message.get_sparse_features(attribute=TEXT)[1]
        dense = message.get_dense_features(attribute=TEXT)[1]
        rows.append(
            hstack(
                [
                    csr_matrix(sparse.features if sparse else []),
                    csr_matrix(dense.features if dense else []),
                ]
            )
        )
    return vstack(rows).tocsr()


def example_themes(message: Message) -> list[str]:
    """Theme labels kept as per-example metadata in the NLU data."""
    metadata = message.get("metadata") or {}
    return list((metadata.get("example") or {}).get("themes") or [])
