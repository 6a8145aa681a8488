"""Weeks named by a day in them or by their rank in a month: "the week of March 6", "the
last week of March". A week belongs to the month that holds its Thursday, as ISO 8601
gives a week to the year that holds its Thursday."""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .context import Cand, Context
from .lexicon import MONTHS, ORDINALS
from .resolve import iso_week, resolve_month


def _thursdays(year: int, month: int) -> list[dt.date]:
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(3 - first.weekday()) % 7)
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
    month = MONTHS[mon.lower().rstrip(".")]
    if m.group("y"):
        year = int(m.group("y"))
    else:
        year, month = resolve_month(month, ctx.dct, ctx.tense(m.start(), m.end()))
    thursdays = _thursdays(year, month)
    rank = m.group("ord").lower()
    n = len(thursdays) if rank in {"last", "final"} else ORDINALS[rank]
    if n > len(thursdays):
        return None
    return (m.start(), m.end(), "DATE", iso_week(thursdays[n - 1]), None)
