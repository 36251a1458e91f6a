"""Starts the Rasa server with the settings: endpoints rendered from the environment,
the HTTP API on loopback behind the JWT secret (kept out of the process list)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from rasa_project.settings import PROJECT_ROOT, Settings

MODEL_PATH = PROJECT_ROOT / "models" / "sounding-board.tar.gz"


def tracker_store_config(url: str) -> dict[str, Any]:
    parsed = make_url(url)
    dialect = parsed.get_backend_name()
    config: dict[str, Any] = {
        "type": "rasa_project.tracker_store.IncrementalSQLTrackerStore",  # Rasa's, faster reads
        "dialect": dialect,
        "db": parsed.database,
    }
    if dialect != "sqlite":
        config.update(
            {
                "url": parsed.host or "127.0.0.1",
                "port": parsed.port,
                "username": parsed.username,
                "password": parsed.password,
            }
        )
    return {k: v for k, v in config.items() if v is not None}


def render_endpoints(settings: Settings) -> dict[str, Any]:
    lock_store: dict[str, Any] = {"type": "in_memory"}
    if settings.redis_url:
        redis = make_url(settings.redis_url)
        lock_store = {
            "type": "redis",
            "url": redis.host or "127.0.0.1",
            "port": redis.port or 6379,
            "db": int(redis.database or 0),
            "password": redis.password,
            "key_prefix": settings.redis_prefix,
        }
        lock_store = {k: v for k, v in lock_store.items() if v is not None}
    return {
        "action_endpoint": {"url": settings.action_server_url},
        "tracker_store": tracker_store_config(settings.tracker_store_url),
        "lock_store": lock_store,
    }


def write_endpoints(settings: Settings) -> Path:
    # one file per port: several instances may share the var directory
    path = settings.var_dir / f"endpoints-{settings.rasa_port}.yml"
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(render_endpoints(settings), sort_keys=False))
    return path


def serve(settings: Settings) -> None:
    if not MODEL_PATH.exists():
        raise SystemExit(f"No trained model at {MODEL_PATH}: run `make train` first.")
    endpoints = write_endpoints(settings)
    argv = [
        "rasa", "run",
        "--model", str(MODEL_PATH),
        "--endpoints", str(endpoints),
        "--credentials", str(PROJECT_ROOT / "credentials.yml"),
        "--interface", settings.rasa_host,
        "--port", str(settings.rasa_port),
        "--enable-api",
        "--jwt-secret", settings.rasa_jwt_secret,
        "--jwt-method", "HS256",
    ]  # fmt: skip
    from rasa.__main__ import main as rasa_main

    from rasa_project import rasa_patches
    from rasa_project.db import tune_sqlite

    rasa_patches.install()
    tune_sqlite()  # Rasa's SQL tracker store on SQLite: WAL, sync at checkpoints
    # argv is set in this process only: the secret never shows in `ps`.
    sys.argv = argv
    rasa_main()
