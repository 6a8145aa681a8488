"""Engines and schema migrations. Takes URLs and engines, never settings."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from deadlines.errors import ConfigError
from deadlines.store.locks import take_lock

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for a SQLite or PostgreSQL URL (``postgresql://`` uses psycopg 3)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse text
        raise ConfigError(f"cannot read the database URL: {exc}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise ConfigError(
            f"unsupported database {parsed.get_backend_name()!r}: use a sqlite:/// or "
            "postgresql:// URL"
        )
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


# Every SQLite connection of the store: foreign keys enforced; a writer waits for another
# rather than failing at once; write-ahead logging, so that readers (the UI, analysts) never
# block the pipeline's writes nor are blocked by them, with a sync at checkpoints rather
# than at every commit (a crash of the machine may lose the last commits, never corrupt the
# file); and a 64 MiB page cache, as the 2 MiB default thrashes on a store of a million
# commitments.
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA cache_size=-65536",
)


# How long a new connection keeps asking for write-ahead logging while another connection
# holds the file (as long as the busy timeout).
WAL_SWITCH_WAIT = 30.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        if pragma.startswith("PRAGMA journal_mode"):
            _journal_mode(cursor, pragma)
        else:
            cursor.execute(pragma)
    cursor.close()


def _journal_mode(cursor: Any, pragma: str) -> None:
    """Set the journal mode. On a new file that another process is switching to WAL or
    migrating at the same moment, SQLite answers "database is locked" at once, without
    waiting out the busy timeout: ask again, with a growing pause, for up to
    ``WAL_SWITCH_WAIT`` seconds."""
    deadline, pause = time.monotonic() + WAL_SWITCH_WAIT, 0.01
    while True:
        try:
            cursor.execute(pragma)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)  # the other connection holds the file: nothing to wait on but time
        pause = min(pause * 2, 0.5)


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # alembic is loaded only where the schema is asked

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest). Safe to run again, and from
    several processes at once: the migrations run in one transaction under the store's
    ``migrations`` lock, so a second process waits, then finds the schema current."""
    from alembic import command

    config = _alembic_config(engine)
    with engine.connect() as connection, connection.begin():
        take_lock(connection, "migrations")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
