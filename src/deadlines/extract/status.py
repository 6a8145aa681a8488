"""The status a sentence gives its dates: a decided change, a modality, or the plain plan.

A change is told by a cue ("postponed", "extended until", "called off", "brought
forward"). The status of the moved date follows from the kind of date, not from the verb:
a start or an event moved later is ``postponed``; an end, an expiry or a deadline moved
later is ``extended``; anything moved earlier is ``advanced``. A change that is only asked
for, proposed or weighed is ``proposed``; one forecast or hoped for is ``expected``; one
under a condition ("unless they agree to prolong it", "if talks fail") changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from deadlines.model import Status

from . import cues as C
from .asking import not_asking
from .marks import (
    CLOCK,
    DESPITE,
    HISTORY_ADJ,
    LEFT_OUT_OF,
    NOT_UNTIL_START,
    OTHER_CLAUSE,
    SPEAKER_AFTER,
    generic,
)
from .nouns import END_NOUN, EVENT_NOUN, START_NOUN
from .reach import (
    CONDITION,
    CORRELATIVE,
    DAY_VERB,
    LIFTED,
    REFUSED,
    STANCE,
    anaphoric,
    effect_of_change,
    in_aside,
    looks_likely,
    next_predicate,
    outside_asides,
    until_end,
    word_end,
)
from .status_cues import held_on

_F = re.IGNORECASE
MOVES = tuple(status for status in Status if status.is_move)
CHANGE_CUES = (
    ("cancelled", C.CANCEL),
    # (before "postponed": at one word, "moved the meeting forward by a week, to" is advanced)
    ("advanced", C.ADVANCE),
    ("postponed", C.POSTPONE),
    ("extended", C.EXTEND),
)
# a change asked for, put forward or attempted, not decided: a cue under these words is none
# (not "this request", "at India's request that deadline was extended", "the deadline for requests")
_REQUEST_WORD = (
    r"(?:(?<!\bthis\s)(?<!\bthe\s)(?<!\bthat\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bapproved\sa\s)(?<!\bgranted\sa\s)(?<!\baccepted\sa\s)(?<!['’]s\s)(?<!s['’]\s)"
    r"(?<!\bfor\s)request\w*|(?<!\bfor\s)request\w*(?=\s+(?:to|for)\b))"
)
_REQUEST = re.compile(
    # ("the submission of proposals", "a call for proposals": the documents asked for)
    # (nor a thing put forward that the change is not: "will vote on a proposed board")
    # (nor whose proposal a thing was: "US-proposed summit", "the event, proposed by the US,")
    r"\b(?:(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)(?<!\bon\sa\s)(?<!-)"
    r"(?!(?<=,\s)proposed\s+by\s[^,;.]{1,40},)propos\w*|propos\w*(?=\s+to\b)|"
    + _REQUEST_WORD
    + r"|"
    + C.NOT_CONVENED
    + r"call(?:s|ed|ing)?\s+for|call\s+on|asks?|asked|asking|urg\w*|demand\w*"
    r"|suggest\w*|recommend\w*|seek\w*|sought|want\w*|should|could|might|(?-i:may)(?!\s+\d)|would(?!-be\b)|consider(?:s|ed|ing)?|weigh\w*"
    r"|mull\w*|plans?\s+to|intend\w*|push\w*\s+for|lobb\w*|petition\w*|draft|offer(?:s|ed|ing)?\s+to|(?:(?:has|have)\s+applied|(?:is|are)\s+applying)\s+(?:(?:to\s+(?:the\s+)?[\w-]+\s+)?for|to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:authorit(?:y|ies)|regulators?|courts?|council|commission|board|agency|ministry|department|government|exchange|lenders|bondholders)\s+to)\b"
    r"|float(?:s|ed|ing)|whether\s+to"  # (a change floated: "floated a shorter extension", "pushing it back")
    # an attempt or a purpose is not the change itself: "will try to delay", "attempts to
    # postpone", "all their resources to impede or delay"
    r"|tr(?:y|ies|ied|ying)\s+to|attempt\w*|bid\s+to|efforts?\s+to|fight\w*\s+to"
    r"|in\s+order\s+to|so\s+as\s+to|aim\w*\s+(?:to|at)|(?:ways?|means|resources)\s+to)\b",
    _F,
)
_FORECAST = re.compile(
    C.ATTRIBUTIVE
    # (a comparison with a forecast is none: "signed off faster than expected")
    + r"(?<!\bthan\s)(?<!\bas\s)\b(?:expect\w*|likely|anticipat\w*|forecast\w*|project(?:ed|s)|predict\w*|hop(?:e|es|ed|ing)"
    r"|poised|looks?\s+(?:set|increasingly)|appears?\s+(?:set|likely))\b",
    _F,
)
_EXTENDING = re.compile(r"exten|prolong|renew", _F)
_KEPT_FOR = re.compile(C.KEPT_FOR, _F)


def _clause_lo(text: str, s: int, cue: int) -> int:
    """Where the clause of the cue at ``cue`` begins (within 70 characters); a participle
    clause ("proposed to delay it, pushing the start to May 2") is its main clause's."""
    lo = C.clause_start(text, max(s, cue - 70), cue)
    if lo > s and _PARTICIPLE.match(text, lo):
        lo = C.clause_start(text, s, lo - 1)
    return lo


# a participle with its object ("pushing the start"), not "during the talks"
_PARTICIPLE = re.compile(
    r"\s*(?!during\b|morning\b|evening\b)[a-z]{3,}ing\s+(?:the|its|their|his|her|it|them|a|an)\b"
)


def _governs(pattern: re.Pattern[str], text: str, s: int, cue: int) -> bool:
    """``pattern`` occurs in the clause before the cue at ``cue``."""
    return bool(pattern.search(text, _clause_lo(text, s, cue), cue))


# a condition the sentence opens on, up to the comma that ends it
_OPENING_IF = re.compile(r"\W*(?:if|unless|in\s+case|should\s+\w+\s+fail)\b[^.;,]{0,200},\s", _F)
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+|still\s+)?(?:be\s+)?$", _F)
_IF_AFTER = re.compile(r"\w*\s+(?:[\w,-]+\s+){0,4}?(?:if|unless|should)\b", _F)
# the change's own perfect after a modal of another clause: "(after which X may walk away)
# has been extended"
_OWN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:\w+\s+)?$", _F)
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|against)\s+$", _F)
_TOPIC_NOUN = re.compile(
    r"\b(?:on|about|regarding|(?:cost|costs|impact|effects?|causes?|reasons?|consequences)\s+of)"
    r"\s+(?:the|this|that|its|their)\s+(?:proposed\s+)?$",
    _F,
)
_CHANGE_AS_NOUN = re.compile(r"(?:delay|postponement|extension|deferral|cancell?ation)s?$", _F)


_DECIDE_WHETHER = re.compile(
    r"\b(?:decid\w*|determin\w*|consider\w*|review\w*|choose|choos\w*)\s+(?:on\s+)?whether\s+"
    r"(?:or\s+not\s+)?(?:to\s+)?$",
    _F,
)


def _topic(text: str, s: int, m: re.Match[str]) -> bool:
    """The change is what is spoken of, not made: "a vote on extending the order",
    "comments on this delay", "a hearing on the delay"."""
    if _DECIDE_WHETHER.search(text, max(s, m.start() - 40), m.start()):
        return True  # "must meet by July 1 to decide whether to extend the pact": a choice
    if m.group().lower().endswith("ing"):
        return bool(_TOPIC_BEFORE.search(text, max(s, m.start() - 10), m.start()))
    return bool(
        _CHANGE_AS_NOUN.match(m.group())
        and (
            _TOPIC_NOUN.search(text, max(s, m.start() - 24), m.start())
            or STANCE.search(text, max(s, m.start() - 40), m.start())
        )
    )


def change_in(text: str, s: int, e: int, focus: int | None) -> tuple[str | None, str | None]:
    """(change class, modality) of the sentence ``[s, e)``: the cue nearest before the date
    at ``focus`` (else the nearest after it, else the first) that is neither negated nor a
    condition. The modality is ``proposed`` or ``expected`` when the change is only asked
    for or forecast; "would" after a reporting verb is a reported plan, not a hedge."""
    before: tuple[int, str, int] | None = None
    after: tuple[int, str, int] | None = None
    conditions = [(c.start(), c.end()) for c in CORRELATIVE.finditer(text, s, e)]
    pos = focus if focus is not None else e
    for name, pattern in CHANGE_CUES:
        for m in pattern.finditer(text, s, e):
            if _set_aside(text, s, e, m, focus, conditions):
                continue
            gap = pos - m.start()
            # (with no day in view, the first cue tells it: "This deadline is extended; ...")
            nearer = before is None or (gap < before[0] if focus is not None else gap > before[0])
            if gap > 0 and nearer:
                before = (gap, name, m.start())
            elif gap <= 0 and (after is None or -gap < after[0]):
                after = (-gap, name, m.start())
    best = before or after
    if best is None:
        return None, None
    _d, name, at = best
    if name == "cancelled" and (moved := _moved_after_off(text, at, e)) is not None:
        name, at = moved  # "has been cancelled and rescheduled for March 17": a move
    forecast = _last(_FORECAST, text, s, at)
    if forecast is not None and C.PAST_PLAN.search(
        text, max(s, forecast.start() - 12), forecast.end()
    ):
        forecast = None  # "talks that had been expected to resume": the plan that was
    if forecast is not None or _FORECAST_AFTER.match(text, word_end(text, at), e):
        return name, "expected"
    if _CHANGE_AS_NOUN.match(text, at, word_end(text, at)) and looks_likely(
        text, word_end(text, at), e
    ):
        return name, "expected"  # "a postponement of the signing, set for ..., now looked likely"
    if _HYPOTHETICAL_AFTER.match(text, word_end(text, at), e):
        return name, "proposed"
    if _HEREBY.search(text, max(s, at - 20), at):
        return name, None  # "is hereby extended": the text itself makes the change
    if _pending(text, s, e, at):
        return name, "proposed"  # "extending the festival to 13 July, if the budget is approved"
    request = _last(_REQUEST, text, s, at)
    if request is not None and _OWN_PERFECT.search(text, request.end(), at):
        request = None  # "the date after which either side may walk away has been extended"
    alone = (
        request is not None
        and _REQUEST.search(text, _clause_lo(text, s, at), request.start()) is None
    )
    if request is not None and not_asking(text, request, at, alone):
        request = None
    if request is not None and not (
        request.group().lower() == "would" and C.REPORTED_VERB.search(text, s, request.start())
    ):
        return name, "proposed"
    # ("is proposing that, if the order is extended, it remain in force for a further three
    # years": what is asked for, across the clauses of the asking)
    # (and a change named as proposed is one: "Notice of proposed extension")
    asked = _ASKING_THAT.search(text, s, at) or _PROPOSED_BEFORE.search(text, max(s, at - 12), at)
    return name, ("proposed" if asked else None)


def _pending(text: str, s: int, e: int, at: int) -> bool:
    """Whether the change at ``at`` waits on an approval told in its own clause: a proposal,
    whatever its change word says."""
    m = C.PENDING.search(text, _clause_lo(text, s, at), e)
    return m is not None and (
        m.start() < at
        or not (_OTHER_CLAUSE.search(text, at, m.start()) or _REASON.search(text, at, m.start()))
    )


# a clause of another thing after a change: "..., which would apply only if", ", and the levy"
_OTHER_CLAUSE = re.compile(
    r"[,;]\s+(?:which|who|that|while|but|and\s+(?:the|an?|its|their))\b|;", _F
)
_REL_DAY_VERB = re.compile(
    r"\b(?:due|set|scheduled|slated|planned)\s+to\s+(?:(?P<start>begin|start|open|take\s+effect"
    r"|come\s+into\s+force|launch)|(?P<end>expire|end|close|lapse|run\s+out))\b",
    _F,
)
# a clause put before the subject: of purpose, time or cause ("To avoid ...,", "After ...,")
_FRONTED = re.compile(
    r"\W*(?:to|in\s+order\s+to|so\s+as\s+to|after|because\s+of|following|due\s+to|owing\s+to"
    r"|given|amid|despite)\b[^,;.]{0,120},",
    _F,
)
_PROPOSED_BEFORE = re.compile(r"\bproposed\s+$", _F)
# a call-off joined to a move of the same thing: "cancelled and moved to", "called off and
# will be rescheduled for"
_AND_THEN = re.compile(
    r"\s+and\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:been\s+|be\s+)?(?:now\s+)?",
    _F,
)


def _moved_after_off(text: str, at: int, e: int) -> tuple[str, int] | None:
    """The move a call-off at ``at`` is joined to by "and": the call-off is its first half."""
    off = C.CANCEL.match(text, at, e)
    j = _AND_THEN.match(text, off.end() if off else word_end(text, at), e)
    if j is None:
        return None
    for name, pattern in (("advanced", C.ADVANCE), ("postponed", C.POSTPONE)):
        m = pattern.match(text, j.end(), e)
        if m is not None:
            return name, m.start()
    return None


def _set_aside(
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    focus: int | None,
    conditions: list[tuple[int, int]],
) -> bool:
    """The cue ``m`` tells no change of the sentence's day: a condition, negated, a name, a
    change in general or spoken of, or another clause's."""
    if any(lo <= m.start() < hi for lo, hi in conditions):
        return True
    if C.NEGATED.search(text, max(s, m.start() - 60), m.start()):
        return True
    if _LEFT_OUT.search(text, max(s, m.start() - 50), m.start()):
        return True  # "are not covered by the extension and must file by Friday": theirs holds
    if _governs(CONDITION, text, s, m.start()) or anaphoric(text, m, focus):
        return True
    if (cond := _OPENING_IF.match(text, s, m.start())) is not None and cond.end() <= m.start():
        return True  # "If no one has registered by that date, the hearing will be cancelled"
    if _MODAL_BEFORE.search(text, max(s, m.start() - 24), m.start()) and _IF_AFTER.match(
        text, m.end(), e
    ):
        return True  # "can be extended if both sides agree": a change possible, none made
    if _in_name(text, s, e, m.start()) or (
        HISTORY_ADJ.search(text, max(s, m.start() - 8), m.start())
        and not _NOW.search(text, s, e)  # ("the twice-postponed vote will now be held")
    ):
        return True  # a name ("the Deferred Action for ... program"), a past ("long-delayed")
    if _ADJ_BEFORE.search(text, max(s, m.start() - 20), m.start()) and _ADJ_CUE.match(
        text, m.start()
    ):
        # "drained faster because of delayed income tax receipts": a cause named; "booked on
        # cancelled flights": a thing named by its change, not one the sentence tells
        return True
    if _MAY_BE_FURTHER.search(text, max(s, m.start() - 40), m.start()):
        return True  # "(such time and date, as the same may be further extended)": a hedge
    if _BLAMED_FOR.search(text, max(s, m.start() - 50), m.start()):
        return True  # "uncertainty that he blamed for delaying investment": a charge, no change
    if DESPITE.search(text, max(s, m.start() - 60), m.start()):
        return True  # "will go ahead as planned, despite calls for a delay": none made
    if REFUSED.search(text, max(s, m.start() - 60), m.start()):
        return True  # "rejected an opposition petition to delay a referendum": none made
    if _WHICH_DID.search(text, max(s, m.start() - 12), m.start()):
        return True  # "a one-day strike on November 28, which cancelled 70 percent of trains"
    if focus is not None and in_aside(text, s, e, m.start(), focus):
        return True  # "The opposition, which had demanded a delay, ... on Sunday": the aside's
    if generic(text, s, m.start()):
        return True  # "every delay means more confusion": delays in general, none dated
    if held_on(text, s, m, focus):
        return True  # "will vote Aug. 26 on a revised budget that pushes back the opening"
    if _topic(text, s, m) or (focus is None and effect_of_change(text, s, m.start())):
        return True  # "a vote on extending the order", "the extension would make it hard"
    pos = focus if focus is not None else e
    if m.start() >= pos and OTHER_CLAUSE.search(text, pos, m.start()):
        return True  # "will start flights on May 23, while scrapping a route": another's
    if m.start() >= pos and _WHY_BEFORE.search(text, max(pos, m.start() - 50), m.start()):
        # "will be removed on November 21, since it is no longer needed", "will now be
        # introduced on June 1, to give drivers more time": why, not what changes
        return True
    if m.start() >= pos and _AS_PLANNED.search(text, pos, m.start()):
        return True  # "will open on Aug. 25, as originally planned, giving pupils an extra week"
    # a headline's second predicate: "raises reserve ratio from Friday, extends swap line"
    return m.start() >= pos and next_predicate(text, s, e, m.start())


_LEFT_OUT = re.compile(LEFT_OUT_OF + "$", _F)
# the day told as holding, before a cue after it: the cue tells another thing's change
_AS_PLANNED = re.compile(
    r",\s+as\s+(?:originally\s+|previously\s+|first\s+)?(?:planned|scheduled|announced|intended)\b",
    _F,
)
# where a participle before its noun names a thing: after a cause word, or a preposition with
# no article ("on cancelled flights"; not "the date of the postponed vote")
_ADJ_BEFORE = re.compile(
    r"\b(?:(?:because\s+of|due\s+to|owing\s+to|amid)\s+(?:the\s+|a\s+)?"
    r"|(?:on|of|for|with|from|any|all)\s+"
    # (or what a thing is for, named by its change: "Forms of proxy for the rescheduled meeting
    # must be received by"; not "a new date for the postponed summit")
    r"|(?<!\bdate\s)(?<!\bdates\s)(?<!\bday\s)(?<!\bdeadline\s)(?<!\btime\s)for\s+the\s+)$",
    _F,
)
# a participle before its noun: "delayed income tax receipts" (not "delayed by", "delayed until")
_ADJ_CUE = re.compile(
    r"[a-z]+ed\s+(?!(?:by|until|till|to|from|of|for|again|indefinitely|and|or)\b)[a-z]", _F
)
_MAY_BE_FURTHER = re.compile(
    r"\b(?:as\s+)?(?:the\s+same|it|they|such\s+\w+|which)\s+may\s+(?:be\s+)?(?:further\s+|again\s+)?$",
    _F,
)
_BLAMED_FOR = re.compile(
    r"\b(?:blam\w*|criticis\w*|criticiz\w*|fault\w*|accus\w*|credit\w*)\b[^.;]{0,40}?\b(?:for|of|with)\s+$",
    _F,
)
_WHY_BEFORE = re.compile(
    r"(?:,\s+(?:in\s+order\s+|so\s+as\s+)?to|\b(?:since|because))\s+(?:[\w'’-]+\s+){0,4}$", _F
)
_NOW = re.compile(r"\b(?:will|would|is|are|was|were)\s+(?:now|instead)\b|\bnow\s+(?:set|due)\b", _F)
# what is asked for: "is proposing that", "recommends that"
_ASKING_THAT = re.compile(
    r"\b(?:propos|recommend|suggest|(?<!['’]s\s)(?<!s['’]\s)request|ask)\w*\s+that\b", _F
)
# a clause whose subject did the change: ", which cancelled most trains"
_WHICH_DID = re.compile(r",\s+(?:which|that)\s+(?:also\s+)?$", _F)
# a change forecast after its noun, as headlines tell it: "Extension Expected", "delay likely",
# or held possible
_FORECAST_AFTER = re.compile(
    r"\s+(?:(?:is|are|now|seen\s+as|looks?)\s+)?(?:expected|likely|probable|looms|looming)\b"
    r"|\s+(?:is|are|seems?|remains?)\s+(?:still\s+)?possible\b",  # "though a delay is possible"
    _F,
)
_HEREBY = re.compile(r"\bhereby\s+(?:\w+\s+)?$", _F)
# a capitalised word followed by another inside a sentence in running text
_NAME_WORD = re.compile(r"[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"(?<!^)(?<![.:] )\b[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?$")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")


def _in_name(text: str, s: int, e: int, at: int) -> bool:
    """The cue at ``at`` is a word of a name ("Deferred Action for Childhood Arrivals", "the
    Alliance for Renewal"): capitalised, beside a capitalised word, away from the sentence's
    start, in running text (a title's words are all capitalised)."""
    named = _NAME_WORD.match(text, at) or (text[at].isupper() and _NAME_BEFORE.search(text, s, at))
    return bool(named) and bool(text[s:at].strip()) and len(_LOWER_WORD.findall(text, s, e)) >= 4


# a change that is the subject of a modal: "a three-day extension would allow..."
_HYPOTHETICAL_AFTER = re.compile(r"\s+(?:would|could|might|may|should)\b", _F)


def _last(pattern: re.Pattern[str], text: str, s: int, cue: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in the clause before the cue at ``cue``."""
    found = None
    for m in pattern.finditer(text, _clause_lo(text, s, cue), cue):
        found = m
    return found


def _noun_kinds(text: str, lo: int, hi: int, extending: bool) -> list[tuple[int, bool]]:
    """(position, ends) of the end, start and event nouns of ``text[lo:hi]``, in text order;
    an event ends when it is ``extending``."""
    hits = [(m.start(), m.end(), True) for m in END_NOUN.finditer(text, lo, hi)]
    hits += [(m.start(), m.end(), False) for m in START_NOUN.finditer(text, lo, hi)]
    hits += [(m.start(), m.end(), extending) for m in EVENT_NOUN.finditer(text, lo, hi)]
    hits.sort()
    # a compound is its last noun: "the tariff truce" is a truce, "the duty pause" a pause;
    # a noun's "of" or "on" names what it is of: "a hearing on transit funding" is a hearing
    out = []
    head_end = -1
    for i, (start, end, ends) in enumerate(hits):
        if head_end >= 0 and _OF_GAP.fullmatch(text, head_end, start):
            head_end = end
            continue
        if not (i + 1 < len(hits) and _COMPOUND_GAP.fullmatch(text, end, hits[i + 1][0])):
            out.append((start, ends))
            head_end = end
    return out


_COMPOUND_GAP = re.compile(r"[^\S\n]+|-")
_OF_GAP = re.compile(
    r"\s+(?:of|to|for|on|about|over)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){,3}?", _F
)
# a day something runs from: its start, whatever it is ("will close from 00:01 on")
_FROM_DAY = re.compile(
    # (not the old day of a pair: "to Sept. 27 from June 27")
    rf"(?<!\d\s)(?<!\d,\s)\b(?:from|starting|beginning|as\s+of)\s+(?:{CLOCK}\s+(?:on\s+)?)?(?:the\s+)?$",
    _F,
)
# what a move is put down to is not what was moved
_REASON = re.compile(
    r"\b(?:because|due\s+to|as\s+a\s+result|owing\s+to|amid|in\s+light\s+of"
    # nor what it is for: "moved to April 16 to allow more time for comments"
    r"|in\s+order\s+to|so\s+that|to\s+(?:allow|give|provide|permit|let)\b)\b",
    _F,
)


def end_of_something(text: str, s: int, e: int, cue: int | None, date: int) -> bool | None:
    """Whether the moved date ends something (True) or starts or holds it (False): the
    noun the change cue governs (the first after it, else the last before it), else the
    one nearest the date; None when the sentence names neither."""
    if date > s and LIFTED.search(text, max(s, date - 60), date):
        return True  # "the watering ban will be lifted from Monday 8 November": its end
    if date > s and (
        _FROM_DAY.search(text, max(s, date - 40), date)
        or NOT_UNTIL_START.search(text, max(s, date - 240), date)
    ):
        # "the line will close from 00:01 on Saturday", "the rule would not take effect
        # until April 1": the day it starts
        return False
    if date > s and (verb := DAY_VERB.search(text, max(s, date - 24), date)):
        return verb.group("end") is not None  # "which had been due to begin on November 4"
    if until_end(text, max(s, date - 40), date):
        return True  # "now have until June 17 to file": the end of a term, whatever is done
    extending = cue is not None and bool(_EXTENDING.match(text, cue))
    if cue is not None:
        reason = _REASON.search(text, cue, min(e, cue + 60))  # "because of a funding lapse"
        # (nor a noun of the next clause: "was extended to June 30, and the levy ... would")
        joined = _OTHER_CLAUSE.search(text, cue, min(e, cue + 60))
        hi = min(m.start() for m in (reason, joined) if m) if reason or joined else min(e, cue + 60)
        after = _noun_kinds(text, cue, hi, extending)
        if after and not _KEPT_FOR.match(text, cue):  # ("keep its truce in place for")
            return after[0][1]
        # (the subject before a relative clause told between it and the change: "the deadline
        # to register, which was due to fall on Friday, has been extended")
        rel = _LAST_RELATIVE.search(text, max(s, cue - 90), cue)
        hi = rel.start() if rel else cue
        if rel and (verb := _REL_DAY_VERB.search(text, rel.start(), cue)):
            # (the relative clause tells what its day was: "the freeze on heating tariffs,
            # which had been due to expire on December 31, will be extended")
            return verb.group("end") is not None
        # (nor a noun of a clause put before the subject: "To avoid the first week of the
        # school term, this work has been put back")
        fronted = _FRONTED.match(text, s)
        lo = fronted.end() if fronted and fronted.end() < hi else s
        before = _noun_kinds(text, max(lo, hi - 90), hi, extending)
        if before:
            return _head_of(text, before)[1]
    # (not a noun of the reason told after the change: "put off this month's decision by a
    # week because of the period of national mourning")
    why = _REASON.search(text, cue, e) if cue is not None else None
    said = SPEAKER_AFTER.search(text, date, e) if date > s else None  # (nor the speaker's words)
    lim = min(why.start() if why and why.start() > date else e, said.start() if said else e)
    fronted = _FRONTED.match(text, s)
    lo = fronted.end() if fronted and cue is not None and fronted.end() < cue else s
    hits = _noun_kinds(text, lo, lim, extending)
    if not hits:
        return None
    # the thing the date is told of comes before it; a noun after it is another clause's
    # ("kept open until that date to reflect the later hearing")
    before = [h for h in hits if h[0] < date]
    if before and not (before := outside_asides(text, s, date, before)):
        return None  # (only nouns of clauses of their own: "before the outbreak forced a pause")
    return before[-1][1] if before else hits[0][1]


# a noun's complement up to a noun inside it: "Talks on shoring up a fragile ceasefire", "the
# deadline to register to vote in the election"
_COMPLEMENT = re.compile(
    r"[\w-]+\s+(?:on|of|over|about|for|to\s+(?!the\b)[a-z]+)\s(?:[^,;.()]|\.(?=\s\d)){0,50}$", _F
)
# a relative clause right before a change: "..., which was due to fall on Friday, has been"
_LAST_RELATIVE = re.compile(r",\s+(?:which|that)\s[^,;]{4,90},\s+(?:\w+\s+){0,2}$", _F)


def _head_of(text: str, hits: list[tuple[int, bool]]) -> tuple[int, bool]:
    """The last noun of ``hits``, or the head whose complement holds it ("talks on a truce":
    the talks)."""
    last = hits[-1]
    for h in hits[:-1]:
        if _COMPLEMENT.fullmatch(text, h[0], last[0]):
            return h
    return last


def first_cue(text: str, s: int, e: int, name: str) -> int | None:
    pattern = dict(CHANGE_CUES)[name]
    m = pattern.search(text, s, e)
    return m.start() if m else None


_CUE_TAIL = re.compile(
    r"\s+(?:back\s+|off\s+|up\s+|forward\s+)?(?:to|until|till|by|for|from|through)\b", _F
)


def cue_words(text: str, s: int, e: int, name: str) -> str | None:
    """The words of the sentence ``[s, e)`` that tell a change of class ``name``, with the
    preposition that follows them: "postponed to", "extended until", "called off"."""
    m = dict(CHANGE_CUES)[name].search(text, s, e)
    if m is None:
        return None
    tail = _CUE_TAIL.match(text, m.end(), e)
    return " ".join(text[m.start() : tail.end() if tail else m.end()].split())


def move_status(
    change: str, ends: bool | None, due: dt.date | None, previous: dt.date | None
) -> str:
    """The status of a date moved by a cue of class ``change``; where both days are known,
    they tell the direction, whatever a cue told of elsewhere says."""
    if due is not None and previous is not None and due != previous:
        change = "advanced" if due < previous else ("postponed" if change == "advanced" else change)
    if change == "advanced":
        return "advanced"
    if ends is None:
        return "extended" if change == "extended" else "postponed"
    return "extended" if ends else "postponed"
