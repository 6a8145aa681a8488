"""Clauses of a sentence that a call-off or a move told before them does not reach: a clause
reported after it ("and that members would vote by September 23"), a relative clause about
a person ("at the request of the minister, who wants a review due by the end of the
year"), and a clause of its own that runs into the cue (", and the union called off")."""

from __future__ import annotations

import re

from .anchors import Anchor
from .mentions import Mention, Sentence
from .plans import EVENT_AFTER
from .status import change_in

_AND_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?!(?:on|then|again)\b)[a-z]+", re.IGNORECASE)
# a clause of the cause told after the day: "will vote on Thursday, after their union called off"
_AFTER_CLAUSE = re.compile(r",\s+after\s+(?:the|their|its|his|her|a|an)\s", re.IGNORECASE)


def reported_after(sen: Sentence, cue: int, a: Anchor) -> bool:
    """The day of ``a`` lies in a clause reported after the cue ("said the walkout had been
    called off and that members would vote by September 23") that tells no change of its own."""
    then = _AND_THAT.search(sen.text, cue, a.tx.start)
    return (
        then is not None
        and _VERB.search(sen.text, then.end(), sen.e) is not None
        and _RENEWED.search(sen.text, then.end(), a.tx.start) is None
        and change_in(sen.text, then.end(), sen.e, a.tx.start)[0] is None
    )


_AND_THAT = re.compile(r"\s+and\s+that\s+")
_VERB = re.compile(r"\b(?:would|will|could|is|are|was|were)\b")


def who_after(text: str, cue: int, a: Anchor) -> bool:
    """The day of ``a`` lies in a relative clause about a person after the cue, which does
    not tell it as the new one ("the speaker, who said it would now take place on")."""
    who = _WHO.search(text, cue, a.tx.start) if a.tx.start > cue else None
    return who is not None and _RENEWED.search(text, who.end(), a.tx.start) is None


_RENEWED = re.compile(r"\b(?:now|instead|new|rescheduled|moved|take\s+place|be\s+held)\b", re.I)


_WHO = re.compile(r",\s+(?:who|whose)\s")


def own_clause(text: str, end: int, cue: int, after_only: bool = False) -> bool:
    """A clause joined by ", and" (or ";") lies between a day and the cue, and runs straight
    into the cue ("..., and the union called off"; not "on Friday, and the gala, have been
    called off", a list of things); ``after_only``: only a clause of the cause (", after
    their union called off next week's strike")."""
    m = _AFTER_CLAUSE.search(text, end, cue)
    if m is None and not after_only:
        m = _AND_CLAUSE.search(text, end, cue)
    return m is not None and "," not in text[m.end() : cue]


# a term for an event the day names: "the registration deadline for the November 8 election"
_TERM_FOR = re.compile(
    r"\b(?:deadlines?|periods?|windows?|registration|cut-?offs?)\s+for\s+(?:(?:the|its|their)\s+)?$",
    re.IGNORECASE,
)


def event_of_term(text: str, s: int, a: Anchor) -> bool:
    """The day of ``a`` names the event a term is for, not the term: a move of the term
    ("extended the registration deadline for the November 8 election") does not move it."""
    return bool(
        _TERM_FOR.search(text, max(s, a.tx.start - 40), a.tx.start)
        and EVENT_AFTER.match(text, a.tx.end)
    )


# the thing called off told with a time of its own: "called off next week's strike"
OWN_TIME = re.compile(
    r"\b(?:next|this|last)\s+(?:week|month|year)['’]s|\b\w+day['’]s\b"
    r"|\b(?:planned|set|scheduled|due)\s+(?:for|on)\b",
    re.IGNORECASE,
)
_TO_BE_RESCHEDULED = re.compile(
    r"\b(?:cancell?ed|called\s+off|will\s+not\s+take\s+place(?:\s+as\s+planned)?)\s+and\s+"
    r"(?:will|is\s+to)\s+be\s+rescheduled\b",
    re.IGNORECASE,
)


def put_off_if_rescheduled(sen: Sentence, ms: list[Mention]) -> list[Mention]:
    """ "will not take place as planned and will be rescheduled": called off for a day to
    come, so put off."""
    if _TO_BE_RESCHEDULED.search(sen.text, sen.s, sen.e):
        for m in ms:
            m.status = "postponed" if m.status == "cancelled" and m.kind != "deadline" else m.status
    return ms
