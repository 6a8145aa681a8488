"""Eras: decades ("the 1980s", "the '80s", "the nineties"), centuries ("the 20th
century"), halves of them ("the last half of the '80s") and years written with two digits
("since '82")."""

from __future__ import annotations

import re

from . import patterns as P
from .context import Cand, Context
from .dates import pre_mod

_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()
DECADE_WORDS = frozenset(_DECADE_WORDS)
_NON_DIGIT = re.compile(r"\D")


def decade(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "the 1980s", "the '80s", "the nineties": the latest such decade begun by the
    document's year (or the next); a bare "80s" or "forties" needs "the" or a decade it is
    joined to ("the 70s and 80s"), else it is an age or a number. The same pattern finds
    a year of two digits ("since '82")."""
    g = m.group
    if m.groupdict().get("yy"):
        return short_year(m, ctx)
    if g("full"):
        value = g("full")
    else:
        word = (g("word") or "").lower()
        digit = _DECADE_WORDS.index(word) + 2 if word else int(g("short") or g("bare"))
        starts_the = m.group().lower().startswith("the")
        if (g("bare") or word) and not (starts_the or _joined(m, ctx)):
            return None  # "in his forties", "80s" alone: an age, a number
        # "the '80s": the latest such decade begun by the document's year (or the next)
        cent = ctx.dct.year // 100
        begun = [c for c in (cent - 1, cent) if c * 100 + digit * 10 <= ctx.dct.year + 1]
        value = f"{begun[-1]}{digit}"
    return (m.start(), m.end(), "DATE", value, _half_mod(m))


def _joined(m: re.Match[str], ctx: Context) -> bool:
    """Whether a decade follows another joined to it ("the 70s and 80s")."""
    return bool(P.DECADE_JOINED.search(ctx.text, max(0, m.start() - 24), m.start()))


def short_year(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "since '82": the latest such year up to the document's (the next one for a
    preposition of the future: "by '30")."""
    prep = P.TIME_PREP_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
    if prep is None:
        return None  # "'82" alone may be a quote's end or a number
    yy = int(m.group("yy"))
    ahead = prep.group("prep").lower() in {"until", "till", "by", "before", "to"}
    year = (ctx.dct.year // 100) * 100 + yy
    if year > ctx.dct.year + (10 if ahead else 0):
        year -= 100
    return (m.start(), m.end(), "DATE", str(year), None)


def _half_mod(m: re.Match[str]) -> str | None:
    """START or END for "the first/last half of" a decade or century, else the modifier of
    "early", "mid", "late"."""
    half = m.groupdict().get("half")
    if half:
        return "START" if ("first" in half.lower() or "1st" in half) else "END"
    return pre_mod(m.group("pre"))[0]


def century(m: re.Match[str], ctx: Context) -> Cand | None:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20}
    o = m.group("ord").lower()
    n = (
        21
        if o.startswith("twenty") and "first" in o
        else words.get(o) or int(_NON_DIGIT.sub("", o))
    )
    return (m.start(), m.end(), "DATE", f"{n - 1:02d}", _half_mod(m))
