"""Scale mode: N Rasa instances and M action servers behind one nginx, sharing
PostgreSQL (tracker store and app database) and Redis (lock store, socket.io messages).

`python -m rasa_project serve-scaled` (and so `make run-scaled`) runs a `Deployment`
until it is stopped; the scale-out tests drive the same class.

Ports: nginx listens on RASA_PORT and ACTION_PORT; the instances take the ports just
above them (RASA_PORT+1…RASA_PORT+N, ACTION_PORT+1…ACTION_PORT+M).
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from jinja2 import Template
from sqlalchemy.engine import make_url

from rasa_project.settings import PROJECT_ROOT, Settings

NGINX_TEMPLATE = Path(__file__).with_name("nginx.conf.j2")


class ScaleConfigError(ValueError):
    """Scale mode cannot start with these settings; the message says what to change."""


@dataclass(frozen=True)
class Layout:
    rasa_port: int  # nginx, in front of the Rasa instances
    action_port: int  # nginx, in front of the action servers
    rasa_ports: tuple[int, ...]
    action_ports: tuple[int, ...]
    listen_host: str = "127.0.0.1"

    @classmethod
    def from_settings(
        cls, settings: Settings, rasa_instances: int, action_instances: int
    ) -> Layout:
        return cls(
            rasa_port=settings.rasa_port,
            action_port=settings.action_port,
            rasa_ports=tuple(settings.rasa_port + 1 + i for i in range(rasa_instances)),
            action_ports=tuple(settings.action_port + 1 + i for i in range(action_instances)),
            listen_host=settings.rasa_host,
        )


def check_settings(settings: Settings) -> None:
    """Several instances share state only through PostgreSQL and Redis."""
    problems = []
    for name, url in (
        ("DATABASE_URL", settings.database_url),
        ("TRACKER_STORE_URL", settings.tracker_store_url),
    ):
        if make_url(url).get_backend_name() != "postgresql":
            problems.append(f"{name} must be a postgresql:// URL in scale mode, not {url!r}")
    if not settings.redis_url:
        problems.append("REDIS_URL must be set in scale mode (lock store and sockets)")
    if problems:
        raise ScaleConfigError("; ".join(problems))


def render_nginx_conf(layout: Layout, var_dir: Path) -> str:
    return Template(NGINX_TEMPLATE.read_text()).render(
        var_dir=var_dir,
        # run as root (a container), nginx would hand its workers to `nobody`, who
        # cannot write the temp folders under var/
        user=getpass.getuser() if os.geteuid() == 0 else None,
        listen_host=layout.listen_host,
        rasa_port=layout.rasa_port,
        action_port=layout.action_port,
        rasa_ports=layout.rasa_ports,
        action_ports=layout.action_ports,
    )


def find_nginx() -> str:
    found = os.environ.get("NGINX") or shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(found).exists():
        raise ScaleConfigError("nginx is not installed: `make nginx` (Debian's package)")
    return found


class Deployment:
    """The processes of scale mode. Each writes to its own log under `log_dir`, or to
    this process's output when there is none (under `make run-scaled`)."""

    def __init__(self, env: Mapping[str, str], layout: Layout, log_dir: Path | None = None) -> None:
        self.env = dict(env)
        self.layout = layout
        self.settings = Settings.from_env(self.env)
        self.log_dir = log_dir
        self.nginx_dir = self.settings.var_dir / "nginx"
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self._logs: dict[str, IO[bytes]] = {}

    @property
    def names(self) -> list[str]:
        return (
            ["nginx"]
            + [f"rasa-{i + 1}" for i in range(len(self.layout.rasa_ports))]
            + [f"actions-{i + 1}" for i in range(len(self.layout.action_ports))]
        )

    def rasa_url(self, instance: int | None = None) -> str:
        """nginx, or one Rasa instance (1-based) directly."""
        port = self.layout.rasa_port if instance is None else self.layout.rasa_ports[instance - 1]
        return f"http://127.0.0.1:{port}"

    def _command(self, name: str) -> tuple[list[str], dict[str, str]]:
        kind, _, number = name.partition("-")
        env = {**self.env, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(PROJECT_ROOT)}
        if kind == "nginx":
            conf = self.nginx_dir / "nginx.conf"
            return [find_nginx(), "-p", str(self.nginx_dir), "-c", str(conf), "-g",
                    "daemon off;"], env  # fmt: skip
        if kind == "rasa":
            env["RASA_PORT"] = str(self.layout.rasa_ports[int(number) - 1])
            # actions go through nginx to whichever action server is up
            env["ACTION_SERVER_URL"] = f"http://127.0.0.1:{self.layout.action_port}/webhook"
            return [sys.executable, "-m", "rasa_project", "serve-rasa"], env
        if kind == "actions":
            port = str(self.layout.action_ports[int(number) - 1])
            env["SANIC_HOST"] = "127.0.0.1"
            return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", port], env
        raise KeyError(name)

    def prepare(self) -> None:
        check_settings(self.settings)
        self.nginx_dir.mkdir(parents=True, exist_ok=True)
        (self.nginx_dir / "nginx.conf").write_text(render_nginx_conf(self.layout, self.nginx_dir))

    def start(self, name: str) -> None:
        command, env = self._command(name)
        output: IO[bytes] | None = None
        if self.log_dir is not None:
            output = self._logs.get(name) or open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115
            self._logs[name] = output
        self.processes[name] = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            start_new_session=True,  # a kill reaches the process and its children
        )

    def start_all(self) -> None:
        self.prepare()
        for name in self.names:
            self.start(name)

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.processes.pop(name)
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop(self) -> None:
        for name in reversed(list(self.processes)):
            self.kill(name, signal.SIGTERM)
        for log in self._logs.values():
            log.close()
        self._logs.clear()

    def health_url(self, name: str) -> str:
        kind, _, number = name.partition("-")
        if kind == "nginx":
            return f"{self.rasa_url()}/nginx-health"
        if kind == "rasa":
            return f"{self.rasa_url(int(number))}/"
        return f"http://127.0.0.1:{self.layout.action_ports[int(number) - 1]}/health"

    def wait_until_ready(self, *names: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        for name in names or tuple(self.processes):
            while not _answers(self.health_url(name)):
                process = self.processes[name]
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not answer within {timeout:.0f}s")
                time.sleep(0.5)

    def supervise(self, restart_after: float = 2.0) -> None:
        """Runs until SIGINT/SIGTERM; an instance that dies is started again, the others
        carry its load meanwhile."""
        stopping = False

        def _stop(*_: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        try:
            while not stopping:
                # a pause after a restart, so that one that keeps failing does not spin
                time.sleep(restart_after if self.restart_exited() else 0.5)
        finally:
            self.stop()

    def restart_exited(self) -> list[str]:
        """Starts again each process that has exited; returns their names."""
        restarted = []
        for name, process in list(self.processes.items()):
            if process.poll() is not None:
                print(f"{name} exited with {process.returncode}; restarting", flush=True)
                self.start(name)
                restarted.append(name)
        return restarted


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
            return bool(response.status == 200)
    except OSError:
        return False
