"""Days told as no plan of anyone's: the day a condition hangs on ("if talks fail, workers
could be sent home on Monday"), one told only as needed ("a run-off, if one is needed, would
follow on May 18"), an option weighed and dropped, a request refused; and days of what is no
commitment: a journey, the weather."""

from __future__ import annotations

import re

from . import cues as C
from .anchors import Anchor

_F = re.IGNORECASE


# an option weighed and dropped ("had looked at staging it on April 19, but"), or a request
# refused ("a request to play on April 3 was turned down"): no plan of anyone's
# (not one still on the table: "has floated a shorter stopgap ..., but hard-liners object")
_WEIGHED = re.compile(
    r"\b(?:looked\s+at|considered|weighed|explored|(?<!\bhas\s)(?<!\bhave\s)floated)\b[^.;]{0,90}$",
    _F,
)
_BUT_AFTER = re.compile(r"[^.;]{0,40}?,?\s+but\b", _F)
_ASKED = re.compile(
    r"\b(?:request|proposal|bid|call|suggestion|idea|motion|amendment)s?\b[^.;]{0,90}$", _F
)
_REFUSED = re.compile(
    r"[^.;]{0,50}?\b(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:turned\s+down|rejected"
    r"|refused|denied|dismissed|vetoed|overruled|voted\s+down|defeated|blocked)\b",
    _F,
)


def turned_down(a: Anchor, text: str, s: int, e: int) -> bool:
    before, after = text[s : a.tx.start], text[a.tx.end : e]
    if _WEIGHED.search(before) and _BUT_AFTER.match(after):
        return True
    return bool(_ASKED.search(before) and _REFUSED.match(after))


# a sentence that opens on a condition: "If talks fail, workers could be sent home on Monday"
_IF_OPENING = re.compile(
    # (an initialism's dots stay inside: "If U.S. authorities approve")
    # (a live blog's entry opens on its time: "23:32 If voters back the levy, ...")
    # (not "unless": what follows it is what holds by default, "Unless the council renews
    # them, they will expire on 30 June")
    r"\W{0,3}(?:\d{1,2}[:.]\d\d\s+)?(?:if|should|in\s+case|in\s+the\s+event\s+(?:that|of)"
    # ("Without a stopgap spending bill, a shutdown would begin Friday")
    r"|without(?=[^,;.:]{0,60}?\b(?:bill|funding|extension|waiver|budget)\b))\b"
    r"(?:[^,;.:]|(?<=\b[A-Z])\.){3,150},",
    _F,
)


def conditional(a: Anchor, text: str, s: int, e: int) -> bool:
    """A day in the main clause of a sentence that opens on a condition is what would follow
    if it held: a conditional trigger, no commitment (a day of the condition itself is); so
    is a day told only as needed ("a run-off, if one is needed, would follow on May 18")."""
    m = _IF_OPENING.match(text, s)
    if (
        m is not None
        and a.tx.start >= m.end()
        and not _READERS_WISH.match(text, s)
        and not _APPROVAL_IF.match(text, s)  # a measure if adopted: proposed, not a trigger
    ):
        return True
    if (
        _MODAL_BEFORE.search(text, max(s, a.tx.start - 60), a.tx.start)
        and _IF_FAILS_AFTER.match(text, a.tx.end, e)
        and not C.EXPECT.search(text, s, a.tx.start)  # ("estimate that ... would run out")
    ):
        return True  # "could take effect on April 7 if no settlement is reached": a trigger
    cond = _IF_BY.search(text, max(s, a.tx.start - 100), a.tx.start)
    if (
        cond is not None
        and not _COMPLYING.search(text, cond.start(), a.tx.start)
        and not _DEADLINE_AFTER.match(text, a.tx.end)  # "by the May 31 registration deadline"
    ):
        return True  # "if there is no serious offer by Friday, the ships stay": the trigger's
    return bool(
        _IF_NEEDED_BEFORE.search(text, max(s, a.tx.start - 60), a.tx.start)
        or _IF_NEEDED_AFTER.match(text, a.tx.end, e)
    )


# a hedged day that hangs on what fails to happen (not on a measure passing: "would extend
# funding until February 13 if it clears both chambers" is a proposal)
_MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may)\b[^.;,]{0,50}$", _F)
_IF_FAILS_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,6}?(?:no|not|never|fail\w*|collapse\w*"
    r"|cannot|can't|isn't|aren't|break\w*\s+down)\b",
    _F,
)


# a condition on the reader's own wish sets the terms of what is asked, and no trigger: "If
# you wish to speak at the hearing, register by Friday"
_READERS_WISH = re.compile(
    # (or any case of the reader's, with the reader's own term after it: "If you could not
    # access your account between 15 and 19 December, you will have until 28 February")
    r"\W{0,3}if\s+you\b[^,;.]{0,120},\s+you\s+(?:must|will|have|can|may|should|need)\b"
    r"|\W{0,3}if\s+(?:you|anyone|any\s+person|members\s+of\s+the\s+public|interested\s+"
    r"(?:persons|parties))\s+(?:(?:would|also|still|do\s+not|don['’]t|does\s+not)\s+)?(?:wish|wishes|want|wants|like|plan"
    r"|plans|intend|intends|need|needs|are\s+interested|is\s+interested)\b",
    _F,
)
# an opening condition of a measure's adoption, the measure the main clause's subject: "If
# the Parliament and the Council agree, the new rules would apply from" (proposed)
_MEASURE = (
    r"(?:rules?|regulations?|laws?|measures?|bill|act|changes?|requirements?|directive|ban"
    r"|tariffs?|duties|levy|tax|scheme|standards?|obligations?|fees|charges|rates|plan|budget)\b"
)
_APPROVAL_IF = re.compile(
    r"\W{0,3}if\s+(?:[\w.'’-]+\s+){1,8}?(?:agree|agrees|approve|approves|adopt|adopts"
    r"|endorse|endorses|ratify|ratifies|finali[sz]e|finali[sz]es)\b[^,;.]{0,40},\s+"
    r"(?:(?:the|these|this|its|their)\s+(?:new\s+|proposed\s+|revised\s+|draft\s+)?"
    + _MEASURE
    # (or the measure named in the condition, then a pronoun: "If voters approve the measure,
    # it would take effect")
    + r"|(?:it|they)\s)"
    # (the measure named, then its approval in the passive: "If the measure is approved, it")
    r"|\W{0,3}if\s+(?:the|this|these|its|their)\s+(?:[\w-]+\s+){0,2}?" + _MEASURE + r"\s+"
    r"(?:is|are)\s+(?:adopted|approved|passed|enacted|ratified|finali[sz]ed)\b[^,;.]{0,40},"
    # (told in the passive, the measure after it: "If adopted, the revised fees would apply")
    r"|\W{0,3}if\s+(?:(?:it|they)(?:\s+(?:is|are)|['’](?:s|re))\s+)?(?:adopted|approved|passed"
    r"|enacted|ratified|finali[sz]ed)(?:\s+(?:by|with|without|as)\s+[^,;.]{1,40})?\s*,",
    _F,
)
# the time a condition gives itself, inside its clause: "unless a deal is signed by", "if
# managers agree to return to talks by" (not one of complying: "treated as on time if paid by")
_IF_BY = re.compile(r"\b(?:if|unless)\s[^.;:,]{0,80}?\bby\s+(?:the\s+|this\s+)?$", _F)
# a day that names a deadline: "if you have questions by the May 31 registration deadline"
_DEADLINE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:deadline|cut-?off)\b", _F)
# what one does to comply: "if they file by April 15", "unless claimants reapply by"
_COMPLYING = re.compile(
    r"\b(?:file|pay|paid|apply|applie|register|renew|reapply|request|submit|respond|enrol|enroll"
    r"|claim|book|lodge|postmark|receiv|sign\s+up|opt\s+in|withdraw|cancel|done\s+so"
    r"|(?<!\bnot\s)(?<!\bbeen\s)complet)\w*\b"
    r"|\breturn\w*\s+(?:the|their|your|its|a|an|completed|signed)\b",
    _F,
)
_IF_NEEDED = r"\bif\s+(?:\w+\s+){0,3}?(?:needed|necessary|required|need\s+be)\b"
_IF_NEEDED_BEFORE = re.compile(_IF_NEEDED + r",?[^.;,]{0,40}$", _F)
_IF_NEEDED_AFTER = re.compile(r"[^,;.]{0,30}?" + _IF_NEEDED, _F)


# travel: going somewhere or sending someone, with no event named
_TRAVEL = re.compile(
    r"\b(?:expected|due)\s+(?:back\s+)?in\s+[A-Z]|\b(?:travel(?:s|led|ling|ed|ing)|fly|flies"
    # (the bare word is a journey only as a verb, not naming a thing: "travel authorisation")
    r"|travel(?=\s*(?:[,.;]|$)|\s+(?:to|with|from|by|in|on|abroad|back|overseas|home|there"
    r"|again|for|together|between|across|through|around|via|into|out|next|this|later)\b)"
    r"|flew|arriv(?:e|es|ed|ing)|head(?:s|ed|ing)?\s+(?:to|for|back)"
    r"|visit(?:s|ed|ing)?\s+[A-Z]\w*(?:\s+[A-Z]\w*)?\s+on"  # ("will visit Lebanon on Nov. 30")
    # (not talks resumed: "return to the table")
    r"|return(?:s|ed|ing)?\s+to(?!\s+(?:the\s+(?:negotiating\s+)?table|talks|negotiations|work"
    r"|normal|the\s+office|office|school|service))"
    r"|leav(?:e|es|ing)\s+for|send(?:s|ing)?\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}"
    r"(?:team|delegation|envoy|representatives|officials))\b"
    # (or the stop itself: "a planned stop in Brasilia by the chief negotiator")
    r"|\bstop(?:over)?s?\s+in\s+[A-Z]"
)


_CLAUSE_MARK = re.compile(r"[,;]")
_CAUSE = re.compile(r"\b(?:because|owing\s+to|due\s+to)\b", re.I)
# the weather is no commitment: "frost likely across the north on Saturday"
_LIKELY = re.compile(r"\b(?:likely|expected|forecast\w*|predicted|possible|warn\w*)\b", re.I)
# a forecast's own line: "Weather: heavy showers this afternoon", "Rain spreading in from the west"
_FORECAST_LINE = re.compile(
    # ("And the weather: rain spreading ...", "The weather for the weekend: dry and mild")
    r"\W*(?:(?:and\s+)?(?:the\s+)?weather(?:\s+for\s+[\w\s]{1,24}?)?\s*:"
    r"|(?:heavy|light|scattered|persistent)?\s*(?:rain|showers|snow|sleet|fog"
    r"|gales|thunderstorms)\s+(?:spreading|easing|moving\s+in|turning))",
    re.IGNORECASE,
)
_WEATHER = re.compile(
    r"\b(?:frost|snow(?:fall)?|rain(?:fall)?|showers|thunderstorms?|temperatures|heatwave"
    r"|heat\s+wave|gales|fog|cold\s+front|sleet|blizzards?|swelter\w*"
    r"|(?:hottest|coldest|wettest)\s+(?:day|night|weekend|spell))\b",
    re.IGNORECASE,
)


def travels(text: str, s: int, e: int, a: Anchor, other: bool = True) -> bool:
    """A journey in the clause of a day of no named event (``other``: "will fly to Cairo on
    Friday"; not "begin replacing the inflators on Aug. 2, when parts are due to arrive"),
    or the weather of the day itself, whatever the event ("heavy rain ... on Saturday"; not
    "will be held on Sunday afternoon after forecasters warned that ... rain")."""
    lo = max([s, *(m.end() for m in _CLAUSE_MARK.finditer(text, s, a.tx.start))])
    hi = next((m.start() for m in _CLAUSE_MARK.finditer(text, a.tx.end, e)), e)
    # (the weather a change is put down to is not the day's: "postponed to Jan. 27 because
    # freezing rain is forecast")
    hi = next((m.start() for m in _CAUSE.finditer(text, a.tx.end, hi)), hi)
    near = _WEATHER.search(text, max(lo, a.tx.start - 60), min(hi, a.tx.end + 60))
    weather = (near and _LIKELY.search(text, lo, hi)) or _FORECAST_LINE.match(text, s)
    # (a journey's clause names no event of its own: "will travel to Kestrel on Sunday and
    # hold talks with the president on Monday" travels on Sunday)
    other = other or not any(p.search(text, lo, a.tx.start) for _k, p in C.KIND_PATTERNS)
    return (other and _TRAVEL.search(text, lo, hi) is not None) or bool(weather)
