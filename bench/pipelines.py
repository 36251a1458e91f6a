"""`make compare-pipelines`: the project's light pipeline against a DIET-based one on
intent macro-F1 (5-fold cross-validation on the training data, `rasa test nlu`),
training time and per-message parse latency; writes docs/pipelines.md.

`--only NAME` runs one pipeline and keeps the other's last row (docs/pipelines.json);
`--diet-epochs N` trains DIET for N epochs instead of the config's 100 (each row says
which)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RASA = str(Path(sys.executable).with_name("rasa"))
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT)}
PIPELINES = {
    "light (config.yml)": ROOT / "config.yml",
    "DIET": ROOT / "bench" / "configs" / "diet.yml",
}


def run(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(
        command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.monotonic() - started


def main() -> None:
    from rasa_project.nlu.evaluation import DEV, load_heldout, parse_all

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=list(PIPELINES), help="run this pipeline only")
    parser.add_argument("--diet-epochs", type=int, help="DIET epochs (default: the config's)")
    args = parser.parse_args()
    dev = load_heldout(DEV)
    kept = ROOT / "docs" / "pipelines.json"
    rows = json.loads(kept.read_text()) if kept.exists() and args.only else {}
    with tempfile.TemporaryDirectory(prefix="sb-pipelines-") as tmp:
        for name, config in PIPELINES.items():
            if args.only and name != args.only:
                continue
            out = Path(tmp) / name.split()[0]
            settings = "as in the config"
            if name == "DIET" and args.diet_epochs:
                text = config.read_text().replace("epochs: 100", f"epochs: {args.diet_epochs}")
                config = Path(tmp) / "diet.yml"
                config.write_text(text)
                settings = f"{args.diet_epochs} epochs"
            train = run(
                [
                    RASA,
                    "train",
                    "nlu",
                    "--config",
                    str(config),
                    "--nlu",
                    "data/nlu",
                    "--out",
                    str(out),
                    "--fixed-model-name",
                    "model",
                ]
            )
            latency = statistics.median(parse_all(out / "model.tar.gz", dev)[1])
            run(
                [
                    RASA,
                    "test",
                    "nlu",
                    "--config",
                    str(config),
                    "--nlu",
                    "data/nlu",
                    "--cross-validation",
                    "--folds",
                    "5",
                    "--out",
                    str(out / "cv"),
                ]
            )
            report = json.loads((out / "cv" / "intent_report.json").read_text())
            rows[name] = {
                "macro_f1": report["macro avg"]["f1-score"],
                "accuracy": report["accuracy"],
                "train_s": train,
                "parse_ms": latency,
                "settings": settings,
                "date": datetime.now(timezone.utc).isoformat(timespec="minutes"),
            }
            print(name, rows[name], flush=True)
    write_report(rows)


def write_report(rows: dict[str, dict]) -> None:
    lines = [
        "# NLU pipelines compared (`make compare-pipelines`)",
        "",
        "Intent macro-F1 and accuracy in 5-fold cross-validation over `data/nlu/` "
        "(`rasa test nlu --cross-validation --folds 5`); training time of `rasa train nlu` "
        "on all of it; median `parse_message` time over the messages of the dev split "
        "(`eval/dev.yml`, `eval/dev2.yml`). Each row says when it was measured; a row "
        "measured on another day ran on that day's training data and machine.",
        "",
        "| pipeline | settings | intent macro-F1 | accuracy | train | parse (median) | measured |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row['settings']} | {row['macro_f1']:.3f} | {row['accuracy']:.3f} | "
            f"{row['train_s']:.0f} s | {row['parse_ms']:.1f} ms | {row['date']} |"
        )
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "pipelines.json").write_text(json.dumps(rows, indent=2))
    (ROOT / "docs" / "pipelines.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
