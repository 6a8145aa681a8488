"""Parts of the day told against the day the text speaks of ("in the morning", "by late
afternoon", "that evening"), and the words around them that make them no time ("said that
night shifts would end", "early morning raids on Tuesday")."""

from __future__ import annotations

import re

from .context import Cand, Context, anaphor
from .lexicon import MONTH_RE, PARTS_OF_DAY, WEEKDAY_RE

# what may follow a part of the day that ends its phrase ("dined together that evening for
# the first time", "That night, ..."): not a noun it qualifies ("that night shifts", "early
# morning raids") nor the day it is of ("by late afternoon on Tuesday")
_ENDS_POD = re.compile(
    rf"(?!\s+(?:on\s+(?:[A-Z]|\d)|{WEEKDAY_RE}|{MONTH_RE}|today|tomorrow|yesterday))"
    r"(?:\s*(?:$|[^\w\s])|\s+(?:[A-Z]|(?:for|at|in|on|to|when|as|after"
    r"|before|with|and|but|or|that|the|a|an|he|she|they|it|we|i|you|his|her|their|its|our"
    r"|there|this|again|too|alone|only|until|till|while|once|so|then|from|of|into|near"
    r"|outside|inside|across|during|amid)\b))"
)
# what "that" opens after a verb of saying or knowing: a clause ("believe that night, rather
# than day, is"), unless a clause follows the time itself ("said that evening that")
_KNOWING = re.compile(
    r"\b(?:said|says|say|told|warned|argued?|argues|believes?|believed|knows?|knew|thinks?|thought"
    r"|found|finds|fears?|feared|promised|complained|insisted|explained|suggests?|suggested|means"
    r"|recalls?|recalled|remembers?|remembered|noted|added|agreed|claims?|claimed|hopes?|hoped"
    r"|admit(?:s|ted)?|acknowledged?|conceded?|denied|denies|reported|stated|announced|confirmed"
    r"|shows?|showed|revealed?)"
    r"\s+$",
    re.IGNORECASE,
)


def _ends_pod(m: re.Match[str], ctx: Context) -> bool:
    """A part of the day that ends its phrase, and no "that" of a saying before it."""
    if not _ENDS_POD.match(ctx.text, m.end()):
        return False
    if m.group("thatpod") and _KNOWING.search(ctx.text, max(0, m.start() - 14), m.start()):
        return bool(_THAT_AFTER.match(ctx.text, m.end()))
    return True


_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
_OF_ANOTHER_TIME = re.compile(rf"\s+(?:in|of)\s+(?:\d{{4}}|{MONTH_RE})", re.IGNORECASE)


def part_of_the_day(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "in the morning", "by mid-afternoon", "that evening": of the day the text speaks of."""
    g = m.group
    new_form = (
        g("part6")
        or (g("part5") and not g("mid").lower().startswith("mid"))
        or (g("part3") and m.group().lower().startswith("through"))
    )
    if new_form and not _ends_pod(m, ctx):
        return None  # "said that night shifts would end", "in early morning raids on Tuesday"
    span = "pod" if g("part3") else "part4" if g("part4") else "mid" if g("part5") else "thatpod"
    part = PARTS_OF_DAY[(g("part3") or g("part4") or g("part5") or g("part6")).lower()]
    distal = bool(g("part6")) and "that" in g("thatpod").lower()
    day = anaphor(0, "D", distal)
    if distal and _OF_ANOTHER_TIME.match(ctx.text, m.end()):
        day = "XXXX-XX-XX"  # "on that night in 1989": a night of another time, its day untold
    return (*m.span(span), "TIME", f"{day}T{part}", None)
