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
from datetime import date
from functools import lru_cache

from deadlines.model import Status

MAX_KEY = 300
# Words that say nothing about which commitment is meant.
_STOPWORDS = frozenset(
    "a an the of on for to in and or by with from at its their new this that these those "
    "will would be is are was were has have had take takes taking effect s".split()
)
_WORD = re.compile(r"[a-z0-9%]+")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def subject_words(kind: str, subject: str) -> frozenset[str]:
    """The words of a subject that tell commitments apart (no stopwords, no kind word)."""
    words = {_stem(word) for word in _WORD.findall(subject.lower())}
    return frozenset(words - _STOPWORDS - {_stem(kind)})


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

    @property
    def is_open(self) -> bool:
        return not Status(self.status).is_closed


def containment(report: frozenset[str], stored: set[str]) -> float:
    """Share of the report's subject words already known for the stored commitment."""
    if not report:
        return 0.5
    return len(report & stored) / len(report)


def best_match(
    candidates: Sequence[Candidate], words: frozenset[str], due: date | None
) -> Candidate | None:
    """The stored commitment a report (subject ``words``, date ``due``) speaks of, if any.

    A commitment merged into another may be returned: the caller follows ``merged_into_id``.
    """
    scored = []
    open_ones = [c for c in candidates if c.is_open]
    for candidate in candidates:
        same_date = due is not None and candidate.due_on == due
        share = containment(words, candidate.words)
        only_open = due is None and len(open_ones) == 1 and candidate is open_ones[0]
        if same_date or share >= 0.5 or only_open:
            scored.append((same_date, candidate.is_open, share, -candidate.id, candidate))
    if not scored:
        return None
    return max(scored, key=lambda item: item[:4])[4]


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
