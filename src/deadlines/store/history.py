"""A commitment as it stood at a past instant, rebuilt from its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deadlines.store.models import Commitment, CommitmentChange
from deadlines.store.models.commitments import Source


@dataclass(frozen=True)
class CommitmentState:
    """What the store said of a commitment at ``as_of``."""

    commitment_id: int
    as_of: datetime
    due_on: date | None
    status: str
    previous_due_on: date | None
    version: int
    sources: int
    last_change: str
    last_changed_at: datetime


def state_as_of(session: Session, commitment_id: int, instant: datetime) -> CommitmentState | None:
    """The commitment as the store knew it at ``instant``; None if not yet known then."""
    if instant.tzinfo is None:
        raise ValueError("as-of instants must be timezone-aware")
    entry = session.scalar(
        select(CommitmentChange)
        .where(CommitmentChange.commitment_id == commitment_id)
        .where(CommitmentChange.changed_at <= instant)
        .order_by(CommitmentChange.changed_at.desc(), CommitmentChange.id.desc())
        .limit(1)
    )
    if entry is None:
        return None
    sources = len(
        session.scalars(
            select(Source.id).where(
                Source.commitment_id == commitment_id, Source.seen_at <= instant
            )
        ).all()
    )
    return CommitmentState(
        commitment_id=commitment_id,
        as_of=instant,
        due_on=entry.new_due_on,
        status=entry.new_status,
        previous_due_on=entry.previous_due_on,
        version=entry.version,
        sources=sources,
        last_change=entry.change,
        last_changed_at=entry.changed_at,
    )


def commitments_as_of(session: Session, instant: datetime) -> list[CommitmentState]:
    """Every commitment known at ``instant``, as it stood then, soonest due first."""
    ids = session.scalars(
        select(Commitment.id).where(Commitment.first_seen_at <= instant).order_by(Commitment.id)
    ).all()
    states = [state_as_of(session, commitment_id, instant) for commitment_id in ids]
    known = [state for state in states if state is not None]
    return sorted(known, key=lambda s: (s.due_on is None, s.due_on or date.min, s.commitment_id))
