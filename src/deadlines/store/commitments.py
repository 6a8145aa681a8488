"""Commitments and their history: one row per commitment, one history entry per change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store.models import Commitment, CommitmentChange

# Statuses after which nothing is due any more.
CLOSED_STATUSES = ("cancelled", "occurred")

_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


@dataclass(frozen=True)
class ChangeEvent:
    """What a write did to a commitment, for the alert planner."""

    commitment_id: int
    reason: str  # "new" or "changed"
    version: int


def commitment_key(kind: str, subject: str) -> str:
    """The natural key of a commitment: what kind of thing it is and what it is about."""
    words = re.findall(r"[a-z0-9%]+", subject.lower())
    return f"{kind}:{'-'.join(words)}"[:300]


def shift_date(due: date, duration: str) -> date | None:
    """``due`` moved by a TIMEX3 duration such as ``P1Y`` or ``P2W``; None if unreadable."""
    match = _DURATION.match(duration or "")
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days = (int(part or 0) for part in match.groups())
    return due + relativedelta(years=years, months=months, weeks=weeks, days=days)


def record_commitment(
    session: Session, found: Found, *, article_id: int | None, now: datetime
) -> ChangeEvent | None:
    """Insert or update the commitment ``found`` describes; returns what changed, if anything."""
    key = commitment_key(found.kind, found.subject)
    row = session.scalar(select(Commitment).where(Commitment.key == key))
    if row is None:
        row = Commitment(
            key=key,
            kind=found.kind,
            subject=found.subject,
            what=found.what,
            due_on=found.due,
            date_text=found.date_text,
            status=found.status,
            previous_due_on=found.previous_due,
            actors=list(found.actors),
            evidence=found.evidence,
            confidence=found.confidence,
            article_id=article_id,
            version=1,
            first_seen_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        _write_history(session, row, None, None, article_id, now)
        return ChangeEvent(row.id, "new", 1)

    new_due, previous_due = found.due, found.previous_due
    if new_due is None and found.shift and row.due_on is not None:
        new_due = shift_date(row.due_on, found.shift)
        previous_due = row.due_on
    due_moved = new_due is not None and new_due != row.due_on
    status_changed = found.status != row.status
    if not (due_moved or status_changed):
        return None

    old_due, old_status = row.due_on, row.status
    if due_moved:
        row.previous_due_on = previous_due or row.due_on
        row.due_on = new_due
        row.date_text = found.date_text
    row.status = found.status
    row.what, row.evidence, row.confidence = found.what, found.evidence, found.confidence
    row.actors = sorted(set(row.actors) | set(found.actors))
    row.article_id = article_id
    row.version += 1
    row.updated_at = now
    session.flush()
    _write_history(session, row, old_due, old_status, article_id, now)
    return ChangeEvent(row.id, "changed", row.version)


def _write_history(
    session: Session,
    row: Commitment,
    old_due: date | None,
    old_status: str | None,
    article_id: int | None,
    now: datetime,
) -> None:
    session.add(
        CommitmentChange(
            commitment_id=row.id,
            version=row.version,
            changed_at=now,
            article_id=article_id,
            old_due_on=old_due,
            new_due_on=row.due_on,
            old_status=old_status,
            new_status=row.status,
            evidence=row.evidence,
        )
    )


def due_between(session: Session, first: date, last: date) -> list[Commitment]:
    """Open commitments due from ``first`` to ``last`` inclusive: the lead-time scan."""
    query = (
        select(Commitment)
        .where(Commitment.due_on >= first, Commitment.due_on <= last)
        .where(Commitment.status.not_in(CLOSED_STATUSES))
        .order_by(Commitment.due_on, Commitment.id)
    )
    return list(session.scalars(query))


def list_commitments(session: Session, *, include_closed: bool = True) -> list[Commitment]:
    query = select(Commitment).order_by(
        Commitment.due_on.is_(None), Commitment.due_on, Commitment.id
    )
    if not include_closed:
        query = query.where(Commitment.status.not_in(CLOSED_STATUSES))
    return list(session.scalars(query))


def history(session: Session, commitment_id: int) -> list[CommitmentChange]:
    query = (
        select(CommitmentChange)
        .where(CommitmentChange.commitment_id == commitment_id)
        .order_by(CommitmentChange.version)
    )
    return list(session.scalars(query))
