"""The lines that date a page rather than what it tells: a dateline ("BRUSSELS, February 10
(Xinhua) --"), a press release's bracketed date, a register's volume line, a "Posted" or
"Updated" line, and a dated note of a change to the page."""

from __future__ import annotations

import datetime as dt
import re

from .anchors import Anchor
from .marks import CHANGE_NOTE, LINE_HEAD
from .sentences import line_at

_F = re.IGNORECASE
_PUBLICATION_LINE = re.compile(
    r"federal\s+register|\bvolume\b|\bvol\.|\bissue\s+\d|\brelease\b|\bnewscast\b|\bposted\b"
    r"|\bupdated\b|\bnews\s+-|^\s*date\b(?!s)|\bpublished\b|\bpage\s+\d",
    _F,
)
_WORD = re.compile(r"[A-Za-z]+")
# "BRUSSELS, ", "NEWARK, N.J., ", "CAPE CANAVERAL, Fla., ", "LONDON/DUBAI, ": a place (or
# two), and its state or country
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Za-z .'’/-]{1,40},\s*(?:[A-Z][\w.]*,\s*)?$")
# a press release's dateline with its date in brackets: "HARTFORD, Conn. (June 7, 2023) —"
_BRACKETED_BEFORE = re.compile(
    r"\s*(?:[A-Z][A-Za-z .'’-]{1,40},\s*(?:[A-Z][\w.]*\s*)?|[A-Z][A-Z .'’-]{1,40})\($"
)
_BRACKETED_AFTER = re.compile(r"\)\s*(?:--|—|–|-)")
DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:(?!\d))")


# a dated note on a page, headed by its kind: "Update, 20 May 2021:", "Correction 3 March:"
_NOTE_HEAD = re.compile(
    r"\W*(?:update[ds]?|last\s+updated|correction|corrected|amendment|amended|editor['’]s\s+note)"
    r"\s*[,—–-]?\s*(?:on\s+)?",
    _F,
)
_NOTE_COLON = re.compile(r"\s*(?::|\s[-–—])")


def publication_line(a: Anchor, text: str, s: int, e: int, dct: dt.date) -> bool:
    """A header line that dates the page itself, or a dateline ("BRUSSELS, February 10
    (Xinhua) --")."""
    near = abs((a.first - dct).days) <= 1
    after = DATELINE_AFTER.match(text, a.tx.end)
    if near and after and _DATELINE_BEFORE.match(text, s, a.tx.start):
        # a colon closes a dateline only after a place in capitals ("BENGALURU, March 30:"),
        # not a heading ("Key dates, March 31: applications close")
        if not after.group().endswith(":") or text[s : a.tx.start].isupper():
            return True
    line_start, _end = line_at(text, a.tx.start)
    if (
        near
        and after
        and not after.group().endswith(":")
        and not text[line_start : a.tx.start].strip()
    ):
        return True  # a dateline of the date alone: "May 27, 2011 -- Kestrel Foods has"
    if near and _BRACKETED_AFTER.match(text, a.tx.end):
        # (a state's abbreviation may have ended a sentence: read from the line's start)
        if _BRACKETED_BEFORE.fullmatch(text, line_start, a.tx.start):
            return True
    if (
        a.first <= dct
        and LINE_HEAD.search(text, max(0, a.tx.start - 8), a.tx.start)
        and CHANGE_NOTE.match(text, a.tx.end)
    ):
        return True  # "15 January 2026: We have moved the date ...": the day of the note
    if (
        a.first <= dct
        and _NOTE_HEAD.fullmatch(text, text.rfind("\n", 0, a.tx.start) + 1, a.tx.start)
        and _NOTE_COLON.match(text, a.tx.end)
    ):
        return True  # "Update, 20 May 2021: the closing date has been extended": the note's
    words = len(_WORD.findall(text, s, e))
    line = text[s:e]
    if near and _PUBLICATION_LINE.search(line) and words <= 14:
        return True
    return near and line.lstrip().startswith("[") and words <= 14
