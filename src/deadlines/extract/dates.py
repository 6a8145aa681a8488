"""Calendar dates: days, months, years, seasons, quarters, periods ("next month")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import patterns as P
from .context import Cand, Context, anaphor, comparison
from .lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    day_number,
    number_value,
)
from .plans import names_a_plan
from .reports import compares
from .resolve import LOCAL_CUE, resolve_month, resolve_month_day, safe_date, shift_value
from .seasons import season_year
from .tense import FUTURE, PAST

# the day of a plan: "set a March 16 date", "the deadline as running out on July 31"

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


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
# a lowercase noun the month word modifies ("the May elections"), not a preposition after
# a march or a surname ("the March on Washington", "the May government")
_HEAD_NOUN = re.compile(
    r"[^\S\n]+(?!(?:on|of|to|in|for|from|and|or|government|cabinet)\b)[a-z]{3,}\b"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def pre_mod(pre: str | None) -> tuple[str | None, str | None]:
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


def _with_pre(m: re.Match[str], typ: str, value: str, ctx: Context) -> Cand | None:
    mod, sub = pre_mod(m.group("pre"))
    if sub:
        if not _FOUR_DIGITS.fullmatch(value):
            return None
        value = f"{value}-{sub}"
    return (m.start(), m.end(), typ, value, mod)


def period(m: re.Match[str], ctx: Context) -> Cand | None:
    """A month, year, season or relative period ("the end of next year")."""
    groups: dict[str, Any] = m.groupdict()  # the period patterns share this handler

    def g(name: str) -> Any:
        return groups.get(name)

    if g("mon_y"):
        if not g("mon_y")[0].isupper():
            return None
        rel_year = {"next": 1, "last": -1, "this": 0}.get((g("myrel") or "").lower(), 0)
        year = g("my") or str(ctx.dct.year + rel_year)
        return _with_pre(m, "DATE", f"{year}-{_month_num(g('mon_y')):02d}", ctx)
    if g("year"):
        before = ctx.text[max(0, m.start("year") - 2) : m.start("year")]
        if before[-1:] in {"$", "#", "/", "£", "€"} or (before[-1:] == "-" and not g("pre")):
            return None
        if before[-1:] == "." and before[:1].isdigit():
            return None  # the decimals of "4.1556"
        # "fiscal 1989" is valued as its year, as TimeBank annotates it: the fiscal
        # qualifier shifts the months the year covers, not which year is meant
        return _with_pre(m, "DATE", g("year"), ctx)
    if g("season"):
        return _season(m, ctx)
    if g("mon"):
        mon = g("mon")
        if not mon[0].isupper():
            return None
        rel = (g("monrel") or "").strip().lower()
        key = mon.lower().rstrip(".")
        if key == mon.lower() and len(key) <= 3 and _NAME_AFTER.match(ctx.text, m.end()):
            return None  # "Jan Kavan": a first name, no abbreviated month
        if key in _AMBIGUOUS_MONTHS and not (rel or g("pre")):
            prev = ctx.prev_word(m.start())
            if prev not in _BARE_MONTH_OK and not (
                prev == "the" and _HEAD_NOUN.match(ctx.text, m.end())
            ):
                return None  # "the March accession" names the month; "will march" does not
        year, month = _month_year(_month_num(mon), rel, m, ctx)
        return _with_pre(m, "DATE", f"{year}-{month:02d}", ctx)
    return _relative(m, ctx)


def _season(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "this summer", "the winter of 2024", "in spring"."""
    g, dct = m.group, ctx.dct
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
    elif rel in ([], ["the"]):
        year = season_year(code, dct, ctx.tense(m.start(), m.end()))
    elif "next" in rel or "coming" in rel:
        year = dct.year + 1
    elif rel == ["this", "past"]:  # the latest such season begun in an earlier month
        year = season_year(code, dct, "PAST", begun=True)
    elif "last" in rel or "past" in rel:
        year = dct.year - 1
    else:
        year = dct.year
    return _with_pre(m, "DATE", f"{year}-{code}", ctx)


_CLOSE_CUE = 30  # characters: a verb this near a month governs it ("raised prices in April")


def _month_year(month: int, rel: str, m: re.Match[str], ctx: Context) -> tuple[int, int]:
    """(year, month) of a month named without a year: "last March", "in March"."""
    dct = ctx.dct
    if rel in {"last", "past"}:
        return (dct.year if month < dct.month else dct.year - 1), month
    if rel in {"next", "coming"}:
        return (dct.year if month > dct.month else dct.year + 1), month
    if rel == "this":
        return dct.year, month
    tense, gap = ctx.tense_cue(m.start(), m.end())
    in_view = ctx.year_in_view(m.start()) if tense is None else None
    if in_view is not None:  # no tense: the year the text is speaking of
        return in_view, month
    return resolve_month(month, dct, tense, close=gap <= _CLOSE_CUE)


def _part_of_next_day(m: re.Match[str], bare: str, unit: str) -> Cand | None:
    """ "the next morning", "the following evening": a part of the day after (or before)
    the one in context; "this morning" and "last night" are the deictic rules'."""
    step = {"next": 1, "following": 1, "previous": -1}.get(bare)
    if step is None or m.group("pre") or m.group("ago"):
        return None
    return (m.start(), m.end(), "TIME", anaphor(step, "D") + "T" + PARTS_OF_DAY[unit], None)


def _relative(m: re.Match[str], ctx: Context) -> Cand | None:
    dct = ctx.dct
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("runit").lower()
    bare = rel.removeprefix("the ")
    if unit == "weekend":
        return None  # handled by the deictic rule
    if unit in PARTS_OF_DAY:
        return _part_of_next_day(m, bare, unit)
    if unit == "date":  # "on that date", "the same date": only the day in context
        if bare not in {"same", "that"}:
            return None
        unit = "day"
    if bare == "this past":  # "this past week": the one just over; "this past year": a span
        bare = "last" if unit in {"week", "month", "quarter"} else "past"
    if rel == "the past" and unit == "year":
        bare = "last"  # "over the past year": the year before this one, as "last year" is
    if bare == "past":
        if m.group("pre"):
            return None
        letter = UNITS[unit][0] if unit in UNITS else "D"
        amount = {"DE": "10Y", "CE": "100Y"}.get(letter, f"1{letter}")  # ISO has no decades
        return (m.start(), m.end(), "DURATION", f"P{amount}", None)
    if rel == "the" and not (m.group("pre") or m.group("ago")):
        return None
    step = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}.get(bare, 0)
    if m.group("ago"):
        step = -1
    # "the following day", "the year before", "that week": counted from the time in context
    # "the end of the month" counts from a time its sentence names before it, else it is the
    # current month; "the second half of the year" and "the start of the day" always count
    pre = m.group("pre")
    told = bool(pre) and (unit == "day" or bool(pre_mod(pre)[1]) or ctx.dated_before(m.start()))
    anaphoric = (
        bare in {"following", "previous", "same", "that"}
        or (rel == "the" and (bool(m.group("ago")) or told))
        or (rel == "the next" and unit == "day")
    )
    if unit == "day":
        if not (step or anaphoric):
            return None
        if anaphoric:  # "the next day", "the start of the day": the day in context
            return _with_pre(m, "DATE", anaphor(step, "D", bare == "that"), ctx)
        d = dct + dt.timedelta(days=step)
        return (m.start(), m.end(), "DATE", d.isoformat(), None)
    letter = UNITS[unit][0]
    if anaphoric:
        return _with_pre(m, "DATE", anaphor(step, letter, bare == "that"), ctx)
    if bare == "last" and unit == "year" and not m.group("pre") and compares(m, ctx):
        # "up from $3 million last year": the same period a year back
        return (m.start(), m.end(), "DATE", comparison(1, "P", True), None)
    base = dct
    if (
        unit == "week"
        and dct.weekday() == 6
        and (rel.startswith("later") or ctx.tense(m.start(), m.end()) == FUTURE)
    ):
        base = dct + dt.timedelta(days=1)  # a news week read from Sunday looks ahead
    return _with_pre(m, "DATE", shift_value(base, step, letter), ctx)


def date_from_parts(
    mon: str, day: str, year: str | None, wd: str | None, start: int, end: int, ctx: Context
) -> Cand | None:
    if not mon[0].isupper():
        return None
    month, d = _month_num(mon), day_number(day)
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
            tense, gap = ctx.tense_cue(start, end)
            if tense == PAST and names_a_plan(ctx.text, *ctx.sentence(start), start, end):
                tense = None  # the past act set or told the plan, the day is its own
            in_view = ctx.year_in_view(start) if tense is None else None
            if tense == PAST:  # (a year named is the day's: "its 2019 calendar ... was")
                in_view = ctx.past_year_in_view(start) or ctx.year_in_view(start, 1)
            if in_view is not None:  # no tense: the year the text is speaking of
                date = safe_date(in_view, month, d)
            else:
                date = resolve_month_day(month, d, ctx.dct, tense, local=gap < LOCAL_CUE)
    if date is None:
        return None
    return (start, end, "DATE", date.isoformat(), None)


# "October 15-16, 2013", "April 24 and 25, 2013": the year written after a range or a
# pair of days is the year of its first day too
_RANGE_YEAR = re.compile(
    r"(?:[^\S\n]*[-–][^\S\n]*|\s+(?:and|or)\s+)\d{1,2}\b,?\s*(?P<y>(?:19|20)\d\d)\b"
)


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def month_day(m: re.Match[str], ctx: Context) -> Cand | None:
    year = m.group("y")
    if m.group("yrel"):  # "May 2 next year"
        year = str(ctx.dct.year + _YEAR_STEP[m.group("yrel").lower()])
    if year is None:
        ranged = _RANGE_YEAR.match(ctx.text, m.end())
        year = ranged.group("y") if ranged else None
    return date_from_parts(
        m.group("mon"), m.group("day"), year, m.group("wd"), m.start(), m.end(), ctx
    )


def second_of_pair(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "April 24 and 25": the second day, in the month and year of the first."""
    first = date_from_parts(
        m.group("mon"), m.group("first"), m.group("y"), None, m.start(), m.end("first"), ctx
    )
    if first is None or len(first[3]) < 10:
        return None
    d = safe_date(int(first[3][:4]), int(first[3][5:7]), day_number(m.group("day")))
    end = m.end("y") if m.group("y") else m.end("day")  # "25, 2013": the year is the pair's
    return (m.start("day"), end, "DATE", d.isoformat(), None) if d else None


def iso(m: re.Match[str], ctx: Context) -> Cand | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.group("hh"):
        value = f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}"
        return (m.start(), m.end(), "TIME", value, None)
    return (m.start(), m.end(), "DATE", d.isoformat(), None)


def slash(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "9.10.2025": day first, a full year; "10/09/2025": month first unless the text
    writes such dates day first."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    dotted = m.group("sep") == "."
    if y < 100 and not dotted:
        y += 2000 if y < 50 else 1900
    month, day = (b, a) if dotted or a > 12 or (b <= 12 and ctx.day_first()) else (a, b)
    numbered = dotted and P.NUMBERED.search(ctx.text, max(0, m.start() - 12), m.start())
    d = safe_date(y, month, day) if y >= 1000 and not numbered else None
    return (m.start(), m.end(), "DATE", d.isoformat(), None) if d else None


def period_end(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "year-end", "month end", "by year's end": the end of the document's period."""
    letter = {"year": "Y", "month": "M", "quarter": "Q"}[m.group("unit").lower()]
    return (m.start(), m.end(), "DATE", shift_value(ctx.dct, 0, letter), "END")


def spelled_year(m: re.Match[str], ctx: Context) -> Cand | None:
    """A year said in words: "nineteen ninety-six", "the year two thousand"."""
    if m.group("cent"):
        cent = number_value(m.group("cent")) or 0
        rest = number_value(m.group("rest").replace("-", " ")) or 0
        year = int(cent * 100 + rest)
    else:
        year = 2000 + int(number_value(m.group("rest2") or "0") or 0)
    if m.group("smon") and m.group("smon")[0].isupper():  # "January nineteen ninety-seven"
        return (m.start(), m.end(), "DATE", f"{year}-{_month_num(m.group('smon')):02d}", None)
    if m.group("sseas"):  # "the winter of nineteen ninety-four"
        return (m.start(), m.end(), "DATE", f"{year}-{SEASONS[m.group('sseas').lower()]}", None)
    return (m.start("cent") if m.group("cent") else m.start(), m.end(), "DATE", str(year), None)
