"""The periods of financial reports: "the quarter", "the latest period", "the current
fiscal year", and comparisons with the same period of an earlier year ("a year earlier",
"the year-ago quarter", "the same month last year", "year-earlier results").

A report speaks of one period (its quarter, its month) and compares it with the same
period a year before: TimeML gives such a comparison the value of that earlier period, at
the granularity of the period in context, not that of the word "year".
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .context import COMPARE, Cand, Context, anaphor, comparison
from .lexicon import MONTH_RE, MONTHS, ORDINALS, number_value
from .resolve import resolve_month_day, resolve_quarter, safe_date, shift_value, value_to_date
from .tense import FUTURE, PAST


def report_period(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "year-earlier", "the
    full year", "last year's quarter"; "the year ended March 31" is a year's duration."""
    g = m.group
    if g("adj"):
        months = _MONTHS_AFTER.match(ctx.text, m.end())
        count = number_value(months.group(1)) if months else None
        if months and count:  # "the year-earlier nine months": a span of months, a year back
            start = (
                m.start() - 4
                if ctx.text[m.start() - 4 : m.start()].lower() == "the "
                else m.start()
            )
            return (start, months.end(), "DURATION", f"P{int(count)}M", None)
        return (m.start(), m.end(), "DATE", comparison(1, "P", True), None)
    if g("yrel"):  # "last year's quarter": the quarter in context, a year back or not
        back = 1 if g("yrel").lower() == "last" else 0
        hint = "Q" if g("yunit").lower() == "quarter" else "P"
        return (m.start(), m.end(), "DATE", comparison(back, hint, True), None)
    which = " ".join((g("which") or "").lower().split())
    unit = " ".join(g("unit").lower().split())
    hint = {"quarter": "Q", "month": "M"}.get(unit, "P")
    if g("back") or "ago" in which or "earlier" in which:
        return (m.start(), m.end(), "DATE", comparison(1, hint, True), None)
    if which == "current":
        letter = {"quarter": "Q", "month": "M"}.get(unit, "Y")
        return (m.start(), m.end(), "DATE", shift_value(ctx.dct, 0, letter), None)
    close = P.PERIOD_CLOSE.match(ctx.text, m.end())
    if (
        close
        and close.group("mon")
        and unit in {"quarter", "period"}
        and which in {"", "latest", "most recent"}
    ):
        month = MONTHS[close.group("mon").lower().rstrip(".")]
        year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
        n = _fiscal_quarter(ctx.text, max(0, m.start() - 600), m.start())
        if n:  # the company counts its own quarters: "the quarter" is the one it named
            return (m.start(), m.end(), "DATE", f"{year}-Q{n}", None)
        if month == 1:  # three months ended in January: most of them in the last quarter
            return (m.start(), m.end(), "DATE", f"{year - 1}-Q4", None)
        # the calendar quarter holding two of its three months: "ended July 31" is Q2
        return (m.start(), m.end(), "DATE", f"{year}-Q{(month - 2) // 3 + 1}", None)
    if g("ry") and unit in {"quarter", "period"}:  # "the 1988 quarter": the one in context
        return (m.start(), m.end(), "DATE", comparison(0, "Q", True) + g("ry"), None)
    if which in {"latest", "most recent"} and unit in {"quarter", "period"}:
        return (m.start(), m.end(), "DATE", comparison(0, "L", True), None)
    if unit == "quarter" and not which:  # told in the past, it is a quarter already over
        hint = "L" if _local_tense(m, ctx, reported=True) == PAST else "Q"
        return (m.start(), m.end(), "DATE", comparison(0, hint, True), None)
    if unit.endswith("year") and unit[-4:] == g("unit")[-4:] and which != "same":
        if close:
            return (m.start(), m.end(), "DURATION", "P1Y", None)  # "the year ended March 31"
        return (m.start(), m.end(), "DATE", anaphor(0, "Y"), None)  # the year in context
    return None  # "the month", "the same period": no period of its own


def _fiscal_quarter(text: str, lo: int, hi: int) -> int | None:
    """The number of the last fiscal quarter named in ``text[lo:hi]`` ("the fiscal first
    quarter"), if any."""
    n = None
    for q in P.QUARTER.finditer(text, lo, hi):
        if q.group("fisc") and q.group("unit").lower() == "quarter":
            n = ORDINALS[q.group("ord").lower()]
    return n


def lead_quarter(context: list[str]) -> list[str]:
    """The first quarter a text named: the period a report leads with."""
    return [v for v in context if _QUARTER.match(v)][:1]


_MONTHS_AFTER = re.compile(r"[^\S\n]+(\w+)[\s-]+months\b", re.IGNORECASE)

_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|against)\b[^.;]{0,40}$", re.IGNORECASE
)


def compares(m: re.Match[str], ctx: Context) -> bool:
    """Whether ``m`` ends a comparison ("compared with a loss of $3 million last year")."""
    s0 = ctx.sentence(m.start())[0]
    return bool(_COMPARED_WITH.search(ctx.text, max(s0, m.start() - 60), m.start()))


_COMPARISON = re.compile(rf"^{COMPARE}(\d+)([QMPL])([NC])(\d{{4}})?$")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_MONTH = re.compile(r"^\d{4}-(\d\d)$")
_OTHER_PERIOD = re.compile(r"^\d{4}-(?:H[12]|SP|SU|FA|WI)$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_YEAR = re.compile(r"^\d{4}$")


def _period_back(earlier: str, hint: str, years: int) -> str | None:
    """``earlier`` moved back ``years`` years when it is a period the hint accepts."""
    year = int(earlier[:4]) - years
    month = _MONTH.match(earlier)
    if month and hint == "Q":
        return f"{year}-Q{(int(month.group(1)) - 1) // 3 + 1}"
    if (month and hint in "MP") or (_QUARTER.match(earlier) and hint in "QP"):
        return f"{year}{earlier[4:]}"
    if _OTHER_PERIOD.match(earlier) and hint == "P":
        return f"{year}{earlier[4:]}"
    return None


def is_comparison(value: str) -> bool:
    """Whether a placeholder stands for a period compared with the one the text is about
    ("a year earlier", "the 1988 quarter"), which the text does not move to; "the quarter"
    (zero years back, no year of its own) is the period it moves to."""
    m = _COMPARISON.match(value)
    return m is not None and (m.group(1) != "0" or m.group(4) is not None)


def _over(value: str, dct: dt.date) -> bool:
    ends = value_to_date(value, end_of_period=True)
    return ends is not None and ends < dct


def resolve_comparison(value: str, context: list[str], dct: dt.date) -> str:
    """Value of a comparison placeholder: the period in context (the latest of the last
    few times mentioned, passing over days) moved back; else a year counted from the
    document date or from the latest year in context (a quarter passes over years too).
    Zero years back ("the quarter", "the latest period") is the latest quarter the text
    named, else the last one over before the document date: the one a report is about."""
    m = _COMPARISON.match(value)
    if m is None:
        return value
    years, hint, fallback = int(m.group(1)), m.group(2), m.group(3)
    if years == 0:  # "the latest quarter" is one over by now
        named = [v for v in context if _QUARTER.match(v) and (hint != "L" or _over(v, dct))]
        if m.group(4):  # "the 1988 quarter": the quarter in context, in that year
            return m.group(4) + named[-1][4:] if named else m.group(4)
        return named[-1] if named else shift_value(dct, -1, "Q")
    for earlier in reversed(context[-3:]):
        begins = value_to_date(earlier)
        if begins is not None and begins > dct:
            continue  # a period still to come is no base for a comparison with the past
        found = _period_back(earlier, hint, years)
        if found:
            return found
        if not (_DAY.match(earlier) or (hint == "Q" and _YEAR.match(earlier))):
            break  # a day, or a year for a quarter, is passed over: no such period
    if fallback == "C" and context:
        return str(int(context[-1][:4]) - years)
    return str(dct.year - years)


def _local_tense(m: re.Match[str], ctx: Context, reported: bool = False) -> str | None:
    """Tense of the clause only when its cue is near: a distant cue is often a reporting
    verb ("Ford announced cuts ... during the fourth quarter"). A ``reported`` period
    ("posted a profit for the fiscal second quarter") takes the verb's tense, not that of
    a plan "for" a date."""
    start = m.start()
    if reported and ctx.text.endswith("for ", max(0, start - 4), start):
        start -= 4
    tense, gap = ctx.tense_cue(start, m.end())
    return tense if gap < 40 else None


_ENDED = re.compile(
    rf",?\s+(?:which\s+|that\s+)?(?P<verb>ended|ending|ends)\s+(?P<mon>{MONTH_RE})\.?\s*"
    rf"(?P<day>{P.DAYNUM})\b(?:\s*,\s*(?P<y>{P.YEAR})\b)?",
    re.IGNORECASE,
)


def _end_date(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The date a period "ended" or is "ending" on, named right after it."""
    e = _ENDED.match(ctx.text, m.end())
    if e is None:
        return None
    month = MONTHS[e.group("mon").lower().rstrip(".")]
    day = int(re.sub(r"\D", "", e.group("day")))
    if e.group("y"):
        return safe_date(int(e.group("y")), month, day)
    tense = PAST if e.group("verb").lower() == "ended" else FUTURE
    return resolve_month_day(month, day, ctx.dct, tense, local=True)


def _months_quarter(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "the October-December quarter (of 2023, last year)": the quarter its months make."""
    g = m.group
    n = (MONTHS[g("m1").lower()[:3]] + 2) // 3
    if MONTHS[g("m2").lower()[:3]] != 3 * n:
        return None
    step = {"last": -1, "this": 0, "next": 1}.get((g("qrel") or "").lower())
    if g("qy"):
        year = int(g("qy"))
    elif step is not None:
        year = ctx.dct.year + step
    else:
        year = resolve_quarter(n, ctx.dct, _local_tense(m, ctx))
    return (m.start(), m.end(), "DATE", f"{year}-Q{n}", None)


def quarter(m: re.Match[str], ctx: Context) -> Cand | None:
    g = m.group
    if g("q"):
        letter, n = g("q")[0].upper(), int(g("q")[1])
        ytxt = g("y2")
        year = (
            int(ytxt)
            if ytxt and len(ytxt) == 4
            else 2000 + int(ytxt[1:])
            if ytxt
            else resolve_quarter(n, ctx.dct, _local_tense(m, ctx))
        )
        return (m.start(), m.end(), "DATE", f"{year}-{letter}{n}", None)
    if g("m1"):
        return _months_quarter(m, ctx)
    ordinal = g("ord").lower()
    n = ORDINALS[ordinal]
    half = g("unit").lower() == "half"
    if half:
        if n > 2 and ordinal not in {"final", "last"}:
            return None
        n = min(n, 2)
    rel = (g("rel") or g("prel") or "").lower()
    if g("y") or g("y0"):
        year = int(g("y") or g("y0"))
    elif rel == "last":
        year = ctx.dct.year - 1
    elif rel == "next":
        year = ctx.dct.year + 1
    elif rel == "this" or (rel == "the" and _local_tense(m, ctx) != PAST):
        year = ctx.dct.year  # "the second half of the year": this one, unless told as past
    elif (ended := _end_date(m, ctx)) is not None:
        year = ended.year  # "the fourth quarter ended Sept. 30": the year it ended in
    else:
        q = n if not half else 2 * n
        tense = _local_tense(m, ctx, reported=bool(g("fisc")))
        if tense is None and g("fisc"):
            tense = PAST  # "the fiscal first quarter": a company's reported period, over
        year = resolve_quarter(q, ctx.dct, tense)
    if g("ago"):  # "the year-ago third quarter"
        year -= 1
    return (m.start(), m.end(), "DATE", f"{year}-{'H' if half else 'Q'}{n}", None)
