"""Marks around a date that tell how it is read: the span a move is told by ("delayed two
weeks", "three days later than planned"), a clock time before its day, a clause of time with
a subject of its own, a thing spoken of."""

from __future__ import annotations

import re

from . import patterns as P
from .sentences import CELL_GAP_AHEAD

_F = re.IGNORECASE

# the words that give more time, before its span: "another", "an extra", "a further"
MORE_LEAD = r"(?:another|an\s+(?:additional|extra)|a\s+further)"
# the span a move is told by, right before it: "by two weeks", "delayed two weeks"
SHIFT_MARK = re.compile(
    r"\b(?:by|for|"
    + MORE_LEAD
    # the span right after the verb of the move: "extended 30 days", "delayed two weeks"
    + r"|(?:(?:extend|postpon|delay|defer|prolong)\w*|push(?:ed)?\s+back|put\s+(?:off|back)|moved(?:\s+(?:back|up))?"
    r"|brought\s+forward)(?:\s+(?:it|them|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?))?"
    # the particle after the object: "moved the tournament up a week"
    r"|(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|br(?:ing|ings|inging|ought)|put(?:s|ting)?)\s+"
    r"(?:it|them|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+){0,6}?)\s+(?:back|up|forward|off)"
    # (a headline's bare object: "pushes city parade back a day")
    r"|push(?:es|ed|ing)?\s+(?:[\w'-]+\s+){1,4}?back)\s+$",
    _F,
)
# the span told as more time: "gave the operator 30 more days, until Oct. 30"
SHIFT_WITHIN = re.compile(
    r"\b(?:more|extra|additional)\s+(?:days|weeks|fortnights|months|years)$", _F
)
# the same, leading the span itself: "an extra fortnight", "another 45 days"
SHIFT_LEAD = re.compile(MORE_LEAD + r"\b", _F)
# "three days later than planned": the span a date moved by, told after it
SHIFT_AFTER = re.compile(
    r"\s+(?:(?:later|earlier|sooner|longer)\s+than|(?:ahead|behind)\s+of\s+(?:schedule|plan"
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:date|deadline|timetable)))\b",
    _F,
)

# a clause of time with its own subject and verb between a cue and the date: the date is
# that clause's
WHEN_CLAUSE = re.compile(
    r"\b(?:when|once|after|before|while)\s+(?:they|it|he|she|we|you|(?:the|its|their)\s+\w+"
    r"|(?-i:[A-Z])[\w-]*(?:\s+[a-z]+)?)"  # ("when Mercosur presidents meet")
    r"\s+(?:\w+\s+)?(?:meet|meets|convene|convenes|gather|gathers|sit|sits|vote|votes|return"
    r"|returns|reconvene|reconvenes|resume|resumes)\b",
    re.I,
)
# a thing spoken of, not done: "a hearing on the Annex B proposal"
TOPIC = re.compile(
    r"\b(?:on|about|of|against)\s+(?:the|a|an|its|their|this)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
# the clock time told before its day: "at 11:59 p.m., Eastern Time, on"
CLOCK_LEAD = re.compile(rf"\b(?:at\s+)?{P.CLOCK_AND_ZONE}(?:on\s+)?$", re.I)
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)


def clock_lead(text: str, s: int, start: int, day: str) -> int | None:
    """Where the clock time of the day told at ``start`` begins, told before it ("at 11:59
    p.m., Eastern Time, on July 31") or as its own first words ("at midnight on Sunday")."""
    lead = CLOCK_LEAD.search(text, max(s, start - 40), start)
    if lead is None and _CLOCK_FIRST.match(day):
        lead = _AT_BEFORE.search(text, max(s, start - 4), start)
    return lead.start() if lead else None


FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", _F)  # the day a move or a span starts from
TARGET_MARK = re.compile(r"\b(?:to|until|till|into|for|on)\s+(?:the\s+)?$", _F)
# a time of day: "5.00pm", "9 a.m.", "00:01", "noon", "12:00 noon"
CLOCK = rf"(?:(?:{P.TWELVE})?(?:noon|midnight)|\d?\d(?:[.:]\d\d)?\s*[ap]\.?m\.?|\d?\d[:.]\d\d)"
_CLOCK_FIRST = re.compile(CLOCK, re.I)  # a day's own words open on its clock time
BY_MARK = re.compile(  # a clock time may stand between: "no later than 5.00pm on"
    r"\b(?:by|before|no\s+later\s+than|until|through)\s+(?:the\s+)?"
    rf"(?:{CLOCK}(?:\s+[A-Z]{{2,4}})?,?\s+(?:on\s+)?)?$",
    _F,
)
# "will not have to begin complying with the rule until March 31": the day a thing starts,
# not the end of a term
NOT_UNTIL_START = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:[\w-]+\s+){0,3}?(?:begin|start|comply|complying|take\s+effect"
    r"|apply|open|launch|kick\s+in|come\s+into\s+(?:force|effect)|go\s+into\s+effect"
    # (an obligation that starts then: "compliance ... will not be required until")
    r"|be\s+required(?=\s+until\b))\b"
    r"[^.;:]{0,160}\buntil\s+(?:the\s+)?$",
    _F,
)


def closes_term(text: str, lo: int, at: int) -> bool:
    """The day at ``at`` closes a term ("by May 27", "until June 30"), not the day a thing
    starts that will not start until then."""
    return bool(BY_MARK.search(text, max(lo, at - 40), at)) and not NOT_UNTIL_START.search(
        text, max(lo, at - 240), at
    )


# a sentence about the date of what was just told: "The deadline initially set was ...",
# "Until now the deadline had been ...", "The previous cut-off was ..."
DATE_SUBJECT = re.compile(
    r"\W*(?:until\s+now,?\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:deadline|date|cut-?off)\b", _F
)
# a sentence that speaks of another thing: "Separately, funding runs out on September 30"
SEPARATELY = re.compile(
    r"\W*(?:separately|elsewhere|in\s+(?:a\s+)?separate\s+\w+|in\s+other\s+news"
    r"|(?:a|an)\s+(?:separate|unrelated)\s+\w+)\b",  # "A separate exchange offer ..."
    _F,
)
# a gazette's day ("the notice that appeared in the Federal Register on March 4") and the day
# a rule was put forward, not a day it proposes ("EPA proposed the rule on")
GAZETTE_ACTS = (
    r"appeared(?=\s+in\s+(?:the\s+)?(?:Federal\s+Register|Official\s+Journal|(?:\w+\s+)?Gazette)\b)"
    r"|proposed(?=\s+(?:the|its|a|an|new|these)\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?"
    r"|standards?|amendments?|requirements?|guidelines?|legislation)\s+on\s)"
)
# a thing that ran its course on a day: "the waiting period expired on Dec. 19"
RAN_ITS_COURSE = r"(?:ended|expired|lapsed|took\s+effect|went\s+into\s+effect|came\s+into\s+force)"
# a past event's verb right before its day: "after parliament voted (7-2) on Tuesday"
PAST_EVENT_BEFORE = re.compile(
    r"\b(?:met|took\s+place|was\s+held|were\s+held|happened|occurred|ended|began|started"
    r"|fell|dropped|rose|announced|signed|voted|ruled|expired|came\s+into\s+force|took\s+effect"
    r"|went\s+into\s+effect|imposed|launched)\s+(?:\d+-\d+\s+)?(?:on\s+|late\s+|early\s+)?$",
    _F,
)
# a past verb after a plan's day: "matches scheduled for Wednesday fell victim to the storm"
# (not when the clause puts the plan off: "the regatta set for Saturday was postponed")
PAST_AFTER_PLAN = re.compile(
    r"\s+(?:(?:were|was|had\s+been)\s+(?!(?:\w+\s+)?(?:postpon|delay|cancel|call|mov|put|push"
    r"|scrap|resched|brought|defer|suspend|extend|expected|due|set|to)\w*)\w+|fell|went|came)\b",
    _F,
)
# the date a new one replaced, named as such: "the previous deadline", "the original date"
THE_OLD_DATE = (
    r"(?:previous|prior|original|old|former)\s+(?:[\w-]+\s+)?(?:deadline|date|closing\s+date"
    r"|cut-?off(?:\s+date)?)"
)
# only the day is off: "will not take place on that date", "will not now take place this
# spring" (put off, not called off; "will not take place this year" calls off an edition)
ON_THAT_DAY = (
    r"(?:on\s+(?:that|this|the\s+(?:scheduled|planned|original))\s+(?:date|day)\b(?!\s+of\b)"
    r"|this\s+(?:spring|summer|autumn|fall|winter)\b)"
)
# what an idea floated is: a plan or a change, not a bond or shares
FLOATED = (
    r"(?:idea|plan|proposal|extension|stopgap|deal|option|compromise|delay|postponement|date"
    r"|deadline|measure|bill)s?\b"
)


# changes in general, none dated: "every delay", "any further extension", "a backlog of nine
# postponed games", "several cancelled flights"
_GENERIC = re.compile(
    r"\b(?:every|any|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|many|numerous|multiple|dozens\s+of|hundreds\s+of|backlog\s+of)"
    # (not a figure of a table's cell before the next: "March 12, 2024      Cancelled")
    rf"(?!{CELL_GAP_AHEAD})\s+(?:(?:further|new|more|other)\s+)?$"
    # a measure of lateness: "reduced by one per cent for each working day of delay"
    r"|\b(?:each|every|per)\s+(?:[\w-]+\s+)?(?:day|week|month)\s+of\s+$",
    re.IGNORECASE,
)


# a change asked for in vain: "despite calls from two parties for a delay" (not "despite a delay")
DESPITE = re.compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:[\w-]+\s+){0,6}?(?:calls?|requests?"
    r"|demands?|pressure|appeals?|pleas?|push|bids?)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


def generic(text: str, s: int, at: int) -> bool:
    """A change in general, none dated: "every delay", "nine postponed games"."""
    g = _GENERIC.search(text, max(s, at - 30), at)
    # (a day's number is no count: "planned for Jan. 18 will not be held")
    return g is not None and not _DAY_BEFORE.search(text, max(s, g.start() - 12), g.start() + 1)


# (nor a date's year: "planned for January 21, 2026 will not take place")
_DAY_BEFORE = re.compile(r"(?:[A-Za-z]{3}\.?|\d,)\s\d$")
# a broadcast's own time, not a day of what it tells: "Our top story tonight: ..."
BROADCAST = re.compile(r"\b(?:stor(?:y|ies)|news|headlines?|bulletin|programme)\s+$", re.I)
# a page's change note: a day heading its line, then what changed (not "Due date (moved from")
LINE_HEAD = re.compile(r"(?:^|\n)[ \t*•-]*$")
CHANGE_NOTE = re.compile(
    r":\s+[^.\n(]{0,120}?\b(?:added|updated|changed|moved|amended|corrected|removed|published"
    r"|revised|replaced|deleted|clarified|withdrawn|(?:has|have)\s+been\s+\w+ed|extended\s+by)\b",
    re.IGNORECASE,
)
# what a date is compared with when a move is told by its span: "a month later than first
# proposed", "two weeks earlier than the original date", "later than the date set in the law"
THE_PLAN = (
    # ("than it had announced", "than officials first planned", "than the department had
    # required")
    r"(?:(?:(?:it|they|he|she|we|officials|organi[sz]ers|the\s+[a-z]+)\s+)?"
    r"(?:(?:had|has|have|was|were)\s+)?"
    r"(?:(?:first|originally|initially|previously)\s+)?(?:planned|scheduled|announced|expected"
    r"|intended|proposed|envisaged|foreseen|agreed|listed|advertised|billed|required|set|told"
    r"|promised|indicated|signal+ed)\b"
    r"|(?:the\s+)?(?:original|initial|earlier"
    r"|previous|planned|first)\b"
    # ("than the date set in the law", "than the deadline it announced last month")
    r"|the\s+(?:date|deadline|day|target)\s+(?:(?:it|they|he|she|we|officials|the\s+\w+)\s+)?"
    r"(?:had\s+)?(?:set|fixed|given|gave|planned|announced|promised)\b"
    r"|the\s+(?:originally|initially|previously|first)\s+(?:announced|planned|scheduled|set)\b"
    # ("two weeks later than before": than the day in force before)
    r"|before\b(?!\s+(?:the|a|an|it|they|its|their|\d))"
    r")"
)
# where a sentence joins two clauses that may each tell a change of their own
CLAUSE_JOIN = re.compile(
    r"\s+and\s+(?=(?:said|says|announced|added|agreed|decided)\b)|,\s+and\s+|;\s+|,\s+but\s+"
    # a list of clauses, each with a subject of its own: "the plenary has moved to tomorrow,
    # the trade ministers' Friday session is off"
    r"|,\s+(?=(?:the|its|their)\s)",
    _F,
)
# a clause of a contrast after the date speaks of something else
OTHER_CLAUSE = re.compile(
    r";|,\s+(?:while|whereas|although|though)\b"
    r"|,\s+and\s+(?:urged|asked|called\s+on|told|warned)\b"  # "..., and urged the union to"
    # a reason or a circumstance: "from January 6 as it shifts aircraft to busier routes",
    # "takes effect on December 15, adding a service and extending late trains"
    r"|\s+as\s+(?:it|they|he|she|we)\s|,\s+adding\b"
    # or what it brings about: ", raising the prospect that the summit could be delayed"
    r"|,\s+raising\s+the\s+(?:prospect|possibility|risk)\b",
    _F,
)

# the term one had, told beside the one now given: "who had until May 31 to return them",
# "had promised patches only until July 13",
# "papers, which had to be lodged by Sept. 12"; and a plan one had told
HAD_UNTIL = (
    # (not the new term of a change made: "had extended its offer until")
    r"had\s+(?!(?:postpon|delay|push|mov|shift|extend|prolong|resched|defer)\w*\b)"
    r"(?:\w+\s+(?:\w+\s+){0,3}?)?until|had\s+to\s+(?:be\s+)?\w+(?:\s+\w+){0,3}?\s+(?:by|before)"
    # what one had said would happen: "had said the offer would lapse at midnight on Friday"
    r"|had\s+(?:said|announced|warned|indicated)\b(?:\s+\w+){0,5}?\s+would|"
)

# "first set for May 18" ("the first scheduled flight" is no plan's old date)
FIRST_SET = r"first\s+(?:set|scheduled|planned|slated|due|announced|noticed|called|fixed|pencil+ed\s+in)\s+(?:for|to|on|was)"

# a forecast told in the past perfect is the plan that was, no forecast: "talks that had been
# expected to resume on Tuesday"
PAST_PLAN = re.compile(r"\bhad\s+(?:been\s+)?(?:expected|anticipated)\b", _F)
# a change told as long past, whatever dates its sentence gives: history, not news
LONG_AGO = re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the|that)\s+(?:year|month)|(?:last|past)\s+(?:year|month"
    r"|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|several|a\s+few|\d+)"
    r"\s+(?:months?|years?)\s+(?:ago|earlier|before|after))\b",
    _F,
)

# more time: "30 more days", "an extra fortnight", "another 45 days", "a further three months"
MORE_TIME = (
    r"(?:(?:" + MORE_LEAD + r"|[\w-]+\s+(?:more|additional|extra|further))"
    r"\s+(?:[\w-]+\s+)?(?:day|week|fortnight|month|year)s?\b"
    # (or more time, told with what it is for: "gave the county more time to certify")
    r"|(?:more|additional|extra|further)\s+time\s+(?=to\s|for\s|until\s|before\s))"
)
# what a thing is kept, told after it: "its truce in place for", "the window open for"
KEPT_FOR = r"(?:in\s+(?:place|force|effect)|open|suspended)\s+for"

# a thing called for a day is convened then: "a second strike called for May 2"
CALLED_THING = "".join(
    rf"(?<!\b{w}\s)"
    for w in ("strike", "strikes", "walkout", "stoppage", "meeting", "election", "elections")
    + ("vote", "session", "protest", "protests", "referendum", "summit", "poll", "polls")
)

# what would have been, had a change not come: "the truce, which would have expired on Nov.
# 10", "without it, funding would have run out at midnight Friday" ("would have to" is an
# obligation, a modality of its own)
HAVE_DONE = r"have\s+(?:been\s+)?(?:\w+(?:ed|en)|run|gone|begun|come|hit|set|put|cut|kicked)\b"
UNREAL = r"(?:would|should|ought\s+to)\s+(?:otherwise\s+|normally\s+|usually\s+)?" + HAVE_DONE

# right before the date: "the deadline, which had been Friday", "which was May 2", "replacing
# the January 12 date"
# a day set right, before the day it denies: "on March 6, not Feb. 27 as announced"
CORRECTED_BEFORE = r",\s+(?:and\s+)?not\s+(?:on\s+)?$"
OUTRIGHT = (
    r"|\b(?:had\s+been|(?:which|that)\s+(?:was|were)|replacing(?:\s+the)?"
    r"|in\s+place\s+of(?:\s+the)?)\s+(?:on\s+)?$"
    r"|"
    + CORRECTED_BEFORE
    # a term's close told as past in a clause of its own: "The round, which closed at 17:00
    # on 13 March, will now close on"
    # (not a clause that names the thing: "at talks that ended on Wednesday")
    + r"|,\s+(?:which|that)\s+(?:closed|ended|expired|lapsed)(?:\s+at\s+[\d:.]+(?:\s*[ap]\.?m\.?)?)?"
    r"\s+on\s+$"
)
# the verbs of a plan's own event: it starts, ends, meets, takes effect...
EVENT_VERBS = (
    r"start|begin|take\s+effect|come\s+into\s+force|expire|end|meet|vote|rule|launch"
    r"|open|close|resume|kick\s+in|run\s+out|lapse|convene|decide|apply|commence|conclude"
    r"|go\s+(?:on\s+sale|ahead|live|into\s+(?:effect|force|service|operation))"
)
# a plan told in the future of the past: "the window, which was to close on March 8"
# ("which were to be received by August 17": what was to reach someone by a day)
TO_EVENT = (
    rf"to\s+(?:{EVENT_VERBS}|be\s+(?:held|paid|made|issued|sent|published|played|received"
    r"|submitted|filed|lodged|returned|completed|delivered|due)|stop|cease|finish|halt|shut|hold)"
)
WAS_TO = rf"|(?:was|were)\s+(?:{TO_EVENT}|to\s+{HAVE_DONE}|going\s+to)\b"
# what an agreement is called: "reached a tentative deal", "struck an accord"
AGREEMENT = r"(?:deal|agreement|accord|compromise|settlement)"

# a clause after a change that tells its cause, up to a day in it: "will not go ahead, after
# ministers meeting on Monday could not agree"
AFTER_CLAUSE = re.compile(
    r"(?:,\s+after\b|(?<!\buntil)(?<!\btill)\s+after\s+(?=(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:[a-z]+ed|could\s+not|did\s+not)\b))(?:(?!,|;|\band\b|\bbut\b)[^.])*$",
    _F,
)

# a speaker told after what they said, and what they add: "..., a Palestinian official in the
# talks said", "..., the Commission said, adding that"
SPEAKER_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,6}?(?:said|says|added|told)\b"
    r"|,\s+(?:adding|saying|noting)\b",
    _F,
)

IT_WAS = re.compile(r"\W*(?:it|that)\s+(?:was|had\s+been)\s+", _F)
# a sentence whose subject is the old plan itself: "The original comment period ... closed"
OLD_SUBJECT = re.compile(
    r"\W*(?:the|its|their)\s+(?:original|initial|previous|earlier|first|old)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:period|deadline|date|window|schedule|timetable|plan|cut-?off)\b",
    _F,
)

# an old plan told by its verb, far ahead of its day: "were originally required to certify
# that all mission-critical systems had been remediated and tested by 31 December"
FAR_OLD = re.compile(
    r"\b(?<!\bas\s)(?:originally|initially|previously|formerly)\s+(?:been\s+)?"
    r"(?:required|set|scheduled|planned|due|meant|supposed|told|asked|ordered|obliged)\b"
    # (a plan told to someone before, in the past perfect: "Developers had been told in
    # November that existing apps would have to comply by May 1")
    r"|\bhad\s+been\s+(?:told|advised|informed|notified|instructed)\b",
    _F,
)

# what a change leaves out, up to the change named: "are not covered by the extension",
# "are not affected by this proposal", "exempt from the delay"
LEFT_OUT_OF = (
    r"\b(?:not\s+(?:be\s+)?(?:covered\s+by|affected\s+by|changed\s+by|included\s+in|subject\s+to"
    r"|eligible\s+for)|(?:excluded|exempt(?:ed)?)\s+from)\s+(?:the|this|that|its|any)\s+(?:[\w-]+\s+)?"
)
# a plan told as holding, or as another thing than what moved: "will proceed as
# scheduled", "will still take place", "were not affected by the delay", "a separate
# licence": a change the document tells elsewhere is not its change
UNAFFECTED = re.compile(
    r"\b(?:as\s+(?:originally\s+|previously\s+)?(?:scheduled|planned|announced|advertised|listed)|still|separate|unaffected|unchanged|remains"
    r"|not\s+(?:be\s+)?(?:affected|covered\s+by|included\s+in)|(?:will|to)\s+go\s+ahead|goes\s+ahead"
    r"|(?:keep|keeps|kept|keeping|retain\w*)\s+(?:its|their|the)\s+(?:original|planned"
    r"|scheduled|existing)\s+dates?"
    r"|(?:will|would|does|did|is|are)\s+not\s+(?:be\s+)?chang(?:e|ed|ing)"
    r"|can(?:not|'t|\s+not)\s+be\s+(?:changed|moved|altered|extended"
    r"|postponed|delayed))\b",
    _F,
)
# a clause the speaker adds after the day: "called for October 4 and warned that more dates
# could follow" (its modal is not the day's)
SAID_AFTER = re.compile(
    r"\b(?:and|but)\s+(?:[a-z]+\s+){0,3}?(?:said|says|warned|warns|added|adds|noted|cautioned"
    r"|insisted|stressed)\b",
    _F,
)
# the same, or a second predicate of the subject joined after the day: "meet in Djibouti on
# Jan. 18 and are likely to discuss" (its forecast is not the meeting's)
OWN_PREDICATE_AFTER = re.compile(
    SAID_AFTER.pattern + r"|\s+and\s+(?:are|is|were|was|will|would|have|has)\b", _F
)
# a thing's past told in an adjective: "their long-delayed free trade agreement"
HISTORY_ADJ = re.compile(r"\b(?:long|much|oft|often|twice|thrice|repeatedly)-$", _F)
# a plan that held, told after its day: "were due on March 20, as usual"
AS_USUAL = re.compile(r",?\s*as\s+(?:usual|normal|always|every\s+year|in\s+previous\s+years)\b", _F)
# more time given, or a move made, told in the present perfect: news, not history ("has given
# companies 30 more days"; not "a decision that has angered shareholders")
HAS_DONE = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:been\s+)?(?:given|granted|allowed|extended"
    r"|postponed|delayed|deferred|pushed|put|moved|brought)\b",
    _F,
)
# the text's own act, told in the present: "This document extends", "This action delays"
OWN_ACT = re.compile(
    r"\bthis\s+(?:document|notice|action|(?:final\s+)?rule|order|decision)\s+(?:hereby\s+)?(?!propos|was\b|is\b|has\b)[a-z]+s\b",
    _F,
)
# a term one has, to a day: "Licence holders now have until 14 July to submit"
HAVE_UNTIL = re.compile(r"\b(?:have|has|had|given|gives)\s+(?:[\w-]+\s+){0,3}?until\s+$", _F)


# a past day on which something ran its course, in a sentence that calls something else off
# or tells what no longer holds ("no longer faces a hurdle: the waiting period expired on
# Dec. 19")
RAN_ITS_COURSE_BEFORE = re.compile(
    rf"\b(?:{RAN_ITS_COURSE}|(?:was|were)\s+held)\s+(?:on\s+)?$", re.IGNORECASE
)
# the day an agreement was reached, which a sentence of something called off may also tell
# ("the strike was averted after the two sides reached a tentative deal late Sunday")
AGREED_BEFORE = re.compile(
    r"\b(?:reach(?:ed|ing)|struck|striking|seal(?:ed|ing)|clinch(?:ed|ing)|sign(?:ed|ing)"
    rf"|ratif(?:ied|ying))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}(?:{AGREEMENT}|contract)\s+"
    # (with whom or on what: "after reaching a deal with the hospital group late Wednesday")
    r"(?:(?:with|on)\s+(?:[\w'’-]+\s+){1,5}?)?(?:(?:late|early)\s+)?(?:(?:on|in\s+the\s+\w+\s+of)\s+)?$"
    r"|\bagreed\s+(?:on\s+)?$",
    re.IGNORECASE,
)

BULLET = re.compile(r"\s*(?:[-*•–]|\(?[a-z\d]\)|\d{1,2}\.)\s")  # a list's item: "- ", "(a) ", "2. "
NUMBERED = re.compile(r"[^\S\n]*\d{1,2}[.)][^\S\n]+\S")  # a paragraph numbered as an item: "2. The"
ENTRY_HEAD = re.compile(r"\s*\d{1,2}[:.]\d\d\s*[—–-]\s")  # a live page's entry: "15:10 — ..."
