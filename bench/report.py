"""docs/benchmarks.md and docs/benchmarks.png from a `make bench` run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _goal(ok: bool) -> str:
    return "met" if ok else "**not met**"


def write_report(results: dict[str, Any], out: Path, arguments: str = "") -> None:
    levels = results["levels"]
    lines = [
        "# Benchmarks (`make bench`)",
        "",
        f"Measured {results['machine']['date']} on {results['machine']['cpus']} cores, "
        f"Python {results['machine']['python']}, {results['machine']['platform']}; "
        f"a 10-million-step Python loop took {results['machine'].get('python_loop_s', float('nan')):.2f} s "
        "(the machine's speed at the time). "
        f"Command: `make bench`{' (' + arguments + ')' if arguments else ''}.",
        "",
        "Stock: `rasa init --no-prompt` (DIET, TED, rules, memoization) through Rasa's rest "
        "channel. Project: the full stack (light NLU with theme and risk detection, rules, "
        "the action server, SQL logging of themes and questions) through the token-bound "
        "REST endpoint. Same load generator (`bench/load.py`), levels alternating. Each level "
        "runs several times, the two systems back to back in alternating order: figures are "
        "medians, the ratio is the median of the back-to-back pairs' ratios.",
        "",
        "## Throughput and latency per turn",
        "",
        "| concurrent conversations | stock msg/s | project msg/s | ratio (each pair) | stock p50 / p95 ms | project p50 / p95 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for level, row in levels.items():
        s, p = row["stock"], row["project"]
        ratio = row.get("ratio") or (
            p["messages_per_s"] / s["messages_per_s"] if s["messages_per_s"] else float("nan")
        )
        lines.append(
            f"| {level} | {s['messages_per_s']} | {p['messages_per_s']} | {ratio:.2f}×"
            f"{' (' + ', '.join(f'{r}×' for r in row['ratios']) + ')' if row.get('ratios') else ''} | "
            f"{s['p50_ms']} / {s['p95_ms']} | {p['p50_ms']} / {p['p95_ms']} | "
            f"{s['errors']} / {p['errors']} |"
        )
    train, start, memory = results["train_s"], results["start_s"], results["memory_mb"]
    long = results["long_conversation"]
    alert = results["crisis_to_alert_s"]
    lines += [
        "",
        "## Cost",
        "",
        "| | stock | project |",
        "|---|---|---|",
        f"| `rasa train` from scratch | {train['stock']:.0f} s | {train['project']:.0f} s |",
        f"| start until ready | {start['stock']:.0f} s | {start['project']:.0f} s (Rasa and action server) |",
        f"| Rasa server peak memory | {memory['stock_rasa']:.0f} MB | {memory['project_rasa']:.0f} MB |",
        f"| action server peak memory | – | {memory['project_actions']:.0f} MB |",
        f"| turn latency, turns {long['project'].get('turns_compared', '1-5 and the last 5')} "
        f"of {results.get('long_turns', 100)} (median; the same messages; median of "
        f"{len(long['project'].get('ratios', [0]))} conversations) | "
        f"{long['stock']['first_turns_ms']} → {long['stock']['last_turns_ms']} ms ({long['stock']['ratio']}×; {_each(long['stock'])}) | "
        f"{long['project']['first_turns_ms']} → {long['project']['last_turns_ms']} ms ({long['project']['ratio']}×; {_each(long['project'])}) |",
        f"| crisis message → recruiter's email received | – | p50 {alert['p50']} s, p95 {alert['p95']} s ({alert['samples']} samples) |",
        "",
        "## Where one turn's milliseconds go (project, median of 30)",
        "",
        "| part | ms |",
        "|---|---|",
    ]
    profile = results["profile"]
    lines += [
        f"| whole turn through the check-in endpoint | {profile['turn_ms']} |",
        f"| HTTP and NLU (`/model/parse`, incl. themes and risk) | {profile['http_and_nlu_ms']} |",
        f"| action server call (`action_reflect`: SQL reads and writes, question choice) | {profile['action_server_ms']} |",
        f"| the rest: policies, tracker store, channel | {profile['policies_tracker_store_channel_ms']} |",
    ]
    l20 = levels.get("20") or levels.get(20)
    l1 = levels.get("1") or levels.get(1)
    if l20 and l1:
        ratio20 = l20.get("ratio") or (
            l20["project"]["messages_per_s"] / max(l20["stock"]["messages_per_s"], 1e-9)
        )
        lines += [
            "",
            "## Goals (issue 11)",
            "",
            "| goal | measured | |",
            "|---|---|---|",
            f"| throughput at 20 concurrent ≥ 3× stock | {ratio20:.2f}× | {_goal(ratio20 >= 3)} |",
            f"| p95 at 20 concurrent ≤ 300 ms | {l20['project']['p95_ms']} ms | {_goal(l20['project']['p95_ms'] <= 300)} |",
            f"| p50 at one conversation ≤ 30 ms | {l1['project']['p50_ms']} ms | {_goal(l1['project']['p50_ms'] <= 30)} |",
            f"| `rasa train` from scratch ≤ 60 s | {train['project']:.0f} s | {_goal(train['project'] <= 60)} |",
            f"| start to ready ≤ 20 s | {start['project']:.0f} s | {_goal(start['project'] <= 20)} |",
            f"| Rasa server ≤ 700 MB | {memory['project_rasa']:.0f} MB | {_goal(memory['project_rasa'] <= 700)} |",
            f"| action server ≤ 200 MB | {memory['project_actions']:.0f} MB | {_goal(memory['project_actions'] <= 200)} |",
            f"| late turns ≤ 1.5× the early ones (100-turn conversation) | {long['project']['ratio']}× | {_goal(long['project']['ratio'] <= 1.5)} |",
            f"| crisis → alert p95 ≤ 2 s | {alert['p95']} s | {_goal(alert['p95'] <= 2)} |",
        ]
    quality = Path(out) / "eval.json"
    if quality.exists():
        q = json.loads(quality.read_text())
        lines += [
            "",
            "## Quality of the same design (`make eval`, eval/test.yml)",
            "",
            f"Theme macro-F1 {q['themes']['macro_f1']:.3f}; crisis recall "
            f"{100 * (q['risk_heldout']['crisis']['recall'] or 0):.0f}%, urgent recall "
            f"{100 * (q['risk_heldout']['urgent']['recall'] or 0):.0f}%; false crisis/urgent alarms "
            f"{100 * (q['risk_all']['false_alarms']['rate'] or 0):.1f}% of ordinary messages; intent "
            f"macro-F1 on held-out {q['intents']['macro_f1']:.3f}.",
        ]
    (out / "benchmarks.md").write_text("\n".join(lines) + "\n")
    _chart(results, out / "benchmarks.png")


def _chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = list(results["levels"])
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for name, colour in (("stock", "#9aa4b2"), ("project", "#0b5cad")):
        left.plot(
            levels,
            [results["levels"][lv][name]["messages_per_s"] for lv in levels],
            "o-",
            color=colour,
            label=name,
        )
        right.plot(
            levels,
            [results["levels"][lv][name]["p95_ms"] for lv in levels],
            "o-",
            color=colour,
            label=name,
        )
    left.set(title="Throughput", xlabel="concurrent conversations", ylabel="messages / s")
    right.set(title="p95 latency per turn", xlabel="concurrent conversations", ylabel="ms")
    for axis in (left, right):
        axis.legend()
        axis.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def _each(row: dict) -> str:
    """Each conversation's ratio, as measured."""
    return "each " + ", ".join(f"{r}×" for r in row.get("ratios", [row["ratio"]]))
