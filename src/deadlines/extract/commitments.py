"""Commitment extraction: dated events that actors are bound to, plan, threaten or expect.

Each sentence is read on its own (:mod:`.reading`), then the document as a whole
(:mod:`.document`): see ``docs/extraction.md`` for the rules and the figures.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from . import cues as C
from .actors import ActorIndex
from .anchors import counted_days
from .confidence import CALIBRATION, calibrated, evidence_score
from .document import fold
from .marks import NUMBERED
from .mentions import Change, Mention, Sentence
from .merging import merge
from .model import Commitment
from .olddates import NO_NEW_DATE
from .reading import read_sentence
from .sentences import line_at, split_sentences, table_line
from .status import MOVES
from .timex import find_temporal_expressions

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

__all__ = ["CALIBRATION", "calibrated", "evidence_score", "extract_commitments"]


def extract_commitments(
    text: str, published: dt.date, title: str | None = None
) -> list[Commitment]:
    """Commitments in a news report published on ``published`` (title read as sentence 1)."""
    full = f"{title.strip()}\n\n{text}" if title and title.strip() else text
    timexes = counted_days(find_temporal_expressions(full, published), full, published)
    actors = ActorIndex(full)
    found: list[Mention] = []
    changes: list[Change] = []
    k = 0
    prev_names: tuple[str, ...] = ()
    sought = False  # the document says a new date is sought for something
    sought_items: set[int] = set()  # or an item of a numbered list says so of its thing
    last: list[Mention] = []  # the mentions of the last sentence that gave any
    paras = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(full))]
    for s, e in split_sentences(full):
        txs = []
        while k < len(timexes) and timexes[k].start < e:
            if timexes[k].start >= s:
                txs.append(timexes[k])
            k += 1
        parties = {
            meeting: actors.parties(full, s, e, meeting=meeting, previous=prev_names)
            for meeting in (False, True)
        }
        sen = Sentence(full, s, e, published, parties, hedged=bool(_HEDGE.search(full, s, e)))
        sen.para = paras[bisect_right(paras, s) - 1]
        if NUMBERED.match(full, sen.para):  # (each numbered line of a list is a paragraph)
            sen.para = max(
                (k for k in _line_starts(full, sen.para, s) if NUMBERED.match(full, k)),
                default=sen.para,
            )
        sen.bodies = {meeting: actors.bodies(names) for meeting, names in parties.items()}
        told = len(changes)
        read = read_sentence(sen, txs, changes)
        if NUMBERED.match(full, sen.para):  # (an item of a numbered list tells its own thing)
            for m in read:
                m.item = True
            for c in changes[told:]:
                c.item = True
        if last and _PRONOUN_OPENS.match(full, s):
            for c in changes[told:]:  # ("The hearing was advertised for April 10. It was
                if c.kind == "other" and last[-1].kind != "other":  # rescheduled ...")
                    c.kind, c.stem = last[-1].kind, last[-1].stem
        if not read and NO_NEW_DATE.search(full, s, e):
            for m in last:  # ("... postponed local elections that were due on Sunday. No new
                m.no_new_day = True  # date was given.")
        last = read or last
        found.extend(read)
        if not read and _sought(full, s, e):
            if NUMBERED.match(full, sen.para):  # (of its own item only, in a numbered list)
                sought_items.add(sen.para)
            else:
                sought = True
        people = actors.people_in(full, s, e)
        if people:
            prev_names = people
    folded = fold(found, changes, published, sought, frozenset(sought_items))
    if _PROPOSAL_HEAD.search(full, 0, 800):
        folded = [_proposed(m) for m in folded]
    return [m.commitment() for m in merge(folded)]


def _line_starts(text: str, lo: int, hi: int) -> list[int]:
    return [lo, *(i + 1 for i in range(lo, hi) if text[i] == "\n")]


# a sentence that opens on a pronoun for the thing of the sentence before
_PRONOUN_OPENS = re.compile(r"\W*(?:it|they)\s+(?:was|were|has|have|had|is|are|will)\b", re.I)
# a legislative proposal ("Proposal for a REGULATION ... amending ..."): every change its
# text makes ("the date '2 August 2026' is replaced by '2 August 2027'") is only proposed
_PROPOSAL_HEAD = re.compile(
    r"(?:^|\n)\s*Proposal\s+for\s+an?\s+(?-i:(?:[A-Z]+\s+)?(?:REGULATION|DIRECTIVE|DECISION))\b",
    re.IGNORECASE,
)


def _proposed(m: Mention) -> Mention:
    if m.status in MOVES or m.status == "cancelled":
        m.status = "proposed"  # (the day it would move from stays its previous date)
    return m


def _sought(text: str, s: int, e: int) -> bool:
    """The sentence says a new date is sought ("consulting on a new date"), not that none
    was given ("It did not give a new date")."""
    m = _NEW_DATE_SOUGHT.search(text, s, e)
    if m is None:
        return False
    # (denied in its clause: "We will not be moving the fair online or to a later date")
    lo = C.clause_start(text, max(s, m.start() - 80), m.start())
    if C.NEGATED.search(text, max(lo, m.start() - 30), m.start()) or _NOT.search(
        text, lo, m.start()
    ):
        return False
    if _NONE_GIVEN.search(text, max(s, m.start() - 40), m.start()):
        return False  # "Neither side proposed a new date"
    # (a table's heading names the column of new dates: "Paper | Original date | New date")
    start, end = line_at(text, m.start())
    return not table_line(text[start:end])


_NOT = re.compile(
    r"\b(?:not|never|no\s+(?:plans?|intention|immediate\s+plans?))\b|n't\b", re.IGNORECASE
)
_HEDGE = re.compile(
    r"\b(?:(?-i:may)(?!\s+\d)|might|could|possibly|perhaps|likely|unclear|uncertain)\b",
    re.IGNORECASE,
)
# a new date sought for what was called off: "consulting on a new date", "to be rescheduled"
# (not one told as given: "the new date had been notified to the ministry")
_NONE_GIVEN = re.compile(r"\b(?:neither|nor|none|without)\b[^.;]*$", re.IGNORECASE)
_NEW_DATE_SOUGHT = re.compile(
    r"\b(?:new|another|later|alternative|consensus)\s+date\b"
    r"(?!\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?!not\b)(?:\w+ed|set|sent|given|made|told|shown)\b)"
    r"|\b(?:will|would|to)\s+be\s+rescheduled\b",
    re.IGNORECASE,
)
