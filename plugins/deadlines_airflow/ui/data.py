"""What the Commitments view shows: the store's read side, one session per call.

No SQL here and no HTML: each function opens a session on the view's engine and returns the
typed rows of :mod:`deadlines.store.queries`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.store import queries
from deadlines.store.queries import ChangeRow, CommitmentRow, SourceRow, Timeline

# Rows of each timeline group on one page.
PER_PAGE = 100


def timeline(engine: Engine, today: date, offsets: dict[str, int] | None = None) -> Timeline:
    with Session(engine) as session:
        return queries.timeline(session, today, per_group=PER_PAGE, offsets=offsets)


def commitments(engine: Engine) -> list[CommitmentRow]:
    """Every commitment, soonest due first, undated last."""
    with Session(engine) as session:
        return queries.list_commitments(session)


def one(engine: Engine, commitment_id: int) -> CommitmentRow | None:
    with Session(engine) as session:
        return queries.one_commitment(session, commitment_id)


def recent_changes(engine: Engine, limit: int = 20) -> list[ChangeRow]:
    with Session(engine) as session:
        return queries.recent_changes(session, limit)


def commitment_history(engine: Engine, commitment_id: int) -> list[ChangeRow]:
    with Session(engine) as session:
        return queries.changes(session, commitment_id)


def sources(engine: Engine, commitment_id: int) -> list[SourceRow]:
    """Every report that spoke of a commitment, newest first, with its article."""
    with Session(engine) as session:
        return queries.sources(session, commitment_id, newest_first=True)


def controls(engine: Engine, commitment_id: int) -> str:
    """How alerts about a commitment are held: silenced (until when), acknowledged, or ''."""
    from deadlines.store.controls import load_controls

    with Session(engine) as session:
        held = load_controls(session, [commitment_id])
    parts = []
    if commitment_id in held.silenced_until:
        until = held.silenced_until[commitment_id]
        parts.append(f"silenced until {until:%Y-%m-%d %H:%M} UTC" if until else "silenced")
    if commitment_id in held.acked_due:
        due = held.acked_due[commitment_id]
        parts.append(f"acknowledged for {due.isoformat() if due else 'no date'}")
    return "; ".join(parts)
