"""Bulk statements of the write path, one per table and batch.

Both go through the driver, inside the caller's session transaction, so that a batch of
thousands of commitments costs a handful of statements. On PostgreSQL rows are COPYed into
a temporary table and merged from there in one statement. On SQLite, which runs
in-process, they are executemany calls, with values written in the very text forms that
SQLAlchemy's SQLite types read back (ISO dates, "YYYY-MM-DD HH:MM:SS.ffffff" UTC instants,
JSON text, 0/1).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

_CHUNK = 2000

# Column name -> PostgreSQL array type, for the columns the write path sends in bulk.
PG_TYPES = {
    "id": "int8",
    "key": "text",
    "identity": "text",
    "kind": "text",
    "subject": "text",
    "subject_words": "text",
    "what": "text",
    "due_on": "date",
    "date_text": "text",
    "status": "text",
    "previous_due_on": "date",
    "actors": "json",
    "evidence": "text",
    "confidence": "float8",
    "article_id": "int8",
    "version": "int4",
    "first_seen_at": "timestamptz",
    "updated_at": "timestamptz",
    "last_seen_at": "timestamptz",
    "due_corrected": "bool",
    "status_corrected": "bool",
}


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _driver(session: Session) -> Any:
    """The DB-API connection of the session's current transaction."""
    return session.connection().connection.driver_connection


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


def _sqlite_rows(names: Sequence[str], rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [tuple(_sqlite_value(row[name]) for name in names) for row in rows]


def select_in(
    session: Session, table: Table, columns: Sequence[str], column: str, values: Sequence[Any]
) -> list[Any]:
    """Rows of ``table`` whose ``column`` is one of ``values`` (any number of them)."""
    if not values:
        return []
    if _is_postgres(session):
        cursor = _driver(session).cursor()
        cursor.execute(
            f"SELECT {', '.join(columns)} FROM {table.name} WHERE {column} = ANY(%s)",
            (list(values),),
        )
        names = list(columns)
        return [_Record(names, row) for row in cursor.fetchall()]
    found: list[Any] = []
    wanted = [table.c[name] for name in columns]
    for start in range(0, len(values), _CHUNK):
        chunk = list(values[start : start + _CHUNK])
        found += session.execute(select(*wanted).where(table.c[column].in_(chunk))).all()
    return found


class _Record:
    """A driver row with attribute access, like a SQLAlchemy Row."""

    __slots__ = ("_values",)

    def __init__(self, names: list[str], row: Sequence[Any]) -> None:
        self._values = dict(zip(names, row, strict=True))

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


def _staged(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> tuple[Any, str]:
    """COPY ``rows`` into a temporary table shaped like them; returns (cursor, its name).

    The table lives for the session's connection and is emptied at each commit.
    """
    names = list(rows[0])
    staging = f"staged_{table.name}_{len(names)}"
    columns = ", ".join(f"{name} {PG_TYPES[name]}" for name in names)
    cursor = _driver(session).cursor()
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ({columns}) ON COMMIT DELETE ROWS"
    )
    cursor.execute(f"DELETE FROM {staging}")
    _copy(cursor, staging, names, rows)
    return cursor, staging


def _copy(cursor: Any, table: str, names: list[str], rows: Sequence[dict[str, Any]]) -> None:
    as_json = [name for name in names if PG_TYPES.get(name) == "json"]
    with cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            if as_json:
                row = {**row, **{name: json.dumps(row[name]) for name in as_json}}
            copy.write_row([row[name] for name in names])


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert ``rows``, which carry a unique ``key``; returns their new ids in order."""
    if not rows:
        return []
    names = list(rows[0])
    if _is_postgres(session):
        cursor, staging = _staged(session, table, rows)
        columns = ", ".join(names)
        cursor.execute(
            f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {staging} "
            "RETURNING id, key"
        )
        ids = {key: ident for ident, key in cursor.fetchall()}
        return [ids[row["key"]] for row in rows]
    cursor = _driver(session).cursor()
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) RETURNING id"
    )
    new_ids: list[int] = []
    for values in _sqlite_rows(names, rows):
        cursor.execute(statement, values)
        new_ids.append(int(cursor.fetchone()[0]))
    return new_ids


def update_by_id(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Write each row's values to the row of ``table`` with the same ``id``."""
    if not rows:
        return
    names = [name for name in rows[0] if name != "id"]
    if _is_postgres(session):
        cursor, staging = _staged(session, table, rows)
        assignments = ", ".join(f"{name} = v.{name}" for name in names)
        cursor.execute(f"UPDATE {table.name} AS t SET {assignments} FROM {staging} AS v "
                       "WHERE t.id = v.id")  # fmt: skip
        return
    assignments = ", ".join(f"{name} = ?" for name in names)
    _driver(session).executemany(
        f"UPDATE {table.name} SET {assignments} WHERE id = ?",
        _sqlite_rows([*names, "id"], rows),
    )


def copy_in(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Append ``rows`` to ``table`` (COPY on PostgreSQL)."""
    if not rows:
        return
    names = list(rows[0])
    if _is_postgres(session):
        _copy(_driver(session).cursor(), table.name, names, rows)
        return
    _driver(session).executemany(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        _sqlite_rows(names, rows),
    )
