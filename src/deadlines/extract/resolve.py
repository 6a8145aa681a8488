"""Value resolution: calendar arithmetic against the document date, guided by tense."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .lexicon import SEASON_START
from .tense import FUTURE, PAST

_V_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_V_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_V_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_V_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_V_HALF = re.compile(r"^(\d{4})-H([12])$")
_V_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_V_YEAR = re.compile(r"^(?:FY)?(\d{4})$")


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


LOCAL_CUE = 30  # characters: a tense cue nearer than this is the date's own verb


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
    return nearest if not local and nearer_wins(chosen, nearest, dct) else chosen


def nearer_wins(chosen: dt.date, nearest: dt.date, dct: dt.date) -> bool:
    """A tense cue may belong to another clause: a day much nearer the other way wins over
    the one the cue points to, most of a year off."""
    return abs((chosen - dct).days) > 240 and abs((nearest - dct).days) < 75


def resolve_month(
    month: int, dct: dt.date, tense: str | None, close: bool = False
) -> tuple[int, int]:
    """(year, month) for a bare month name; a tense cue far off may be another clause's,
    so a month just ahead stays this year's unless ``close``: its verb is right before it."""
    diff = month - dct.month
    if tense == PAST and (close or not 0 < diff <= 2):
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
        # the day of the current week, whatever the tense ("the deadline had been this
        # Thursday", written on a Tuesday); one already gone is told as still to come only
        # by a future verb
        day = dct + dt.timedelta(days=weekday - dct.weekday())
        return dct + dt.timedelta(days=fwd) if tense == FUTURE and day < dct else day
    if tense == PAST:
        return dct - dt.timedelta(days=back)
    if tense == FUTURE:
        # "will meet on Monday" written on a Monday is that day (say "next Monday" else)
        return dct + dt.timedelta(days=fwd)
    if back <= fwd:
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=fwd)


def resolve_quarter(q: int, dct: dt.date, tense: str | None) -> int:
    """Year for a quarter number given without one: the nearest such quarter, since news
    speaks of the quarter just reported or the one ahead ("third-quarter profit" written in
    October is this year's; "the fourth quarter" written in January last year's). A past
    tense rules out a quarter still to come, a future one a quarter over before the last."""
    cur = (dct.month - 1) // 3 + 1
    back = (cur - q) % 4  # quarters from the latest such quarter (0: the current one)
    year = dct.year if q <= cur else dct.year - 1
    if tense == FUTURE and back > 1:
        return year + 1
    if tense == PAST or back <= 2:
        return year
    return year + 1


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
        y, first_month = int(m.group(1)), SEASON_START[m.group(2)]
        if end_of_period:
            last = add_months(dt.date(y, first_month, 1), 2)
            return dt.date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
        return dt.date(y, first_month, 1)
    m = _V_YEAR.match(value)
    if m:
        y = int(m.group(1))
        return dt.date(y, 12, 31) if end_of_period else dt.date(y, 1, 1)
    return None
