"""Opening a store that exists, and the store's failures in one line each.

``open_store`` neither creates a SQLite file nor its folder (``deadlines init-db`` does);
``store_problem`` turns the database's own errors (a read-only file, a server down, a
database or a table missing) into a StoreError that says what is wrong and what to do.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from deadlines.errors import ConfigError, StoreError
from deadlines.store.db import make_engine

INIT = "create the tables with `deadlines init-db`"


def _sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except Exception:  # make_engine says what is wrong with the URL
        return None
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    return None if database.startswith("file:") else Path(database).expanduser()


def writable(path: Path) -> bool:
    """Whether this process may write the SQLite file ``path`` and its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_store(url: str, *, write: bool = True) -> Engine:
    """The engine of the store at ``url``, which must exist already.

    A SQLite file this process may not write (or whose folder it may not write) is opened
    read-only, as it stands, when ``write`` is false, and refused when it is true."""
    path = _sqlite_file(url)
    if path is None:
        return make_engine(url)
    if not path.is_file() or path.stat().st_size == 0:  # an empty file holds no store yet
        raise StoreError(f"there is no store at {path}: {INIT}")
    if writable(path):
        return make_engine(url)
    if write:
        raise StoreError(
            f"the store {path} is read-only: commands that read it (list, show, history, "
            "outbox, routes, export) still work; give write access to the file and its "
            "folder to change it"
        )
    return make_engine(f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true")


def _where(url: str) -> str:
    try:
        parsed: URL = make_url(url)
    except Exception:
        raise ConfigError("cannot read the database URL") from None
    if parsed.get_backend_name() == "sqlite":
        return f"the store {parsed.database}"
    server = f"PostgreSQL at {parsed.host or 'localhost'}:{parsed.port or 5432}"
    return f"the database {parsed.database!r} of {server}"


def _sqlite_problem(text: str, where: str) -> str | None:
    if "readonly" in text:
        return f"{where} is read-only: give write access to the file and its folder"
    if "no such table" in text:
        return f"{where} has no tables yet ({text}): {INIT}"
    if "database is locked" in text:
        return f"{where} is busy: another process keeps it locked; try again in a moment"
    if "not a database" in text or "malformed" in text:
        return f"{where} is not a readable SQLite database ({text}): restore it from a backup"
    if "unable to open" in text:
        return f"cannot open {where}: check that the file and its folder exist and are yours"
    return None


# PostgreSQL's error codes (SQLSTATE) and what to do about each.
_POSTGRES = {
    "3D000": "has no such database ({text}): create it (createdb), then " + INIT,
    "42P01": "has no tables yet ({text}): " + INIT,
    "25006": "is read-only (a standby, or read-only transactions): commands that read it "
    "still work; point DEADLINES_DATABASE_URL at the primary to change it",
    "42501": "refuses this user the change ({text}): grant it the rights on the tables",
    "28P01": "refused the login ({text}): check the user and password of the URL",
    "28000": "refused the login ({text}): check the user and pg_hba.conf",
    "57P03": "is starting up or shutting down: try again in a moment",
}


def _postgres_problem(orig: BaseException, text: str, where: str) -> str | None:
    code = getattr(orig, "sqlstate", None)
    if code in _POSTGRES:
        return f"{where} " + _POSTGRES[code].format(text=text)
    if code is not None:
        return None
    # Errors while connecting carry no SQLSTATE; the server's words tell them apart.
    missing = re.search(r'database "([^"]*)" does not exist', text)
    if missing:
        return f"{where} does not exist: create it (createdb {missing[1]}), then {INIT}"
    if "authentication failed" in text or "no pg_hba.conf entry" in text:
        return f"{where} refused the login: check the user and password of the URL"
    reason = text.rsplit(": ", 1)[-1] if text else "no answer"
    return f"cannot reach {where} ({reason}): start the server, or fix DEADLINES_DATABASE_URL"


def store_problem(exc: BaseException, url: str) -> StoreError | None:
    """The store's failure ``exc`` in one line that says what to do; None when ``exc`` is
    not a failure of the store itself (a fault to report as it is)."""
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return None
    where, orig = _where(url), exc.orig
    text = " ".join(str(orig).strip().splitlines()[:1]) if str(orig).strip() else ""
    if isinstance(orig, sqlite3.Error):
        line = _sqlite_problem(text, where)
    elif type(orig).__module__.startswith("psycopg"):
        line = _postgres_problem(orig, text, where)
    else:
        line = None
    return StoreError(line) if line else None
