"""Which stored commitment a report speaks of: matched on what it is, not on its wording.

A commitment's *identity* is its kind and the set of actors bound by it ("truce" between
China and the United States). Reports of one identity are told apart by their subject words
and their date: a report joins the stored commitment whose subject words contain most of its
own, or whose date it repeats; a report without a date (a postponement "by a year", a
cancellation) joins the only open commitment of its identity. Reports that name no actor
are identified by kind and subject words alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from deadlines.model import Status

MAX_KEY = 300
# Words that say nothing about which commitment is meant.
_STOPWORDS = frozenset(
    "a an the of on for to in and or by with from at its their new this that these those "
    "will would be is are was were has have had take takes taking effect s".split()
) | {"trade", "temporary", "current", "planned", "scheduled", "expiry", "end", "start"}
# the generic words of trade measures, which name no one measure apart from another
_STOPWORDS |= {"duty", "levy", "good", "higher", "rate", "charge", "charging"}
# words a kind of commitment always has: a tariff is on imports, the exports of another
_KIND_WORDS = {"tariff": frozenset({"import", "export"})}
# and verbs that only say a plan is on
_STOPWORDS |= {"begin", "hold", "held", "set", "due", "new", "start", "starting"}
# ("trade truce" and "tariff truce", "the truce's end" and "the truce": one commitment)
_WORD = re.compile(r"[a-z0-9%]+")
_CLOSED = frozenset(str(status) for status in Status if status.is_closed)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def subject_words(kind: str, subject: str, parties: Iterable[str] = ()) -> frozenset[str]:
    """The words of a subject that tell commitments apart: no stopwords, no kind word and
    none of the names of its parties (they are in its identity)."""
    words = {_stem(word) for word in _WORD.findall(subject.lower())}
    words -= _kind_words(kind)
    for party in parties:
        words -= _party_words(party)
    return frozenset(words)


@lru_cache(maxsize=256)
def _kind_words(kind: str) -> frozenset[str]:
    """What no subject of ``kind`` is told apart by: stopwords, the kind and its words."""
    return _STOPWORDS | _KIND_WORDS.get(kind, frozenset()) | {_stem(kind)}


@lru_cache(maxsize=65536)
def _party_words(party: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _WORD.findall(party.lower()))


def slug(words: Iterable[str]) -> str:
    return "-".join(sorted(words))


@lru_cache(maxsize=65536)
def _actor_words(actor: str) -> str:
    return "-".join(_WORD.findall(actor.lower()))


def actor_slug(actors: Iterable[str]) -> str:
    return ",".join(sorted({_actor_words(actor) for actor in actors} - {""}))


def identity_of(kind: str, actors: Sequence[str], subject: str) -> str:
    """``kind|actors`` when actors are known, else ``kind|~subject words``."""
    actor_part = actor_slug(actors)
    if actor_part:
        return f"{kind}|{actor_part}"[:MAX_KEY]
    return f"{kind}|~{slug(subject_words(kind, subject))}"[:MAX_KEY]


@dataclass
class Candidate:
    """What matching needs to know of a stored commitment."""

    id: int
    key: str
    identity: str
    due_on: date | None
    status: str
    words: set[str]
    merged_into_id: int | None = None
    previous: date | None = None  # the date it had before it last moved

    @property
    def is_open(self) -> bool:
        return self.status not in _CLOSED


def containment(report: frozenset[str], stored: set[str]) -> float:
    """Share of the report's subject words already known for the stored commitment."""
    if not report or not stored:
        return 0.5  # a side that names nothing of its subject neither agrees nor differs
    return len(report & stored) / len(report)


# Kinds of event that recur between the same parties: another date is another event
# ("two meetings a week apart"), unless a report says the date moved.
RECURRING = frozenset({"meeting", "vote", "ruling"})
# A plain report this near a commitment's date speaks of it (a slip, not another event).
NEAR = timedelta(days=3)


def best_match(
    candidates: Sequence[Candidate],
    words: frozenset[str],
    due: date | None,
    *,
    kind: str = "other",
    moved_from: date | None = None,
    change: bool = False,
) -> Candidate | None:
    """The stored commitment a report (subject ``words``, date ``due``) speaks of, if any.

    The same date decides first. A report that tells a change (``change``; the date it
    moved from, ``moved_from``) speaks of the commitment it moved, or the only open one. A
    plain report speaks of a commitment whose subject words it shares, the nearest within a
    few days of its date (a slip of a day is a disagreement, not another commitment), else,
    for commitments that do not recur, any; without a date, of the only open one.

    A commitment merged into another may be returned: the caller follows ``merged_into_id``.
    """
    open_ones = [c for c in candidates if c.is_open]

    def best(pool: Sequence[Candidate]) -> Candidate | None:
        scored = [(c.is_open, containment(words, c.words), -c.id, c) for c in pool]
        return max(scored, key=lambda item: item[:3])[3] if scored else None

    if due is not None and (same := [c for c in candidates if c.due_on == due]):
        return best(same)
    if change:
        moved = [c for c in candidates if moved_from is not None and c.due_on == moved_from]
        pool = moved or (open_ones if len(open_ones) == 1 else [])
        pool = pool or [c for c in open_ones if containment(words, c.words) >= 0.5]
        return best(pool)
    if due is None:
        return open_ones[0] if len(open_ones) == 1 else None
    # a stale copy of a date, with a slip, of a commitment since called off still speaks of it
    alike = [c for c in candidates if containment(words, c.words) >= 0.5]

    def gap(c: Candidate) -> timedelta:
        # a copy of a date a commitment moved from, with a slip, is still that commitment
        days = [abs(d - due) for d in (c.due_on, c.previous) if d is not None]
        return min(days, default=NEAR + NEAR)

    near = [c for c in alike if gap(c) <= NEAR]
    if near:
        return min(near, key=lambda c: (not c.is_open, gap(c), c.id))
    if kind in RECURRING:
        return None
    return best([c for c in candidates if containment(words, c.words) >= 0.5])


# Room left at the end of a key for the number that tells apart namesakes ("#12").
_KEY_BASE = MAX_KEY - 8


def key_prefix(identity: str) -> str:
    """What every key of a commitment of ``identity`` begins with (see :func:`new_key`)."""
    return identity[:_KEY_BASE]


def shares_key_prefix(identity: str) -> bool:
    """Whether ``identity`` is so long that its keys are cut to :func:`key_prefix`, which
    other identities of the same start then share."""
    return len(identity) >= _KEY_BASE


def new_key(identity: str, words: frozenset[str], taken: set[str]) -> str:
    """A unique natural key for a new commitment of ``identity``: the identity, its subject
    words unless the identity is made of them, and a number if ``taken`` holds that.

    Every key begins with its identity, cut to :func:`key_prefix`, so the unique index on
    keys also finds all the commitments of an identity. As identities hold neither ``/`` nor
    ``#``, the keys of two identities differ, unless both are cut to the same prefix
    (:func:`shares_key_prefix`): ``taken`` must then hold the keys of both.
    """
    base = f"{identity}/{slug(words)}" if "|~" not in identity else identity
    base = base[:_KEY_BASE]
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}#{number}"
    return key
