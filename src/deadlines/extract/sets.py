"""Recurring times (TimeML SETs): "every Monday", "twice a year", "annually", "on Mondays",
and the adverbs and adjectives that name a kind or a rate rather than a time ("a quarterly
dividend", "up 8% annually", "miles per hour")."""

from __future__ import annotations

import re

from . import patterns as P
from .context import Cand, Context
from .durations import period_of
from .lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS, number_value

_ADVERB_SETS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
    "bimonthly": "P2M",
}
_WS = re.compile(r"\s+")
# "quarterly dividend", "quarterly loss": the adjective names the kind of payment or report
_NOUN_AFTER = re.compile(r"[^\S\n]+(?!(?:and|or|but|in|on|at|to|by|for|since|until)\b)[a-z]", re.I)
# "the annual meeting", "its annual parade": the kind of a gathering held each year
_EVENT_AFTER = re.compile(
    r"[^\S\n]+(?:[A-Za-z]+[^\S\n]+){0,2}(?:meetings?|conferences?|conventions?|summits?|parades?"
    r"|march|marches|festivals?|keynotes?|celebrations?|ceremony|ceremonies|rall(?:y|ies)"
    r"|fairs?|gala|assembly|congress|pilgrimage|tournaments?|races?)\b",
    re.I,
)
# "to rise 8% annually", "10,000 units annually": the adverb makes an amount a rate
_AMOUNT_BEFORE = P.AMOUNT_BEFORE


_PART_AFTER = re.compile(r"\s+(?P<p>morning|afternoon|evening|night)s?\b")
_YEAR_AFTER = re.compile(r"\s+(?:in|of|during)\s+(?P<y>1[5-9]\d\d|20\d\d)\b")


def _part_of_day(text: str, end: int) -> tuple[int, str]:
    """(new end, "TNI"...) when a part of the day follows: "every Sunday night"."""
    m = _PART_AFTER.match(text, end)
    if m is None:
        return end, ""
    return m.end(), "T" + PARTS_OF_DAY[m.group("p").lower()]


def weekday_set(m: re.Match[str], ctx: Context) -> Cand | None:
    """A weekday in the plural, a recurring day: "on Mondays", "Sunday nights in 2013"."""
    day = WEEKDAYS[m.group("wd").lower()] + 1
    part = m.group("part") or m.group("part2")
    code = "T" + PARTS_OF_DAY[part.lower()] if part else ""
    y = _YEAR_AFTER.match(ctx.text, m.end())
    year = y.group("y") if y else "XXXX"
    return (m.start(), m.end(), "SET", f"{year}-WXX-{day}{code}", None)


_SPEED = re.compile(r"\b(?:miles|kilometres|kilometers|km|knots)\)?\s+$", re.IGNORECASE)


def _rate_or_kind(adv: str, m: re.Match[str], text: str) -> bool:
    """ "quarterly" before a noun names a kind of dividend or report, and "annually" or
    "quarterly" after an amount makes a rate ("up 8% annually"): no time of their own,
    as TimeBank leaves them."""
    if adv == "quarterly" and _NOUN_AFTER.match(text, m.end()):
        return True
    if adv == "annual" and _EVENT_AFTER.match(text, m.end()):
        return True
    return adv in {"annually", "quarterly"} and bool(
        _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )


def recurrence(m: re.Match[str], ctx: Context) -> Cand | None:
    """A SET: "every Monday", "twice a year", "annually"."""
    g = m.group
    if g("adv"):
        adv = _WS.sub(" ", g("adv").lower())
        if _rate_or_kind(adv, m, ctx.text):
            return None
        if adv == "annual":
            return (m.start(), m.end(), "DURATION", "P1Y", None)
        if adv in _ADVERB_SETS:
            return (m.start(), m.end(), "SET", _ADVERB_SETS[adv], None)
        unit = adv.split()[-1]
        return (m.start(), m.end(), "SET", period_of(1, unit), None)
    unit = g("unit")
    key = unit.lower().rstrip(".")
    if g("q").lower() == "per" and (
        key in {"second", "minute"} or _SPEED.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # "instructions per second", "miles per hour": a unit of speed
    if key in MONTHS:  # "each July"
        if not unit[0].isupper():
            return None
        return (m.start(), m.end(), "SET", f"XXXX-{MONTHS[key]:02d}", None)
    if key in WEEKDAYS:
        if not unit[0].isupper():
            return None
        end, part = _part_of_day(ctx.text, m.end())
        return (m.start(), end, "SET", f"XXXX-WXX-{WEEKDAYS[key] + 1}{part}", None)
    if key in {"morning", "evening", "night"}:
        code = {"morning": "MO", "evening": "EV", "night": "NI"}[key]
        return (m.start(), m.end(), "SET", f"XXXX-XX-XXT{code}", None)
    if key == "weekend":
        return (m.start(), m.end(), "SET", "XXXX-WXX-WE", None)
    if key in {"summer", "winter"}:
        return (m.start(), m.end(), "SET", f"XXXX-{'SU' if key == 'summer' else 'WI'}", None)
    n = number_value(g("num")) if g("num") else 1.0
    if n is None:
        return None
    return (m.start(), m.end(), "SET", period_of(n, unit), None)
