"""Weeks named by a day in them or by their rank in a month: "the week of March 6", "the
last week of March". A week belongs to the month that holds its Thursday, as ISO 8601
gives a week to the year that holds its Thursday. Days named by their rank among the
weekdays of a month: "the third Thursday of June"; and a day named by its number alone,
in the month the text is in or the next: "until the 15th"."""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .context import Cand, Context
from .lexicon import MONTH_RE, MONTHS, ORDINALS, WEEKDAYS
from .resolve import iso_week, resolve_month, safe_date
from .tense import PAST


def _days_of(year: int, month: int, weekday: int) -> list[dt.date]:
    """The days of a month that fall on ``weekday`` (0 is Monday)."""
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    out = []
    while day.month == month:
        out.append(day)
        day += dt.timedelta(days=7)
    return out


def week_of(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "the week of March 6" (the week holding that day), "the last week of March"."""
    mon = m.group("mon")
    if not mon[0].isupper():
        return None
    if m.group("day"):
        cand = dates.date_from_parts(
            mon, m.group("day"), m.group("y"), None, m.start(), m.end(), ctx
        )
        if cand is None:
            return None
        return (m.start(), m.end(), "DATE", iso_week(dt.date.fromisoformat(cand[3])), None)
    if not m.group("ord"):
        return None
    thursday = _ranked_day(m, ctx, 3)
    return None if thursday is None else (m.start(), m.end(), "DATE", iso_week(thursday), None)


def _ranked_day(m: re.Match[str], ctx: Context, weekday: int) -> dt.date | None:
    """The day of ``weekday`` that the match ranks in its month ("ord", "mon", "y")."""
    month = MONTHS[m.group("mon").lower().rstrip(".")]
    if m.group("y"):
        year = int(m.group("y"))
    else:
        year, month = resolve_month(month, ctx.dct, ctx.tense(m.start(), m.end()))
    days = _days_of(year, month, weekday)
    rank = m.group("ord").lower()
    n = len(days) if rank in {"last", "final"} else ORDINALS[rank]
    return days[n - 1] if n <= len(days) else None


def nth_weekday(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "the third Thursday of June", "the last Monday in May"; "the second Tuesday of each
    month" is a set of days, one a month."""
    if m.group("each"):
        return (m.start(), m.end(), "SET", "P1M", None)
    if not m.group("mon")[0].isupper():
        return None
    day = _ranked_day(m, ctx, WEEKDAYS[m.group("wd").lower().rstrip(".")])
    return None if day is None else (m.start(), m.end(), "DATE", day.isoformat(), None)


# "on the 15th", "until the 15th": a day of the month after a word that places a day; not a
# rank ("finished 15th"), an ordinal of something else ("the 15th anniversary", "the 15th of
# its kind") or a day of a month named next ("the 15th of May" is read with its month)
DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|until|till|before|from|after|since|through|of|for)\s+(?P<the>the\s+(?P<day>[1-9]|[12]"
    r"\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:of\b|[-\w]*\s*(?:century|centuries|anniversary|floor"
    r"|time|times|place|round|rounds|minute|hour|day|week|month|year|straight|consecutive"
    r"|edition|amendment|annual|birthday|largest|biggest|session|meeting|congress|season|street"
    # an ordinal before its noun counts things: "the 20th package of sanctions"
    r"|avenue|precinct|district|package|packages|tranche|batch|instal+ment|term|seat|spot"
    r"|anniversaries|member|country|state|team|player|grade|grades|class|division|position|row"
    r"|level|stage|phase|issue|generation)\b))"
    # (nor before a name: "the 8th U.S. Circuit Court of Appeals", "the 5th Fleet")
    r"(?!\s+(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z]))",
    re.IGNORECASE,
)


def day_of_month(m: re.Match[str], ctx: Context) -> Cand | None:
    """The next day of that number from the document's date, or the last gone by in a
    past clause; a day of that number written with its month before ("set for April 18
    ... travel booked for the 18th") is that month's."""
    n, dct = int(m.group("day")), ctx.dct
    past = ctx.tense(m.start("the"), m.end()) == PAST
    step = -1 if past else 1
    named = _named_month(ctx.text, m.start(), n)
    for k in range(0, 13 if named is None else 25):
        y, mth = divmod(dct.month - 1 + step * k, 12)
        d = safe_date(dct.year + y, mth + 1, n)
        if d is not None and (d <= dct if past else d >= dct) and named in (None, mth + 1):
            return (m.start("the"), m.end(), "DATE", d.isoformat(), None)
    return None


def _named_month(text: str, end: int, n: int) -> int | None:
    """The month of the last day numbered ``n`` written out before ``end``."""
    found = None
    pattern = re.compile(
        rf"\b({MONTH_RE})\.?\s+{n}\b|\b{n}(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b"
    )
    for w in pattern.finditer(text, 0, end):
        found = MONTHS[(w.group(1) or w.group(2)).lower().rstrip(".")]
    return found
