"""One commitment per thing and day: the restatements of a dated commitment in a document
(a title, a summary repeated under its dates) fold into its most explicit mention."""

from __future__ import annotations

import re

from .cues import DAY_HEAD, REPORTED
from .lexicon import MONTH_RE, WEEKDAY_RE
from .marks import BULLET, ENTRY_HEAD
from .mentions import Mention
from .olddates import same_thing, separate

_RANK = {"cancelled": 4, "postponed": 4, "extended": 4, "advanced": 4, "proposed": 3}
_RANK |= {"expected": 3, "scheduled": 2, "occurred": 1}


def _explicit(m: Mention) -> tuple[int, bool, bool, int]:
    """How much a mention says: its status's rank, whether its date is written (not counted
    from a shift), whether it gives the old date, then the length of its date words."""
    written = not _counted(m)
    told_old = m.previous is not None
    return _RANK[m.status], written, told_old, len(m.anchor.tx.text) if m.anchor else 0


def _counted(m: Mention) -> bool:
    """The mention's day is counted from a shift and an old date, not written out."""
    return m.shift is not None and m.previous is not None


def _restates(k: Mention, m: Mention) -> bool:
    """Two mentions of one day are one commitment, unless both tell past events of
    different things ("tariffs took effect; the same day, the other side retaliated") or
    moves from two days."""
    if k.due != m.due:
        return _rolled_over(k, m) or _rolled_over(m, k)
    if _leads(k) and _leads(m) and k.evidence != m.evidence:
        return False  # two lines of a diary, each led by its day: two things
    if ENTRY_HEAD.match(k.evidence) and ENTRY_HEAD.match(m.evidence) and k.evidence != m.evidence:
        return False  # two entries of a live page, each led by its time: two things
    if BULLET.match(k.evidence) and BULLET.match(m.evidence) and k.evidence != m.evidence:
        return False  # two items of a list: "- The export of ... is prohibited from 1 April"
    if _holds_beside(k, m) or _holds_beside(m, k):
        # "the conference is cancelled ... the AGM will still take place on that date";
        # "hearing moved from Oct. 10 ... the regular meeting on Tuesday will go ahead"
        return False
    if None not in (k.previous, m.previous) and k.previous != m.previous:
        return False  # moved there from two days: two things ("June 17, from April 15 ... from Jan. 16")
    first, then = (k, m) if k.pos < m.pos else (m, k)
    if then.anchor is not first.anchor and further_thing(then) and not _named_again(first, then):
        return False  # "Self-response options will also close on that date"
    if first.para != then.para and first.span[0] > 0 and _introduced(then):
        return False  # "Eurozone finance ministers hold an emergency meeting on Wednesday"
    if k.status == m.status == "occurred":
        return k.kind == m.kind and k.stem == m.stem and k.actors == m.actors
    return True


def _named_again(first: Mention, then: Mention) -> bool:
    """A later sentence names the same thing as before ("The truce ... expires on November
    10. ... expects the truce to be extended beyond that date"): no further thing."""
    return bool(then.stem) and then.stem == first.stem and then.span != first.span


def _rolled_over(c: Mention, w: Mention) -> bool:
    """``c``'s day, counted from a span ("extended by 30 days"), falls on a weekend and
    ``w`` writes out the Monday after it for the same term: a deadline rolled over to the
    next working day ("Comments must be received by November 26, 2018")."""
    if c.due is None or w.due is None or not _counted(c) or _counted(w):
        return False
    if not (w.limit or w.kind == c.kind):
        return False
    return c.due.weekday() >= 5 and w.due.weekday() == 0 and 0 < (w.due - c.due).days <= 2


def _holds_beside(k: Mention, m: Mention) -> bool:
    """``k`` is told as holding on the day ``m`` was moved or called off from."""
    return k.holds and k.status == "scheduled" and _RANK[m.status] == 4


def _introduced(m: Mention) -> bool:
    """The mention brings in its event as a new one, with an indefinite article ("an
    emergency meeting", "a vote on a resolution"): another thing than the same day's
    commitment told paragraphs before, which a restatement names as known ("the summit")."""
    if not m.stem or m.anchor is None:
        return False
    at = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{m.stem})")
    return at.search(m.evidence, 0, max(0, m.anchor.tx.start - m.span[0])) is not None


# "also" or "in addition" in the clause that dates it, not on a verb of saying ("also said"), or
# a day pointed back to ("on that date", "the same day"): a further thing on a day told
_ALSO = re.compile(r"\b(?:[Aa]lso|[Ii]n addition)\b|,\s+too,")
_TELLING = re.compile(rf"\W*(?:\w+\s+){{0,2}}?{REPORTED}|\W*(?:noted|stressed|warned)\b", re.I)
_AS_WELL = re.compile(r"[^.;,:!?]{0,40}?\b(?:as\s+well(?!\s+as)|too)\s*(?:[.;,!?]|$)", re.I)
POINTED = re.compile(r"(?:that|the\s+same)\s+(?:day|date)$", re.I)


def further_thing(m: Mention) -> bool:
    """``m`` is told as a further thing due on a day another mention gives: "candidates must
    also register by Friday", "the ferry will stop on that date"."""
    if m.anchor is None:
        return False
    if POINTED.search(m.anchor.tx.text):
        return True
    start = max(0, m.anchor.tx.start - m.span[0])
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\s", m.evidence[:start])[-1]
    also = _ALSO.search(clause)
    if also is not None and not _TELLING.match(clause, also.end()):  # (not "also said")
        return True
    end = m.anchor.tx.end - m.span[0]  # ("will apply from Oct. 1 as well")
    return _AS_WELL.match(m.evidence, max(0, end)) is not None


_HEADS = re.compile(r"\s*[-–—:]\s")
_WRITTEN = re.compile(rf"\b(?:{MONTH_RE})(?![a-z])")
_CLOSED = re.compile(r"[.!?\"”’')]\s*$")


def _words_rank(m: Mention) -> tuple[bool, bool, bool, bool, bool]:
    """How clearly a mention states its day: in a sentence rather than a title line (the
    document's first line, with no closing stop), then rather than a line its day heads (a
    timeline's "Nov 21 - round 5 opens, Chisinau"), then in the report's own words rather than
    a quotation ("We would rather start on Oct. 1 ..."), then with its month named (not "45 days
    from today"), then written out rather than counted from a shift ("postpone by three
    months the fee ... from June 1" against "will now be collected from Sept. 1")."""
    title = m.span[0] == 0 and not _CLOSED.search(m.evidence)
    written = m.anchor is not None and _WRITTEN.search(m.anchor.tx.text) is not None
    quoted = m.evidence.lstrip().startswith(('"', "\u201c"))
    return not title, not _leads(m), not quoted, written, not _counted(m)


def _leads(m: Mention) -> bool:
    """The day heads its line, as in a diary: "Wed, Nov. 30 - VIENNA: ... CANCELLED"."""
    a = m.anchor
    if a is None:
        return False
    rest = m.evidence[max(0, a.tx.start - m.span[0]) :]
    head = DAY_HEAD.fullmatch(m.evidence[: max(0, a.tx.start - m.span[0])])
    return head is not None and _HEADS.match(rest, len(a.tx.text)) is not None


_BARE_WEEKDAY = re.compile(
    rf"(?:(?:next|this|coming)\s+)?(?:{WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night|lunchtime))?",
    re.IGNORECASE,
)


def _title_weekday_told(m: Mention, ms: list[Mention]) -> bool:
    """``m`` is a title's weekday ("Vote delayed to Thursday") that the body dates in full
    ("delayed to Thursday, March 22"): the title restates it, whichever week the weekday
    alone would fall in."""
    a = m.anchor
    if a is None or m.due is None or m.span[0] != 0 or _CLOSED.search(m.evidence):
        return False
    if _RANK[m.status] != 4:
        return False  # (a title's plain plan, "Parliament to vote Wednesday", is this week's)
    if not _BARE_WEEKDAY.fullmatch(a.tx.text):
        return False
    return any(
        k is not m
        and k.due is not None
        and k.anchor is not None
        and k.due.weekday() == m.due.weekday()
        and 0 < abs((k.due - m.due).days) <= 56
        and _WRITTEN.search(k.anchor.tx.text) is not None
        and _RANK[k.status] == 4
        and (k.kind == m.kind or "other" in (k.kind, m.kind))
        for k in ms
    )


def merge(ms: list[Mention]) -> list[Mention]:
    """One commitment per thing and day: restatements of a dated commitment (a title, a
    summary repeated under its dates) fold into the most explicit mention."""
    ms = [m for m in ms if not _title_weekday_told(m, ms)]
    keep: list[Mention] = []
    for m in ms:
        twin = next((k for k in keep if k.due is not None and _restates(k, m)), None)
        if twin is None:
            if m.due is None and any(
                k.due is not None and same_thing(k, m) and k.status == m.status and not separate(k)
                for k in ms
            ):
                continue  # a change told without its day, the same change told with one
            keep.append(m)
            continue
        best, other = (m, twin) if _explicit(m) > _explicit(twin) else (twin, m)
        if _rolled_over(best, other) or _rolled_over(other, best):
            counted, written = (best, other) if _counted(best) else (other, best)
            written.status, written.previous, best = counted.status, counted.previous, written
            other = counted
        elif _counted(best) and not _counted(other) and other.status == "scheduled":
            # a day counted from a shift ("pushed back by a fortnight") and the same day
            # written out ("will now meet on 27 February"): the written one is the evidence
            other.status, best, other = best.status, other, best
        if _words_rank(other) > _words_rank(best):
            # the clearest statement is the evidence, whichever tells the change: the body's
            # "until Friday, July 15" over a title's, "August 14, 2015" over "45 days from
            # today"
            best.evidence, best.anchor, best.pos, best.span = (
                other.evidence,
                other.anchor,
                other.pos,
                other.span,
            )
        if best.previous is None:
            best.previous = other.previous
        if best.kind == "other":
            best.kind = other.kind
        keep[keep.index(twin)] = best
    return keep
