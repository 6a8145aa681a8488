"""Bulk statements of the write path, a few per table and batch.

They run on the driver inside the caller's session transaction (see
:mod:`deadlines.store.driver`), so that a batch of thousands of commitments costs a handful
of statements. On PostgreSQL rows are COPYed into a temporary table and merged from there
in one statement. On SQLite, which runs in-process, they are multi-row statements and
executemany calls.
"""

from __future__ import annotations

import gc
import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from deadlines.store.driver import (
    convert_rows,
    driver,
    is_postgres,
    postgres_writers,
    sqlite_readers,
    sqlite_writers,
)

_PG = postgresql.dialect()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the length of a bulk write.

    A batch of 10,000 commitments allocates a few hundred thousand small containers (rows,
    history entries, sources), none of them in a reference cycle. Each allocation spree
    sets the collector off, and every pass walks all the batch's live objects again: about
    a third of the write path's time went there. Nothing is lost by pausing it: reference
    counting frees the batch as usual, and any cycle made meanwhile is collected once the
    collector runs again. A pause inside another leaves resuming to the outer one; in a
    threaded process another thread's pause may end first and resume it early, which costs
    only speed.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _sqlite_chunk(session: Session, per_row: int) -> int:
    """How many rows of ``per_row`` parameters one SQLite statement may carry."""
    limit = driver(session).getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, limit // max(1, per_row))


def _values(names: Sequence[str], rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each row's values of ``names``, in that order."""
    get = itemgetter(*names)
    return [get(row) for row in rows] if len(names) > 1 else [(get(row),) for row in rows]


def _sqlite_params(table: Table, names: Sequence[str], rows: Sequence[dict[str, Any]]) -> list:
    return convert_rows(_values(names, rows), sqlite_writers([table.c[name] for name in names]))


def select_in(
    session: Session,
    table: Table,
    columns: Sequence[str],
    column: str,
    values: Sequence[Any],
    *,
    index: str | None = None,
) -> Sequence[Sequence[Any]]:
    """Rows of ``table`` whose ``column`` is one of ``values`` (any number of them), each a
    sequence of ``columns`` in that order, holding the Python values the ORM would give.

    ``index`` names the index on ``column`` that SQLite must use. Its planner judges an
    index by the statistics ``ANALYZE`` left, and a column that is mostly NULL (sources
    whose articles were pruned) makes it scan a whole table instead of looking up a few
    values.
    """
    if not values:
        return []
    cursor = driver(session).cursor()
    selected = ", ".join(columns)
    if is_postgres(session):
        cursor.execute(
            f"SELECT {selected} FROM {table.name} WHERE {column} = ANY(%s)", (list(values),)
        )
        return list(cursor.fetchall())
    found: list[Any] = []
    step = _sqlite_chunk(session, 1)
    for start in range(0, len(values), step):
        chunk = list(values[start : start + step])
        marks = ", ".join("?" for _ in chunk)
        source = f"{table.name} INDEXED BY {index}" if index else table.name
        cursor.execute(f"SELECT {selected} FROM {source} WHERE {column} IN ({marks})", chunk)
        found += cursor.fetchall()
    return convert_rows(found, sqlite_readers([table.c[name] for name in columns]))


def _staged(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> tuple[Any, str]:
    """COPY ``rows`` into a temporary table shaped like them; returns (cursor, its name).

    The table lives for the session's connection and is emptied at each commit.
    """
    names = list(rows[0])
    shape = hashlib.blake2s(" ".join(names).encode(), digest_size=5).hexdigest()
    staging = f"staged_{table.name}_{shape}"
    columns = ", ".join(f"{name} {table.c[name].type.compile(dialect=_PG)}" for name in names)
    cursor = driver(session).cursor()
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ({columns}) ON COMMIT DELETE ROWS"
    )
    cursor.execute(f"DELETE FROM {staging}")
    _copy(cursor, table, staging, names, rows)
    return cursor, staging


def _copy(
    cursor: Any, table: Table, target: str, names: list[str], rows: Sequence[dict[str, Any]]
) -> None:
    writers = postgres_writers([table.c[name] for name in names])
    converted = convert_rows(_values(names, rows), writers)
    with cursor.copy(f"COPY {target} ({', '.join(names)}) FROM STDIN") as copy:
        for row in converted:
            copy.write_row(row)


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert ``rows``, which carry a unique ``key``; returns their new ids in order."""
    if not rows:
        return []
    names = list(rows[0])
    if is_postgres(session):
        # Ids drawn from the table's sequence up front let the rows go straight in by COPY.
        cursor = driver(session).cursor()
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (table.name, len(rows)),
        )
        drawn = [ident for (ident,) in cursor.fetchall()]
        _copy(cursor, table, table.name, ["id", *names],
              [{"id": ident, **row} for ident, row in zip(drawn, rows, strict=True)])  # fmt: skip
        return drawn
    cursor = driver(session).cursor()
    params = _sqlite_params(table, names, rows)
    columns, marks = ", ".join(names), f"({', '.join('?' for _ in names)})"
    ids: dict[str, int] = {}
    step = _sqlite_chunk(session, len(names))
    for start in range(0, len(params), step):
        chunk = params[start : start + step]
        cursor.execute(
            f"INSERT INTO {table.name} ({columns}) VALUES {', '.join([marks] * len(chunk))} "
            "RETURNING id, key",
            [value for row in chunk for value in row],
        )
        ids.update((key, ident) for ident, key in cursor.fetchall())
    return [ids[row["key"]] for row in rows]


def update_by_id(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Write each row's values to the row of ``table`` with the same ``id``."""
    if not rows:
        return
    names = [name for name in rows[0] if name != "id"]
    if is_postgres(session):
        cursor, staging = _staged(session, table, rows)
        assignments = ", ".join(f"{name} = v.{name}" for name in names)
        cursor.execute(f"UPDATE {table.name} AS t SET {assignments} FROM {staging} AS v "
                       "WHERE t.id = v.id")  # fmt: skip
        return
    assignments = ", ".join(f"{name} = ?" for name in names)
    driver(session).executemany(
        f"UPDATE {table.name} SET {assignments} WHERE id = ?",
        _sqlite_params(table, [*names, "id"], rows),
    )


def copy_in(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Append ``rows`` to ``table`` (COPY on PostgreSQL)."""
    if not rows:
        return
    names = list(rows[0])
    if is_postgres(session):
        _copy(driver(session).cursor(), table, table.name, names, rows)
        return
    driver(session).executemany(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        _sqlite_params(table, names, rows),
    )
