from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store import queries
from deadlines.store.commitments import (
    due_between,
    record_commitments,
    shift_date,
)
from deadlines.store.identity import identity_of

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
LATER = datetime(2025, 10, 28, 9, tzinfo=UTC)


REPORT = Found(
    what="licensing rules for rare earth exports take effect",
    due=date(2025, 12, 1),
    date_text="December 1",
    status="scheduled",
    previous_due=None,
    actors=("China",),
    evidence="China's licensing rules take effect on December 1.",
    confidence=0.8,
    kind="rule",
    subject="rare earth export licensing",
    shift=None,
)


def found(**changes: Any) -> Found:
    """The report above, with ``changes``."""
    return replace(REPORT, **changes)


def test_a_new_commitment_is_stored_once_with_a_history_entry(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(found(), None)], now=NOW)
        assert event is not None and event.reason == "new" and event.version == 1
        assert record_commitments(session, [(found(), None)], now=NOW) == []
    with Session(engine) as session:
        (row,) = queries.list_commitments(session)
        assert row.key == "rule|china/earth-export-licensing-rare"
        assert row.due_on == date(2025, 12, 1)
        # The second, identical report confirms: a history entry, no new version.
        entries = queries.changes(session, row.id)
        assert [(h.change, h.version) for h in entries] == [("new", 1), ("confirmed", 1)]


def test_postponement_by_a_duration_moves_the_known_date(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found(), None)], now=NOW)
        (event,) = record_commitments(
            session, [(found(due=None, status="postponed", shift="P1Y"), None)], now=LATER
        )
        assert event is not None and event.reason == "changed" and event.version == 2
    with Session(engine) as session:
        (row,) = queries.list_commitments(session)
        assert row.due_on == date(2026, 12, 1)
        assert row.previous_due_on == date(2025, 12, 1)
        assert row.status == "postponed"
        changes = queries.changes(session, row.id)
        assert [(h.old_due_on, h.new_due_on) for h in changes][-1] == (
            date(2025, 12, 1),
            date(2026, 12, 1),
        )
        assert changes[-1].changed_at == LATER


def test_cancelled_commitments_leave_the_due_scan(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found(), None)], now=NOW)
        record_commitments(
            session,
            [(found(kind="tariff", subject="tariffs", due=date(2025, 11, 1)), None)],
            now=NOW,
        )
        record_commitments(
            session,
            [
                (
                    found(
                        kind="tariff", subject="tariffs", due=date(2025, 11, 1), status="cancelled"
                    ),
                    None,
                )
            ],
            now=NOW,
        )
    with Session(engine) as session:
        due = due_between(session, date(2025, 10, 26), date(2025, 12, 31))
        assert [row.kind for row in due] == ["rule"]


def test_keys_ignore_wording_noise() -> None:
    assert identity_of("truce", (), "The  tariff truce!") == identity_of(
        "truce", (), "the tariffs truce"
    )


def test_shift_date_reads_timex_durations() -> None:
    assert shift_date(date(2025, 1, 31), "P1M") == date(2025, 2, 28)
    assert shift_date(date(2025, 1, 1), "P2W") == date(2025, 1, 15)
    assert shift_date(date(2025, 1, 1), "PXY") is None
