"""A thing moved more than once, told in one document: only the last day is a
commitment, the day it was moved from its previous date ("first set for May 12, then moved
to May 17, now put off to Friday"); and a day its sentence tells as held, which no call-off
told elsewhere undoes."""

from __future__ import annotations

import re

from .closes import own_move
from .held import HELD_ON
from .mentions import Mention
from .olddates import MOVED_AGAIN, UNDECIDED, same_kind, same_thing, separate
from .status import MOVES


def held_there(m: Mention) -> bool:
    """A day its sentence tells as the one something was held on ("at a meeting held on
    January 27"): no call-off told elsewhere undoes it."""
    if m.anchor is None:
        return False
    at = m.anchor.tx.start - m.span[0]
    return bool(HELD_ON.search(m.evidence, max(0, at - 50), at))


# a move that presupposes one before it: "We therefore further suspend ... until March 7"
_FURTHER = re.compile(
    r"\bfurther\s+(?:suspend|extend|delay|postpon|defer|push)\w*\s+(?:back\s+)?(?:the|its|their|this|that)\b",
    re.I,
)


def further(ms: list[Mention]) -> list[Mention]:
    """A further move with no old day of its own takes the day the move before it gave, of
    the same thing, told earlier ("suspended the tariff sheets until October 29 ... further
    suspend ... until March 7"); that day folds into it."""
    gone: set[int] = set()
    for m in ms:
        if m.status not in MOVES or m.previous is not None or not m.due:
            continue
        if MOVED_AGAIN.search(m.evidence):
            # ("postponed for a second time ... It was moved to December 5 in October"): the
            # last move before it of the same thing, told anywhere, is the one it starts from
            # (a start put off and an end extended only when the later move names it back:
            # "pushed it again, to November 30")
            it = _IT_MOVED.search(m.evidence) is not None
            links = [
                k
                for k in ms
                if (k.status == m.status or (it and _later_alike(k.status, m.status)))
                and _link(k, m)
            ]
            if links:
                last = max(links, key=lambda k: k.pos)
                m.take_old(last.due, last)
                # (the thing's kind, told with the first move: "The deadline ... had already
                # been moved once, to August 31. ... pushed it again, to November 30")
                m.status = last.status
                gone.add(id(last))
                continue
        if (named := _named_back(ms, m)) is not None:
            m.take_old(named.due, named)  # ("delaying that compliance date to October 18")
            gone.add(id(named))
            continue
        if not _FURTHER.search(m.evidence):
            continue
        before = [k for k in ms if k.pos < m.pos and k.due and k.due < m.due and same_thing(k, m)]
        if before and before[-1].status in (*MOVES, "scheduled"):
            m.take_old(before[-1].due, before[-1])
            gone.add(id(before[-1]))
    return [m for m in ms if id(m) not in gone]


def _later_alike(a: str, b: str) -> bool:
    """Two moves the same way: one status, or a start put off and an end extended (the
    words of a later move may tell the kind less well: "pushed it again")."""
    return a == b or {a, b} <= {"postponed", "extended"}


# a term referred back to by its name: "delaying that compliance date to October 18"
# (a qualified term, not a clause: "said that the deadline ...")
_THAT_TERM = re.compile(
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bnoted\s)(?<!\badded\s)(?<!\bannounced\s)"
    r"\b(?:that|this|the\s+same)\s+((?!the\b)[\w-]+\s+(?:date|deadline|period|cut-?off))\b",
    re.I,
)


def _named_back(ms: list[Mention], m: Mention) -> Mention | None:
    """The day the sentence before gave a term ``m``'s move names back ("The rule also
    established a compliance date of August 14, 2017. ... BLM is also delaying that
    compliance date to October 18, 2017."): the term's old day, on the side the move goes."""
    term = _THAT_TERM.search(m.evidence)
    if term is None or m.due is None:
        return None
    # (the day the term was given: "a compliance date of August 14, 2017")
    given = re.compile(rf"\b{re.escape(term.group(1))}\s+(?:of|is|was|on|:)\s+", re.I)
    before = [
        k
        for k in ms
        if k is not m
        and 0 < m.pos - k.pos < 600
        and k.evidence != m.evidence
        and k.due is not None
        and k.status == "scheduled"
        and k.anchor is not None
        and any(
            k.evidence.startswith(k.anchor.tx.text, g.end()) for g in given.finditer(k.evidence)
        )
        and (k.due < m.due) == (m.status != "advanced")
    ]
    return max(before, key=lambda k: k.pos, default=None)


def _link(k: Mention, m: Mention) -> bool:
    """``k``, a move of the same thing with a day of its own on the way to ``m``'s: of one
    kind, named alike or told of by a pronoun ("It has now been postponed again"), and not
    of another matter ("Separately, ... again pushed back its certification")."""
    if k is m or k.previous is None or k.due is None or m.due is None or separate(m):
        return False
    if _other_actors(k, m) or not (
        _same_named(k, m) or _IT_MOVED.search(m.evidence) or _BARE_REFERENCE.match(k.evidence)
    ):
        return False
    return k.previous < k.due < m.due if m.status != "advanced" else k.previous > k.due > m.due


def _same_named(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and a.what.lower() == b.what.lower()


# a move told as an earlier stage: "An earlier action had delayed that date from April 1"
_EARLIER_MOVE = re.compile(
    r"\b(?:earlier|previous|prior|initial|first)\s+(?:action|notice|rule|order|decision|delay"
    r"|extension|postponement)\b|\bhad\s+(?:been\s+|already\s+)?(?:moved|delayed|extended"
    r"|postponed|pushed\s+back|put\s+off|deferred|rescheduled)\b",
    re.IGNORECASE,
)
# the thing moved told by a pronoun, with no other object: "It has now been postponed again"
# (not "it delayed the audit again")
_IT_MOVED = re.compile(
    r"\b(?:it|they)\s+(?:(?:has|have|had|was|were|been|now|is|are|will|be)\s+)*"
    r"(?:postponed|delayed|moved|pushed|put|extended|deferred|rescheduled)\b"
    r"(?!\s+(?:the|its|their|a|an|his|her)\b)"
    # (or as the object: "the board pushed it again, to November 30")
    r"|\b(?:postponed|delayed|moved|pushed|extended|deferred|rescheduled)\s+(?:it|them)\b"
    r"|\bput\s+(?:it|them)\s+(?:off|back)\b",
    re.IGNORECASE,
)
# a move told of the thing by its bare name, referring back: "The meeting was originally
# scheduled for November 28" (not "The Senate vote", "The summit of EU leaders")
_BARE_REFERENCE = re.compile(
    r"\W*(?:The|This|That)\s+(?:meeting|summit|vote|talks|hearing|conference|election|session"
    r"|match|game|ballot|event)\s+(?:was|were|had|has)\b"
)


def _other_actors(a: Mention, b: Mention) -> bool:
    """Both name their parties, and none in common: two things."""
    return bool(a.actors and b.actors and not set(a.actors) & set(b.actors))


def drop_replaced(ms: list[Mention]) -> list[Mention]:
    """A date the document gives elsewhere as the old date of a change of the same thing
    ("the tariffs were due on October 1 ... now set for October 15") is folded into that
    change, never a commitment of its own; what was held or called off on it stays, and so
    does a day only proposed to be moved ("the May 1 deadline remains in effect")."""
    olds = [
        (h.previous, h)
        for h in ms
        if h.previous is not None
        and h.due is not None
        and h.status not in UNDECIDED
        and not h.old_elsewhere
    ]
    return [
        m
        for m in ms
        if m.status in {"occurred", "cancelled"}
        or (m.previous is not None and not _moved_again(ms, m))
        or m.holds  # "will go on sale on Sept. 9 as planned"
        # a day told as the new one of a move of its own: "Freshers' week moves back by the
        # same amount and now opens on 15 September", the old day of another thing's move
        # (or by a cue of its own: "called an election for November 6, bringing forward a vote")
        or (m.status in MOVES and m.cue is not None and own_move(m))
        or not any(
            day == m.due
            and h.pos != m.pos
            and h.evidence != m.evidence
            and same_thing(h, m)
            # (a day of another kind of thing, paragraphs away, is that thing's own)
            and (same_kind(h.old_kind or m.kind, m.kind) or h.old_para == m.para)
            and not _named_apart(h, m)
            for day, h in olds
        )
    ]


def _named_apart(h: Mention, m: Mention) -> bool:
    """A thing of a kind of its own, paragraphs away, that shares no word with the thing
    whose own sentence gave the old day ("Applications, which were due July 31, will now be
    accepted through Aug. 31" ... "The federal moratorium is set to expire Saturday")."""
    # (a deadline or a rule's day may be the unnamed thing's own, told again in its terms)
    return (
        h.kind == "other" != m.kind
        and m.kind not in {"deadline", "rule"}
        and not h.old_kind
        and h.para != m.para
        and not set(h.subject.split()) & set(m.subject.split())
    )


def _moved_again(ms: list[Mention], m: Mention) -> bool:
    """The new day of a move that a later move of the same thing starts from ("first set
    for May 12 and moved to May 17 ... now put off from May 17 to Friday"): a link of a
    chain, told only as the previous day of the last move."""
    return any(
        h is not m
        and h.status in MOVES
        and h.previous == m.due
        and h.due is not None
        and h.due != m.previous
        and same_thing(h, m)
        and same_kind(h.kind, m.kind)
        # (named alike, by a pronoun or a bare name, or told as an earlier stage: not "The
        # House vote was moved from June 3" after "The Senate vote was moved ... to June 3")
        and not _other_actors(h, m)
        and (
            _same_named(h, m)
            or _IT_MOVED.search(h.evidence)
            or _BARE_REFERENCE.match(h.evidence)
            or _EARLIER_MOVE.search(m.evidence)
        )
        and not separate(h)
        for h in ms
    )
