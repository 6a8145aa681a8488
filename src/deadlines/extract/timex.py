"""Rule-based TIMEX3 tagger: finds temporal expressions and resolves their values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import patterns as P
from .durations import duration_cand, set_cand
from .lexicon import (
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    unit_key,
)
from .model import TemporalExpression
from .resolve import (
    FUTURE,
    PAST,
    iso_week,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_weekday,
    safe_date,
    shift_value,
    tense_at,
    tense_cue,
)

Cand = tuple[int, int, str, str, "str | None"]

_BARE_MONTH_OK = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "through",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "between",
        "and",
        "or",
        "to",
        "on",
        "for",
        "around",
        "throughout",
        "into",
        "starting",
        "beginning",
        "ending",
        "as",
    }
)
_AMBIGUOUS_MONTHS = frozenset(
    {
        "may",
        "march",
        "jan",
        "mar",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "feb",
        "apr",
        "sept",
    }
)


class _Ctx:
    __slots__ = ("text", "dct", "_tense")

    def __init__(self, text: str, dct: dt.date) -> None:
        self.text = text
        self.dct = dct
        self._tense: dict[int, str | None] = {}

    def tense(self, start: int, end: int) -> str | None:
        if start not in self._tense:
            self._tense[start] = tense_at(self.text, start, end)
        return self._tense[start]

    def prev_word(self, start: int) -> str:
        m = P.PREV_WORD.search(self.text, max(0, start - 30), start)
        return m.group(1).lower() if m else ""


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


_NON_DIGIT = re.compile(r"\D")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _day_num(word: str) -> int:
    return int(_NON_DIGIT.sub("", word))


def _pre_mod(pre: str | None) -> tuple[str | None, str | None]:
    """Modifier (mod, sub-period) for an optional prefix such as "the end of"."""
    if not pre:
        return None, None
    p = " ".join(pre.lower().replace("-", " ").split())
    if "half" in p:
        return None, "H1" if ("first" in p or "1st" in p) else "H2"
    if "quarter" in p:
        for word, n in ORDINALS.items():
            if p.startswith(word) or p.startswith("the " + word):
                return None, f"Q{n}"
    if any(w in p for w in ("end", "close", "late", "rest", "remainder")):
        return "END", None
    if any(w in p for w in ("start", "beginning", "early")):
        return "START", None
    if "mid" in p:
        return "MID", None
    return None, None


def _with_pre(m: re.Match[str], typ: str, value: str, ctx: _Ctx) -> Cand | None:
    mod, sub = _pre_mod(m.group("pre"))
    if sub:
        if not _FOUR_DIGITS.fullmatch(value):
            return None
        value = f"{value}-{sub}"
    return (m.start(), m.end(), typ, value, mod)


def _period(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    dct = ctx.dct
    g = m.group
    if g("mon_y"):
        if not g("mon_y")[0].isupper():
            return None
        return _with_pre(m, "DATE", f"{g('my')}-{_month_num(g('mon_y')):02d}", ctx)
    if g("year"):
        before = ctx.text[m.start("year") - 1 : m.start("year")]
        if before in {"$", "#", "/", "£", "€"} or (before == "-" and not g("pre")):
            return None
        if g("fy"):
            return _with_pre(m, "DATE", f"FY{g('year')}", ctx)
        return _with_pre(m, "DATE", g("year"), ctx)
    if g("season"):
        rel = (g("seasrel") or "").lower().split()
        word = g("season")
        if not (
            rel
            or g("sy")
            or g("pre")
            or word[0].isupper()
            or ctx.prev_word(m.start()) in {"in", "during", "by", "until", "since", "this"}
        ):
            return None
        if word.lower() == "fall" and not (rel or g("sy") or g("pre")):
            return None
        code = SEASONS[word.lower()]
        if g("sy"):
            year = int(g("sy"))
        elif "next" in rel or "coming" in rel:
            year = dct.year + 1
        elif "last" in rel or "past" in rel:
            year = dct.year - 1
        else:
            year = dct.year
        return _with_pre(m, "DATE", f"{year}-{code}", ctx)
    if g("mon"):
        mon = g("mon")
        if not mon[0].isupper():
            return None
        rel = (g("monrel") or "").strip().lower()
        key = mon.lower().rstrip(".")
        if key in _AMBIGUOUS_MONTHS and not (rel or g("pre")):
            if ctx.prev_word(m.start()) not in _BARE_MONTH_OK:
                return None
        month = _month_num(mon)
        if rel in {"last", "past"}:
            year = dct.year if month < dct.month else dct.year - 1
        elif rel in {"next", "coming"}:
            year = dct.year if month > dct.month else dct.year + 1
        elif rel == "this":
            year = dct.year
        else:
            year, month = resolve_month(month, dct, ctx.tense(m.start(), m.end()))
        return _with_pre(m, "DATE", f"{year}-{month:02d}", ctx)
    return _relative(m, ctx)


def _relative(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    dct = ctx.dct
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("runit").lower()
    bare = rel.removeprefix("the ")
    if unit == "weekend":
        return None  # handled by the deictic rule
    if bare == "past":
        if m.group("pre"):
            return None
        letter = UNITS[unit][0] if unit in UNITS else "D"
        return (m.start(), m.end(), "DURATION", f"P1{letter}", None)
    if rel == "the" and not (m.group("pre") or m.group("ago")):
        return None
    step = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}.get(bare, 0)
    if m.group("ago"):
        step = -1
    if unit == "day":
        if not step and bare not in {"same", "that"}:
            return None
        d = dct + dt.timedelta(days=step)
        return (m.start(), m.end(), "DATE", d.isoformat(), None)
    letter = {
        "week": "W",
        "month": "M",
        "year": "Y",
        "quarter": "Q",
        "decade": "DE",
        "century": "CE",
    }[unit]
    base = dct
    if (
        unit == "week"
        and dct.weekday() == 6
        and (rel.startswith("later") or ctx.tense(m.start(), m.end()) == FUTURE)
    ):
        base = dct + dt.timedelta(days=1)  # a news week read from Sunday looks ahead
    return _with_pre(m, "DATE", shift_value(base, step, letter), ctx)


def _date_from_parts(
    mon: str, day: str, year: str | None, wd: str | None, start: int, end: int, ctx: _Ctx
) -> Cand | None:
    if not mon[0].isupper():
        return None
    month, d = _month_num(mon), _day_num(day)
    if year:
        date = safe_date(int(year), month, d)
    else:
        date = None
        if wd:
            want = WEEKDAYS[wd.lower().rstrip(".")]
            fits = [
                c
                for c in (safe_date(ctx.dct.year + k, month, d) for k in (0, -1, 1))
                if c and c.weekday() == want
            ]
            date = fits[0] if fits else None
        if date is None:
            tense, gap = tense_cue(ctx.text, start, end)
            date = resolve_month_day(month, d, ctx.dct, tense, local=gap < 30)
    if date is None:
        return None
    return (start, end, "DATE", date.isoformat(), None)


def _month_day(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    return _date_from_parts(
        m.group("mon"), m.group("day"), m.group("y"), m.group("wd"), m.start(), m.end(), ctx
    )


def _iso(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.group("hh"):
        return (
            m.start(),
            m.end(),
            "TIME",
            f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}",
            None,
        )
    return (m.start(), m.end(), "DATE", d.isoformat(), None)


def _slash(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    d = safe_date(y, month, day)
    return (m.start(), m.end(), "DATE", d.isoformat(), None) if d else None


def _quarter(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    g = m.group
    if g("q"):
        letter, n = g("q")[0].upper(), int(g("q")[1])
        ytxt = g("y2")
        year = (
            int(ytxt)
            if ytxt and len(ytxt) == 4
            else 2000 + int(ytxt[1:])
            if ytxt
            else resolve_quarter(n, ctx.dct, ctx.tense(m.start(), m.end()))
        )
        return (m.start(), m.end(), "DATE", f"{year}-{letter}{n}", None)
    ordinal = g("ord").lower()
    n = ORDINALS[ordinal]
    half = g("unit").lower() == "half"
    if half:
        if n > 2 and ordinal not in {"final", "last"}:
            return None
        n = min(n, 2)
    rel = (g("rel") or "").lower()
    if g("y"):
        year = int(g("y"))
    elif rel == "last":
        year = ctx.dct.year - 1
    elif rel == "next":
        year = ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        q = n if not half else 2 * n
        year = resolve_quarter(q, ctx.dct, ctx.tense(m.start(), m.end()))
    return (m.start(), m.end(), "DATE", f"{year}-{'H' if half else 'Q'}{n}", None)


def _decade(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    g = m.group
    if g("full"):
        value = g("full")
    else:
        digit = int(g("short") or g("bare"))
        if g("bare") and not m.group().lower().startswith("the"):
            return None
        value = f"20{digit}" if digit <= (ctx.dct.year % 100) // 10 else f"19{digit}"
    mod, _ = _pre_mod(g("pre"))
    return (m.start(), m.end(), "DATE", value, mod)


def _century(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20}
    o = m.group("ord").lower()
    n = 21 if o.startswith("twenty") and "first" in o else words.get(o) or _day_num(o)
    mod, _ = _pre_mod(m.group("pre"))
    return (m.start(), m.end(), "DATE", f"{n - 1:02d}", mod)


def _weekday(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    wd = m.group("wd")
    if not wd[0].isupper():
        return None
    rel = (m.group("rel") or "").lower()
    rel = "last" if rel == "past" else rel
    d = resolve_weekday(
        WEEKDAYS[wd.lower().rstrip(".")], ctx.dct, ctx.tense(m.start(), m.end()), rel
    )
    part = m.group("part")
    if part:
        return (m.start(), m.end(), "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}", None)
    return (m.start(), m.end(), "DATE", d.isoformat(), None)


def _deictic(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    g = m.group
    dct = ctx.dct
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}
    if g("word"):
        word = g("word").lower()
        d = dct + dt.timedelta(days=offsets[word])
        part = g("part") or ("night" if word == "tonight" else None)
        if part:
            return (
                m.start(),
                m.end(),
                "TIME",
                f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}",
                None,
            )
        return (m.start(), m.end(), "DATE", d.isoformat(), None)
    if g("this"):
        which, part = g("this").lower(), g("part2").lower()
        if which == "last" and part != "night":
            return None
        d = dct + dt.timedelta(days=offsets[which])
        return (m.start(), m.end(), "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", None)
    if g("wkend"):
        rel = g("wkend").lower().split()[0]
        saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
        if rel in {"last", "past"} or (rel == "the" and ctx.tense(m.start(), m.end()) == PAST):
            saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
        elif rel == "next" and dct.weekday() >= 5:
            saturday += dt.timedelta(days=7)
        return (m.start(), m.end(), "DATE", iso_week(saturday) + "-WE", None)
    if g("dd"):
        k = -2 if "yesterday" in m.group().lower() else 2
        return (m.start(), m.end(), "DATE", (dct + dt.timedelta(days=k)).isoformat(), None)
    return (m.start(), m.end(), "DATE", dct.isoformat(), None)


def _ref(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    if m.group("present"):
        return (m.start(), m.end(), "DATE", "PRESENT_REF", None)
    if m.group("past"):
        return (m.start(), m.end(), "DATE", "PAST_REF", None)
    return (m.start(), m.end(), "DATE", "FUTURE_REF", None)


def _duration(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    return duration_cand(m, ctx.text, ctx.dct, ctx.prev_word(m.start()))


def _bare_units(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    unit = m.group("unit") or m.group("unit2")
    letter, is_time = UNITS[unit_key(unit)]
    start = m.start("unit") if m.group("unit") else m.start("unit2")
    return (
        start,
        m.end(),
        "DURATION",
        f"PT X{letter}".replace(" ", "") if is_time else f"PX{letter}",
        None,
    )


def _set(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    return set_cand(m)


def _time(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    g = m.group
    if g("word"):
        w = g("word").lower()
        hh, mm, tz = (24 if w == "midnight" else 12), 0, None
    elif g("h"):
        hh, mm, tz = int(g("h")) % 12, int(g("m") or 0), g("tz")
        if g("ap").lower() == "p":
            hh += 12
    elif g("h2"):
        hh, mm, tz = int(g("h2")), int(g("m2")), g("tz2")
        if not tz and ctx.prev_word(m.start()) not in {
            "at",
            "by",
            "until",
            "from",
            "around",
            "before",
            "after",
            "to",
            "about",
        }:
            return None
    else:
        hh, mm, tz = int(g("h3")), int(g("m3")), g("tz3")
    start, end = m.start(), m.end()
    day = ctx.dct
    tail = P.TIME_TAIL.match(ctx.text, end)
    head = P.TIME_HEAD.search(ctx.text, max(0, start - 16), start)
    if head and head.group("head")[0].isupper():
        word = head.group("head").lower().rstrip(".")
        day = resolve_weekday(WEEKDAYS[word], ctx.dct, ctx.tense(head.start(), end))
        start = head.start()
    elif tail:
        word = tail.group("tail").lower().rstrip(".")
        if word in WEEKDAYS and tail.group("tail")[0].isupper():
            day = resolve_weekday(WEEKDAYS[word], ctx.dct, ctx.tense(m.start(), end))
            end = tail.end()
        elif word in {"today", "tonight", "tomorrow", "yesterday"}:
            day = ctx.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
            end = tail.end()
    zone = "Z" if tz and tz.upper() in {"UTC", "GMT", "Z"} else ""
    return (start, end, "TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}{zone}", None)


def _holiday(m: re.Match[str], ctx: _Ctx) -> Cand | None:
    key = " ".join(m.group("h").lower().split())
    month, day = HOLIDAYS[key]
    if m.group("y"):
        d = safe_date(int(m.group("y")), month, day)
    else:
        d = resolve_month_day(month, day, ctx.dct, ctx.tense(m.start(), m.end()))
    return (m.start(), m.end(), "DATE", d.isoformat(), None) if d else None


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], _Ctx], Cand | None]], ...] = (
    (P.ISO_DATE, _iso),
    (P.SLASH_DATE, _slash),
    (P.MONTH_DAY, _month_day),
    (P.DAY_MONTH, _month_day),
    (P.PERIOD, _period),
    (P.QUARTER, _quarter),
    (P.DECADE, _decade),
    (P.CENTURY, _century),
    (P.WEEKDAY, _weekday),
    (P.DEICTIC, _deictic),
    (P.TIME, _time),
    (P.DURATION, _duration),
    (P.BARE_UNITS, _bare_units),
    (P.SET, _set),
    (P.HOLIDAY, _holiday),
    (P.REF, _ref),
)


def find_temporal_expressions(text: str, dct: dt.date) -> list[TemporalExpression]:
    """Find and resolve the temporal expressions of ``text`` written on date ``dct``."""
    ctx = _Ctx(text, dct)
    cands: list[tuple[int, int, int, str, str, str | None]] = []
    for prio, (pattern, handler) in enumerate(_RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            c = handler(m, ctx)
            if c is not None:
                cands.append((c[0], c[1], prio, c[2], c[3], c[4]))
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for cand in cands:
        s, e = cand[0], cand[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(cand)
    chosen.sort()
    out = []
    for s, e, _prio, typ, value, mod in chosen:
        s, e = _trim(text, s, e)
        out.append(TemporalExpression(s, e, text[s:e], typ, value, mod))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    while s < e and text[s] in " ,\t\n":
        s += 1
    return s, e
