"""What a weekday's sentence tells of its day beyond the tense: a plan called off, put off
or told in the past, a day to act by, a possessive day whose event is reported, the day of
a month that falls on the weekday."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .context import Context
from .lexicon import WEEKDAY_RE, WEEKDAYS
from .plans import PLANNED_EVENT, PUT_OFF_VERB, called_off_day
from .resolve import resolve_weekday, safe_date
from .tense import FUTURE, PAST
from .tense_words import FIRST_PLANNED


def dated_weekday(weekday: int, day: int, dct: dt.date, tense: str | None) -> dt.date | None:
    """The day numbered ``day`` of a month near ``dct`` that falls on ``weekday``: the
    first ahead, or the last gone by in a past clause."""
    near = []
    for k in range(-6, 7):
        y, mth = divmod(dct.month - 1 + k, 12)
        d = safe_date(dct.year + y, mth + 1, day)
        if d is not None and d.weekday() == weekday:
            near.append(d)
    back = [d for d in near if d <= dct]
    ahead = [d for d in near if d >= dct]
    if tense == PAST and back:
        return max(back)
    return min(ahead) if ahead else max(back, default=None)


def reported_day(m: re.Match[str], ctx: Context) -> bool:
    """A bare weekday in the possessive ("Thursday's closing price", "Monday's ruling")
    names a day whose event the report tells of: one gone by, unless the sentence speaks of
    what will be ("Friday's vote will decide ...") or the day is a term's."""
    if not ctx.text.startswith(("'s", "’s"), m.end()) or m.group("part") or term_day(m, ctx):
        return False
    s0, s1 = ctx.sentence(m.start())
    return not P.WILL.search(ctx.text, s0, s1)


_TERM_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.]*\s+){0,3}(?:deadline|ultimatum|cut-?off|expiry)\b", re.IGNORECASE
)


def term_day(m: re.Match[str], ctx: Context) -> bool:
    """A weekday in the possessive that names a term ("Tuesday's U.N. deadline"): set before
    it comes, so no day of an event the report tells of; its clause's tense tells."""
    return ctx.text.startswith(("'s", "’s"), m.end()) and bool(
        _TERM_AFTER.match(ctx.text, m.end() + 2)
    )


def called_off(m: re.Match[str], ctx: Context) -> bool:
    """ "postponed Tuesday's vote", "called off Saturday's parade": the day of an event that
    was planned and did not take place as planned, the nearer such day either side."""
    return called_off_day(ctx.text, m.start(), m.end())


# a plan told in the past ("the talks, which were due to end on Tuesday", "a meeting that was
# to be held Thursday"): told soon after it was made or dropped, so its weekday is still ahead
_PLAN_TOLD_PAST = re.compile(r"\b(?:was|were)\s+(?:due\s+)?to\s+[^.;:]{0,90}$", re.IGNORECASE)
# one told in the past perfect is still ahead when what becomes of it is yet to come ("will
# delay the duties that had been due to take effect on Saturday")
_PLAN_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:due\s+)?to\s+[^.;:]{0,90}$", re.IGNORECASE)
_CHANGE_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:now\s+)?(?:"
    + PUT_OFF_VERB
    + r"|move|extend|bring\s+forward|suspend)\b",
    re.IGNORECASE,
)


def plan_told_past(text: str, s0: int, start: int) -> bool:
    """The weekday at ``start`` is a plan told in the past whose day is still ahead."""
    if _PLAN_TOLD_PAST.search(text, s0, start):
        return True
    had = _PLAN_HAD_BEEN.search(text, s0, start)
    return had is not None and _CHANGE_TO_COME.search(text, s0, had.start()) is not None


# the call-off told after the plan's day: "a meeting that had been planned for Monday has
# been called off"
_HAS_BEEN_PUT_OFF = (
    r"\b(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:" + PUT_OFF_VERB + r"|shelved|suspended)\b"
)
_PUT_OFF_AFTER = re.compile(r",?\s*[^,;.]{0,40}?" + _HAS_BEEN_PUT_OFF, re.IGNORECASE)
# (after the thing a possessive day names: "Sunday's 10K along the river trail has been
# canceled")
_OWN_PUT_OFF_AFTER = re.compile(
    r"['’]s\s(?!(?:announcement|decision|statement|ruling|report|news)\b)"
    r"(?:(?!\b(?:that|which|who)\b)[^,;.]){0,120}?" + _HAS_BEEN_PUT_OFF,
    re.IGNORECASE,
)


def put_off_after(text: str, end: int, s1: int) -> bool:
    """A plan's weekday ending at ``end`` is called off or put off right after its phrase
    ("that had been planned for Monday in Geneva has been called off", "planned for Friday,
    has been called off") or after the thing it names ("Sunday's race has been canceled")."""
    return (
        _PUT_OFF_AFTER.match(text, end, s1) is not None
        or _OWN_PUT_OFF_AFTER.match(text, end, s1) is not None
    )


def after_the_call(weekday: int, dct: dt.date) -> dt.date:
    """The day of a plan called off or put off ("called off a strike planned for Monday"):
    the call comes before the day and is told soon after, so the day is still ahead unless
    it is today or yesterday (called off at the last moment)."""
    back = (dct.weekday() - weekday) % 7
    if back <= 1:
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=(weekday - dct.weekday()) % 7)


# the day by which something is to be done, in a clause whose own tense is open ("ordered
# the agency to restore the grants by Monday"): set before it comes, so still ahead
_BY_DAY = re.compile(r"\b(?:by|no\s+later\s+than)\s+$", re.IGNORECASE)


def deadline_before(start: int, ctx: Context) -> bool:
    return bool(_BY_DAY.search(ctx.text, max(0, start - 20), start))


_FIRST_PLANNED = re.compile(FIRST_PLANNED, re.IGNORECASE)


def planned_before(start: int, ctx: Context) -> bool:
    """A weekday an event was "planned" for ("a march planned for Saturday", "planned a
    rally on Saturday"): the plan's past tense does not date the event, which may be either
    side of the document date; the nearest such day is meant."""
    s0, s1 = ctx.sentence(start)
    if _FIRST_PLANNED.search(ctx.text, max(s0, start - 40), start):
        return True  # "originally set for Monday's session": the first plan, either side
    if ctx.text.find("planned", max(0, start - 80), start) < 0:
        return False
    if P.WILL.search(ctx.text, s0, s1):
        return False  # "the rally planned for Saturday will go ahead": told as a future
    return bool(PLANNED_EVENT.search(ctx.text, max(s0, start - 80), start))


def moved_on_from(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The days of a move from one weekday to another ("slipped from Tuesday to Thursday"):
    the old one the nearest of its name (the last, told as done, a few days back), the new
    one the first such day after it."""
    wd = WEEKDAYS[m.group("wd").lower().rstrip(".")]
    if _TO_WEEKDAY.match(ctx.text, m.end()) and _FROM.search(
        ctx.text, max(0, m.start() - 6), m.start()
    ):
        return _old_day(wd, m.start() - 5, ctx)  # the old day
    old = _FROM_WEEKDAY_TO.search(ctx.text, max(0, m.start() - 30), m.start())
    if old is None:
        return None
    from_day = _old_day(WEEKDAYS[old.group("wd").lower().rstrip(".")], old.start(), ctx)
    return from_day + dt.timedelta(days=(wd - from_day.weekday()) % 7 or 7)


def _old_day(weekday: int, at: int, ctx: Context) -> dt.date:
    if _WILL_MOVE.search(ctx.text, max(0, at - 30), at):
        return resolve_weekday(weekday, ctx.dct, FUTURE)  # ("will be moved from")
    last = resolve_weekday(weekday, ctx.dct, PAST)
    if _PAST_MOVE.search(ctx.text, max(0, at - 30), at) and (ctx.dct - last).days <= 4:
        return last
    return resolve_weekday(weekday, ctx.dct, None)


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_WEEKDAY_TO = re.compile(rf"\bfrom\s+(?P<wd>{WEEKDAY_RE})\s+(?:to|until)\s+$", re.IGNORECASE)
_TO_WEEKDAY = re.compile(rf"\s+(?:to|until)\s+{WEEKDAY_RE}", re.IGNORECASE)
# a move told as done: "slipped from", "was moved from" (not "will be moved from")
_PAST_MOVE = re.compile(
    r"\b(?<!\bbe\s)(?<!\bto\s)(?:[a-z]+ed|slid|was|were)\s+(?:[a-z]+\s+){0,2}?$", re.IGNORECASE
)
_WILL_MOVE = re.compile(r"\b(?:will|would|to)\s+(?:[a-z]+\s+){0,2}?$", re.IGNORECASE)
