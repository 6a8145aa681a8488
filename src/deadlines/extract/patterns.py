"""Precompiled regular expressions of the temporal tagger (compiled once, at import)."""

from __future__ import annotations

import re

from . import lexicon as L
from .lexicon import DAY_ORDINALS, MONTH_RE, NUMBER_WORD_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE

_F = re.IGNORECASE

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_TZ = r"(?:\s*\(?\s*(?P<{}>GMT|UTC|[ECMP][SD]T|BST|CEST|CET|EEST|EET|ET|PT|JST|A[ECW][SD]T|NZ[SD]T|SAST)\b"
_TZ += r"(?:\s*[+-]\s*\d\d?)?\s*\)?)?"

ISO_DATE = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b"
)
# "10/09/2025" (month first unless it cannot be), "9.10.2025" (day first, a full year)
SLASH_DATE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
)

# Optional modifier before a calendar period: "the end of", "early", "the first half of" ...
_PRE = (
    # (a word's own end is none: "the third weekend of June")
    r"(?P<pre>\b(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|rest|remainder)"
    r"\s+of\s+(?:the\s+)?|\b(?:early|late|mid)(?:\s+in)?[\s-]+|(?:the\s+)?(?:first|second|1st|2nd)"
    r"\s+half\s+of\s+(?:the\s+)?|(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd"
    r"|4th)\s+quarter\s+of\s+(?:the\s+)?)?"
)
_REL = (
    r"(?:this\s+past|this|next|last|past|previous|coming|following|current|same|that|earlier\s+this"
    r"|later\s+this|the\s+same|the\s+previous|the\s+following|the\s+coming|the\s+current"
    r"|the\s+next|the\s+last|the\s+past|the)"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

# the year of a day told in words: "May 2 next year", "3 June of last year"
_YEAR_WORDS = r"|(?:of\s+)?(?P<yrel>next|last|this)\s+year\b(?!['’])"
# a weekday and its date across a hard-wrapped line ("arranged for Monday\n6 October 2025 is
# cancelled"), only where the sentence goes on after the date: a title line ending on a
# weekday is not joined to a dateline under it
_GOES_ON = r"(?(nl)(?=[^\n]*?[a-z]{2}))"
# "Monday, November 3, 2025", "Nov. 3", "November 3rd"
# a day of the month in words, as spoken: "the thirteenth of September", "March first"
_ORDINAL_WORDS = "|".join(
    w.replace(" ", r"\s") for w in sorted(DAY_ORDINALS, key=len, reverse=True)
)
MONTH_DAY = re.compile(
    rf"(?:(?P<wd>{WEEKDAY_RE})(?:,\s+|[^\S\n]+|(?P<nl>[^\S\n]*\n[^\S\n]*)))?(?:the\s+)?(?P<mon>{MONTH_RE})\s*(?:the\s+(?=(?:{_ORDINAL_WORDS})(?![\w-])))?(?P<day>{DAYNUM}\b|(?<=\s)(?:{_ORDINAL_WORDS})(?![\w-]))"
    rf"(?!\s*(?:%|percent|:\d|\.\d|,\d{{3}}))(?:\s*,?\s*(?:(?P<y>{YEAR})\b{_YEAR_WORDS}))?{_GOES_ON}",
    _F,
)
# "April 24 and 25", "May 2 or 3": the second day of a pair is a date of its own
MONTH_DAY_PAIR = re.compile(
    rf"\b(?P<mon>{MONTH_RE})\s*(?P<first>{DAYNUM})\s+(?:and|or)\s+(?P<day>{DAYNUM})\b"
    r"(?=,?\s*(?P<y>(?:19|20)\d\d)\b|\s*(?:[.,;:)]|$|(?:in|at|on|to|for|when|while|with)\b))",
    _F,
)
_DAY_WORDS = rf"(?<=the\s)(?:{_ORDINAL_WORDS})(?=\s+of\s)"
# "3 November 2025", "the 3rd of November", "the fifth of May"
DAY_MONTH = re.compile(
    rf"(?:(?P<wd>{WEEKDAY_RE})(?:,\s+|[^\S\n]+|(?P<nl>[^\S\n]*\n[^\S\n]*)))?(?:the\s+)?\b(?P<day>{DAYNUM}|{_DAY_WORDS})\s+(?:of\s+)?"
    rf"(?P<mon>{MONTH_RE})(?:\s*,?\s*(?:(?P<y>{YEAR})\b{_YEAR_WORDS}))?{_GOES_ON}",
    _F,
)
# calendar periods, optionally modified
# calendar periods, optionally modified; one pattern per kind of trigger word so that each
# runs only around its own triggers (they share the handler dates.period)
PERIOD_MONTH = re.compile(
    _PRE
    + rf"\b(?:(?P<mon_y>{MONTH_RE})\s*,?\s*(?:of\s+)?(?:(?P<my>{YEAR})\b"
    + r"|(?P<myrel>next|last|this)\s+year\b)"
    + rf"|(?P<monrel>(?:last|next|this|coming|past)\s+)?\b(?P<mon>{MONTH_RE})(?!\.?\s*\d)\b)",
    _F,
)
PERIOD_YEAR = re.compile(
    _PRE + rf"(?P<fy>fiscal\s+(?:year\s+)?|FY\s*)?(?P<year>{YEAR})(?![\d,.]?\d|\s*(?:%|percent))\b",
    _F,
)
PERIOD_SEASON = re.compile(
    _PRE
    + r"(?P<seasrel>(?:this\s+past|this|next|last|the\s+coming|the\s+past|coming|past|the)\s+)?"
    + rf"\b(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<sy>{YEAR}))?\b",
    _F,
)
_NOT_OF_A_GAME = r"(?!\s+of\s+(?:an?|the)\s+(?:hour|minute|game|match|race|season)s?\b)"
PERIOD_RELATIVE = re.compile(
    _PRE
    + rf"(?P<rel>{_REL})\s+(?P<runit>week(?:end)?|month|year|quarter|decade|century|day|date"
    + r"|morning|afternoon|evening|night)\b"
    + r"(?!(?<=quarter)"  # (only a quarter: "this week of the race" is a week)
    + _NOT_OF_A_GAME[3:]
    # "the day before" ends there; "the day before the vote" is the day before another
    + r"(?:\s+(?P<ago>ago|earlier|previous|prior|before(?![^\S\n]+[A-Za-z])))?",
    _F,
)
_YEAR_BACK = r"year[\s-](?:ago|earlier)"
QUARTER = re.compile(
    r"(?:(?P<prel>last|next|this)\s+year['’]s\s+"
    rf"|the\s+(?:(?P<y0>{YEAR})\s+|(?P<ago>{_YEAR_BACK})\s+)?)?(?P<fisc>fiscal[\s-]+)?"
    r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
    r"(?P<unit>quarter|half)\b" + _NOT_OF_A_GAME + r"(?:\s+(?:of\s+)?(?:(?P<y>" + YEAR + r")|"
    r"(?P<rel>this|last|next|the)"
    r"\s+(?:fiscal\s+)?year))?"
    r"|\b(?P<q>Q[1-4]|H[12])(?:\s*,?\s*(?:of\s+)?(?P<y2>" + YEAR + r"|'\d\d))?\b"
    # a quarter named by its months: "the October-December quarter"
    r"|\b(?P<m1>Jan(?:uary)?|Apr(?:il)?|July?|Oct(?:ober)?)\.?\s*[-–]\s*"
    r"(?P<m2>Mar(?:ch)?|June?|Sept?(?:ember)?|Dec(?:ember)?)\.?\s+(?:quarter|period)\b"
    r"(?:\s+(?:of\s+)?(?P<qy>" + YEAR + r")\b|\s+(?P<qrel>last|this|next)\s+year\b)?",
    re.IGNORECASE,
)
# the periods of a financial report: "the quarter", "the latest period", "the year-ago
# quarter", "the same month a year earlier", "year-earlier results"
REPORT_PERIOD = re.compile(
    r"\bthe\s+(?:(?P<which>latest|current|most\s+recent|same|comparable|corresponding"
    rf"|full|entire|whole|(?P<ry>{YEAR})|(?:comparable\s+)?{_YEAR_BACK})\s+)?"
    r"(?P<unit>quarter|period|month|(?:fiscal\s+)?year)\b(?!\s+of\b(?!\s+[$£€#\d])|-|\s+\d)"
    r"(?P<back>\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|last)\s+year"
    r"|a\s+year\s+(?:ago|earlier|before)))?"
    rf"|\b(?P<adj>{_YEAR_BACK})\b(?![\s-]+(?:ago|earlier)\b)"
    r"|\b(?P<yrel>last|this)\s+year['’]s\s+(?:same\s+|comparable\s+)?(?P<yunit>quarter|period)\b"
    r"(?!\s+of\b|-)",
    _F,
)
# "the quarter ended Sept. 30", "the year ending tomorrow": the day that closes the period
PERIOD_CLOSE = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|through)\s+(?:(?P<mon>{MONTH_RE})"
    rf"|(?:today|tomorrow|yesterday|(?:this|next|last)\s+{WEEKDAY_RE}|{WEEKDAY_RE})\b)",
    _F,
)
# a year said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = re.compile(
    rf"(?:\b(?P<smon>{MONTH_RE})\s+|\b(?:the\s+)?(?P<sseas>{_SEASON})\s+of\s+)?"
    rf"\b(?:the\s+year\s+)?(?P<cent>nineteen|eighteen)[\s-]+(?P<rest>{_TEENS}|{_TENS}"
    rf"(?:[\s-]+{_UNITS})?)\b(?![\s-]+(?:hundred|thousand|million|percent|{_UNITS}))"
    rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<rest2>{_TEENS}|{_UNITS}))?\b",
    _F,
)
# a week named by a day in it or its rank in a month: "the week of March 6", "the last week"
WEEK_OF = re.compile(
    r"\bthe\s+(?:(?P<ord>first|second|third|fourth|last|final)\s+)?week\s+of\s+"
    rf"(?P<mon>{MONTH_RE})(?:\s*(?P<day>{DAYNUM})\b)?(?:\s*,?\s*(?P<y>{YEAR})\b)?",
    _F,
)
# a day named by its rank among the weekdays of a month: "the third Thursday of June"; of
# every month, a set of days: "the second Tuesday of each month"
NTH_WEEKDAY = re.compile(
    r"\bthe\s+(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+"
    rf"(?P<wd>{WEEKDAY_RE})\s+(?:of|in)\s+(?:(?P<each>(?:each|every)\s+month)|(?P<mon>{MONTH_RE})(?![a-z]))"
    rf"(?:\s*,?\s*(?P<y>{YEAR})\b)?",
    _F,
)
# "the last half of the '80s", "the first half of the 20th century": that part of the period
_HALF = r"(?P<half>(?:the\s+)?(?:first|second|last|latter|1st|2nd)\s+half)\s+of\s+"
_HALF_OF = rf"(?:{_HALF})?"
_DECADE_WORD = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_DECADE = (
    r"(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?:(?P<full>1[5-9]\d|20\d)0'?s"
    rf"|['’]\s?(?P<short>\d)0'?s|\b(?P<bare>[2-9])0s|\b(?P<word>{_DECADE_WORD}))\b"
    r"(?!\s+(?:degrees|percent)\b|%)"
)
# a decade, or (as "since '82") a year written with its last two digits after a preposition
DECADE = re.compile(_DECADE + r"|(?<![\w'’])['’](?P<yy>\d\d)\b(?!['’]?s\b|\s*%|-)", _F)
TIME_PREP_BEFORE = re.compile(
    r"\b(?P<prep>since|in|of|from|until|till|by|before|after|through|to|during)\s+$", _F
)
HALF_DECADE = re.compile(_HALF + _DECADE, _F)
# "the previous Friday": the weekday before the day in context
ANAPHORIC_WEEKDAY = re.compile(r"\bthe\s+(?P<rel>previous|preceding|following)\s+$", _F)
# "the 70s and 80s": a decade joined to one before it needs no article of its own; a bare
# "40s" before it is a decade only after "the" ("in their 40s and 50s" are ages)
DECADE_JOINED = re.compile(
    r"(?:\bthe\s+[2-9]0s|['’]\s?\d0'?s|\b(?:1[5-9]\d|20\d)0'?s)\s+(?:and|or|to|through)\s+$", _F
)
CENTURY = re.compile(
    _HALF_OF
    + r"(?:the\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|nineteenth"
    r"|twentieth|twenty[\s-]first|eighteenth)[\s-]+century\b",
    _F,
)
_ORDINAL_DAY = rf"(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)|{_ORDINAL_WORDS}"
WEEKDAY = re.compile(
    # (British: "a week on Monday", "Sunday week", "Saturday the twenty-seventh"; American:
    # "a week from Thursday")
    r"(?:(?P<rel>this\s+past|last|next|this|coming)\s+|(?P<aweek>a\s+week\s+(?:on|from)\s+)"
    # ("next week Tuesday", "next week's Monday": the day of that week)
    r"|(?P<prewk>next|this|last)\s+week(?:['’]s)?\s+)?"
    rf"\b(?P<wd>{WEEKDAY_RE})(?![\w-])"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight)|(?P<wk>\s+week)\b"
    # "Thursday next week", "Monday of last week": the day of that week
    r"|\s+(?:of\s+)?(?P<inwk>next|this|last)\s+week\b"
    # (the day ends its phrase: not "on Tuesday the first generation", "on Friday, the third to")
    rf"|\s+the\s+(?P<ord>{_ORDINAL_DAY})\b(?=\s*(?:[.,;:)]|$|(?:at|in|when|and|but|until|before"
    r"|after|as|from|to|for|unless|if|because)\b))"
    rf"|,\s+the\s+(?P<cord>{_ORDINAL_DAY})\b(?=\s*(?:[.;:)]|$|,\s+(?!(?:the|a|an)\s))))?",
    _F,
)
DEICTIC = re.compile(
    r"\b(?:(?P<adv>earlier|later)\s+|(?:mid-?|early\s+|late\s+)?(?P<ppart>morning|afternoon"
    r"|evening)\s+)?(?P<word>today|yesterday|tomorrow|tonight)\b"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"|\b(?P<this>this|last|tomorrow|yesterday)\s+(?P<part2>morning|afternoon|evening|night)\b"
    r"|\b(?:the\s+)?(?P<wkend>(?:this\s+past|this|next|last|the|coming|past)\s+weekend)\b"
    r"|\bthe\s+day\s+(?P<dd>before|after)\s+(?:yesterday|tomorrow)\b"
    r"|\b(?:in|during|through|throughout)\s+(?P<pod>the\s+(?:(?:early|late)\s+)?"
    r"(?P<part3>morning|afternoon|evening))"
    r"\b(?!\s+(?:of|after|before|when|that)\b)|\bin\s+(?P<part4>morning|afternoon)\s+trading\b"
    r"|\b(?:by|at|in|until|till|around|about)\s+(?P<mid>(?:mid[\s-]?|late\s+|early\s+)"
    r"(?P<part5>morning|afternoon|evening))\b"
    r"(?!\s+(?:today|yesterday|tomorrow|tonight)\b)"
    # "that evening", "later that night": a part of the day the text is speaking of
    r"|\b(?P<thatpod>(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+"
    r"(?P<part6>morning|afternoon|evening|night))\b(?!-)"
    r"|\b(?P<sameday>the\s+same\s+da(?:y|te)|the\s+day)\b(?!\s+(?:of|before|after|when|that|and|on"
    rf"|yesterday|today|tomorrow|{WEEKDAY_RE})\b)",
    _F,
)
# "the eighth day of the strike", "for a second consecutive day": the day an ongoing event
# has reached
EVENT_DAY = re.compile(
    r"\b(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?day\b"
    r"(?!-|\s+(?:after|before|following|since|from)\b)",
    _F,
)
REF = re.compile(
    r"\b(?P<present>now|currently|current|nowadays|presently|at\s+present|these\s+days"
    r"|the\s+time\s+being|present[\s-]day)\b"
    r"|\b(?P<past>(?:more\s+)?recently|lately|the\s+past|recent\s+(?:years|months|weeks|days)"
    r"|recent|once\s+upon\s+a\s+time)\b"
    r"|\b(?P<future>(?:very\s+)?soon|the\s+(?:near\s+|distant\s+)?future"
    r"|the\s+(?:long|short|near|medium)\s+term|short[\s-]term|long[\s-]term|in\s+due\s+course"
    r"|the\s+(?:days|weeks|months|quarters|years)\s+ahead"
    r"|later(?!\s+(?:that|this|on|today|tonight|yesterday|tomorrow|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b)|(?:the\s+)?coming\s+(?:days|weeks"
    r"|months|quarters|years))\b",
    _F,
)
# what makes a reference no time of its own: "as soon as" (a conjunction), "long-term debt"
# (an adjective of kind before its noun)
AS_SOON_AS = re.compile(r"\bas\s+$", _F)
AS_AFTER = re.compile(r"\s+as\b", _F)
# "soon after the vote", "soon afterwards": "soon" measures the gap to another event
SOON_RELATIVE = re.compile(r"\s+(?:after|afterwards?|before|thereafter)\b", _F)
# "later" in a tale of the past ("told reporters later", "and later became chairman")
# orders one event after another; it names no time of its own. It stays a time where a
# noun or a period follows it ("a later date", "later in the day") or the clause looks
# ahead ("prices may rise later", "a vote was expected later").
LATER_ADVERB = re.compile(r"later(?!\s+(?:in|on|at|that|this|date|time|stage)\b)", _F)
# "later in the broadcast", "later in the talks": a later point of an event, no time
LATER_IN_EVENT = re.compile(
    r"\s+in\s+(?!(?:the\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?(?:day|week|month|year"
    r"|season|decade|century|morning|afternoon|evening|night|quarter|session|term|spring"
    r"|summer|autumn|fall|winter|future)s?\b)[a-z]",
    _F,
)
LATER_KEPT_AFTER = re.compile(
    r"\b(?:a|an|the|some|expected|due|scheduled|planned|set|promised)\s+$", _F
)
# a capitalised word inside a sentence, right before another: "USA Today" is one name
NAME_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z]*[^\S\n]$")
OR_BEFORE = re.compile(r"\bor\s+$", _F)
# "today's" of the present era: "today's youth", "in today's world"
# (in lower case: a capital begins a name, "today's World Cup final" is the day's)
ERA_NOUN = re.compile(
    r"(?:'|’)s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|children|kids|young"
    r"|youngsters|teenagers|culture)\b"
)
# "the day before" a date or weekday, whose day it counts from ("every day before", "the
# 30th day after" count no single day; the weekday's own "last" is part of its match)
DAY_BESIDE = re.compile(r"\bthe\s+day\s+(?P<side>before|after)\s+$", _F)
THEN_BEFORE = re.compile(r"\bthen[\s-]$", _F)
WILL = re.compile(r"\b(?:will|shall|going\s+to)\b|['’]ll\b", _F)
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
COMMA_AFTER = re.compile(r"[^\S\n]*,")
OPENING_PUNCT = " \t\n\"'`“‘(-_"  # what may stand before a sentence's first word
# "three days later", "an hour and a half later": "later" is the signal of the span before
# it, not a time of its own
UNIT_BEFORE = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|and\s+a\s+half)\s+$", _F
)
TERM_ADJECTIVE = re.compile(r"(?:short|long|near|medium)[\s-]term$", _F)
WORD_AFTER = re.compile(r"[^\S\n]+[A-Za-z]")
# an age: "a 6-year-old", "aged 37 years old"
AGE_AFTER = re.compile(r"\s+old\b", _F)
PERIOD_END = re.compile(r"\b(?P<unit>year|month|quarter)(?:[\s-]|['’]s\s+)end\b", _F)
DURATION = re.compile(
    r"(?P<q>(?:more|less|fewer)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|about\s+"
    r"|around\s+|approximately\s+|roughly\s+|some\s+|at\s+least\s+|at\s+most\s+|up\s+to\s+"
    r"|no\s+more\s+than\s+|just\s+(?:over|under)\s+|only\s+|within\s+)?"
    r"(?P<rel>(?:the\s+)?(?:past|last|next|previous|coming|first|following|final|latest|recent)"
    r"\s+)?"
    rf"(?P<num>\d+(?:\.\d+)?|{NUMBER_WORD_RE}|{VAGUE_RE}|an?|another)\b(?P<half>\s+and\s+a\s+half|[^\S\n]+1/2)?"
    r"(?P<sep>[\s-]+)(?:(?:straight|consecutive|full|more|long|whole|additional|extra|further"
    rf"|successive)[\s-]+)?(?P<unit>{UNIT_RE})\b"
    r"(?:\s+or\s+so(?=\s+ago\b))?(?P<post>\s+ago|\s+earlier|\s+sooner|\s+later|\s+from\s+(?:now|today)"
    r"|\s+after\s+(?:that|this)\b|\s+afterwards?|\s+thereafter|-long|-old)?",
    _F,
)
# "between two and six days": the first amount is a length of its own, in the second's unit
DURATION_PAIR = re.compile(
    rf"\bbetween\s+(?P<num>\d+|{NUMBER_WORD_RE})\s+(?:and|to)\s+(?:\d+|{NUMBER_WORD_RE})"
    rf"\s+(?P<unit>{UNIT_RE})\b",
    _F,
)
# the noun a span holds, not a part of one ("days of the week", "the early hours of Thursday")
_OF_WHAT = r"(?!the\b|this\b|that\b|its\b|their\b|his\b|her\b|each\b|a\b|an\b|our\b)(?-i:[a-z])"
OF_WHAT = re.compile(r"\s+of\s+" + _OF_WHAT)
BARE_UNITS = re.compile(
    r"\b(?P<lead>for|over\s+the|within|for\s+many|after|take|takes|took|last|lasted"
    r"|in(?:\s+just|\s+only)?)\s+"
    r"(?P<unit>years|months|weeks|days|decades|hours|minutes)\b"
    r"|\b(?P<unit2>decades)(?P<long>-long)?\b"
    # "weeks of street violence", "after months of talks": a span of what it holds (not a
    # measure: "hours of footage")
    r"|(?<!\d\s)\b(?P<unit3>years|months|weeks|days)(?=\s+of\s+" + _OF_WHAT + r")",
    _F,
)
SET = re.compile(
    r"\b(?P<q>every|each|per)\s+(?:other\s+)?(?:(?P<num>\d+|" + NUMBER_WORD_RE + r")\s+)?"
    rf"(?P<unit>{UNIT_RE}|{WEEKDAY_RE}|{MONTH_RE}|morning|evening|night|weekend|summer|winter)\b"
    r"|\b(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly"
    r"|bimonthly|annual|twice\s+a\s+(?:year|month|week|day)|once\s+a\s+(?:year|month|week|day))\b",
    _F,
)
TWELVE = rf"12{L.NOT_A_MONTH_BEFORE_12}(?:[:.]00)?\s+"  # "12:00 noon", not "June 12 midnight"
TIME = re.compile(
    # "9 a.m.", "10:30pm", British "7.30am", spoken "two a.m."
    rf"\b(?P<h>[01]?\d|(?:{L.HOUR_WORD_RE})(?=\s+[ap]\.m\.))(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    + _TZ.format("tz")
    + rf"|\b(?:{TWELVE})?(?P<word>noon|midday|midnight)\b"
    + r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d%]|[.,]\d)"
    + _TZ.format("tz2")
    + r"|\b(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\s*(?:hours\s*)?(?P<tz3>GMT|UTC|Z)\b"
    + r"|\b(?P<h4>1[0-2]|0?[1-9])(?::(?P<m4>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+"
    + r"(?P<p4>morning|afternoon|evening|night)\b"
    # "six o'clock", "10 o'clock in the evening"
    + rf"|\b(?P<h5>1[0-2]|0?[1-9]|{L.HOUR_WORD_RE})\s+o['’]clock\b"
    + r"(?:\s+in\s+the\s+(?P<p5>morning|afternoon|evening|night))?",
    _F,
)
# the day a clock time belongs to: "Friday at 9 a.m.", "November 10 at 12:01 a.m.",
# "9 a.m. tomorrow", "12:01 a.m. on November 10", "5 p.m. EST, Nov. 6"
_MONTH_DAY_OF_CLOCK = (
    rf"(?P<{{0}}mon>{MONTH_RE})\s*(?P<{{0}}day>{DAYNUM})\b(?:\s*,?\s*(?P<{{0}}y>{YEAR})\b)?"
)
TIME_HEAD = re.compile(
    rf"\b(?:(?P<head>{WEEKDAY_RE})|(?:{WEEKDAY_RE},?\s+)?{_MONTH_DAY_OF_CLOCK.format('h')})"
    r",?\s+at\s+$",
    _F,
)
# a time zone in words: "5:00 p.m., Eastern Time, on December 10"
# or a place's or local time: "4 p.m. Oslo time on Friday, May 24"
ZONE_WORDS = (
    r"(?:(?:Eastern|Central|Mountain|Pacific|Atlantic)\s+(?:(?:Standard|Daylight)\s+)?Time\b"
    r"|(?:local|(?-i:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+|[A-Z]{2,3}))\s+time\b)"
)
# a clock time and the zone it may name, told before its day: "5:00 p.m., Eastern Time,",
# "11.00am (AWST)"
ZONE = rf"\(?(?:{ZONE_WORDS}|(?-i:[A-Z]{{2,4}})\b)\)?"  # "Eastern Time", "(AWST)", "EDT"
CLOCK_AND_ZONE = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*+,?\s*+\(?(?-i:[A-Z]{2,4})\b|\s+on\s)"
    rf"|(?:{TWELVE})?(?:noon|midnight))"
    rf"(?:\s*+,?\s*+{ZONE})?\s*+,?\s*+"
)
TIME_TAIL = re.compile(
    # (possessive: a long run of spaces costs one pass, not its square)
    rf"(?:\s*+,?\s*+{ZONE_WORDS})?"
    rf"\s*+,?(?<=\s|,)\s*+(?:on\s+)?(?:(?P<trel>next|this|coming)\s+(?P<twd>{WEEKDAY_RE})\b"
    rf"|(?P<tail>today|tonight|tomorrow|yesterday|{WEEKDAY_RE})\b"
    rf"|{_MONTH_DAY_OF_CLOCK.format('t')})",
    _F,
)
DIGITS_BEFORE = re.compile(r"\d[,.]$")  # "1,200 years": "200 years" is not the number
PREV_WORD = re.compile(r"([A-Za-z$€£]+|\d[\d,.]*)\W*$")
AMOUNT_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|trillion|percent|%|times|once|twice|cents?|dollars"
    r"|euros?|pounds?|tons?|tonnes?|barrels?|units?)\s*$",
    _F,
)
ISO_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# a line that is nothing but a date: "May 14, 2009", "Thursday, 14 May 2009", "2009-05-14"
DATELINE = re.compile(
    rf"(?:{WEEKDAY_RE},?\s*)?(?:{MONTH_RE}\s*{DAYNUM}\s*,?\s*{YEAR}"
    rf"|{DAYNUM}\s+{MONTH_RE}\s*,?\s*{YEAR}|\d{{4}}-\d\d-\d\d)\s*[.,]?",
    _F,
)
# weekdays in the plural recur: "on Mondays", "Sunday nights"
WEEKDAY_SET = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b(?:\s+(?P<part>morning|afternoon|evening|night)s\b)?"
    r"|\s+(?P<part2>morning|afternoon|evening|night)s\b)"
)

# a number, not a day, before a dotted one: "version 3.2.2028", "paragraph 4.1.2030"
NUMBERED = re.compile(
    r"\b(?:version|ver|v|paragraph|para|section|sec|article|art|point|no|number|release|rule"
    r"|chapter|clause|item|annex)\.?\s*$|§\s*$",
    re.IGNORECASE,
)
