"""`python -m bench.solvers`: the intent model fitted by multinomial Newton-CG (as before)
and by liblinear, one model per intent (as config.yml now), on the same five folds of
the training data and the same features; prints macro-F1 and the mean fit time of each.

The features are config.yml's tf-idf featurizers, their vectorisers fitted on each
fold's training part, C is the intent classifier's in config.yml, and the examples are
those the intent classifier learns from (the risk intents are the RiskDetector's).
`rasa test nlu --cross-validation` draws new folds on every run; here both solvers see
the same folds, so the difference is the solvers'."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasa_project.nlu.features import TfidfFeaturizer  # noqa: E402
from rasa_project.nlu.taxonomy import RISK_INTENTS  # noqa: E402

FEATURIZER = "rasa_project.nlu.features.TfidfFeaturizer"
INTENT_CLASSIFIER = "rasa_project.nlu.linear.LinearIntentClassifier"

SOLVERS = {
    "multinomial, Newton-CG (tol 0.003)": {"solver": "newton-cg", "tol": 0.003},
    "one-vs-rest, liblinear": {"solver": "liblinear"},
}


def examples() -> tuple[list[str], np.ndarray]:
    from rasa.shared.nlu.training_data import loading

    from rasa_project import rasa_patches

    rasa_patches.fix_yaml_resolver()
    data = loading.load_data(str(ROOT / "data" / "nlu"))
    chosen = [m for m in data.intent_examples if m.get("intent") not in RISK_INTENTS]
    return [m.get("text") for m in chosen], np.array([m.get("intent") for m in chosen])


def pipeline() -> list[dict]:
    from rasa.shared.utils.io import read_yaml_file

    return read_yaml_file(ROOT / "config.yml")["pipeline"]


def features(
    texts: list[str], train: np.ndarray, test: np.ndarray, featurizers: list[dict]
) -> tuple:
    fitted = [
        TfidfFeaturizer.vectoriser(config).fit([texts[i] for i in train]) for config in featurizers
    ]
    return tuple(
        hstack([v.transform([texts[i] for i in rows]) for v in fitted]).tocsr()
        for rows in (train, test)
    )


def main() -> None:
    texts, intents = examples()
    components = pipeline()
    featurizers = [
        {k: v for k, v in c.items() if k != "name"} for c in components if c["name"] == FEATURIZER
    ]
    C = next(c["C"] for c in components if c["name"] == INTENT_CLASSIFIER)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(texts, intents))
    matrices = [features(texts, train, test, featurizers) for train, test in folds]
    print(f"{len(texts)} examples, {len(set(intents))} intents, 5 folds")
    print("| solver | macro-F1 (per fold) | fit (mean) |\n|---|---|---|")
    for name, settings in SOLVERS.items():
        scores, seconds = [], []
        for (train, test), (x_train, x_test) in zip(folds, matrices):
            started = time.perf_counter()
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=1000, **settings).fit(
                x_train, intents[train]
            )
            seconds.append(time.perf_counter() - started)
            scores.append(f1_score(intents[test], model.predict(x_test), average="macro"))
        per_fold = ", ".join(f"{s:.3f}" for s in scores)
        print(
            f"| {name} | {statistics.mean(scores):.3f} ({per_fold}) "
            f"| {statistics.mean(seconds):.1f} s |"
        )


if __name__ == "__main__":
    main()
