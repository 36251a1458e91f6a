"""Linear models scored on one message at a time, without sklearn's and scipy's per-call
work.

Each NLU component scores one message per turn. For one sparse row, sklearn's
`predict_proba` spends far more time validating its input and building scipy matrices
than on the arithmetic (`make profile`). A message's features are a few hundred
(column, value) pairs: gathering those rows of a features × classes coefficient matrix
and summing them is the whole product. The probabilities are the ones sklearn gives
(`tests/nlu/test_linear.py` checks them against `predict_proba`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix
from scipy.special import expit, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from rasa_project.nlu.taxonomy import RISK_INTENTS

# A sparse row: its columns and their values.
SparseRow = tuple[np.ndarray, np.ndarray]


def sentence_row(message: Message) -> SparseRow:
    """The message's sentence features as one sparse row: the sparse features of every
    featurizer side by side, in the order Rasa combines them (`Message.get_sparse_features`),
    then the dense ones. Kept on the message, as featurizers only ever add features."""
    kept = message.__dict__.get("_sentence_row")
    if kept is not None and kept[0] == len(message.features):
        return kept[1]
    columns, values, offset = [], [], 0
    sentence = sentence_features(message)
    for feature in [f for f in sentence if f.is_sparse()] + [f for f in sentence if f.is_dense()]:
        matrix = feature.features
        if feature.is_sparse():
            coo = matrix.tocoo()
            columns.append(coo.col + offset)
            values.append(coo.data)
        else:
            dense = np.asarray(matrix).reshape(-1)
            columns.append(np.arange(offset, offset + dense.size))
            values.append(dense)
        offset += matrix.shape[-1]
    row = (
        (np.concatenate(columns).astype(np.intp), np.concatenate(values).astype(np.float64))
        if columns
        else (np.zeros(0, dtype=np.intp), np.zeros(0))
    )
    message.__dict__["_sentence_row"] = (len(message.features), row)
    return row


def sentence_features(message: Message) -> list[Any]:
    """The message's sentence-level features of its text, each featurizer's."""
    return [f for f in message.features if f.attribute == TEXT and f.type == "sentence"]


def sentence_width(message: Message) -> int:
    """How many columns the message's sentence features have, side by side."""
    return sum(f.features.shape[-1] for f in sentence_features(message))


def sentence_matrix(messages: Sequence[Message]) -> csr_matrix:
    """The messages' sentence rows as one matrix: what Rasa's LogisticRegressionClassifier
    builds to train (`_create_X`), made in one step instead of two sparse matrices
    stacked per message (a few seconds of every training)."""
    rows = [sentence_row(message) for message in messages]
    width = sentence_width(messages[0]) if messages else 0
    lengths = np.fromiter((columns.size for columns, _ in rows), dtype=np.intp, count=len(rows))
    pointers = np.concatenate([[0], np.cumsum(lengths)])
    columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.intp)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    matrix = csr_matrix((values, columns, pointers), shape=(len(rows), width))
    matrix.sum_duplicates()  # sorts each row's columns, as scipy's own constructions do
    return matrix


class LinearScorer:
    """`decision_function` of fitted linear models for one sparse row: coefficients as a
    features × outputs matrix in row order, so that a row's columns are one gather."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray) -> None:
        self.coef = np.ascontiguousarray(np.asarray(coef, dtype=np.float64).T)
        self.intercept = np.asarray(intercept, dtype=np.float64)

    def decision(self, row: SparseRow) -> np.ndarray:
        columns, values = row
        return values @ self.coef[columns] + self.intercept


class LogisticRegressionScorer:
    """What `LogisticRegression.predict_proba` returns for one row (sklearn 1.1's rules
    for multinomial and one-vs-rest)."""

    def __init__(self, model: LogisticRegression) -> None:
        self.classes = model.classes_
        self.scorer = LinearScorer(model.coef_, model.intercept_)
        self.one_vs_rest = model.multi_class in ("ovr", "warn") or (
            model.multi_class == "auto"
            and (model.classes_.size <= 2 or model.solver == "liblinear")
        )

    def predict_proba(self, row: SparseRow) -> np.ndarray:
        decision = self.scorer.decision(row)
        if decision.size == 1:  # binary: one column of coefficients
            positive = float(expit(decision[0]))
            return np.array([1.0 - positive, positive])
        if self.one_vs_rest:
            probabilities = expit(decision)
            return probabilities / probabilities.sum()
        return softmax(decision)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier for the conversation's intents, trained and
    stored as Rasa does; it predicts with `LogisticRegressionScorer`, the same
    probabilities.

    It leaves the risk intents to the RiskDetector, which runs later and sets them (its
    own classifier learns from the same examples): learned here as well, a crisis
    would compete for the words it shares with a hard day, and a hard day for a crisis's.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # C, the inverse regularisation Rasa's classifier leaves at sklearn's 1.0, by
        # 5-fold cross-validation on the training data (README, "NLU pipeline")
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clf.set_params(C=self.config["C"])

    def _create_training_matrix(self, training_data: TrainingData) -> tuple[Any, list[str]]:
        # Rasa's examples (those with an intent and a text), less the risk intents
        examples = [
            e
            for e in training_data.intent_examples
            if e.get(INTENT) and e.get(TEXT) and e.get(INTENT) not in RISK_INTENTS
        ]
        return sentence_matrix(examples), [e.get(INTENT) for e in examples]

    def process(self, messages: list[Message]) -> list[Message]:
        scorer: LogisticRegressionScorer | None = self.__dict__.get("_scorer")
        if scorer is None or scorer.classes is not self.clf.classes_:
            scorer = self.__dict__["_scorer"] = LogisticRegressionScorer(self.clf)
        intents = scorer.classes
        for message in messages:
            probabilities = scorer.predict_proba(sentence_row(message))
            ranking = sorted(
                ({"name": k, "confidence": v} for k, v in zip(intents, probabilities)),
                key=lambda e: -e["confidence"],
            )
            message.set("intent", ranking[0], add_to_output=True)
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass


class TfidfRows:
    """What fitted TfidfVectorizers' `transform` gives for one text (side by side, as a
    FeatureUnion of them does), as a sparse row: each vectoriser's own analyzer
    (sklearn's code, so the same n-grams), its vocabulary and idf weights, then its
    norm."""

    def __init__(self, vectorisers: Sequence[TfidfVectorizer]) -> None:
        self.parts = []
        offset = 0
        for vectoriser in vectorisers:
            if vectoriser.norm not in ("l2", None) or not vectoriser.use_idf:
                raise ValueError("TfidfRows reproduces l2-normalised tf-idf only")
            self.parts.append(
                (
                    vectoriser.build_analyzer(),
                    vectoriser.vocabulary_,
                    np.asarray(vectoriser.idf_, dtype=np.float64),
                    vectoriser.sublinear_tf,
                    vectoriser.norm == "l2",
                    offset,
                )
            )
            offset += len(vectoriser.vocabulary_)
        self.width = offset

    def row(self, text: str) -> SparseRow:
        columns, values = [], []
        for analyse, vocabulary, idf, sublinear, l2, offset in self.parts:
            counts: dict[int, int] = {}
            for gram in analyse(text):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            if sublinear:
                tf = np.log(tf) + 1.0
            weights = tf * idf[index]
            if l2:
                norm = np.sqrt(weights @ weights)
                if norm > 0:
                    weights = weights / norm
            columns.append(index + offset)
            values.append(weights)
        if not columns:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(columns), np.concatenate(values)
