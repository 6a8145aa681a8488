"""A commitment can be rebuilt as the store knew it at any past instant."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitments
from deadlines.store.corrections import Who, correct
from deadlines.store.history import commitments_as_of, state_as_of

T0 = datetime(2025, 10, 1, tzinfo=UTC)
T1 = datetime(2025, 10, 10, tzinfo=UTC)
T2 = datetime(2025, 10, 20, tzinfo=UTC)
T3 = datetime(2025, 10, 25, tzinfo=UTC)


REPORT = Found(
    what="vote on the budget",
    due=date(2025, 11, 5),
    date_text="November 5",
    status="scheduled",
    previous_due=None,
    actors=("Senate",),
    evidence="The Senate votes on November 5.",
    confidence=0.7,
    kind="vote",
    subject="budget vote",
    shift=None,
)


def _found(**changes: Any) -> Found:
    """The report above, with ``changes``."""
    return replace(REPORT, **changes)


def test_state_as_of_each_instant(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(_found(), None)], now=T0)
        record_commitments(
            session,
            [(_found(due=date(2025, 11, 12), status="postponed", previous_due=date(2025, 11, 5),
                     cue="moved to", evidence="Vote moved to the 12th."), None)],
            now=T1,
        )  # fmt: skip
        record_commitments(
            session, [(_found(status="cancelled", due=None, evidence="Vote called off."), None)],
            now=T2,
        )  # fmt: skip
        correct(session, event.commitment_id, Who("ana", T3), status="scheduled")
    with Session(engine) as session:
        commitment = event.commitment_id
        assert state_as_of(session, commitment, datetime(2025, 9, 1, tzinfo=UTC)) is None
        before_move = state_as_of(session, commitment, datetime(2025, 10, 5, tzinfo=UTC))
        assert before_move is not None
        assert (before_move.due_on, before_move.status, before_move.version) == (
            date(2025, 11, 5),
            "scheduled",
            1,
        )
        moved = state_as_of(session, commitment, T1)
        assert moved is not None and (moved.due_on, moved.previous_due_on, moved.sources) == (
            date(2025, 11, 12),
            date(2025, 11, 5),
            2,
        )
        cancelled = state_as_of(session, commitment, T2)
        assert cancelled is not None and (cancelled.status, cancelled.last_change) == (
            "cancelled",
            "cancelled",
        )
        corrected = state_as_of(session, commitment, T3)
        assert corrected is not None and (corrected.status, corrected.version) == ("scheduled", 4)
        assert [s.status for s in commitments_as_of(session, T2)] == ["cancelled"]
        assert commitments_as_of(session, datetime(2025, 9, 1, tzinfo=UTC)) == []
        with pytest.raises(ValueError, match="timezone-aware"):
            state_as_of(session, commitment, datetime(2025, 10, 5))
