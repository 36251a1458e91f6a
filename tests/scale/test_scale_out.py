"""Scale mode on real PostgreSQL, Redis and nginx: conversations spread over two Rasa
instances keep every event, in order; a socket on one instance hears what another
sends; losing an instance loses nothing stored."""

from __future__ import annotations

import os
import signal
from collections import Counter
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text

from bench.load import SCRIPT, run_load
from rasa_project.db import alembic_config
from rasa_project.models import Handoff
from rasa_project.rasa_api import RasaClient
from tests.scale.harness import ScaledStack
from tests.stack import bot_texts, run_async
from tests.widget_socket import WidgetSocket

pytestmark = pytest.mark.system


def _events(scaled: ScaledStack, conversation_id: str) -> list[dict[str, Any]]:
    return list(scaled.tracker(conversation_id)["events"])


def _assert_complete_and_ordered(events: list[dict[str, Any]], sent: list[str]) -> None:
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    assert user_texts == sent
    timestamps = [e["timestamp"] for e in events]
    assert timestamps == sorted(timestamps)


def test_the_app_schema_is_migrated_on_postgresql(scaled: ScaledStack) -> None:
    engine = scaled.database.engine
    assert engine.dialect.name == "postgresql"
    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    assert {"placements", "checkins", "handoffs", "theme_observations"} <= set(
        inspect(engine).get_table_names()
    )


def test_a_conversation_alternating_between_instances_keeps_every_event(
    scaled: ScaledStack,
) -> None:
    token, conversation_id = scaled.new_checkin(7)
    sent = [f"{SCRIPT[t % len(SCRIPT)]} (turn {t})" for t in range(12)]
    for turn, message in enumerate(sent):
        instance = scaled.instance_url(1 + turn % 2)
        assert bot_texts(scaled.say(token, message, rasa_url=instance)), message
    _assert_complete_and_ordered(_events(scaled, conversation_id), sent)
    # each instance reads the same stored conversation
    assert [e["text"] for e in _events(scaled, conversation_id) if e["event"] == "user"] == sent


def test_fifty_conversations_of_twenty_turns_through_nginx(scaled: ScaledStack) -> None:
    conversations, turns = 50, 20
    checkins = [scaled.new_checkin(8 + i) for i in range(conversations)]
    sent = {
        i: [f"{SCRIPT[t % len(SCRIPT)]} ({i}-{t})" for t in range(turns)]
        for i in range(conversations)
    }
    for i in sent:  # each asks for the recruiter once, at a different turn
        sent[i][5 + i % 10] = f"can i talk to my recruiter please ({i})"
    next_text = {i: iter(sent[i]) for i in sent}
    before = scaled.upstreams_seen()
    load = run_async(
        run_load(
            f"{scaled.rasa_url}/webhooks/checkin/webhook",
            lambda i, _text: {"token": checkins[i][0], "message": next(next_text[i])},
            conversations,
            turns,
        )
    )
    assert load.errors == 0
    assert len(load.latencies_ms) == conversations * turns

    for i, (_, conversation_id) in enumerate(checkins):
        _assert_complete_and_ordered(_events(scaled, conversation_id), sent[i])

    seen = Counter(scaled.upstreams_seen()) - Counter(before)
    instances = {f"127.0.0.1:{port}" for port in scaled.deployment.layout.rasa_ports}
    assert set(seen) == instances  # nginx spread the load over both
    assert sum(seen.values()) == conversations * turns
    # round robin: each instance takes about half (nginx benches none, see nginx.conf.j2)
    errors = (scaled.deployment.nginx_dir / "nginx-error.log").read_text()
    assert min(seen.values()) >= 0.45 * conversations * turns, errors

    conversation_ids = [c for _, c in checkins]
    with scaled.database.sessions() as session:
        opened = session.execute(
            select(Handoff.conversation_id, Handoff.trigger_key, func.count())
            .where(Handoff.conversation_id.in_(conversation_ids))
            .group_by(Handoff.conversation_id, Handoff.trigger_key)
        ).all()
    assert {row[0] for row in opened} == set(conversation_ids)  # each asked: a handoff…
    assert [row for row in opened if row[2] > 1] == []  # …recorded once


def test_a_recruiter_message_through_one_instance_reaches_a_socket_on_the_other(
    scaled: ScaledStack,
) -> None:
    token, conversation_id = scaled.new_checkin(2)
    widget = WidgetSocket(scaled.instance_url(2), token)
    try:
        widget.say("hello")
        assert widget.next()["text"]
        RasaClient(scaled.settings_for_instance(1)).send_recruiter_message(
            conversation_id, "Hi, it's Sam. Free for a call at 3?", "Sam"
        )
        assert widget.wait_for(lambda m: m.get("sender") == "recruiter", timeout=10) == {
            "text": "Hi, it's Sam. Free for a call at 3?",
            "sender": "recruiter",
            "name": "Sam",
        }
    finally:
        widget.client.disconnect()


def test_losing_an_instance_mid_conversation_loses_nothing(scaled: ScaledStack) -> None:
    token, conversation_id = scaled.new_checkin(5)
    sent = [f"{SCRIPT[t % len(SCRIPT)]} (turn {t})" for t in range(8)]
    for message in sent[:4]:
        assert bot_texts(scaled.say(token, message))
    instance = scaled.deployment.processes["rasa-1"]
    os.killpg(instance.pid, signal.SIGKILL)  # between two turns
    instance.wait(timeout=30)
    try:
        for message in sent[4:]:
            assert bot_texts(scaled.say(token, message)), message  # nginx: to rasa-2
        _assert_complete_and_ordered(_events(scaled, conversation_id), sent)
    finally:
        # what the supervisor of `make run-scaled` does when it sees an instance gone
        assert scaled.deployment.restart_exited() == ["rasa-1"]
        scaled.deployment.wait_until_ready("rasa-1")
    # the instance that came back reads the same conversation
    tracker = RasaClient(scaled.settings_for_instance(1)).tracker(conversation_id)
    assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == sent
