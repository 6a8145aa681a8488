"""Durations ("two weeks", "more than three years"), relative offsets ("two years ago")
and sets ("every Monday", "annually")."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .context import Cand, Context, anaphor, comparison
from .lexicon import (
    UNITS,
    VAGUE_NUMBERS,
    number_value,
    unit_key,
)
from .resolve import shift_value
from .tense import PAST

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
        # a move told by its span after its particle: "pushed back a week", "put off a
        # month", "brought forward a day"; and a wait: "waited a week"
        "back",
        "off",
        "forward",
        "deferred",
        "wait",
        "waited",
    }
)
_WS = re.compile(r"\s+")
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_BEFORE_VERB = frozenset(
    "will would could may might can should must shall to not 'll did does do".split()
)
_BEFORE_SOMEDAY = frozenset(
    "will would could may might can should must shall he she they we i you".split()
)
_AFTER_BEFORE = re.compile(r"\s+(?:after|before)\b")
# "to rise 8% annually", "10,000 units annually": the adverb makes an amount a rate
_AMOUNT_BEFORE = P.AMOUNT_BEFORE
# "three-quarters of its food": a fraction, unless a time follows ("a quarter of the year")
_FRACTION_OF = re.compile(
    r"\s*,?\s+of\s+(?!(?:the\s+|a\s+|an\s+|this\s+|that\s+|next\s+|last\s+)?(?:fiscal\s+)?"
    r"(?:year|century|decade|hour|\d{4}|'\d\d))",
    re.IGNORECASE,
)


def _num_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# ISO 8601 has no decades or centuries: a duration counts them in years
_IN_YEARS = {"DE": 10, "CE": 100}


def period_of(n: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit_key(unit)]
    if letter in _IN_YEARS:
        n, letter = (None if n is None else n * _IN_YEARS[letter]), "Y"
    amount = "X" if n is None else _num_text(n)
    if n is not None and n != int(n) and n - int(n) == 0.5 and letter in _HALF:
        # "2 1/2 years": P2Y6M; "half an hour": PT30M
        amount, letter = (f"{int(n)}{letter}" if int(n) else ""), _HALF[letter]
        if letter.startswith("T"):
            amount, letter, is_time = amount + "T", letter[1:], False
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def first_of_pair(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "between two and six days": the first amount alone, a length in the unit named once
    for both (the second, "six days", is a duration of its own)."""
    n = number_value(m.group("num"))
    if n is None:
        return None
    return (m.start("num"), m.end("num"), "DURATION", period_of(n, m.group("unit")), None)


# half a unit in the next smaller one, as ISO 8601 writes a mixed amount
_HALF = {"Y": "6M", "H": "30M", "M": "30S", "D": "T12H"}


# "the lowest level in six years", "the first time in a decade": a span of time, not a date
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+est|first|second|third|fourth|fifth|best|worst|most|least|time|never|not|n't)\b"
    r"[^.;]{0,40}$",
    re.I,
)
# "a second consecutive day", "the second round": an ordinal, not a duration
_ORDINAL_NEXT = re.compile(r"\s+(?!(?:of|and|or|to|for|in|later|earlier|ago|before|after)\b)[a-z]")


def _with_half(text: str, start: int, end: int, unit: str) -> Cand | None:
    """ "half an hour" (PT30M), "a day and a half" (P1DT12H)."""
    before = _HALF_BEFORE.search(text, max(0, start - 6), start)
    if before:
        return (before.start(), end, "DURATION", period_of(0.5, unit), None)
    if after := _HALF_AFTER.match(text, end):
        return (start, after.end(), "DURATION", period_of(1.5, unit), None)
    return None


def _counted_value(n: float | None, letter: str, post: str, dct: dt.date) -> str:
    """Value of an amount counted back or ahead: "two years ago", "days later"."""
    back = post in {"ago", "earlier"}
    if n is None:
        return "PAST_REF" if back else "FUTURE_REF"
    if back and letter == "Y" and n == 1:
        # "a year ago", "a year earlier": the period in context, a year back
        return comparison(int(n), "P", post == "ago")
    # "two years ago" counts from now; "two days earlier" from the time in context
    if post in {"ago", "from now", "from today"}:  # ("two weeks from today": a day)
        days = post == "from today" and letter == "W"
        return shift_value(dct, 7 * n if days else -n if back else n, "D" if days else letter)
    if letter == "W":  # "a week later": the day that many weeks after the one in context
        return anaphor(-7 * n if back else 7 * n, "D")
    return anaphor(-n if back else n, letter)


_MORE = re.compile(r"\b(?:extra|additional|further)\b", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)  # "two weeks earlier than expected"
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(?:two|three|so|more)\b", re.IGNORECASE)
# a span given to someone ("offered him a week"), or an extent ("as long as a month")
_GIVEN_TO = frozenset({"him", "her", "them", "us", "me", "you"})
_AS_LONG_AS = re.compile(r"\bas\s+(?:long|little|short|much)\s+as\s+$", re.IGNORECASE)


def _leads_a_span(prev: str, before: str, words: str, text: str, end: int) -> bool:
    """ "a week" is a span: "for a week", "gave them a week", "an extra fortnight", "a week
    of monsoon flooding", "a day after the vote" (the distance between two times)."""
    lead = prev in _DURATION_LEAD or prev in _GIVEN_TO
    lead = lead or bool(P.OF_WHAT.match(text, end) or _AFTER_BEFORE.match(text, end))
    return bool(lead or _AS_LONG_AS.search(before) or _MORE.search(words))


# "two days after that", "a week afterwards": counted as "later" is
_AS_LATER = re.compile(r"^(?:after\s+(?:that|this)|afterwards?|thereafter)$")


def _quantity(num_txt: str, unit: str, half: bool) -> tuple[bool, float | None, str]:
    """(known, number of units or None when vague, unit): "two and a half" is 2.5 and a
    fortnight two weeks ("within a fortnight" P2W); a number too big for time is unknown."""
    if num_txt in VAGUE_NUMBERS:
        return True, None, unit
    n = number_value(num_txt)
    if n is None or (num_txt[0].isdigit() and n > 1000):
        return False, None, unit
    n = n + 0.5 if half else n
    return (True, 2 * n, "weeks") if unit_key(unit) == "fortnight" else (True, n, unit)


def _no_time(m: re.Match[str], text: str, post: str) -> bool:
    """Not a length of time: the tail of a bigger number ("1,200 years") or an age ("a
    6-year-old", "37 years old")."""
    if P.DIGITS_BEFORE.search(text, max(0, m.start("num") - 2), m.start("num")):
        return True
    return post == "-old" or bool(P.AGE_AFTER.match(text, m.end()))


def duration(m: re.Match[str], ctx: Context) -> Cand | None:
    """A quantity of time, or a date that many units before or after a reference."""
    g = m.group
    text, dct, prev = ctx.text, ctx.dct, ctx.prev_word(m.start())
    num_txt = _WS.sub(" ", g("num").lower())
    unit = g("unit")
    q = _WS.sub(" ", (g("q") or "").strip().lower())
    rel = (g("rel") or "").strip().lower()
    post = _AS_LATER.sub("later", _WS.sub(" ", (g("post") or "").strip().lower()))
    post = "earlier" if post == "sooner" else post  # ("a week sooner than it had told")
    start, end = m.start(), m.end()
    if rel == "last" and ctx.prev_word(m.start("rel")) in _BEFORE_VERB:
        rel, start, prev = "", m.start("num"), "last"  # "the strike will last two days"
    if _no_time(m, text, post):
        return None
    known, n, unit = _quantity(num_txt, unit, bool(g("half")))
    if not known:
        return None
    if num_txt in {"a", "an"} and not (q or rel or g("half")):
        halved = _with_half(text, start, end, unit)
        if halved:
            return halved
    if num_txt in {"a", "an"} and not (q or rel or post):
        before = text[max(0, start - 25) : start]
        if _AMOUNT_BEFORE.search(before) or prev in {"per", "each", "every"}:
            return (start, end, "SET", period_of(1, unit), None)
        if not _leads_a_span(prev, before, m.group(), text, end):
            return None
    if num_txt == "some" and not q:
        return None
    if num_txt == "one" and unit.lower() == "day" and prev in _BEFORE_SOMEDAY and not (q or rel):
        return (start, end, "DATE", "FUTURE_REF", None)  # "will one day be": some day to come
    mod = _QUANT_MOD.get(q)
    if q == "over" and rel:
        start, mod = m.start("rel"), None  # "over the past 12 months": during, not more than
    letter, is_time = UNITS[unit_key(unit)]
    fraction = num_txt in {"a", "one"} or "-" in g("sep")  # not "two straight quarters"
    if letter == "Q" and fraction and _FRACTION_OF.match(text, end):
        return None
    if unit.lower() == "second" and num_txt in {"a", "the"} and _ORDINAL_NEXT.match(text, end):
        return None
    if (post == "later" and (is_time or letter == "D")) or (post and _THAN.match(text, end)):
        return (start, m.start("post"), "DURATION", period_of(n, unit), mod)  # "later": a signal
    if post in {"ago", "earlier", "later", "from now", "from today"}:
        if is_time and n is not None:
            n, letter = 0.0, "D"  # "two hours ago", "minutes later": the same day
        if post == "ago" and mod is None and m.start("post") != m.end("unit"):
            mod = "APPROX"  # "a week or so ago"
        return (start, end, "DATE", _counted_value(n, letter, post, dct), mod)
    if (
        prev == "in"
        and not (q or rel)
        and n is not None
        and not is_time
        and letter in {"D", "W", "M", "Y"}
        and "-" not in g("sep")
        and not _how_long(ctx, start, end)
    ):
        return _in_span(text, start, end, shift_value(dct, n, letter))
    return (start, end, "DURATION", period_of(n, unit), mod)


def _how_long(ctx: Context, start: int, end: int) -> bool:
    """ "in four months" tells how long something took, not when it comes: after a
    superlative ("the lowest level in three years"), in the past ("hit seven stores in four
    months") or before "of" ("in 25 years of doing this")."""
    text = ctx.text
    if _SUPERLATIVE_BEFORE.search(text, max(0, start - 60), max(0, start - 3)):
        return True
    return bool(_OF_AFTER.match(text, end)) or ctx.tense(start, end) == PAST


def _in_span(text: str, start: int, end: int, value: str) -> Cand:
    """ "in two weeks": the date that far ahead; "in a year or two": some time ahead."""
    ranged = _OR_MORE.match(text, end)
    if ranged:
        return (start, ranged.end(), "DATE", "FUTURE_REF", None)
    lead = _IN_BEFORE.search(text, max(0, start - 8), start)  # ("In three months, ...")
    return (lead.start() if lead else start, end, "DATE", value, None)


def bare_units(m: re.Match[str], ctx: Context) -> Cand | None:
    """An unquantified duration: "for years", "decades-long"."""
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    letter, is_time = UNITS[unit_key(unit)]
    letter = "Y" if letter in _IN_YEARS else letter  # "decades": some number of years
    start = (
        m.start("unit") if m.group("unit") else m.start("unit2" if m.group("unit2") else "unit3")
    )
    return (start, m.end(), "DURATION", f"PTX{letter}" if is_time else f"PX{letter}", None)


_LENGTH_PART = re.compile(r"(\d+)([YMWD])|T|(\d+)([HMS])")
_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4, ("T", "M"): 5}
_RANK[("T", "S")] = 6
# between the parts of one length: "two hours and 15 minutes", "3 hours, 41 minutes"
_AND = re.compile(r"\s+and\s+|,\s*")

Chosen = tuple[int, int, int, str, str, str | None]


def _parts(value: str) -> dict[tuple[str, str], str] | None:
    """The parts of a plain length ("PT41M9S": minutes 41, seconds 9), or None."""
    if not value.startswith("P") or len(value) < 3:
        return None
    parts: dict[tuple[str, str], str] = {}
    clock = ""
    at = 1
    for m in _LENGTH_PART.finditer(value, 1):
        if m.start() != at:
            return None
        at = m.end()
        if m.group() == "T":
            clock = "T"
        else:
            parts[(clock, m.group(2) or m.group(4))] = m.group(1) or m.group(3)
    return parts if at == len(value) and parts else None


def join_lengths(text: str, chosen: list[Chosen]) -> list[Chosen]:
    """A length told in parts, the larger first, is one: "two hours and 15 minutes"
    (PT2H15M), "three years and six months" (P3Y6M), "3 hours, 41 minutes and 9 seconds"
    (PT3H41M9S)."""
    out: list[Chosen] = []
    for c in chosen:
        prev = out[-1] if out else None
        a = _parts(prev[4]) if prev and prev[3] == "DURATION" and prev[5] is None else None
        b = _parts(c[4]) if c[3] == "DURATION" and c[5] is None else None
        if (
            prev is None
            or a is None
            or b is None
            or not _AND.fullmatch(text, prev[1], c[0])
            # (a comma joins only a clock's parts: "3 hours, 41 minutes", not "12 months, 30
            # days after it took effect")
            or ("," in text[prev[1] : c[0]] and not all(k[0] == "T" for k in (*a, *b)))
            or max(map(_RANK.__getitem__, a)) >= min(map(_RANK.__getitem__, b))
        ):
            out.append(c)
            continue
        parts = a | b
        if ("", "W") in parts:  # (ISO 8601 writes weeks alone: "two weeks and three days")
            if set(parts) != {("", "W"), ("", "D")}:
                out.append(c)
                continue
            parts = {("", "D"): str(7 * int(parts[("", "W")]) + int(parts[("", "D")]))}
        day = "".join(parts[k] + k[1] for k in sorted(parts, key=_RANK.__getitem__) if not k[0])
        clock = "".join(parts[k] + k[1] for k in sorted(parts, key=_RANK.__getitem__) if k[0])
        out[-1] = (
            prev[0],
            c[1],
            prev[2],
            "DURATION",
            f"P{day}" + (f"T{clock}" if clock else ""),
            None,
        )
    return out
