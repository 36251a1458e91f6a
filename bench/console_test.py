"""`make bench-console`: the console's latency with 10,000 handoffs and 200,000 theme
rows (issue 7's goal: queue and transcript p95 ≤ 200 ms). A benchmark, not a test: it
lives outside tests/, asserts no timing, and writes docs/console-benchmark.md.
It uses the test fixtures, so it runs under pytest:

    .venv/bin/python -m pytest bench/console_test.py -p tests.conftest -s
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from random import Random

import sqlalchemy as sa

from rasa_project.db import Database, create_db_engine
from rasa_project.models import (
    Candidate,
    CheckIn,
    Handoff,
    HandoffAlert,
    Placement,
    ThemeObservation,
)
from rasa_project.nlu.taxonomy import THEMES
from rasa_project.services.accounts import create_recruiter
from rasa_project.settings import Settings
from rasa_project.web import create_app
from tests.web.test_console_support import PASSWORD, events_table, sign_in

RECRUITERS = 20
CANDIDATES = 2_000
HANDOFFS = 10_000
THEME_ROWS = 200_000
EVENTS_PER_CONVERSATION = 40
REQUESTS = 100


def seed(database: Database, settings: Settings) -> list[int]:
    rng = Random(11)
    now = datetime.now(timezone.utc)
    recruiters = [
        create_recruiter(database.sessions, f"r{i}@agency.example", f"Recruiter {i}", PASSWORD)
        for i in range(RECRUITERS)
    ]
    with database.engine.begin() as connection:
        connection.execute(
            sa.insert(Candidate.__table__),
            [
                {
                    "id": i + 1,
                    "first_name": f"First{i}",
                    "last_name": "Last",
                    "email": f"c{i}@c.example",
                    "timezone": "UTC",
                    "created_at": now,
                }
                for i in range(CANDIDATES)
            ],
        )
        connection.execute(
            sa.insert(Placement.__table__),
            [
                {
                    "id": i + 1,
                    "candidate_id": i + 1,
                    "recruiter_id": recruiters[i % RECRUITERS],
                    "company": f"Company {i % 40}",
                    "role": "Role",
                    "start_date": date.today() - timedelta(days=rng.randint(1, 90)),
                    "created_at": now,
                }
                for i in range(CANDIDATES)
            ],
        )
        connection.execute(
            sa.insert(CheckIn.__table__),
            [
                {
                    "id": i + 1,
                    "placement_id": i % CANDIDATES + 1,
                    "conversation_id": f"conv-{i}",
                    "status": "completed",
                    "summary_shared": True,
                    "created_at": now - timedelta(minutes=i),
                }
                for i in range(HANDOFFS)
            ],
        )
        snapshot = json.dumps([{"who": "candidate", "text": "x" * 200, "at": None}] * 10)
        connection.execute(
            sa.insert(Handoff.__table__),
            [
                {
                    "id": i + 1,
                    "checkin_id": i + 1,
                    "conversation_id": f"conv-{i}",
                    "trigger_key": "k",
                    "reason": "requested",
                    "urgency": rng.choice((0, 1, 2, 2, 2)),
                    "risk_level": "none",
                    "themes": json.dumps(rng.sample(THEMES, 3)),
                    "transcript": snapshot,
                    "status": "open" if i % 20 == 0 else "resolved",
                    "created_at": now - timedelta(minutes=i),
                }
                for i in range(HANDOFFS)
            ],
        )
        connection.execute(
            sa.insert(HandoffAlert.__table__),
            [
                {
                    "handoff_id": i + 1,
                    "channel": "email",
                    "status": "sent",
                    "attempts": 1,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for i in range(HANDOFFS)
            ],
        )
        connection.execute(
            sa.insert(ThemeObservation.__table__),
            [
                {
                    "checkin_id": i % HANDOFFS + 1,
                    "conversation_id": f"conv-{i % HANDOFFS}",
                    "turn": i // HANDOFFS + 1,
                    "theme": THEMES[i % len(THEMES)],
                    "confidence": 0.8,
                    "evidence": "words " * 20,
                    "created_at": now - timedelta(minutes=rng.randint(0, 60 * 24 * 80)),
                }
                for i in range(THEME_ROWS)
            ],
        )
    tracker = create_db_engine(settings.tracker_store_url)
    metadata = sa.MetaData()
    events = events_table(metadata)
    metadata.create_all(tracker)
    with tracker.begin() as connection:
        rows = []
        for c in range(HANDOFFS):
            for n in range(EVENTS_PER_CONVERSATION):
                kind = "user" if n % 2 == 0 else "bot"
                event = {"event": kind, "text": f"message {n} " * 10, "timestamp": 1.7e9 + n}
                if kind == "user":
                    event["parse_data"] = {"themes": [{"name": "workload"}], "risk": {}}
                rows.append(
                    {"sender_id": f"conv-{c}", "type_name": kind, "data": json.dumps(event)}
                )
        connection.execute(sa.insert(events), rows)
    tracker.dispose()
    return recruiters


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def test_queue_and_transcript_latency(database: Database, settings: Settings) -> None:
    started = time.perf_counter()
    seed(database, settings)
    print(f"\nseeded in {time.perf_counter() - started:.1f}s")
    app = create_app(settings, database)
    rng = Random(3)
    results = {}
    for who, email in (("recruiter", "r1@agency.example"), ("admin", None)):
        if email is None:
            create_recruiter(
                database.sessions, "admin@agency.example", "Admin", PASSWORD, is_admin=True
            )
            email = "admin@agency.example"
        client = app.test_client()
        assert sign_in(client, email).status_code == 302
        visible = [
            h["id"] for h in client.get("/api/handoffs?status=all&limit=500").get_json()["handoffs"]
        ]
        for name, paths in (
            ("queue", ["/console/"] * REQUESTS),
            ("queue api", ["/api/handoffs"] * REQUESTS),
            (
                "handoff + transcript",
                [f"/console/handoffs/{rng.choice(visible)}" for _ in range(REQUESTS)],
            ),
        ):
            samples = []
            for url in paths:
                begin = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - begin) * 1000)
                assert response.status_code == 200, url
            results[(who, name)] = (statistics.median(samples), p95(samples))
    lines = [
        "# Console latency (`make bench-console`)",
        "",
        f"{HANDOFFS:,} handoffs and {THEME_ROWS:,} theme rows in SQLite; {REQUESTS} requests per "
        "row through Flask's test client (no network), signed in as one recruiter and as an admin.",
        f"Goal (issue 7): p95 ≤ 200 ms. Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
        "| who | page | p50 ms | p95 ms |",
        "|---|---|---|---|",
    ]
    for (who, name), (median, high) in results.items():
        lines.append(f"| {who} | {name} | {median:.1f} | {high:.1f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    out = Path(__file__).resolve().parents[1] / "docs" / "console-benchmark.md"
    out.write_text(report)
