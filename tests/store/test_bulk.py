"""The write path's bulk statements give and take the values the ORM does, on both databases."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.store.test_commitments import found

from deadlines.store.bulk import (
    appending,
    ranges_sql,
    reserve_ids,
    select_in,
    select_in_ranges,
    updating,
)
from deadlines.store.commitments import record_commitments
from deadlines.store.driver import copy_text
from deadlines.store.models import Commitment, CommitmentChange
from deadlines.store.sql import table_of

NOW = datetime(2025, 10, 26, 12, 30, 15, 123456, tzinfo=UTC)
COLUMNS = [column.key for column in table_of(Commitment).columns]


def row(number: int, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "key": f"rule|party-{number}/licensing",
        "identity": f"rule|party-{number}",
        "kind": "rule",
        "subject": "licensing",
        "subject_words": "licensing",
        "what": f"licensing rules number {number} take effect",
        "due_on": date(2025, 12, 1) + timedelta(days=number % 90),
        "date_text": "December 1",
        "status": "scheduled",
        "previous_due_on": None if number % 2 else date(2025, 11, 1),
        "actors": [f"Party {number}", 'Ünïcode "quoted" party'],
        "evidence": "The rules take effect on December 1, officials said.",
        "confidence": 0.75,
        "version": 1,
        "first_seen_at": NOW,
        "updated_at": NOW - timedelta(hours=number),
        "last_seen_at": None,
        "due_corrected": bool(number % 3 == 0),
        "status_corrected": False,
    }
    values.update(changes)
    return values


def insert_returning_ids(session: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` as the write path does, with ids drawn ahead; their ids in order."""
    drawn = reserve_ids(session, table, len(rows))
    appending(session, table,
              [{"id": ident, **values} for ident, values in zip(drawn, rows, strict=True)])()  # fmt: skip
    return drawn


def orm_values(engine: Engine, ids: list[int]) -> list[dict[str, Any]]:
    with Session(engine) as session:
        rows = session.scalars(select(Commitment).where(Commitment.id.in_(ids)).order_by("id"))
        return [{name: getattr(found, name) for name in COLUMNS} for found in rows]


def test_rows_written_in_bulk_read_back_through_the_orm_unchanged(engine: Engine) -> None:
    written = [row(number) for number in range(5)]
    with Session(engine) as session, session.begin():
        ids = insert_returning_ids(session, table_of(Commitment), written)
    assert len(set(ids)) == 5
    stored = orm_values(engine, ids)
    for ident, values, back in zip(ids, written, stored, strict=True):
        unset = {"confirmed_by": None, "merged_into_id": None, "article_id": None}
        unset |= {"disputed": False, "dissent": None}
        assert back == {"id": ident, **unset, **values}


def test_select_in_gives_the_values_the_orm_gives(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        ids = insert_returning_ids(
            session, table_of(Commitment), [row(n, last_seen_at=NOW) for n in range(4)]
        )
    with Session(engine) as session:
        selected = select_in(session, table_of(Commitment), COLUMNS, "id", [*ids, 10_000])
    by_orm = orm_values(engine, ids)
    assert sorted((dict(zip(COLUMNS, found, strict=True)) for found in selected),
                  key=lambda values: values["id"]) == by_orm  # fmt: skip
    first = by_orm[0]
    assert isinstance(first["due_on"], date) and first["actors"][1] == 'Ünïcode "quoted" party'
    assert first["updated_at"].tzinfo is not None and isinstance(first["due_corrected"], bool)


def test_updates_by_id_change_only_the_rows_named(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        ids = insert_returning_ids(session, table_of(Commitment), [row(n) for n in range(3)])
    moved = date(2026, 11, 1)
    with Session(engine) as session, session.begin():
        updating(
            session,
            table_of(Commitment),
            [{"id": ids[1], "due_on": moved, "actors": ["Only one"], "due_corrected": True}],
        )()
    before, after, untouched = orm_values(engine, ids)
    assert (after["due_on"], after["actors"], after["due_corrected"]) == (moved, ["Only one"], True)
    assert before["due_on"] == row(0)["due_on"] and untouched["actors"] == row(2)["actors"]


def test_large_batches_are_split_under_sqlites_parameter_limit(sqlite_engine: Engine) -> None:
    # SQLite builds differ in how many parameters one statement takes (999 in older ones);
    # with that limit, looking up 1,299 ids needs two statements.
    rows = [row(number) for number in range(300)]
    with Session(sqlite_engine) as session, session.begin():
        driver = session.connection().connection.driver_connection
        driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        ids = insert_returning_ids(session, table_of(Commitment), rows)
        selected = select_in(session, table_of(Commitment), ["key"], "id", [*ids, *range(-999, 0)])
    assert len(set(ids)) == 300
    assert sorted(key for (key,) in selected) == sorted(values["key"] for values in rows)


def test_ids_drawn_on_sqlite_follow_the_largest_stored(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session, session.begin():
        assert reserve_ids(session, table_of(Commitment), 0) == []
        assert reserve_ids(session, table_of(Commitment), 2) == [1, 2]
        session.add(Commitment(id=40, **row(40)))
        session.flush()
        assert insert_returning_ids(session, table_of(Commitment), [row(1), row(2)]) == [41, 42]
        # the ORM's next insert goes on from there, as SQLite numbers rows itself
        added = Commitment(**row(3))
        session.add(added)
        session.flush()
        assert added.id == 43


def test_history_appended_in_bulk_reads_back(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (ident,) = insert_returning_ids(session, table_of(Commitment), [row(1)])
        entry = {
            "commitment_id": ident, "version": 2, "changed_at": NOW, "article_id": None,
            "old_due_on": date(2025, 12, 1), "new_due_on": date(2026, 12, 1),
            "old_status": "scheduled", "new_status": "postponed", "previous_due_on": None,
            "evidence": "Postponed by a year.", "change": "postponed", "changed_by": None,
            "note": None,
        }  # fmt: skip
        appending(session, table_of(CommitmentChange), [entry])()
    with Session(engine) as session:
        (stored,) = session.scalars(select(CommitmentChange))
        assert (stored.changed_at, stored.new_due_on, stored.change) == (
            NOW, date(2026, 12, 1), "postponed"
        )  # fmt: skip


def test_naive_instants_are_refused_on_both_databases(engine: Engine) -> None:
    # As the ORM does: PostgreSQL would read one in the session's time zone, SQLite keeps none.
    with Session(engine) as session:
        session.connection().exec_driver_sql("SELECT 1")
        if engine.dialect.name == "postgresql":
            session.connection().exec_driver_sql("SET TIME ZONE 'America/New_York'")
        with pytest.raises(ValueError, match="naive datetime"):
            insert_returning_ids(
                session, table_of(Commitment), [row(1, first_seen_at=datetime(2025, 10, 26))]
            )


def test_updates_of_different_columns_in_one_transaction(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        ids = insert_returning_ids(session, table_of(Commitment), [row(1), row(2)])
        table = table_of(Commitment)
        updating(session, table, [{"id": ids[0], "what": "first change"}])()
        updating(session, table, [{"id": ids[1], "status": "cancelled"}])()
    first, second = orm_values(engine, ids)
    assert (first["what"], first["status"]) == ("first change", "scheduled")
    assert (second["what"], second["status"]) == (row(2)["what"], "cancelled")


def test_a_report_recorded_before_is_known_whatever_the_statistics(
    sqlite_engine: Engine,
) -> None:
    # Sources whose articles were pruned keep a NULL article; once ANALYZE has seen many of
    # them, a lookup led by the article would rather scan a whole index. The reports
    # recorded before come with the claims, read by commitment: one indexed lookup each.
    with Session(sqlite_engine) as session, session.begin():
        record_commitments(
            session,
            [(found(subject=f"licensing {n}", actors=(f"Party {n}",)), None) for n in range(300)],
            now=NOW,
        )
        connection = session.connection()
        connection.exec_driver_sql(
            "INSERT INTO feeds (name, url, tags, poll_interval_s, consecutive_failures) "
            "VALUES ('f', 'http://127.0.0.1:9/f', '[]', 900, 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO articles (feed_id, guid, url, title, text, fetched_at, content_hash) "
            "VALUES (1, 'g', 'http://127.0.0.1:9/a', 't', 'x', '2025-10-26 00:00:00', 'h')"
        )
        again = found(subject="licensing 7", actors=("Party 7",), due=date(2026, 1, 5))
        assert record_commitments(session, [(again, 1)], now=NOW)  # a change, recorded
        connection.exec_driver_sql("ANALYZE")
    with Session(sqlite_engine) as session, session.begin():
        statements: list[str] = []
        session.connection().connection.driver_connection.set_trace_callback(statements.append)
        # The same report of the same article again: recorded already, nothing changes.
        assert record_commitments(session, [(again, 1)], now=NOW) == []
        session.connection().connection.driver_connection.set_trace_callback(None)
        (lookup,) = [s for s in statements if s.startswith("SELECT") and " sources AS t" in s]
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {lookup}").all()
        count = session.connection().exec_driver_sql("SELECT count(*) FROM sources").scalar()
    assert "ix_sources_commitment (commitment_id=?)" in " ".join(str(step) for step in plan)
    assert count == 301


AWKWARD = [
    "tab\there",
    "line\nbreak and carriage\rreturn",
    "back\\slash \\N and \\t as text",
    'quote " comma , brace { } and NULL',
    "Ünïcode — ✓",
    "",
]


def test_awkward_text_survives_the_bulk_paths(engine: Engine) -> None:
    """Text with COPY's and arrays' special characters is written and found as it is."""
    written = [
        row(n, key=f"rule|{text}/{n}", what=text, evidence=text, actors=[text])
        for n, text in enumerate(AWKWARD)
    ]
    with Session(engine) as session, session.begin():
        ids = insert_returning_ids(session, table_of(Commitment), written)
        keys = [values["key"] for values in written]
        found_keys = select_in(session, table_of(Commitment), ["key"], "key", keys)
        assert sorted(key for (key,) in found_keys) == sorted(keys)
        updating(
            session,
            table_of(Commitment),
            [{"id": ident, "date_text": text} for ident, text in zip(ids, AWKWARD, strict=True)],
        )()
    for back, text in zip(orm_values(engine, ids), AWKWARD, strict=True):
        assert (back["what"], back["evidence"], back["actors"]) == (text, text, [text])
        assert back["date_text"] == text


def test_ranges_of_keys_find_what_begins_with_a_prefix(engine: Engine) -> None:
    keys = ["rule|party-1", "rule|party-1/licensing", "rule|party-1#2", "rule|party-10/x",
            "rule|party-2/licensing", "rule|party-", "rule|partz"]  # fmt: skip
    with Session(engine) as session, session.begin():
        insert_returning_ids(
            session, table_of(Commitment), [row(n, key=key) for n, key in enumerate(keys)]
        )
        found = select_in_ranges(
            session, table_of(Commitment), ["key"], "key",
            [("rule|party-1", "rule|party-1\U0010ffff"), ("rule|partz", "rule|partz\U0010ffff")],
        )  # fmt: skip
    assert sorted(key for (key,) in found) == [
        "rule|party-1", "rule|party-1#2", "rule|party-1/licensing", "rule|party-10/x",
        "rule|partz",
    ]  # fmt: skip


def test_copy_text_escapes_what_copy_reads_as_special() -> None:
    table = table_of(Commitment)
    columns = [table.c[name] for name in ("what", "confidence", "due_on", "actors",
                                          "due_corrected", "first_seen_at")]  # fmt: skip
    instant = datetime(2025, 10, 26, 12, 0, tzinfo=UTC)
    rows = [
        ("tab\there\\N", 0.5, date(2025, 11, 1), ["A\tB"], True, instant),
        (None, None, None, None, None, None),
        ("plain", 1, "2025-11-02", [], False, instant),
    ]
    assert copy_text(columns, rows).split("\n") == [
        'tab\\there\\\\N\t0.5\t2025-11-01\t["A\\\\tB"]\tt\t2025-10-26 12:00:00+00:00',
        "\\N\t\\N\t\\N\t\\N\t\\N\t\\N",
        "plain\t1\t2025-11-02\t[]\tf\t2025-10-26 12:00:00+00:00",
        "",
    ]
    with pytest.raises(ValueError, match="naive datetime"):
        copy_text(columns[-1:], [(datetime(2025, 10, 26),)])
    with pytest.raises(TypeError, match="not an instant"):
        copy_text(columns[-1:], [(date(2025, 10, 26),)])


def test_key_ranges_are_served_by_the_unique_index_of_keys(engine: Engine) -> None:
    """The ranges only use the index if it orders keys byte by byte (PostgreSQL's "C")."""
    table = table_of(Commitment)
    with Session(engine) as session, session.begin():
        insert_returning_ids(session, table, [row(n) for n in range(3)])
        connection = session.connection()
        sql = ranges_sql(session, table, ["id"], "key")
        if engine.dialect.name == "sqlite":
            plan = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql.format('(?, ?)')}", ("rule|", "rule0")
            ).all()
            assert "sqlite_autoindex_commitments_1 (key>? AND key<?)" in str(plan)
        else:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            cursor = connection.connection.driver_connection.cursor()
            cursor.execute(f"EXPLAIN {sql}", ("{rule|}", "{rule0}"))
            assert "commitments_key_key" in str(cursor.fetchall())


def test_lookups_are_never_cut_to_the_column_s_length(engine: Engine) -> None:
    """A value longer than its column finds nothing, not the row its first part names."""
    key = "rule|" + "x" * 295
    with Session(engine) as session, session.begin():
        insert_returning_ids(session, table_of(Commitment), [row(1, key=key)])
        assert select_in(session, table_of(Commitment), ["key"], "key", [key + "y"]) == []
        assert [k for (k,) in select_in(session, table_of(Commitment), ["key"], "key", [key])] == [
            key
        ]


def test_copy_is_sent_in_the_connection_s_own_encoding(postgres_engine: Engine) -> None:
    """A client that speaks LATIN1 to the server still stores what it was given."""
    written = row(1, what="Zürich café façade", actors=["Ünïcode party"])
    with Session(postgres_engine) as session, session.begin():
        session.connection().exec_driver_sql("SET LOCAL client_encoding = 'LATIN1'")
        (ident,) = insert_returning_ids(session, table_of(Commitment), [written])
    (back,) = orm_values(postgres_engine, [ident])
    assert (back["what"], back["actors"]) == ("Zürich café façade", ["Ünïcode party"])
