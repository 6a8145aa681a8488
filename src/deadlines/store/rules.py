"""What a report does to a stored commitment: the commitment rules of the write path.

A new report makes a new commitment; a later one confirms it, moves its date (by a date or
a duration such as ``P1Y``), or changes its status, unless a person corrected that value
(:mod:`deadlines.store.corrections`), in which case the report is kept in the history as
``kept`` and the person's value stands. Each report adds a history entry and a source.
These rules work on rows held in memory; :mod:`deadlines.store.commitments` reads and
writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta

from deadlines.model import Commitment as Found
from deadlines.store.identity import Candidate, new_key, slug

__all__ = ["ChangeEvent", "Row", "apply", "create", "entry", "shift_date", "source"]

_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


@dataclass(frozen=True)
class ChangeEvent:
    """What a write did to a commitment, for the alert planner."""

    commitment_id: int
    reason: str  # "new" or "changed"
    version: int
    change: str = "new"  # new, moved, postponed, extended, advanced, cancelled, corrected...


def shift_date(due: date, duration: str) -> date | None:
    """``due`` moved by a TIMEX3 duration such as ``P1Y`` or ``P2W``; None if unreadable."""
    match = _DURATION.match(duration or "")
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days = (int(part or 0) for part in match.groups())
    return due + relativedelta(years=years, months=months, weeks=weeks, days=days)


@dataclass
class Row:
    """A commitment as the batch sees it: loaded, or created by an earlier report."""

    candidate: Candidate
    values: dict[str, Any]
    due_corrected: bool = False
    status_corrected: bool = False
    touched: bool = False
    fixed: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def create(
    found: Found,
    article_id: int | None,
    identity: str,
    words: frozenset[str],
    taken: set[str],
    now: datetime,
) -> Row:
    candidate = Candidate(
        id=0,
        key=new_key(identity, words, taken),
        identity=identity,
        due_on=found.due,
        status=found.status,
        words=set(words),
    )
    values: dict[str, Any] = {
        "what": found.what,
        "due_on": found.due,
        "date_text": found.date_text,
        "status": found.status,
        "previous_due_on": found.previous_due,
        "actors": sorted(set(found.actors)),
        "evidence": found.evidence,
        "confidence": found.confidence,
        "article_id": article_id,
        "version": 1,
        "updated_at": now,
        "last_seen_at": now,
        "subject_words": slug(words).replace("-", " "),
    }
    fixed = {
        "key": candidate.key,
        "identity": identity,
        "kind": found.kind,
        "subject": found.subject,
        "first_seen_at": now,
        "due_corrected": False,
        "status_corrected": False,
    }
    row = Row(candidate, values, touched=True, fixed=fixed)
    row.history.append(entry(row, "new", None, None, found, article_id, now))
    return row


def apply(
    row: Row, found: Found, article_id: int | None, words: frozenset[str], now: datetime
) -> str:
    """Bring ``row`` in line with a later report; returns the change it made."""
    values = row.values
    current_due, current_status = values["due_on"], values["status"]
    new_due, previous_due = found.due, found.previous_due
    if new_due is None and found.shift and current_due is not None:
        repeated = (
            current_status == found.status
            and values["previous_due_on"] is not None
            and shift_date(values["previous_due_on"], found.shift) == current_due
        )
        new_due = current_due if repeated else shift_date(current_due, found.shift)
        previous_due = values["previous_due_on"] if repeated else current_due
    due_moved = new_due is not None and new_due != current_due
    status_changed = found.status != current_status
    overruled = (due_moved and row.due_corrected) or (status_changed and row.status_corrected)
    due_moved = due_moved and not row.due_corrected
    status_changed = status_changed and not row.status_corrected

    row.touched = True
    row.candidate.words |= words
    values["subject_words"] = " ".join(sorted(row.candidate.words))
    values["actors"] = sorted(set(values["actors"]) | set(found.actors))
    values["last_seen_at"] = now
    if not (due_moved or status_changed):
        values["confidence"] = max(values["confidence"], found.confidence)
        change = "kept" if overruled else "confirmed"
        note = "a correction by a person stands" if overruled else None
        row.history.append(
            entry(row, change, current_due, current_status, found, article_id, now, note)
        )
        return change

    if due_moved:
        values["previous_due_on"] = previous_due or current_due
        values["due_on"] = new_due
        values["date_text"] = found.date_text
    if status_changed:
        values["status"] = found.status
    values["what"], values["evidence"] = found.what, found.evidence
    values["confidence"], values["article_id"] = found.confidence, article_id
    values["version"] += 1
    values["updated_at"] = now
    row.candidate.due_on, row.candidate.status = values["due_on"], values["status"]
    if due_moved:
        change = found.status if found.status.is_move else "moved"
    else:
        change = found.status
    row.history.append(entry(row, change, current_due, current_status, found, article_id, now))
    return change


def entry(
    row: Row,
    change: str,
    old_due: date | None,
    old_status: str | None,
    found: Found,
    article_id: int | None,
    now: datetime,
    note: str | None = None,
) -> dict[str, Any]:
    values = row.values
    return {
        "version": values["version"],
        "changed_at": now,
        "article_id": article_id,
        "old_due_on": old_due,
        "new_due_on": values["due_on"],
        "old_status": old_status,
        "new_status": values["status"],
        "previous_due_on": values["previous_due_on"],
        "evidence": found.evidence,
        "change": change,
        "changed_by": None,
        "note": note,
    }


def source(found: Found, article_id: int | None, sentence: str, now: datetime) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "sentence": found.evidence,
        "sentence_hash": sentence,
        "confidence": found.confidence,
        "reported_due_on": found.due,
        "reported_status": found.status,
        "date_text": found.date_text,
        "seen_at": now,
    }
