"""Days that are part of a span, a choice or an approximation, so name no one day:
"October 15-16", "from June 26 to June 28", "between Feb. 9 and Feb. 11", "Monday or
Tuesday", "on or about April 30", "the week of March 16". A day a change moves from or to
("postponed from Nov. 15 to Nov. 29") is no span.
"""

from __future__ import annotations

import re

from . import cues as C
from .anchors import Anchor
from .lexicon import MONTH_RE, WEEKDAY_RE
from .marks import CLOCK

_F = re.IGNORECASE
WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", _F)
# a span or a choice of days: "15-16", "Monday or Tuesday", "between May 1 and May 5"
# (a dash opening the next line marks a list item: "- 30 January\n- 13 March")
RANGE_AFTER = re.compile(r"[^\S\n]*[-–—]\s*\d{1,2}\b(?!:|\s*(?:a\.?m|p\.?m))", _F)
_DAY_FIRST = rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\b"  # "27 February"
_RANGE_BEFORE = re.compile(
    r"\b\d{1,2}\s*[-–]\s*$"
    # "from 24 to 27 December", "between 3 and 5 May"
    r"|\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|through|until|till|and)\s+(?:the\s+)?$"
    # "Monday to Friday, 8am-6pm": days of a week's opening hours ("from Monday to Friday"
    # may be a move)
    rf"|(?<!from\s)\b{WEEKDAY_RE}s?\s*(?:to|through|thru|-|–)\s*(?:(?:late|early)\s+)?$",
    _F,
)
# the last day of a span told after its first: "Diary of key events, Nov. 28 to Dec. 4",
# "27 February to 28 March" (not "from Nov. 15 to Nov. 29", nor "postponed a strike planned
# for May 4 to May 18": moves)
_SHORT_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|" + WEEKDAY_RE
_DAY_TO_BEFORE = re.compile(
    rf"(?<!from\s)\b(?:{MONTH_RE}\.?\s+\d{{1,2}}|{_DAY_FIRST})(?:,?\s+\d{{4}})?"
    # ("28 October-1 November", "Sat June 30 - Sun July 1")
    rf"(?:\s+(?:to|through|thru)\s+|\s*[-–—]\s*)(?:(?:{_SHORT_WEEKDAY}),?\s+)?$",
    _F,
)
_DASH_WEEKDAY_DAY = re.compile(
    rf"[^\S\n]+[-–—][^\S\n]+(?:{_SHORT_WEEKDAY}),?\s+(?:{MONTH_RE}\.?\s+\d|\d{{1,2}}\s+{MONTH_RE})",
    _F,
)
_WEEKDAY_SPAN_AFTER = re.compile(
    rf"\s*(?:to|through|thru|-|–)\s*(?:(?:late|early)\s+)?{WEEKDAY_RE}s?\b", _F
)
# a clock time, a weekday, before a span's day: "from 9am on Tuesday 3 March to 5pm on"
_CLOCK_ON = rf"(?:{CLOCK}\s+(?:on\s+)?)?"
_WEEKDAY_OF = rf"(?:{WEEKDAY_RE},?\s+)?"
_DAY_SPAN_AFTER = re.compile(
    rf"(?:\s+(?:to|through|thru|until|till|–)\s+|[-–]|(?<=\d{{4}})\s+-\s+(?=[^.;]{{4,20}}\d{{4}}))(?:the\s+)?{_CLOCK_ON}{_WEEKDAY_OF}"
    rf"(?:{MONTH_RE}\.?\s+\d|{_DAY_FIRST})",
    _F,
)
# a span's last day in the month of its first: "from June 27 to 28"
_TO_DAY_AFTER = re.compile(
    r"\s+(?:to|through|thru|until|till)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:a\.?m|p\.?m"
    r"|:|[.,]\d|%|percent|per\b|million|billion|days?|weeks?|months?|years?|hours?)"
    rf"|\s*(?:of\s+)?{MONTH_RE}\b)",
    _F,
)
# the second day of a span: "from June 26 to", "between Feb. 9 and", "from Monday to"
_SPAN_FROM_BEFORE = re.compile(
    rf"\b(?P<from>from|between)\s+(?:the\s+)?{_CLOCK_ON}(?:{_WEEKDAY_OF}(?:{MONTH_RE}\.?\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?|{_DAY_FIRST})(?:,?\s+\d{{4}})?|{WEEKDAY_RE})\s*,?\s+(?:to|through|thru"
    rf"|until|till|and)\s+(?:the\s+)?{_CLOCK_ON}(?:(?:late|early)\s+)?$",
    _F,
)
# a day a change moves from: "postponed the vote from Nov. 15 to Nov. 29"
_MOVE_WORD = re.compile(C.MOVE_WORD, _F)
_OR_AFTER = re.compile(
    r"\s+or\s+(?:on\s+)?(?:the\s+)?(?:(?:late|early)\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec))",
    _F,
)
_OR_BEFORE = re.compile(
    r"(?:\d|day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?)\s+or\s+(?:on\s+)?"
    r"(?:(?:late|early)\s+)?$",
    _F,
)
# a choice told after its days: "..., whichever is earlier"
_WHICHEVER_AFTER = re.compile(
    r"[^.;]{0,30}?\bwhichever\s+(?:is|comes|falls|occurs|happens)\s+(?:the\s+)?(?:earlier|later|first"
    r"|sooner|last|earliest|latest)\b",
    _F,
)
_APPROX_BEFORE = re.compile(
    r"\b(?:on\s+or\s+about|about|around|approximately|circa|roughly"
    # ("on or after October 1", "on and after": from that day, its start)
    r"|sometime|some\s+time|between|(?<!\bon\sor\s)(?<!\bon\sand\s)after|past|beyond"
    r"|any\s+time\s+after|at\s+least)"
    r"\s+(?:the\s+)?$",
    _F,
)
# a span's first bound with its last after it: "falling on or after Oct. 26, and on or before"
_UNTIL_BOUND_AFTER = re.compile(
    rf",?\s+and\s+(?:on\s+or\s+)?(?:before|until|through)\s+(?:{MONTH_RE}|{WEEKDAY_RE}|\d)", _F
)
_WEEKS_OF = re.compile(
    r"\bweeks?\s+of\s+(?:[\w,]+\s+){0,8}$|\bweek\s+(?:beginning|starting|commencing)\s+(?:on\s+)?$",
    _F,
)


def ranged(a: Anchor, text: str, s: int) -> bool:
    """Part of a range, a choice of days or an approximate day."""
    start, end = a.tx.start, a.tx.end
    if RANGE_AFTER.match(text, end) or _UNTIL_BOUND_AFTER.match(text, end):
        return True
    if _DASH_WEEKDAY_DAY.match(text, end):
        return True  # "Sat June 30 - Sun July 1"
    weekday = WEEKDAY.match(a.tx.text) is not None
    if _WEEKDAY_SPAN_AFTER.match(text, end) if weekday else _DAY_SPAN_AFTER.match(text, end):
        # (a span unless a move comes before it: "delayed the payment due on 5 March until
        # 16 April", "postponed the vote from Nov. 15 to Nov. 29")
        opens = C.FROM_BEFORE.search(text, max(s, start - 10), start)
        return not _MOVE_WORD.search(text, s, opens.start() if opens else start)
    if _RANGE_BEFORE.search(text, max(s, start - 40), start):
        return True
    first = _DAY_TO_BEFORE.search(text, max(s, start - 40), start)
    if first is not None and not _MOVE_WORD.search(text, s, first.start()):
        return True
    if not weekday and _TO_DAY_AFTER.match(text, end):  # "runs from June 27 to 28"
        opens = C.FROM_BEFORE.search(text, max(s, start - 10), start)
        if opens is not None and not _MOVE_WORD.search(text, s, opens.start()):
            return True
    # (the first day may carry its clock and weekday: "from 6:00 p.m. on Friday, February 28,
    # 2025 until 7:00 a.m. on")
    span = _SPAN_FROM_BEFORE.search(text, max(s, start - 80), start)
    if span is not None and not _MOVE_WORD.search(text, s, span.start()):
        return True
    if _OR_AFTER.match(text, end) or _OR_BEFORE.search(text, max(s, start - 24), start):
        return True
    if _WHICHEVER_AFTER.match(text, end):
        return True  # "at the end of the next meeting or on 30 June, whichever is earlier"
    if _WEEKS_OF.search(text, max(s, start - 60), start):
        return True
    if _BETWEEN.search(text, max(s, start - 90), start):
        return True  # "unavailable between 8pm on Friday 14 March and 6am on Monday 17 March"
    if _BOUND_OF_THINGS.search(text, max(s, start - 60), start):
        return True  # "road tests scheduled before May 1", "products placed ... before"
    approx = _APPROX_BEFORE.search(text, max(s, start - 24), start)
    return approx is not None and not _MOVED_PAST.search(text, max(s, start - 60), start)


# a bound of the things a participle tells of, no day of theirs: "All road tests scheduled
# before May 1 have been cancelled", "Products placed on the market before 1 January"
_BOUND_OF_THINGS = re.compile(
    r"\b(?!(?:is|was|has|does|this|its|his|as|us|thus|plus|less|unless|yes)\b)[a-z]{2,}s\s+"
    r"(?:scheduled|planned|booked|placed|concluded|signed|issued|bought|sold|made|registered"
    r"|purchased|entered\s+into|imported|manufactured)\s+(?:[\w-]+\s+){0,4}?(?:before|prior\s+to)\s+$",
    _F,
)
_CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:on\s+)?)?(?:the\s+)?"
_BETWEEN = re.compile(
    rf"\bbetween\s+{_CLOCK}$|\bbetween\s+{_CLOCK}[\w ,.]{{3,40}}?\s+and\s+{_CLOCK}$", _F
)


# "to be extended beyond November 10", "could run past Tuesday": the day a plan is moved
# off, its old date, not a time after it
_MOVED_PAST = re.compile(
    r"\b(?:extend\w*|prolong\w*|delay\w*|postpon\w*|push\w*\s+back|stretch\w*|slip\w*"
    r"|run|runs|running|ran|go|goes|going|went|continu\w*|drag\w*)\s+(?:on\s+)?"
    r"(?:beyond|past|after)\s+(?:the\s+)?$",
    _F,
)
