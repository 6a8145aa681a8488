"""Old dates and the new dates that replace them: a plan told as superseded, a date told
as new after a plan, a move told only by its old date, and which commitment each belongs to."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from .marks import DATE_SUBJECT, SEPARATELY
from .mentions import NEW_MARK, Change, Mention
from .moves import old_date
from .old_marks import another_things
from .status import MOVES, move_status

NEXT = 400  # how far after a superseded plan its replacement may be told
UNDECIDED = ("proposed", "expected")  # a change only asked for or forecast
_GAP = 4  # the most characters between two sentences that follow one another


# a change that gives no new day: "postponed indefinitely", "a new date will be posted"
NO_NEW_DATE = re.compile(
    r"\b(?:indefinitely|until\s+further\s+notice|(?:with\s+)?no\s+new\s+date|sine\s+die"
    # a new date still to come: "a new date will be posted on the City's website"
    r"|(?:a|the)\s+new\s+date\s+(?:will|is\s+to|has\s+yet\s+to|has\s+not)\s+(?:be\s+|been\s+)?"
    r"(?:posted|announced|set|given|published|notified|confirmed|fixed)"
    # ("will announce the new date on its website", "for a date in the spring", "at a later date")
    r"|(?:will|would|to)\s+announce\s+(?:a|the)\s+new\s+date|at\s+a\s+(?:later|future)\s+date"
    r"|a\s+date\s+(?:to\s+be\s+(?:announced|determined|confirmed|set)|in\s+the\s+(?:spring|summer"
    r"|autumn|fall|winter|new\s+year)))\b",
    re.I,
)


def same_thing(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind or "other" in (a.kind, b.kind)


def plan_before(ms: list[Mention], m: Mention) -> Mention | None:
    """The plan a date told as new ("It will now take place on 9 February") replaces: a
    planned or superseded day of the same thing in the sentence just before it."""
    plans = [
        h
        for h in ms
        if 0 < m.pos - h.pos < NEXT
        # (or an old plan told at the end of the paragraph before: "The rates, which an
        # earlier notice said would apply from 2 April, are deferred.\n\nThey will now apply
        # from 16 April")
        and (h.para == m.para or (h.superseded and 0 <= m.para - h.span[1] <= _GAP))
        and not h.holds  # ("is not affected and will go ahead next Wednesday")
        # (a new day told of "it" right after the old one is of the same thing, whatever
        # words name it: "has postponed tonight's hearing. It will now meet next Tuesday")
        and may_replace(
            m, h, any_kind=_IT_NOW.match(m.evidence) is not None and adjacent(h.span, m.span)
        )
        and not opens_for_close(h, m)
        and (
            (
                (h.evidence != m.evidence or h.superseded)
                and (h.cued or h.superseded)
                and h.status == "scheduled"
            )
            # a move told by its old date alone, in the sentence before: "agreed on May 12 to
            # extend a ceasefire that had been due to expire that day. The truce now runs
            # until the end of June."
            or (h.old_only and h.status in MOVES and adjacent(h.span, m.span))
        )
    ]
    return max(plans, key=lambda h: h.pos, default=None)


def term_before(ms: list[Mention], old: Mention) -> Mention | None:
    """The term an old one told just after it gave way to: "Security patches will continue
    until January 11, 2022. The roadmap had promised patches only until July 13, 2021"."""
    if not old.limit:
        return None
    terms = [
        h
        for h in ms
        if 0 < old.pos - h.pos < NEXT
        and h.para == old.para
        and h.limit
        and h.status == "scheduled"
        and adjacent(h.span, old.span)
        and may_replace(h, old)
    ]
    return max(terms, key=lambda h: h.pos, default=None)


def beside(c: Change, m: Mention) -> bool:
    """The change is told in the sentence of ``m`` or one next to it, in its paragraph."""
    return c.para == m.para and adjacent(c.span, m.span)


def replaces(m: Mention, plan: Mention, told: Change | None) -> None:
    """``m`` replaces ``plan``: the two days tell the direction, the dated thing whether it
    is postponed or extended; a change told elsewhere lends only its words, and only when
    it says the same."""
    if m.due is None or plan.due is None:
        return
    later = m.due > plan.due
    m.take_old(old_date(plan.due, plan.anchor, m.due, later), plan)
    agrees = told is not None and (told.status == "advanced") != later
    m.status = move_status("postponed", m.term_ends(plan), m.due, m.previous)
    mark = C.SUPERSEDED_MARK.search(plan.evidence) or NEW_MARK.search(m.evidence)
    m.cue = told.words if told is not None and agrees else (mark.group() if mark else None)


def moved_before(ms: list[Mention], old: Mention) -> bool:
    """ "The panel will meet on December 10 and 11. The meeting, originally scheduled for
    October 15-16, was rescheduled": a move whose sentence gives only the old date moves the
    plain dates of the same thing told just before it. The first of them replaces the old
    date; a later one replaces the day as far into the old span, when the span reaches it."""
    was = old.due
    if was is None:
        return False
    near = [
        h
        for h in ms
        if 0 < old.pos - h.pos < NEXT
        # (another item or answer is another thing's; a lede's date is moved by the next
        # paragraph's first sentence, as wire stories tell it)
        and (h.para == old.para or across_break(h, old))
        and (h.status == "scheduled" or h.status in MOVES)
        and not h.old_only
        and (may_replace(h, old) or _leads_to(h, old))
        and on_side(h, old)
    ]
    if not near:
        return False
    told = max(near, key=lambda h: h.pos).evidence  # the sentence just before the move
    hosts = sorted((h for h in near if h.evidence == told), key=lambda h: h.due or was)
    first = hosts[0].due or was
    for h in hosts:
        h.previous = old_day(old, first, h.due or first)
        h.status = move_status(old.status, ends_of(old, h), h.due, h.previous or was)
        h.cue = old.cue
    return True


def earlier_stage(ms: list[Mention], old: Mention) -> bool:
    """An old day further back than the previous day of the same thing's move told just
    before it is an earlier stage of one chain of moves ("... until Friday, July 17,
    extending a deadline that expired on Sunday. It was the second time the deadline had
    been pushed back; negotiators had originally aimed to conclude by June 30")."""
    counted = MOVED_AGAIN.search(old.evidence) is not None
    return old.due is not None and any(
        0 < old.pos - h.pos < (3 * NEXT if counted else NEXT)
        and h.status == old.status
        and h.previous is not None
        and (h.previous > old.due) == (old.status != "advanced")
        and same_thing(h, old)
        # (or anywhere before, when the old day's sentence counts the moves: "It is the
        # second delay to the vote, which was originally set for 3 May")
        and (adjacent(h.span, old.span) or across_break(h, old) or counted)
        for h in ms
    )


# a move told as one of several: "postponed for a second time", "pushed back again", "It is
# the second delay to the vote"
MOVED_AGAIN = re.compile(
    r"\b(?:again|(?:for\s+)?a\s+(?:second|third|fourth)\s+time"
    r"|for\s+the\s+(?:second|third|fourth)\s+time"
    r"|(?:second|third|fourth|another)\s+(?:time|delay|postponement|extension|deferral))\b",
    re.I,
)


def spread(moved: list[Mention], host: Mention, old: Mention) -> None:
    """An old span ("originally October 15-16") whose first day went to ``host``: the later
    days its sentence gives the same thing take the old days as far into the span."""
    for h in moved:
        if h is host or h.evidence != host.evidence or not host.due or not h.due:
            continue
        if h.due > host.due and may_replace(h, old):
            h.previous = old_day(old, host.due, h.due)


def old_day(old: Mention, first: dt.date, day: dt.date) -> dt.date | None:
    """The day of ``old`` (a day, or a span of days) that ``day`` replaces, counting from
    ``first``, the new day that replaces its first one; none beyond the span."""
    into = (day - first).days
    span = old.anchor.span_days if old.anchor else 0
    return old.due + dt.timedelta(days=into) if old.due and 0 <= into <= span else None


_IT_NOW = re.compile(r"\W*(?:it|they)\s+(?:will|would|is|are)\s+now\b", re.I)


def may_replace(h: Mention, old: Mention, any_kind: bool = False) -> bool:
    """``h`` is a date of the same thing as ``old``, another day, with no old date yet."""
    return (
        h.due is not None
        and h.due != old.due
        and h.previous is None
        and not h.superseded
        and not h.holds
        and (any_kind or same_thing(h, old))
    )


# words of a plan's telling, not of its thing
PLAN_WORDS = frozenset(
    "originally initially first planned scheduled set due had been slated".split()
)


def _alike(h: Mention, old: Mention) -> bool:
    """Two mentions in two paragraphs name one thing: by its kind, or a word of their
    subjects ("The deal had been slated to complete on November 28." is not "Under the merger
    agreement, Tasca must pay a break fee by August 5")."""
    if h.kind == old.kind != "other":
        return True
    return bool(set(h.subject.split()) & set(old.subject.split()) - PLAN_WORDS)


def _renews(h: Mention, old: Mention, ms: list[Mention]) -> bool:
    """A date told as new ("will now apply from December 1") in the sentence right after
    an old plan, or opening the next paragraph with no day told between them, replaces it,
    whatever words the two sentences name it by."""
    return (
        h.renewed
        and h.pos > old.pos
        and (adjacent(old.span, h.span) or opens_next(h, old, ms))
        and may_replace(h, old, any_kind=True)
    )


def opens_next(h: Mention, old: Mention, ms: list[Mention]) -> bool:
    """``h`` opens a paragraph after ``old``'s, within reach, no day told between them."""
    return (
        0 < h.pos - old.pos < NEXT
        and h.span[0] == h.para
        and not any(old.pos < k.pos < h.pos for k in ms)
    )


def ends_of(old: Mention, new: Mention) -> bool | None:
    """Whether a moved date ends something: as its own sentence tells, else the move's,
    else whether either is a day something is due by ("received no later than 5pm on")."""
    ends = new.ends if new.ends is not None else old.ends
    return ends if ends is not None else (by_day(new) or by_day(old) or None)


def replaced_later(ms: list[Mention], old: Mention, kind: str = "") -> bool:
    """A plan told as superseded ("had required them to leave by May 1") and, in a sentence
    just after, a plain date of the same thing ("will leave by September 11"), else in the
    sentence just before it ("The hearing is set for January 12. The judge had originally
    scheduled it for December 15"): that date replaces it, a move told across sentences.
    The old date becomes its previous date. ``kind``: only a date of that kind."""
    if old.due is None:
        return False
    plain = [
        h
        for h in ms
        if 0 < abs(h.pos - old.pos) < NEXT
        and h.evidence != old.evidence
        # (another item or answer is another thing's; a wire story's next paragraph, its
        # sentence following on, is not)
        and (
            h.para == old.para
            or _renews(h, old, ms)
            or (across_break(h, old) and (h.pos < old.pos or _alike(h, old)))
        )
        and h.status == "scheduled"
        and (may_replace(h, old) or _renews(h, old, ms))
        and h.kind == (kind or h.kind)
    ]
    # ("Separately, funding ... runs out on September 30": another thing)
    after = [h for h in plain if h.pos > old.pos and not separate(h)]
    before = [h for h in plain if h.pos < old.pos]
    if before and not _refers_back(old, before[-1]):
        before = []  # a sentence naming a thing of its own replaces nothing told before it
    just_before = [h for h in before if h.evidence == before[-1].evidence] if before else []
    # (a day told just before it, in its own paragraph or the one before, is nearer than one
    # told after a paragraph break: "Voters will decide on November 24 ... The referendum was
    # initially to be held on September 22 ...\n\nBallot papers will be sent by November 1")
    if after and just_before and after[0].para != old.para:
        after = []
    new = after[0] if after else (just_before[0] if just_before else None)
    if just_before and DATE_SUBJECT.match(old.evidence):
        new = just_before[0]  # "The previous cut-off was ...": the day told just before
    if new is None or new.due is None:
        return False
    later = new.due > old.due
    new.take_old(old_date(old.due, old.anchor, new.due, later), old)
    ends = new.ends if new.ends is not None else old.ends
    if ends is None:
        ends = by_day(new) or by_day(old) or None
    new.status = move_status("postponed" if later else "advanced", ends, new.due, new.previous)
    mark = C.SUPERSEDED_MARK.search(old.evidence)
    new.cue = mark.group() if mark else None
    return True


def opens_for_close(old: Mention, new: Mention) -> bool:
    """An opening day is no old day of a close: "opens on March 1 ... closes on April 30"."""
    return new.ends is True and old.ends is False


def on_side(h: Mention, old: Mention) -> bool:
    """``h`` is on the side a move from ``old`` goes: later for a move put off or extended,
    earlier for one brought forward (a day before a put-off one is not where it went)."""
    return h.due is None or old.due is None or (h.due > old.due) == (old.status != "advanced")


def _leads_to(h: Mention, old: Mention) -> bool:
    """The day of the sentence just before a move told by its old day alone, on the side the
    move goes, whatever words name the thing ("will be sworn in on Thursday ... The ceremony
    had been pencilled in for June 10, but it was brought forward")."""
    if h.due is None or old.due is None or not (adjacent(h.span, old.span) or across_break(h, old)):
        return False
    return may_replace(h, old, any_kind=True) and on_side(h, old)


def separate(m: Mention) -> bool:
    """The mention's sentence says it speaks of another thing: "Separately, funding for most
    agencies runs out on September 30"."""
    return SEPARATELY.match(m.evidence) is not None


def _refers_back(old: Mention, h: Mention) -> bool:
    """The old plan's sentence speaks of the thing told before it: by its kind or word, or
    by a pronoun ("The judge had originally scheduled it for December 15")."""
    if old.kind == h.kind != "other" or (old.stem and old.stem == h.stem):
        return True
    if (old.kind == "deadline" or by_day(old)) and h.limit:
        # "must now be received by 24 April. The deadline initially set was ...", "has until
        # Friday to produce the records ... had ordered them delivered by March 4"
        return True
    if h.renewed and _HE_OR_SHE.match(old.evidence):
        return True  # "will now give evidence on 9 April. He had been due before MPs on ..."
    if old.anchor is not None and _COUNTED_BACK.search(old.anchor.tx.text):
        return (
            True  # "... on Sunday 21 May. The Commission had initially fixed it two weeks earlier."
        )
    return bool(_PRONOUN.search(old.evidence))


_HE_OR_SHE = re.compile(r"\W*(?:he|she)\s", re.IGNORECASE)
_COUNTED_BACK = re.compile(r"\b(?:earlier|later|before)$", re.IGNORECASE)
_PRONOUN = re.compile(
    rf"\b(?:it|its|they|them|their|this|that|these|those|{C.THE_OLD_DATE})\b", re.IGNORECASE
)


def by_day(m: Mention) -> bool:
    """The date is a deadline: something is to be done by it ("leave by May 1")."""
    words = m.anchor.tx.text if m.anchor else ""
    at = m.evidence.find(words) if words else -1
    return at > 0 and C.closes_term(m.evidence, 0, at)


def across_break(a: Mention, b: Mention) -> bool:
    """The sentences of ``a`` and ``b`` follow one another across a paragraph break: the
    last of one paragraph, then the first of the next."""
    first, then = (a, b) if a.pos < b.pos else (b, a)
    return then.span[0] == then.para and 0 <= then.para - first.span[1] <= _GAP


def adjacent(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The same sentence, or one just after the other."""
    return a == b or 0 <= b[0] - a[1] <= _GAP or 0 <= a[0] - b[1] <= _GAP


def same_kind(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def told_ends(told: Change, m: Mention) -> bool | None:
    # (a day told as new says what it closes: "now have until November 15 to send views")
    if m.renewed and m.limit and m.ends is not None:
        return m.ends
    return told.ends if told.ends is not None else m.ends


def implied_move(ms: list[Mention], dct: dt.date | None = None, text: str = "") -> list[Mention]:
    """An old and a new day of one thing in one sentence tell a move without a cue."""
    olds = [m for m in ms if m.superseded and m.due is not None]
    new = [m for m in ms if not m.superseded and m.status == "scheduled" and m.due]
    # (a relative clause's day after the old one is another thing's: "on February 12, the
    # first day of a launch window that stays open until March 14")
    new = [
        m
        for m in new
        if m.anchor is None
        or not any(
            o.anchor is not None
            and o.pos < m.pos
            and _RELATIVE_AFTER.search(text, o.anchor.tx.end, m.anchor.tx.start)
            for o in olds
        )
    ]
    # (nor a day named as an event's, "for the August 4, 2026 primary election")
    new = [
        m
        for m in new
        if m.anchor is None or not _attributive(text, m.anchor.tx.start, m.anchor.tx.end)
    ]
    if not olds or not new:
        return ms
    # "originally set for March 20 and 21, now April 2 and 3": the days in their order; when
    # the counts differ, those of the shorter list go to the nearest of the other ("until Dec.
    # 20, rather than Nov. 29, to be fully vaccinated"; "two days later instead of on 21 May")
    if len(olds) != len(new) and _interleaved(olds, new):
        olds, new = _nearest_pairs(olds, new)
    elif len(olds) < len(new) and olds[0].pos > new[-1].pos:
        new = new[-len(olds) :]  # (told after the new days, the old days go to the last new ones)
    elif len(olds) <= len(renewed := [m for m in new if m.renewed]) < len(new):
        new = renewed  # ("will reopen on 30 March and will now close on"): the days told new
    for old, target in zip(olds, new, strict=False):
        if old.due is None or target.due is None:
            continue
        target.previous = old_date(old.due, old.anchor, target.due, None, dct)
        target.old_elsewhere = another_things(old.anchor)
        ends = target.term_ends(old)
        ends = (target.limit or None) if ends is None else ends  # "until Dec. 20": a term's end
        target.status = move_status("postponed", ends, target.due, target.previous)
        mark = C.SUPERSEDED_MARK.search(old.evidence)
        target.cue = mark.group() if mark else "instead of"  # the words that make the old date
    paired = olds[: len(new)]  # (an old day with no new one stays)
    return [m for m in ms if not any(m is p for p in paired)]


def _interleaved(olds: list[Mention], new: list[Mention]) -> bool:
    """The old and new days are not two lists told one after the other."""
    return not (
        max(o.pos for o in olds) < min(m.pos for m in new)
        or max(m.pos for m in new) < min(o.pos for o in olds)
    )


def _nearest_pairs(olds: list[Mention], new: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Each day of the shorter list with the nearest unpaired day of the other."""
    short, other = (olds, new) if len(olds) < len(new) else (new, olds)
    left = list(other)
    pairs = []
    for d in short:
        best = min(left, key=lambda x: abs(x.pos - d.pos))
        left.remove(best)
        pairs.append((d, best))
    if short is olds:
        return [d for d, _b in pairs], [b for _d, b in pairs]
    return [b for _d, b in pairs], [d for d, _b in pairs]


def _attributive(text: str, start: int, end: int) -> bool:
    the = text[start : start + 4].lower() == "the " or _THE_BEFORE.search(
        text, max(0, start - 5), start
    )
    return bool(the and _NOUN_AFTER.match(text, end))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:was|were|is|are|will|would|has|had|and|or|to|at|in|on|for|by|as|when|after|before"
    r"|until|deadline|date)\b)[A-Za-z][\w-]*",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r",[^,;]*\b(?:that|which)\s", re.IGNORECASE)
