"""Scale mode for real, for tests and `make bench-scaled`: Rasa instances and action
servers behind nginx, on the PostgreSQL and Redis of this machine (TEST_POSTGRES_URL,
TEST_REDIS_URL). Each start gets its own two databases and Redis prefix, dropped
afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rasa_project.db import Database, create_database_if_missing
from rasa_project.scale import Deployment, Layout
from rasa_project.services.checkins import CheckInService
from rasa_project.services.demo import create_demo_data
from rasa_project.settings import Settings
from tests.conftest import env_for_tests
from tests.stack import ProjectClient, add_placements, free_port

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class ScaledStack(ProjectClient):
    def __init__(self, deployment: Deployment, database: Database) -> None:
        self.deployment = deployment
        self.settings = deployment.settings
        self.rasa_url = deployment.rasa_url()  # through nginx
        self.database = database
        self.checkins = CheckInService(database.sessions, self.settings)

    def instance_url(self, number: int) -> str:
        return self.deployment.rasa_url(number)

    def settings_for_instance(self, number: int) -> Settings:
        return Settings.from_env({**self.deployment.env, "RASA_URL": self.instance_url(number)})

    def upstreams_seen(self) -> dict[str, int]:
        """How many check-in messages nginx passed to each Rasa instance."""
        counts: dict[str, int] = {}
        log = self.deployment.nginx_dir / "access.log"
        for line in log.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 5 and parts[2] == "/webhooks/checkin/webhook":
                for upstream in parts[4].split(","):
                    counts[upstream.strip()] = counts.get(upstream.strip(), 0) + 1
        return counts


class ServicesMissing(RuntimeError):
    """PostgreSQL or Redis does not answer; the message says where it looked."""


def require_services() -> None:
    try:
        engine = create_engine(POSTGRES_URL, future=True)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # noqa: BLE001 - any failure means the same to the user
        raise ServicesMissing(
            f"scale mode needs PostgreSQL at {POSTGRES_URL} (TEST_POSTGRES_URL): {error}"
        ) from None
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.RedisError as error:
        raise ServicesMissing(
            f"scale mode needs Redis at {REDIS_URL} (TEST_REDIS_URL): {error}"
        ) from None


def _drop_database(url: str) -> None:
    parsed = make_url(url)
    server = create_engine(
        parsed.set(database="postgres"), future=True, isolation_level="AUTOCOMMIT"
    )
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    server.dispose()


@contextmanager
def start_scaled(
    var_dir: Path, smtp_port: int, rasa_instances: int = 2, action_instances: int = 2
) -> Iterator[ScaledStack]:
    """Fresh databases, demo data and 60 more placements; the deployment started and
    ready; everything removed on the way out."""
    require_services()
    name = f"sbscale{uuid.uuid4().hex[:10]}"  # the database names and the Redis prefix
    app_url = str(make_url(POSTGRES_URL).set(database=name))
    tracker_url = str(make_url(POSTGRES_URL).set(database=f"{name}_tracker"))
    layout = Layout(
        rasa_port=free_port(),
        action_port=free_port(),
        rasa_ports=tuple(free_port() for _ in range(rasa_instances)),
        action_ports=tuple(free_port() for _ in range(action_instances)),
    )
    env = {
        **os.environ,
        **env_for_tests(var_dir, SMTP_PORT=str(smtp_port)),
        "DATABASE_URL": app_url,
        "TRACKER_STORE_URL": tracker_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_PREFIX": name,
        "RASA_PORT": str(layout.rasa_port),
        "ACTION_PORT": str(layout.action_port),
    }
    for url in (app_url, tracker_url):
        create_database_if_missing(url)
    database = Database.connect(app_url)
    deployment = Deployment(env, layout, log_dir=var_dir)
    try:
        database.upgrade()
        create_demo_data(database.sessions, date.today())
        add_placements(database, 60)
        deployment.start_all()
        deployment.wait_until_ready()
        yield ScaledStack(deployment, database)
    finally:
        deployment.stop()
        database.engine.dispose()
        for url in (app_url, tracker_url):
            _drop_database(url)
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{name}*"):
            client.delete(key)
