"""One typed settings object, read once from the environment.

In development (`APP_ENV=development`, the default) missing secrets are generated once
and kept in `var/dev-secrets.json`, so every process of `make run` shares them and
nothing needs editing. In production a missing secret is an error that names it.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

SECRET_NAMES = ("SECRET_KEY", "CHECKIN_TOKEN_SECRET", "RASA_JWT_SECRET")
MIN_SECRET_LENGTH = 32


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Settings:
    app_env: str
    var_dir: Path
    database_url: str
    tracker_store_url: str
    secret_key: str = field(repr=False)
    checkin_token_secret: str = field(repr=False)
    rasa_jwt_secret: str = field(repr=False)
    checkin_token_ttl_hours: int
    public_base_url: str
    rasa_host: str
    rasa_port: int
    action_port: int
    web_host: str
    web_port: int
    rasa_url: str
    public_rasa_url: str
    widget_allowed_origins: tuple[str, ...]
    max_message_chars: int
    redis_url: str | None
    redis_prefix: str  # lock keys and the socket.io channel: one deployment per prefix
    action_server_url: str
    smtp_host: str
    smtp_port: int
    smtp_security: str  # none, starttls or ssl
    smtp_username: str | None
    smtp_password: str | None = field(repr=False)
    alert_sender: str
    alert_webhook_url: str | None
    working_hours: tuple[int, int]  # minutes after midnight: start, end
    working_days: tuple[int, ...]  # 0 = Monday
    recruiter_timezone: str
    checkin_days: tuple[int, ...]  # days after the start date
    reminder_after_hours: int
    retention_days: int  # after a placement ends

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        app_env = env.get("APP_ENV", "development")
        if app_env not in ("development", "production", "test"):
            raise SettingsError(f"APP_ENV must be development, production or test, not {app_env!r}")
        var_dir = Path(env.get("VAR_DIR", str(PROJECT_ROOT / "var"))).resolve()
        secret_values = _secrets(env, app_env, var_dir)
        rasa_port = _int(env, "RASA_PORT", 5005)
        action_port = _int(env, "ACTION_PORT", 5055)
        web_port = _int(env, "WEB_PORT", 8080)
        public_base_url = env.get("PUBLIC_BASE_URL", f"http://127.0.0.1:{web_port}")
        default_origins = f"{public_base_url},http://localhost:{web_port}"
        return cls(
            app_env=app_env,
            var_dir=var_dir,
            database_url=env.get("DATABASE_URL", f"sqlite:///{var_dir / 'app.db'}"),
            tracker_store_url=env.get("TRACKER_STORE_URL", f"sqlite:///{var_dir / 'tracker.db'}"),
            secret_key=secret_values["SECRET_KEY"],
            checkin_token_secret=secret_values["CHECKIN_TOKEN_SECRET"],
            rasa_jwt_secret=secret_values["RASA_JWT_SECRET"],
            checkin_token_ttl_hours=_int(env, "CHECKIN_TOKEN_TTL_HOURS", 72),
            public_base_url=public_base_url.rstrip("/"),
            rasa_host=env.get("RASA_HOST", "127.0.0.1"),
            rasa_port=rasa_port,
            action_port=action_port,
            web_host=env.get("WEB_HOST", "127.0.0.1"),
            web_port=web_port,
            rasa_url=env.get("RASA_URL", f"http://127.0.0.1:{rasa_port}").rstrip("/"),
            public_rasa_url=env.get("PUBLIC_RASA_URL", f"http://127.0.0.1:{rasa_port}").rstrip("/"),
            widget_allowed_origins=tuple(
                o.strip().rstrip("/")
                for o in env.get("WIDGET_ALLOWED_ORIGINS", default_origins).split(",")
                if o.strip()
            ),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", 2000),
            redis_url=env.get("REDIS_URL") or None,
            redis_prefix=_alphanumeric(env, "REDIS_PREFIX", "soundingboard"),
            action_server_url=env.get(
                "ACTION_SERVER_URL", f"http://127.0.0.1:{action_port}/webhook"
            ).rstrip("/"),
            smtp_host=env.get("SMTP_HOST", "127.0.0.1"),
            smtp_port=_int(env, "SMTP_PORT", 8025),
            smtp_security=_choice(env, "SMTP_SECURITY", ("none", "starttls", "ssl"), "none"),
            smtp_username=env.get("SMTP_USERNAME") or None,
            smtp_password=env.get("SMTP_PASSWORD") or None,
            alert_sender=env.get("ALERT_SENDER", "Sounding Board <alerts@localhost>"),
            alert_webhook_url=env.get("ALERT_WEBHOOK_URL") or None,
            working_hours=_hours(env.get("WORKING_HOURS", "09:00-17:30")),
            working_days=_days(env.get("WORKING_DAYS", "mon-fri")),
            recruiter_timezone=_timezone(env.get("RECRUITER_TIMEZONE", "Europe/London")),
            checkin_days=_day_list(env.get("CHECKIN_DAYS", "7,30,60,90")),
            reminder_after_hours=_int(env, "REMINDER_AFTER_HOURS", 48),
            retention_days=_int(env, "RETENTION_DAYS", 365),
        )


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive, not {value}")
    return value


def _alphanumeric(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name) or default
    if not value.isalnum():  # Rasa's Redis lock store ignores any other prefix
        raise SettingsError(f"{name} must be letters and digits only, not {value!r}")
    return value


def _choice(env: Mapping[str, str], name: str, options: tuple[str, ...], default: str) -> str:
    value = env.get(name) or default
    if value not in options:
        raise SettingsError(f"{name} must be one of {', '.join(options)}, not {value!r}")
    return value


def _hours(raw: str) -> tuple[int, int]:
    """'09:00-17:30' → (540, 1050)."""
    try:
        start, end = (
            int(h) * 60 + int(m) for h, m in (part.strip().split(":") for part in raw.split("-"))
        )
    except ValueError:
        raise SettingsError(f"WORKING_HOURS must look like 09:00-17:30, not {raw!r}") from None
    if not 0 <= start < end <= 24 * 60:
        raise SettingsError(f"WORKING_HOURS must start before it ends, not {raw!r}")
    return start, end


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _days(raw: str) -> tuple[int, ...]:
    """'mon-fri' or 'mon,wed,fri' → weekday numbers."""
    days: set[int] = set()
    for part in raw.lower().replace(" ", "").split(","):
        ends = part.split("-")
        if not all(end in _DAY_NAMES for end in ends) or len(ends) > 2:
            raise SettingsError(f"WORKING_DAYS must look like mon-fri, not {raw!r}")
        first, last = _DAY_NAMES.index(ends[0]), _DAY_NAMES.index(ends[-1])
        days.update(range(first, last + 1))
    return tuple(sorted(days))


def _day_list(raw: str) -> tuple[int, ...]:
    try:
        days = sorted({int(part) for part in raw.split(",") if part.strip()})
    except ValueError:
        raise SettingsError(f"CHECKIN_DAYS must look like 7,30,60,90, not {raw!r}") from None
    if not days or days[0] < 0:
        raise SettingsError(f"CHECKIN_DAYS needs at least one day, none negative: {raw!r}")
    return tuple(days)


def _timezone(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"RECRUITER_TIMEZONE is not a time zone: {name!r}") from None
    return name


def _secrets(env: Mapping[str, str], app_env: str, var_dir: Path) -> dict[str, str]:
    given = {name: env[name] for name in SECRET_NAMES if env.get(name)}
    missing = [name for name in SECRET_NAMES if name not in given]
    if app_env == "production":
        if missing:
            raise SettingsError(
                "APP_ENV=production needs these secrets in the environment: " + ", ".join(missing)
            )
        short = [name for name, value in given.items() if len(value) < MIN_SECRET_LENGTH]
        if short:
            raise SettingsError(
                f"these secrets need at least {MIN_SECRET_LENGTH} characters: " + ", ".join(short)
            )
    if not missing:
        return given
    for name, value in _dev_secrets(var_dir).items():
        given.setdefault(name, value)
    return given


def _dev_secrets(var_dir: Path) -> dict[str, str]:
    """Local secrets for development, generated on first use and then reused."""
    path = var_dir / "dev-secrets.json"
    stored: dict[str, str] = {}
    if path.exists():
        stored = json.loads(path.read_text())
    if all(name in stored for name in SECRET_NAMES):
        return stored
    for name in SECRET_NAMES:
        stored.setdefault(name, secrets.token_urlsafe(32))
    var_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(stored, indent=2))
    tmp.chmod(0o600)
    tmp.replace(path)
    return stored


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read on first use (never at import)."""
    return Settings.from_env()
