"""The clause of a sentence around a date, in which its tense cues are sought: after the last
clause break before it, up to a clause of its own after it."""

from __future__ import annotations

import re

from .lexicon import MONTH_RE, WEEKDAY_RE
from .tense_words import AFTER_BREAK, CLAUSE_BREAK

CLAUSE_REACH = 600  # characters either side of an expression that its cues are sought in


def after_aside(text: str, s0: int, start: int) -> int:
    """Where the clause of ``start`` resumes after an aside closed by a comma before it."""
    comma = text.rfind(",", s0, start)
    return comma + 1 if comma >= 0 else s0


# a clause told after "that", its subject the date and its own verb after it: "warned that
# January could bring snow"
_THAT_CLAUSE = re.compile(
    rf"\bthat\s+(?=(?:the\s+)?(?:{MONTH_RE}|{WEEKDAY_RE})(?:\s+\d{{1,2}})?\s+(?:could|would|will"
    r"|may|might|should|is|are)\b(?!\s+have\b))",
    re.IGNORECASE,
)
# the verb of a main clause right after an aside's closing comma
_MAIN_VERB = re.compile(r"\s*(?:will|would|is|are|was|were|has|have|had|[a-z]+(?:s|ed))\b")


def near(bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of a sentence within reach of an expression: cues further off speak of
    other things, and without a bound a text with no sentence ends would cost its whole
    length for each expression in it."""
    return max(bounds[0], start - CLAUSE_REACH), min(bounds[1], end + CLAUSE_REACH)


def clause_end(text: str, end: int, s1: int) -> int:
    """Where the clause of a date ending at ``end`` ends: a clause of its own after it
    ("..., although diplomats said", "closes on Saturday, and crew leaders said") is another's."""
    brk = AFTER_BREAK.search(text, end, s1)
    return brk.start() if brk else s1


def clause_start(text: str, s0: int, start: int) -> int:
    """Where the clause of ``start`` begins: after the last clause break before it (in
    "passed a bill, funding the government through January 30", "passed" is not the verb
    of the date)."""
    # (a break's look ahead may reach past the date: "after ministers meeting on Monday could
    # not agree")
    for brk in CLAUSE_BREAK.finditer(text, s0, min(len(text), start + 80)):
        if brk.end() > start:
            break
        s0 = brk.end()
        resumed = after_aside(text, s0, start)
        if brk.group().rstrip().endswith(("which", "who")) and _MAIN_VERB.match(text, resumed):
            # an aside closed before the date: the main clause resumes after it ("the
            # consultation, which opened last month, closes on 5 December")
            s0 = resumed
    # (the window reaches past the date: the verb after it is part of the match)
    for that in _THAT_CLAUSE.finditer(text, s0, min(len(text), start + 60)):
        if that.end() <= start:
            s0 = that.end()
    return s0
