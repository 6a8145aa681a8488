"""Value resolution: calendar arithmetic against the document date, guided by tense."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .sentences import sentence_bounds

PAST = "PAST"
FUTURE = "FUTURE"

_V_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_V_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_V_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_V_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_V_HALF = re.compile(r"^(\d{4})-H([12])$")
_V_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_V_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")

_FUTURE_WORDS = frozenset(
    {
        "will",
        "'ll",
        "shall",
        "wo",
        "upcoming",
        "next",
        "coming",
        "tomorrow",
        "slated",
        "scheduled",
        "expires",
        "expire",
        "starts",
        "begins",
        "ends",
        "would",
        "deadline",
        "plans",
        "intends",
        "aims",
        "until",
        "soon",
        "later",
        "forthcoming",
        "pending",
        "postpone",
        "delay",
        "resume",
        "take",
        "takes",
        "start",
        "begin",
        "kicks",
        "opens",
        "could",
        "may",
        "might",
        "should",
        "must",
        "hopes",
        "wants",
        "seeks",
        "intend",
    }
)
# words that are future cues only when followed by one of the given words
_FUTURE_IF_NEXT: dict[str, frozenset[str]] = {
    "set": frozenset({"to", "for"}),
    "due": frozenset({"to", "on", "in", "for", "by", "next"}),
    "expected": frozenset({"to", "on", "in", "by", "next"}),
    "going": frozenset({"to"}),
    "plan": frozenset({"to"}),
    "planned": frozenset({"for", "on", "in"}),
    "planning": frozenset({"to"}),
    "is": frozenset({"to"}),
    "are": frozenset({"to"}),
}
_PAST_WORDS = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "earlier",
        "yesterday",
        "met",
        "took",
        "fell",
        "rose",
        "said",
        "told",
        "made",
        "went",
        "came",
        "began",
        "saw",
        "gave",
        "held",
        "left",
        "won",
        "lost",
        "sold",
        "bought",
        "paid",
        "brought",
        "thought",
        "found",
        "kept",
        "led",
        "spent",
        "sent",
        "ran",
        "grew",
        "drew",
        "chose",
        "spoke",
        "wrote",
        "became",
        "struck",
        "hit",
        "sank",
        "shrank",
        "slid",
        "fought",
        "broke",
        "felt",
        "stood",
        "got",
        "knew",
        "meant",
        "rang",
        "flew",
        "ended",
        "previously",
        "already",
        "former",
        "since",
    }
)
_NOT_PAST_BEFORE = frozenset(
    {
        "be",
        "been",
        "being",
        "is",
        "are",
        "am",
        "to",
        "will",
        "would",
        "get",
        "gets",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "newly",
        "not",
        "'s",
        "has",
        "have",
        "could",
        "should",
        "may",
        "might",
        "must",
    }
)
_ED_NOT_VERBS = frozenset(
    {
        "need",
        "feed",
        "speed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
        "indeed",
        "breed",
        "united",
        "limited",
        "based",
        "related",
        "hundred",
        "succeed",
        "exceed",
        "weed",
        "wed",
        "creed",
        "greed",
        "deed",
        "reed",
        "bleed",
        "heed",
        "ed",
        "unprecedented",
        "schedued",
    }
)


def _cue(words: list[tuple[int, str]], i: int) -> str | None:
    w = words[i][1]
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    prev = words[i - 1][1] if i > 0 else ""
    if w in _FUTURE_WORDS:
        if w in {"take", "takes"} and nxt != "effect":
            return None
        if w in {"start", "begin", "resume", "delay", "postpone"} and prev not in {"to", "will"}:
            return None
        return FUTURE
    cond = _FUTURE_IF_NEXT.get(w)
    if cond is not None:
        return FUTURE if nxt in cond else None
    if w in _PAST_WORDS:
        return PAST if prev not in _NOT_PAST_BEFORE or w in {"was", "were", "had"} else None
    if w in {"has", "have"}:
        return PAST if nxt.endswith(("ed", "en")) or nxt in {"been", "met", "made"} else None
    if len(w) > 4 and w.endswith("ed") and w not in _ED_NOT_VERBS and prev not in _NOT_PAST_BEFORE:
        return PAST
    return None


_CHANGE_VERB = re.compile(
    r"\b(?:postpon|delay|push|pushed|brought|bring|mov|extend|reschedul|defer|advanc|put\s+off)",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(r"\b(?:to|until|till|into)\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|slated|set)\s+$", re.IGNORECASE)


def tense_at(text: str, start: int, end: int) -> str | None:
    """Tense of the clause around ``text[start:end]``: PAST, FUTURE or None."""
    return tense_cue(text, start, end)[0]


def tense_cue(text: str, start: int, end: int) -> tuple[str | None, int]:
    """Tense of the clause around ``text[start:end]``: PAST, FUTURE or None.

    The nearest cue before the expression in its sentence decides; failing that the
    nearest cue after it.
    """
    s0, s1 = sentence_bounds(text, start)
    if _TARGET_BEFORE.search(text, max(s0, start - 12), start) and _CHANGE_VERB.search(
        text, s0, start
    ):
        return FUTURE, 0  # the new date of a changed plan: "pushed back to March 3"
    if _FOR_BEFORE.search(text, max(s0, start - 8), start):
        return FUTURE, 0  # "elections for June 30", "a summit set for May 2"
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, s0, max(s1, end))]
    before: str | None = None
    after: str | None = None
    gap = 999
    for i, (pos, _w) in enumerate(words):
        if start <= pos < end:
            continue
        c = _cue(words, i)
        if c is None:
            continue
        if pos < start:
            before = c
            gap = start - pos
        elif after is None and pos - end < 40:
            after = c
    if before:
        return before, gap
    return after, 999


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    month = m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve_month_day(
    month: int, day: int, dct: dt.date, tense: str | None, local: bool = False
) -> dt.date | None:
    """Year for a month-day without one: past tense looks back, future forward, else nearest."""
    cands = [c for c in (safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    nearest = min(cands, key=lambda c: (abs((c - dct).days), c > dct))
    chosen = nearest
    if tense == PAST:
        past = [c for c in cands if c <= dct]
        chosen = max(past) if past else nearest
    elif tense == FUTURE:
        fut = [c for c in cands if c >= dct]
        chosen = min(fut) if fut else nearest
    # a tense cue may belong to another clause: a date much nearer the other way wins
    if not local and abs((chosen - dct).days) > 240 and abs((nearest - dct).days) < 75:
        return nearest
    return chosen


def resolve_month(month: int, dct: dt.date, tense: str | None) -> tuple[int, int]:
    """(year, month) for a bare month name."""
    diff = month - dct.month
    if tense == PAST and not 0 < diff <= 2:
        return (dct.year if month <= dct.month else dct.year - 1, month)
    if tense == FUTURE and not -2 <= diff < 0:
        return (dct.year if month >= dct.month else dct.year + 1, month)
    if diff > 6:
        return (dct.year - 1, month)
    if diff < -6:
        return (dct.year + 1, month)
    return (dct.year, month)


def resolve_weekday(weekday: int, dct: dt.date, tense: str | None, rel: str = "") -> dt.date:
    """Date of a weekday name relative to the DCT ("last"/"next"/"this" or by tense)."""
    back = (dct.weekday() - weekday) % 7
    fwd = (weekday - dct.weekday()) % 7
    if rel == "last":
        return dct - dt.timedelta(days=back or 7)
    if rel in {"next", "coming"}:
        return dct + dt.timedelta(days=fwd or 7)
    if rel == "this":
        return dct + dt.timedelta(days=fwd) if tense != PAST else dct - dt.timedelta(days=back)
    if tense == PAST:
        return dct - dt.timedelta(days=back)
    if tense == FUTURE:
        return dct + dt.timedelta(days=fwd or 7)
    if back <= fwd:
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=fwd)


def resolve_quarter(q: int, dct: dt.date, tense: str | None) -> int:
    """Year for a quarter number given without one."""
    cur = (dct.month - 1) // 3 + 1
    if tense == PAST and q > cur:
        return dct.year - 1
    if tense == FUTURE and q < cur:
        return dct.year + 1
    return dct.year


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_value(dct: dt.date, n: float, unit: str) -> str:
    """TIMEX value of the DCT moved by ``n`` units, at the granularity of the unit."""
    k = int(n)
    if unit == "D":
        return (dct + dt.timedelta(days=k)).isoformat()
    if unit == "W":
        return iso_week(dct + dt.timedelta(weeks=k))
    if unit == "M":
        return add_months(dct, k).isoformat()[:7]
    if unit == "Q":
        d = add_months(dct, 3 * k)
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "Y":
        return str(dct.year + k)
    if unit == "DE":
        return str((dct.year + 10 * k) // 10)
    if unit == "CE":
        return str((dct.year + 100 * k) // 100)
    return dct.isoformat()


def value_to_date(value: str, end_of_period: bool = False) -> dt.date | None:
    """Concrete date for a TIMEX value (first or last day of a month/year/quarter)."""
    m = _V_DAY.match(value)
    if m:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _V_MONTH.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        day = calendar.monthrange(y, mo)[1] if end_of_period else 1
        return safe_date(y, mo, day)
    m = _V_WEEK.match(value)
    if m:
        try:
            return dt.date.fromisocalendar(
                int(m.group(1)), int(m.group(2)), 7 if end_of_period else 1
            )
        except ValueError:
            return None
    m = _V_QUARTER.match(value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        if end_of_period:
            return dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        return dt.date(y, 3 * q - 2, 1)
    m = _V_HALF.match(value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        if end_of_period:
            return dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        return dt.date(y, 1, 1) if h == 1 else dt.date(y, 7, 1)
    m = _V_SEASON.match(value)
    if m:
        y, first_month = int(m.group(1)), _SEASON_START[m.group(2)]
        if end_of_period:
            last = add_months(dt.date(y, first_month, 1), 2)
            return dt.date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
        return dt.date(y, first_month, 1)
    m = _V_YEAR.match(value)
    if m:
        y = int(m.group(1))
        return dt.date(y, 12, 31) if end_of_period else dt.date(y, 1, 1)
    return None
