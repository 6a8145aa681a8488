"""The nouns that tell what a moved date is of: an end of something, or a start or an event."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# what was moved: an end of something, or a start or an event
# the completion of a deal is an event, not the end of a term: "the closing of the merger"
_OF_A_DEAL = (
    r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:merger|deal|acquisition"
    r"|transaction|takeover)s?\b"
)
END_NOUN = re.compile(
    r"\b(?:deadlines?|due\s+date|expir\w*|comment\s+period|periods?|windows?|registration"
    r"|exclusions?|waivers?|exemptions?|suspensions?|truce|cease-?fires?|moratorium|term"
    r"|mandate|licen[cs]es?|submissions?|comments|reply|applications|closing(?!"
    + _OF_A_DEAL
    + r")|withdrawal"
    r"|debt\s+(?:limit|ceiling)|funding|authori[sz]ation|program|reprieve|pause|consultations?"
    # the day a deal may be walked away from: "the long-stop date", "the outside date"
    r"|long-?stop(?:\s+date)?|outside\s+date|end\s+date|sunset(?:\s+(?:date|clause|provision))?|cut-?off(?:\s+date)?|(?:last|latest|final)\s+(?:day|date)\b|last\s+[\w-]+\s+day\b|latest\s+time\b"
    r"|(?:to|will|would|shall|now|nominations|polls|entries|applications|bids|voting)\s+(?:end|close|lapse|run\s+out|stop|cease|halt)"
    r"|\bnow\s+(?:ends|closes|lapses|expires)\b"
    # what is now due by a day ("certifications are now due April 15"; not "due to start")
    r"|(?:is|are)\s+now\s+due(?!\s+to\b)"
    # the close or the end of a span: "New close:", "End of first semester" ("close of" below)
    r"|(?:new|old|original|previous|revised)\s+close\b"
    r"|\bend\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:semester|term|session|season|trimester"
    r"|consultation|trial|programme|program|contract|tenancy|lease|mandate|ceasefire|truce)\b"
    # what is to reach someone by a day: "objections must be received by noon on"
    r"|(?:must|should|shall|to)\s+(?:now\s+|still\s+)?(?:be\s+(?:received|submitted|filed|lodged"
    r"|returned|sent)|reach)\b"
    # what goes on until a day ends then: "will keep flying it until Oct. 26"
    r"|(?:keeps?|kept|keeping)\s+\w+ing\b|(?:continues?|continued|continuing)\s+(?=until|till|through)"
    # what is paid or filed by a day ("contactless payment" is a service, started)
    r"|(?:tax|estimated|interest|loan|mortgage|rent)\s+payments?|payments?\s+(?:\w+\s+){0,2}?due"
    r"|install?ments?|instalments?|tax\s+returns?|close\s+of)\b",
    _F,
)
START_NOUN = re.compile(
    # (an obligation's first day: "must comply by April 7 instead of Jan. 27" is put off)
    r"\b(?:effective\s+date|applicability\s+dates?|compliance\s+dates?|comply|elections?|polls?|votes?"
    r"|voting|referendum|runoff|run-off|launch|start|opening|implementation|tariffs?|duties|levies"
    r"|rules?\s+(?:take|takes)|courts?|nomination|ceremony|inauguration|closing(?="
    + _OF_A_DEAL
    + r"))\b",
    _F,
)
# events and measures that last: moved later they are put off, but extended it is their end
# that moves ("extend the talks until July 7", "extended its ban on overtime until")
EVENT_NOUN = re.compile(
    r"\b(?:meetings?|summits?|talks|negotiations|conference|hearings?|sessions?"
    r"|teleconferences?|workshop|visit|trip|bans?|sanctions?|ballots?|strikes?|walkouts?)\b",
    _F,
)

# a sentence of its own on the day a change moved: "... has moved. It was 30 June 2021."
