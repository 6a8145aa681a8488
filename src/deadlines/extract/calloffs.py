"""Sentences that call something off: the days of what is called off, and the days beside
them that hold (a day of a clause of its own, the day of the meeting that called it off)."""

from __future__ import annotations

import re

from .anchors import Anchor
from .clauses import OWN_TIME, own_clause, put_off_if_rescheduled, reported_after
from .held import AS_OF, HELD_ON
from .marks import AFTER_CLAUSE, AGREED_BEFORE, RAN_ITS_COURSE_BEFORE, UNAFFECTED
from .mentions import Mention, Sentence
from .nouns import EVENT_NOUN
from .status import cue_words, first_cue


def cancelled(sen: Sentence, anchors: list[Anchor]) -> list[Mention]:
    """Every date of the sentence is the date of what was called off (the days of acts and
    statements are not candidates): notices often appear after the day they cancel."""
    words = cue_words(sen.text, sen.s, sen.e, "cancelled")
    cue = first_cue(sen.text, sen.s, sen.e, "cancelled")
    later = cue is not None and any(a.tx.start > cue for a in anchors)
    if cue is not None:
        # a day in a clause of its own before the cue, with the day of what was called off
        # after it: "remained far apart Monday ..., and leaders called off the votes they had
        # planned for Tuesday"; or with the call-off told as the cause after it
        own = [
            a
            for a in anchors
            if a.tx.end < cue
            and own_clause(sen.text, a.tx.end, cue, not later)
            and (later or OWN_TIME.search(sen.text, cue, sen.e) is not None)
        ]
        # (and a day in a clause reported after it, with no change of its own: "said the
        # walkout had been called off and that members would vote by September 23")
        own += [a for a in anchors if a.tx.start > cue and reported_after(sen, cue, a)]
        # (or a past day of the cause told after it: "will not go ahead, after ministers
        # meeting on Monday could not agree")
        # (a meeting held is kept; another act is no commitment: "scrapped the strike it had
        # planned for Thursday after the government tabled a revised offer late Tuesday")
        cause = [
            (a, after)
            for a in anchors
            if a.tx.start > cue
            and a not in own
            and sen.is_past(a)
            and (after := AFTER_CLAUSE.search(sen.text, cue, a.tx.start)) is not None
        ]
        own += [a for a, after in cause if EVENT_NOUN.search(sen.text, after.start(), a.tx.start)]
        rest = [a for a in anchors if a not in own and all(a is not c for c, _ in cause)]
        kept = [
            sen.mention("occurred" if sen.is_past(a) else "scheduled", a, a.tx.start) for a in own
        ]
        # (a past day that names no event is no commitment)
        kept = [m for m in kept if m.status != "occurred" or m.kind != "other"]
        return kept + put_off_if_rescheduled(sen, cancelled_days(sen, rest, words, cue))
    return put_off_if_rescheduled(sen, cancelled_days(sen, anchors, words, cue))


def _in_when_clause(text: str, cue: int, start: int) -> bool:
    """The day at ``start`` is in a "when" clause after the cue, not in a clause after it
    ("called off when negotiators reached a deal on May 3; it had been due on June 1")."""
    when = WHEN_CLAUSE.search(text, cue, start)
    return when is not None and _CLAUSE_AFTER.search(text, when.end(), start) is None


_CLAUSE_AFTER = re.compile(r";|,\s+(?:and|but)\b")


def cancelled_days(
    sen: Sentence, anchors: list[Anchor], words: str | None, cue: int | None
) -> list[Mention]:
    """The days of what the cue at ``cue`` calls off; a day set against it by a contrast or
    a "when" clause holds, and a past day an agreement was reached on happened."""
    # (a day of a "when" clause after the cue is that clause's, no commitment: "It was
    # scrapped when ministers revised the budget on March 19"; an agreement reached then is)
    anchors = [
        a
        for a in anchors
        if cue is None
        or not _in_when_clause(sen.text, cue, a.tx.start)
        or AGREED_BEFORE.search(sen.text, max(sen.s, a.tx.start - 100), a.tx.start)
    ]
    return [
        sen.mention("scheduled" if not sen.is_past(a) else "occurred", a, a.tx.start, holds=True)
        if cue is not None
        and (
            _CONTRAST.search(sen.text, cue, a.tx.start)
            # (or one told as holding before the contrast: "will keep its original dates,
            # May 2 and 3, but the lab has been dropped")
            or (
                a.tx.end < cue
                and _CONTRAST.search(sen.text, a.tx.end, cue)
                and UNAFFECTED.search(sen.text, sen.s, a.tx.end)
            )
            or _WHEN_AFTER.fullmatch(sen.text, a.tx.end, max(cue, a.tx.end))
            # (the day the call-off itself takes effect: "are withdrawn as of October 4")
            or (cue < a.tx.start and AS_OF.search(sen.text, max(cue, a.tx.start - 16), a.tx.start))
        )
        else sen.mention("occurred", a, a.tx.start)
        if sen.is_past(a)
        and (
            AGREED_BEFORE.search(sen.text, max(sen.s, a.tx.start - 100), a.tx.start)
            or RAN_ITS_COURSE_BEFORE.search(sen.text, max(sen.s, a.tx.start - 30), a.tx.start)
            # (the day of the meeting that called it off: "at a meeting held on January 27,
            # voted to cancel the primary")
            or (
                cue is not None
                and a.tx.end < cue
                and HELD_ON.search(sen.text, max(sen.s, a.tx.start - 50), a.tx.start)
            )
        )
        else sen.mention(
            "cancelled",
            a,
            a.tx.start,
            dist=10,
            cue=words,
            superseded=sen.is_past(a) and sen.superseded(a, sen.s, told=False),
        )
        for a in anchors
    ]


# a clause set against the one that calls something off: "..., but a virtual meeting will
# go ahead on Monday"
_CONTRAST = re.compile(r",\s+but\b|;\s+(?:but\s+)?|\bwhile\b|\bwhereas\b", re.IGNORECASE)
# what was called off on the day a past event was told: "last struck on Feb. 21, when 60
# percent of services were cancelled"
_WHEN_AFTER = re.compile(r"[^,;]*,\s+when\b[^,;]*", re.IGNORECASE)
WHEN_CLAUSE = re.compile(r"\bwhen\s+(?:[\w'’-]+\s+){0,4}?[a-z]+ed\b", re.IGNORECASE)
