"""The changed commitment an old day folds into: a move that takes it as its previous day,
an undecided move told beside it, or the nearest move of its thing."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from .anchors import apply_shift
from .lexicon import WEEKDAY_ONLY
from .marks import OLD_SUBJECT
from .mentions import Mention
from .moves import old_date
from .olddates import (
    NEXT,
    PLAN_WORDS,
    UNDECIDED,
    across_break,
    adjacent,
    on_side,
    opens_for_close,
    opens_next,
    same_thing,
    separate,
)
from .status import move_status


def fold_old(host: Mention, old: Mention) -> None:
    """``old``, a plan told as superseded, is the previous date of the move ``host``; a move
    told only by its span ("extended the truce by 90 days. It had been due to lapse on June
    1") lands that span away from it."""
    later = host.status != "advanced"
    day = old_date(old.due, old.anchor, host.due, later) if old.due else None
    counted = host.previous if host.prev_counted else None
    if day and counted:
        day = _aligned(day, old, counted)
    host.take_old(day, old)
    if host.due is None and host.previous is not None and host.shift is not None:
        end_of = old.anchor is not None and old.anchor.tx.mod == "END"
        host.due = apply_shift(host.previous, host.shift, not later, end_of)
    if host.status not in UNDECIDED:  # (a proposal stays one, moved or not)
        host.status = move_status(host.status, host.ends, host.due, host.previous)


_MOVE_TOLD = re.compile(C.MOVE_WORD + r"|\b(?:later|earlier|sooner)\s+than\b", re.I)


def weighed_twin(ms: list[Mention], old: Mention) -> Mention | None:
    """A move only proposed or forecast in the sentence of the old date ("proposed delaying
    the rules to 1 January 2028 from 1 July 2026"): the old date is its previous one."""
    free = [
        h
        for h in ms
        if h.status in UNDECIDED
        # (a move weighed, not a forecast of a plain event: "is expected to be freed by June
        # 25. ... The truce was due to lapse on Friday")
        and (h.cue is not None or _MOVE_TOLD.search(h.evidence) is not None)
        and h.due not in {None, old.due}
        and h.previous is None
        and not h.superseded
    ]
    for h in free:
        if h.evidence == old.evidence:
            return h
    # (or told just before it: "proposed pushing back the compliance date to Nov. 20 ...
    # Manufacturers had been told to comply by May 22")
    before = [h for h in free if 0 < old.pos - h.pos < NEXT and same_thing(h, old)]
    return before[-1] if before else None


def host_of(moved: list[Mention], old: Mention) -> Mention | None:
    """The changed commitment an old date belongs to: the nearest of its kind, else the
    nearest whose kind is not told."""
    # (a previous date counted from a span yields to the plan's day written beside it: "a week
    # later than planned ... had been scheduled to welcome students back Aug. 31")
    free = [
        h
        for h in moved
        if h.due != old.due
        and not h.old_only  # (a move told by its old date alone has no new one to take it)
        and not opens_for_close(old, h)
        and not separate(h)  # ("A separate exchange offer remains open for another two weeks")
        # (nor another item of a numbered list: "1. The meeting scheduled for 23 October has
        # been postponed. ... 3. The signing will take place on Monday, 3 November")
        and not (h.item and old.item and h.para != old.para)
        # (a move told by its span alone takes a far old day only of a thing named alike:
        # not "pushed back the start of term by a week" and, paragraphs on, an exam period
        # "instead of December 8-13")
        and (
            h.due is not None
            or h.para == old.para
            or adjacent(h.span, old.span)
            or _shared_words(h, old)
        )
        and (
            h.previous is None
            or (
                h.prev_counted
                and (adjacent(h.span, old.span) or across_break(h, old))
                and _on_its_side(h, old)
                and _near_counted(h, old)
            )
        )
    ]
    # (a restatement of a day already moved from another is that move: "pushes back the
    # launch to May 14" in the title, "Originally slated for April 9, ... on May 14")
    free = [h for h in free if not any(_restates_move(h, k) for k in moved if k is not h)]
    same = [h for h in free if h.kind == old.kind and h.kind != "other"]
    near = same or [h for h in free if same_thing(h, old)]
    # (else a move told just beside it, on the side it goes, whatever words name the thing:
    # "will vote on January 14 [put off] ... The creditor meetings had been due on December 13")
    near = near or [h for h in free if _beside_on_side(h, old)]
    # (the nearest of its own paragraph first: another answer is another thing's)
    best = min(near, key=lambda h: (h.para != old.para, abs(h.pos - old.pos)), default=None)
    if best is None:
        return None
    # (of the new days one sentence lists, the first free one: "will now sit the exam on July
    # 7 and July 8. It had been scheduled for June 7 and 8.")
    return min((h for h in near if h.span == best.span), key=lambda h: h.pos)


def _beside_on_side(h: Mention, old: Mention) -> bool:
    """``h`` is told in the sentence beside ``old``'s, on the side its move goes."""
    if h.due is None or old.due is None or not (adjacent(h.span, old.span) or across_break(h, old)):
        return False
    return (h.due > old.due) == (h.status != "advanced")


def _on_its_side(h: Mention, old: Mention) -> bool:
    """The old day lies on the side a move counted by its own span came from ("two days
    later than announced" takes no day five months after it)."""
    later = h.status != "advanced"
    day = old_date(old.due, old.anchor, h.due, later) if old.due else None
    return day is None or h.due is None or (day < h.due) == later


def _near_counted(h: Mention, old: Mention) -> bool:
    """The old day lies within a few days of the one ``h``'s own span counts back to (a
    weekday read to the nearest such day): not another item's day ("The steel duties had been
    due on Sunday." before "The runoff has been pushed back by one week, to February 8")."""
    day = old_date(old.due, old.anchor, h.due, h.status != "advanced") if old.due else None
    counted = h.previous
    if day is None or counted is None:
        return True
    return abs((_aligned(day, old, counted) - counted).days) <= 3


def _aligned(day: dt.date, old: Mention, counted: dt.date) -> dt.date:
    """A bare weekday read a week off the day a span counts back to, put on that week ("extend
    the truce by a month, until May 19 ... had been due to expire on Saturday")."""
    if not WEEKDAY_ONLY.match(old.anchor.tx.text if old.anchor else ""):
        return day
    return min((day + dt.timedelta(days=d) for d in (-7, 0, 7)), key=lambda x: abs(x - counted))


def _restates_move(h: Mention, k: Mention) -> bool:
    return h.previous is None and k.previous is not None and k.due == h.due and same_thing(h, k)


def renewed_beside(ms: list[Mention], old: Mention, instead: bool = False) -> Mention | None:
    """The day told as new ("will now be", "is now") of ``old``'s thing in its sentence or
    one beside it, with no old day of its own: the one a plan told in the past perfect gave
    way to; ``instead``: a day told "instead" after it counts as new too."""
    for h in ms:
        new = h.renewed or (instead and h.instead)
        if h is old or not new or h.previous is not None or h.due in {None, old.due}:
            continue
        if h.status in UNDECIDED or not (adjacent(h.span, old.span) and same_thing(h, old)):
            continue
        return h
    return None


def put_off_to(ms: list[Mention], old: Mention, dct: dt.date) -> Mention | None:
    """A plan told as superseded ("The elections were originally scheduled for June 24")
    names the day a move of the same thing read with no new day went from: that move's day,
    ahead and on the side it goes, is the new one ("will be held on July 22, ... confirming a
    delay")."""
    found = [
        h
        for h in ms
        if h.old_only
        and h.pos < old.pos
        and h.due is not None
        and old.due is not None
        and h.due >= dct
        and h.previous is None
        and h.kind == old.kind != "other"
        and h.stem == old.stem
        and (h.due > old.due) == (h.status != "advanced")
    ]
    return found[0] if len(found) == 1 else None


def renewed_next(ms: list[Mention], moved: list[Mention], old: Mention) -> Mention | None:
    """A move told as new ("The ban will now apply from Oct. 1") opening the paragraph after
    a plan told as superseded, no day told between them, whatever words name the thing."""
    return next(
        (
            h
            for h in moved
            if h.renewed
            and h.previous is None
            and not h.old_only
            and h.due not in {None, old.due}
            and opens_next(h, old, ms)
            and on_side(h, old)
        ),
        None,
    )


def plan_told_before(ms: list[Mention], old: Mention, dct: dt.date) -> Mention | None:
    """A plan told as superseded just after a plan of the same thing, with no change of its
    own ("The landing is planned for 2 February. The landing had originally been planned
    for 28 January."): the plan it gave way to, told first. The same thing: a word of its
    subject shared, or the later sentence opening on a pronoun."""
    if old.due is None or not (old.superseded and old.status == "scheduled"):
        return None
    found = [
        h
        for h in ms
        if h.pos < old.pos
        and h.span != old.span
        and (adjacent(h.span, old.span) or across_break(h, old))
        and h.status == "scheduled"
        and not (h.superseded or h.old_only or h.holds)
        and h.previous is None
        and h.due is not None
        and h.due >= dct
        and h.due != old.due
        and same_thing(h, old)
        and (
            _IT_OPENS.match(old.evidence)
            or _shared_words(h, old)
            # ("... if they are postmarked by Oct. 15. The earlier cutoff of Aug. 31 no
            # longer applies": an old term named after the term in force)
            or (h.limit and OLD_SUBJECT.match(old.evidence) is not None)
        )
    ]
    return found[-1] if found else None


_IT_OPENS = re.compile(
    # (after a phrase of the terms it stood on: "Under the Decree they would have expired")
    r"\W*(?:(?:under|in|by|according\s+to)\s+[^,.;]{1,30}?,?\s+)?(?:it|they)\s+"
    r"(?:had|was|were|would\s+have)\b",
    re.I,
)


def _shared_words(h: Mention, old: Mention) -> bool:
    if set(h.subject.split()) & set(old.subject.split()) - PLAN_WORDS:
        return True
    # (or the verb that governs both days: "the line would not reopen until Monday, December
    # 9. The stretch ... had been due to reopen on December 2")
    verb = _day_verb(h)
    return verb is not None and verb == _day_verb(old)


# the word before a day and its preposition: "reopen until", "due to reopen on"
_VERB_BEFORE_DAY = re.compile(
    r"\b([a-z]{3,})\s+(?:(?:on|until|till|by|from|for|at|in)\s+)?(?:the\s+)?$"
)
_NO_VERB = frozenset("been being have has had was were are will would not due set held".split())


def _day_verb(m: Mention) -> str | None:
    if m.anchor is None:
        return None
    at = _VERB_BEFORE_DAY.search(m.evidence, 0, max(0, m.anchor.tx.start - m.span[0]))
    return at.group(1) if at and at.group(1) not in _NO_VERB else None
