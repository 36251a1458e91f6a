"""`make bench`: the project's full stack against a stock `rasa init` assistant, on the
same machine in one run, with the same load generator; writes docs/benchmarks.md and
docs/benchmarks.png.

The stock assistant is driven through Rasa's rest channel, the project through its
token-bound REST endpoint (NLU with themes and risk, rules, the action server, SQL
logging). Load levels alternate between the two so that machine noise hits both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import growth, machine, run_load, turn_latencies  # noqa: E402
from tests.smtp import start_smtp  # noqa: E402
from tests.stack import Stack, add_placements, free_port  # noqa: E402

RASA = str(Path(sys.executable).with_name("rasa"))
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_for(url: str, timeout: float = 300) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {timeout}s")


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(
        command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.monotonic() - started


class Stock:
    """A stock `rasa init --no-prompt` assistant in a temporary folder."""

    def __init__(self, workdir: Path) -> None:
        self.dir = workdir / "stock"
        self.dir.mkdir()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def train_seconds(self) -> float:
        # `rasa init` scaffolds (about a second) and trains the model from scratch
        env = {**ENV, "RASA_CACHE_DIRECTORY": str(self.dir / ".cache")}
        return timed([RASA, "init", "--no-prompt", "--init-dir", str(self.dir)], self.dir, env)

    def start(self) -> float:
        log = open(self.dir / "rasa.log", "wb")  # noqa: SIM115
        started = time.monotonic()
        self.process = subprocess.Popen(
            [RASA, "run", "--enable-api", "-i", "127.0.0.1", "-p", str(self.port)],
            cwd=self.dir,
            env=ENV,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(f"{self.url}/")
        return time.monotonic() - started

    def body(self, run: str) -> Any:
        return lambda i, text: {"sender": f"{run}-{i}", "message": text}

    @property
    def endpoint(self) -> str:
        return f"{self.url}/webhooks/rest/webhook"

    def stop(self) -> None:
        if self.process:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


class Project:
    """The project's full stack, started as the system tests start it."""

    # Each load run gets candidates of its own, on their first check-in, as in real use:
    # reusing them would give each a dozen check-ins within minutes, and with them a
    # growing history to recall and questions they must not be asked again.
    PER_RUN = 55

    def __init__(self, workdir: Path, smtp_port: int, runs: int = 1) -> None:
        self.stack = Stack(workdir / "project", smtp_port)
        add_placements(self.stack.database, self.PER_RUN * runs + 60)
        self.next_placement = 6  # after the demo data's five
        self.tokens: dict[str, list[str]] = {}

    def train_seconds(self, workdir: Path) -> float:
        env = {
            **ENV,
            "RASA_CACHE_DIRECTORY": str(workdir / "project-cache"),
            "PYTHONPATH": str(ROOT),
        }
        return timed([RASA, "train", "--out", str(workdir / "project-models")], ROOT, env)

    def start(self) -> float:
        started = time.monotonic()
        for name in ("rasa", "actions"):
            self.stack.start(name)
        self.stack.wait_until_ready("rasa", "actions")
        return time.monotonic() - started

    def body(self, run: str) -> Any:
        first, self.next_placement = self.next_placement, self.next_placement + self.PER_RUN
        tokens = [self.stack.new_checkin(first + i)[0] for i in range(self.PER_RUN)]
        self.tokens[run] = tokens
        return lambda i, text: {"token": tokens[i], "message": text}

    @property
    def endpoint(self) -> str:
        return f"{self.stack.rasa_url}/webhooks/checkin/webhook"

    def stop(self) -> None:
        self.stack.stop()


def crisis_to_alert(project: Project, inbox: Any, samples: int) -> list[float]:
    """Seconds from sending a crisis message to the recruiter's email arriving."""
    durations = []
    for i in range(samples):
        token, _ = project.stack.new_checkin(6 + i)
        project.stack.say(token, "hi")
        before = len(inbox.messages)
        started = time.monotonic()
        project.stack.say(token, "i keep thinking about ending my life")
        while len(inbox.messages) == before and time.monotonic() - started < 30:
            time.sleep(0.005)
        durations.append(time.monotonic() - started)
    return durations


def turn_profile(project: Project, samples: int = 30) -> dict[str, float]:
    """Where one turn's milliseconds go: HTTP+NLU (/model/parse), the action server
    call, and the rest (policies, tracker store, channel)."""
    stack = project.stack
    headers = {"Authorization": f"Bearer {stack.rasa_jwt()}"}
    token, conversation_id = stack.new_checkin(6)
    stack.say(token, "hi")
    text = "two months in and no sale yet, the deals take forever"

    def ms(call: Any) -> float:
        values = []
        for _ in range(samples):
            started = time.perf_counter()
            call()
            values.append((time.perf_counter() - started) * 1000)
        return statistics.median(values)

    parse = ms(
        lambda: requests.post(
            f"{stack.rasa_url}/model/parse", json={"text": text}, headers=headers, timeout=10
        )
    )
    turn = ms(lambda: stack.say(token, text))
    tracker = stack.tracker(conversation_id)
    domain = requests.get(
        f"{stack.rasa_url}/domain", headers={**headers, "Accept": "application/json"}, timeout=10
    ).json()
    payload = {
        "next_action": "action_reflect",
        "sender_id": conversation_id,
        "tracker": tracker,
        "domain": domain,
        "version": "3.6.21",
    }
    action = ms(lambda: requests.post(f"{stack.action_url}/webhook", json=payload, timeout=10))
    return {
        "turn_ms": turn,
        "http_and_nlu_ms": parse,
        "action_server_ms": action,
        "policies_tracker_store_channel_ms": max(0.0, turn - parse - action),
    }


def median_level(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Each system's median figures over the repeats, and the median of the ratios of
    the back-to-back pairs."""
    row: dict[str, Any] = {
        name: {
            key: (
                summaries[0][key]
                if key == "conversations"
                else sum(r[key] for r in summaries)
                if key in ("errors", "turns")
                else statistics.median(r[key] for r in summaries)
            )
            for key in summaries[0]
        }
        for name, summaries in runs.items()
    }
    ratios = [
        round(p["messages_per_s"] / s["messages_per_s"], 2) if s["messages_per_s"] else 0.0
        for s, p in zip(runs["stock"], runs["project"])
    ]
    row["ratios"] = ratios
    row["ratio"] = statistics.median(ratios)
    return row


def median_growth(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of several long conversations' growth, with each run's ratio."""
    return {
        "first_turns_ms": round(statistics.median(r["first_turns_ms"] for r in runs), 1),
        "last_turns_ms": round(statistics.median(r["last_turns_ms"] for r in runs), 1),
        "ratio": round(statistics.median(r["ratio"] for r in runs), 2),
        "ratios": [r["ratio"] for r in runs],
        "turns_compared": runs[0]["turns_compared"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="1,5,20,50")
    parser.add_argument("--turns", type=int, default=16, help="turns per conversation")
    parser.add_argument("--long", type=int, default=100, help="turns of the long conversation")
    parser.add_argument(
        "--long-runs", type=int, default=3, help="long conversations per system (median)"
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs of each load level")
    parser.add_argument("--alerts", type=int, default=20, help="crisis → alert samples")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: the stock assistant is trained by `rasa init` "
        "but the project's from-scratch training is skipped",
    )
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    if max(levels) > 55:
        parser.error("at most 55 concurrent conversations (one check-in each)")
    results: dict[str, Any] = {
        "machine": machine(),
        "levels": {},
        "long_turns": args.long,
    }
    workdir = Path(tempfile.mkdtemp(prefix="sb-bench-"))
    controller, inbox = start_smtp(free_port())
    runs = len(levels) * args.repeats + args.long_runs
    stock, project = Stock(workdir), Project(workdir, inbox.port, runs)
    try:
        print("training (from scratch, fresh caches)…", flush=True)
        results["train_s"] = {
            "stock": stock.train_seconds(),
            "project": float("nan") if args.quick else project.train_seconds(workdir),
        }
        print("starting…", flush=True)
        results["start_s"] = {"stock": stock.start(), "project": project.start()}
        # This machine's speed moves by a tenth or more from minute to minute: each level
        # runs several times, the two systems back to back in alternating order, and the
        # report gives medians and the ratio of each back-to-back pair.
        for n, level in enumerate(levels):
            runs: dict[str, list[dict[str, Any]]] = {"stock": [], "project": []}
            order = [("stock", stock), ("project", project)]
            for repeat in range(args.repeats):
                for name, system in order if (n + repeat) % 2 == 0 else reversed(order):
                    body = system.body(f"load{level}-{repeat}")
                    load = asyncio.run(run_load(system.endpoint, body, level, args.turns))
                    runs[name].append(load.summary())
                    print(level, name, runs[name][-1], flush=True)
            results["levels"][level] = median_level(runs)
        # One conversation's eight-turn medians move by a fifth from run to run on this
        # machine, so each system has several, alternating, and the median counts.
        long_runs: dict[str, list[dict[str, Any]]] = {"stock": [], "project": []}
        for run in range(args.long_runs):
            for name, system in (("stock", stock), ("project", project)):
                body = system.body(f"long{run}")
                latencies = asyncio.run(turn_latencies(system.endpoint, body, args.long))
                long_runs[name].append(growth(latencies))
        results["long_conversation"] = {
            name: median_growth(runs) for name, runs in long_runs.items()
        }
        results["memory_mb"] = {
            "stock_rasa": round(peak_rss_mb(stock.process.pid), 0) if stock.process else None,
            "project_rasa": round(peak_rss_mb(project.stack.processes["rasa"].pid), 0),
            "project_actions": round(peak_rss_mb(project.stack.processes["actions"].pid), 0),
        }
        alerts = crisis_to_alert(project, inbox, args.alerts)
        ordered = sorted(alerts)
        results["crisis_to_alert_s"] = {
            "p50": round(statistics.median(alerts), 3),
            "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
            "samples": len(alerts),
        }
        results["profile"] = {k: round(v, 1) for k, v in turn_profile(project).items()}
    finally:
        stock.stop()
        project.stop()
        controller.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "benchmarks.json").write_text(json.dumps(results, indent=2))
    from bench.report import write_report

    write_report(results, out, " ".join(sys.argv[1:]))
    print((out / "benchmarks.md").read_text())


if __name__ == "__main__":
    main()
