"""Days told as the old ones of a change by the layout or the words around them: a table
column headed as the old schedule ("Date of poll | 14.02.2022 | 20.02.2022" under "Original
| Revised"), a line told as "was <day>, now <day>", a term named by its day and then given
another ("The March 1 deadline for returns is now April 15", "that had a 31 March due date")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .anchors import Anchor
from .lexicon import MONTH_RE, WEEKDAY_RE
from .sentences import CELL_GAP, line_at, table_line

if TYPE_CHECKING:  # (a sentence holds days told old by this module: no import at run time)
    from .mentions import Sentence

# a day that names a term or an event, right before its noun: "The March 1 deadline", "a 31
# March due date", "their April 8 game"
TERM_NAMED = re.compile(
    r",?\s+(?:(?:due|closing|start|filing|effective)\s+)?(?:date|deadline|cut-?off)\b"
    r"|\s+(?:game|match|fixture|meeting|vote|hearing|concert|launch|race|session|summit|election"
    r"|ballot|referendum|auction|sale|opening|debate)\b",
    re.IGNORECASE,
)
# a date of the calendar ("March 4", "4 March"), or a weekday too
_A_DATE = rf"(?:{MONTH_RE}\.?\s+\d|\d{{1,2}}\s+{MONTH_RE})"
_A_DAY = rf"(?:{WEEKDAY_RE}|{_A_DATE})"
# the old term named before its day: "its earlier target of April 30", "the original
# deadline was March 1"
_OLD_NOUN_OF = re.compile(
    # ("earlier" only after a possessive: "an earlier deadline of 30 April" is a sooner one)
    r"\b(?:original|initial|previous|(?:its|their|[\w.-]+['’]s?)\s+earlier|old|former|prior)\s+(?:[\w-]+\s+)?"
    r"(?:date|deadline|closing\s+date|start\s+date|due\s+date|target(?:\s+date)?|timetable)"
    r"\s+(?:of|was|had\s+been)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_OLD_LABEL = re.compile(
    # ("Previous close:", "Original closing date:")
    r"(?:^|\n)[^\S\n]*(?:[-*•]\s*)?(?:was|formerly|(?:old|original|previous|prior|initial)"
    r"(?:[^\S\n]+[a-z-]+){0,2})"
    rf"[^\S\n]*:[^\S\n]*(?:{P.CLOCK_AND_ZONE}(?:on\s+)?)?$",  # (a time first: "8 p.m. Friday")
    re.IGNORECASE,
)
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:on\s+)?$", re.IGNORECASE)
_NOW_AFTER = re.compile(
    # (or told of by a pronoun: "The filing deadline was this Friday; it's now February 14")
    r"[^.;]{0,40}?[,;–—-]\s*(?:and\s+|but\s+)?(?:(?:it|they)(?:['’]s|['’]re|\s+is|\s+are)\s+"
    r"|is\s+|are\s+|will\s+be\s+)?now\s+(?:on\s+)?" + _A_DAY,
    re.IGNORECASE,
)
# the date a thing had, before it: "the due date of 28 February has moved to 28 May", "returns
# that had a 31 March due date"
_HAD_A = r"\bhad\s+an?\s+$"
DATE_HAD = (
    r"\bthe\s+(?:due|closing|deadline|start|starting|effective|expiry|end)\s+date\s+of\s+$|"
    + _HAD_A
)
_HAD_A_BEFORE = re.compile(_HAD_A, re.IGNORECASE)
_IS_NOW_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:is|are)\s+now\s+(?:on\s+|set\s+for\s+|due\s+(?:on\s+)?)?"
    rf"(?:{WEEKDAY_RE},?\s+)?" + _A_DATE,
    re.IGNORECASE,
)


def told_old(text: str, window: str, start: int, end: int) -> bool:
    """The day at ``text[start:end]``, with ``window`` the text before it in its sentence, is
    told as the old one by its table column or the words around it."""
    if old_in_table(text, start):
        return True
    if _WAS_BEFORE.search(window) and _NOW_AFTER.match(text, end):
        return True  # "Writ day – was Sunday 23 August, now Sunday 13 September"
    if _OLD_LABEL.search(window):
        return True  # a list line "was: Wednesday, August 18, 2021" above "now: ..."
    if _OLD_NOUN_OF.search(window):
        return True  # "later than its earlier target of April 30"
    term = TERM_NAMED.match(text, end)
    if term is None:
        return False
    # "The March 1 deadline for returns is now April 15", "returns that had a 31 March due
    # date can now be lodged by 31 May"
    return (
        _HAD_A_BEFORE.search(window) is not None
        or _IS_NOW_AFTER.match(text, term.end()) is not None
    )


# a heading of the schedule a change replaced: "Original date", "Usual due date", "Was"
_OLD_HEADING = re.compile(
    r"^\W*(?:original|initial|old|earlier|existing|current|previous|prior|usual|normal|regular"
    r"|notified|announced|scheduled|was)\b",
    re.IGNORECASE,
)
# one of the schedule that replaces it: "Revised schedule", "New due date", "Now"
_NEW_HEADING = re.compile(
    r"^\W*(?:revised|new|extended|rescheduled|amended|changed|deferred|postponed|now|updated)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_A_CELL_DAY = re.compile(rf"\d|\b(?:{MONTH_RE}|{WEEKDAY_RE})\b", re.IGNORECASE)
_RULE_LINE = re.compile(r"[\s|:+=-]*")
_SPACED_GAP = re.compile(CELL_GAP)


def _cells(row: str) -> list[str]:
    """The cells of a table row: kept apart by "|", or by runs of spaces or tabs."""
    return row.split("|") if "|" in row else _SPACED_GAP.split(row.strip())


def _column(row: str, offset: int) -> int:
    """The index of the cell of ``row`` that holds the character at ``offset``."""
    if "|" in row:
        return row.count("|", 0, offset)
    lead = len(row) - len(row.lstrip())
    return len(_SPACED_GAP.findall(row, lead, offset))


def _heading(text: str, start: int, width: int) -> list[str] | None:
    """The cells of the heading row above the row starting at ``start``: the nearest line
    above with as many cells and no figure in those after the first, across the rows
    between."""
    while start > 0:
        start, end = line_at(text, start - 1)
        if not text[start:end].strip() or _RULE_LINE.fullmatch(text, start, end):
            continue  # (a blank line or a rule "|---|---|" between the heading and the rows)
        cells = _cells(text[start:end])
        if len(cells) != width:
            return None
        if not any(_DIGIT.search(cell) for cell in cells[1:]):
            return cells  # (the first cell may run on from the sentence that opens it)
    return None


def _table_cell(text: str, at: int) -> tuple[list[str], int, list[str]] | None:
    """The cells of the table row holding ``at``, the index of its cell and the cells of the
    heading above, or None out of a table."""
    start, end = line_at(text, at)
    row = text[start:end]
    if not table_line(row):
        return None
    cells = _cells(row)
    heading = _heading(text, start, len(cells))
    return None if heading is None else (cells, _column(row, at - start), heading)


def old_in_table(text: str, at: int) -> bool:
    """The day at ``at`` sits in a table row, in a column headed as the old schedule, and a
    column after it is headed as the new one."""
    found = _table_cell(text, at)
    if found is None:
        return False
    cells, column, heading = found
    if not _OLD_HEADING.match(heading[column]):
        return False
    # (a day the revision kept is no old one: "10.03.2022 | 10.03.2022"; nor one whose new
    # cell gives no day: "14 March 2024 | Cancelled" calls that day off)
    return any(
        _NEW_HEADING.match(heading[k])
        and cells[k].strip() != cells[column].strip()
        and _A_CELL_DAY.search(cells[k]) is not None
        for k in range(column + 1, len(cells))
    )


def new_in_table(text: str, at: int) -> bool:
    """The day at ``at`` sits in a table row, in a column headed as the new schedule, after
    one headed as the old ("Budget Council | 23/02/2023 | 21/02/2023 | brought forward")."""
    found = _table_cell(text, at)
    if found is None:
        return False
    _cells_, column, heading = found
    return bool(_NEW_HEADING.match(heading[column])) and any(
        _OLD_HEADING.match(heading[k]) for k in range(column)
    )


def day_between(sen: Sentence, anchors: list[Anchor], a: Anchor, at: int, since: int) -> bool:
    """Another day stands between ``a`` and a span told at ``at`` ("which were to close on 31
    January, will now close on 1 March, 30 days later than planned"): the span is of that
    day, and ``a`` may be the old one; so may ``a`` when it is marked outright as the old one
    ("on Friday night instead of Saturday, moving the game up a day")."""
    return sen.superseded(a, since, told=False) or any(
        a.tx.end <= b.tx.start and b.tx.end <= at for b in anchors if b is not a
    )
