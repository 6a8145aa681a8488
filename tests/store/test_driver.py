"""Values read and written on the driver match what SQLAlchemy reads and writes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, text

from deadlines.store.driver import (
    convert_rows,
    dump_json,
    read_datetime,
    read_json,
    sqlite_writers,
)
from deadlines.store.models import Commitment
from deadlines.store.sql import table_of


@pytest.mark.parametrize(
    "encoded",
    ['["China", "United States"]', ' ["spaced"] ', '{"a": [1, 2.5, null, true]}', "[]", '"x"'],
)
def test_json_reads_as_json_loads_does(encoded: str) -> None:
    assert read_json(encoded) == json.loads(encoded)


@pytest.mark.parametrize(
    "value",
    [["China", "United States"], ['Ünïcode "quoted" \\ party\n'], [], {"due": "2026-01-01",
     "votes": 2, "feeds": ["a", "b"]}, [1, 2.5, None, True, float("nan")], "x"],
)  # fmt: skip
def test_json_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert dump_json(value) == json.dumps(value)


@pytest.mark.parametrize("broken", ['["open",', "", "[1] trailing"])
def test_broken_json_raises_the_usual_error(broken: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        read_json(broken)


def test_instants_are_written_as_sqlalchemy_writes_them(sqlite_engine: Engine) -> None:
    table = table_of(Commitment)
    names = ["first_seen_at", "due_on", "actors", "due_corrected"]
    writers = sqlite_writers([table.c[name] for name in names])
    paris = timezone(timedelta(hours=1))
    instant = datetime(2025, 10, 26, 13, 5, 0, 42, tzinfo=paris)
    (written,) = convert_rows([(instant, date(2025, 11, 1), ["A", "B"], True)], writers)
    assert list(written) == ["2025-10-26 12:05:00.000042", "2025-11-01", '["A", "B"]', 1]
    assert read_datetime(written[0]) == instant.astimezone(UTC)
    with sqlite_engine.connect() as connection:
        # The text SQLAlchemy's own SQLite DateTime type writes for the same instant.
        stored = connection.execute(
            text("SELECT :at"), {"at": instant.astimezone(UTC).replace(tzinfo=None)}
        ).scalar()
    assert stored == written[0]


def test_rows_without_converters_are_returned_as_they_are() -> None:
    assert convert_rows([(1, "a"), (2, "b")], []) == [(1, "a"), (2, "b")]
    assert convert_rows([], [(0, str)]) == []
