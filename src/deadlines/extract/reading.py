"""The rules of one sentence: which of its dates may date a commitment, and with what
status, before the document is read as a whole."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import cues as C
from . import patterns as P
from .anchors import Anchor, anchor_of, background
from .calloffs import WHEN_CLAUSE, cancelled
from .clauses import held_instead, now_to_be, told_instead
from .closes import moves_itself
from .conditions import travels
from .datelines import DATELINE_AFTER
from .held import due_today, past_day
from .marks import AS_USUAL, HAS_DONE, LEFT_OUT_OF, OWN_ACT
from .mentions import (
    NEW_MARK,
    OWN_PLAN,
    UNAFFECTED,
    Change,
    Mention,
    Sentence,
    kind_at,
)
from .model import TemporalExpression
from .moves import moved
from .olddates import implied_move
from .plain import own_clause, weighed
from .plans import past_perfect_plan
from .sentence_days import day_anchors, shift_spans
from .status import change_in, cue_words, end_of_something, first_cue, move_status
from .status_cues import STATUS_CUES, nearest_class

# a time of day told with its day ("scheduled to expire at 5:00 p.m. on April 28"): the
# mark before the time is the day's
_CLOCK_END = re.compile(
    r"(?:[ap]\.?m\.?|\d:\d\d|noon|midnight)(?:\s*\(?(?-i:[A-Z]{2,4})\)?)?$", re.IGNORECASE
)
_CLOCK_GAP = re.compile(rf"[\s,]*(?:{P.ZONE}[\s,]*)?(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


def _old_plan(sen: Sentence, a: Anchor, since: int, told: bool) -> bool:
    """The date of ``a`` is introduced as an old plan, and not as one that still holds."""
    text = sen.text
    return (
        sen.superseded(a, since, told=told)
        # "the meeting that was to have preceded the summit will still take place on June 21"
        and not UNAFFECTED.search(text, since, a.tx.start)
        # "were due on March 20, as usual": the plan held
        and not AS_USUAL.match(text, a.tx.end)
    )


def _before_day(text: str, end: int, a: Anchor) -> bool:
    """An expression ending at ``end`` comes before the day of ``a`` and is not its time."""
    if end > a.tx.start:
        return False
    clock = _CLOCK_END.search(text, max(0, end - 10), end) is not None
    if _TOLD_WHEN.search(text, max(0, end - 40), end) and _THAT_AFTER.match(text, end):
        return False  # the time of a telling: "had been told in November that ... by May 1"
    return not (clock and _CLOCK_GAP.fullmatch(text, end, a.tx.start))


_TOLD_WHEN = re.compile(
    r"\b(?:told|advised|informed|notified|announced|said)\s+(?:(?:in|on|last|back\s+in)\s+)?"
    r"[\w.,]+(?:\s+[\w.,]+){0,2}$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r",?\s+that\b", re.IGNORECASE)


def _planned(
    sen: Sentence,
    anchors: list[Anchor],
    weighed_as: str | None,
    tx_ends: list[int],
    cue: int | None = None,
) -> list[Mention]:
    """Mentions of a sentence that tells no decided change; ``tx_ends``: where its dated
    expressions end. A change only weighed (``weighed_as``, at ``cue``) gives its modality
    to every day but one of a clause of its own after it."""
    text, s, e = sen.text, sen.s, sen.e
    out = []
    last_end = s
    superseded = False
    holds = UNAFFECTED.search(text, s, e) is not None  # "will still take place on June 21"
    holds = holds and not text[s:e].rstrip().endswith("?")  # (asked, not told: "Will it still")
    for a in anchors:
        own = cue is not None and own_clause(text, cue, a, len(anchors) == 1)
        modality = None if own else weighed_as
        # "originally set for March 20 and 21": a list shares the mark of its first day
        listed = superseded and _LIST_GAP.fullmatch(text, last_end, a.tx.start) is not None
        since = max([last_end, *(end for end in tx_ends if _before_day(text, end, a))])
        superseded = listed or _old_plan(sen, a, since, modality is not None)
        unreal = superseded and sen.unreal(a, since)
        last_end = a.tx.end
        if sen.is_past(a):
            if (past := past_day(sen, a, superseded, unreal)) is not None:
                out.append(past)
            continue
        status, dist = nearest_class(text, s, e, a.tx.start, a.tx.end, STATUS_CUES)
        if status is None and a.first == sen.dct and not due_today(sen, a):
            continue  # "prices we are seeing today": the day of the report, nothing due
        status = weighed(sen, a, status, modality)
        if status == "proposed" and modality is None and _LEFT_BY_PROPOSAL.search(text, s, e):
            status = "scheduled"  # "are not affected by this proposal and still apply from"
        cued = status is not None and bool(sen.marked(a, OWN_PLAN, 80))
        status = modality or status or "scheduled"
        renewed = sen.marked(a, NEW_MARK, 80)
        m = sen.mention(
            status,
            a,
            a.tx.start,
            dist=dist if status else 99,
            superseded=superseded,
            unreal=unreal,
            renewed=renewed,
            instead=told_instead(text, a),
            holds=holds,
            had_plan=not superseded and past_perfect_plan(text, s, since, a.tx.start),
            cued=cued or modality is not None,
            ends=end_of_something(text, s, e, None, a.tx.start),
        )
        if not superseded and travels(text, s, e, a, m.kind == "other"):
            continue  # a journey is no commitment: "the envoy is expected in Cairo on Friday"
        out.append(m)
    if weighed_as is not None:
        return out
    return implied_move(_plans_before_new(sen, out), sen.dct, sen.text)


# a clause of the thing's own after a weighed change: "a delay could push the congress into
# the campaign, which opens on October 31"; "would not affect the election, set for December 1"
def _plans_before_new(sen: Sentence, ms: list[Mention]) -> list[Mention]:
    """A plan told before a date introduced as new in one sentence is the old one: "the
    session, set for Tuesday evening, will now be held Thursday, January 9"."""
    # (a day told "instead" after it is new in its own sentence: "due to start on May 12
    # will begin on May 19 instead")
    new = next((m.pos for m in ms if m.renewed or m.instead), None)
    for m, later in zip(ms, ms[1:], strict=False):
        if new is None and held_instead(sen, m, later):
            new = later.pos  # "The meeting scheduled for 6 August will be held on 30 July"
    for m in ms:
        if new is None or m.pos >= new or m.anchor is None:
            continue
        instead = _INSTEAD.search(sen.text, m.anchor.tx.end, new) is not None
        if sen.planned(m.anchor, instead):
            m.superseded = True
    return ms


_LEFT_BY_PROPOSAL = re.compile(LEFT_OUT_OF + "propos", re.IGNORECASE)
_INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s+and(?:\s+again)?|,?\s+or|&)\s+(?:on\s+)?")


_PAST_CUE = re.compile(r"\w+ed\b", re.IGNORECASE)  # the cue itself in the past
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+$", re.IGNORECASE)


def _long_past(text: str, s: int, e: int, cue: int | None) -> bool:
    """The sentence tells its change in the past and as long past ("herbicide use was delayed
    earlier in the year", "a month after the airline suspended flights"): history that
    changes no date the document gives elsewhere."""
    if cue is None or not C.LONG_AGO.search(text, s, e):
        return False
    return bool(_PAST_CUE.match(text, cue) or _PASSIVE_BEFORE.search(text, max(s, cue - 12), cue))


def _change_clauses(sen: Sentence, txs: list[TemporalExpression]) -> list[tuple[int, int]]:
    """Two clauses of one sentence that tell two kinds of change, each with its own days
    ("canceled early voting for Monday and said the period, which was to end Thursday,
    would be extended to Friday"): each is read on its own."""
    text, s, e = sen.text, sen.s, sen.e
    for j in C.CLAUSE_JOIN.finditer(text, s, e):
        parts = ((s, j.start()), (j.end(), e))
        if not all(
            any(lo <= t.start < hi and t.type in {"DATE", "TIME"} for t in txs) for lo, hi in parts
        ):
            continue
        kinds = [change_in(text, lo, hi, None) for lo, hi in parts]
        found = {k for k, m in kinds if k and m is None}
        # (calling off and holding again is one move: "called off Thursday's flight and said
        # it would try again on Sunday")
        if len(found) == 2 and (found != {"cancelled", "postponed"} or j.group().strip() == ","):
            return list(parts)
        if len(found) == 1 and any(
            k is None and (moves_itself(text, lo, hi, txs) or _AND_TO.match(text, j.start()))
            for (k, _m), (lo, hi) in zip(kinds, parts, strict=True)
        ):
            return list(parts)  # (or an infinitive of its own: "to hold sessions on Jan. 13,
            # and to reopen until Dec. 4 the period")

    return _compared_clause(sen, txs) or _time_clause(sen, txs)


# a clause of a past act of its own after the day: "would convene on Nov. 8, a day after the
# board moved the filing deadline up by a week, to Jan. 14"
_TIME_CLAUSE = re.compile(
    r",\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+)?(?:after|before)"
    r"\s+(?=(?:the|a|an|its|their|his|her)\s)",
    re.IGNORECASE,
)


def _time_clause(sen: Sentence, txs: list[TemporalExpression]) -> list[tuple[int, int]]:
    """The day before a time clause holds when only that clause tells a change, with a new
    day of its own after its cue."""
    text, s, e = sen.text, sen.s, sen.e
    days = [t for t in txs if t.type in {"DATE", "TIME"} and t.value[:1].isdigit()]
    for j in _TIME_CLAUSE.finditer(text, s, e):
        if not any(t.start < j.start() for t in days):
            continue
        if change_in(text, s, j.start(), None)[0] is not None:
            continue
        change, _m = change_in(text, j.end(), e, None)
        cue = first_cue(text, j.end(), e, change) if change else None
        if cue is not None and any(
            t.start > cue and t.value[:10] >= sen.dct.isoformat() for t in days
        ):
            return [(s, j.start()), (j.end(), e)]
    return []


_AND_TO = re.compile(r",\s+and\s+to\s+[a-z]+\b")
# "and" before a verb of its own: "will take comments until Jan. 9 and has scheduled"
_AND_VERB = re.compile(r"\s+and\s+(?=(?:has|have|had|will|would|is|are|was|were)\s)", re.I)


def _compared_clause(sen: Sentence, txs: list[TemporalExpression]) -> list[tuple[int, int]]:
    """A clause whose day is compared with the plan ("has scheduled a hearing for Dec. 15,
    two days later than first announced") moves that day, not the other clause's."""
    text, s, e = sen.text, sen.s, sen.e
    for j in _AND_VERB.finditer(text, s, e):
        parts = ((s, j.start()), (j.end(), e))
        days = [
            [t for t in txs if lo <= t.start < hi and t.type in {"DATE", "TIME"}]
            for lo, hi in parts
        ]
        compared = [bool(C.SHIFT_AFTER.search(text, lo, hi)) for lo, hi in parts]
        if all(days) and sum(compared) == 1:
            return list(parts)
    return []


def read_sentence(
    sen: Sentence, txs: list[TemporalExpression], changes: list[Change]
) -> list[Mention]:
    parts = _change_clauses(sen, txs)
    if not parts:
        return _read(sen, txs, changes)
    out = []
    for lo, hi in parts:
        clause = replace(sen, s=lo, e=hi)
        for m in _read(clause, [t for t in txs if lo <= t.start < hi], changes):
            m.evidence, m.span = sen.text[sen.s : sen.e].strip(), (sen.s, sen.e)
            out.append(m)
    return out


def _change_of(
    text: str,
    s: int,
    e: int,
    focus: int | None,
    live: list[Anchor],
    shifts: list[TemporalExpression],
) -> tuple[str | None, str | None]:
    """The change of the sentence and its modality, read from the first day ahead; else
    from a later one or a span, for a change told in a later clause with a day of its own
    ("had to show proof until March 31; the county has brought that end date forward to
    March 4", "was due by 31 March; that deadline was extended by 30 days")."""
    change, modality = change_in(text, s, e, focus)
    # (only where a clause of its own may hold the cue: the retry costs a scan per day)
    if change is not None or ";" not in text[s:e]:
        return change, modality
    for at in [a.tx.start for a in live[1:]] + [t.start for t in shifts if t.start != focus]:
        change, modality = change_in(text, s, e, at)
        if change is not None:
            break
    return change, modality


def _before_when(text: str, cue: int | None, e: int) -> int:
    """Where what a change is of may be told: before a "when" clause after its cue ("It was
    scrapped when negotiators reached agreement")."""
    when = WHEN_CLAUSE.search(text, cue, e) if cue is not None else None
    return when.start() if when else e


def _told_now(text: str, s: int, e: int) -> bool:
    """A move by a span told in the future, in the present perfect or as the text's own act
    tells no history, whatever past day it cites ("will take place two days later than
    announced in the March 1 news release", "has given companies an additional 30 days to
    unwind their business with an operator it blacklisted in July")."""
    return bool(
        P.WILL.search(text, s, e) or OWN_ACT.search(text, s, e) or HAS_DONE.search(text, s, e)
    )


def _read(sen: Sentence, txs: list[TemporalExpression], changes: list[Change]) -> list[Mention]:
    anchors = day_anchors(sen, txs)
    shifts = shift_spans(sen, txs)
    text, s, e = sen.text, sen.s, sen.e
    sen.history = background([a for a in map(anchor_of, txs) if a is not None], sen.dct)
    sen.history = sen.history and not (shifts and _told_now(text, s, e))
    live = [a for a in anchors if not sen.is_past(a)]
    focus = live[0].tx.start if live else (shifts[0].start if shifts else None)
    change, modality = _change_of(text, s, e, focus, live, shifts)
    cue = first_cue(text, s, e, change) if change else None
    if change == "cancelled" and cue is not None and now_to_be(sen, anchors, cue):
        change = "postponed"  # called off with the day it is now to take place: put off
    # (a question tells no change to carry: "Q: Can I still extend my stay?")
    asked = text[s:e].rstrip().endswith("?")
    if change and not sen.history and not asked and not _long_past(text, s, e, cue):
        kind, k0, _k1 = kind_at(text, s, _before_when(text, cue, e), cue if cue is not None else s)
        ends = end_of_something(text, s, e, cue, cue or s)
        stem = text[k0 : k0 + 4].lower() if k0 >= 0 else ""
        # (a day the sentence gives but keeps as no commitment, a court's hearing "until
        # July 6", still dates its change, and the change moves no plain date elsewhere)
        unkept = not (live or shifts) and _days_ahead(txs, sen.dct, text)
        dated = bool(live or shifts or unkept)
        words = cue_words(text, s, e, change)
        told = text[s:e].lower()
        changes.append(
            Change(
                change,
                kind,
                ends,
                dated,
                cue or s,
                stem,
                modality,
                words,
                told,
                (s, e),
                sen.para,
                unkept,
            )
        )
    if not anchors and not shifts:
        return []
    if change == "cancelled" and modality is None:
        return cancelled(sen, anchors)
    if change and (modality is None or (shifts and not anchors)):
        # a change with no date of its own keeps its class ("likely to postpone by a year");
        # one only put forward is a proposal ("proposed delaying by 12 months")
        out = moved(sen, anchors, shifts, change)
        for m in out:
            m.weighed_as, m.status = modality, ("proposed" if modality == "proposed" else m.status)
        return out
    if change and change != "cancelled" and (out := _undecided_move(sen, anchors, shifts, change)):
        for m in out:
            m.status = modality or m.status
        return out
    tx_ends = [t.end for t in txs if t.type in {"DATE", "TIME"} and t.value[:1].isdigit()]
    out = _planned(sen, anchors, modality, tx_ends, cue)
    if modality is None:
        _moved_from_a_vague_plan(sen, txs, out)
    return out


def _undecided_move(
    sen: Sentence, anchors: list[Anchor], shifts: list[TemporalExpression], change: str
) -> list[Mention]:
    """A move only asked for or forecast that gives the day it would move from ("asked the
    authority to delay the rota, due to start on February 2, until March 2"): one item, on
    the new day, the old day folded into it (a proposal shows no previous date); else none."""
    out = moved(sen, anchors, shifts, change)
    # (a move told only by its amount is not one with a day: "proposed extending it by a
    # year" leaves the day in force as the one proposed to change)
    new = [m for m in out if m.previous is not None and not m.prev_counted and not _counted(m)]
    return out if new and len(new) == len([m for m in out if m.status != "occurred"]) else []


def _counted(m: Mention) -> bool:
    """The mention's day is counted from the day it names by the move's amount, with no
    year it goes to told ("pushing back the Jan. 1 deadline by a year, to 2027")."""
    counted = m.shift is not None and m.anchor is not None and m.due != m.anchor.first
    return counted and _TO_A_YEAR.search(m.evidence) is None


_TO_A_YEAR = re.compile(r"\b(?:to|until|into)\s+(?:early\s+|late\s+|mid-?)?\d{4}\b", re.IGNORECASE)


_RATHER = re.compile(r"rather\s+than|instead\s+of", re.IGNORECASE)
_MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d{2})?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _days_ahead(txs: list[TemporalExpression], dct: dt.date, text: str) -> bool:
    """A day on or after the document's date among the sentence's expressions, but the day
    of writing told as the day of the act ("officials on Tuesday gave the county more time")."""
    return any(
        t.type in {"DATE", "TIME"}
        and _DAY_VALUE.match(t.value)
        and t.value[:10] >= dct.isoformat()
        and not (
            t.value[:10] == dct.isoformat()
            and (_ACT_AFTER.match(text, t.end) or DATELINE_AFTER.match(text, t.end))
        )
        for t in txs
    )


_ACT_AFTER = re.compile(r"\s+(?:[a-z]+ed|gave|told|took|made|set|sent|won|held)\b")


def _moved_from_a_vague_plan(
    sen: Sentence, txs: list[TemporalExpression], out: list[Mention]
) -> None:
    """ "The summit, first planned for March, will now be held on May 12": a plan told as
    superseded by a month or a year, and a new day told as such, tell a move without a cue;
    the old plan names no day, so there is no previous date."""
    for tx in txs:
        if not _MONTH_OR_YEAR.fullmatch(tx.value):
            continue
        window = sen.text[max(sen.s, tx.start - 40) : tx.start]
        mark = C.SUPERSEDED_MARK.search(window)
        if mark is None:
            continue
        for m in out:
            if m.due is None or m.status != "scheduled" or not m.renewed:
                continue
            # (the old plan told after the new day: "on the first of June rather than next
            # month")
            after = _RATHER.match(mark.group()) is not None
            if m.anchor is None or (m.anchor.tx.start < tx.end and not after):
                continue
            new = m.due.isoformat()[: len(tx.value)]  # the new day's month, or year
            if new == tx.value:
                continue  # "first set for May, now May 30": no way told
            later = new > tx.value
            m.status = move_status("postponed" if later else "advanced", m.ends, None, None)
            m.cue = mark.group()
