"""The one-row scorers of `rasa_project/nlu/linear.py` give what sklearn and Rasa give:
the same features, the same probabilities, to rounding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import random as sparse_random
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from rasa_project.nlu.features import TfidfFeaturizer
from rasa_project.nlu.linear import (
    LinearIntentClassifier,
    LogisticRegressionScorer,
    TfidfRows,
    sentence_matrix,
    sentence_row,
)
from rasa_project.nlu.taxonomy import RISK_INTENTS

TEXTS = [
    "two months in and no sale yet",
    "i feel like a failure after every call",
    "my manager never gives me feedback",
    "the commute is killing me, two hours each way",
    "yes please",
    "no thanks",
    "not sure tbh",
    "hi there",
    "can i talk to my recruiter",
    "deals take ages here, procurement drags on for months",
    "they go to lunch without me every day",
    "I'm not good enough for this job!!",
]
INTENTS = [
    "share_setback", "share_feeling", "share_setback", "share_setback", "affirm", "deny",
    "dont_know", "greet", "request_human", "share_setback", "share_setback", "share_feeling",
]  # fmt: skip
# words the texts above never use, and characters no vocabulary has
UNSEEN = st.text(alphabet=st.sampled_from(list("abcdefghij klmnop!'é🙂")), max_size=80)


def rows_of(matrix) -> list[tuple[np.ndarray, np.ndarray]]:
    matrix = matrix.tocsr()
    return [
        (matrix.indices[matrix.indptr[i] : matrix.indptr[i + 1]].astype(np.intp),
         matrix.data[matrix.indptr[i] : matrix.indptr[i + 1]])
        for i in range(matrix.shape[0])
    ]  # fmt: skip


@pytest.mark.parametrize(
    "classes, multi_class, solver",
    [
        (5, "auto", "lbfgs"),
        (2, "auto", "lbfgs"),
        (4, "ovr", "lbfgs"),
        (4, "multinomial", "lbfgs"),
        (5, "auto", "liblinear"),  # config.yml's intent classifier: one-vs-rest
        (2, "auto", "liblinear"),
    ],
)
def test_scorer_gives_predict_proba(classes: int, multi_class: str, solver: str) -> None:
    features = sparse_random(200, 300, density=0.03, format="csr", random_state=1)
    labels = np.random.default_rng(1).integers(0, classes, 200)
    model = LogisticRegression(C=4.0, multi_class=multi_class, solver=solver, max_iter=2000).fit(
        features, labels
    )
    unseen = sparse_random(30, 300, density=0.03, format="csr", random_state=2)
    scorer = LogisticRegressionScorer(model)
    got = np.vstack([scorer.predict_proba(row) for row in rows_of(unseen)])
    np.testing.assert_allclose(got, model.predict_proba(unseen), rtol=1e-10, atol=1e-13)
    assert list(scorer.classes) == list(model.classes_)


def themes_vectoriser() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
        ]
    ).fit(TEXTS)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.sampled_from(TEXTS), UNSEEN))
def test_tfidf_rows_give_feature_union_transform(text: str) -> None:
    union = themes_vectoriser()
    expected = union.transform([text]).toarray()[0]
    columns, values = TfidfRows([v for _, v in union.transformer_list]).row(text)
    got = np.zeros(expected.size)
    np.add.at(got, columns, values)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-15)


@pytest.fixture(scope="module")
def featurised(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """Rasa's tokenizer and both count featurizers of config.yml, trained on TEXTS, and
    Rasa's LogisticRegressionClassifier on their features, as `rasa train` runs them."""
    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("storage")))
    context = ExecutionContext(GraphSchema({}), "test")
    data = TrainingData([Message.build(text, intent) for text, intent in zip(TEXTS, INTENTS)])
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    configs = [{}, {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4}]
    featurizers = [
        CountVectorsFeaturizer.create(
            {**CountVectorsFeaturizer.get_default_config(), **config},
            storage, Resource(f"cvf{i}"), context,
        )
        for i, config in enumerate(configs)
    ]  # fmt: skip
    tokenizer.process_training_data(data)
    for featurizer in featurizers:
        featurizer.train(data)
        featurizer.process_training_data(data)
    rasa = LogisticRegressionClassifier.create(
        LogisticRegressionClassifier.get_default_config(), storage, Resource("lr"), context
    )
    rasa.train(data)
    ours = LinearIntentClassifier.create(
        LinearIntentClassifier.get_default_config(), storage, Resource("ours"), context
    )
    ours.clf = rasa.clf

    def featurise(text: str) -> Message:
        message = Message.build(text)
        tokenizer.process([message])
        for featurizer in featurizers:
            featurizer.process([message])
        return message

    return featurise, rasa, ours


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.sampled_from(TEXTS), UNSEEN.filter(str.strip)))
def test_sentence_row_is_rasas_combined_sentence_features(featurised: tuple, text: str) -> None:
    featurise, rasa, _ = featurised
    message = featurise(text)
    expected = rasa._create_X([message]).toarray()[0]
    columns, values = sentence_row(message)
    got = np.zeros(expected.size)
    np.add.at(got, columns, values)
    np.testing.assert_array_equal(got, expected)


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.sampled_from(TEXTS), UNSEEN.filter(str.strip)))
def test_intent_classifier_ranks_as_rasas(featurised: tuple, text: str) -> None:
    featurise, rasa, ours = featurised
    expected, got = featurise(text), featurise(text)
    rasa.process([expected])
    ours.process([got])
    assert got.get("intent")["name"] == expected.get("intent")["name"]
    assert [r["name"] for r in got.get("intent_ranking")] == [
        r["name"] for r in expected.get("intent_ranking")
    ]
    np.testing.assert_allclose(
        [r["confidence"] for r in got.get("intent_ranking")],
        [r["confidence"] for r in expected.get("intent_ranking")],
        rtol=1e-10,
    )


@pytest.fixture(scope="module")
def tfidf(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """The pipeline's two tf-idf featurizers trained on TEXTS, and sklearn's vectorisers
    with the same settings fitted on them."""
    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("tfidf")))
    context = ExecutionContext(GraphSchema({}), "test")
    data = TrainingData([Message.build(text, intent) for text, intent in zip(TEXTS, INTENTS)])
    settings = [
        {"analyzer": "word", "min_ngram": 1, "max_ngram": 2},
        {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 5},
    ]
    ours, theirs = [], []
    for i, config in enumerate(settings):
        featurizer = TfidfFeaturizer.create(config, storage, Resource(f"tfidf{i}"), context)
        featurizer.train(data)
        ours.append(
            TfidfFeaturizer.load(
                {**TfidfFeaturizer.get_default_config(), **config},
                storage, Resource(f"tfidf{i}"), context,
            )
        )  # fmt: skip
        theirs.append(
            TfidfVectorizer(
                analyzer=config["analyzer"],
                ngram_range=(config["min_ngram"], config["max_ngram"]),
                token_pattern=r"(?u)\b\w+\b",
                sublinear_tf=True,
            ).fit(TEXTS)
        )
    return ours, theirs


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.sampled_from(TEXTS), UNSEEN.filter(str.strip)))
def test_tfidf_featurizer_gives_sklearns_tfidf(tfidf: tuple, text: str) -> None:
    ours, theirs = tfidf
    message = Message.build(text)
    for featurizer in ours:  # loaded from the model storage, as `rasa run` does
        featurizer.process([message])
    assert [f.type for f in message.features] == ["sentence", "sentence"]  # no sequences
    for feature, vectoriser in zip(message.features, theirs):
        expected = vectoriser.transform([text])
        assert feature.features.shape == expected.shape
        np.testing.assert_allclose(feature.features.toarray(), expected.toarray(), rtol=1e-12)


def test_the_intent_classifier_leaves_risk_intents_out(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    texts = [*TEXTS, "i want to end it all", "my boss grabbed me", "i cant stop crying"]
    intents = [*INTENTS, "risk_crisis", "risk_urgent", "risk_distress"]
    data = TrainingData([Message.build(t, i) for t, i in zip(texts, intents)])
    featurizer = TfidfFeaturizer.create({}, storage, Resource("words"), context)
    featurizer.train(data)
    featurizer.process_training_data(data)
    classifier = LinearIntentClassifier.create(
        {**LinearIntentClassifier.get_default_config(), "C": 7.5}, storage, Resource("lr"), context
    )
    classifier.train(data)
    assert classifier.clf.C == 7.5
    assert set(classifier.clf.classes_) == set(INTENTS)
    message = Message.build("i want to end it all")
    featurizer.process([message])
    classifier.process([message])
    assert message.get("intent")["name"] not in RISK_INTENTS


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(st.one_of(st.sampled_from(TEXTS), UNSEEN.filter(str.strip)), min_size=1))
def test_sentence_matrix_is_rasas_training_matrix(featurised: tuple, texts: list[str]) -> None:
    featurise, rasa, _ = featurised
    messages = [featurise(text) for text in texts]
    expected = rasa._create_X(messages).tocsr()
    got = sentence_matrix(messages)
    assert got.shape == expected.shape
    assert got.has_sorted_indices
    np.testing.assert_array_equal(got.toarray(), expected.toarray())


def test_intent_training_rows_line_up_with_their_intents(featurised: tuple) -> None:
    featurise, _, ours = featurised
    examples = [featurise(text) for text in TEXTS]
    for example, intent in zip(examples, INTENTS):
        example.set("intent", intent)
    examples[0].set("intent", next(iter(RISK_INTENTS)))
    matrix, intents = ours._create_training_matrix(TrainingData(examples))
    assert intents == INTENTS[1:]
    np.testing.assert_array_equal(matrix.toarray(), sentence_matrix(examples[1:]).toarray())
