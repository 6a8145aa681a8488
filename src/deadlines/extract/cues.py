"""Commitment cues: event keywords by kind and status verbs (precompiled)."""

from __future__ import annotations

import re

from .lexicon import DAY_HEAD as DAY_HEAD
from .lexicon import KIND_PATTERNS as KIND_PATTERNS
from .lexicon import MONTH_RE, PERMITTED, WEEKDAY_RE
from .marks import AGREEMENT as AGREEMENT
from .marks import BY_MARK as BY_MARK
from .marks import (
    CALLED_THING,
    EVENT_VERBS,
    FLOATED,
    HAVE_DONE,
    KEPT_FOR,
    MORE_TIME,
    ON_THAT_DAY,
    THE_PLAN,
)
from .marks import CLAUSE_JOIN as CLAUSE_JOIN
from .marks import CORRECTED_BEFORE as CORRECTED_BEFORE
from .marks import FROM_BEFORE as FROM_BEFORE
from .marks import LONG_AGO as LONG_AGO
from .marks import PAST_AFTER_PLAN as PAST_AFTER_PLAN
from .marks import PAST_EVENT_BEFORE as PAST_EVENT_BEFORE
from .marks import PAST_PLAN as PAST_PLAN
from .marks import RAN_ITS_COURSE as RAN_ITS_COURSE
from .marks import SHIFT_AFTER as SHIFT_AFTER
from .marks import SHIFT_MARK as SHIFT_MARK
from .marks import TARGET_MARK as TARGET_MARK
from .marks import THE_OLD_DATE as THE_OLD_DATE
from .marks import TO_EVENT as TO_EVENT
from .marks import UNREAL as UNREAL
from .marks import closes_term as closes_term
from .old_marks import PLANNED_MARK as PLANNED_MARK
from .old_marks import PREVIOUS_MARK as PREVIOUS_MARK
from .old_marks import SUPERSEDED_MARK as SUPERSEDED_MARK

_F = re.IGNORECASE

# the verbs that report what someone said or settled ("said", "told reporters", "decided")
REPORTED = (
    r"\b(?:said|saying|says|announced|confirmed|stated|told\s+\w+|added|promised|pledged"
    r"|decided|determined|quoted|reported)\b"
)
REPORTED_VERB = re.compile(REPORTED, _F)
# a reporting clause that closes the sentence: ", the ministry said." / ", he told reporters."
CLOSING_SAID = re.compile(
    r",\s*(?:[\w.'’-]+\s+){0,6}?" + REPORTED + r"(?:\s+[\w.'’-]+){0,4}[\s.;\"”]*$", _F
)

CANCEL = re.compile(
    # (not a choice given: "customers can change or cancel their tickets until May 31")
    r"\beliminat\w*\s+the\s+threat|\bcall(?:ed|s|ing)?\s+off\b|\bdrop(?:s|ped|ping)\s+(?:the|its|their|plans?\s+for)\s"
    # (not a stance given up: "after Hungary dropped its objections")
    r"(?!(?:[\w-]+\s+)?(?:objections?|opposition|veto|resistance|reservations|demands?|insistence)\b)"
    r"|(?<!\bcan\s)(?<!\bor\s)(?<!-)\bcancel\w*+"
    # (not the name of a thing about cancelling: "cancellation flows", "a cancellation fee")
    r"(?!\s+(?:flows?|polic(?:y|ies)|fees?|forms?|charges?|rights?|requests?|terms"
    r"|insurance|window|buttons?|process(?:es)?|procedures?|options?)\b)|\bscra[pb](?:s|ped|ping|bed|bing)?"
    r"\b|\babandon\w*|\bwithdr(?:aw|aws|awn|awing|ew)\s+(?:the|its|their|a|his|her)\s+"
    r"(?:plan|proposal|threat|rule|notice|order|tariffs?|offer|bill)|\brescind\w*|\brevers(?:e|es|ed|ing)\s+(?:that|this|the|its|their|our)\s+(?:decision|plans?)\b|\brevok\w*|(?<!\bto\s)\bavert\w*"
    # (averting is a change once done, not as an aim: "races the deadline to avert a shutdown")
    # the verb, not the plural noun: "shelved the plan", "shelves its plan", not "from shelves"
    r"|\bshelv(?:e|ed|ing)\b|\bshelves\s+(?:the|its|their|a|an|plans?)\b"
    # (a thing taken off its slot: "pulled the film from the Dec. 8 theatrical date")
    r"|\bpull(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?from\s+(?:the|its|their)\s+"
    r"(?=(?:[^.;]|\.(?=\s\d)){0,30}\b(?:date|slot|schedule|calendar|line-?up)\b)"
    r"|\bdrop(?:s|ped|ping)?\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|threat|proposal"
    r"|service|route|flights?|event|concert|fixture|match|game|session)\b"
    # a plan or an event withdrawn or dropped ("the third instalment ... is withdrawn"), not
    # troops withdrawn from a place
    r"|\b(?:plans?|proposals?|bids?|motions?|instal+ments?|payments?|sessions?|meetings?|events?"
    r"|routes?|services?|windows?|rounds?|fixtures?|concerts?|match(?:es)?|deadlines?|dates?"
    r"|auctions?|hearings?|interruptions?|closures?|works|strikes?|walkouts?|dut(?:y|ies)|tariffs?|levy|levies"
    r"|(?:sur)?tax(?:es)?|fees?|charges?|rules?|requirements?"
    r"|ceremon(?:y|ies))"
    # (not across a contrast: "keep its dates, May 5 and 6, but the dinner has been dropped")
    r"\b(?:(?!\bbut\b)[^.;]|(?<=\b(?-i:[A-Z]))\.){0,80}?\b(?:is|are|was|were|been)\s+(?:now\s+)?(?:withdrawn"
    r"|dropped)\b"
    # (a plan off, not a stop that starts on a day: "From 6 April you will no longer be able")
    # (a period ended early: "the comment period ... has been terminated"; not the day a
    # contract "terminates on")
    r"|(?:(?<=\bhas\sbeen\s)|(?<=\bhave\sbeen\s)|(?<=\bhad\sbeen\s)|(?<=\bwas\s)|(?<=\bwere\s))"
    r"terminated\b"
    r"|\bno\s+longer\s+(?:be\s+)?(?:take|takes|taking|go|goes|going|held|happen\w*|planned"
    r"|scheduled|expected|required|needed|due|set|on)\b|\bremov\w*\s+the\s+threat|\bstruck\s+down|\bvacat(?:ed|es)\b"
    # a plan not held after all: "will not hold their planned retreat", "will not be meeting in
    # Libreville on Monday after all"
    r"|\b(?:will|would)\s+not\s+(?:now\s+)?(?:hold|be\s+holding)\s+(?:the|its|their)\s+"
    r"(?:planned|scheduled)\b|\b(?:will|would)\s+not\s+be\s+meeting\b(?=[^.;]{0,80}\bafter\s+all\b)"
    # called off for good: "will not be rescheduled", "won't go ahead"
    r"|\b(?:not|n['’]t)\s+(?:be\s+)?rescheduled\b"
    # (or could not on its day: "could not go ahead on Tuesday because of the blackout")
    r"|\b(?:(?:will|would|could|did)\s+not|won['’]t|couldn['’]t|didn['’]t|(?:was|were)\s+unable\s+to)"
    r"\s+(?:now\s+)?(?:go\s+ahead|take\s+place|be\s+held)\b"
    r"(?!\s+" + ON_THAT_DAY + ")"
    # (with an adverb of consequence before "not": "will therefore not go ahead")
    r"|\b(?:will|would)\s+(?:therefore|thus|consequently|now|also|then)\s+not\s+"
    r"(?:go\s+ahead|take\s+place|be\s+held)\b(?!\s+" + ON_THAT_DAY + ")"
    # "the friendly ... is off after the visitors pulled out"
    r"|\b(?:is|are)\s+off(?=\s*(?:[.;,]|after\b|because\b|following\b|due\b))"
    # a plan denied: "will not double its tariffs on June 1 as planned"
    r"|\b(?:will|would)\s+not\s+(?=(?:(?!\b(?:but|while|although)\b)(?:[^.;]|(?<=\b(?-i:[A-Z]))\.)){0,140}?\bas\s+(?:originally\s+|previously\s+)?"
    r"(?:planned|scheduled|intended|foreseen)\b)"
    # an event the subject of "has been dropped" ("The race, provisionally set for June 8, has
    # been dropped after ..."; not "ticket prices for the show ... dropped to", "charges
    # against the organisers of the rally were dropped", "was dropped for the final")
    r"|(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bfor\sthe\s)(?<!\bagainst\sthe\s)\b(?:races?|games?"
    r"|tournaments?|festivals?|shows?|performances?|parades?|marathons?|rall(?:y|ies)|summits?"
    r"|conferences?|exams?|examinations?)\b(?:(?!\b(?:will|would|is|are|was|were|although"
    r"|though|but|while|and)\b)[^.;]){0,80}?\b(?:has|have)\s+been\s+dropped\b"
    r"(?!\s+(?:to|for|by|from\s+(?:the\s+)?(?:team|squad|side))\b)",
    _F,
)
# the object between a verb and its particle: "the vote", "its launch of the new system"
_OBJECT = r"(?:the|its|their|this|that|his|her|a|an|it|them)\s+(?:[\w'’£$€%-]+\s+){0,12}?"
# (a long one before the days it moves between: "move the date by which manufacturers must
# submit their first annual report on refrigerant use from March 31, 2027, to ...")
_LONG_OBJECT = _OBJECT.replace("{0,12}", "{0,18}")
# the span of time a cue follows: "three weeks ahead of schedule", "five days longer than"
_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years")


def _after_span(word: str) -> str:
    """``word`` right after a span's unit (the word first, so that the pattern fails fast)."""
    return rf"\b{word}(?:" + "|".join(rf"(?<={u}\s{word})" for u in _UNITS) + ")"


_THE_DAY = rf"the\s+(?=(?:{MONTH_RE}|{WEEKDAY_RE}|\d{{1,2}}\s+{MONTH_RE})(?![a-z]))"
# a day written out: "1 July 2026", "July 1", "Monday" (not "12 monthly payments", "May Bus")
_A_DAY = rf"(?:\d{{1,2}}\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\.?\s+\d|(?:{WEEKDAY_RE})\b)"
POSTPONE = re.compile(
    rf"\bpostpon\w*|\bdelay(?:s|ed|ing)?\b(?!\s+tactics?\b)|\bpush(?:es|ed|ing)?\s+back|\bput(?:s|ting)?\s+off|\bcontinu(?:e|ed|es|ing)\s+(?=(?:the|this|its)\s+(?:public\s+)?(?:hearing|meeting|matter|item|session)\s+to\s+(?:next\b|a\s+later\b|{MONTH_RE}|{WEEKDAY_RE}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}))"
    # "put back to Friday" (not "put back on sale"): a date moved later
    r"|\bput(?:s|ting)?\s+back\s+(?=(?:to|until|till)\s+(?:(?:next|this|the|late|early|mid)[\s-]+)?"
    rf"(?:{MONTH_RE}|{WEEKDAY_RE}|\d|end\b|start\b|spring|summer|autumn|fall|winter|week|month|year)"
    r"|(?:by\s+)?(?:a|an|one|two"
    r"|three|four|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?)\b)"
    # ("has put back the general election by three weeks": its object between)
    rf"|\bput(?:s|ting)?\s+back\s+{_OBJECT}(?=by\s+(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:days?|weeks?|fortnights?|months?|years?)\b)"
    # (not a thing of finance so named: "deferred payment credit", "deferred compensation")
    r"|\bdefer\w*+(?!\s+(?:payments?|compensation|tax(?:es)?|income|revenues?|credit|action"
    r"|prosecution|annuit\w+|interest|charges?|costs?|shares?|stock|pay)\b)"
    rf"|\breschedul\w*|\bsuspend\w*+(?!\s+(?-i:[A-Z])[a-z]+\b)(?![^.;]{{0,60}}?\b(?:(?:from|starting|beginning)\s+(?:on\s+)?[A-Z\d]|(?:on|at)\s+(?:{WEEKDAY_RE}|{MONTH_RE}|\d)))"
    r"|\bmov(?:e|es|ed|ing)\s+back\b"
    # a thing pushed to a later time, as headlines tell it: "pushes hemp testing rule to
    # spring" (not "pushed to the brink", nor "push for")
    rf"|\bpush(?:es|ed|ing)?\s+(?:{_OBJECT})?(?:to|into|until|past|beyond)\s+(?:next\s+|late\s+"
    rf"|early\s+|mid-?)?(?:{MONTH_RE}|{WEEKDAY_RE}|spring|summer|autumn|fall|winter)\b"
    # a thing pushed back by a span, as headlines tell it: "pushes festival parade back a day"
    r"|\bpush(?:es|ed|ing)?\s+(?:[\w'(),-]+\s+){1,8}?back\s+(?=(?:by\s+)?(?:a|an|one|two|three|four"
    r"|five|six|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?)\b)"
    r"|\bpaus(?:es|ed|ing)\b|\b(?:to|will|would|may|could|should)\s+pause\b"
    # ("pushed out the deadline for their ruling to Jan. 9"; not "pushed out of")
    r"|\bpush(?:es|ed|ing)?\s+out\b(?!\s+of\b)"
    # (a thing stopped for a time: "a judge on Thursday temporarily blocked a rule")
    r"|\btemporarily\s+(?:blocked|blocks|halted|halts|froze|freezes|frozen|barred|bars)\b"
    # (a thing stayed with no day: "put its new climate-disclosure rule on hold")
    r"|\b(?:put|puts|putting|placed|places|placing)\s+(?:[\w'’-]+\s+){0,6}?on\s+hold\b"
    # (a step not taken yet: "would hold off on raising tariffs")
    r"|\b(?:hold(?:s|ing)?|held)\s+off\s+on\b"
    rf"|\blater(?<!\bno\slater)(?<!\bnot\slater)\s+than\s+(?:{THE_PLAN}|{_THE_DAY})"
    r"|\badjourn(?:s|ed|ing)?\s+(?:until|till|to)\b"  # "the hearing was adjourned until"
    # (or adjourned with its business not done, to be taken up again: "was adjourned without
    # any business being conducted"; not a day's sitting ended, "adjourned at 5 p.m.")
    r"|\b(?:was|were|has\s+been|have\s+been)\s+adjourned\b(?!\s+(?:at|sine\s+die|for\s+the\s+day"
    r"|for\s+the\s+(?:night|evening|weekend))\b)"
    # (with its object between: "Adjourns Special Meeting of Stockholders to July 7, 2016")
    # (not a house's sitting: "adjourned Thursday afternoon until Tuesday")
    rf"|\badjourn(?:s|ed|ing)?\s+(?!{WEEKDAY_RE}\b)(?:the|its|their|a|an|(?-i:[A-Z])[\w'’-]*)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:until|till|to)\s+(?=(?:{MONTH_RE}|{WEEKDAY_RE})\b)"
    # a list line with no new day yet: "New date: to be confirmed"
    r"|\b(?:new|revised)\s+date\s*:\s*(?:to\s+be\s+(?:confirmed|announced|arranged|fixed|set)|tb[cad]\b)"
    # or a table's cell after the old day: "Audit panel | March 21 | To be confirmed"
    r"|\b(?:(?<=\|)|(?<=\|\s)|(?<=\t)|(?<=\s{3}))"
    r"(?:to\s+be\s+(?:confirmed|announced|arranged|fixed|set|rescheduled)|tb[cad])[^\S\n]*(?=\||\n|$)"
    # a notice's own day given as the new one: "has been moved to the date and time above"
    r"|\b(?:moved|rescheduled|changed)\s+to\s+the\s+(?:new\s+)?date\s+(?:and\s+time\s+)?(?:shown\s+|listed\s+|given\s+)?above\b"
    r"|\b(?:(?:will|would)\s+not|won['’]t)\s+(?:now\s+)?(?:go\s+ahead|take\s+place|be\s+held)\s+"
    + ON_THAT_DAY
    # the meeting held again after one adjourned: "the adjourned meeting will be held on"
    + r"|\badjourned\s+(?:(?:general|annual|extraordinary)\s+)?(?:meeting|session|sitting|AGM|EGM)"
    r"\s+(?:will|is\s+to|shall)\s+(?:be\s+held|take\s+place|reconvene|resume|sit)\b"
    # an event called off and held again later: "would try again on Sunday", "will be
    # replayed on Thursday", "rearranged for January 21"
    r"|\b(?:try|tries|tried|trying)\s+again\b|\breplayed\b|\brearrang(?:e|es|ed|ing)\b"
    # a plan that will not hold: "will not take effect on March 1 as planned"
    # (not what stays: "is not affected and will go ahead as planned")
    r"|\b(?:not|n't)\s+(?!(?:yet\s+)?(?:clear|certain|sure|known|decided)\b)"
    r"(?!(?:be\s+|been\s+)?(?:affected|changed|altered|moved|extended|renewed|prolonged|postponed"
    r"|delayed|deferred)\b)"
    # (nor a day set right: "on June 8, not May 25 as first announced")
    rf"(?!(?:on\s+)?(?:{MONTH_RE}|{WEEKDAY_RE}|\d))"
    r"(?=[^.;]{0,60}\bas\s+(?:(?:originally|initially|previously|first)\s+)?"
    r"(?:planned|scheduled|intended|expected|foreseen)\b)"
    # ("will not begin on 1 July as previously announced": a day told between)
    r"|\b(?:not|n't)\s+(?:\w+\s+){0,3}?(?:on|from|by|until)\s+"
    rf"(?={_A_DAY}[^.;]{{0,30}}?\bas\s+(?:(?:originally|initially|previously|first)\s+)?"
    r"(?:announced|agreed|envisaged)\b)"
    # a phrasal verb around its object: "push the target date for the reform back"
    rf"|\b(?:push(?:es|ed|ing)?|put(?:s|ting)?|mov(?:e|es|ed|ing))\s+{_OBJECT}(?:back|off)\b"
    # an amended date: "the date '1 January 2026' is replaced by '1 July 2026'", "changed the
    # closing date from 12 December to 9 January" (both days told: "changes from 1 April" is
    # when something starts)
    rf"|\b(?:replaced\s+by|add(?:ing)?\s+in\s+its\s+place)\s+(?=(?:the\s+date\s+)?['‘’\"“]?{_A_DAY})"
    # ("has been changed to Wednesday, September 14", not "will change to 5%")
    rf"|\bchang(?:e|es|ed|ing)\s+to\s+(?=(?:{MONTH_RE}|{WEEKDAY_RE}|\d{{1,2}}\s+{MONTH_RE})(?![a-z]))"
    r"|\b(?:chang|updat|amend|revis|alter)(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,8}?from\s+"
    rf"(?={_A_DAY}[^.;]{{0,30}}?\sto\s+{_A_DAY})"
    # "moved to Monday", "shifted from November 3", "slipped to December", "moved by a week,
    # from March 2 to March 9": the dates tell which way
    r"|\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|slip(?:s|ped|ping)?|push(?:es|ed|ing)?"
    r"|put(?:s|ting)?\s+back)\s+"
    rf"(?:{_LONG_OBJECT}(?<!\bup\s)(?<!\bforward\s)(?<!\bearlier\s))?(?:(?!earlier\b)[\w-]+,\s+)?"
    r"(?:(?:by\s+)?(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:days?|weeks?|fortnight|months?|years?),?\s+(?:later,?\s+)?)?"
    r"(?:to|from|into|until)\s+"
    r"(?![^.;]*\b(?:earlier|sooner)\s+than\b)(?:(?:this|next|on|the)\s+)?"
    rf"(?=(?:{MONTH_RE}|{WEEKDAY_RE})(?![a-z])|\d|(?<=next\s)(?:week|month|year)\b)",
    _F,
)
ADVANCE = re.compile(
    r"\bbr(?:ing|ings|inging|ought)\s+forward|\b(?:mov|pull)(?:e|es|ed|ing|s)?\s+(?:up|forward)"
    rf"|\b(?:br(?:ing|ings|inging|ought)|mov(?:e|es|ed|ing))\s+{_OBJECT}(?:up|forward)\b"
    # "moves the closure of the sector earlier, to July 15"
    rf"|\bmov(?:e|es|ed|ing)\s+(?:{_OBJECT})?earlier\b(?!\s+(?:than|this|that|in|on|last|today)\b)"
    # (a span told before it: "nearly three weeks ahead of schedule", not "work is ahead of
    # schedule")
    r"|" + _after_span("ahead") + r"\s+of\s+(?:schedule|plan"
    # (or of the day set: "about six weeks ahead of the date written into the agreement")
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:date|deadline|timetable))\b"
    # (or of a day told as the old plan, with no span: "ahead of the spring date previously
    # announced")
    r"|\bahead\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:date|deadline|timetable|schedule)\s+"
    r"(?:previously|originally|initially|first)\s+(?:announced|planned|set|scheduled|given)\b"
    r"|\badvanc(?:e|es|ed)\s+(?:to|the)\b|\b(?:earlier|sooner)(?<!\bno\searlier)(?<!\bnot\searlier)\s+than\s+(?:"
    + THE_PLAN
    + "|"
    + _THE_DAY
    + ")",
    _F,
)
# what a time is extended to: a day, a part of a period or a length ("extended to the end of
# March", "to 90 days"); extended to anything else widens a measure's reach ("the ban was
# extended to polystyrene containers", "extending the ban to wet wipes")
_TIME_AFTER_TO = (
    rf"(?:the\s+|a\s+|an\s+)?(?:{MONTH_RE}|{WEEKDAY_RE}|\d|end\b|start\b|beginning\b|middle\b"
    r"|close\b|next\b|mid|late\b|early\b|this\b|that\b|tomorrow|midnight|noon|later\b|fiscal\b"
    r"|year|spring|summer|autumn|fall\b|winter|(?:[a-z]+\s+)?(?:more\s+|further\s+|additional\s+"
    r"|full\s+)?(?:days?|weeks?|months?|years?|hours?)\b"
    # (or what the time is for: "was extended to allow more time for security processing")
    r"|(?:allow|give|provide|ensure|enable|accommodate|permit|avoid|complete|finish|let)\b)"
)
_SCOPE = (
    # (a term's noun is no scope: "extended the deadline for aspirants to hand in papers")
    r"(?!(?:\s+(?:the|its|their|his|her|this|that|a|an)(?:\s+(?!(?:deadlines?|period|window|term"
    r"|date)\b)[\w'’-]+){1,3}?)?\s+to\s+"
    rf"(?!{_TIME_AFTER_TO})[a-z])"
)
# "prolonged talks", "an extended period": participles that only describe a length
EXTEND = re.compile(
    # (not a person's stay: "visa holders seeking to extend their stay")
    rf"\bextend(?:s|ing)?\b(?!\s+(?:their|his|her|your|our)\s+stays?\b){_SCOPE}|\bextended\b{_SCOPE}"
    r"(?!\s+(?:period|family|families|stay|absence|version"
    r"|hours|weekend|visit|range|time|delays?|break|holiday|leave|maintenance|outages?|shutdown"
    r"|trip|tour|trial|campaign)\b)"
    # (not a line or a building extended to a place: "an extension to Harlow Park")
    # (extensions in lower case may be pieces of something, "disables classic extensions":
    # those of a term are told with what they extend, "extensions of the deadline")
    r"|\b(?!(?-i:extensions)\s+(?!(?:of|to|until|till|through|for|granted|given|were|are|have"
    r"|had)\b))"
    rf"extension(?!\s+(?:to|of)\s+(?!(?:{MONTH_RE}|{WEEKDAY_RE})\b)(?-i:[A-Z][a-z]))"
    # a term that runs longer than planned: "will now stay shut until November 20, five days
    # longer than originally announced"
    + "|"
    + _after_span("longer")
    + rf"\s+than\s+(?:{THE_PLAN}|{_THE_DAY})"
    r"|\bprolong(?:s|ing|ation)?\b|\bprolonged\s+(?:until|till|to|by|for|through|again)\b"
    # ("has lengthened the registration period by one week")
    r"|\blengthen(?:s|ed|ing)?\b(?=\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?(?:period|window"
    r"|deadline|term|truce|cease-?fire|pause|moratorium|suspension)\b)"
    # (renewing by a day is the deadline for it: "must renew by next Tuesday")
    # (nor the task a term is for: "the deadline for renewing annual parking permits")
    r"|(?<!\bfor\s)\brenew(?:s|ed|ing|al)?\b(?!\s+(?:[\w-]+\s+){0,3}?(?:by|before|deadline)\b)"
    # (nor "renewal" naming a kind of thing: "a hearing on the renewal application", "closed
    # for track renewal")
    r"(?<!\btrack\srenewal)(?<!\broad\srenewal)(?<!\burban\srenewal)"
    # (a renewal told as a kind of thing, a noun after it: "the renewal price", "a renewal
    # application"; a renewal of something, or one that runs, is a change)
    r"(?!(?<=al)\s+(?!(?:of|for|to|until|till|through|by|and|or|in|on|at|is|was|will|would|has"
    r"|had|that|which|runs?|came|comes|took|takes)\b)[a-z][\w-]*\b)"
    r"|\broll(?:s|ed)?\s+over"
    # a term stopped from running: "the deadline ... is tolled for the duration of the lapse"
    r"|\btoll(?:s|ed|ing)\b(?=\s+(?:for|until|during|pending|while)\b)"
    # a window that closed opens again: "reopened the comment period until June 9"
    r"|\breopen(?:s|ed|ing)?\b(?=\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:period|window"
    r"|registration|docket|record|enrol(?:l)?ment|applications?)\b|[^.;]{0,60}?\b(?:until|till)\b)"
    r"|\b(?:kept|keep|keeping)\s+open\s+(?:until|till|through)\b"
    # (told in the passive: "The comment period is reopened")
    r"|\b(?:period|window|registration|docket|record)\s+(?:is|are|was|were|has\s+been|have\s+been"
    r"|will\s+be)\s+(?:now\s+)?reopened\b"
    # more time given: "gave the operator 30 more days, until Oct. 30"
    # ("has given taxpayers an extra fortnight"), or kept going for it: "keep its truce in
    # place for another 45 days"
    r"|\b(?:(?:gave|given|gives|give|giving|granted|grants|granting|allowed|allows|allowing)\s+(?:[\w-]+\s+){0,4}?"
    r"|" + KEPT_FOR + r"\s+)" + MORE_TIME,
    _F,
)
# ("a much-anticipated launch", "a long-expected phone": a thing's fame, no forecast)
ATTRIBUTIVE = r"(?<!-)"
EXPECT = re.compile(
    rf"{ATTRIBUTIVE}\bexpect(?:s|ed|ing)?\b|{ATTRIBUTIVE}\banticipat\w*|\blikely\b|\bpredict\w*|\bforecast\w*"
    r"|\bprojected\b|\b(?:projects?|estimates?)\s+that\b|\bhop(?:e|es|ed|ing)\b|\bpoised\b"
    r"|\bon\s+track\s+to\b"
    # a day given only as a guide: "signature of grant agreements: indicatively by 31 December"
    r"|\b(?:indicatively|tentatively|provisionally)\b"
    # the earliest day told as likely: "could run out of cash as soon as June 1"
    r"|\bas\s+(?:soon|early)\s+as\b",
    _F,
)
# a measure not yet adopted: its dates are proposed whatever verb tells them ("the rules, if
# finalized, would take effect on October 1", "a fee that still needs board approval")
PENDING = re.compile(
    r"\bif\s+(?:(?:it|they)\s+(?:is|are)\s+)?(?:finali[sz]ed|adopted|approved|enacted|ratified|passed)\b"
    # (or whoever must agree named: "if the budget amendment is approved", "only if all
    # member governments approve", "if Parliament approves them")
    r"|\bif\s+(?:[\w'-]+\s+){1,5}?(?:(?:is|are|gets?|get)\s+)?(?:finali[sz]ed|adopted|approved"
    r"|enacted|ratified|passed|approves?|adopts?|ratif(?:y|ies)|endorses?)\b"
    r"|\b(?:needs?|requires?|awaits?|awaiting|pending|subject\s+to)\s+(?:[\w-]+\s+){0,2}"
    r"(?:approval|ratification|adoption|passage)\b|\bunder\s+(?:the|a|this)\s+(?:proposals?|proposed)\b"
    r"|\bpropos\w*\s+that\b"  # "senators proposed that the ban take effect"
    # an idea floated: "has floated a shorter extension running only to February 28"
    r"|\bfloat(?:s|ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + FLOATED,
    _F,
)
# not the asking in "called for" of a thing convened ("had been called for July 11") or a call
NOT_CONVENED = r"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!ly\s)(?<!conference\s)(?<!earnings\s)"
PROPOSE = re.compile(
    # (not a proposal spoken of: "will vote on the proposal at its meeting on Thursday")
    r"(?<!\bon\sthe\s)(?<!\babout\sthe\s)(?<!\bon\sa\s)(?<!\bof\sthe\s)(?<!\bof\sa\s)"
    r"(?<!\bagainst\sthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bown\s)(?<!\bdebate\sthe\s)"
    r"(?<!\bdiscuss\sthe\s)(?<!\breview\sthe\s)(?<!\bconsider\sthe\s)(?<!\bexplain\sthe\s)"
    r"(?<!\bpresent\sthe\s)(?<!\boutline\sthe\s)(?<!\brespond\sto\sthe\s)(?<!\breply\sto\sthe\s)"
    r"(?<!\bobject\sto\sthe\s)"  # ("have until March 12 to respond to the proposal")
    # (nor proposals handed in by a deadline: "have until Friday to table proposals")
    r"(?<!\btable\s)(?<!\bsubmit\s)(?<!\bfile\s)(?<!\bsend\s)(?<!\binvite\s)(?<!\bsolicit\s)"
    r"(?<!\bsubmission\sof\s)(?<!\bfor\s)"  # "the submission of proposals", "a call for proposals"
    # (nor whose proposal a thing was, told as an aside: "the event, proposed by the United
    # States, in Istanbul")
    r"(?:(?<!\bits\s)(?<!\btheir\s)|(?!proposed\b))(?!(?<=,\s)proposed\s+by\s[^,;.]{1,40},)(?<!-)\bpropos\w*|\b(?:ask|request)(?:s|ed)?\s+that\b|\b(?:is|are)\s+being\s+asked\s+to\s+(?:hold|move|delay|postpone|push|bring|extend|approve|agree|endorse|change|reschedule|defer)\b"  # (not "its proposed budget")
    r"|\bcould\b|\bwould\b(?!-be\b)(?!\s+(?:otherwise\s+|normally\s+|usually\s+)?"
    + HAVE_DONE
    + r")|\bmight\b|\b(?-i:may)\b(?!\s+\d|"
    + PERMITTED
    # (a matter to be taken up is put on an agenda, not put forward: "it will now be
    # considered on August 6")
    + r")|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\bconsider(?:s|ed|ing)\b|\bweigh\w*|\bmull\w*"
    r"|\bthreat(?:en|ens|ened|ening)?\b"
    # (a draft handed in is a document, no proposal: "to submit its draft budget")
    r"|(?<!\bits\s)(?<!\btheir\s)(?<!\byour\s)(?<!\bour\s)\bdraft\w*|\bsuggest\w*|\bfloat(?:s|ed|ing)\s+(?:a|an|the)\s+(?:plan|idea|proposal)|\bpossibl[ey]"
    r"|\bpotential\b|\bseek\w*"
    # a meeting offered, not a thing sold: "have offered a further round of talks on"
    r"|\boffered\s+(?:a|an)\s+(?:further\s+|new\s+|second\s+|fresh\s+)?(?:meeting|round"
    r"|session|date|hearing|talks)\b|" + NOT_CONVENED + CALLED_THING + r"\bcall(?:s|ed)?\s+for"
    # (not a consultation's name: "the call for evidence closes on Friday")
    r"(?!\s+(?:evidence|comments|views|input|submissions|applications|tenders|papers|nominations)\b)",
    _F,
)
SCHEDULE = re.compile(
    r"\bscheduled\b|\bset\s+(?:to|for)\b|\bslated\b|\bdue\s+(?:to|on|by|in|for)\b|\bwill\b"
    # (not after "would": "the amendments would come into force on" is the modal's)
    r"|\bshall\b|\bplanned\b|(?<!\bwould\s)\btak(?:e|es|ing)\s+effect"
    r"|(?<!\bwould\s)\bcomes?\s+into\s+(?:force|effect)"
    r"|(?<!\bwould\s)\bexpir(?:e|es|ing)\b|\bdeadline\b"
    # (not after "would": "a levy would start on April 1" is the modal's)
    r"|\b(?:is|are)\s+to\b|\bmust\b|(?<!\bwould\s)\b(?:starts?|begins?|ends?|opens|(?<!\bit\s)(?<!\bthem\s)open)\b(?!\s+(?:to|of)\b)"
    r"|\bkicks?\s+off|\bconvenes?\b|(?<!\bto\sbe\s)\bheld\b|\bagreed\s+to\b|\bcommitted\s+to\b|\bconfirmed\b|\bannounced\b"
    # a thing "effective June 1" has its own date, whatever verb its clause has ("would be
    # effective" is the verb's)
    r"|(?<!\bbe\s)(?<!\bbecome\s)\beffective\b",
    _F,
)
# a change cue under negation does not apply: "cannot be extended again"
NEGATED = re.compile(
    # ("without acting on a short-term extension")
    r"(?:(?:\bnot|\bcannot|\bnever|n't|\bno)\s+(?:\w+\s+){0,2}|\bwithout\s+(?:[\w-]+\s+){0,4}"
    r"|\b(?:unable|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+(?:\w+\s+){0,6}"
    # "has ruled out extending the transition"
    r"|\brul(?:e|es|ed|ing)\s+out\s+(?:(?:any|a|an|the)\s+)?(?:[\w-]+\s+)?"
    # "declined requests to extend it", "rejected calls for a delay"
    r"|\b(?:declin|reject|refus|den(?:y|ie))\w*\s+(?:(?:the|a|an|its|their|all)\s+)?(?:[\w-]+\s+)?"
    r"(?:requests?|calls?|bids?|proposals?|demands?|pleas?|appeals?)\s+(?:to|for)\s+(?:an?\s+|the\s+)?)$",
    _F,
)
# a clause break between a date and a cue after it: the cue belongs to another clause
CLAUSE_BREAK = re.compile(r"[,;:]")


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause that holds ``pos`` begins, looking back no further than ``lo``."""
    for brk in CLAUSE_BREAK.finditer(text, lo, pos):
        lo = brk.end()
    return lo


# any word of a change of date, whatever its kind or direction
MOVE_WORD = (
    r"\b(?:postpon|delay|push|mov|shift|extend|prolong|chang|resched|bring|brought|advanc"
    r"|defer|put\s+(?:off|back)|pull\w*\s+(?:forward|back|up)|switch|rearrang|reset|bump|slid|slip|revis|amend)\w*"
)
# (and the day a rule applies: "DATES: Applicable September 20, 2018")
EVENT_VERB = re.compile(rf"\b(?P<v>{EVENT_VERBS}|applicable(?=\s+[A-Z\d]))(?:s|ed|ing)?\b", _F)
