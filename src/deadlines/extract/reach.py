"""What a change cue or a day reaches in its sentence: a ban lifted, a stance on a change,
a request refused, an aside, a condition, the day a document bears."""

from __future__ import annotations

import re

from .marks import CLOCK

_F = re.IGNORECASE

# a restriction lifted from a day ends then: "the ban will be lifted from Monday"
LIFTED = re.compile(
    rf"\b(?:lift(?:s|ed)?|end(?:s|ed)?|removed)\s+(?:from|as\s+of)\s+(?:{CLOCK}\s+(?:on\s+)?)?$", _F
)

# a stance on a change, none made: "would not oppose a short extension"
STANCE = re.compile(
    r"\b(?:oppos|support|back|welcom|reject|resist|criticis|criticiz|object\w*\s+to)\w*\s+"
    # (not "criticised the delay": a stance on a change made, which it tells)
    r"(?:a|an|any)\s+(?:[\w-]+\s+)?$",
    _F,
)

# a change asked for and refused: "rejected an opposition petition to delay", "turned down a
# request for an extension"
REFUSED = re.compile(
    r"\b(?:reject(?:ed|ing)|refus(?:ed|ing)|turn(?:ed|ing)\s+down|dismiss(?:ed|ing)|threw\s+out"
    r"|den(?:ied|ying)|overrul(?:ed|ing))\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:petition|request|bid|motion|call|proposal|plea|appeal)s?(?:\s+from\s+(?:the\s+)?[\w'’-]+)?"
    r"\s+(?:to|for)\s+(?:an?\s+)?(?:[\w-]+\s+)?$",
    _F,
)

_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", _F)


def in_aside(text: str, s: int, e: int, at: int, focus: int) -> bool:
    """The cue at ``at`` sits in an aside (", which had demanded a delay of two months,")
    and the day at ``focus`` outside it."""
    if (
        _PAST_MOVES_OPEN.search(text, max(s, at - 30), at)
        and (told := _PAST_MOVES.match(text, word_end(text, at), e))
        and told.end() < focus
    ):
        # ("The funding, extended twice since October, expires Jan. 30": moves gone by, told
        # of the thing whose day the main clause gives, unless it gives it as new)
        return _NOW_MAIN.search(text, told.end(), focus) is None
    opened = _ASIDE_OPEN.search(text, max(s, at - 80), at)
    if opened is None:
        return False
    close = text.find(",", at, e)
    if close >= 0 and _DONE_TO_IT.match(text, opened.start(), at) and focus > close:
        # ("The match, which was called off on Saturday, will now be played on": the aside
        # tells what befell the thing whose new day the main clause gives)
        return _NOW_MAIN.search(text, close, focus) is None
    return close >= 0 and not opened.start() < focus < close


# a participle aside of moves gone by, how often or since when and nothing more
_PAST_MOVES_OPEN = re.compile(r",\s+(?:(?:already|once|twice|repeatedly|previously)\s+)?$", re.I)
_PAST_MOVES = re.compile(
    r"(?:\s+(?:once|twice|three\s+times|several\s+times|already|again|before|repeatedly"
    r"|previously|earlier(?:\s+this\s+\w+)?|last\s+\w+|since\s+\w+|in\s+\d{4}))+\s*,",
    re.I,
)


_WORD_END = re.compile(r"\w*")


def word_end(text: str, at: int) -> int:
    m = _WORD_END.match(text, at)
    return m.end() if m else at


_DONE_TO_IT = re.compile(
    r",\s+which\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?$", re.I
)
_NOW_MAIN = re.compile(r"\b(?:will|is|are)\s+(?:now|instead)\b", re.I)


# a condition, not a change: "unless", "if talks fail"
CONDITION = re.compile(
    # ("whether to move the deadline" asks about a change: a proposal, below)
    r"\b(?:unless|if|whether(?!\s+to\b)|in\s+case|provided\s+that|should\s+\w+\s+fail)\b",
    _F,
)
# a correlative ("the longer the reform is put off, the harder it gets"): its first half is a
# condition, not a change
CORRELATIVE = re.compile(
    r"\bthe\s+(?:longer|more|further|sooner)\b(?!\s+than\b)[^,;.]{0,80},\s*the\s+(?:\w+er|more|less)\b",
    _F,
)

# a day a document bears, told as its attribute: "our January 6, 2015, proposed rule", "the
# agency's April 10, 2001, notice of proposed rulemaking"
DOCUMENT_AFTER = re.compile(
    r",\s+(?:(?:(?:proposed|final|interim\s+final|direct\s+final)\s+)?rule|notice|proposal|letter"
    r"|order|decision|report|memorandum|press\s+release|announcement|request)\b",
    _F,
)
_DOCUMENT_OWNER = re.compile(r"(?:['’]s|\b(?:our|its|their|the))\s+$", _F)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def document_day(text: str, start: int, end: int) -> bool:
    """The dated day of an owned document, year and all: "our January 6, 2015, proposed
    rule", not "to March 1, notice of the change was posted"."""
    return bool(
        DOCUMENT_AFTER.match(text, end)
        and _YEAR_WRITTEN.search(text, start, end)
        # (or the article the expression holds: "the January 20, 2017, memorandum")
        and (_DOCUMENT_OWNER.search(text, max(0, start - 12), start) or _THE.match(text, start))
    )


_THE = re.compile(r"the\s", _F)


# a change the text speaks of as known, for what it will do: "the short extension would make
# it hard to plan", "the delay could cost millions" (not "a delay would push the vote back")
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:(?!(?:an?|the)\b)[\w-]+\s+){0,2}$", re.I
)
_CHANGE_NOUN = re.compile(r"\w*(?:ion|ment|delay|move)s?\b", re.I)
_EFFECT_AFTER = re.compile(r"\s+(?:would|could|might|may|will)\s", re.I)


def effect_of_change(text: str, s: int, at: int) -> bool:
    """The cue at ``at`` is a noun for a change named with a definite article (one the text
    speaks of as known), the subject of a modal that tells its effect."""
    noun = _CHANGE_NOUN.match(text, at)
    return (
        noun is not None
        and _DEFINITE_BEFORE.search(text, max(s, at - 40), at) is not None
        and _EFFECT_AFTER.match(text, noun.end()) is not None
    )


# a cue that is a noun naming an earlier change ("this postponement will not affect"; not
# "the delay", which a stance may name as the change told: "criticised the delay")
_CHANGE_SUFFIX = re.compile(r"(?:ment|ion|ions|ments)$", _F)
_DETERMINER = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+$", _F)


def anaphoric(text: str, m: re.Match[str], focus: int | None) -> bool:
    """The cue names a change told elsewhere: "this postponement will not affect"."""
    if not _DETERMINER.search(text, max(0, m.start() - 8), m.start()):
        return False
    if _NOT_AFTER.match(text, m.end()):
        return True  # "The postponement does not change the June 30 deadline": another's
    if not _CHANGE_SUFFIX.search(m.group()):
        return False
    if _OF_THING.match(text, m.end()):
        return False  # "the cancellation of the meeting ... scheduled for": names what it changes
    return focus is None or not 0 <= focus - m.end() <= 40


_OF_THING = re.compile(r"\s+of\s+(?:the|its|their|this|a|an)\s", _F)
_NOT_AFTER = re.compile(r"\s+(?:(?:does|do|did|will|would)\s+not|doesn't|won't|didn't)\b", _F)


# the change, a noun, as the subject of a verb that holds it likely further on in its clause
_LOOKS_LIKELY = re.compile(
    r"[^.;]{0,140}?\b(?:look(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?)\s+(?:increasingly\s+|more\s+)?"
    r"(?:likely|possible|probable|inevitable)\b",
    _F,
)


def looks_likely(text: str, at: int, e: int) -> bool:
    """What follows a change noun ending at ``at`` holds it likely: "a postponement of the
    signing, set for October 27, now looked likely"."""
    return _LOOKS_LIKELY.match(text, at, e) is not None


_NEXT_PREDICATE = re.compile(
    r",\s(?:extends|delays|postpones|cancels|scraps|defers|suspends|pushes|moves|brings|drops"
    r"|calls|puts)\b"
)


def next_predicate(text: str, s: int, e: int, at: int) -> bool:
    """The cue at ``at`` heads a headline's second predicate, another clause's: "raises
    reserve ratio from Friday, extends swap line" (a line with no closing stop)."""
    return _NEXT_PREDICATE.match(text, max(s, at - 2)) is not None and not _CLOSED.search(
        text, s, e
    )


_CLOSED = re.compile(r"[.!?][\"”’')]*\s*$")


# the verb a day is told by, which says whether it starts or ends its thing: "due to begin
# on November 4", "set to expire on"
DAY_VERB = re.compile(
    r"\b(?:(?P<start>begin|start|open|commence|launch|resume|(?<=now\sbe\s)held|(?<=instead\sbe\s)held)|(?P<end>expire|end|close|lapse"
    r"|run\s+out|finish(?:e)?))(?:s|ed|ing)?\s+(?:on\s+)?$",
    _F,
)


# a clause of its own opened by a conjunction of time or cause, up to its comma
_SUBCLAUSE = re.compile(r"\b(?:before|after|because|when|while|since)\b[^,;]*[,;]", re.IGNORECASE)


def outside_asides(
    text: str, s: int, end: int, hits: list[tuple[int, bool]]
) -> list[tuple[int, bool]]:
    """The (position, ends) noun hits of ``text[s:end]`` outside a clause of time or cause
    ("which was to have been dissolved before the outbreak forced a pause, will now ...")."""
    asides = [m.span() for m in _SUBCLAUSE.finditer(text, s, end)]
    return [h for h in hits if not any(a <= h[0] < b for a, b in asides)]


# the time one has until the date: its end, whatever is done ("now have until June 17 to file")
_HAVE_UNTIL = re.compile(
    r"\b(?:have|has|had|get|gets|got|given|giving|gave|grant\w*)\s+(?:(?!been\b|\w+ed\b)\w+\s+)?"
    r"until\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a thing that lasts until the date: its end ("members will now sit until January 9",
# "remain in session until July 10", "kept open until that date")
_LASTS_UNTIL = re.compile(
    # ("has been extended until April 30": however the thing began, it now lasts until then)
    # (and what is taken in until then: "will now be accepted until 31 March")
    r"\b(?:sit|sits|sitting|remain\w*|stay\w*|kept|keep\w*|last|lasts|run|runs|continue\w*"
    r"|accepted|taken|lodged|submitted|filed|extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)"
    r"(?:\s+(?:open|closed|shut|suspended|in\s+session|in\s+place|in\s+force|in\s+effect"
    r"|funded|valid|available))?"
    r"\s+(?:until|till|through)\s+(?:the\s+)?"
    r"(?:(?:end|close)\s+of\s+(?:\w+\s+){1,3}?(?:on\s+)?)?$",  # ("until end of service on")
    re.IGNORECASE,
)


def until_end(text: str, lo: int, date: int) -> bool:
    """The date at ``date`` is what something lasts or is given until: its end."""
    return bool(_HAVE_UNTIL.search(text, lo, date) or _LASTS_UNTIL.search(text, lo, date))
