"""Which dated expressions of a sentence can date a commitment at all.

A commitment is due on one calendar day. What does not name one is left out: months,
seasons and years alone, vague spans ("later this month", "next week"), ranges and
alternatives ("October 15-16", "Monday or Tuesday"), approximate days ("on or about
April 30") and a time of day given without its day. So are the days that date the telling
rather than the thing told: the day something was said, announced, published, written or
filed, and the publication lines of a page ("Federal Register Volume 78 (Tuesday,
October 29, 2013)", "Release Date: ...").
"""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from .anchors import Anchor
from .conditions import conditional, turned_down
from .courts import judicial
from .datelines import publication_line
from .marks import BROADCAST
from .plans import EVENT_AFTER
from .plans import called_off_day as called_off_before
from .reach import document_day
from .sentences import CELL_GAP_AHEAD
from .spans import RANGE_AFTER, WEEKDAY, ranged
from .telling import (
    AS_THE_DATE,
    CALL_BEFORE,
    CALLED_FOR,
    CITED,
    PUBLICATION_OF,
    RESULTS_DUE,
    TELL_ACTS,
    TOLD_SOMEONE,
)
from .tense_words import FIRST_PLANNED

_F = re.IGNORECASE

# words that name a day, in an expression's own text
_DAY_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,)"
    r"|\b(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\b(?:today|tomorrow|tonight|yesterday)\b"
    r"|\bsame\s+da(?:y|te)\b|\bthat\s+(?:day|date)\b|\bday\s+(?:before|after|earlier|later)\b"
    r"|\b(?:days?|weeks?)\s+(?:earlier|later|after\s+(?:that|this)|afterwards?|thereafter)\b|\b(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)\b|\bthis\s+(?:morning|afternoon|evening)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\bend\s+of\b"
    r"|^the\s+\d{1,2}(?:st|nd|rd|th)$",
    _F,
)
_END_OF = re.compile(r"\bend\s+of\b", _F)
# a document's noun that names a term, not a telling: "the July 31 filing deadline"
_NOT_A_TERM = r"(?![\s-]+(?:deadlines?|dates?|season|period|window|fees?|cut-?off|requirements?)\b)"
# the act of telling or publishing, whose day is not a commitment
_TELLING = (
    r"said|says|say|saying|announc\w*|told|tells|stated|statements?|quot\w*|report(?:ed|s)?"
    r"|editorials?|columns?|op-eds?|communiqu\w*|bulletins?|broadcasts?"
    r"|publish\w*|releas\w*|noticed|informed?|wrote|writes|written|letter|sent|issu\w*|receiv\w*"
    r"|asked|sought|seeks|signed|(?<!\bbe\s)filed|tweet\w*|interview\w*|spoke|speaking|speech|remarks"
    r"|briefing|news\s+conference|press\s+conference|declared|explained|warned|insisted|added|(?<!\bbeen\s)(?<!\bis\s)(?<!\bwas\s)confirmed(?!\s+(?:for|as)\b)"
    r"|noted|argued|urged|called|invitations?|posted|decided|decisions?\s+(?:taken|made)|decision"
    r"|predict\w*|dated|recommended(?=\s+(?:on|that|to|in|last|this)\b)"
    r"|adopted|handed\s+down|moved(?=\s+to\s+(?:extend|postpone|delay|defer)\b)|filings?"
    + _NOT_A_TERM
    # the act of proposing, not the adjective ("the proposed June 1 compliance date")
    + r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)proposed"
    r"|(?:televised|radio|national|inaugural|keynote|an?)\s+address"
)
# acts whose day is not the day of what they act on: changing a plan, travelling
_ACTS = (
    r"postponed|cancell?ed|delayed|extended|deferred|suspended|rescheduled|called\s+off"
    r"|pushed\s+back|brought\s+forward|headed|travell?ed|arrived|left|returned"
    # an arrest or a charge dates no commitment either
    r"|arrested|charged|indicted|detained|arraigned"
)
_TELLING_NEAR_BEFORE = re.compile(
    rf"\b(?:{_TELLING}|{_ACTS})\s+(?:(?:on|earlier|late|early|this|last|made|given)\s+){{0,2}}$"
    r"|\b(?:dated|signed|issued):\s*$"  # (a notice's date line: "Dated: January 28, 2025")
    r"|\bdated\s+(?:[\w.]+,?\s+){1,4}(?:and|or|&)\s+$"  # (and its list: "dated July 2 and July 8")
    + CALL_BEFORE,  # (a call to the market: "a conference call for analysts at")
    _F,
)
# words that end a run of plain words after an act: a verb of its own begins another clause
# (nor past the verb of another thing's day: "the arrangement that has governed releases
# expires on 31 March")
_PLAIN_WORD = (
    r"(?!(?:will|would|shall|be|is|are|was|were|held|hold|take|meet|expires|ends|starts|begins"
    r"|opens|closes|lapses|runs|applies|resumes{extra})\b)"
)


def _after_act(acts: str, word: str, count: str, tail: str, extra: str = "") -> re.Pattern[str]:
    """An act, then ``count`` plain words, then ``tail``, ending where a date begins."""
    plain = _PLAIN_WORD.format(extra=extra)
    return re.compile(rf"\b(?:{acts})\b(?:\s+{plain}{word}){count}{tail}\s+$", _F)


# "published in the Federal Register of October 4": the act, a few plain words, the day
# (not past what names the day a deadline: "the notice set a comment deadline of Oct. 14")
_TELLING_OF = _after_act(
    TELL_ACTS,
    r"[\w.'’*-]+",
    "{0,9}?",
    r"\s+(?:on|of|dated|starting|beginning)",
    # (nor past a time things are due by: "should send them to the Board by 5 p.m. on")
    extra="|deadlines?|dates?|due|effective|by\\s+\\d|before|no\\s+later",
)
# "The Commission adopted the amendments to Rule 606 on November 2, 2018": the day a rule or a
# paper was adopted or set out, not a commitment of its own (not "approved a measure that
# takes effect on")
_ADOPTED_OF = _after_act(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?:adopted|approved|finali[sz]ed|set\s+out)",
    r"[\w.'’*-]+",
    "{0,7}?",
    r"\s+on",
    extra="|that|which|who|effect|takes?|took|starts?|begins?|expires?|deadlines?|dates?|due"
    "|effective",
)
# a filing told as the source: "according to a filing on the agency's website on Tuesday"
_SOURCE_FILING = re.compile(
    r"\b(?:according\s+to|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?filings?\b"
    r"[^.;]{0,60}?\s+on\s+$",
    _F,
)
_AS_A_HOLIDAY = re.compile(
    r",?\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:holiday|day\s+of\s+(?:mourning|rest|prayer))\b", _F
)
_MEET_AND = re.compile(
    r"\b(?:meet|meets|convene|convenes|vote|votes)\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:on\s+)?$", _F
)
_PAPERS = re.compile(
    r"\b(?:rules?|amendments?|regulations?|changes?|orders?|notices?|proposals?|plans?"
    r"|resolutions?|directives?|findings|reports?|guidance|standards?)\b",
    _F,
)
# a house that adopts by its vote: "The Senate approved its version ... on Friday" is a vote held
_VOTING_BODY = re.compile(
    r"\b(?:senate|house|congress|parliament|lawmakers|legislators|legislature|voters|assembly"
    r"|chambers?|council|senators|deputies|MPs)\s+(?:[\w-]+\s+){0,2}?$",
    _F,
)
# "will be emailed to students today": the act, a few words, a day told from today
_TELLING_TODAY = _after_act(TELL_ACTS, r"[\w.'’*-]+", "{0,4}?", "")
# "On Monday, September 23, 2013 (78 FR 58290), the Department published a notice"
_OPENING_AFTER = re.compile(
    rf"^\s*(?:\([^)]{{0,40}}\)\s*)?(?P<comma>,)?\s*(?:[\w.'’,()-]+\s+){{1,14}}?(?:{_TELLING})\b",
    _F,
)
_OPENING_BEFORE = re.compile(
    # (after a dateline: "WASHINGTON (Jan. 11, 2023) — Today, the agency announced")
    r"^\W*(?:(?-i:[A-Z][A-Z .'’,-]{1,40})(?:\([^)]{0,30}\))?\s*(?:--|—|–)\s*)?"
    r"(?:[A-Z]+:\s*)?(?:also\s+)?(?:on|by|before|no\s+later\s+than)?\s*$",
    _F,
)
# "Today, I want to...": a day word that opens its sentence frames the telling
_FRAME = re.compile(r"^\W*(?:and\s+|but\s+)?(?:this\s+day,\s+)?\W*$", _F)
_COPULA_AFTER = re.compile(r"\s*(?:is|was|will\s+be|'s|’s)\b", _F)
# "announced the runoff date Saturday": a bare weekday a few words after the act
_TELLING_OBJECT = _after_act(_TELLING, r"[\w.'’,-]+", "{1,4}", "", extra="|to|on|came|comes")
_OF_BEFORE = re.compile(r"\bof\s+$", _F)
_DEICTIC = re.compile(r"^(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))$", _F)
# a day before the act of setting a term: "on Thursday set a Monday deadline for Austria"
_TO_COME = re.compile(r"\b(?:will|would|shall|to)\s+(?:on\s+)?$", _F)  # "will on Thursday set"
_SET_A_TERM_AFTER = re.compile(
    r"\s*(?:set|fixed|gave|imposed)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deadline|ultimatum|cut-?off)\b",
    _F,
)
_TELLING_AFTER = re.compile(
    # (not across the gap between a table's cells: "Board meeting   March 12   Cancelled")
    rf"^(?!{CELL_GAP_AHEAD}[^\S\n]*\S)"
    rf"\s*(?:(?:morning|afternoon|evening|night)\s+)?"
    # ("March 6 as announced": the day of what was announced)
    rf"(?:(?!(?:is|are|was|were|has|have|had|been|be|will|would|as|than|to|for|after|before"
    # ("through July 6 by email": the means of what is due, not a telling)
    rf"|until|while|when|since|by|via)\b)\w+\s+)?"
    rf"(?:{_TELLING}|{_ACTS})\b"
    # a citation's page: "(OJ L 326, 8.10.2020, p. 4)" dates a publication
    r"|^,\s*pp?\.\s*\d",
    _F,
)
# a day that dates a document, told before it: "the March 6 ruling", "a Dec. 3 letter to
# lawmakers", "Trump's April 2 executive order"
_DOCUMENT_AFTER = re.compile(
    r"\s*(?:(?!(?:by|via)\b)[A-Za-z-]+\s+)?(?:letters?|memo(?:randum|s)?|notices?|orders?|rulings?|decisions?"
    r"|statements?|announcements?|filings?|proclamations?|directives?|decrees?|circulars?"
    r"|bulletins?|opinions?|judge?ments?|e-?mails?|tweets?|speech|interview"
    r"|(?<=final\s)rule|(?<=interim\s)rule)\b" + _NOT_A_TERM,
    _F,
)
_PAPER_OF = re.compile(
    r"\b(?:(?:final|interim)\s+rule|order|notice|letter|decision|ruling|memorandum"
    r"|Federal\s+Register)\s+of\s+$",
    _F,
)
_AND_AFTER = re.compile(r"\s+(?:and|but)\s")
_AND_BEFORE = re.compile(r"\b(?:and|&)\s+$")
_FIRST_PLANNED = re.compile(FIRST_PLANNED, _F)


def called_off_day(a: Anchor, text: str) -> bool:
    """ "postponed Tuesday's vote", "called off Saturday's parade": the day of an event
    called off or put off, not the day of the act."""
    return called_off_before(text, a.tx.start, a.tx.end)


def names_a_day(a: Anchor, text: str = "") -> bool:
    """The expression denotes one calendar day, or the end of a named period; a possessive
    ("today's news") qualifies a noun and dates nothing, unless it is the day of what was
    called off or put off ("postponed Tuesday's vote")."""
    if text[a.tx.end : a.tx.end + 2] in {"'s", "’s"}:
        # a day only: "scrapped this year's event" calls off no day of its own; "originally
        # set for Monday's session" names the day the event was first planned for
        return a.day_level and (
            called_off_day(a, text)
            or EVENT_AFTER.match(text, a.tx.end + 2) is not None  # "next Sunday's election"
            or _FIRST_PLANNED.search(text, max(0, a.tx.start - 40), a.tx.start) is not None
        )
    if _DEICTIC.match(a.tx.text) and _OF_BEFORE.search(text, max(0, a.tx.start - 4), a.tx.start):
        return False  # "the cars of tomorrow"
    if a.tx.type not in {"DATE", "TIME"}:
        return a.day_level  # a period counted to its end: "within 50 days"
    if a.day_level:
        # "March 20 and 21": the second day of a pair takes its month from the first
        paired = a.tx.text.isdigit() and _AND_BEFORE.search(
            text, max(0, a.tx.start - 6), a.tx.start
        )
        return bool(_DAY_WORD.search(a.tx.text) or paired)
    return bool(_END_OF.search(a.tx.text)) and a.tx.mod == "END"


# "will release its results on or before July 8", "no later than May 2, the office will
# confirm the venue": the day by which something is to be told
_BY_BEFORE = re.compile(
    r"\b(?:by|before|(?:no|not)\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?$", _F
)
# a term's day or a plan's, before a clause of its own: "by 19 December and said it would",
# "due to begin on Saturday and said", "open until Nov. 21 and said" (not "searched until")
_BY_OR_PLAN = re.compile(
    _BY_BEFORE.pattern
    + r"|\b(?:open|extend\w*|remain\w*|stay\w*|keep\w*|valid|suspend\w*|ha[sd]|have|given"
    r"|grant\w*|allow\w*)\b[^.;,]{0,40}\b(?:until|till)\s+$"
    r"|\b(?:due|set|scheduled|planned|slated)\s+(?:to\s+[a-z]+\s+)?(?:on|for)\s+$",
    _F,
)
_TO_TELL = re.compile(
    # (not a telling owed: "must announce a firm offer or walk away by August 19")
    r"\b(?:will|would|shall|(?<!\brequired\s)to)\s+(?:\w+\s+){0,2}?(?:(?:publish|announce"
    # (not a notice owed to an office: "must notify OAS no later than", "notify the clerk by")
    r"|notify(?!\s+(?:the\s+)?(?:(?-i:[A-Z]{2,})\b|(?:clerk|secretary|board|council|commission"
    r"|agency|department|office|registrar|committee|authority|organi[sz]ers?)\b))"
    # (not a reply owed: "must confirm their availability by August 18")
    r"|confirm(?!\s+(?:their|your|his|her|its|our|attendance|participation|availability"
    r"|acceptance|places?|registration)\b)"
    r"|disclose|post)\b"
    # releasing or issuing tells only of what is read: not "to release the frozen grants by"
    # (nor what is sent in: "to send comments on the rule by July 9")
    r"|(?:release|issue|send|mail|receive|present|unveil)\s+(?!(?:\w+\s+)?(?:comments?|responses?"
    r"|applications?|submissions?|views|bids|nominations|questions|prox(?:y|ies)|forms?)\b)"
    r"(?:[\w'’-]+,?\s+){0,6}?(?:results|reports?|data"
    r"|figures|statistics|statements?|details|findings|lists?|names|documents|records|minutes"
    r"|information|guidance|letters?|notices?|notifications?|e-?mails?|updates?|decisions?"
    r"|transcripts?|estimates?|forecasts?|assessments?|audits?|reviews?|analys[ie]s|texts?"
    r"|drafts?|versions?|rules?|timetables?|schedules?|plans?)\b)",
    _F,
)


def telling_by(a: Anchor, text: str, s: int, e: int) -> bool:
    """The day by which a release, a publication or an announcement is due."""
    start = a.tx.start
    if not _BY_BEFORE.search(text, max(s, start - 24), start):
        return False
    return any(
        abs(m.start() - start) < 100
        # ("Responses are due by 15 November, and it plans to publish": another clause's)
        and not (m.start() > start and _NEXT_CLAUSE.search(text, a.tx.end, m.start()))
        for m in _TO_TELL.finditer(text, s, e)
    )


_PRESS_EVENT = re.compile(
    r"\b(?:news|press|media)\s+(?:conference|briefing|call)s?\b"
    r"(?:(?!\b(?:meeting|summit|vote|hearing|talks|launch|deadline)\b)[^.;]){0,60}$",
    _F,
)
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\b", _F)


_RELEASE_BEFORE = re.compile(r"\breleas(?:e|es|ed|ing)\b[^.;]{0,30}?\s(?:on|at|from)\s+$", _F)
_DOCUMENTS = re.compile(
    r"\b(?:results|reports?|data|figures|statistics|statements?|details|findings|lists?"
    r"|minutes|transcripts?|estimates?|forecasts?|documents?|records?|guidance|notices?"
    r"|papers?|accounts|earnings|numbers|text|study|survey|review|audit|rules?|decisions?)\b",
    _F,
)


def telling_day(a: Anchor, text: str, s: int, e: int) -> bool:
    """The day of a statement, an announcement, a publication or a filing."""
    start, end = a.tx.start, a.tx.end
    if called_off_day(a, text) or AS_THE_DATE.match(text, end):
        return False  # (what is put forward: "proposed February 27 as the new cut-off date")
    if _AS_A_HOLIDAY.match(text, end):
        return False  # ("has declared Monday 15 September a special public holiday": the day)
    if _MEET_AND.search(text, max(s, start - 70), start):
        return False  # (a telling joined to the event it ends: "will meet and announce its
        # decision on Sept. 22")
    if _RELEASE_BEFORE.search(text, max(s, start - 40), start) and not _DOCUMENTS.search(
        text, s, start
    ):
        return False  # (a thing set free or put on sale, not a paper: "the game will now be
        # released on February 10", "is to release 12 hostages on Sunday")
    if telling_by(a, text, s, e) or document_day(text, start, end):
        return True  # (and the day a document bears: "the agency's April 10, 2001, notice")
    if _TELLING_NEAR_BEFORE.search(text, max(s, start - 40), start) or CITED.search(
        text, max(s, start - 30), start
    ):
        return True  # (or a register's page: "at 82 FR 8985 on February 2, 2017")
    if _TELLING_OF.search(text, max(s, start - 60), start) or _PAPER_OF.search(
        text, max(s, start - 30), start
    ):
        return True  # (and a paper's own day: "the final rule of March 8, 2019")
    if _SOURCE_FILING.search(text, max(s, start - 110), start):
        return True
    # (the paper named after the act or just before it: "provisional findings set out on")
    if (
        (adopted := _ADOPTED_OF.search(text, max(s, start - 70), start))
        and _PAPERS.search(text, max(s, adopted.start() - 25), start)
        and not _VOTING_BODY.search(text, max(s, adopted.start() - 40), adopted.start())
    ):
        return True  # ("approved the rule change on Aug. 2", "findings set out on Nov. 3")
    if _DEICTIC.match(a.tx.text) and (
        _TELLING_TODAY.search(text, max(s, start - 40), start) or BROADCAST.search(text, s, start)
    ):
        return True  # ("will be emailed today", "Our top story tonight: ...")
    if _PRESS_EVENT.search(text, max(s, start - 90), start):
        return True  # "A news conference will be held on 10 November": a telling's day
    if RESULTS_DUE.search(text, max(s, start - 120), start) or PUBLICATION_OF.search(
        text, max(s, start - 100), start
    ):
        return True  # ("Publication of the final list of candidates: Monday, 25 November")
    if WEEKDAY.match(a.tx.text) and _TELLING_OBJECT.search(text, max(s, start - 50), start):
        return True  # "announced the runoff date Saturday": a bare weekday after the act
    day = a.tx.text.split(",")[0]  # ("will tell employees on Friday, July 29")
    if (WEEKDAY.match(day) or _DEICTIC.match(a.tx.text)) and TOLD_SOMEONE.search(
        text, max(s, start - 50), start
    ):
        return True  # "told parliament on Monday", "reminded owners today"
    after = text[end : min(e, end + 40)]
    # (not days a thing is called for: "called for October 4 and October 11 and warned")
    # (nor a deadline's day before a clause of its own: "by 19 December and said it would")
    told_after = _TELLING_AFTER.match(after) and not (
        CALLED_FOR.search(text, max(s, start - 40), start)
        or (_AND_AFTER.match(after) and _BY_OR_PLAN.search(text, max(s, start - 30), start))
    )
    if told_after or (a.day_level and _DOCUMENT_AFTER.match(after)):
        return True
    if _SET_A_TERM_AFTER.match(after) and not _TO_COME.search(text, max(s, start - 16), start):
        return True  # "governments on Thursday set a Monday deadline": the day of the setting
    opening = _OPENING_BEFORE.match(text[s:start])
    framed = _OPENING_AFTER.match(text[end : min(e, end + 120)]) if opening else None
    if opening and framed and (framed.group("comma") or "on" in opening.group().lower()):
        return True
    return bool(
        _DEICTIC.match(a.tx.text) and _FRAME.match(text[s:start]) and text[end : end + 1] == ","
    )


# "did not plan to remove him on Thursday", "has no plans to close it on June 1": a plan
# denied in the date's own clause dates nothing. Only a plan: "residents who do not register
# by June 30" and "will not take effect until June 1" date what they say.
_DENIED = re.compile(
    r"(?:\b(?:not|never)\s+|n't\s+)(?:\w+\s+)?(?:plan|intend|mean|schedule|expect)\w*\b"
    r"|\bno\s+(?:plans?|intention|schedule)\b",
    _F,
)
# "it's not tonight we're worried about", "the vote is not on Friday": the day itself denied
_DENIED_DAY = re.compile(r"(?:\bnot|n't)\s+(?:on\s+)?$", _F)
_WRONG_DAY = re.compile(r"[\"”’']\s+(?:is|was|are|were)\s+(?:hereby\s+)?corrected\s+to\b", _F)


def denied(a: Anchor, text: str, s: int) -> bool:
    lo = C.clause_start(text, max(s, a.tx.start - 80), a.tx.start)
    if _DENIED_DAY.search(text, max(s, a.tx.start - 12), a.tx.start) or _WRONG_DAY.match(
        text, a.tx.end
    ):
        return True  # (or a day set right after it: '"June 12" is corrected to read')
    return bool(_DENIED.search(text, lo, a.tx.start))


# "net income for the year ending June 30", "in the nine months ended Sept. 30": the day
# that names an accounting period. (A period of a rule or a truce that ends on a day, "the
# comment period ending March 2", dates its end, and so does a finite verb, "when the
# fiscal year ends Sept. 30": only years, quarters, halves and counted months or weeks
# named by their last day are accounts.)
_ACCOUNTS = re.compile(
    r"\b(?:year|quarter|half|\w+[\s-]+(?:months?|weeks?))\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:ended|ending)\s+(?:on\s+)?$",
    _F,
)


def names_accounts(a: Anchor, text: str, s: int) -> bool:
    return bool(_ACCOUNTS.search(text, max(s, a.tx.start - 40), a.tx.start))


def dates_a_commitment(a: Anchor, text: str, s: int, e: int, dct: dt.date) -> bool:
    return not ranged(a, text, s) and _dates_a_day(a, text, s, e, dct)


def _dates_a_day(a: Anchor, text: str, s: int, e: int, dct: dt.date) -> bool:
    return (
        names_a_day(a, text)
        and not denied(a, text, s)
        and not names_accounts(a, text, s)
        and not telling_day(a, text, s, e)
        and not publication_line(a, text, s, e, dct)
        and not judicial(a, text, s, e)
        and not conditional(a, text, s, e)
        and not turned_down(a, text, s, e)
    )


_CORRECTED = re.compile(C.CORRECTED_BEFORE, _F)


def corrected(a: Anchor, text: str, s: int, e: int) -> bool:
    """A day denied right after another one: the old date of the day before it."""
    return bool(
        _CORRECTED.search(text, max(s, a.tx.start - 12), a.tx.start)
        and names_a_day(a, text)
        and not telling_day(a, text, s, e)
    )


def old_span(a: Anchor, text: str, s: int, e: int, dct: dt.date) -> int | None:
    """The days after ``a`` that a span introduced as the old plan covers ("originally
    scheduled for October 15-16"): no commitment, but the old dates of the one that
    replaced it."""
    after = RANGE_AFTER.match(text, a.tx.end)
    if after is None or not a.day_level:
        return None
    if not C.SUPERSEDED_MARK.search(text, max(s, a.tx.start - 60), a.tx.start):
        return None
    span = int(re.sub(r"\D", "", after.group())) - a.first.day
    return span if 0 < span <= 7 and _dates_a_day(a, text, s, e, dct) else None
