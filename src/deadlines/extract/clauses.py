"""Clauses of a sentence that a call-off or a move told before them does not reach: a clause
reported after it ("and that members would vote by September 23"), a relative clause about
a person ("at the request of the minister, who wants a review due by the end of the
year"), and a clause of its own that runs into the cue (", and the union called off")."""

from __future__ import annotations

import re

from . import patterns as P
from .anchors import Anchor
from .marks import UNAFFECTED
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
    not tell it as the new one ("the speaker, who said it would now take place on"), or in
    one that tells it as holding ("after two by-elections, which are still set for")."""
    if a.tx.start > cue and _STILL_WHICH.search(text, cue, a.tx.start):
        return True
    who = _WHO.search(text, cue, a.tx.start) if a.tx.start > cue else None
    return who is not None and _RENEWED.search(text, who.end(), a.tx.start) is None


_STILL_WHICH = re.compile(r",\s+(?:which|that)\b[^,;]*" + UNAFFECTED.pattern + r"[^,;]*$", re.I)


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


# the day a thing called off is now to take place: "was called off on Saturday and will now
# be played on November 4"
# (told of the same subject: "and will now", ", will now" after an aside; not "and a vigil
# will now be held", another thing)
_NOW_TO_BE = re.compile(
    r"(?:,|\band)\s+(?:will|is|are)\s+(?:now|instead)\s+(?:to\s+)?(?:be\s+)?(?:played|held|staged"
    r"|run|contested|take\s+place|go\s+ahead|set|planned|scheduled|slated|due)"
    r"\s+(?:[\w.,'’]+\s+){0,6}?(?:on\s+|at\s+|for\s+)?$",
    re.IGNORECASE,
)
_INSTEAD_AFTER = re.compile(r",?\s+instead\b", re.IGNORECASE)  # "on Monday, February 16, instead"
_TO_COME = re.compile(P.WILL.pattern + r"|\b(?:would|to)\b", re.IGNORECASE)


def told_instead(text: str, a: Anchor) -> bool:
    """The day of ``a`` is told as the one now meant: "and said they would walk out on
    Monday, February 16, instead" (not "held a silence on Monday instead", a thing done, nor
    "would hold a ballot on Monday instead", another thing to come)."""
    if _INSTEAD_AFTER.match(text, a.tx.end) is None:
        return False
    to_come = _TO_COME.search(text, max(0, a.tx.start - 60), a.tx.start)
    return to_come is not None and not _ANOTHER_ACT.search(text, to_come.end(), a.tx.start)


# an act of another kind, done in the called-off one's place
_ANOTHER_ACT = re.compile(
    r"\b(?:hold|host|stage|address|work|give|deliver|attend|travel|fly|go\s+on|sign|publish"
    r"|release|issue)\b(?!\s+(?:it|them)\b)",  # (not "would stage it on Sunday instead")
    re.IGNORECASE,
)


def now_to_be(sen: Sentence, anchors: list[Anchor], cue: int) -> bool:
    """A day after the call-off at ``cue`` is the one the thing is now to take place on."""
    return any(
        a.tx.start > cue and (sen.marked(a, _NOW_TO_BE, 80) or told_instead(sen.text, a))
        for a in anchors
    )


# "The vote, delayed from May 9, will be held on May 23": the change told in an aside, the
# date by the main verb after it; or by a verb joined to the change's: "has been postponed
# because of a frozen pitch and will be played on March 14"
_MAIN_AFTER_ASIDE = re.compile(
    r"[^,;.]*(?:,|\s+and)\s+(?:will|shall|is|are|would)\s+(?:now\s+)?(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def main_verb_after(text: str, cue: int | None, a: Anchor) -> bool:
    """The day of ``a`` is told by a main verb after a move told at ``cue``, or as the day
    now meant ("and said they would strike on May 2 instead")."""
    if told_instead(text, a):
        return True
    return (
        cue is not None
        and cue < a.tx.start
        and bool(_MAIN_AFTER_ASIDE.fullmatch(text, cue, a.tx.start))
    )


# a clause of another subject after the change: ", and voters will also elect a mayor on"
_OTHER_SUBJECT = re.compile(
    r"(?:,\s+(?:and|but|while)|;)\s+(?!(?:it|they|this|that|the\s+(?:new\s+)?date)\b)"
    # (with an aside of its own: "and the ban, if approved, would start on July 1")
    r"(?:[a-z]+\s+){0,2}?[a-z]+(?:,\s[^,;]{1,40},)?\s+(?:will|would|are|is|also|can|must)\s+"
    r"(?!\s|now\b|instead\b)",
    re.IGNORECASE,
)


def other_subject_after(sen: Sentence, cue: int, a: Anchor) -> bool:
    """The day of ``a`` is in a clause of another subject after the change at ``cue``."""
    return a.tx.start > cue and _OTHER_SUBJECT.search(sen.text, cue, a.tx.start) is not None


# the main verb of a thing named with its plan, told with another day: "[the vote set for
# July 9] will take place on [July 16]"
_TAKES_PLACE = re.compile(
    r",?\s+(?:will|shall|is\s+to|are\s+to)\s+(?:now\s+)?(?:be\s+(?:held|played|staged|heard"
    r"|convened|reconvened)|take\s+place|go\s+ahead|meet|convene)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?\s+(?:on|at)\s+(?:the\s+)?$"
)
# the plan the thing is named with ("the vote set for July 9"; not "expected to vote on",
# "set up on")
_NAMED_PLAN = re.compile(
    r"\b(?:scheduled|set|slated|planned|due|pencil+ed\s+in)\s+(?:to\s+(?:be\s+)?[a-z]+\s+)?"
    r"(?:for|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a thing named by the day it is due, let be done by a later one: "[payments due April 15]
# may be made on or before [June 15]" (relief from a term)
_DUE_BEFORE = re.compile(r"\b(?:due|payable)\s+(?:on\s+|by\s+)?$", re.IGNORECASE)
_MAY_BY = re.compile(
    r",?\s+(?:may|can)\s+(?:now\s+|instead\s+|still\s+)?be\s+(?:made|paid|filed|submitted|lodged"
    r"|settled|returned|sent|completed|delivered|received)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:on\s+or\s+before|by|until|through|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)


def held_instead(sen: Sentence, m: Mention, later: Mention) -> bool:
    """``m``, a plan's day, and ``later``, the day its main verb tells, another one."""
    a, b = m.anchor, later.anchor
    if a is None or b is None or m.due == later.due:
        return False
    text, lo = sen.text, max(sen.s, a.tx.start - 40)
    if _TAKES_PLACE.fullmatch(text, a.tx.end, b.tx.start):
        return _NAMED_PLAN.search(text, lo, a.tx.start) is not None
    return bool(
        m.due is not None
        and later.due is not None
        and later.due > m.due  # (not "can be paid by April 28 to receive a discount")
        and _MAY_BY.fullmatch(text, a.tx.end, b.tx.start)
        and _DUE_BEFORE.search(text, lo, a.tx.start)
    )


# a sentence that opens on its cause: "Because City Hall will be closed Monday and crews will
# be out Tuesday morning, the due date has been moved from ..." (up to the comma its main
# clause's subject follows)
_CAUSE_OPENING = re.compile(
    r"\W{0,3}(?:[^\W\d][\w &]{0,30}:\s*)?(?:because|owing\s+to|due\s+to)\b"
    r"(?:[^.;]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z])\.)*?,"
    r"(?=\s+(?:the|a|an|its|their|this|that|these|those|all|our|we|it|they)\b"
    # (or a bare plural subject and its verb: "..., renewals must now be received by")
    r"|\s+[a-z]+s\s+(?:must|will|are|have|can|may|should|need)\b)",
    re.IGNORECASE,
)


def opening_cause(sen: Sentence, cue: int, a: Anchor) -> bool:
    """The day ``a`` is in the clause of cause the sentence opens on, before the cue at
    ``cue``: the day of the cause, neither moved nor a commitment."""
    if _BACK_TO_A_DAY.match(a.tx.text):
        return False  # ("Because the hall is not free on that date": the old day, named again)
    m = _CAUSE_OPENING.match(sen.text, sen.s, cue)
    return m is not None and a.tx.start < m.end() <= cue


def told_as_cause(evidence: str, day_text: str) -> bool:
    """The day ``day_text`` stands in the clause of cause its sentence ``evidence`` opens on
    ("Because the new zone goes live on Monday 3 July, renewals must now be received by")."""
    m = _CAUSE_OPENING.match(evidence)
    return m is not None and 0 <= evidence.find(day_text) < m.end()


_BACK_TO_A_DAY = re.compile(r"(?:that|this|the\s+same)\b", re.IGNORECASE)
