"""The outbox's statements on the queueing side, and what the planner reads to compose.

Planning (which alert, for which route, with which key) is alerts/outbox.py's; delivery's
claims are in :mod:`deadlines.store.claims`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deadlines.model import CLOSED_STATUSES
from deadlines.store.models import Alert, Article, Commitment, CommitmentChange
from deadlines.store.sql import insert_ignoring_duplicates, table_of

__all__ = [
    "Alert",
    "Commitment",
    "article_url",
    "commitment",
    "drop_alert",
    "drop_unsent_alerts",
    "insert_alert",
    "pending_alerts",
    "refresh_alert",
    "state_before",
    "overdue",
    "recent_alerts",
    "status_before",
]


def insert_alert(session: Session, values: Mapping[str, Any]) -> int:
    """Queue an alert unless one with its key exists; returns 1 if queued, else 0."""
    return insert_ignoring_duplicates(session, table_of(Alert), [dict(values)], keys=("key",))


def pending_alerts(
    session: Session, commitment_id: int, route: str, reasons: tuple[str, ...]
) -> list[Alert]:
    """The alerts of a commitment for a route that are queued and not yet sent."""
    query = (
        select(Alert)
        .where(Alert.commitment_id == commitment_id, Alert.route == route)
        .where(Alert.reason.in_(reasons), Alert.state == "queued")
        .order_by(Alert.id)
    )
    return list(session.scalars(query))


def refresh_alert(session: Session, alert: Alert, values: Mapping[str, Any]) -> None:
    """Bring a queued alert's message up to date (before anyone was sent it)."""
    for name, value in values.items():
        setattr(alert, name, value)
    session.flush()


def drop_alert(session: Session, alert: Alert) -> None:
    """Withdraw a queued alert nobody was sent: what it announced came undone."""
    session.delete(alert)
    session.flush()


def drop_unsent_alerts(session: Session, commitment_id: int, why: str) -> int:
    """Drop the alerts of a commitment that no dispatcher holds and none has sent (queued,
    or failed and waiting for a retry): they become ``silenced``, ``why`` in their
    ``last_error``. Returns how many were dropped. One a dispatcher holds right now is
    dropped by the dispatcher itself, which checks before it sends."""
    result = session.execute(
        update(Alert)
        .where(Alert.commitment_id == commitment_id, Alert.state.in_(("queued", "failed")))
        .values(state="silenced", last_error=why)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def state_before(
    session: Session, commitment_id: int, version: int
) -> tuple[date | None, str | None] | None:
    """The (due date, status) a commitment had before it became ``version``."""
    found = session.execute(
        select(CommitmentChange.old_due_on, CommitmentChange.old_status)
        .where(CommitmentChange.commitment_id == commitment_id)
        .where(CommitmentChange.version == version, CommitmentChange.old_status.is_not(None))
        .order_by(CommitmentChange.id)
        .limit(1)
    ).first()
    return (found[0], found[1]) if found else None


def commitment(session: Session, commitment_id: int) -> Commitment | None:
    return session.get(Commitment, commitment_id)


def article_url(session: Session, article_id: int | None) -> str | None:
    if article_id is None:
        return None
    return session.scalar(select(Article.url).where(Article.id == article_id))


def status_before(session: Session, commitment_id: int, version: int) -> str | None:
    """The status a commitment had before it became ``version``."""
    return session.scalar(
        select(CommitmentChange.old_status).where(
            CommitmentChange.commitment_id == commitment_id, CommitmentChange.version == version
        )
    )


def overdue(session: Session, today: date, window: timedelta) -> list[Commitment]:
    """Open commitments whose date passed in the ``window`` before ``today``."""
    query = (
        select(Commitment)
        .where(Commitment.due_on < today, Commitment.due_on >= today - window)
        .where(Commitment.status.not_in(CLOSED_STATUSES))
        .order_by(Commitment.due_on, Commitment.id)
    )
    return list(session.scalars(query))


def recent_alerts(session: Session, limit: int = 50, *, state: str | None = None) -> list[Alert]:
    """The latest alerts of the outbox, newest first; only those in ``state`` if given."""
    query = select(Alert).order_by(Alert.id.desc()).limit(limit)
    if state:
        query = query.where(Alert.state == state)
    return list(session.scalars(query))
