"""`make eval`: themes, risk and intents on messages the model never saw in training.

- `eval/test.yml`: held-out messages written blind to the training data and the model,
  and never looked at while improving the model: the figures to
  report. Its misses are not printed, so that it stays unseen.
- `eval/dev.yml`, `eval/dev2.yml`: more held-out messages, looked at while improving the
  model (error analysis, thresholds); their figures are not reported as results.
  `dev.yml` includes the earlier test split, retired once its misses had been read;
  `dev2.yml` was written to the test split's brief, with every message close to a test
  message removed unread.
  Both in Rasa NLU format, themes in metadata, risk given by the risk intents; `rasa
  train` never reads them.
- CLINC150 (`../shared/eval/clinc150_dev.tsv`): ordinary and out-of-scope requests to a
  general assistant; none is a crisis, urgent or a workplace theme. Split by a stable
  hash of the text: the `dev` half may be looked at when improving the model, figures
  are reported on the `test` half only.

Writes `docs/eval.md` and `docs/eval.json`.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import logging
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from rasa_project.nlu.taxonomy import RISK_INTENTS, THEMES
from rasa_project.settings import PROJECT_ROOT

HELDOUT = PROJECT_ROOT / "eval" / "test.yml"
DEV = (PROJECT_ROOT / "eval" / "dev.yml", PROJECT_ROOT / "eval" / "dev2.yml")
CLINC = PROJECT_ROOT.parent / "shared" / "eval" / "clinc150_dev.tsv"
HANDOFF_INTENTS = {"request_human", "risk_crisis", "risk_urgent"}


@dataclass(frozen=True)
class Example:
    text: str
    intent: str | None
    themes: tuple[str, ...]
    risk: str  # none, distress, urgent, crisis
    source: str  # heldout or clinc
    # the candidate's recruiter, where the example names them ("is sam around?"): the
    # channel gives the assistant this name with every message
    recruiter: str | None = None


def load_heldout(paths: Path | tuple[Path, ...] = HELDOUT) -> list[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    messages = [
        m
        for path in ((paths,) if isinstance(paths, Path) else paths)
        for m in load_data(str(path)).training_examples
    ]
    for message in messages:
        intent = message.get("intent")
        metadata = (message.get("metadata") or {}).get("example") or {}
        examples.append(
            Example(
                text=message.get("text"),
                intent=intent,
                themes=tuple(metadata.get("themes") or ()),
                risk=RISK_INTENTS.get(intent, "none"),
                source="heldout",
                recruiter=metadata.get("recruiter"),
            )
        )
    return examples


def clinc_split(text: str) -> str:
    return "dev" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "test"


def load_clinc(path: Path = CLINC, split: str = "test") -> list[Example]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Example(row["text"], None, (), "none", "clinc")
        for row in rows
        if clinc_split(row["text"]) == split
    ]


async def _parse_all(
    model_path: Path, examples: list[Example]
) -> tuple[list[dict[str, Any]], list[float]]:
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage

    agent = Agent.load(str(model_path))
    assert agent.processor is not None

    def message(example: Example) -> UserMessage:
        metadata = {"recruiter_name": example.recruiter} if example.recruiter else None
        return UserMessage(example.text, metadata=metadata)

    for example in examples[:20]:  # warm up
        await agent.processor.parse_message(message(example))
    results, timings = [], []
    for example in examples:
        started = time.perf_counter()
        results.append(await agent.processor.parse_message(message(example)))
        timings.append((time.perf_counter() - started) * 1000)
    return results, timings


def parse_all(
    model_path: Path, examples: list[Example]
) -> tuple[list[dict[str, Any]], list[float]]:
    from rasa.utils.log_utils import configure_structlog

    # Rasa's structured debug lines (one per parse) would be timed with the parse
    logging.getLogger("rasa").setLevel(logging.WARNING)
    configure_structlog(logging.WARNING)
    return asyncio.run(_parse_all(model_path, examples))


def theme_report(examples: list[Example], parses: list[dict[str, Any]]) -> dict[str, Any]:
    gold = np.array([[t in e.themes for t in THEMES] for e in examples], dtype=int)
    predicted = np.array(
        [[t in {x["name"] for x in p.get("themes", [])} for t in THEMES] for p in parses],
        dtype=int,
    )
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, zero_division=0
    )
    return {
        "micro_f1": float(f1_score(gold, predicted, average="micro", zero_division=0)),
        "macro_f1": float(f1_score(gold, predicted, average="macro", zero_division=0)),
        "per_theme": {
            theme: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for theme, p, r, f, s in zip(THEMES, precision, recall, f1, support)
        },
    }


def risk_report(examples: list[Example], parses: list[dict[str, Any]]) -> dict[str, Any]:
    levels = [p["risk"]["level"] for p in parses]
    report: dict[str, Any] = {}
    for level in ("crisis", "urgent", "distress"):
        gold = [e.risk == level for e in examples]
        hit = [lv == level for lv in levels]
        tp = sum(g and h for g, h in zip(gold, hit))
        report[level] = {
            "support": sum(gold),
            "recall": tp / sum(gold) if sum(gold) else None,
            "precision": tp / sum(hit) if sum(hit) else None,
            "missed": [e.text for e, g, h in zip(examples, gold, hit) if g and not h],
        }
    ordinary = [(e, lv) for e, lv in zip(examples, levels) if e.risk == "none"]
    sources = {id(e): p["risk"].get("source", "") for e, p in zip(examples, parses)}
    alarms = [
        f"{e.text} [{lv} by {sources[id(e)]}]" for e, lv in ordinary if lv in ("crisis", "urgent")
    ]
    report["false_alarms"] = {
        "ordinary_messages": len(ordinary),
        "crisis_or_urgent": len(alarms),
        "rate": len(alarms) / len(ordinary) if ordinary else None,
        "examples": alarms[:60],
    }
    return report


def intent_report(examples: list[Example], parses: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = [(e.intent, p["intent"]["name"]) for e, p in zip(examples, parses) if e.intent]
    gold, predicted = zip(*pairs)
    requests = [(g, p) for g, p in pairs if g == "request_human"]
    return {
        "accuracy": sum(g == p for g, p in pairs) / len(pairs),
        "macro_f1": float(f1_score(gold, predicted, average="macro", zero_division=0)),
        "explicit_requests": len(requests),
        "explicit_requests_handed_off": sum(p in HANDOFF_INTENTS for _, p in requests),
    }


def evaluate(
    model_path: Path, baseline_model_path: Path | None = None, split: str = "test"
) -> dict[str, Any]:
    """Figures on the `test` split are the ones to report; `dev` is for development."""
    heldout = load_heldout(HELDOUT if split == "test" else DEV)
    clinc = load_clinc(split=split)
    parses, timings = parse_all(model_path, heldout + clinc)
    held_parses = parses[: len(heldout)]
    report: dict[str, Any] = {
        "split": split,
        "heldout_messages": len(heldout),
        "clinc_test_messages": len(clinc),
        "themes": theme_report(heldout, held_parses),
        "risk_heldout": risk_report(heldout, held_parses),
        "risk_all": risk_report(heldout + clinc, parses),
        "clinc_false_alarms": risk_report(clinc, parses[len(heldout) :])["false_alarms"],
        "intents": intent_report(heldout, held_parses),
        "median_parse_ms": statistics.median(timings),
    }
    if baseline_model_path is not None:
        _, base_timings = parse_all(baseline_model_path, heldout + clinc)
        report["median_parse_ms_without_detectors"] = statistics.median(base_timings)
    return report


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def markdown(report: dict[str, Any]) -> str:
    themes, risk, intents = report["themes"], report["risk_heldout"], report["intents"]
    lines = [
        f"# NLU evaluation (`make eval`), {report['split']} split",
        "",
        f"Held-out messages: {report['heldout_messages']} "
        f"({'`eval/test.yml`' if report['split'] == 'test' else '`eval/dev.yml`, `eval/dev2.yml`'}, never "
        f"trained on); CLINC150 {report['split']} half: {report['clinc_test_messages']} "
        "ordinary and out-of-scope requests.",
        "",
        *(
            [
                "The test split's misses and false alarms are counted here, not quoted, so "
                "that the test set stays unseen; `evaluate-nlu --split dev` quotes the dev "
                "set's.",
                "",
            ]
            if report.get("messages_quoted") is False
            else []
        ),
        "## Themes (held-out)",
        "",
        f"Micro-F1 **{themes['micro_f1']:.3f}**, macro-F1 **{themes['macro_f1']:.3f}**.",
        "",
        "| theme | precision | recall | F1 | messages |",
        "|---|---|---|---|---|",
    ]
    for theme, row in themes["per_theme"].items():
        lines.append(
            f"| {theme} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1']:.2f} | {row['support']} |"
        )
    lines += [
        "",
        "## Risk (held-out)",
        "",
        "| level | recall | precision | messages |",
        "|---|---|---|---|",
    ]
    for level in ("crisis", "urgent", "distress"):
        row = risk[level]
        lines.append(
            f"| {level} | {_pct(row['recall'])} | {_pct(row['precision'])} | {row['support']} |"
        )
    for level in ("crisis", "urgent"):
        if risk[level].get("missed"):
            lines.append(f"\nMissed {level}: " + "; ".join(f"“{t}”" for t in risk[level]["missed"]))
    held_fa, clinc_fa = risk["false_alarms"], report["clinc_false_alarms"]
    all_fa = report["risk_all"]["false_alarms"]
    lines += [
        "",
        "## False alarms (crisis or urgent on an ordinary message)",
        "",
        "| messages | ordinary | false alarms | rate |",
        "|---|---|---|---|",
        f"| held-out (incl. idioms, complaints) | {held_fa['ordinary_messages']} | {held_fa['crisis_or_urgent']} | {_pct(held_fa['rate'])} |",
        f"| CLINC150 {report['split']} half | {clinc_fa['ordinary_messages']} | {clinc_fa['crisis_or_urgent']} | {_pct(clinc_fa['rate'])} |",
        f"| together | {all_fa['ordinary_messages']} | {all_fa['crisis_or_urgent']} | {_pct(all_fa['rate'])} |",
    ]
    if all_fa.get("examples"):
        lines.append("\nFalse alarms: " + "; ".join(f"“{t}”" for t in all_fa["examples"]))
    lines += [
        "",
        "## Intents (held-out)",
        "",
        f"Accuracy {intents['accuracy']:.3f}, macro-F1 {intents['macro_f1']:.3f}. "
        f"Explicit requests for a person handed off in one turn: "
        f"{intents['explicit_requests_handed_off']} / {intents['explicit_requests']}.",
        "",
        "## Parse time",
        "",
        f"Median `parse_message` with theme and risk detection: {report['median_parse_ms']:.2f} ms.",
    ]
    if "median_parse_ms_without_detectors" in report:
        base = report["median_parse_ms_without_detectors"]
        lines.append(
            f"Without the theme, request and risk detectors: {base:.2f} ms (they add "
            f"{report['median_parse_ms'] - base:.2f} ms)."
        )
    return "\n".join(lines) + "\n"


def unseen(report: dict[str, Any]) -> dict[str, Any]:
    """The report without the test split's messages: its misses and false alarms are
    counted, not quoted, so that reading the report does not make the test set seen."""
    if report["split"] != "test":
        return report

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("missed", "examples")}
        return value

    return {**strip(report), "messages_quoted": False}


def write_report(report: dict[str, Any], out_dir: Path) -> Path:
    report = unseen(report)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = "eval" if report["split"] == "test" else f"eval-{report['split']}"
    (out_dir / f"{name}.json").write_text(json.dumps(report, indent=2))
    path = out_dir / f"{name}.md"
    path.write_text(markdown(report))
    return path
