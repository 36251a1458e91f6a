"""The load generator: N conversations at once, each a script of turns sent one after
another over HTTP, as candidates would; per-turn latency and overall throughput."""

from __future__ import annotations

import asyncio
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import aiohttp

# One check-in, as a candidate might type it; cycled for longer conversations.
SCRIPT = [
    "hi",
    "honestly not great, two months in and no sale yet",
    "i feel like a failure after every call",
    "maybe im judging myself by my old company, deals were faster there",
    "my first job was slow at the start too and it worked out",
    "i could ask a senior colleague to listen in on a call",
    "my team lead maybe",
    "yes",
]


@dataclass
class LoadResult:
    conversations: int
    turns: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def throughput(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]

    def summary(self) -> dict[str, Any]:
        return {
            "conversations": self.conversations,
            "turns": self.turns,
            "messages_per_s": round(self.throughput, 1),
            "p50_ms": round(self.percentile(50), 1),
            "p95_ms": round(self.percentile(95), 1),
            "errors": self.errors,
        }


# body(conversation_index, text) -> JSON body for the endpoint
BodyFactory = Callable[[int, str], dict[str, Any]]


async def _conversation(
    session: aiohttp.ClientSession,
    url: str,
    body: BodyFactory,
    index: int,
    turns: int,
    latencies: list[float],
    errors: list[int],
) -> None:
    for turn in range(turns):
        text = SCRIPT[turn % len(SCRIPT)]
        started = time.perf_counter()
        try:
            async with session.post(url, json=body(index, text)) as response:
                await response.read()
                if response.status != 200:
                    errors.append(response.status)
                    continue
        except aiohttp.ClientError:
            errors.append(0)
            continue
        latencies.append((time.perf_counter() - started) * 1000)


async def run_load(url: str, body: BodyFactory, conversations: int, turns: int) -> LoadResult:
    latencies: list[float] = []
    errors: list[int] = []
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(limit=conversations + 5)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                _conversation(session, url, body, i, turns, latencies, errors)
                for i in range(conversations)
            )
        )
        seconds = time.perf_counter() - started
    return LoadResult(conversations, len(latencies), seconds, latencies, len(errors))


async def turn_latencies(url: str, body: BodyFactory, turns: int) -> list[float]:
    """Per-turn latency along one long conversation."""
    result = await run_load(url, body, 1, turns)
    return result.latencies_ms


def growth(latencies: list[float]) -> dict[str, float]:
    """How a long conversation's turns slow down: the median of its first pass through
    the script against its last, so that both sides are the same messages (the first
    five turns against the last five would set "hi" against "yes")."""
    cycle = len(SCRIPT)
    if len(latencies) < 2 * cycle:
        raise ValueError(f"a long conversation needs at least {2 * cycle} turns")
    last_start = (len(latencies) // cycle - 1) * cycle
    first = statistics.median(latencies[:cycle])
    last = statistics.median(latencies[last_start : last_start + cycle])
    return {
        "first_turns_ms": round(first, 1),
        "last_turns_ms": round(last, 1),
        "ratio": round(last / first, 2),
        "turns_compared": f"1-{cycle} and {last_start + 1}-{last_start + cycle}",
    }


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far (user + system), from /proc; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def python_loop_seconds(iterations: int = 10_000_000) -> float:
    """A fixed pure-Python loop, timed: how fast the machine is at the time of a run. Its
    speed moves between runs, so a report gives this beside its figures."""
    started = time.perf_counter()
    total = 0
    for i in range(iterations):
        total += i
    return time.perf_counter() - started


def machine() -> dict[str, Any]:
    """What a report says about where it was measured."""
    return {
        "python_loop_s": python_loop_seconds(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.now(timezone.utc).isoformat(timespec="minutes"),
    }


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
