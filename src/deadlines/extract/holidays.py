"""Holidays: fixed ones ("Christmas Day") and those that move with the calendar
("Thanksgiving", the fourth Thursday of November, and "Black Friday" after it; "Easter",
"Good Friday", "Palm Sunday"; the US "Election Day")."""

from __future__ import annotations

import datetime as dt
import re

from .context import Cand, Context
from .lexicon import HOLIDAYS, MONTH_RE, WEEKDAY_RE
from .patterns import YEAR
from .resolve import LOCAL_CUE, iso_week, nearer_wins, safe_date
from .tense import FUTURE, PAST

# the trigger words of the holiday rule (one word of each name)
HOLIDAY_WORDS = frozenset(
    "christmas year halloween valentine independence thanksgiving labor memorial election"
    " easter good palm ash maundy holy black cyber presidents veterans armistice"
    " boxing patrick bastille juneteenth columbus luther mlk".split()
)
HOLIDAY = re.compile(
    r"(?:\b(?P<rel>last|next|this|past|coming)\s+)?"
    r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Halloween"
    r"|Valentine's\s+Day|Independence\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day"
    r"|Memorial\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Palm\s+Sunday"
    r"|Ash\s+Wednesday|Maundy\s+Thursday|Holy\s+Saturday|Black\s+Friday|Cyber\s+Monday"
    r"|Presidents'?\s+Day|Veterans'?\s+Day|Armistice\s+Day|Boxing\s+Day"
    r"|(?:St\.?|Saint)\s+Patrick's\s+Day|Bastille\s+Day|Juneteenth(?!\s+[A-Z])|Columbus\s+Day"
    r"|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day)"
    r"(?:(?P<week>\s+week)|(?P<weekend>\s+weekend))?"
    r"(?:\s+(?P<y>" + YEAR + r"))?\b"
)

# holiday -> (month, weekday, n): the n-th such weekday of the month (-1: the last)
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2),
    "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3),
    "martin luther king, jr. day": (1, 0, 3),
    "mlk day": (1, 0, 3),
}


# holiday -> days from Easter Sunday
_FROM_EASTER = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter monday": 1,
}
# holiday -> days from Thanksgiving: the shopping days after it
_FROM_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(name: str, year: int) -> dt.date | None:
    """Date of the holiday ``name`` (lower case, single spaces) in ``year``."""
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return safe_date(year, month, day)
    if name in _NTH_WEEKDAY:
        return _nth_weekday(year, *_NTH_WEEKDAY[name])
    if name in _FROM_THANKSGIVING:
        return _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=_FROM_THANKSGIVING[name])
    if name in _FROM_EASTER:
        return easter(year) + dt.timedelta(days=_FROM_EASTER[name])
    if name.startswith("easter"):
        return easter(year)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return None


_CLOSE_BY = 7  # days


def _choose(days: list[dt.date], dct: dt.date, rel: str, tense: str | None) -> dt.date:
    """The one meant: "last" or a past tense the latest before the document date, "next"
    or a future tense the first after it, else the nearest."""
    before = [d for d in days if d < dct or (d == dct and rel not in {"last", "past"})]
    after = [d for d in days if d > dct or (d == dct and rel not in {"next", "coming"})]
    if (rel in {"last", "past"} or tense == PAST) and before:
        return max(before)
    if (rel in {"next", "coming"} or tense == FUTURE) and after:
        return min(after)
    return min(days, key=lambda d: (abs((d - dct).days), d > dct))


# the year of the event a holiday names, told after it: "the Boxing Day tsunami of 2004",
# "the Bastille Day attack in Nice killed 86 people in 2016"
_YEAR_AFTER = re.compile(r"[^.;]{0,70}?\b(?:in|of)\s+(?P<y>" + YEAR + r")\b(?!\s*[-–])")


# a noun the holiday names ("the St. Patrick's Day parade"), whose own verb dates it, not
# the holiday
_NAMES_AN_EVENT = re.compile(
    r"[^\S\n]+(?!(?:and|or|but|in|on|at|to|by|for|of|is|was|will|next|last|this)\b)[a-z]"
)
# (and told on a day of its own: "... parade on Monday")
_ON_A_DAY = re.compile(rf"[^.;]{{0,60}}?\bon\s+(?:{WEEKDAY_RE}|{MONTH_RE})", re.IGNORECASE)


def _year_told(m: re.Match[str], ctx: Context) -> str | None:
    """The year its sentence tells for a holiday with none of its own, after it."""
    after = _YEAR_AFTER.match(ctx.text, m.end(), ctx.sentence(m.start())[1])
    return after.group("y") if after else None


def holiday(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "Christmas Day", "last Thanksgiving", "Easter week", "Labor Day weekend", "Election
    Day 2026"."""
    name = " ".join(m.group("h").lower().split())
    year = m.group("y") or _year_told(m, ctx)
    if year:
        day = holiday_date(name, int(year))
    else:
        days = [holiday_date(name, ctx.dct.year + k) for k in (-1, 0, 1)]
        if m.group("week"):  # a week has begun once its Monday is past
            days = [d - dt.timedelta(days=d.weekday()) for d in days if d]
        elif m.group("weekend"):  # the Saturday of the weekend the holiday ends or begins
            days = [d + dt.timedelta(days=(8 - d.weekday()) % 7 - 3) for d in days if d]
        rel = (m.group("rel") or "").lower()
        tense, gap = ctx.tense_cue(m.start(), m.end()) if not rel else (None, 0)
        if _NAMES_AN_EVENT.match(ctx.text, m.end()) and _ON_A_DAY.match(ctx.text, m.end()):
            tense, gap = None, 0  # "the Veterans Day sale ends on Sunday": the nearer one
        day = _choose([d for d in days if d], ctx.dct, rel, tense)
        nearest = _choose([d for d in days if d], ctx.dct, rel, None)
        # (a holiday a few days from the document's date is that one, whatever the tense:
        # "left town for their Presidents' Day recess" four days before it)
        if (gap >= LOCAL_CUE and nearer_wins(day, nearest, ctx.dct)) or (
            not rel and abs((nearest - ctx.dct).days) <= _CLOSE_BY
        ):
            day = nearest
    if day is None:
        return None
    start = m.start() if m.group("rel") else m.start("h")
    value = iso_week(day) if m.group("week") else day.isoformat()
    if m.group("weekend"):
        value = iso_week(day) + "-WE"
    return (start, m.end(), "DATE", value, None)
