"""Two days of one month told day first, the month after the second ("Saturday 13 and Sunday
14 January", "on 6 and 7 January"): the first is a date of its own, in that month."""

from __future__ import annotations

import re

from . import patterns as P
from .context import Cand, Context
from .dates import date_from_parts
from .lexicon import MONTH_RE, WEEKDAY_RE, day_number
from .resolve import safe_date

DAY_PAIR = re.compile(
    rf"\b(?:{WEEKDAY_RE}[^\S\n]+)?(?P<first>{P.DAYNUM})\s+(?:and|or|&)\s+"
    rf"(?:{WEEKDAY_RE}[^\S\n]+)?(?P<day>{P.DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH_RE})\b"
    rf"(?:,?\s*(?P<y>{P.YEAR})\b)?",
    re.IGNORECASE,
)


def first_of_day_pair(m: re.Match[str], ctx: Context) -> Cand | None:
    """The first day of the pair (with its weekday), in the month and year of the second."""
    second = date_from_parts(
        m.group("mon"), m.group("day"), m.group("y"), None, m.start("day"), m.end(), ctx
    )
    if second is None or len(second[3]) < 10:
        return None
    d = safe_date(int(second[3][:4]), int(second[3][5:7]), day_number(m.group("first")))
    return (m.start(), m.end("first"), "DATE", d.isoformat(), None) if d else None
