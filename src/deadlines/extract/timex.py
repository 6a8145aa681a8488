"""Rule-based TIMEX3 tagger: finds temporal expressions and resolves their values.

Each rule is a compiled pattern, a handler that turns a match into a candidate (span, type,
value, modifier) and the trigger words that must occur in any of its matches. A single
pass over the words finds the triggers (:mod:`.scan`), each pattern runs only around its
own triggers, the longest candidates win, and anaphoric values ("the next day", "two weeks
later") are resolved last, against the time the text was last speaking of.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from . import dates, deixis, eras
from . import patterns as P
from . import scan as S
from .context import ANAPHOR, COMPARE, Cand, Context, report_day
from .cues import REPORTED_VERB
from .day_pairs import DAY_PAIR, first_of_day_pair
from .durations import bare_units, duration, first_of_pair, join_lengths
from .holidays import HOLIDAY, HOLIDAY_WORDS, holiday
from .lexicon import HOUR_WORDS, MONTH_RE, WEEKDAY_ONLY, WEEKDAYS
from .model import TemporalExpression
from .reports import is_comparison, lead_quarter, quarter, report_period, resolve_comparison
from .resolve import shift_value, value_to_date
from .sentences import sentence_bounds
from .sets import recurrence, weekday_set
from .tense import FUTURE, tense_at
from .weeks import DAY_OF_MONTH, day_of_month, nth_weekday, week_of


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], Context], Cand | None]
    trigger: S.Trigger


def _t(words: frozenset[str] | set[str], back: int, fwd: int) -> S.Trigger:
    return S.Trigger(frozenset(words), back, fwd)


_PERIOD_UNITS = set(
    "week weekend month year quarter decade century day date morning afternoon evening night".split()
)
_PLURAL_UNITS = {"years", "months", "weeks", "days", "decades", "hours", "minutes"}
_REF_WORDS = set(
    "now currently current nowadays presently present these time being recently lately past"
    " recent once soon future term short long due later near distant"
    " medium coming ahead".split()
)
_DEICTIC_WORDS = {"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon"}
_DEICTIC_WORDS |= {"evening", "night", "weekend", "day", "date"}
_PLURAL_WEEKDAYS = {w + "s" for w in ("monday", "tuesday", "wednesday", "thursday", "friday")}
_PLURAL_WEEKDAYS |= {"saturdays", "sundays"}
_SET_WORDS = set(
    "every each per daily weekly monthly quarterly annually yearly hourly nightly biweekly"
    " bimonthly annual twice once".split()
)

# Rules in order of priority (an earlier rule wins a tie between spans of equal length).
RULES: tuple[Rule, ...] = (
    Rule(P.ISO_DATE, dates.iso, _t({S.YEAR}, 0, 17)),
    Rule(P.SLASH_DATE, dates.slash, _t({S.NUMBER, S.YEAR}, 0, 11)),
    Rule(P.MONTH_DAY, deixis.month_day, _t(S.MONTH_WORDS, 20, 26)),
    Rule(P.DAY_MONTH, deixis.month_day, _t(S.MONTH_WORDS, 30, 20)),
    Rule(P.MONTH_DAY_PAIR, dates.second_of_pair, _t(S.MONTH_WORDS, 0, 24)),
    Rule(DAY_PAIR, first_of_day_pair, _t(S.MONTH_WORDS, 40, 0)),
    Rule(P.WEEK_OF, week_of, _t(S.MONTH_WORDS, 32, 20)),
    Rule(P.NTH_WEEKDAY, nth_weekday, _t(S.MONTH_WORDS | {"month"}, 40, 20)),
    Rule(DAY_OF_MONTH, day_of_month, _t({S.NUMBER}, 20, 6)),
    Rule(P.PERIOD_MONTH, dates.period, _t(S.MONTH_WORDS, 48, 34)),
    Rule(P.PERIOD_YEAR, dates.period, _t({S.YEAR}, 48, 10)),
    Rule(P.PERIOD_SEASON, dates.period, _t(S.SEASON_WORDS, 48, 20)),
    Rule(P.PERIOD_RELATIVE, dates.period, _t(_PERIOD_UNITS, 62, 20)),
    Rule(P.QUARTER, quarter, _t({"quarter", "half", "q", "h", "period"}, 26, 32)),
    Rule(
        P.REPORT_PERIOD,
        report_period,
        _t({"quarter", "period", "month", "year", "fiscal", "ago", "earlier"}, 40, 40),
    ),
    Rule(P.PERIOD_END, dates.period_end, _t({"year", "month", "quarter"}, 0, 14)),
    Rule(P.DECADE, eras.decade, _t({S.YEAR, S.NUMBER} | eras.DECADE_WORDS, 16, 8)),
    Rule(P.HALF_DECADE, eras.decade, _t({"half"}, 12, 40)),
    Rule(P.CENTURY, eras.century, _t({"century"}, 54, 8)),
    Rule(P.SPELLED_YEAR, dates.spelled_year, _t({"nineteen", "eighteen", "thousand"}, 50, 40)),
    Rule(P.WEEKDAY, deixis.weekday, _t(S.WEEKDAY_WORDS, 12, 22)),
    Rule(P.DEICTIC, deixis.deictic, _t(_DEICTIC_WORDS, 20, 28)),
    Rule(P.EVENT_DAY, deixis.event_day, _t({"day"}, 36, 4)),
    Rule(
        P.TIME,
        deixis.clock_time,
        _t({S.NUMBER, S.YEAR, "noon", "midday", "midnight", *HOUR_WORDS}, 0, 28),
    ),
    Rule(P.DURATION, duration, _t(S.UNIT_WORDS, 75, 14)),
    Rule(P.DURATION_PAIR, first_of_pair, _t({"between"}, 0, 40)),
    Rule(P.BARE_UNITS, bare_units, _t(_PLURAL_UNITS, 16, 6)),
    Rule(P.SET, recurrence, _t(_SET_WORDS, 0, 45)),
    Rule(P.WEEKDAY_SET, weekday_set, _t(S.WEEKDAY_WORDS | _PLURAL_WEEKDAYS, 0, 30)),
    Rule(
        HOLIDAY,
        holiday,
        _t(HOLIDAY_WORDS, 16, 30),
    ),
    Rule(P.REF, deixis.ref, _t(_REF_WORDS, 16, 20)),
)


_TRIGGER_WORDS = frozenset().union(*(rule.trigger.words for rule in RULES))


def find_temporal_expressions(text: str, dct: dt.date) -> list[TemporalExpression]:
    """Find and resolve the temporal expressions of ``text`` written on date ``dct``."""
    ctx = Context(text, dct)
    found = S.triggers(text, _TRIGGER_WORDS)
    cands: list[tuple[int, int, int, str, str, str | None]] = []
    for prio, rule in enumerate(RULES):
        for m in S.finditer(rule.pattern, text, S.windows(text, found, rule.trigger)):
            if m.end() == m.start():
                continue
            c = rule.handler(m, ctx)
            if c is not None:
                cands.append((c[0], c[1], prio, c[2], c[3], c[4]))
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for cand in cands:
        s, e = cand[0], cand[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(cand)
    chosen.sort()
    return _week_on(ctx, _resolved(text, dct, join_lengths(text, _echoes_dropped(text, chosen))))


def _week_on(ctx: Context, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """A bare weekday that is the day of writing's own is that day a week on when the text
    writes that day out and never the day of writing: "convene talks on Monday", written on
    a Monday, in a text that gives "January 25", the Monday after."""
    today, week_on = ctx.dct.isoformat(), (ctx.dct + dt.timedelta(days=7)).isoformat()
    written = {tx.value for tx in found if not WEEKDAY_ONLY.match(tx.text)}
    if week_on not in written or today in written:
        return found
    return [
        TemporalExpression(tx.start, tx.end, tx.text, tx.type, week_on)
        if tx.value == today
        and WEEKDAY_ONLY.match(tx.text)
        and ctx.tense(tx.start, tx.end) == FUTURE
        else tx
        for tx in found
    ]


# a weekday in brackets right after the day it names: "21.01.2022 (Friday)"
_ECHO_GAP = re.compile(r"\s*[(\[]\s*")
_ECHO_END = re.compile(r"\s*[)\]]")
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def _echoes_dropped(
    text: str, chosen: list[tuple[int, int, int, str, str, str | None]]
) -> list[tuple[int, int, int, str, str, str | None]]:
    """The chosen candidates without a weekday told in brackets after its day: the day's
    name, not a day of its own."""
    out: list[tuple[int, int, int, str, str, str | None]] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _FULL_DAY.match(prev[4])
            and _ECHO_GAP.fullmatch(text, prev[1], c[0])
            and _ECHO_END.match(text, c[1])
            and text[c[0] : c[1]].rstrip(".").lower() in WEEKDAYS
        ):
            continue
        out.append(c)
    return out


def _resolved(
    text: str, dct: dt.date, chosen: list[tuple[int, int, int, str, str, str | None]]
) -> list[TemporalExpression]:
    """The chosen candidates with the values that depend on the times told before them
    (comparisons and anaphors) resolved, in the order of the text."""
    dateline = _dateline(text, dct)
    out = []
    context: list[str] = []
    where: list[int] = []  # the offset of each time in context
    story: list[str] = []  # the times of context the story moves to (no span's bounds)
    for s, e, _prio, typ, value, mod in chosen:
        s, e = _trim(text, s, e)
        if (s, e) == dateline:
            if value[:4].isdigit():
                context.append(value)  # not an expression of the text, but its date
                where.append(s)
                story.append(value)
            continue
        if _quoted_title(text, s, e):
            continue
        compared = is_comparison(value)  # not the time the text moves to
        if compared:  # compared with a period named nearby, not in another story
            near = [v for p, v in zip(where, context, strict=True) if s - p < _NEAR]
            if not near:  # none nearby: the period the report leads with
                near = lead_quarter(context)
            value = resolve_comparison(value, near, dct)
        elif value.startswith(COMPARE):
            value = resolve_comparison(value, context, dct)
        elif value.startswith(ANAPHOR):
            value = _resolve_anaphor(value, context, story, dct, partial(_told_tense, text, s, e))
        if typ in {"DATE", "TIME"} and value[:4].isdigit() and not compared:
            if not report_day(text, s, value, dct):
                # (the day a report was made, "the union said on Wednesday", is not the
                # time the story moves to: "a week later" counts from the day before it)
                context.append(value)
                where.append(s)
                if not _BOUND.search(text, max(0, s - 40), s):
                    story.append(value)
        elif typ == "DURATION" and _PART_OF_YEAR.search(text, max(0, s - 4), e):
            # "for the nine months": the months so far of this year; a comparison after it
            # ("a year earlier") is with the year before, not with a quarter
            context.append(str(dct.year))
            where.append(s)
            story.append(str(dct.year))
        out.append(TemporalExpression(s, e, text[s:e], typ, value, mod))
    return out


# "its lowest close since May 15", "the quarter ended March 31": the bound of a span, not
# a time the story moves to ("in the morning" is not that day's), though a comparison may
# be with the span it bounds
_BOUND = re.compile(
    r"\b(?:since(?:\s+the\s+(?:[\w-]+\s+){1,2}?(?:on|of))?"
    r"|(?:quarter|period|months|weeks|year|half|\d{4}),?\s+(?:that\s+|which\s+)?"
    r"(?:ended|ending|ends|end)|(?:months|weeks|quarter|period|year)\s+to)\s+(?:on\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_OF_YEAR = re.compile(r"\bthe\s+(?:first\s+|latest\s+)?(?:nine|six)\s+months$", re.IGNORECASE)
_NEAR = 600  # characters: a paragraph or two

_ANAPHOR = re.compile(rf"^{ANAPHOR}([+~-])(\d+)(DE|CE|[DWMQYKS])(T.+)?$")
# the value shapes precise enough to count a unit from: a day for days, a month for months...
_PRECISE_ENOUGH = {
    "D": re.compile(r"^\d{4}-\d\d-\d\d"),
    "K": re.compile(r"^\d{4}-\d\d-\d\d"),
    "S": re.compile(r"^\d{4}-\d\d-\d\d"),
    "W": re.compile(r"^\d{4}-(?:\d\d-\d\d|W\d\d)"),
    "M": re.compile(r"^\d{4}-\d\d"),
    "Q": re.compile(r"^\d{4}-(?:\d\d|Q\d)"),
}
_ANY_YEAR = re.compile(r"^\d{4}")


def _told_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the expression's clause in the text's own voice (none for a clause
    reported after "said", whose own verb may look ahead: "said polls open in the morning")."""
    # (in its own sentence: "..., forecasters said. At 5 a.m. EDT, the center was")
    if REPORTED_VERB.search(text, max(sentence_bounds(text, start)[0], start - 60), start):
        return None
    return tense_at(text, start, end)


def _resolve_anaphor(
    value: str, context: list[str], story: list[str], dct: dt.date, tense: Callable[[], str | None]
) -> str:
    """Value of "the next day", "two weeks later"...: counted from the latest time the text
    mentioned at a fine enough granularity, else from the document date. A day or a part
    of it is of a time the story moves to (``story``: no span's bound), on the side of now
    its clause tells ("payable April 14. Shares fell in morning trading": this morning's
    trading; "met on August 27. It will also hold a workshop on the same day": not then)."""
    m = _ANAPHOR.match(value)
    if m is None:
        return value
    n = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
    unit, clock, distal = m.group(3), m.group(4), m.group(1) == "~"
    context = story if n == 0 else context
    precise = _PRECISE_ENOUGH.get(unit, _ANY_YEAR)
    if distal:  # ("that night" is not tonight when the text told another day)
        own = _count(dct, 0, unit, None)
        others = [v for v in context if _count(value_to_date(v) or dct, 0, unit, None) != own]
        context = others or context
    if unit == "S":  # "that Tuesday": the latest Tuesday told, else the one nearest a day told
        days = [value_to_date(v) for v in reversed(context) if precise.match(v)]
        same = [d for d in days if d is not None and d.weekday() == n - 1]
        if same:
            return same[0].isoformat()
    side: list[str | None] = []  # the tense of the clause, once read
    for earlier in reversed(context):
        if precise.match(earlier):
            counted = _count(value_to_date(earlier) or dct, n, unit, clock)
            day = value_to_date(counted) or dct
            if n != 0 or unit != "D" or day == dct:
                return counted
            side = side or [tense()]
            if side[0] != ("PAST" if day > dct else "FUTURE"):
                return counted
    return _count(dct, n, unit, clock)


def _count(base: dt.date, n: int, unit: str, clock: str | None) -> str:
    """The value ``n`` units from ``base`` ("K": the weekday |n| - 1 before or after it;
    "S": that weekday nearest the base day, itself or the one before on a tie)."""
    if unit == "S":
        ahead = (n - 1 - base.weekday()) % 7
        return (base + dt.timedelta(days=ahead if ahead < 4 else ahead - 7)).isoformat()
    if unit == "K":
        wd = abs(n) - 1
        gap = (base.weekday() - wd) % 7 if n < 0 else (wd - base.weekday()) % 7
        return (base + dt.timedelta(days=(gap or 7) * (1 if n > 0 else -1))).isoformat()
    return shift_value(base, n, unit) + (clock or "")


_DATELINE = re.compile(r"[^\n]*\n?")


def _dateline(text: str, dct: dt.date) -> tuple[int, int] | None:
    """Span of the dateline: one of the first lines of the text that holds nothing but a
    date. It restates the creation time (metadata, like TimeML's DCT), so it is not one of
    the text's own temporal expressions."""
    pos = 0
    for _line in range(3):
        m = _DATELINE.match(text, pos)
        if m is None or m.end() == pos:
            return None
        s, e = _trim(text, m.start(), m.end())
        if 6 <= e - s <= 40 and P.DATELINE.fullmatch(text, s, e):
            return s, e
        pos = m.end()
    return None


_OPEN_QUOTE = re.compile(r"(?:\"|“|``|'')$")
_CLOSE_QUOTE = re.compile(r"[.,!?]?(?:\"|”|'')")
_WORDS = re.compile(r"[A-Za-z]+")
# the rest of a title after its first words: "Spring of Life" ends 'of Life"'
_TITLE_REST = re.compile(
    r"(?:\s+(?:of|the|and|for|in|on|a|to|[A-Z][\w'-]*)){1,6}(?=[.,!?]?(?:\"|”|''))"
)
_SMALL_WORDS = frozenset("of the and for in on a to".split())


def _quoted_title(text: str, s: int, e: int) -> bool:
    """A title in quotes, every word capitalised but the small ones: the show "This Week",
    "60 Minutes", the campaign "Spring of Life"."""
    if not _OPEN_QUOTE.search(text, max(0, s - 2), s):
        return False
    if not _CLOSE_QUOTE.match(text, e):
        rest = _TITLE_REST.match(text, e)
        if rest is None or rest.group().split()[-1] in _SMALL_WORDS:
            return False
    if _DAY_NUMBER.search(text, s, e):
        return False  # a date quoted as such: '"June 12, 2012" is corrected to read'
    return all(w[0].isupper() for w in _WORDS.findall(text, s, e))


# (a full date, with its year: a title may be named for a day, '"July 22", a drama')
_DAY_NUMBER = re.compile(rf"(?:\b{MONTH_RE}\s+\d{{1,2}},?|\b\d{{1,2}}\s+{MONTH_RE})\s+\d{{4}}\b")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    while s < e and text[s] in " ,\t\n":
        s += 1
    return s, e
