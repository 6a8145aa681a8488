"""Sentences that tell a change: the new dates, the old ones they replace, the events held."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from . import patterns as P
from .anchors import Anchor, apply_shift, due_of
from .candidates import called_off_day
from .clauses import event_of_term, main_verb_after, opening_cause, other_subject_after, who_after
from .conditions import travels
from .lexicon import WEEKDAY_ONLY, WEEKDAY_RE
from .mentions import NEW_BEFORE, NEW_MARK, Mention, Sentence
from .model import TemporalExpression
from .old_days import DATE_HAD, TERM_NAMED, day_between, new_in_table
from .old_marks import another_things, event_day_moved
from .plans import THEN_TO, WAS_TO_HAVE
from .resolve import safe_date
from .status import cue_words, end_of_something, first_cue, move_status

# a date given as the day a plan was to happen ("its offer, due to expire last Thursday"):
# past, it is the plan's old date, not a day something was done
_PLAN_DAY_MARK = re.compile(
    rf"\b(?:due|scheduled|set|slated|supposed|planned)\s+{C.TO_EVENT}\s+(?:on\s+)?$|{DATE_HAD}",
    re.IGNORECASE,
)
# the day a thing's term ran out, told beside its extension: "a deadline, which expired
# Tuesday, has been extended": the old date, not a day something was done
_ENDED_DAY_MARK = re.compile(
    r"\b(?:which|that)\s+(?:had\s+)?(?:expired|lapsed|ended|closed|ran\s+out)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# a place that closed on a day was shut from it: "the slip road at junction 23, which closed
# last Wednesday, will now stay shut until" (its closure began; no term ended)
_PLACE_CLOSED = re.compile(
    r"\b(?:roads?|bridges?|lanes?|lines?|stations?|airports?|tunnels?|junctions?|terminals?"
    r"|borders?|crossings?|routes?|motorways?|highways?|streets?|schools?)\b[^.;]{0,30},\s+"
    r"which\s+(?:had\s+)?closed\s+(?:on\s+)?(?:last\s+)?$",
    re.IGNORECASE,
)


_ACT_GAP = re.compile(r"[\s,]*")
# (the cause up to the day, with no clause after it: not "because of fog and has been
# rearranged for Wednesday")
_BECAUSE = re.compile(r"\b(?:because|owing\s+to)\b(?:(?!,|;|\band\b|\bbut\b)[^.])*$", re.IGNORECASE)
# a day that opens the sentence, its subject after it: "On Tuesday the board pushed back"
_FRONTED = re.compile(r"\s*(?:On\s+)?$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(
    r",?\s+(?:the\s+)?(?:(?!(?:was|were|is|are|has|have|had|will|would)\b)[\w'’-]+\s+){1,3}?",
    re.IGNORECASE,
)


def moved(
    sen: Sentence, anchors: list[Anchor], shifts: list[TemporalExpression], change: str
) -> list[Mention]:
    """The moved dates of the sentence, and the events it tells as held on a past day
    ("lawmakers on Monday voted to delay the election")."""
    cue = first_cue(sen.text, sen.s, sen.e, change)
    held = [
        a
        for a in anchors
        if sen.is_past(a)
        and not event_day_moved(sen.text, sen.s, a.tx.start, a.tx.end, cue)
        and (
            sen.marked(a, C.PAST_EVENT_BEFORE, 30)
            or not (sen.marked(a, C.PREVIOUS_MARK) or sen.marked(a, _PLAN_DAY_MARK, 40))
        )
        and not sen.marked(a, WAS_TO_HAVE, 60)  # ("which was to have started on Monday")
        and not TERM_NAMED.match(sen.text, a.tx.end)  # ("the March 1 deadline was extended")
        and not (
            change == "extended"
            and sen.marked(a, _ENDED_DAY_MARK, 30)
            and not sen.marked(a, _PLACE_CLOSED, 90)
        )
        and not called_off_day(a, sen.text)
        and not _moved_on(sen.text, a, anchors)
    ]
    # (the day of the move itself dates a decision, no commitment: "the council on Monday
    # moved the vote to May 18"; "lawmakers on Monday voted to delay" held a vote)
    acts = [a for a in held if cue is not None and _act_day(sen, a, cue)]
    anchors = [a for a in anchors if a not in acts]
    held = [a for a in held if a not in acts]
    # (the day of the cause told after the move is neither moved nor a commitment: "because
    # of storms forecast for Sunday", "because the stadium is booked for May 17")
    anchors = [a for a in anchors if not _cause(sen, cue, a)]
    held = [a for a in held if a in anchors]
    aside = _aside(sen, anchors, cue)
    out = _moved_dates(sen, [a for a in anchors if a not in held + aside], shifts, change, cue)
    held += [a for a in aside if a not in held]
    words = cue_words(sen.text, sen.s, sen.e, change)
    for m in out:
        m.cue = words
    for a in held:  # (another thing's day, which no change of the sentence moves)
        m = sen.mention("occurred" if sen.is_past(a) else "scheduled", a, a.tx.start)
        m.holds = a in aside
        if m.kind != "other":
            out.append(m)
    # (a journey moved is no commitment: "the ship, which was delayed, will now arrive on")
    return [m for m in out if not (m.kind == "other" and m.anchor and _journey(sen, m.anchor))]


def _act_day(sen: Sentence, a: Anchor, cue: int) -> bool:
    """The day of the move itself: right before its verb ("the council on Monday moved"),
    or opening the sentence before its subject ("On Tuesday the board pushed back")."""
    if _ACT_GAP.fullmatch(sen.text, a.tx.end, cue):
        return True
    return bool(
        _FRONTED.fullmatch(sen.text, sen.s, a.tx.start)
        and _SUBJECT_GAP.fullmatch(sen.text, a.tx.end, cue)
    )


def _cause(sen: Sentence, cue: int | None, a: Anchor) -> bool:
    if cue is None:
        return False
    if cue > a.tx.start:  # (a cause the sentence opens on)
        return opening_cause(sen, cue, a)
    return bool(_BECAUSE.search(sen.text, cue, a.tx.start))


def _aside(sen: Sentence, anchors: list[Anchor], cue: int | None) -> list[Anchor]:
    """The days of the sentence that are another clause's: a relative clause about a person
    or another subject after the cue, an event a term is of, a day naming another thing in
    a complement when the sentence marks an old day of its own."""
    planned = [a for a in anchors if cue is not None and a.tx.end <= cue and sen.planned(a)]
    return [
        a
        for a in anchors
        if (cue is not None and (who_after(sen.text, cue, a) or other_subject_after(sen, cue, a)))
        or event_of_term(sen.text, sen.s, a)
        or (any(p is not a for p in planned) and _naming_in_complement(sen.text, a))
    ]


# a day that names a thing inside another's complement: "the deadline to register to vote in
# the Nov. 4 election, which was due to fall on Friday, has been extended" (the election's)
_IN_THE_BEFORE = re.compile(r"\b(?:in|for|of|at|before|ahead\s+of)\s+(?:the|this|next)\s+$", re.I)
_THE = re.compile(r"(?:the|this|next)\s+", re.I)
_NOUN_RIGHT_AFTER = re.compile(r"[^\S\n]+(?!(?:and|or|to|at|in|on|for|of)\b)[a-z][a-z-]+\b")


def _naming_in_complement(text: str, a: Anchor) -> bool:
    the = _THE.match(a.tx.text)  # (the day's words may hold its article: "the Nov. 4")
    head = a.tx.start + (the.end() if the else 0)
    return bool(
        _IN_THE_BEFORE.search(text, max(0, head - 20), head)
        and _NOUN_RIGHT_AFTER.match(text, a.tx.end)
    )


def _journey(sen: Sentence, a: Anchor) -> bool:
    return travels(sen.text, sen.s, sen.e, a)


_ROUGH = {"APPROX", "LESS_THAN", "MORE_THAN"}
# how a move introduces its new date: "postponed to", "extended until", "now set for"
TARGET = re.compile(
    r"\b(?:to|until|till|into|through|thru|for|by|effective|as\s+of|starting|beginning|now|new"
    r"|instead|on\s+or\s+before|no\s+later\s+than|past|beyond|again|replayed|rearranged)"
    r"\s+(?:[\w.,]+\s+){0,3}?$"
    r"|\b(?:to|until|till|into|through|for|by):?\s+$|\breplaced\s+by\s+['‘’\"]$"
    r"|\bin\s+its\s+place\s+(?:the\s+date\s+)?['‘’\"“]?$"
    r"|\bbut\s+(?:rather\s+|instead\s+)?(?:on\s+)?$"  # "not on March 1 as planned but on April 1"
    # (the day glossed in brackets after one of another calendar: "to Asar 14 (28 June)")
    r"|\b(?:to|until|till|for|by)\s+[A-Z][\w-]*\s+\d{1,2}\s*\($"
    r"|\bthan\s+[^,;.]{0,40},\s+(?:on\s+)?$"  # "a day earlier than listed, on Friday 2 November"
    # the day a moved thing is now to be held: "the adjourned meeting will be held at the
    # same venue at 11.00 a.m. on"
    r"|\bwill\s+(?:now\s+)?(?:be\s+held|take\s+place|reconvene|resume)\s+(?:[\w.,'’]+\s+){0,8}?"
    r"(?:on|at)\s+$"
    # a clock time and its zone before the day: "extended until 5:00 p.m., Eastern Time, on"
    rf"|\b(?:to|until|till|through)\s+(?:at\s+)?{P.CLOCK_AND_ZONE}(?:on\s+)?$",
    re.I,
)


def _new_and_old(
    sen: Sentence, anchors: list[Anchor], shifts: list[TemporalExpression], cue: int | None
) -> tuple[list[Anchor], list[Anchor]]:
    """The new dates of a sentence with a move at ``cue``, and its old ones."""
    text = sen.text
    targets: list[Anchor] = []
    previous: list[Anchor] = []
    last_end = sen.s
    # "on November 11, three days later than planned": the dates before such a span are new
    told_after = [t.start for t in shifts if C.SHIFT_AFTER.match(text, t.end)]
    # "on April 2, later than the March 20 date": so are the dates before a day compared with
    if cue is not None and C.SHIFT_AFTER.match(text, cue - 1):
        told_after.append(cue)
    # "on Sunday in a runoff that was pushed back by two weeks": the day of the thing moved
    if cue is not None and shifts and _MOVED_THING.search(text, max(sen.s, cue - 40), cue):
        told_after.append(cue)
    # "called an election for November 6, bringing forward a vote": the move told after its
    # day, in a participle clause
    # (not one with a day of its own: "will not start charging on Aug. 1 as planned, the
    # ministry said, pushing the levy back to Jan. 1")
    if (
        cue is not None
        and _PARTICIPLE_CUE.match(text, max(sen.s, cue - 2))
        and not any(a.tx.start > cue for a in anchors)
    ):
        told_after.append(cue)
    # "Nov. 28 - ministers meet (moved from Nov. 24)": the day the move comes from is told
    # after it, so the one before it is the new one
    from_after = cue is not None and any(
        a.tx.start > cue and sen.marked(a, C.FROM_BEFORE, 12) for a in anchors
    )
    for a in anchors:
        before_cue = cue is not None and a.tx.end <= cue
        column_new = before_cue and new_in_table(text, a.tx.start)  # (a table's new column)
        new = (from_after and before_cue) or column_new
        # (or a day naming the thing, with a day after it: "move the May 20 meeting to June 1")
        named = TERM_NAMED.match(text, a.tx.end) is not None and a is not anchors[-1]
        marked_old = sen.planned(a) or sen.superseded(a, last_end) or named
        # ("will now be played July 3, after organizers moved the tournament up": new)
        old = marked_old or (
            before_cue
            and not (from_after or column_new)
            and not sen.marked(a, NEW_BEFORE, 12)
            and not sen.marked(a, NEW_MARK, 24)
        )
        old = old or not (
            new
            or sen.marked(a, TARGET, 40)
            or sen.marked(a, _DATE_LABEL, 120)
            or main_verb_after(text, cue, a)
        )
        # (but a day marked old before it: "which were to close on 31 January, will now close on
        # 1 March, 30 days later than planned")
        old = old and not any(
            a.tx.end <= t and not (marked_old and day_between(sen, anchors, a, t, last_end))
            for t in told_after
        )
        # (a day listed after a new one is new too: "will now take place on Feb. 2 and Feb. 3")
        old = old and not (targets and _LISTED.fullmatch(text, targets[-1].tx.end, a.tx.start))
        (previous if old else targets).append(a)
        last_end = a.tx.end
    # "extended twice, first to Sept. 12 and then to Sept. 18": a new day moved on from is old
    # (the last day moved on from is the one the new day replaces)
    chain = [a for a in targets if _moved_on(text, a, targets)][::-1]
    return [a for a in targets if a not in chain], chain + previous


# (with the place of each: "on Oct. 4 in Leeds and Oct. 11 in York")
_LISTED = re.compile(r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+and\s+(?:on\s+)?")
# a day given as the value of a label naming it: "Extended due date for 2023 returns and
# payments: June 17, 2024"
_DATE_LABEL = re.compile(r"\b(?:dates?|deadlines?)\b[^.:;]{0,90}:\s*$", re.IGNORECASE)


_EARLIER_SPAN = re.compile(r"earlier|sooner|ahead", re.IGNORECASE)
_PARTICIPLE_CUE = re.compile(r",\s[a-z]+ing\b")
# a thing told as moved, after its day: "a presidential runoff that was pushed back"
_MOVED_THING = re.compile(
    r"\b(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$", re.I
)


def _moved_dates(
    sen: Sentence,
    anchors: list[Anchor],
    shifts: list[TemporalExpression],
    change: str,
    cue: int | None,
) -> list[Mention]:
    """Mentions of a sentence with a decided move at ``cue``: the new dates get its status and
    the old date (one marked "from", "originally"..., or counted back from a shift)."""
    text, s = sen.text, sen.s
    targets, previous = _new_and_old(sen, anchors, shifts, cue)
    prev_due = due_of(previous[0], text, s) if previous else None
    old_anchor = previous[0] if previous else None
    # ("nearly five months earlier": a rough span counts no day)
    shift = shifts[0].value if shifts and shifts[0].mod not in _ROUGH else None
    # (the span's own word tells its way, whatever the cue: "the light rail extension will
    # open on Oct. 21, two weeks ahead of the date announced")
    told_way = C.SHIFT_AFTER.match(text, shifts[0].end) if shifts else None
    later = (
        change != "advanced" if told_way is None else _EARLIER_SPAN.search(told_way.group()) is None
    )
    out = []
    # as many old days as new ones: each in its turn ("the date '1 January' is replaced by
    # '1 July', and the date '30 June' by '31 December'")
    paired = len(targets) > 1 and len(previous) == len(targets)
    for i, a in enumerate(targets):
        due = due_of(a, text, s)
        if paired:
            old_anchor = previous[i]
            prev_due = due_of(old_anchor, text, s)
        earlier: bool | None = change != "advanced"
        if _neutral(text, cue, old_anchor):
            earlier = None  # "moved from 23 July to 16 July": the days tell the direction
        prev = old_date(prev_due, old_anchor, due, earlier, sen.dct) if prev_due else None
        counted = False
        if prev is None and shift is not None:
            prev = apply_shift(due, shift, later, a.tx.mod == "END")
            counted = True
        ends = end_of_something(text, s, sen.e, cue, a.tx.start)
        status = move_status(change, ends, due, prev)
        m = sen.mention(status, a, a.tx.start, previous=prev, ends=ends, dist=10)
        m.prev_counted = counted
        m.old_elsewhere = prev is not None and another_things(old_anchor)
        out.append(m)
    if out:
        return out
    pos = previous[0].tx.start if previous else (shifts[0].start if shifts else s)
    ends = end_of_something(text, s, sen.e, cue, pos)
    if shift is not None and prev_due is not None:
        end_of = previous[0].tx.mod == "END"  # "the end of March"
        prev_due = _year_near(prev_due, previous[0], sen.dct)
        moved_to = apply_shift(prev_due, shift, change == "advanced", end_of)
        status = move_status(change, ends, moved_to, prev_due)
        return [sen.mention(status, previous[0], pos, due=moved_to, previous=prev_due, shift=shift)]
    if previous:
        return _put_off_undated(sen, previous, move_status(change, ends, None, None), pos, ends)
    if shift is not None and not sen.history:
        # "delayed by a year": a change whose dates are not given here
        status = move_status(change, ends, None, None)
        return [sen.mention(status, None, pos, due=None, shift=shift, ends=ends, dist=10)]
    return []


def _put_off_undated(
    sen: Sentence, previous: list[Anchor], status: str, pos: int, ends: bool | None
) -> list[Mention]:
    """A move with no new day: its old day, and each day listed with it ("meetings planned
    for March 25, April 8 and April 22 are postponed until further notice")."""
    listed = [previous[0]]
    for a in previous[1:]:
        if not _LIST_JOIN.fullmatch(sen.text, listed[-1].tx.end, a.tx.start):
            break
        listed.append(a)
    out = []
    for a in listed:
        m = sen.mention(status, a, pos, ends=ends, dist=10, old_only=True)
        if m.due is not None:  # (the plan in force when the text was written)
            m.due = _year_near(m.due, a, sen.dct)
        out.append(m)
    return out


# a move that tells no direction: the old day's year is the one nearest the document's date
_NEUTRAL_MOVE = re.compile(
    r"(?:mov(?:e|es|ed|ing)|reschedul\w*|shift\w*|chang\w*|replaced|add(?:ing)?(?=\s+in\s+its\s+place)|updat\w*|amend\w*|revis\w*"
    r"|alter\w*)\b(?!\s+(?:back|up|forward))",
    re.I,
)


def _neutral(text: str, cue: int | None, old: Anchor | None) -> bool:
    """The move's word tells no direction and its old day is a date, not a weekday ("moved
    from Monday to Friday" still reads as later in the week)."""
    return (
        cue is not None
        and old is not None
        and _NEUTRAL_MOVE.match(text, cue) is not None
        and not WEEKDAY_ONLY.match(old.tx.text)
    )


def _year_near(day: dt.date, anchor: Anchor, dct: dt.date) -> dt.date:
    """A year-less old date moved by a span alone ("was first due to expire May 1 before
    the White House extended it by a month"): the plan in force when the text was written,
    in the year nearest the document's date."""
    written = anchor.tx.text
    if _YEAR.search(written) or _WEEKDAY.search(written):
        return day
    return min(_years_around(day), key=lambda d: abs((d - dct).days))


def _years_around(day: dt.date) -> list[dt.date]:
    """The same month and day in the year before, the year itself and the year after."""
    years = (day.year - 1, day.year, day.year + 1)
    return [d for d in (safe_date(y, day.month, day.day) for y in years) if d is not None]


_YEAR = re.compile(r"\d{4}")
_WEEKDAY = re.compile(rf"\b{WEEKDAY_RE}(?![a-z])", re.IGNORECASE)


def old_date(
    old: dt.date,
    anchor: Anchor | None,
    new: dt.date | None,
    earlier: bool | None = True,
    dct: dt.date | None = None,
) -> dt.date | None:
    """The old date of a moved plan; a year-less one is read in the year that puts it
    nearest before the new date (after it for a plan brought forward), and a bare weekday a
    week earlier (later) when it is on the wrong side of it. When no word tells the
    direction, the year nearest both the document's date (``dct``) and the new date: a plan
    in force when the text was written, near the day it moved to ("by 30 September, rather
    than 31 December", written in June). None when it is the new date."""
    if old == new:
        return None
    written = anchor.tx.text if anchor else ""
    if new is None or _YEAR.search(written):
        return old
    if WEEKDAY_ONLY.match(written):  # "to Tuesday from Thursday": a week on the move's side
        if earlier is None:  # (no word tells the direction: the day as read stands)
            return old
        wrong_side = old >= new if earlier else old <= new
        return old + dt.timedelta(days=-7 if earlier else 7) if wrong_side else old
    if _WEEKDAY.search(written):  # "Sunday, 12 April": the weekday has fixed the year
        return old
    # (not the new date itself: "due to take effect on July 1, would now start on July 1
    # next year" moves a year)
    options = [d for d in _years_around(old) if d != new]
    side = [d for d in options if earlier is None or (d < new if earlier else d > new)]
    near = [dct, new] if earlier is None and dct is not None else [new]
    best = min(side or options, key=lambda d: sum(abs((d - n).days) for n in near))
    return None if best == new else best


def _moved_on(text: str, a: Anchor, anchors: list[Anchor]) -> bool:
    """``a`` is a new day the thing was moved on from, to a day told next ("extended twice,
    first to Sept. 12 and then to Sept. 18")."""
    if any(THEN_TO.fullmatch(text, a.tx.end, b.tx.start) for b in anchors):
        return True
    # (or a day a first move went to, told in an aside before the main verb gives the new one:
    # "first scheduled for 14 April and moved to 21 April in February, will now be played on")
    return _MOVED_TO_BEFORE.search(text, max(0, a.tx.start - 40), a.tx.start) is not None and any(
        _NOW_AFTER_ASIDE.fullmatch(text, a.tx.end, b.tx.start) for b in anchors
    )


_MOVED_TO_BEFORE = re.compile(
    r"\b(?:moved|pushed\s+back|postponed|delayed|put\s+back|put\s+off|deferred|rescheduled"
    r"|brought\s+forward|extended)\s+(?:to|until|till|for)\s+(?:the\s+|this\s+|next\s+)?$",
    re.IGNORECASE,
)
_NOW_AFTER_ASIDE = re.compile(
    r"(?:\s+(?:in|on|at|during|earlier|last)\b[^,;.]{0,25})?,\s+(?:will|is|are|has\s+been"
    r"|have\s+been)\s+(?:now|instead)\s+(?:be\s+)?(?:[\w-]+\s+){0,3}?(?:on|for|to|until|till"
    r"|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
