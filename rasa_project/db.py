"""The one place that builds the SQLAlchemy engine and sessions (1.4, 2.0 style)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, future=True, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    tune_sqlite()
    engine = create_engine(
        url,
        future=True,
        # the action server and web app use threads; SQLite serialises writers itself
        connect_args={"check_same_thread": False, "timeout": 15},
        # keep connections: SQLAlchemy 1.4 would open (and set up) one per session
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def _wal_for_sqlite_files(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    if cursor.execute("PRAGMA database_list").fetchone()[2]:  # a file, not :memory:
        # WAL lets readers and the writer work at once; NORMAL syncs at checkpoints, not
        # at every commit: safe against a crashed process, may lose the last commits on
        # a power cut. The scaled set-up uses PostgreSQL.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def tune_sqlite() -> None:
    """Applies the SQLite settings to every engine of this process, Rasa's SQL tracker
    store included (it builds its own engine)."""
    if not event.contains(Engine, "connect", _wal_for_sqlite_files):
        event.listen(Engine, "connect", _wal_for_sqlite_files)


@dataclass
class Database:
    """An engine and its session factory; `with db.sessions.begin() as s:` per unit of work."""

    engine: Engine
    sessions: sessionmaker

    @classmethod
    def connect(cls, url: str) -> Database:
        engine = create_db_engine(url)
        return cls(
            engine, sessionmaker(engine, class_=Session, future=True, expire_on_commit=False)
        )

    def upgrade(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        with self.engine.begin() as connection:
            config = alembic_config(str(self.engine.url))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def create_database_if_missing(url: str) -> bool:
    """PostgreSQL only: creates the URL's database, connecting to the server's
    `postgres` database to do it. True when it was created."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        return False
    server = create_engine(
        parsed.set(database="postgres"), future=True, isolation_level="AUTOCOMMIT"
    )
    try:
        with server.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            ).first()
            if exists:
                return False
            quoted = server.dialect.identifier_preparer.quote(parsed.database)
            connection.execute(text(f"CREATE DATABASE {quoted}"))
            return True
    finally:
        server.dispose()
