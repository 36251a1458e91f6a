"""The real servers (Rasa, action server, web app) on spare ports, for system and
browser tests. Each process logs to a file under the stack's own var directory."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import requests

from rasa_project.db import Database
from rasa_project.services.checkins import CheckInService
from rasa_project.services.demo import create_demo_data
from rasa_project.settings import Settings
from tests.conftest import env_for_tests

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ProjectClient:
    """Talks to a running project as its clients would: the candidate's check-in
    endpoint, Rasa's API with the JWT, the app database for set-up."""

    rasa_url: str
    settings: Settings
    database: Database
    checkins: CheckInService

    def new_checkin(self, placement_id: int = 1) -> tuple[str, str]:
        """A fresh check-in for the placement: (token, conversation id)."""
        with self.database.sessions.begin() as session:
            from sqlalchemy import update

            from rasa_project.models import CheckIn

            session.execute(
                update(CheckIn)
                .where(CheckIn.placement_id == placement_id, CheckIn.status == "open")
                .values(status="stopped")
            )
        link = self.checkins.checkin_link(placement_id)
        token = link.split("#token=", 1)[1]
        return token, self.checkins.open_checkin(placement_id).conversation_id

    def say(
        self, token: str, message: Any, timeout: float = 30, rasa_url: str | None = None
    ) -> requests.Response:
        """One candidate message; `rasa_url` picks an instance other than the default."""
        return requests.post(
            f"{rasa_url or self.rasa_url}/webhooks/checkin/webhook",
            json={"token": token, "message": message},
            timeout=timeout,
        )

    def rasa_jwt(self) -> str:
        import jwt

        return jwt.encode(
            {"user": {"username": "test", "role": "admin"}},
            self.settings.rasa_jwt_secret,
            algorithm="HS256",
        )

    def tracker(self, conversation_id: str) -> dict[str, Any]:
        response = requests.get(
            f"{self.rasa_url}/conversations/{conversation_id}/tracker",
            headers={"Authorization": f"Bearer {self.rasa_jwt()}"},
            timeout=10,
        )
        response.raise_for_status()
        return dict(response.json())

    def user_texts(self, conversation_id: str) -> list[str]:
        return [e["text"] for e in self.tracker(conversation_id)["events"] if e["event"] == "user"]


class Stack(ProjectClient):
    def __init__(self, var_dir: Path, smtp_port: int) -> None:
        self.var_dir = var_dir
        ports = {
            "RASA_PORT": free_port(),
            "ACTION_PORT": free_port(),
            "WEB_PORT": free_port(),
            "SMTP_PORT": smtp_port,
        }
        self.env = {
            **os.environ,
            **env_for_tests(var_dir, **{k: str(v) for k, v in ports.items()}),
            "RASA_TELEMETRY_ENABLED": "false",
            "SANIC_HOST": "127.0.0.1",
            "PYTHONPATH": str(ROOT),
        }
        self.settings = Settings.from_env(self.env)
        self.rasa_url = f"http://127.0.0.1:{ports['RASA_PORT']}"
        self.web_url = f"http://127.0.0.1:{ports['WEB_PORT']}"
        self.action_url = f"http://127.0.0.1:{ports['ACTION_PORT']}"
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.database = Database.connect(self.settings.database_url)
        self.database.upgrade()
        self.login = create_demo_data(self.database.sessions, date.today())
        self.checkins = CheckInService(self.database.sessions, self.settings)

    COMMANDS = {
        "rasa": [sys.executable, "-m", "rasa_project", "serve-rasa"],
        "actions": [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port"],
        "web": [sys.executable, "-m", "rasa_project", "serve-web"],
    }

    def start(self, name: str) -> None:
        command = list(self.COMMANDS[name])
        if name == "actions":
            command.append(self.env["ACTION_PORT"])
        log = open(self.var_dir / f"{name}.log", "ab")  # noqa: SIM115 - lives with the process
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.processes.pop(name)
        os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def wait_until_ready(self, *names: str, timeout: float = 180) -> None:
        urls = {
            "rasa": f"{self.rasa_url}/",
            "actions": f"{self.action_url}/health",
            "web": f"{self.web_url}/healthz",
        }
        deadline = time.monotonic() + timeout
        for name in names or tuple(self.processes):
            while True:
                process = self.processes[name]
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited:\n{self.log_tail(name)}")
                try:
                    with urllib.request.urlopen(urls[name], timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} not ready after {timeout}s:\n{self.log_tail(name)}")
                time.sleep(0.5)

    def run_worker_once(self, *extra: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "rasa_project", "worker", "--once", *extra],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return result.stdout

    def log_tail(self, name: str, lines: int = 40) -> str:
        path = self.var_dir / f"{name}.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            if path.exists()
            else ""
        )

    def action_exceptions(self) -> list[str]:
        """The action server's unhandled exceptions so far: each is a turn that got no
        reply from the action (Rasa carries on without its events)."""
        path = self.var_dir / "actions.log"
        lines = path.read_text(errors="replace").splitlines() if path.exists() else []
        return [line for line in lines if "Exception occurred during execution" in line]

    def stop(self) -> None:
        for name in list(self.processes):
            self.kill(name, signal.SIGTERM)
        self.database.engine.dispose()


def run_async(coroutine: Any) -> Any:
    """asyncio.run in a thread of its own: Playwright's sync API (the browser tests)
    leaves an event loop on the main thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def add_placements(database: Database, count: int) -> None:
    """More placements for load: candidates Bench0…, started 30 days ago."""
    from rasa_project.models import Candidate, Placement

    with database.sessions.begin() as session:
        for i in range(count):
            candidate = Candidate(
                first_name=f"Bench{i}",
                last_name="Candidate",
                email=f"bench{i}@candidate.example",
                timezone="UTC",
            )
            session.add(
                Placement(
                    candidate=candidate,
                    recruiter_id=1,
                    company="Acme",
                    role="Account Executive",
                    start_date=date.today() - timedelta(days=30),
                )
            )


def bot_texts(response: requests.Response) -> list[str]:
    response.raise_for_status()
    return [m.get("text", "") for m in response.json()]


def wait_for(predicate: Any, timeout: float = 15, interval: float = 0.25) -> Any | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None
