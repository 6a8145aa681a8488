"""The vocabulary every stage shares: statuses, kinds, the extracted ``Commitment``, UTC.

Each status answers the questions asked of it (is it closed? a move? how does a calendar
show it?) here and nowhere else. The enums are string enums, so a status read back from the
database or written in a test as ``"cancelled"`` compares equal to ``Status.CANCELLED``.
This module imports nothing of the project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# Told how far long work has gone: (done, total), total None when not known ahead.
OnProgress = Callable[[int, int | None], None]


class Status(StrEnum):
    """Where a commitment stands. The last two are set by people only."""

    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    EXTENDED = "extended"
    CANCELLED = "cancelled"
    ADVANCED = "advanced"
    EXPECTED = "expected"
    PROPOSED = "proposed"
    OCCURRED = "occurred"
    DISMISSED = "dismissed"
    MERGED = "merged"

    @property
    def is_closed(self) -> bool:
        """Nothing is due any more: called off, done, dismissed or merged into another."""
        return self in _CLOSED

    @property
    def is_move(self) -> bool:
        """The date moved: later, further, or earlier."""
        return self in (Status.POSTPONED, Status.EXTENDED, Status.ADVANCED)

    @property
    def is_change(self) -> bool:
        """A change of plan: moved, or called off."""
        return self.is_move or self is Status.CANCELLED

    @property
    def is_modal(self) -> bool:
        """Not decided: only forecast or proposed."""
        return self in (Status.EXPECTED, Status.PROPOSED)

    @property
    def is_extracted(self) -> bool:
        """A status extraction can find (and a person may set by correction)."""
        return self not in (Status.DISMISSED, Status.MERGED)

    @property
    def is_withdrawn(self) -> bool:
        """Taken out by a person: dismissed as false or merged into another. No alert of
        any kind speaks of it any more, and those still queued are dropped."""
        return not self.is_extracted

    @property
    def is_quiet(self) -> bool:
        """Not worth an alert when first seen: the event is already past."""
        return self is Status.OCCURRED

    @property
    def ics_status(self) -> str:
        """The iCalendar STATUS of an event with this status."""
        if self in (Status.CANCELLED, Status.DISMISSED, Status.MERGED):
            return "CANCELLED"
        if self in (Status.EXPECTED, Status.PROPOSED):
            return "TENTATIVE"
        return "CONFIRMED"


_CLOSED = frozenset({Status.CANCELLED, Status.OCCURRED, Status.DISMISSED, Status.MERGED})
# The closed statuses in their declared order, for SQL (the partial index's predicate).
CLOSED_STATUSES: tuple[Status, ...] = tuple(status for status in Status if status.is_closed)
EXTRACTED_STATUSES: tuple[Status, ...] = tuple(status for status in Status if status.is_extracted)
WITHDRAWN_STATUSES: tuple[Status, ...] = tuple(status for status in Status if status.is_withdrawn)


class Kind(StrEnum):
    """What sort of event a commitment is; each kind but ``other`` has its cue words."""

    TARIFF = "tariff"
    TRUCE = "truce"
    MEETING = "meeting"
    RULE = "rule"
    DEADLINE = "deadline"
    SANCTION = "sanction"
    VOTE = "vote"
    RULING = "ruling"
    OTHER = "other"


class SubscriptionState(StrEnum):
    """Where a feed's WebSub subscription stands (see ``deadlines.feeds.websub``)."""

    DISCOVERED = "discovered"  # the feed names a hub; nothing asked yet
    SUBSCRIBING = "subscribing"  # asked to subscribe; the hub has not verified yet
    ACTIVE = "active"  # verified: the hub pushes until the lease ends
    UNSUBSCRIBING = "unsubscribing"  # asked to unsubscribe; not verified yet
    UNSUBSCRIBED = "unsubscribed"
    DENIED = "denied"  # the hub refused; polling goes on as before


@dataclass(frozen=True, init=False)
class Commitment:
    """A dated (or dateable) future-relevant event that some actor is bound to.

    ``status`` and ``kind`` accept their plain strings and are kept as the enums.
    """

    what: str
    due: dt.date | None
    date_text: str | None
    status: Status
    previous_due: dt.date | None
    actors: tuple[str, ...]
    evidence: str
    confidence: float
    kind: Kind
    subject: str
    shift: str | None
    cue: str | None  # the words that tell a change ("postponed to"), when any
    parties: tuple[str, ...]  # who is bound: countries and bodies, people as what they speak for

    def __init__(
        self,
        what: str,
        due: dt.date | None,
        date_text: str | None,
        status: Status | str,
        previous_due: dt.date | None,
        actors: tuple[str, ...],
        evidence: str,
        confidence: float,
        kind: Kind | str = Kind.OTHER,
        subject: str = "",
        shift: str | None = None,
        cue: str | None = None,
        parties: tuple[str, ...] = (),
    ) -> None:
        values = {
            "what": what,
            "due": due,
            "date_text": date_text,
            "status": Status(status),
            "previous_due": previous_due,
            "actors": actors,
            "evidence": evidence,
            "confidence": confidence,
            "kind": Kind(kind),
            "subject": subject,
            "shift": shift,
            "cue": cue,
            "parties": parties,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "due": self.due.isoformat() if self.due else None,
            "date_text": self.date_text,
            "status": str(self.status),
            "previous_due": self.previous_due.isoformat() if self.previous_due else None,
            "actors": list(self.actors),
            "evidence": self.evidence,
            "confidence": self.confidence,
            "kind": str(self.kind),
            "subject": self.subject,
            "shift": self.shift,
            "cue": self.cue,
            "parties": list(self.parties),
        }


def same_plan(a: tuple[dt.date | None, str | None], b: tuple[dt.date | None, str | None]) -> bool:
    """Two (date, status) states tell a reader the same: the same date, and statuses alike
    but for the way the date got there (a date moved back where it was is that date again)."""

    def meaning(status: str | None) -> str | None:
        if status and (Status(status).is_move or status == Status.SCHEDULED):
            return "planned"
        return status

    return a[0] == b[0] and meaning(a[1]) == meaning(b[1])


def utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC; a naive one is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def aware_utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC; a naive one is refused, as its zone cannot be known."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given where an aware instant is needed")
    return utc(moment)


# The days a date or instant given from outside may fall on: far enough from the calendar's
# ends that a hundred years (the longest duration taken) added or taken stays a date.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(9000, 12, 31)


def check_day(day: dt.date) -> dt.date:
    """``day`` itself, or ValueError when it lies outside EARLIEST_DAY..LATEST_DAY."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(
            f"{day.isoformat()} is out of range: give a date from "
            f"{EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}"
        )
    return day


def parse_instant(text: str) -> dt.datetime:
    """An ISO date or instant in UTC: a date means its midnight, no offset means UTC.

    Raises ValueError for text that is neither, or that falls outside the days check_day
    takes.
    """
    moment = dt.datetime.fromisoformat(text)
    check_day(moment.date())
    return utc(moment)
