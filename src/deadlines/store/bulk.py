"""Bulk statements of the write path, a few per table and batch.

They run on the driver inside the caller's session transaction (see
:mod:`deadlines.store.driver`), so that a batch of thousands of commitments costs a handful
of statements. On PostgreSQL rows are COPYed into a temporary table and merged from there
in one statement. On SQLite, which runs in-process, they are executemany calls and
multi-row lookups.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import String, Table
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from deadlines.store.driver import (
    convert_rows,
    copy_text,
    driver,
    is_postgres,
    sqlite_readers,
    sqlite_writers,
)

_PG = postgresql.dialect()
Statement = Callable[[], None]


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


_PLAIN_TEXT = {"string", "text", "unicode", "unicode_text", "VARCHAR", "TEXT", "CHAR", "NVARCHAR"}


def _pg_element(column: Any) -> tuple[str, str]:
    """The type of an array of ``column``'s values, and the COLLATE clause that compares
    them as the column does (an array's elements cannot carry one of their own)."""
    kind = column.type.dialect_impl(_PG)
    # Plain text goes as text, never cut to the column's length by a cast to it; types of
    # their own (enums, case-blind text) keep their type.
    if isinstance(kind, String) and kind.__visit_name__ in _PLAIN_TEXT:
        collation = kind.collation
        return "text", f' COLLATE "{collation}"' if collation else ""
    return kind.compile(dialect=_PG), ""


def _array_literal(values: Sequence[Any]) -> str:
    """``values`` as the text of a PostgreSQL array, which the server parses several times
    faster than the driver adapts a long list element by element."""
    quoted = (
        "NULL"
        if value is None
        else '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for value in values
    )
    return "{" + ",".join(quoted) + "}"


def select_in(
    session: Session,
    table: Table,
    columns: Sequence[str],
    key: str,
    values: Sequence[Any],
) -> Sequence[Sequence[Any]]:
    """Rows of ``table`` whose column ``key`` holds one of ``values`` (any number of them),
    each a sequence of ``columns`` in that order, holding the Python values the ORM would
    give."""
    values = list(dict.fromkeys(values))  # each asked for once, so each row comes once
    if not values:
        return []
    selected = ", ".join(f"t.{name}" for name in columns)
    if is_postgres(session):
        cursor = driver(session).cursor()
        kind, collate = _pg_element(table.c[key])
        cursor.execute(
            f"SELECT {selected} FROM {table.name} AS t "
            f"JOIN unnest(%s::{kind}[]) AS v ({key}) ON t.{key} = v.{key}{collate}",
            [_array_literal(values)],
        )
        return list(cursor.fetchall())
    sql = f"SELECT {selected} FROM {table.name} AS t WHERE t.{key} IN ({{}})"
    return _sqlite_select(session, table, columns, sql, [(value,) for value in values])


def _sqlite_select(
    session: Session, table: Table, columns: Sequence[str], sql: str, rows: Sequence[Any]
) -> Sequence[Sequence[Any]]:
    """Run ``sql`` with its ``{}`` taking ``rows`` as many at a time as SQLite allows (each
    row a parenthesised group, or a bare ``?`` if it holds one value); the rows of
    ``columns`` found, as the ORM would give them."""
    width = len(rows[0]) if rows else 1
    marks = "?" if width == 1 else f"({', '.join('?' for _ in range(width))})"
    cursor, found = driver(session).cursor(), []
    step = _sqlite_chunk(session, width)
    for start in range(0, len(rows), step):
        chunk = rows[start : start + step]
        cursor.execute(sql.format(", ".join([marks] * len(chunk))),
                       [value for row in chunk for value in row])  # fmt: skip
        found += cursor.fetchall()
    return convert_rows(found, sqlite_readers([table.c[name] for name in columns]))


def select_in_ranges(
    session: Session,
    table: Table,
    columns: Sequence[str],
    column: str,
    ranges: Sequence[tuple[str, str]],
) -> Sequence[Sequence[Any]]:
    """Rows of ``table`` whose text ``column`` lies in one of ``ranges`` (low included,
    high not), as :func:`select_in` gives them. The column must compare byte by byte (the
    "C" collation on PostgreSQL, SQLite's default) for its index to serve the ranges."""
    if not ranges:
        return []
    sql = ranges_sql(session, table, columns, column)
    if is_postgres(session):
        cursor = driver(session).cursor()
        low, high = zip(*ranges, strict=True)
        # The planner cannot tell how many rows a range bound by a join holds, guesses a
        # ninth of the table for each, and then spends more time compiling the query (JIT)
        # than running it: compiling is off for this statement.
        cursor.execute("SELECT current_setting('jit'), set_config('jit', 'off', true)")
        (jit, _) = cursor.fetchone()
        cursor.execute(sql, [_array_literal(low), _array_literal(high)])
        rows = list(cursor.fetchall())
        cursor.execute("SELECT set_config('jit', %s, true)", (jit,))
        return rows
    return _sqlite_select(session, table, columns, sql, ranges)


def ranges_sql(session: Session, table: Table, columns: Sequence[str], column: str) -> str:
    """The statement of :func:`select_in_ranges`: on PostgreSQL it takes two arrays (the
    ranges' low and high ends); on SQLite its ``{}`` takes the ranges' VALUES rows."""
    selected = ", ".join(f"t.{name} AS {name}" for name in columns)
    if is_postgres(session):
        return (
            f"SELECT {selected} FROM unnest(%s::text[], %s::text[]) AS v (low, high) "
            f'JOIN {table.name} AS t ON t.{column} >= v.low COLLATE "C" '
            f'AND t.{column} < v.high COLLATE "C"'
        )
    return (
        f"SELECT {selected} FROM (VALUES {{}}) AS v "
        f"JOIN {table.name} AS t ON t.{column} >= v.column1 AND t.{column} < v.column2"
    )


def _copy(
    table: Table, target: str, names: list[str], rows: Sequence[dict[str, Any]]
) -> Callable[[Any], None]:
    """COPY of ``rows`` into ``target``, formatted now; call it with a cursor to send it."""
    data = copy_text([table.c[name] for name in names], _values(names, rows))
    sql = f"COPY {target} ({', '.join(names)}) FROM STDIN"

    def send(cursor: Any) -> None:
        with cursor.copy(sql) as copy:
            copy.write(data)

    return send


def _nothing() -> None:
    return None


def appending(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> Statement:
    """The statement that appends ``rows`` to ``table`` (COPY on PostgreSQL), with the rows
    converted for the driver now; calling it runs it.

    Preparing a statement apart from running it lets the rows of the next statement be put
    together while the database works on the last one (see :class:`InOrder`).
    """
    if not rows:
        return _nothing
    connection, names = driver(session), list(rows[0])
    if is_postgres(session):
        send = _copy(table, table.name, names, rows)
        return lambda: send(connection.cursor())
    params = _sqlite_params(table, names, rows)
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    return lambda: connection.executemany(sql, params)


def updating(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> Statement:
    """The statement that writes each row's values to the row of ``table`` with the same
    ``id``, prepared as :func:`appending` prepares its own.

    On PostgreSQL the rows go by COPY into a temporary table shaped like them, and from
    there in one UPDATE. The table lives as long as the connection and is emptied at each
    commit.
    """
    if not rows:
        return _nothing
    connection, names = driver(session), list(rows[0])
    changed = [name for name in names if name != "id"]
    if is_postgres(session):
        shape = hashlib.blake2s(" ".join(names).encode(), digest_size=5).hexdigest()
        staging = f"staged_{table.name}_{shape}"
        columns = ", ".join(f"{name} {table.c[name].type.compile(dialect=_PG)}" for name in names)
        send = _copy(table, staging, names, rows)
        assignments = ", ".join(f"{name} = v.{name}" for name in changed)

        def run() -> None:
            cursor = connection.cursor()
            cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ({columns}) "
                           "ON COMMIT DELETE ROWS")  # fmt: skip
            cursor.execute(f"DELETE FROM {staging}")
            send(cursor)
            cursor.execute(f"UPDATE {table.name} AS t SET {assignments} FROM {staging} AS v "
                           "WHERE t.id = v.id")  # fmt: skip

        return run
    params = _sqlite_params(table, [*changed, "id"], rows)
    assignments = ", ".join(f"{name} = ?" for name in changed)
    sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"
    return lambda: connection.executemany(sql, params)


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` new ids for rows of ``table`` that then go in with their ids by
    :func:`appending`: drawn from the sequence of its ``id`` on PostgreSQL; on SQLite the
    ids after the largest stored one, as SQLite itself would give them.

    On SQLite, draw again only once the rows of the last draw went in. Two writers cannot
    take the same ids: the read of the largest id and the insert are in one transaction,
    and SQLite refuses the insert of a transaction that read before another's commit.
    """
    if count == 0:
        return []
    cursor = driver(session).cursor()
    if not is_postgres(session):
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table.name}")
        (last,) = cursor.fetchone()
        return list(range(last + 1, last + 1 + count))
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        (table.name, count),
    )
    return [ident for (ident,) in cursor.fetchall()]
