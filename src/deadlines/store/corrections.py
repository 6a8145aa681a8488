"""Corrections made by people: confirm, correct the date or status, merge, dismiss.

Each correction is kept in the ``corrections`` table and in the commitment's history, named
by the person who made it. A corrected date or status is marked so that later extraction
cannot overturn it: reports that disagree are still recorded as sources and as history
entries of change ``kept``, but the row keeps the person's value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deadlines.errors import DeadlinesError
from deadlines.model import EXTRACTED_STATUSES
from deadlines.store.models import Commitment, CommitmentChange
from deadlines.store.models.commitments import Correction, Source
from deadlines.store.outbox import drop_unsent_alerts
from deadlines.store.rules import ChangeEvent

# Statuses a person may set with ``correct``: those extraction gives; "dismissed" and
# "merged" have their own actions.
CORRECTABLE_STATUSES = EXTRACTED_STATUSES


class CorrectionError(DeadlinesError):
    """A correction cannot be applied as asked."""


@dataclass(frozen=True)
class Who:
    """Who makes a correction, when, and why."""

    by: str
    at: datetime
    note: str | None = None


def _get(session: Session, commitment_id: int) -> Commitment:
    row = session.get(Commitment, commitment_id)
    if row is None:
        raise CorrectionError(
            f"there is no commitment {commitment_id}: `deadlines list` shows their ids"
        )
    if row.merged_into_id is not None:
        raise CorrectionError(
            f"commitment {commitment_id} was merged into {row.merged_into_id}: "
            f"correct {row.merged_into_id} instead"
        )
    return row


def _log(
    session: Session,
    row: Commitment,
    who: Who,
    change: str,
    old_due: date | None,
    old_status: str,
    *,
    action: str,
    merged_id: int | None = None,
) -> None:
    session.add(
        CommitmentChange(
            commitment_id=row.id,
            version=row.version,
            changed_at=who.at,
            article_id=None,
            old_due_on=old_due,
            new_due_on=row.due_on,
            old_status=old_status,
            new_status=row.status,
            previous_due_on=row.previous_due_on,
            evidence=None,
            change=change,
            changed_by=who.by,
            note=who.note,
        )
    )
    session.add(
        Correction(
            commitment_id=row.id,
            action=action,
            due_on=row.due_on if action == "correct" else None,
            status=row.status if action in ("correct", "dismiss") else None,
            merged_id=merged_id,
            made_by=who.by,
            note=who.note,
            made_at=who.at,
        )
    )
    session.flush()


def _changed(row: Commitment, who: Who, change: str) -> ChangeEvent:
    row.version += 1
    row.updated_at = who.at
    return ChangeEvent(row.id, "changed", row.version, change)


def confirm(session: Session, commitment_id: int, who: Who) -> None:
    """A person vouches for the commitment as it stands; its date and status are kept."""
    row = _get(session, commitment_id)
    row.confirmed_by = who.by
    row.due_corrected = row.due_on is not None
    row.status_corrected = True
    _log(session, row, who, "confirmed", row.due_on, row.status, action="confirm")


def correct(
    session: Session,
    commitment_id: int,
    who: Who,
    *,
    due_on: date | None = None,
    status: str | None = None,
) -> ChangeEvent | None:
    """Set the date and/or status; returns the change, or None if nothing differed."""
    if due_on is None and status is None:
        raise CorrectionError("say what to correct: a new date (--due) or status (--status)")
    if status is not None and status not in CORRECTABLE_STATUSES:
        raise CorrectionError(
            f"unknown status {status!r}: use one of {', '.join(CORRECTABLE_STATUSES)} "
            "(or `deadlines dismiss` / `deadlines merge`)"
        )
    row = _get(session, commitment_id)
    old_due, old_status = row.due_on, row.status
    if due_on is not None:
        row.due_corrected = True
        if due_on != row.due_on:
            row.previous_due_on, row.due_on = row.due_on, due_on
    if status is not None:
        row.status_corrected = True
        row.status = status
    if (row.due_on, row.status) == (old_due, old_status):
        _log(session, row, who, "confirmed", old_due, old_status, action="correct")
        return None
    event = _changed(row, who, "corrected")
    _log(session, row, who, "corrected", old_due, old_status, action="correct")
    return event


def dismiss(session: Session, commitment_id: int, who: Who) -> ChangeEvent:
    """Mark a false commitment: it leaves lists, scans and alerts (those queued and not yet
    sent are dropped, no other is planned); later reports keep it so."""
    row = _get(session, commitment_id)
    if row.status == "dismissed":
        raise CorrectionError(f"commitment {commitment_id} is already dismissed")
    old_due, old_status = row.due_on, row.status
    row.status, row.status_corrected = "dismissed", True
    event = _changed(row, who, "dismissed")
    _log(session, row, who, "dismissed", old_due, old_status, action="dismiss")
    drop_unsent_alerts(session, row.id, "dismissed")
    return event


def merge(session: Session, keep_id: int, other_id: int, who: Who) -> ChangeEvent:
    """Fold ``other_id`` into ``keep_id``: its sources move over, later reports of it too.
    The alerts of ``other_id`` not yet sent are dropped, and it gets no other."""
    if keep_id == other_id:
        raise CorrectionError("a commitment cannot be merged into itself")
    keep, other = _get(session, keep_id), _get(session, other_id)
    kept_reports = select(Source.article_id, Source.sentence_hash).where(
        Source.commitment_id == keep.id
    )
    for source in session.scalars(select(Source).where(Source.commitment_id == other.id)):
        if (source.article_id, source.sentence_hash) in {
            tuple(r) for r in session.execute(kept_reports)
        }:
            session.delete(source)
    session.flush()
    session.execute(
        update(Source).where(Source.commitment_id == other.id).values(commitment_id=keep.id)
    )
    keep.subject_words = " ".join(
        sorted(set(keep.subject_words.split()) | set(other.subject_words.split()))
    )
    keep.actors = sorted(set(keep.actors) | set(other.actors))
    old_status = other.status
    other.status, other.status_corrected, other.merged_into_id = "merged", True, keep.id
    _changed(other, who, "merged")
    _log(session, other, who, "merged", other.due_on, old_status, action="merge", merged_id=keep.id)
    drop_unsent_alerts(session, other.id, f"merged into {keep.id}")
    event = _changed(keep, who, "merged")
    _log(session, keep, who, "merged", keep.due_on, keep.status, action="merge", merged_id=other.id)
    return event
