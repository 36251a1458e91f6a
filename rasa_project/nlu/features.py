"""Sentence features from the pipeline's own featurizers (no second vectoriser)."""

from __future__ import annotations

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, hstack, vstack


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
