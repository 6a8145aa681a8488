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


def test_a_batch_making_rows_of_known_and_unseen_identities_numbers_each_once(
    engine: Engine,
) -> None:
    # Reports of identities the store knows and of identities it has never seen are
    # matched and written apart; new rows of both kinds take ids in one batch.
    meeting = found(kind="meeting", subject="trade talks", actors=("China", "United States"),
                    what="trade talks", evidence="Talks are set for December 1.")  # fmt: skip
    with Session(engine) as session, session.begin():
        record_commitments(session, [(meeting, None)], now=NOW)
    batch = [
        (found(actors=("Japan",), evidence="Japan's rules take effect on December 1."), None),
        (replace(meeting, due=date(2026, 3, 1), evidence="Talks resume on March 1."), None),
        (found(actors=("Korea",), evidence="Korea's rules take effect on December 1."), None),
    ]
    with Session(engine) as session, session.begin():
        events = record_commitments(session, batch, now=LATER)
    assert [event.reason for event in events] == ["new", "new", "new"]
    ids = [event.commitment_id for event in events]
    with Session(engine) as session:
        rows = {row.id: row for row in queries.list_commitments(session)}
    assert len(rows) == 4 and set(ids) <= set(rows)
    assert [rows[i].due_on for i in ids] == [date(2025, 12, 1), date(2026, 3, 1), date(2025, 12, 1)]
    assert [rows[i].actors for i in ids] == [["Japan"], ["China", "United States"], ["Korea"]]


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
