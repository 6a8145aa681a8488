"""One truth per commitment: its date and status derived from every report of it.

Each report of a commitment is kept as a *claim*: the date and status it gives, whether it
tells a change in so many words (a change cue: "postponed to", "called off", "extended
until", "moved up"), when its article was published and by which feed. The commitment's
current state is derived from its claims by one rule, read in publication order:

- a claim with a change cue changes the state: its date (or the current date moved by its
  shift) becomes the date, its status the status, and the date it replaced the previous
  date. A later change builds on it; a claim published before it never reverts it;
- claims without a change cue vote for a date, one vote per feed. Claims that repeat the
  date a change replaced are stale copies and do not vote, and a forecast or a proposal
  ("expected", "proposed") votes only where no decided claim speaks;
- the date with most votes since the last change stands (ties: the date told first), a
  feed's vote being its latest claim; when the votes move a date that more than one feed
  gave, or that a feed itself revised, the one they left is the previous date. A
  date that other feeds contradict is *disputed* (both dates, with their votes) until the
  disagreement is settled: the leading date has at least three times the votes of any
  other and two more;
- a person's correction wins over everything.

The same claims give the same state whatever order they arrive in and however they are
split across runs: the rule reads them sorted, never in arrival order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from deadlines.model import Status

__all__ = [
    "Claim",
    "Correction",
    "Dissent",
    "State",
    "derive",
    "first_state",
    "shift_date",
    "tells_change",
]

_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def shift_date(due: date, duration: str | None) -> date | None:
    """``due`` moved by a TIMEX3 duration such as ``P1Y`` or ``P2W``; None if unreadable."""
    match = _DURATION.match(duration or "")
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days = (int(part or 0) for part in match.groups())
    return due + relativedelta(years=years, months=months, weeks=weeks, days=days)


# the status groups the rule asks about, as plain strings (asked once per claim and vote)
_CHANGES = frozenset(str(status) for status in Status if status.is_change)
_MODAL = frozenset(str(status) for status in Status if status.is_modal)


def tells_change(status: str, cue: str | None) -> bool:
    """A report tells a change in so many words: it has change words, or the extractor gave
    it a change status (which it gives only with them)."""
    return bool(cue) or status in _CHANGES


class Claim(NamedTuple):
    """One report of a commitment (a named tuple: a batch makes one per report, and reads
    one per stored source)."""

    due: date | None
    status: str
    published: datetime
    feed: str
    cue: bool = False  # the report tells a change in so many words
    previous: date | None = None
    shift: str | None = None  # "P1Y": moved by this much, when no date is given
    article_id: int = 0

    @property
    def order(self) -> tuple[datetime, str, int, date, str]:
        return (self.published, self.feed, self.article_id, self.due or date.min, self.status)

    @property
    def is_change(self) -> bool:
        return self.cue and self.status in _CHANGES


@dataclass(frozen=True)
class Correction:
    """What a person set: a date, a status, or both."""

    due: date | None = None
    status: str | None = None


@dataclass(frozen=True)
class Dissent:
    """A date some feeds give against the state's date."""

    due: date
    votes: int
    feeds: tuple[str, ...]


class State(NamedTuple):
    """A commitment's derived state (a named tuple: one is derived per report)."""

    due: date | None
    status: str
    previous: date | None = None
    votes: int = 0  # feeds that give the state's date since the last change
    dissents: tuple[Dissent, ...] = ()
    changed_at: datetime | None = None  # publication time of the change it rests on

    @property
    def disputed(self) -> bool:
        return bool(self.dissents)


@dataclass
class _Epoch:
    """What the claims since the last change say."""

    due: date | None = None
    status: str = "scheduled"
    previous: date | None = None
    changed_at: datetime | None = None
    votes: dict[date, dict[str, Claim]] = field(default_factory=dict)
    undated: list[Claim] = field(default_factory=list)


def _apply_change(epoch: _Epoch, claim: Claim) -> _Epoch:
    current = _leading(epoch)[0] if epoch.votes else epoch.due
    due = claim.due
    if due is None and claim.shift and current is not None:
        due = shift_date(current, claim.shift)
    if due is None:
        due = current  # "called off": the date stays, the status changes
    previous = claim.previous or (current if current != due else epoch.previous)
    fresh = _Epoch(due, claim.status, previous, claim.published)
    if due is not None:
        fresh.votes[due] = {claim.feed: claim}
    return fresh


def _repeats(epoch: _Epoch, claim: Claim) -> bool:
    """Another copy of the change the state already rests on."""
    if epoch.changed_at is None or claim.status != epoch.status:
        return False
    if claim.due is not None:
        return claim.due == epoch.due
    moved = shift_date(epoch.previous, claim.shift) if epoch.previous and claim.shift else None
    return moved == epoch.due or claim.status == "cancelled"


def _vote(epoch: _Epoch, claim: Claim) -> date | None:
    """Count the claim's vote; returns the date its feed gave before, if it gave another."""
    if claim.due is None:
        epoch.undated.append(claim)
        return None
    if epoch.changed_at is not None and claim.due == epoch.previous:
        return None  # a copy of the date the change replaced
    before = None
    for due, votes in list(epoch.votes.items()):
        if due != claim.due and claim.feed in votes:
            del votes[claim.feed]  # a feed's vote is its latest claim
            before = due
            if not votes:
                del epoch.votes[due]
    epoch.votes.setdefault(claim.due, {})[claim.feed] = claim
    return before


def _decided(votes: dict[str, Claim]) -> bool:
    return any(c.status not in _MODAL for c in votes.values())


def _leading(epoch: _Epoch) -> tuple[date | None, list[tuple[date, dict[str, Claim]]]]:
    """The date that stands and the dates that count against it."""
    if len(epoch.votes) == 1:  # the common case: every feed agrees
        (only,) = epoch.votes
        return only, []
    voting = list(epoch.votes.items())
    if any(_decided(v) for _d, v in voting):
        voting = [(d, {f: c for f, c in v.items() if c.status not in _MODAL}) for d, v in voting]
        voting = [(d, v) for d, v in voting if v]
    if not voting:
        return epoch.due, []

    def rank(item: tuple[date, dict[str, Claim]]) -> tuple[int, bool, datetime]:
        due, votes = item
        first = min(c.published for c in votes.values())
        return (-len(votes), due != epoch.due, first)

    voting.sort(key=rank)
    return voting[0][0], voting[1:]


def _settled(lead: int, other: int) -> bool:
    return lead >= 3 * other and lead - other >= 2


def _status(epoch: _Epoch, due: date | None) -> str:
    if epoch.changed_at is not None and due == epoch.due:
        return epoch.status
    votes = epoch.votes.get(due, {}) if due is not None else {}
    if not votes:
        return epoch.status
    latest = max(votes.values(), key=lambda c: c.order)
    return latest.status


def derive(claims: Iterable[Claim], correction: Correction | None = None) -> State | None:
    """The state the claims give, or None when there are none."""
    ordered = sorted(claims, key=lambda c: c.order)
    if not ordered:
        return None
    state = first_state(ordered[0]) if len(ordered) == 1 else _derived(ordered)
    if correction is not None:
        state = State(
            correction.due or state.due,
            correction.status or state.status,
            state.previous,
            state.votes,
            (),
            state.changed_at,
        )
    return state


def first_state(claim: Claim) -> State:
    """What one claim gives (every new commitment's first state): its date and status; the
    date it replaced when it tells a change."""
    change = claim.is_change
    return State(
        claim.due,
        claim.status,
        claim.previous if change else None,
        1 if claim.due is not None else 0,
        (),
        claim.published if change else None,
    )


def _derived(ordered: list[Claim]) -> State:
    epoch = _Epoch()
    leader: date | None = None
    for claim in ordered:
        if claim.is_change and not _repeats(epoch, claim):
            epoch = _apply_change(epoch, claim)
        else:
            gave = epoch.votes.get(leader, {}) if leader is not None else {}
            agreed = len(gave) > 1
            moved_own = _vote(epoch, claim) == leader
            now_leading = _leading(epoch)[0]
            if now_leading not in (leader, None) and (agreed or moved_own):
                epoch.previous = leader  # the votes moved a date: the one they left
            leader = now_leading
            continue
        leader = epoch.due
    due, others = _leading(epoch)
    lead = len(epoch.votes.get(due, {})) if due is not None else 0
    dissents = tuple(
        Dissent(d, len(v), tuple(sorted(v)))
        for d, v in sorted(others, key=lambda item: item[0])
        if not _settled(lead, len(v))
    )
    status = _status(epoch, due)
    if due is None and epoch.undated and epoch.changed_at is None:
        status = max(epoch.undated, key=lambda c: c.order).status
    return State(due, status, epoch.previous, lead, dissents, epoch.changed_at)
