"""`make profile`: where a turn's CPU goes. Starts the project's Rasa and action servers
(SQLite, as `make run`), sends 20 conversations × 16 turns at once, and samples both
servers with py-spy meanwhile. Writes docs/profile.md: CPU milliseconds per message for
each part (HTTP and channel, NLU by component, policies, action calls, tracker store,
and the action server's own work), from the sampled stacks."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import cpu_seconds, machine, run_load  # noqa: E402
from tests.smtp import start_smtp  # noqa: E402
from tests.stack import Stack, add_placements, free_port  # noqa: E402

RATE = 200  # samples per second
CONVERSATIONS, TURNS = 20, 16

PROCESS = "process"  # the process's whole CPU time, from /proc, not from samples

# part of a turn -> a frame (function@file) whose samples it counts, inclusive
RASA_PARTS = {
    "the Rasa process, all its CPU time (from /proc)": PROCESS,
    "whole message in the Rasa server": "receive@rasa_project/channel.py",
    "NLU (the graph, all components)": "_parse_message_with_graph@rasa/core/processor.py",
    "policies (rule prediction)": "predict_next_with_tracker_if_should@rasa/core/processor.py",
    "action calls (tracker to JSON, HTTP, response check)": "_run_action@rasa/core/processor.py",
    "tracker store: read": "retrieve@rasa_project/tracker_store.py",
    "tracker store: write": "save@rasa_project/tracker_store.py",
}
ACTION_PARTS = {
    "the action server process, all its CPU time (from /proc)": PROCESS,
    "whole call in the action server": "webhook@rasa_sdk/endpoint.py",
    "reading the request (tracker JSON)": "json@sanic/request.py",
    "SQL (SQLAlchemy)": "execute@sqlalchemy/orm/session.py",
}


def _frame(raw: str) -> str:
    """'function (path/site-packages/pkg/mod.py:12)' -> 'function@pkg/mod.py'."""
    name, _, where = raw.partition(" (")
    path = where.split(":")[0].split("site-packages/")[-1]
    return f"{name}@{path.removeprefix(str(ROOT) + '/')}"


def inclusive_samples(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in path.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        if not stack:
            continue
        for frame in {_frame(f) for f in stack.split(";")}:
            counts[frame] += int(samples)
    return counts


def components(counts: Counter[str]) -> dict[str, int]:
    """NLU components by their `process` frames."""
    return {
        frame.split("@")[1]: n
        for frame, n in counts.items()
        if frame.startswith("process@") and ("/nlu/" in frame)
    }


def record(pid: int, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "py-spy"), "record", "-p", str(pid), "-r", str(RATE),
         "-f", "raw", "-o", str(out), "--nonblocking"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="sb-profile-"))
    controller, inbox = start_smtp(free_port())
    stack = Stack(workdir / "project", inbox.port)
    add_placements(stack.database, 60)
    try:
        stack.start("rasa")
        stack.start("actions")
        stack.wait_until_ready("rasa", "actions")
        endpoint = f"{stack.rasa_url}/webhooks/checkin/webhook"
        warm = [stack.new_checkin(6 + i)[0] for i in range(2)]
        asyncio.run(run_load(endpoint, lambda i, t: {"token": warm[i], "message": t}, 2, 4))
        tokens = [stack.new_checkin(8 + i)[0] for i in range(CONVERSATIONS)]
        spies = {
            name: record(stack.processes[name].pid, workdir / f"{name}.txt")
            for name in ("rasa", "actions")
        }
        body = lambda i, t: {"token": tokens[i], "message": t}  # noqa: E731
        pids = {name: stack.processes[name].pid for name in ("rasa", "actions")}
        cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        load = asyncio.run(run_load(endpoint, body, CONVERSATIONS, TURNS))
        cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}
        for spy in spies.values():
            spy.send_signal(signal.SIGINT)  # py-spy writes its file on SIGINT
            spy.wait(timeout=60)
        rasa = inclusive_samples(workdir / "rasa.txt")
        actions = inclusive_samples(workdir / "actions.txt")
        # as samples, so that one formula turns both into milliseconds per message
        rasa[PROCESS] = round(cpu["rasa"] * RATE)
        actions[PROCESS] = round(cpu["actions"] * RATE)
    finally:
        stack.stop()
        controller.stop()

    def ms(samples: int) -> float:
        return round(samples / RATE * 1000 / load.turns, 2)

    results = {
        "machine": machine(),
        "load": load.summary(),
        "rasa": {part: ms(rasa[frame]) for part, frame in RASA_PARTS.items()},
        "nlu_components": {name: ms(n) for name, n in components(rasa).items()},
        "actions": {part: ms(actions[frame]) for part, frame in ACTION_PARTS.items()},
    }
    out = ROOT / "docs"
    (out / "profile.json").write_text(json.dumps(results, indent=2))
    lines = [
        "# Where a turn's CPU goes (`make profile`)",
        "",
        f"Measured {results['machine']['date']} on {results['machine']['cpus']} cores. The "
        f"project's Rasa and action servers (SQLite, as `make run`) under "
        f"{CONVERSATIONS} conversations × {TURNS} turns at once "
        f"({load.summary()['messages_per_s']} messages/s), both sampled with py-spy at "
        f"{RATE} Hz. Milliseconds per message; a part includes what it calls. The first row "
        "of each table is CPU time from /proc; the parts are sampled stacks, which can "
        "include short waits (a lock, a socket), so they need not add up to it.",
        "",
        "| Rasa server | ms per message |",
        "|---|---|",
        *[f"| {part} | {value} |" for part, value in results["rasa"].items()],
        "",
        "| NLU component (`process`) | ms per message |",
        "|---|---|",
        *[
            f"| `{name}` | {value} |"
            for name, value in sorted(results["nlu_components"].items(), key=lambda kv: -kv[1])
        ],
        "",
        "| action server | ms per message |",
        "|---|---|",
        *[f"| {part} | {value} |" for part, value in results["actions"].items()],
    ]
    (out / "profile.md").write_text("\n".join(lines) + "\n")
    print((out / "profile.md").read_text())


if __name__ == "__main__":
    main()
