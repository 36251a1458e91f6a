"""`make bench-scaled`: scale mode (nginx, PostgreSQL, Redis) with one and with two Rasa
instances on this machine — throughput and latency at 20 and 50 concurrent
conversations, and per-turn latency from the 1st to the 100th turn of one long
conversation. Writes docs/scale-benchmark.md and .json."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import cpu_seconds, growth, machine, run_load, turn_latencies  # noqa: E402
from tests.scale.harness import ScaledStack, start_scaled  # noqa: E402
from tests.smtp import start_smtp  # noqa: E402
from tests.stack import free_port  # noqa: E402

FIRST_PLACEMENT = 6  # the 60 load placements follow the 5 demo ones


def _pids_named(name: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == name:
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def cpu_by_part(stack: ScaledStack) -> dict[str, float]:
    """CPU seconds used so far by each part of the set-up (and this load generator)."""
    processes = stack.deployment.processes
    parts = {
        "Rasa": [p.pid for n, p in processes.items() if n.startswith("rasa-")],
        "action servers": [p.pid for n, p in processes.items() if n.startswith("actions-")],
        "nginx": _pids_named("nginx"),
        "PostgreSQL": _pids_named("postgres"),
        "Redis": _pids_named("redis-server"),
        "load generator": [os.getpid()],
    }
    return {part: sum(cpu_seconds(pid) for pid in pids) for part, pids in parts.items()}


def measure(stack: ScaledStack, levels: list[int], turns: int, long_turns: int) -> dict[str, Any]:
    endpoint = f"{stack.rasa_url}/webhooks/checkin/webhook"
    row: dict[str, Any] = {"levels": {}}
    # a fresh check-in per conversation; within a batch every placement is different
    placement = itertools.cycle(range(FIRST_PLACEMENT, FIRST_PLACEMENT + 60))

    def tokens(count: int) -> list[str]:
        return [stack.new_checkin(next(placement))[0] for _ in range(count)]

    warm = tokens(2)  # first messages load lazily held parts; keep them out of the figures
    asyncio.run(run_load(endpoint, lambda i, text: {"token": warm[i], "message": text}, 2, 4))
    for level in levels:
        batch = tokens(level)
        body = lambda i, text, b=batch: {"token": b[i], "message": text}  # noqa: E731
        before = cpu_by_part(stack)
        result = asyncio.run(run_load(endpoint, body, level, turns))
        used = {part: seconds - before[part] for part, seconds in cpu_by_part(stack).items()}
        row["levels"][level] = {
            **result.summary(),
            # share of all the machine's cores over the run, per part
            "cpu_share": {
                part: round(seconds / (result.seconds * (os.cpu_count() or 1)), 3)
                for part, seconds in used.items()
            },
        }
        print(level, row["levels"][level], flush=True)
    long_token = stack.new_checkin(2)[0]
    latencies = asyncio.run(
        turn_latencies(
            endpoint, lambda _i, text: {"token": long_token, "message": text}, long_turns
        )
    )
    row["long_conversation"] = growth(latencies)
    print("long", row["long_conversation"], flush=True)
    return row


def write_report(results: dict[str, Any], out: Path, command: str) -> None:
    one, two = results["instances"]["1"], results["instances"]["2"]
    lines = [
        "# Scale mode benchmark (`make bench-scaled`)",
        "",
        f"Measured {results['machine']['date']} on {results['machine']['cpus']} cores, "
        f"Python {results['machine']['python']}. Command: `{command}`.",
        "",
        "Scale mode as `make run-scaled` starts it: nginx in front of the Rasa instances, two "
        "action servers, PostgreSQL for the tracker store and the app database, Redis for "
        "the lock store and socket.io. The load generator (`bench/load.py`) sends each "
        "conversation's turns one after another through nginx to the check-in endpoint; it "
        f"runs on the same machine. {results['turns']} turns per conversation.",
        "",
        "| concurrent conversations | 1 Rasa instance msg/s | 2 instances msg/s | ratio "
        "| 1 instance p50 / p95 ms | 2 instances p50 / p95 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for level in one["levels"]:
        a, b = one["levels"][level], two["levels"][level]
        ratio = b["messages_per_s"] / a["messages_per_s"] if a["messages_per_s"] else float("nan")
        lines.append(
            f"| {level} | {a['messages_per_s']} | {b['messages_per_s']} | {ratio:.2f}× "
            f"| {a['p50_ms']} / {a['p95_ms']} | {b['p50_ms']} / {b['p95_ms']} "
            f"| {a['errors']} / {b['errors']} |"
        )
    lines += [
        "",
        "## Where the cores went at the highest level (share of all cores over the run)",
        "",
        "| part | 1 instance | 2 instances |",
        "|---|---|---|",
    ]
    top = list(one["levels"])[-1]
    for part, share in one["levels"][top]["cpu_share"].items():
        other = two["levels"][top]["cpu_share"][part]
        lines.append(f"| {part} | {share:.0%} | {other:.0%} |")
    busy_one = sum(one["levels"][top]["cpu_share"].values())
    busy_two = sum(two["levels"][top]["cpu_share"].values())
    rasa_one = one["levels"][top]["cpu_share"]["Rasa"] * (results["machine"]["cpus"] or 1)
    lines += [
        "",
        f"Why the ratio is what it is: with one instance the Rasa process is its own limit, "
        f"one event loop using {rasa_one:.2f} of a core, while the machine is "
        f"{busy_one:.0%} busy. With two instances the machine is {busy_two:.0%} busy: the "
        "second instance takes the idle core's time, and shares both cores with the action "
        "servers, PostgreSQL, nginx and the load generator, so two instances on two cores "
        "give well under twice one. (With a core per instance it should come closer to the "
        "number of instances; that is not measured here.)",
    ]
    lines += [
        "",
        f"## One long conversation ({results['long_turns']} turns, median of the first pass "
        "through the script vs the last: the same messages)",
        "",
        "A turn late in a long conversation costs no more than an early one. (Why the early "
        "turns are the slower ones on PostgreSQL has not been profiled.)",
        "",
        "| | first pass | last pass | ratio |",
        "|---|---|---|---|",
    ]
    for name, row in (("1 instance", one), ("2 instances", two)):
        long = row["long_conversation"]
        lines.append(
            f"| {name} | {long['first_turns_ms']} ms | {long['last_turns_ms']} ms "
            f"| {long['ratio']}× |"
        )
    (out / "scale-benchmark.md").write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="20,50")
    parser.add_argument("--turns", type=int, default=16)
    parser.add_argument("--long", type=int, default=100)
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    results: dict[str, Any] = {
        "machine": machine(),
        "turns": args.turns,
        "long_turns": args.long,
        "instances": {},
    }
    controller, inbox = start_smtp(free_port())
    try:
        for instances in (1, 2):
            workdir = Path(tempfile.mkdtemp(prefix=f"sb-scaled-{instances}-"))
            print(f"{instances} Rasa instance(s)…", flush=True)
            with start_scaled(workdir, inbox.port, rasa_instances=instances) as stack:
                results["instances"][str(instances)] = measure(stack, levels, args.turns, args.long)
    finally:
        controller.stop()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale-benchmark.json").write_text(json.dumps(results, indent=2))
    write_report(results, out, "make bench-scaled")
    print((out / "scale-benchmark.md").read_text())


if __name__ == "__main__":
    main()
