"""Weeks named by a day in them or by their rank in a month: "the week of March 6", "the
last week of March". A week belongs to the month that holds its Thursday, as ISO 8601
gives a week to the year that holds its Thursday. Days named by their rank among the
weekdays of a month: "the third Thursday of June"."""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .context import Cand, Context
from .lexicon import MONTHS, ORDINALS, WEEKDAYS
from .resolve import iso_week, resolve_month


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
