"""Scale mode's configuration: what it refuses, and an nginx config nginx accepts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from rasa_project.rasa_server import render_endpoints
from rasa_project.scale import Layout, ScaleConfigError, check_settings
from rasa_project.scale.deployment import find_nginx, render_nginx_conf
from rasa_project.settings import Settings, SettingsError
from tests.conftest import env_for_tests

SCALED = {
    "DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/app",
    "TRACKER_STORE_URL": "postgresql://postgres@127.0.0.1:5432/tracker",
    "REDIS_URL": "redis://:secret@127.0.0.1:6380/2",
}


def test_scale_mode_refuses_sqlite_and_a_missing_redis(tmp_path: Path) -> None:
    with pytest.raises(ScaleConfigError) as refused:
        check_settings(Settings.from_env(env_for_tests(tmp_path)))
    message = str(refused.value)
    assert "DATABASE_URL must be a postgresql:// URL" in message
    assert "TRACKER_STORE_URL must be a postgresql:// URL" in message
    assert "REDIS_URL must be set" in message
    check_settings(Settings.from_env({**env_for_tests(tmp_path), **SCALED}))  # accepted


def test_the_redis_prefix_must_be_one_rasa_accepts(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="REDIS_PREFIX must be letters and digits"):
        Settings.from_env({**env_for_tests(tmp_path), "REDIS_PREFIX": "sounding-board"})


def test_endpoints_name_the_redis_lock_store_and_the_postgresql_tracker_store(
    tmp_path: Path,
) -> None:
    settings = Settings.from_env(
        {
            **env_for_tests(tmp_path),
            **SCALED,
            "REDIS_PREFIX": "agency1",
            "ACTION_SERVER_URL": "http://127.0.0.1:6055/webhook",
        }  # fmt: skip
    )
    endpoints = yaml.safe_load(yaml.safe_dump(render_endpoints(settings)))
    assert endpoints["lock_store"] == {
        "type": "redis", "url": "127.0.0.1", "port": 6380, "db": 2,
        "password": "secret", "key_prefix": "agency1",
    }  # fmt: skip
    assert endpoints["tracker_store"] == {
        "type": "rasa_project.tracker_store.IncrementalSQLTrackerStore", "dialect": "postgresql", "db": "tracker", "url": "127.0.0.1",
        "port": 5432, "username": "postgres",
    }  # fmt: skip
    assert endpoints["action_endpoint"] == {"url": "http://127.0.0.1:6055/webhook"}


def test_the_instances_take_the_ports_above_the_proxy(tmp_path: Path) -> None:
    settings = Settings.from_env({**env_for_tests(tmp_path), "RASA_PORT": "7005"})
    layout = Layout.from_settings(settings, rasa_instances=3, action_instances=2)
    assert (layout.rasa_port, layout.rasa_ports) == (7005, (7006, 7007, 7008))
    assert (layout.action_port, layout.action_ports) == (5055, (5056, 5057))


def test_nginx_accepts_the_rendered_config(tmp_path: Path) -> None:
    layout = Layout(rasa_port=7005, action_port=7055, rasa_ports=(7006, 7007), action_ports=(7056,))
    conf = tmp_path / "nginx.conf"
    conf.write_text(render_nginx_conf(layout, tmp_path))
    assert "server 127.0.0.1:7007 max_fails=0" in conf.read_text()
    checked = subprocess.run(
        [find_nginx(), "-t", "-p", str(tmp_path), "-c", str(conf)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr
