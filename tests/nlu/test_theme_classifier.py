"""The theme detector's one-product probabilities are sklearn's, to the last digits."""

from __future__ import annotations

import numpy as np
from scipy.sparse import random as sparse_random
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from rasa_project.nlu.themes import StackedOneVsRest


def test_stacked_probabilities_equal_one_vs_rest() -> None:
    rng = np.random.default_rng(3)
    features = sparse_random(300, 500, density=0.02, format="csr", random_state=3)
    labels = (rng.random((300, 12)) < 0.2).astype(int)
    classifier = OneVsRestClassifier(LogisticRegression(C=10.0, max_iter=2000))
    classifier.fit(features, labels)
    unseen = sparse_random(40, 500, density=0.02, format="csr", random_state=4)
    expected = classifier.predict_proba(unseen)
    stacked = StackedOneVsRest(classifier).predict_proba(unseen)
    assert stacked.shape == expected.shape == (40, 12)
    np.testing.assert_allclose(stacked, expected, rtol=1e-12, atol=1e-15)
