"""Days a notice or a report moves without saying so in one sentence: the old close of a
term it extends or reopens, told as past or as first set ("The comment period closed on
March 26, 2018. ... We will consider all comments that we receive on or before April 30,
2018"); the header day a move told by its old day alone lands on; a day a move told after it
lands on ("called an election for November 6, bringing forward a vote"); an old plan a
call-off told right after it calls off; a clause that moves a thing of its own with no cue."""

from __future__ import annotations

import re

from . import cues as C
from .mentions import NEW_MARK, Change, Mention
from .model import TemporalExpression
from .olddates import adjacent, may_replace, on_side, same_kind
from .status import move_status

# a term's close told before its day: "the comment period closed on", "provided for a comment
# period ending", "established a deadline date of", "the original deadline was"
_OLD_CLOSE = re.compile(
    r"\b(?P<noun>comment|deadline|closing|application)(?:\s+period|\s+date)?\b"
    r"[^.;]{0,40}?\b(?:closed|ended|ending|expired|lapsed|was|of)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def old_closes(ms: list[Mention]) -> list[Mention]:
    """Give each term extended with no old day told the latest earlier close of its kind the
    notice tells as past or as first set; that close is folded in."""
    folded: set[int] = set()
    for m in ms:
        if m.status != "extended" or m.due is None or m.previous is not None:
            continue
        closes = [(o.due, o) for o in ms if id(o) not in folded and _closes_before(o, m)]
        if closes:
            day, old = max(closes, key=lambda c: (c[0] or m.due, c[1].pos))
            m.take_old(day, old)
            folded.add(id(old))
    return [m for m in ms if id(m) not in folded]


def _closes_before(o: Mention, m: Mention) -> bool:
    if o is m or o.due is None or m.due is None or o.due >= m.due or o.anchor is None:
        return False
    if o.status not in {"occurred", "scheduled"} or o.previous is not None or o.holds:
        return False
    at = o.evidence.find(o.anchor.tx.text)
    close = _OLD_CLOSE.search(o.evidence, 0, at) if at > 0 else None
    # (the same term: "comments ... on or before April 30", not "the exclusions ... through")
    return (
        close is not None
        and same_kind(o.kind, m.kind)
        and close.group("noun").lower() in m.evidence.lower()
    )


# a notice's own day, in its header: "TIME AND DATE: 11:00 a.m. on Tuesday, October 27, 2020."
_HEADER = re.compile(r"\W*(?:TIME\s+AND\s+DATE|DATE\s+AND\s+TIME|DATES?|WHEN)\s*:")


def header_day(ms: list[Mention], old: Mention) -> Mention | None:
    """A move told by its old day alone ("This meeting was originally noticed for Monday,
    October 19, and was postponed") moves the one day a notice's header gives, on the side
    the move goes; returns that day's mention, moved, or None."""
    if old.due is None:
        return None
    heads = [
        h
        for h in ms
        if h.status in {"scheduled", old.status}  # (or moved by that change, undated)
        and h.due is not None
        and _HEADER.match(h.evidence)
        and may_replace(h, old, any_kind=True)
        and on_side(h, old)
    ]
    if len(heads) != 1:
        return None
    head = heads[0]
    head.take_old(old.due, old)
    head.status = move_status(old.status, old.ends, head.due, old.due)
    head.cue = old.cue
    return head


def own_move(m: Mention) -> bool:
    """A day told as new, or as the day a move told after it lands on ("called an election
    for November 6, bringing forward a vote")."""
    if NEW_MARK.search(m.evidence) is not None:
        return True
    words = m.anchor.tx.text if m.anchor else ""
    at, cue = m.evidence.find(words) if words else -1, (m.cue or "").lower()
    return at >= 0 and bool(cue) and m.evidence.lower().find(cue, at) > at


def called_off_next(changes: list[Change], m: Mention) -> Change | None:
    """A call-off with no day, told in the sentence right after an old plan, is that plan's:
    "The third window had been due to open on 9 January. That window will not go ahead."""
    return next((c for c in changes if _off_next(c, m) and same_kind(c.kind, m.kind)), None)


def _off_next(c: Change, m: Mention) -> bool:
    """``c`` is a call-off told with no day, decided, in the sentence right after ``m``."""
    return (
        c.status == "cancelled"
        and not c.dated
        and c.modality is None
        and c.span[0] >= m.span[1]
        and adjacent(m.span, c.span)
    )


def moves_itself(text: str, lo: int, hi: int, txs: list[TemporalExpression]) -> bool:
    """The clause tells a move of its own with no cue: an old plan and a day beside it
    ("the meeting that had been slated for May 1 will now be held April 29")."""
    days = [t for t in txs if lo <= t.start < hi and t.type in {"DATE", "TIME"}]
    return len(days) >= 2 and bool(C.SUPERSEDED_MARK.search(text, lo, days[0].start))


def reported_plan_off(changes: list[Change], m: Mention) -> Change | None:
    """A plan reported as told before ("In August we announced that the service would be
    switched off on January 31") and called off, with no day, in the next sentence, which
    points back to it ("We're reversing that decision", "The closure has been called off")."""
    if m.status != "scheduled" or not _REPORTED_PLAN.search(m.evidence):
        return None
    stems = {w[:4] for w in m.subject.split() if len(w) > 3}
    return next(
        (
            c
            for c in changes
            if _off_next(c, m)
            and (
                _POINTS_BACK.search(c.sentence)
                or stems & {w[:4] for w in _WORD.findall(c.sentence)}
            )
        ),
        None,
    )


_REPORTED_PLAN = re.compile(
    r"\b(?:said|announced|told|confirmed)\s+(?:[\w,'’-]+\s+){0,10}?that\s+(?:[\w,'’-]+\s+){0,10}?"
    r"(?:would|was\s+to|were\s+to)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:that|this|the)\s+(?:decision|plan|move|announcement)\b")
_WORD = re.compile(r"[a-z][\w-]{3,}")
