"""The due scan returns what the ORM query returns, as small records."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.store.test_commitments import found

from deadlines.store.commitments import record_commitments
from deadlines.store.due import DueCommitment, due_between, due_query
from deadlines.store.models import Commitment

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)


def test_the_due_scan_matches_the_orm_query(engine: Engine) -> None:
    reports = [
        found(subject="licensing", due=date(2025, 11, 1), actors=("China", "Ünïcode Party")),
        found(kind="truce", subject="truce", due=date(2025, 11, 10), actors=("China", "US")),
        found(kind="meeting", subject="summit", due=date(2025, 10, 30), status="cancelled"),
        found(kind="tariff", subject="tariffs", due=date(2025, 12, 24), actors=("US",)),
        found(kind="vote", subject="budget vote", due=None, actors=("Congress",)),
    ]
    with Session(engine) as session, session.begin():
        record_commitments(session, [(report, None) for report in reports], now=NOW)
        # A postponement: the row now carries a previous date as well.
        record_commitments(
            session, [(found(subject="licensing", due=date(2025, 11, 3),
                             actors=("China", "Ünïcode Party"), status="postponed"), None)],
            now=NOW,
        )  # fmt: skip
    with Session(engine) as session:
        scanned = due_between(session, date(2025, 10, 26), date(2025, 11, 30))
        expected = [DueCommitment(*row) for row in session.execute(
            due_query(date(2025, 10, 26), date(2025, 11, 30))
        )]  # fmt: skip
    assert scanned == expected
    assert [(row.kind, row.due_on) for row in scanned] == [
        ("rule", date(2025, 11, 3)),
        ("truce", date(2025, 11, 10)),
    ]
    licensing = scanned[0]
    assert licensing.previous_due_on == date(2025, 11, 1)
    assert licensing.actors == ["China", "Ünïcode Party"]
    assert isinstance(licensing.confidence, float) and licensing.version == 2


def test_an_empty_window_gives_nothing(engine: Engine) -> None:
    with Session(engine) as session:
        assert due_between(session, date(2025, 11, 1), date(2025, 10, 1)) == []


def test_the_due_scan_sees_the_sessions_pending_changes(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found(due=date(2025, 11, 1)), None)], now=NOW)
    with Session(engine) as session:
        (stored,) = session.scalars(select(Commitment))
        stored.status = "cancelled"  # not flushed yet
        assert due_between(session, date(2025, 10, 26), date(2025, 11, 30)) == []
        stored.status = "scheduled"
        stored.due_on = date(2025, 11, 20)
        (moved,) = due_between(session, date(2025, 11, 15), date(2025, 11, 30))
        assert moved.due_on == date(2025, 11, 20)


def test_a_window_given_as_instants_counts_whole_days(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found(due=date(2025, 11, 1)), None)], now=NOW)
    with Session(engine) as session:
        start = datetime(2025, 11, 1, 18, tzinfo=UTC)
        (row,) = due_between(session, start, start)
        assert row.due_on == date(2025, 11, 1)
