"""`make soak`: 50 conversations × 20 turns at once through the check-in endpoint, then
every conversation's stored user events are compared with what was sent: nothing lost,
nothing reordered, no handoff recorded twice. Writes docs/soak.md."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.load import SCRIPT, run_load  # noqa: E402
from bench.run import Project  # noqa: E402
from rasa_project.models import Handoff  # noqa: E402
from tests.smtp import start_smtp  # noqa: E402
from tests.stack import free_port  # noqa: E402

CONVERSATIONS, TURNS = 50, 20


def main() -> None:
    controller, inbox = start_smtp(free_port())
    project = Project(Path(tempfile.mkdtemp(prefix="sb-soak-")), inbox.port)
    try:
        project.start()
        tokens = [project.stack.new_checkin(6 + i) for i in range(CONVERSATIONS)]
        # distinct texts per conversation and turn, so that order can be checked
        sent = {
            i: [f"{SCRIPT[t % len(SCRIPT)]} ({i}-{t})" for t in range(TURNS)]
            for i in range(CONVERSATIONS)
        }
        turn_of = {i: iter(sent[i]) for i in sent}
        load = asyncio.run(
            run_load(
                project.endpoint,
                lambda i, _text: {"token": tokens[i][0], "message": next(turn_of[i])},
                CONVERSATIONS,
                TURNS,
            )
        )
        lost = reordered = 0
        for i, (_, conversation_id) in enumerate(tokens):
            stored = project.stack.user_texts(conversation_id)
            lost += len(set(sent[i]) - set(stored))
            reordered += [t for t in stored if t in set(sent[i])] != sent[i]
        with project.stack.database.sessions() as session:
            keys = session.execute(select(Handoff.conversation_id, Handoff.trigger_key)).all()
        duplicates = sum(n - 1 for n in Counter(keys).values() if n > 1)
        action_failures = len(project.stack.action_exceptions())
    finally:
        project.stop()
        controller.stop()
    lines = [
        "# Soak (`make soak`)",
        "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC: {CONVERSATIONS} "
        f"conversations × {TURNS} turns at once through the check-in endpoint against the "
        "full stack.",
        "",
        "| | count |",
        "|---|---|",
        f"| turns answered with HTTP 200 | {load.turns} of {CONVERSATIONS * TURNS} |",
        f"| unhandled exceptions in the action server | {action_failures} |",
        f"| HTTP errors | {load.errors} |",
        f"| messages missing from the tracker store | {lost} |",
        f"| conversations whose stored order differs from the sent order | {reordered} |",
        f"| handoffs recorded twice | {duplicates} |",
        f"| throughput | {load.throughput:.1f} messages/s, p95 {load.percentile(95):.0f} ms |",
    ]
    (ROOT / "docs" / "soak.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if lost or reordered or duplicates or load.errors or action_failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
