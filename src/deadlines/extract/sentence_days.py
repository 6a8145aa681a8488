"""The days of one sentence that may date a commitment, or be the old day of one, and the
spans that tell a move ("pushed back by two weeks", "30 more days")."""

from __future__ import annotations

import re

from . import cues as C
from .anchors import SHIFT_VALUE, Anchor, anchor_of, deadline_anchor, names_no_date
from .candidates import corrected, dates_a_commitment, old_span
from .marks import SHIFT_LEAD, SHIFT_WITHIN
from .mentions import Sentence
from .model import TemporalExpression

# a day told again by reference, as the thing a change would move, in the sentence that
# gives it: no commitment of its own ("had been due to end that day" is another's day)
_ANAPHOR = re.compile(r"(?:that|this|the\s+same)\s+(?:date|day)", re.IGNORECASE)
_MOVED_BEFORE = re.compile(C.MOVE_WORD + r"\s+$", re.IGNORECASE)


def _restated_day(a: Anchor, text: str, s: int, keep: list[Anchor]) -> bool:
    return (
        _ANAPHOR.fullmatch(a.tx.text) is not None
        and _MOVED_BEFORE.search(text, max(s, a.tx.start - 30), a.tx.start) is not None
        and any(k.tx.value == a.tx.value for k in keep)
    )


def day_anchors(sen: Sentence, txs: list[TemporalExpression]) -> list[Anchor]:
    """The anchors of a sentence that may date a commitment, or be the old date of one."""
    text, s, e = sen.text, sen.s, sen.e
    found = [
        a
        for a in (anchor_of(t) for t in txs)
        if a is not None and not names_no_date(a, text) and not _span_moved_by(a, text)
    ]
    found.extend(a for a in (deadline_anchor(t, text, s, sen.dct) for t in txs) if a is not None)
    keep: list[Anchor] = []
    for a in sorted(found, key=lambda a: a.tx.start):
        if _restated_day(a, text, s, keep):
            continue  # "by 30 November 2022, and HMRC warned it would not move that date"
        if dates_a_commitment(a, text, s, e, sen.dct):
            keep.append(a)
        elif (span := old_span(a, text, s, e, sen.dct)) is not None:
            a.span_days = span
            keep.append(a)
        elif keep and corrected(a, text, s, e):
            a.denied = True  # "on March 6, not Feb. 27": the old date of the day before it
            keep.append(a)
    return keep


# a span a move went by, told with the day it went to: "pushing the reopening three weeks
# later, to Saturday, May 13" (no day of its own)
_SPAN_LATER = re.compile(r"[\w-]+\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier)", re.I)
_TO_A_DAY = re.compile(r",?\s+(?:to|until|till)\s", re.I)


def _span_moved_by(a: Anchor, text: str) -> bool:
    return bool(_SPAN_LATER.fullmatch(a.tx.text) and _TO_A_DAY.match(text, a.tx.end))


def shift_spans(sen: Sentence, txs: list[TemporalExpression]) -> list[TemporalExpression]:
    # ("30 more days, until Oct. 30": more time measures a move told with its new day)
    dated = any(t.type == "DATE" and t.value[:1].isdigit() for t in txs)
    return [
        t
        for t in txs
        if t.type == "DURATION"
        and SHIFT_VALUE.match(t.value)
        and (
            C.SHIFT_MARK.search(sen.text, max(sen.s, t.start - 64), t.start)
            or C.SHIFT_AFTER.match(sen.text, t.end)
            or SHIFT_LEAD.match(t.text)
            or (dated and SHIFT_WITHIN.search(t.text))
        )
    ]
