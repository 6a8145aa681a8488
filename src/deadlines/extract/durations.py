"""Durations ("two weeks", "more than three years"), relative offsets ("two years ago")
and sets ("every Monday", "annually")."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .lexicon import UNITS, VAGUE_NUMBERS, WEEKDAYS, number_value, unit_key
from .resolve import shift_value

Cand = tuple[int, int, str, str, "str | None"]

_QUANT_MOD = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}
_DURATION_LEAD = frozenset(
    {
        "for",
        "by",
        "over",
        "within",
        "in",
        "after",
        "than",
        "about",
        "nearly",
        "almost",
        "around",
        "least",
        "only",
        "just",
        "half",
        "take",
        "takes",
        "took",
        "last",
        "lasted",
        "spend",
        "spent",
        "lasting",
        "up",
        "under",
        "past",
        "during",
        "throughout",
        "barely",
        "extend",
        "extended",
        "delay",
        "delayed",
        "postpone",
        "postponed",
        "of",
    }
)
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
_AMOUNT_BEFORE = P.AMOUNT_BEFORE


def _num_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _period(n: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit_key(unit)]
    amount = "X" if n is None else _num_text(n)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def duration_cand(m: re.Match[str], text: str, dct: dt.date, prev: str) -> Cand | None:
    g = m.group
    num_txt = _WS.sub(" ", g("num").lower())
    unit = g("unit")
    q = _WS.sub(" ", (g("q") or "").strip().lower())
    rel = (g("rel") or "").strip().lower()
    post = (g("post") or "").strip().lower()
    start, end = m.start(), m.end()
    vague = num_txt in VAGUE_NUMBERS
    n = None if vague else number_value(num_txt)
    if not vague and n is None:
        return None
    if n is not None and g("half"):
        n += 0.5
    if n is not None and num_txt[0].isdigit() and n > 1000:
        return None
    if num_txt in {"a", "an"} and not (q or rel or post):
        before = text[max(0, start - 25) : start]
        if _AMOUNT_BEFORE.search(before) or prev in {"per", "each", "every"}:
            return (start, end, "SET", _period(1, unit), None)
        if prev not in _DURATION_LEAD:
            return None
    if num_txt == "some" and not q:
        return None
    mod = _QUANT_MOD.get(q)

    letter, _ = UNITS[unit_key(unit)]
    if post in {"ago", "earlier", "before"}:
        if n is None:
            return (start, end, "DATE", "PAST_REF", mod)
        return (start, end, "DATE", shift_value(dct, -n, letter), mod)
    if post in {"later", "from now", "after"}:
        if n is None:
            return (start, end, "DATE", "FUTURE_REF", mod)
        return (start, end, "DATE", shift_value(dct, n, letter), mod)
    if (
        prev == "in"
        and not (q or rel)
        and n is not None
        and letter in {"D", "W", "M", "Y"}
        and "-" not in g("sep")
    ):
        s = text.rfind("in", 0, start)
        return (s, end, "DATE", shift_value(dct, n, letter), None)
    return (start, end, "DURATION", _period(n, unit), mod)


def set_cand(m: re.Match[str]) -> Cand | None:
    g = m.group
    if g("adv"):
        adv = _WS.sub(" ", g("adv").lower())
        if adv == "annual":
            return (m.start(), m.end(), "DURATION", "P1Y", None)
        if adv in _ADVERB_SETS:
            return (m.start(), m.end(), "SET", _ADVERB_SETS[adv], None)
        unit = adv.split()[-1]
        return (m.start(), m.end(), "SET", _period(1, unit), None)
    unit = g("unit")
    key = unit.lower().rstrip(".")
    if key in WEEKDAYS:
        if not unit[0].isupper():
            return None
        return (m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[key] + 1}", None)
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
    return (m.start(), m.end(), "SET", _period(n, unit), None)
