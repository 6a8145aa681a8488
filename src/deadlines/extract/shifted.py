"""Moves told by a span ("pushed back by a week", "two days later than announced") whose
new day the document gives elsewhere: the day they refer to takes the move and its old day."""

from __future__ import annotations

import re

from .anchors import apply_shift
from .mentions import Mention
from .olddates import adjacent, same_kind


def attach_shifted(ms: list[Mention]) -> list[Mention]:
    """A move told as a shift ("extended by 18 days") whose new date the document gives
    elsewhere: its old date goes to that dated mention, and the undated one folds in."""
    out = []
    dropped: set[int] = set()
    for m in ms:
        if m.due is None and m.previous is not None:
            twin = next((k for k in ms if k.due and k.status == m.status and not k.previous), None)
            if twin is not None:
                twin.previous = m.previous
                continue
        if m.due is None and m.previous is None and m.shift is not None:
            # "pushed back by a fortnight" and a move from 10 to 24 March told apart
            # (a start or an end moved later is the same move: "postponing the requirement
            # by one year" and "will now take effect on 1 January 2021")
            # (unless a day told as new follows it right away, with no old day of its own:
            # "pushed back the by-elections by two weeks. Voting will now take place on April
            # 12", whatever else moved by as much)
            told_next = next(
                (
                    k
                    for k in ms
                    if k.pos > m.pos
                    and k.renewed
                    and k.due
                    and k.previous is None
                    and adjacent(m.span, k.span)
                    and same_kind(k.kind, m.kind)
                ),
                None,
            )
            if told_next is None and any(
                (_moved_by(k, m.shift) or k.prev_counted) and _same_way(k.status, m.status)
                for k in ms
            ):
                continue
            day = _day_referred(ms, m)
            if day is not None and (new := _day_it_moves_to(ms, m, day)) is not None:
                # "with an effective date of April 27. This action delays that effective date
                # by 60 days ... is delayed until June 26": the day referred to is the old one
                new.status, new.cue, new.previous = m.status, m.cue, day.due
                dropped.add(id(day))
                continue
            day = day or _new_day_after(ms, m) or _named_day(ms, m) or _it_before(ms, m)
            if day is not None and day.due is not None:
                for k in [day, *_named_alike(ms, m, day)]:
                    _take_move(k, m, day)
                continue
        out.append(m)
    return [m for m in out if id(m) not in dropped]


_WOULD = re.compile(r"\b(?:would|could|then)\b|\bif\b[^,]*,", re.I)


def _would_be(day: Mention, m: Mention) -> bool:
    """``day``, told after a move only proposed or forecast, is the day it would move to:
    "The rule would then apply from June 9"."""
    if day.pos < m.pos or day.anchor is None:
        return False
    return _WOULD.search(day.evidence, 0, max(0, day.anchor.tx.start - day.span[0])) is not None


def _take_move(k: Mention, m: Mention, day: Mention) -> None:
    """``k`` takes the move ``m`` told by a span: its old day counted back, or, for a move
    only proposed or forecast, the day in force left as it is ("The pause expires on Friday.
    The government proposed extending it by 30 days"; "proposes to extend for 60 days the
    applicability date ... The rule has an applicability date of April 10, 2017")."""
    k.status, k.cue = m.status, m.cue
    if day.due is None or m.shift is None:
        return
    if m.weighed_as is None or day.renewed or _would_be(day, m):
        k.previous = apply_shift(day.due, m.shift, m.status != "advanced", False)
    else:
        k.status = m.weighed_as


def _named_alike(ms: list[Mention], m: Mention, day: Mention) -> list[Mention]:
    """The other plain mentions of ``day``'s date named as the date ``m`` moves: "The PTEs
    also have applicability dates of April 10, 2017"."""
    return [
        k
        for k in ms
        if k is not day and k.due == day.due and k.status == "scheduled" and _same_date_named(m, k)
    ]


def _day_it_moves_to(ms: list[Mention], m: Mention, day: Mention) -> Mention | None:
    """Another day of the document that lies the span away from ``day``, the way the move
    goes: ``day`` is then the old day and that one the new."""
    if day.due is None or m.shift is None or day.status != "scheduled":
        return None
    to = apply_shift(day.due, m.shift, m.status == "advanced", False)
    return next((k for k in ms if k is not day and k.due == to and k.due is not None), None)


def _same_way(a: str, b: str) -> bool:
    return a == b or {a, b} == {"postponed", "extended"}


_THIS_DAY = re.compile(
    r"\b(?:this|that|the\s+(?:new|above))\s+(?:[\w-]+\s+)?(?:deadline|date|day)\b", re.I
)


def _day_referred(ms: list[Mention], m: Mention) -> Mention | None:
    """The day an undated shift refers back to: "September 12, 2025: Deadline for written
    comments. ... this deadline has been extended by one week" (the day is the new one)."""
    if not _THIS_DAY.search(m.evidence):
        return None
    days = [k for k in _plain_days_before(ms, m) if same_kind(k.kind, m.kind)]
    return max(days, key=lambda k: k.pos, default=None)


def _plain_days_before(ms: list[Mention], m: Mention) -> list[Mention]:
    """The plain days of ``m``'s sentence, or of the one just before it in its paragraph,
    told before ``m``."""
    return [
        k
        for k in ms
        if k.due is not None
        and k.pos < m.pos
        and k.para == m.para
        and adjacent(k.span, m.span)
        and k.status == "scheduled"
    ]


def _new_day_after(ms: list[Mention], m: Mention) -> Mention | None:
    """The day an undated shift is given by next: "pushing back by one year the compliance
    date ... Covered importers now have until June 1, 2020" (the first day after it told as
    new, near it, of its kind, with no old day of its own); or the first day after it of the
    thing it names ("Storm pushes parade back a day" ... "The opening parade ... will be
    held on Sunday afternoon")."""
    near = [k for k in ms if k.pos > m.pos and k.due and k.pos - m.pos < _NEAR]
    # (or, for a term, the first day a thing is due by: "extends by 30 days the comment
    # period ... DATES: Comments must be received on or before July 9")
    named = [
        k
        for k in near
        if (m.stem and k.stem == m.stem)
        or (m.kind == "deadline" and k.kind == "other" and k.limit)
        or _same_date_named(m, k)
    ]
    after = [k for k in near if k.renewed] or named[:1]
    k = after[0] if after else None
    if k is None or k.previous is not None or not same_kind(k.kind, m.kind):
        return None
    return k if k.status == "scheduled" or _same_way(k.status, m.status) else None


# a day named by what it is: "the applicability date", "its effective date"
_DATE_NAMED = re.compile(
    r"\b(applicability|effective|compliance|expiration|expiry|closing)\s+dates?\b", re.I
)


def _same_date_named(m: Mention, k: Mention) -> bool:
    """The move and the day name the same date: "proposes to extend ... the applicability
    date ... The final rule has an applicability date of April 10, 2017"."""
    names = {w.lower() for w in _DATE_NAMED.findall(m.evidence)}
    if not names or k.anchor is None:
        return False
    told = _DATE_NAMED.findall(k.evidence, 0, max(0, k.anchor.tx.start - k.span[0]))
    return any(w.lower() in names for w in told)


_NEAR = 700  # the most characters from a shift told without a day to the day it gives
_DEFINITE = re.compile(r"\W*(?:the|this|that)\s", re.I)


def _named_day(ms: list[Mention], m: Mention) -> Mention | None:
    """The one day the document gave before for the thing a shift names as known: "DATES:
    The public meeting will be held on Thursday, May 5 ... The public meeting will take
    place two days later than announced" (the day is the new one)."""
    if not m.stem or not _DEFINITE.match(m.evidence):
        return None
    # (or moved already, its old day untold: "will now be held on Monday, January 23 ...
    # The meeting has been pushed back two weeks")
    days = [
        k
        for k in ms
        if k.due is not None
        and k.pos < m.pos
        and (k.status == "scheduled" or (_same_way(k.status, m.status) and k.previous is None))
        and k.stem == m.stem
    ]
    return days[0] if len({k.due for k in days}) == 1 else None


_IT = re.compile(r"\b(?:it|them)\b")


def _it_before(ms: list[Mention], m: Mention) -> Mention | None:
    """The one day of the sentence just before a move only proposed or forecast that names
    its thing by a pronoun: "The mandate expires on Sept. 30. Diplomats said leaders were
    likely to renew it for another year"."""
    if m.weighed_as is None or not _IT.search(m.evidence):
        return None
    days = [k for k in _plain_days_before(ms, m) if k.span != m.span]
    return days[0] if len(days) == 1 else None


def _moved_by(k: Mention, shift: str) -> bool:
    """``k`` is a move from its previous date by the span ``shift``."""
    if k.due is None or k.previous is None:
        return False
    return apply_shift(k.previous, shift, k.due < k.previous, False) == k.due
