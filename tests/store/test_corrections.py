"""People's corrections: kept in the history, and they win over later extraction."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store.commitments import due_between, record_commitments
from deadlines.store.corrections import (
    CorrectionError,
    Who,
    confirm,
    correct,
    dismiss,
    merge,
)
from deadlines.store.models import Commitment
from deadlines.store.models.commitments import Correction, Source
from deadlines.store.queries import Filters, changes, list_commitments

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
FIX = datetime(2025, 10, 27, 9, tzinfo=UTC)
LATER = datetime(2025, 10, 29, 9, tzinfo=UTC)
ANA = Who(by="ana", at=FIX, note="checked the ministry's notice")


REPORT = Found(
    what="port fees take effect",
    due=date(2025, 11, 14),
    date_text="November 14",
    status="scheduled",
    previous_due=None,
    actors=("China",),
    evidence="Port fees take effect on November 14.",
    confidence=0.8,
    kind="rule",
    subject="port fees",
    shift=None,
)


def _found(**changes: Any) -> Found:
    """The report above, with ``changes``."""
    return replace(REPORT, **changes)


def _one(engine: Engine, **changes: object) -> int:
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(_found(**changes), None)], now=NOW)
        return event.commitment_id


def test_a_corrected_date_wins_over_later_extraction(engine: Engine) -> None:
    commitment = _one(engine)
    with Session(engine) as session, session.begin():
        event = correct(session, commitment, ANA, due_on=date(2025, 11, 21))
        assert event is not None and (event.version, event.change) == (2, "corrected")
    with Session(engine) as session, session.begin():
        events = record_commitments(
            session, [(_found(due=date(2025, 12, 1), evidence="Fees from December 1."), None)],
            now=LATER,
        )  # fmt: skip
        assert events == []
    with Session(engine) as session:
        row = session.get_one(Commitment, commitment)
        assert (row.due_on, row.previous_due_on, row.version) == (
            date(2025, 11, 21),
            date(2025, 11, 14),
            2,
        )
        entries = changes(session, commitment)
        assert [(e.change, e.changed_by) for e in entries] == [
            ("new", None),
            ("corrected", "ana"),
            ("kept", None),
        ]
        assert entries[1].note == "checked the ministry's notice"
        assert len(session.scalars(select(Source)).all()) == 2  # the overruled report is kept
        (made,) = session.scalars(
            select(Correction).where(Correction.commitment_id == commitment)
        ).all()
        assert (made.action, made.due_on, made.made_by) == ("correct", date(2025, 11, 21), "ana")


def test_a_dismissed_commitment_leaves_the_scan_and_stays_dismissed(engine: Engine) -> None:
    commitment = _one(engine)
    with Session(engine) as session, session.begin():
        assert dismiss(session, commitment, ANA).change == "dismissed"
        with pytest.raises(CorrectionError, match="already dismissed"):
            dismiss(session, commitment, ANA)
    with Session(engine) as session, session.begin():
        record_commitments(session, [(_found(evidence="Fees start November 14."), None)], now=LATER)
    with Session(engine) as session:
        assert due_between(session, date(2025, 11, 1), date(2025, 11, 30)) == []
        assert list_commitments(session, Filters(open_only=True)) == []
        assert session.get_one(Commitment, commitment).status == "dismissed"


def test_merge_moves_sources_and_later_reports_to_the_kept_row(engine: Engine) -> None:
    keep = _one(engine)
    other = _one(engine, actors=("China", "Hong Kong"), evidence="Hong Kong and China fees.")
    assert keep != other
    with Session(engine) as session, session.begin():
        event = merge(session, keep, other, ANA)
        assert (event.commitment_id, event.change) == (keep, "merged")
    with Session(engine) as session, session.begin():
        moved = _found(
            actors=("China", "Hong Kong"), due=date(2025, 11, 28), evidence="Now November 28."
        )
        (event,) = record_commitments(session, [(moved, None)], now=LATER)
        assert (event.commitment_id, event.change) == (keep, "moved")
    with Session(engine) as session:
        sources = session.scalars(select(Source.commitment_id)).all()
        assert sources == [keep, keep, keep]
        assert session.get_one(Commitment, other).merged_into_id == keep
        assert [row.id for row in list_commitments(session, Filters(open_only=True))] == [keep]
        with pytest.raises(CorrectionError, match=f"merged into {keep}"):
            correct(session, other, ANA, status="cancelled")


def test_a_merged_rows_report_read_again_changes_nothing(engine: Engine, add_article) -> None:  # type: ignore[no-untyped-def]
    # The kept row is of another identity: only following the merge reads its sources,
    # among them the report moved over, which a second reading of the article skips.
    article = add_article("wire", "Hong Kong and China fees.")
    keep = _one(engine)
    report = _found(actors=("China", "Hong Kong"), evidence="Hong Kong and China fees.")
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(report, article)], now=NOW)
        other = event.commitment_id
    with Session(engine) as session, session.begin():
        merge(session, keep, other, ANA)
    with Session(engine) as session, session.begin():
        assert record_commitments(session, [(report, article)], now=LATER) == []
    with Session(engine) as session:
        assert session.scalars(select(Source.commitment_id)).all() == [keep, keep]


def test_confirm_keeps_the_values_and_names_the_person(engine: Engine) -> None:
    commitment = _one(engine)
    with Session(engine) as session, session.begin():
        confirm(session, commitment, ANA)
    with Session(engine) as session, session.begin():
        events = record_commitments(
            session, [(_found(status="cancelled", evidence="Fees dropped."), None)], now=LATER
        )
        assert events == []
    with Session(engine) as session:
        row = session.get_one(Commitment, commitment)
        assert (row.status, row.confirmed_by, row.version) == ("scheduled", "ana", 1)


def test_mistakes_in_a_correction_are_explained(engine: Engine) -> None:
    commitment = _one(engine)
    with Session(engine) as session:
        with pytest.raises(CorrectionError, match="there is no commitment 999"):
            correct(session, 999, ANA, status="cancelled")
        with pytest.raises(CorrectionError, match="--due"):
            correct(session, commitment, ANA)
        with pytest.raises(CorrectionError, match="unknown status 'gone'"):
            correct(session, commitment, ANA, status="gone")
        with pytest.raises(CorrectionError, match="itself"):
            merge(session, commitment, commitment, ANA)
