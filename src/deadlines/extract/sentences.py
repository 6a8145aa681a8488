"""Sentence splitting with character offsets, aware of common abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MONTH_RE, WEEKDAY_RE

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=(?:[\"'“‘(\[]|``)?[A-Z0-9])|[ \t]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# a line that closes a sentence, or a next line that opens a list item or a heading
_LINE_CLOSED = re.compile(r"[.!?:;][\"'”’)\]*]*[ \t]*$")
_LINE_OPENS = re.compile(r"[ \t]*(?:[*•\-–—]|\d{1,2}[.)]\s|\(?[a-z0-9]{1,3}\)\s|[A-Z][A-Z ]{2,}:)")
_LAST_TOKEN = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "st.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "col.",
        "lt.",
        "sgt.",
        "capt.",
        "jr.",
        "sr.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "plc.",
        "no.",
        "vs.",
        "v.",
        "e.g.",
        "i.e.",
        "etc.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
        "mon.",
        "tue.",
        "tues.",
        "wed.",
        "thu.",
        "thur.",
        "thurs.",
        "fri.",
        "sat.",
        "sun.",
        "a.m.",
        "p.m.",
        "approx.",
        "est.",
        "dept.",
        "univ.",
        "mt.",
        "ft.",
        "fig.",
        "vol.",
        "pres.",
    }
)
# "U.S.", "U.K.", "E.U." and initials such as "J."
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _LAST_TOKEN.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    raw = m.group(1).lstrip("(\"'“‘")
    tok = raw.lower()
    if tok in _ABBREVIATIONS:
        return raw != "EST."  # (the time zone closes its sentence: "at 2:14 a.m. EST.")
    return bool(_INITIALS.match(tok)) and tok not in {"a.m.", "p.m."}


@lru_cache(maxsize=16)
def wrap_width(text: str) -> int:
    """The width a hard-wrapped text is wrapped at (0 when its lines are paragraphs): the
    90th percentile of its line lengths, when most lines run to near that width."""
    lengths = sorted(len(m.group().rstrip()) for m in _LINE.finditer(text))
    if len(lengths) < 4:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 100 or width < 40:
        return 0
    near = sum(1 for n in lengths if n >= 0.75 * width)
    return width if near >= 0.4 * len(lengths) else 0


# cells of a table set out with spaces: "Polling day        14 May 2026        28 May 2026"
# (two spaces will do between cells, but not after the end of a sentence or a clause)
CELL_GAP = r"(?<![.!?:;,])(?:\t+| {2,})"
SPACED_CELLS = re.compile(rf"\S{CELL_GAP}\S(?:.*?\S)?{CELL_GAP}(?=\S)")
# a gap to the next cell right after a figure or a day: "March 12, 2024      Cancelled"
CELL_GAP_AHEAD = r"[^\S\n]*(?:\t| {2})"


def line_at(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line of ``text`` holding ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def table_line(line: str) -> bool:
    """The line is a row of a table: cells kept apart by "|", or by wide gaps."""
    return "|" in line or SPACED_CELLS.search(line) is not None


def _wrapped(text: str, brk: re.Match[str], width: int) -> bool:
    """A single line break inside a sentence of a hard-wrapped text: the line before runs
    to near the wrap width without closing, and the next line opens no item."""
    if width == 0 or brk.group().count("\n") != 1:
        return False
    line_start = text.rfind("\n", 0, brk.start()) + 1
    line = text[line_start : brk.start()]
    if len(line.rstrip()) < 0.6 * width or " | " in line or SPACED_CELLS.search(line):
        return False  # (a table row is a line of its own: "Date of poll | 14.02.2022 | ...")
    dot = line_start + len(line.rstrip()) - 1
    # (an abbreviation closing the line, the next in lower case: "held at 2 p.m.\non the")
    run_on = (
        text[dot] == "."
        and _is_abbreviation(text, dot)
        and text[brk.end() : brk.end() + 1].islower()
    )
    if _LINE_CLOSED.search(line) and not run_on:
        return False
    return not _LINE_OPENS.match(text, brk.end())


_CAPITALISED = re.compile(r"[A-Z][a-z]")
# a change noted in capitals: "MOVED TO WEDNESDAY", "CANCELLED"
_NOTE = re.compile(
    r"(?:MOVED|RESCHEDULED|CANCELL?ED|POSTPONED|DELAYED|EXTENDED|ADDED|CHANGED|REVISED|NEW)\b"
)
# a line a day heads, as in a diary or a calendar: "Tuesday, September 8 - Town Council"
_DAY_LINE = re.compile(
    rf"[ \t*•-]*(?:(?:{WEEKDAY_RE}|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?"
    rf"(?:{MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_RE})(?:,?\s+\d{{4}})?\s*(?:[-–—:]|\s[-–—]\s)"
)
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
# what may follow a time of day in its own sentence: "5 p.m. Friday", "9 a.m. EST"
_TIME_FOLLOWERS = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|eastern|central|mountain|pacific|atlantic|greenwich|british|local)",
    re.I,
)


def _after_clock(text: str, dot: int, nxt: str) -> bool:
    """ "from 9 a.m. to 4 p.m. Requests to speak ...": a time of day ends the sentence
    when a capitalised word follows that is neither a day, a month nor a time zone."""
    if not _CLOCK_END.search(text, max(0, dot - 5), dot + 1):
        return False
    if _PLACE_TIME.match(text, dot + 1):
        return False  # "5 p.m. New York time": the clock's own zone
    return bool(_CAPITALISED.match(nxt)) and not _TIME_FOLLOWERS.match(nxt)


_PLACE_TIME = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}time\b")


def boundaries(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where new sentences begin within ``text[start:end]``. A line break ends a
    sentence, except inside the sentences of a hard-wrapped text."""
    out = []
    stop = len(text) if end is None else end
    width = wrap_width(text) if "\n" in text else 0
    for m in _BOUNDARY.finditer(text, start, stop):
        if "\n" in m.group() and text[m.start()] in ".!?" and _DAY_LINE.match(text, m.end()):
            pass  # a line a day heads opens an item of its own after a closed one, even after
            # an abbreviation: "5:30 p.m.\nThursday, September 17 - Planning Commission"
        elif "\n" in m.group() and text[m.start()] not in ".!?":
            if _wrapped(text, m, width):
                continue
        elif m.group().count("\n") >= 2:
            pass  # a blank line ends a sentence, whatever word comes before it
        elif _NOTE.match(text, m.end()) and _DAY_LINE.match(
            text, text.rfind("\n", 0, m.start()) + 1
        ):
            continue  # a diary line and its note: "Tuesday, September 8 - Council. MOVED TO ..."
        elif text[m.start()] == "." and _is_abbreviation(text, m.start()):
            # an initialism ends a sentence only when a common sentence opener follows
            nxt = text[m.end() : m.end() + 12].split(" ", 1)[0]
            if nxt not in {"The", "He", "She", "It", "They", "We", "In", "But", "A", "This"}:
                if not _after_clock(text, m.start(), nxt):
                    continue
        out.append(m.end())
    return out


# No sentence of news runs this long: a longer run without a sentence end (a table or a
# list flattened into one line, a hostile text) is read in pieces of at most this many
# characters, cut after a comma or a space, so that reading it costs its length, not its
# length times the dates in it.
MAX_SENTENCE = 1000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, whitespace trimmed."""
    starts = [0, *boundaries(text)]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        while e - s > MAX_SENTENCE:
            cut = _cut(text, s, s + MAX_SENTENCE)
            spans.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            spans.append((s, e))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an overlong sentence begun at ``start``: after the last
    comma, semicolon or space in its second half, else at ``limit``."""
    half = start + (limit - start) // 2
    for mark in (";", ",", " "):
        at = text.rfind(mark, half, limit)
        if at >= 0:
            return at + 1
    return limit


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence of ``text`` containing ``pos``."""
    lo = max(0, pos - 600)
    starts = [b for b in boundaries(text, lo, pos + 1) if b <= pos]
    start = starts[-1] if starts else (0 if lo == 0 else lo)
    after = boundaries(text, pos, min(len(text), pos + 800))
    end = after[0] if after else len(text)
    return start, end
