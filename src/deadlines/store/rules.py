"""What a report does to a stored commitment: the commitment rules of the write path.

Every report of a commitment is kept as a claim (a source), and the commitment's date and
status are derived from all its claims by :func:`deadlines.store.truth.derive`: a report
with change words moves it, plain reports vote, contradictions make it disputed, and a
report published before a change never reverts it, whatever order reports arrive in. A
person's correction (:mod:`deadlines.store.corrections`) wins: a report that disagrees is
kept in the history as ``kept``. Each report adds a history entry and a source. These
rules work on rows held in memory; :mod:`deadlines.store.commitments` reads and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from deadlines.model import Commitment as Found
from deadlines.model import Status
from deadlines.store.identity import Candidate, new_key, slug
from deadlines.store.truth import (
    Claim,
    Correction,
    State,
    derive,
    first_state,
    shift_date,
    tells_change,
)

__all__ = [
    "ChangeEvent",
    "Row",
    "apply",
    "claim_of",
    "create",
    "entry",
    "events_of",
    "shift_date",
    "source",
]


@dataclass(frozen=True)
class ChangeEvent:
    """What a batch did to a commitment, for the alert planner: one per reason at most."""

    commitment_id: int
    reason: str  # "new", "changed" or "disputed"
    version: int
    change: str = "new"  # new, moved, postponed, extended, advanced, cancelled, disputed...
    before: tuple[date | None, str] | None = None  # (due, status) before the batch


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
    claims: list[Claim] = field(default_factory=list)
    # (due, status, disputed) when the batch first touched it; None for a row it made
    before: tuple[date | None, str, bool] | None = None
    created: bool = False
    last_change: str = "new"

    @property
    def correction(self) -> Correction | None:
        if not (self.due_corrected or self.status_corrected):
            return None
        due = self.values["due_on"] if self.due_corrected else None
        return Correction(due, self.values["status"] if self.status_corrected else None)


def claim_of(found: Found, article_id: int | None, published: datetime, feed: str) -> Claim:
    """The claim a report makes."""
    return Claim(
        due=found.due,
        status=str(found.status),
        published=published,
        feed=feed,
        cue=tells_change(found.status, found.cue),
        previous=found.previous_due,
        shift=found.shift,
        article_id=article_id or 0,
    )


def create(
    found: Found,
    claim: Claim,
    identity: str,
    words: frozenset[str],
    taken: set[str],
    now: datetime,
) -> Row:
    state = first_state(claim)  # what derive() gives a row of one claim
    candidate = Candidate(
        id=0,
        key=new_key(identity, words, taken),
        identity=identity,
        due_on=state.due,
        status=state.status,
        words=set(words),
        previous=state.previous,
    )
    values: dict[str, Any] = {
        "what": found.what,
        "due_on": state.due,
        "date_text": found.date_text,
        "status": state.status,
        "previous_due_on": state.previous,
        "actors": sorted(set(found.actors)),
        "evidence": found.evidence,
        "confidence": found.confidence,
        "article_id": claim.article_id or None,
        "version": 1,
        "updated_at": now,
        "last_seen_at": now,
        "subject_words": slug(words).replace("-", " "),
        "disputed": False,
        "dissent": [],
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
    row = Row(candidate, values, touched=True, fixed=fixed, claims=[claim], created=True)
    row.history.append(entry(row, "new", None, None, found, claim.article_id or None, now))
    return row


def _settle(row: Row, state: State | None) -> tuple[bool, bool]:
    """Bring the row's values in line with the derived ``state``; returns whether its
    date or status moved, and whether its disputed mark or dissent changed."""
    values = row.values
    if state is None:
        return False, False
    moved = (state.due, str(state.status)) != (values["due_on"], str(values["status"]))
    moved = moved or state.previous != values["previous_due_on"]
    dissent = [
        {"due": d.due.isoformat(), "votes": d.votes, "feeds": list(d.feeds)} for d in state.dissents
    ]
    marked = (state.disputed, dissent) != (
        bool(values.get("disputed")),
        values.get("dissent") or [],
    )
    values["due_on"], values["status"] = state.due, state.status
    values["previous_due_on"] = state.previous
    values["disputed"], values["dissent"] = state.disputed, dissent
    row.candidate.due_on, row.candidate.status = state.due, str(state.status)
    row.candidate.previous = state.previous
    return moved, marked


def apply(row: Row, found: Found, claim: Claim, words: frozenset[str], now: datetime) -> str:
    """Add a later report's claim to ``row`` and derive its state again; returns the change
    the report made (``confirmed`` when it made none)."""
    values = row.values
    if row.before is None and not row.created:
        row.before = (values["due_on"], str(values["status"]), bool(values.get("disputed")))
    current_due, current_status = values["due_on"], values["status"]
    row.claims.append(claim)
    moved, marked = _settle(row, derive(row.claims, row.correction))
    row.touched = True
    row.candidate.words |= words
    values["subject_words"] = " ".join(sorted(row.candidate.words))
    values["actors"] = sorted(set(values["actors"]) | set(found.actors))
    values["last_seen_at"] = now
    article_id = claim.article_id or None
    disagrees = (found.due is not None and found.due != values["due_on"]) or (
        str(found.status) != str(values["status"])
    )
    if not moved:
        values["confidence"] = max(values["confidence"], found.confidence)
        if marked and values["disputed"]:
            change = "disputed"
        elif row.correction is not None and disagrees:
            change = "kept"
        else:
            change = "confirmed"
        note = "a correction by a person stands" if change == "kept" else None
        row.history.append(
            entry(row, change, current_due, current_status, found, article_id, now, note)
        )
        return change
    if found.due == values["due_on"] and str(found.status) == str(values["status"]):
        values["what"], values["evidence"] = found.what, found.evidence
        values["date_text"], values["confidence"] = found.date_text, found.confidence
        values["article_id"] = article_id
    values["version"] += 1
    values["updated_at"] = now
    status = Status(values["status"])
    if status is not Status(current_status) and status.is_change:
        change = str(status)
    elif values["due_on"] != current_due:
        change = str(status) if status.is_move and claim.cue else "moved"
    else:
        change = str(status)
    row.last_change = change
    row.history.append(entry(row, change, current_due, current_status, found, article_id, now))
    return change


def events_of(row: Row) -> list[ChangeEvent]:
    """What the batch did to ``row``, folded: a new commitment, its net change since the
    batch first touched it (none when it came back where it was), and a dispute it raised."""
    version = row.values["version"]
    if row.created:
        return [ChangeEvent(row.candidate.id, "new", version, "new")]
    if row.before is None:
        return []
    due, status, disputed = row.before
    out = []
    if (due, status) != (row.values["due_on"], str(row.values["status"])):
        out.append(
            ChangeEvent(row.candidate.id, "changed", version, row.last_change, (due, status))
        )
    if row.values["disputed"] and not disputed:
        out.append(ChangeEvent(row.candidate.id, "disputed", version, "disputed"))
    return out


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
        "change_cue": found.cue,
        "reported_previous_due_on": found.previous_due,
        "reported_shift": found.shift,
    }
