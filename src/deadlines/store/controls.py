"""Silence and acknowledge: what people tell the alerting about a commitment.

- A silence stops every alert of a commitment (changes included) until a moment, or for
  ever; alerts queued meanwhile are dropped, not sent later.
- An acknowledgement stops the reminders (lead times and the overdue notice) for the due
  date the commitment had when it was acknowledged. Changes still alert, and if the date
  moves the reminders start again for the new date.
- A commitment a person dismissed or merged into another (a withdrawn status) gets no
  alert at all, like one silenced for ever.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from deadlines.errors import DeadlinesError
from deadlines.model import WITHDRAWN_STATUSES
from deadlines.store.models import Commitment
from deadlines.store.models.outbox import AlertAck, AlertSilence

REMINDERS = ("lead_time", "overdue")


class UnknownCommitment(DeadlinesError):
    """No commitment has the id a person gave."""


def _row(session: Session, commitment_id: int) -> Commitment:
    row = session.get(Commitment, commitment_id)
    if row is None:
        raise UnknownCommitment(
            f"no commitment has the id {commitment_id}: `deadlines list` shows the ids"
        )
    return row


def silence(
    session: Session, commitment_id: int, *, now: datetime, until: datetime | None = None
) -> AlertSilence:
    """Silence a commitment until ``until`` (for ever when None); replaces an older silence."""
    _row(session, commitment_id)
    if until is not None and until <= now:
        raise DeadlinesError(f"--until {until.isoformat()} has already passed")
    existing = session.get(AlertSilence, commitment_id)
    if existing is None:
        existing = AlertSilence(commitment_id=commitment_id, created_at=now)
        session.add(existing)
    existing.until, existing.created_at = until, now
    session.flush()
    return existing


def unsilence(session: Session, commitment_id: int) -> bool:
    result = session.execute(
        delete(AlertSilence).where(AlertSilence.commitment_id == commitment_id)
    )
    return bool(getattr(result, "rowcount", 0))


def acknowledge(session: Session, commitment_id: int, *, now: datetime) -> AlertAck:
    """No more reminders for the commitment's current due date."""
    row = _row(session, commitment_id)
    ack = session.get(AlertAck, commitment_id)
    if ack is None:
        ack = AlertAck(commitment_id=commitment_id, acked_at=now)
        session.add(ack)
    ack.due_on, ack.acked_at = row.due_on, now
    session.flush()
    return ack


@dataclass(frozen=True)
class Controls:
    """The silences and acknowledgements in force, and the withdrawn commitments (dismissed
    or merged: their status by id), loaded once per step."""

    silenced_until: dict[int, datetime | None]
    acked_due: dict[int, date | None]
    withdrawn: dict[int, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        """Whether anything here may hold an alert back."""
        return bool(self.silenced_until or self.acked_due or self.withdrawn)

    def silenced(self, commitment_id: int, now: datetime) -> bool:
        """No alert of any kind now: silenced, dismissed or merged away."""
        if commitment_id in self.withdrawn:
            return True
        if commitment_id not in self.silenced_until:
            return False
        until = self.silenced_until[commitment_id]
        return until is None or now < until

    def holds(self, commitment_id: int, reason: str, due_on: date | None, now: datetime) -> str:
        """Why an alert must not go out now ('' when it may)."""
        if commitment_id in self.withdrawn:
            return self.withdrawn[commitment_id]
        if self.silenced(commitment_id, now):
            return "silenced"
        if (
            reason in REMINDERS
            and commitment_id in self.acked_due
            and self.acked_due[commitment_id] == due_on
        ):
            return "acknowledged"
        return ""


def due_dates(session: Session | Connection, ids: Iterable[int]) -> dict[int, date | None]:
    """The current due date of each of these commitments."""
    query = select(Commitment.id, Commitment.due_on).where(Commitment.id.in_(set(ids)))
    return {commitment_id: due_on for commitment_id, due_on in session.execute(query)}


def load_controls(session: Session | Connection, ids: Iterable[int] | None = None) -> Controls:
    silences = select(AlertSilence.commitment_id, AlertSilence.until)
    acks = select(AlertAck.commitment_id, AlertAck.due_on)
    withdrawn = select(Commitment.id, Commitment.status).where(
        Commitment.status.in_(WITHDRAWN_STATUSES)
    )
    if ids is not None:
        wanted = list(set(ids))
        silences = silences.where(AlertSilence.commitment_id.in_(wanted))
        acks = acks.where(AlertAck.commitment_id.in_(wanted))
        withdrawn = withdrawn.where(Commitment.id.in_(wanted))
    return Controls(
        silenced_until={cid: until for cid, until in session.execute(silences)},
        acked_due={cid: due for cid, due in session.execute(acks)},
        withdrawn={cid: str(status) for cid, status in session.execute(withdrawn)},
    )
