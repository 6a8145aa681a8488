"""Deictic expressions: weekdays, "today", "this weekend", clock times and the
present/past/future references ("now", "recently", "soon")."""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from . import patterns as P
from .context import Cand, Context, anaphor
from .lexicon import PARTS_OF_DAY, WEEKDAYS, day_number, number_value
from .parts_of_day import part_of_the_day
from .plans import WAS_TO_HAVE, put_off_before
from .resolve import iso_week, resolve_weekday
from .tense import FUTURE, PAST
from .weekday_plans import (
    after_the_call,
    called_off,
    dated_weekday,
    deadline_before,
    moved_on_from,
    plan_told_past,
    planned_before,
    put_off_after,
    reported_day,
)

_NAMED_DAY = re.compile(r"\b(?:Black|Bloody|Super)\s+$")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# a weekday naming a kind of schedule, not a day: "the Sunday timetable", "Saturday trading
# hours", "new Sunday service on Route 8" (not "in Friday trading": that Friday's)
_KIND_AFTER = re.compile(
    r"[^\S\n]+(?:timetables?|schedules?|trading\s+hours|opening\s+hours)\b", re.I
)
_SERVICE_AFTER = re.compile(r"[^\S\n]+(?:service|services|buses|trains|collections?)\b", re.I)
_MORE_BEFORE = re.compile(
    r"\b(?:new|extra|more|additional|regular|reduced|normal|usual|expanded)\s+$", re.I
)


def _schedule_kind(text: str, start: int, end: int) -> bool:
    return bool(
        _KIND_AFTER.match(text, end)
        or (
            _SERVICE_AFTER.match(text, end) and _MORE_BEFORE.search(text, max(0, start - 12), start)
        )
    )


_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?!(?:and|or|but|in|at|on|of|for|to|when|while|so|that|this|with|after|before"
    r"|morning|afternoon|evening|night)\b)[a-z]"
)

# a weekday joined to a recurring one is recurring too: "on Monday and Tuesday nights"
_SET_PARTNER = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*(?:on\s+)?" + P.WEEKDAY_SET.pattern)


def weekday(m: re.Match[str], ctx: Context) -> Cand | None:
    wd = m.group("wd")
    k = WEEKDAYS[wd.lower().rstrip(".")]  # Monday 0 ... Sunday 6
    if not wd[0].isupper() or _NAMED_DAY.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "Black Monday", "Bloody Sunday": a day remembered by name, not this week's
    words = (m.group("rel") or "").lower().split()
    if (
        not words
        and _INDEFINITE.search(ctx.text, max(0, m.start() - 4), m.start())
        and not _NOUN_AFTER.match(ctx.text, m.end())  # "a Wednesday media event": that day
    ):
        return (m.start(), m.end(), "DATE", f"XXXX-WXX-{k + 1}", None)  # "falls on a Saturday"
    if not words and not m.group("part") and _schedule_kind(ctx.text, m.start(), m.end()):
        return (m.start(), m.end(), "SET", f"XXXX-WXX-{k + 1}", None)  # every Sunday's
    if not words and not m.group("part") and (partner := _SET_PARTNER.match(ctx.text, m.end())):
        part = partner.group("part") or partner.group("part2")  # "Monday and Tuesday nights"
        code = "T" + PARTS_OF_DAY[part.lower()] if part else ""
        return (m.start(), m.end(), "SET", f"XXXX-WXX-{k + 1}{code}", None)
    if not words and not m.group("part") and (told := _anaphoric(m, ctx)) is not None:
        return told
    if not words and (moved := moved_on_from(m, ctx)) is not None:
        return (m.start(), m.end(), "DATE", moved.isoformat(), None)  # "from Tuesday to Thursday"
    rel = "last" if "past" in words else " ".join(words)
    plan = planned_before(m.start(), ctx) or called_off(m, ctx)
    tense = None if plan else ctx.tense(m.start(), m.end())
    if not words and not plan and reported_day(m, ctx):
        tense = PAST
    if tense is None and not words and not plan and deadline_before(m.start(), ctx):
        tense = FUTURE
    if ordinal := m.group("ord") or m.group("cord"):  # "Saturday the twenty-seventh": in the
        day = day_number(ordinal)  # month where the 27th is one
        d = dated_weekday(k, day, ctx.dct, tense)
        return None if d is None else (m.start(), m.end(), "DATE", d.isoformat(), None)
    if (inwk := m.group("inwk") or m.group("prewk")) and not words:
        # "Thursday next week", "next week Tuesday": that week's day
        step = {"next": 1, "this": 0, "last": -1}[inwk.lower()]
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday()) + dt.timedelta(weeks=step)
        d = monday + dt.timedelta(days=k)
        return (m.start(), m.end(), "DATE", d.isoformat(), None)
    if m.group("aweek") or m.group("wk"):  # "a week on Monday", "Sunday week"
        d = resolve_weekday(k, ctx.dct, FUTURE, "next")
        return (m.start(), m.end(), "DATE", (d + dt.timedelta(days=7)).isoformat(), None)
    d = resolve_weekday(k, ctx.dct, tense, rel)
    s0, s1 = ctx.sentence(m.start())
    if not words and (
        (plan and put_off_before(ctx.text, s0, m.start()))
        or (plan and put_off_after(ctx.text, m.end(), s1))
        or (tense is None and plan_told_past(ctx.text, s0, m.start()))
    ):
        d = after_the_call(k, ctx.dct)
    if (
        not words
        and WAS_TO_HAVE.search(ctx.text, max(s0, m.start() - 60), m.start())
        and _MAIN_PAST.match(ctx.text, m.end(), s1)
    ):
        d = resolve_weekday(k, ctx.dct, PAST)
    part = m.group("part")
    if part:
        return (m.start(), m.end(), "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}", None)
    return day_beside((m.start(), m.end(), "DATE", d.isoformat(), None), ctx)


# a plan told in the perfect infinitive: its day gone by when the main verb is past ("which
# was to have been held in Cairo on Saturday, was postponed"; not "which was to have closed on
# Friday, will stay open until Jan. 10")
_MAIN_PAST = re.compile(
    r"(?:(?!\b(?:will|would|shall|is|are|has|have|can)\b)[^;])*?,\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:was|were|did|had)\b",
    re.IGNORECASE,
)
# "set for that Tuesday", "That Sunday, ...": not "conceded that Friday would have been"
_THAT_DAY = re.compile(
    r"\b(?:(?:for|on|by|until|till|before|after|since|from|to|of)\s+(?P<that>that|the\s+same)"
    r"|,\s+(?P<same>the\s+same)"  # (a day told again: "to May 18, the same Sunday as the ballot")
    # the day a move replaced, beside the new one: "on Saturday 15 March rather than the Sunday"
    r"|(?<![;:]\s)\b(?:rather\s+than|instead\s+of)\s+(?:on\s+)?(?P<vs>the)"
    r"|(?-i:(?P<cap>That)))\s+$",
    re.IGNORECASE,
)
_ANAPHORIC_ENDS = ("ous", "ing")  # the last letters of "previous", "preceding", "following"


def _anaphoric(m: re.Match[str], ctx: Context) -> Cand | None:
    """A weekday told against the day the text speaks of: "the previous Friday" (the one
    before it), "the following Friday", "set for that Tuesday" (the Tuesday just named)."""
    n = WEEKDAYS[m.group("wd").lower().rstrip(".")] + 1
    the = None
    if ctx.text[max(0, m.start() - 4) : m.start()].rstrip().endswith(_ANAPHORIC_ENDS):
        the = P.ANAPHORIC_WEEKDAY.search(ctx.text, max(0, m.start() - 24), m.start())
    if the:
        n = n if the.group("rel").lower() == "following" else -n
        return (the.start(), m.end(), "DATE", anaphor(n, "K"), None)
    that = _THAT_DAY.search(ctx.text, max(0, m.start() - 22), m.start())
    if that:
        start = that.start(next(g for g in ("that", "same", "cap", "vs") if that.group(g)))
        return (start, m.end(), "DATE", anaphor(n, "S"), None)
    return None


def month_day(m: re.Match[str], ctx: Context) -> Cand | None:
    """A month and day ("March 3"), or the day beside one ("the day after March 3")."""
    return day_beside(dates.month_day(m, ctx), ctx)


def day_beside(cand: Cand | None, ctx: Context) -> Cand | None:
    """ "the day before Tuesday", "the day after March 3": the day next to the date named,
    one expression (as "the day before yesterday" is)."""
    if cand is None or "day " not in ctx.text[max(0, cand[0] - 24) : cand[0]]:
        return cand
    if not P.FULL_DAY.fullmatch(cand[3]):
        return cand
    m = P.DAY_BESIDE.search(ctx.text, max(0, cand[0] - 24), cand[0])
    if m is None:
        return cand
    step = 1 if m.group("side").lower() == "after" else -1
    day = dt.date.fromisoformat(cand[3]) + dt.timedelta(days=step)
    return (m.start(), cand[1], cand[2], day.isoformat(), cand[4])


def deictic(m: re.Match[str], ctx: Context) -> Cand | None:
    g = m.group
    dct = ctx.dct
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}
    if g("word"):
        word = g("word").lower()
        if word == "today" and _present_day(ctx.text, m.start(), m.end()):
            return None
        if g("word")[0].isupper() and P.NAME_BEFORE.search(
            ctx.text, max(0, m.start() - 20), m.start()
        ):
            return None  # "USA Today", "VOA Today": the last word of a name
        d = dct + dt.timedelta(days=offsets[word])
        part = g("part") or g("ppart") or ("night" if word == "tonight" else None)
        if part:
            return (
                m.start(),
                m.end(),
                "TIME",
                f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}",
                None,
            )
        return (m.start(), m.end(), "DATE", d.isoformat(), None)
    if g("this"):
        which, part = g("this").lower(), g("part2").lower()
        if which == "last" and part != "night":
            return None
        d = dct + dt.timedelta(days=offsets[which])
        return (m.start(), m.end(), "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", None)
    if g("wkend"):
        words = g("wkend").lower().split()
        rel = "past" if "past" in words else words[0]
        saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
        if rel in {"last", "past"} or (rel == "the" and ctx.tense(m.start(), m.end()) == PAST):
            saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
            if rel == "last" and dct.weekday() >= 5:
                saturday -= dt.timedelta(days=7)  # "last weekend", said on a weekend
        elif rel == "next" and dct.weekday() >= 5:
            saturday += dt.timedelta(days=7)
        return (m.start(), m.end(), "DATE", iso_week(saturday) + "-WE", None)
    if g("part3") or g("part4") or g("part5") or g("part6"):
        return part_of_the_day(m, ctx)
    if g("dd"):
        k = -2 if "yesterday" in m.group().lower() else 2
        return (m.start(), m.end(), "DATE", (dct + dt.timedelta(days=k)).isoformat(), None)
    # "the same day", "the day": the day the text is speaking of
    return (m.start(), m.end(), "DATE", anaphor(0, "D"), None)


def event_day(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "It is the eighth day of the strike", "trading was halted for a second consecutive
    day": an ongoing event's count of days has reached the document date. Told in the past
    or as a plan, the day is another, which the count alone does not give."""
    s0, s1 = ctx.sentence(m.start())
    start = m.start()
    if ctx.text.endswith("for ", s0, start):
        start -= 4  # "fell for a second day": the verb's tense, not a plan "for" a day
    if ctx.tense(start, m.end()) == PAST or P.WILL.search(ctx.text, s0, s1):
        return None
    return (m.start(), m.end(), "DATE", ctx.dct.isoformat(), None)


def _present_day(text: str, start: int, end: int) -> bool:
    """ "today's" meaning the present era, not the day: before a noun of people or of the
    age ("today's youth", "in today's world"). The day's own things ("today's session",
    "most of today's gains", "today's editions") remain a date."""
    return bool(P.ERA_NOUN.match(text, end))


def ref(m: re.Match[str], ctx: Context) -> Cand | None:
    """ "now", "recently", "soon": a reference to the present, the past or the future; not
    "as soon as" (a conjunction), "long-term" before its noun (a kind, not a time) nor the
    first part of a compound modifier ("the now-closed plant", "a soon-to-open line")."""
    text, start, end = ctx.text, m.start(), m.end()
    word = m.group().lower()
    if word == "soon" and P.AS_SOON_AS.search(text, max(0, start - 4), start):
        if P.AS_AFTER.match(text, end):
            return None
    if word == "later" and _narrative_later(text, start, ctx):
        return None
    if word == "soon" and _narrative_soon(text, start, end, ctx):
        return None
    if word == "now" and _discourse_now(text, start, end, ctx):
        return None
    if P.TERM_ADJECTIVE.fullmatch(word) and P.WORD_AFTER.match(text, end):
        return None
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha() and " " not in word:
        return None
    if m.group("present"):
        then = P.THEN_BEFORE.search(text, max(0, start - 6), start)
        if then and word in {"current", "present"}:  # "the then current price": that time's
            return (then.start(), m.end(), "DATE", "PAST_REF", None)
        return (m.start(), m.end(), "DATE", "PRESENT_REF", None)
    if m.group("past"):
        if word.startswith("recent") and " " in " ".join(word.split()):  # "in recent years"
            return (m.start(), m.end(), "DURATION", f"PX{word.split()[-1][0].upper()}", None)
        return (m.start(), m.end(), "DATE", "PAST_REF", None)
    if word.endswith("ahead"):  # "in the weeks ahead": some weeks from now
        return (m.start(), m.end(), "DURATION", f"PX{word.split()[1][0].upper()}", None)
    return (m.start(), m.end(), "DATE", "FUTURE_REF", None)


def _discourse_now(text: str, start: int, end: int, ctx: Context) -> bool:
    """ "Now," opening a sentence and set off by a comma: a discourse marker that turns to
    the next point ("Now, the board says, the plan is dead"), no time of its own; "now"
    inside its clause ("is now closed", "for now, ...") still names the present."""
    if not P.COMMA_AFTER.match(text, end):
        return False
    return not text[ctx.sentence(start)[0] : start].strip(P.OPENING_PUNCT)


def _narrative_soon(text: str, start: int, end: int, ctx: Context) -> bool:
    """ "soon" that orders one event after another ("soon after the vote", "was soon
    released", "prices soon fell"): the gap between events, no time of its own."""
    return bool(P.SOON_RELATIVE.match(text, end)) or ctx.tense(start, end) == PAST


def _narrative_later(text: str, start: int, ctx: Context) -> bool:
    """ "later" of a past clause (one event after another) or the open end of the date
    before it ("in 1994 or later") or the signal of a span ("three days later"): no time
    of its own."""
    if P.LATER_IN_EVENT.match(text, start + 5):
        return True
    if not P.LATER_ADVERB.match(text, start):
        return False
    if P.OR_BEFORE.search(text, max(0, start - 4), start):
        return True
    if P.UNIT_BEFORE.search(text, max(0, start - 16), start):
        return True
    if P.LATER_KEPT_AFTER.search(text, max(0, start - 11), start):
        return False
    return ctx.tense(start, start + 5) == PAST


_CLOCK_LEAD = frozenset("at by until from around before after to about".split())


def clock_time(m: re.Match[str], ctx: Context) -> Cand | None:
    g = m.group
    if g("word"):
        w = g("word").lower()
        if w == "noon" and ctx.prev_word(m.start()) == "high":
            return None  # "high noon": a moment of decision, no hour
        hh, mm, tz = (24 if w == "midnight" else 12), 0, None
    elif g("h"):
        hh, mm, tz = int(number_value(g("h")) or 0) % 12, int(g("m") or 0), g("tz")
        if g("ap").lower() == "p":
            hh += 12
    elif g("h2"):
        hh, mm, tz = int(g("h2")), int(g("m2")), g("tz2")
        if not tz and ctx.prev_word(m.start()) not in _CLOCK_LEAD:
            return None
    elif g("h4"):  # "at 4 in the morning", "by 9 in the evening"
        if ctx.prev_word(m.start()) not in _CLOCK_LEAD:
            return None
        hh, mm, tz = int(g("h4")) % 12, int(g("m4") or 0), None
        if g("p4").lower() in {"afternoon", "evening"} or (g("p4").lower() == "night" and hh > 5):
            hh += 12
    elif g("h5"):  # "six o'clock", "10 o'clock in the evening"
        hh, mm, tz = int(number_value(g("h5")) or 0) % 12, 0, None
        part = (g("p5") or "").lower()
        hh += 12 if part in {"afternoon", "evening"} or (part == "night" and hh > 5) else 0
    else:
        hh, mm, tz = int(g("h3")), int(g("m3")), g("tz3")
    start, end, day = _day_of_clock(m.start(), m.end(), ctx)
    zone = "Z" if tz and tz.upper() in {"UTC", "GMT", "Z"} else ""
    clock = f"T{hh:02d}:{mm:02d}{zone}"
    if day is None:
        return (start, end, "TIME", anaphor(0, "D") + clock, None)
    return (start, end, "TIME", day.isoformat() + clock, None)


def _day_of_clock(start: int, end: int, ctx: Context) -> tuple[int, int, dt.date | None]:
    """(start, end, day) of a clock time with the day written next to it ("Friday at",
    "on November 10", "tomorrow"); no day when none is (the day the text speaks of)."""
    text = ctx.text
    day: dt.date | None
    head = P.TIME_HEAD.search(text, max(0, start - 45), start)  # "Thursday, March 13, 2025, at"
    if head and head.group("head") and head.group("head")[0].isupper():
        word = head.group("head").lower().rstrip(".")
        day = resolve_weekday(WEEKDAYS[word], ctx.dct, ctx.tense(head.start(), end))
        return head.start(), end, day
    if head and head.group("hmon"):
        day = _month_day(head.group("hmon"), head.group("hday"), head.group("hy"), start, ctx)
        if day:
            return head.start(), end, day
    tail = P.TIME_TAIL.match(text, end)
    if tail is None:
        return start, end, None
    # after a comma the day is an expression of its own, which still dates the time
    apart = "," in tail.group()
    if tail.group("twd"):  # "2 a.m. next Tuesday"
        word = tail.group("twd").lower().rstrip(".")
        rel = tail.group("trel").lower()
        day = resolve_weekday(WEEKDAYS[word], ctx.dct, ctx.tense(start, end), rel)
        return start, end if apart else tail.end(), day
    at = tail.start("tail" if tail.group("tail") else "tmon")
    # "noon, Wednesday, September 19", "midnight on Tuesday 16 March"
    full = P.MONTH_DAY.match(text, at) or P.DAY_MONTH.match(text, at)
    if full and (apart or full.group("wd")):
        cand = dates.month_day(full, ctx)
        return start, end, dt.date.fromisoformat(cand[3]) if cand else None
    if tail.group("tmon"):
        day = _month_day(tail.group("tmon"), tail.group("tday"), tail.group("ty"), start, ctx)
        return start, end if apart else tail.end(), day
    word = tail.group("tail").lower().rstrip(".")
    if word in WEEKDAYS and tail.group("tail")[0].isupper():
        tense = ctx.tense(start, end)
        if tense is None and deadline_before(start, ctx):
            tense = FUTURE
        day = resolve_weekday(WEEKDAYS[word], ctx.dct, tense)
        return start, end if apart else tail.end(), day
    if word in {"today", "tonight", "tomorrow", "yesterday"}:
        day = ctx.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
        return start, tail.end(), day
    return start, end, None


def _month_day(mon: str, day: str, year: str | None, start: int, ctx: Context) -> dt.date | None:
    cand = dates.date_from_parts(mon, day, year, None, start, start + 1, ctx)
    return dt.date.fromisoformat(cand[3]) if cand else None
