"""`make eval` writes the test split's figures without its messages, so that reading
the report never makes the test set seen; the dev split's report quotes its misses."""

from __future__ import annotations

import json
from pathlib import Path

from rasa_project.nlu.evaluation import Example, risk_report, write_report

EXAMPLES = [
    Example("i want to end it all", "risk_crisis", (), "crisis", "heldout"),
    Example("my boss keeps touching me", "risk_urgent", (), "urgent", "heldout"),
    Example("this deal is killing me", "share_setback", (), "none", "heldout"),
]
PARSES = [
    {"risk": {"level": "none", "source": "model"}},  # a missed crisis
    {"risk": {"level": "urgent", "source": "pattern"}},
    {"risk": {"level": "crisis", "source": "pattern"}},  # a false alarm
]


def report(split: str) -> dict:
    risk = risk_report(EXAMPLES, PARSES)
    return {
        "split": split,
        "heldout_messages": 3,
        "clinc_test_messages": 0,
        "themes": {"micro_f1": 0.0, "macro_f1": 0.0, "per_theme": {}},
        "risk_heldout": risk,
        "risk_all": risk,
        "clinc_false_alarms": risk["false_alarms"],
        "intents": {"accuracy": 1, "macro_f1": 1, "explicit_requests": 0,
                    "explicit_requests_handed_off": 0},
        "median_parse_ms": 1.0,
    }  # fmt: skip


def test_the_test_report_counts_misses_without_quoting_them(tmp_path: Path) -> None:
    written = write_report(report("test"), tmp_path).read_text()
    stored = (tmp_path / "eval.json").read_text()
    for text in ("end it all", "killing me", "touching me"):
        assert text not in written and text not in stored
    assert "| crisis | 0.0% |" in written  # the miss is counted
    assert json.loads(stored)["risk_heldout"]["false_alarms"]["crisis_or_urgent"] == 1
    assert "counted here, not quoted" in written


def test_the_dev_report_quotes_them(tmp_path: Path) -> None:
    written = write_report(report("dev"), tmp_path).read_text()
    assert "i want to end it all" in written and "this deal is killing me" in written
    assert (tmp_path / "eval-dev.md").exists()
