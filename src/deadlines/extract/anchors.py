"""The dated anchors of a sentence: which expressions date a commitment, and how."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import cues as C
from .context import report_day
from .model import TemporalExpression
from .resolve import add_months, value_to_date

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# a span a date may move by: "P7D", "P2M"; or whole days told in hours ("by 24 hours")
# (in one unit or in years, months and days: "one month and 15 days" is P1M15D)
SHIFT_VALUE = re.compile(
    r"^P(?:(?=\d)(?:(?P<y>\d+)Y)?(?:(?P<m>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"|T(?P<h>24|48|72|96|120|144|168)H)$"
)
# a period counted in days or weeks ends on a day; "within a year" names none
DAY_COUNT = re.compile(r"^P(\d+)([DW])$")


class Anchor:
    """A dated expression of a sentence with the period it denotes."""

    __slots__ = ("tx", "first", "last", "day_level", "span_days", "denied")

    def __init__(self, tx: TemporalExpression, first: dt.date, last: dt.date) -> None:
        self.tx = tx
        self.first = first
        self.last = last
        self.day_level = bool(DAY_VALUE.match(tx.value))
        self.span_days = 0  # the days after it that a span written "October 15-16" covers
        self.denied = False  # "March 6, not Feb. 27": only ever the old date of another


def anchor_of(tx: TemporalExpression) -> Anchor | None:
    if tx.type not in {"DATE", "TIME"}:
        return None
    first = value_to_date(tx.value)
    last = value_to_date(tx.value, end_of_period=True)
    if first is None or last is None:
        return None
    return Anchor(tx, first, last)


_GIVEN_BEFORE = re.compile(r"\b(?:gave|give|gives|given|giving|granted|grants?)\b[^.;]{0,40}$")
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")
# "within 30 days of publication of this notice", "within 14 days from today": counted from
# the text's own day ("within a week of his capture" counts from another event)
_COUNTED_FROM_NOW = re.compile(
    r"\s+(?:of|after|from|following)\s+(?:(?:the|its|their|[\w-]+['’]s)\s+)?"
    r"(?:date\s+of\s+)?(?:(?:this|the|its|their)\s+)?"
    r"(?:publication|notice|today|now|announcement|order|enactment|signing|receipt)\b"
    # (not another paper's publication: "within 30 days of the publication of the annual
    # report")
    r"(?!\s+of\s+(?:the|an?)\b)",
    re.IGNORECASE,
)


def deadline_anchor(tx: TemporalExpression, text: str, s: int, dct: dt.date) -> Anchor | None:
    """A period counted from now that ends in a deadline: "within 50 days", "gave Moscow
    50 days to agree". The due date is the end of that period from the publication date."""
    if tx.type != "DURATION" or not DAY_COUNT.match(tx.value):
        return None
    within = tx.text.lower().startswith("within")
    given = bool(
        _GIVEN_BEFORE.search(text, max(s, tx.start - 50), tx.start)
        and _TO_AFTER.match(text, tx.end)
    )
    # (a span alone, "within 50 days", "gave them six months to reconsider", names no day:
    # only one counted from the text's own day does)
    if not (within or given) or not _COUNTED_FROM_NOW.match(text, tx.end):
        return None
    if _MORE.search(text, max(s, tx.start - 12), tx.end):
        return None  # "gave applicants two more weeks": counted from the old deadline, not now
    due = apply_shift(dct, tx.value)
    if due is None:
        return None
    anchor = Anchor(tx, due, due)
    anchor.day_level = True
    return anchor


_MORE = re.compile(r"\b(?:more|additional|extra|further)\b", re.I)
_THAN_AFTER = re.compile(r"\s+than\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a|an|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_YEAR_ONLY = re.compile(r"^\d{4}$")


def names_no_date(a: Anchor, text: str) -> bool:
    """An expression that dates nothing here: a comparison ("a week later than planned")
    or a year naming a thing ("the 2026 budget", "its 2024 election")."""
    if _THAN_AFTER.match(text, a.tx.end):
        return True
    return bool(
        _YEAR_ONLY.match(a.tx.value)
        and _DETERMINER_BEFORE.search(text, max(0, a.tx.start - 8), a.tx.start)
        and _NOUN_AFTER.match(text, a.tx.end)
    )


def background(anchors: list[Anchor], dct: dt.date) -> bool:
    """A change told as history: every date of its sentence is past, the latest at least a
    week before publication ("In April, Washington paused the higher rates for 90 days")."""
    if not anchors or any(a.last >= dct for a in anchors):
        return False
    return max(a.last for a in anchors) <= dct - dt.timedelta(days=7)


def due_of(a: Anchor, text: str, sent_start: int) -> dt.date:
    """The day a dated period stands for: its last day after "by", "until", "the end of",
    its middle for "mid-", else its first day."""
    if a.tx.mod == "MID":
        return a.first + (a.last - a.first) // 2
    before = text[max(sent_start, a.tx.start - 25) : a.tx.start]
    if a.tx.mod == "END" or C.BY_MARK.search(before):
        return a.last
    return a.first


def apply_shift(
    d: dt.date, shift: str, back: bool = False, month_end: bool = False
) -> dt.date | None:
    """``d`` moved by the duration ``shift`` ("P7D"), forward or ``back``; ``month_end``:
    ``d`` was told as the end of its month ("to the end of September") or is its last day,
    and so is the day a span of months or years away from it."""
    m = SHIFT_VALUE.match(shift)
    if not m:
        return None
    sign = -1 if back else 1
    months = int(m["y"] or 0) * 12 + int(m["m"] or 0)
    days = int(m["w"] or 0) * 7 + int(m["d"] or 0) + int(m["h"] or 0) // 24
    moved = add_months(d, sign * months) if months else d
    # (so is a month's last day: "30 September, moved back by a month", is 31 October)
    if months and (month_end or d.day == calendar.monthrange(d.year, d.month)[1]):
        moved = moved.replace(day=calendar.monthrange(moved.year, moved.month)[1])
    return moved + dt.timedelta(days=sign * days)


# "two days later", "three days after that": told after a span in days, which the tagger
# gives as a duration (as TimeML does), the day that far from the day told before it
_LATER_AFTER = re.compile(
    r"\s+(?:later(?!\s+than)|after\s+(?:that|this)|afterwards?|thereafter)\b", re.I
)
_COUNT_REACH = 400  # characters back to the day a count starts from: a sentence or two


_NAMED_YEAR = re.compile(
    r"\b(?-i:Act|Code|Law|Convention|Treaty|Accord|Protocol|Amendments?|Regulations?)\s+of\s+$"
)


def counted_days(
    timexes: list[TemporalExpression], text: str, dct: dt.date
) -> list[TemporalExpression]:
    """``timexes`` with each span in days followed by "later" (or "after that") made the
    day it reaches from the last day told before it, the span and its signal together."""
    out: list[TemporalExpression] = []
    last: tuple[int, dt.date] | None = None
    for tx in timexes:
        if _NAMED_YEAR.search(text, max(0, tx.start - 40), tx.start) and tx.value.isdigit():
            continue  # a year in a name, no time: "the Internal Revenue Code of 1986"
        later = _LATER_AFTER.match(text, tx.end) if tx.type == "DURATION" else None
        m = DAY_COUNT.match(tx.value) if later else None
        if later and m and last and tx.start - last[0] < _COUNT_REACH:
            days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            day = last[1] + dt.timedelta(days=days)
            end = later.end()
            tx = TemporalExpression(tx.start, end, text[tx.start : end], "DATE", day.isoformat())
        dated = tx.type in {"DATE", "TIME"} and DAY_VALUE.match(tx.value)
        if dated and not report_day(text, tx.start, tx.value, dct):
            d = value_to_date(tx.value)
            if d is not None:
                last = (tx.end, d)
        out.append(tx)
    return out
