"""Statements run on the session's own DB-API connection, for the store's hot paths.

SQLAlchemy's result machinery costs a few microseconds per value; on paths that read or
write thousands of rows (the extraction write path, the alert planner's due scan) that is
most of the time. These helpers run plain statements on the driver inside the session's
transaction and convert values with a converter chosen once per column from the column's
SQLAlchemy type, so callers see the same Python values the ORM would give them: dates,
aware UTC datetimes, decoded JSON, booleans.

PostgreSQL's driver (psycopg 3) already returns and accepts those types. SQLite stores
them as text and integers, in the forms SQLAlchemy's SQLite types write and read: ISO
dates, "YYYY-MM-DD HH:MM:SS.ffffff" UTC instants, JSON text, 0/1.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from json.scanner import make_scanner
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, String
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from deadlines.model import utc
from deadlines.store.models.base import require_aware

# A converter takes a column's values and gives them converted, in order.
Convert = Callable[[Iterable[Any]], Iterable[Any]]


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def driver(session: Session) -> Any:
    """The DB-API connection of the session's current transaction."""
    return session.connection().connection.driver_connection


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, String):
        return "text"
    if isinstance(kind, Integer | Float | Numeric):
        return "number"
    return "plain"


def read_datetime(value: str | None) -> datetime | None:
    """A stored instant (SQLite keeps them as naive UTC text), aware."""
    return None if value is None else utc(datetime.fromisoformat(value))


def read_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


_SCAN_JSON = make_scanner(cast(Any, json.JSONDecoder()))


def read_json(value: str | None) -> Any:
    """Decode JSON text. The decoder's scanner reads the compact text the store writes
    several times faster than ``json.loads``; anything it does not take whole (surrounding
    whitespace, say) goes to ``json.loads``, which also raises the usual errors."""
    if value is None:
        return None
    try:
        decoded, end = _SCAN_JSON(value, 0)
    except StopIteration:
        return json.loads(value)
    return decoded if end == len(value) else json.loads(value)


def read_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _each(read: Callable[[Any], Any]) -> Convert:
    return lambda values: map(read, values)


_READERS: dict[str, Convert] = {
    "datetime": _each(read_datetime),
    "date": _each(read_date),
    "json": _each(read_json),
    "bool": _each(read_bool),
}


def _write_dates(values: Iterable[date | str | None]) -> list[str | None]:
    return [v if v is None or v.__class__ is str else v.isoformat() for v in values]  # type: ignore[union-attr]


# json.dumps builds an encoder at every call, which costs four times the encoding of a
# short list of names: the write path keeps one (the same output as json.dumps's defaults).
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None without C speedups
_ENCODE = (
    _MAKE_ENCODER(None, json.JSONEncoder().default, json.encoder.encode_basestring_ascii,
                  None, ": ", ", ", False, False, True)
    if _MAKE_ENCODER is not None
    else None
)  # fmt: skip


def dump_json(value: Any) -> str:
    """``value`` as the JSON text ``json.dumps`` gives with its defaults."""
    return json.dumps(value) if _ENCODE is None else "".join(_ENCODE(value, 0))


def _write_json(values: Iterable[Any]) -> list[str | None]:
    # most lists of dissent are empty
    return [None if v is None else "[]" if v == [] else dump_json(v) for v in values]


def _write_bools(values: Iterable[bool | None]) -> list[int | None]:
    return [None if v is None else int(v) for v in values]


def _datetime_writer() -> Convert:
    """Writes instants as SQLAlchemy does on SQLite. A batch repeats a few instants (the
    moment it was recorded), so each object is formatted once; the cache holds the objects
    themselves, which keeps their ids from being reused while it lives."""
    done: dict[int, tuple[datetime, str]] = {}

    def write(value: datetime | None) -> str | None:
        if value is None:
            return None
        known = done.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        require_aware(value)
        text = utc(value).strftime("%Y-%m-%d %H:%M:%S.%f")
        done[id(value)] = (value, text)
        return text

    return lambda values: map(write, values)


def _by_kind(
    columns: Sequence[Column[Any]], converters: dict[str, Convert]
) -> list[tuple[int, Convert]]:
    """(position, converter) for each of ``columns`` whose kind has a converter."""
    kinds = (_kind(column) for column in columns)
    return [
        (position, converters[kind]) for position, kind in enumerate(kinds) if kind in converters
    ]


def sqlite_readers(columns: Sequence[Column[Any]]) -> list[tuple[int, Convert]]:
    """Converters for what SQLite returns: dates, instants and JSON from text, 0/1."""
    return _by_kind(columns, _READERS)


def sqlite_writers(columns: Sequence[Column[Any]]) -> list[tuple[int, Convert]]:
    """Converters for what SQLite is given, in the forms SQLAlchemy writes there."""
    writers: dict[str, Convert] = {
        "datetime": _datetime_writer(),
        "date": _write_dates,
        "json": _write_json,
        "bool": _write_bools,
    }
    return _by_kind(columns, writers)


# COPY's text format: one line per row, columns split by tabs, \N for NULL, and a
# backslash before any backslash, tab or line break inside a value.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NULL = "\\N"


def _copy_value(value: Any) -> str:
    """Any one value as COPY text (the slow path, for what the column paths do not take)."""
    if value is None:
        return _NULL
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, date):
        return value.isoformat()
    return str(value).translate(_COPY_ESCAPES)


def _plain(texts: list[str]) -> bool:
    """Whether these texts need no escaping: tabs and line breaks are not printable, so one
    pass over them all tells, at a fraction of the cost of escaping each."""
    joined = "".join(texts)
    return joined.isprintable() and "\\" not in joined


# The Python types each column kind takes on its fast path; any other value (text given for
# a date, say) sends the column down the path that escapes each value.
_FAST_TYPES: dict[str, set[type]] = {
    "text": {str},
    "number": {int, float},
    "date": {date},
    "bool": {bool},
}


def _copy_column(kind: str, values: tuple[Any, ...]) -> list[str]:
    """One column's values as COPY text, the whole column at a time where it can be."""
    if kind == "json":
        values = tuple(None if value is None else dump_json(value) for value in values)
        kind = "text"
    present = [value for value in values if value is not None]
    if kind == "datetime":
        # A batch repeats a few instants (the moment it was recorded): each is checked and
        # formatted once. Only aware instants pass, as the ORM insists.
        distinct = {id(value): value for value in present}
        for value in distinct.values():
            if not isinstance(value, datetime):
                raise TypeError(f"not an instant: {value!r}")
            require_aware(value)
        texts = {key: value.isoformat(sep=" ") for key, value in distinct.items()}
        return [_NULL if value is None else texts[id(value)] for value in values]
    if kind not in _FAST_TYPES or not set(map(type, present)) <= _FAST_TYPES[kind]:
        return [_copy_value(value) for value in values]
    if kind == "text":
        if not _plain(present):
            return [_copy_value(value) for value in values]
        return [_NULL if value is None else value for value in values]
    if kind == "bool":
        return [_NULL if value is None else ("t" if value else "f") for value in values]
    return [_NULL if value is None else str(value) for value in values]


def copy_text(columns: Sequence[Column[Any]], rows: Sequence[Sequence[Any]]) -> str:
    """``rows`` (values in the order of ``columns``) as the data of a PostgreSQL ``COPY ..
    FROM STDIN`` in text format, formatted column by column (the driver encodes it in the
    connection's encoding). Naive instants are refused, as the ORM refuses them (the server
    would read one in the session's time zone)."""
    if not rows:
        return ""
    texts = [
        _copy_column(_kind(column), values)
        for column, values in zip(columns, zip(*rows, strict=True), strict=True)
    ]
    return "\n".join(map("\t".join, zip(*texts, strict=True))) + "\n"


def convert_rows(
    rows: Sequence[Sequence[Any]], converters: list[tuple[int, Convert]]
) -> list[Sequence[Any]]:
    """The rows with the converters applied to the columns at their positions (column by
    column, which costs a fraction of going row by row)."""
    if not converters or not rows:
        return list(rows)
    columns: list[Any] = list(zip(*rows, strict=True))
    for position, convert in converters:
        columns[position] = convert(columns[position])
    return list(zip(*columns, strict=True))
