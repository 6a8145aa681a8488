"""The acts of telling, publishing and filing, and the marks around a day that tell it
dates such an act, or that it is a day put forward or owed."""

from __future__ import annotations

import re

from .marks import GAZETTE_ACTS

_F = re.IGNORECASE

# the acts of telling or publishing whose day dates no commitment
# a call to talk to the market: "will host a joint conference call for analysts at 8:30 a.m."
CALL_BEFORE = (
    r"|\b(?:(?:earnings|investor|analyst)s?\s+calls?|calls?\s+(?:for|with)\s+(?:analysts|investors))"
    r"\b[^.;]{0,30}$"
    # "will host a conference call and webcast to discuss the results at 5 p.m. on"
    # (not a meeting held "by conference call" or "via a live webcast")
    r"|\b(?:host|hold)(?:s|ing)?\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:conference\s+calls?"
    r"|webcasts?)\b[^.;]{0,80}$"
)
TELL_ACTS = (
    # (what "must be received by 5 p.m. on" a day, or "applications received before 5pm
    # on" it, are due then: a deadline, not a receipt)
    r"publish\w*|notic\w*|announc\w*|releas\w*|(?<!\bbe\s)sent|dated|memorand\w*"
    # (a filing owed is a deadline: "must be filed with the clerk no later than", "may be
    # filed until")
    r"|(?<!\bbe\s)filed"
    r"|(?<!\bbe\s)receiv\w*(?!\s+(?:by|before|after|until|no\s+later\s+than)\b)"
    r"|signed|signing(?!\s+ceremon)"
    # (a resolution or rule adopted by a body on a day: the act's, not one to be adopted)
    r"|(?<!\bbe\s)adopted(?=\s+by\s)"
    # (what results or figures showed on a day: their release)
    r"|(?:(?<=results\s)|(?<=figures\s)|(?<=data\s)|(?<=count\s)|(?<=tally\s))show(?:ed|s)"
    r"|articles?(?!\s+\d)"
    # ("a special called meeting": a meeting convened, not a call made)
    r"|memo|letters?|called(?!\s+(?:meeting|session)s?\b)|phoned|telephoned|spoke|speaking|wrote|sought|notif(?:y|ied|ies|ying)"
    # (not "invitation side", nor comments "invited by" a day: due then)
    r"|invit(?:e|es|ed|ing)\b(?!\s+(?:to\s+(?:a|an|the|its|their|our)\b|by|before|until|no\s+later\s+than\b))"
    r"|invitations?(?=\s+(?:to|from|dated)\b)"
    r"|issued(?=\s+(?:by|to|against|on|late|early)\s)"  # "under an order issued by the agency on Tuesday"
    + r"|"
    + GAZETTE_ACTS
    # ("will post an update on Sunday", "emailed to students on Monday")
    + r"|post(?:s|ed|ing)?(?=\s+(?:an?|the|its|our|their|further)\s)|e-?mail(?:s|ed|ing)?|send(?:s|ing)?"
)
# a register's page before a day, the day it appeared: "at 82 FR 8985 on February 2, 2017"
CITED = re.compile(r"\b\d+\s+(?:FR|Fed\.\s*Reg\.)\s+\d+,?\s*(?:\(|on\s+|of\s+)?$")
# a day put forward as a date: "proposed February 27 as the new cut-off date"
AS_THE_DATE = re.compile(
    # (not a time told by a deadline's approach: ", as the deadline loomed")
    r"\s+as\s+(?:the|a|its|their)\s+(?:new\s+|final\s+|target\s+)?(?:[\w-]+\s+)?"
    r"(?:date|deadline|day)\b(?!\s+(?:\w+ed|\w+s|drew|grew|came)\b)",
    _F,
)
# the days a thing is called or set for, a list's days among them
CALLED_FOR = re.compile(
    r"\b(?:called|set|scheduled|planned|slated|fixed)\s+for\s+(?:[\w.,]+\s+){0,4}?$", _F
)
# who was told, then the day: "the minister told parliament on Monday", "the department
# reminded owners today" (not "reminded that polls open on Tuesday")
TOLD_SOMEONE = re.compile(
    r"\b(?:told|tells?(?!\s+(?:if|whether|how|what|when|who|why)\b)|informed|briefed|assured"
    r"|reminded|warned)\s+(?:(?!that\b|to\b|by\b|before\b)[\w.'’-]+\s+){1,3}?"
    r"(?:on\s+)?$",
    _F,
)
# the day results or figures come out: "official figures due on Oct. 19"
PUBLICATION_OF = re.compile(r"\bpublication\s+of\s+[^.;]{0,80}$", _F)
RESULTS_DUE = re.compile(
    r"\b(?:results?|figures|data|statistics|minutes|tally)\s+(?:(?:on|for|of)\s+[\w\s,-]{0,40}?)?"
    r"(?:(?:are|is|will\s+be)\s+)?"
    r"(?:(?:due|expected|set|scheduled)\s+(?:to\s+be\s+(?:released|published|announced|out)\s+)?"
    r"(?:in\s+the\s+(?:early\s+|small\s+)?hours\s+of\s+|early\s+|late\s+)?"
    r"|(?:released|published|announced|declared|out)\s+(?:at\s+[^.;,]{0,50}?\s+)?)"
    r"(?:on\s+|by\s+|no\s+later\s+than\s+)?$"
    # "the wage figures, which come out on the 8th"
    r"|\b(?:results?|figures|data|statistics)(?:,\s+(?:which|that))?\s+(?:(?:will|is|are)\s+"
    r"|(?:is|are)\s+(?:due|set)\s+to\s+)?(?:come|comes|coming)\s+out\s+(?:on\s+)?$"
    # "will report fourth-quarter and full-year 2024 results before the market opens on",
    # "reported third-quarter net income of $48.3 million on Oct. 18"
    r"|\b(?:(?:report|release|publish|announce|present|unveil)\w*|post(?:s|ed|ing)?)\s+(?:its\s+|their\s+|the\s+|a\s+)?"
    r"(?:[\w'’-]+,?\s+){0,4}?(?:results|earnings|figures|net\s+income|profits?|revenues?"
    r"|findings|reports?|conclusions|recommendations)\s+"
    # (and what it is on: "publish a report on the situation in the border area on Friday")
    r"(?:(?:on|about|into)\s+(?:(?!\b(?:and|or|but)\b)[^.;,]){0,60}?\s+(?=on\s))?"
    # (and the period they cover: "its results for the fourth quarter and full year 2017")
    r"(?:for\s+(?:(?:the|its|their|fourth|third|second|first|full|fiscal|financial|quarter|year"
    r"|half|and|of|nine|six|three|twelve|months?|period|ended|ending|[A-Z][a-z]{2,8}\.?|\d{1,4}),?"
    r"\s+){1,10}(?=(?:on|before|after)\s))?"
    r"(?:(?:of\s+)?[$€£]?[\d.,]+(?:\s+(?:million|billion))?\s+)?"
    r"(?:(?:before|after)\s+(?:the\s+)?(?:market|markets|bell)\s+(?:opens?|closes?)\s+)?(?:on\s+)?$",
    _F,
)
