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
    r"\b(?:rejected|refused|turned\s+down|dismissed|threw\s+out|denied|overruled)\s+(?:an?|the|its"
    r"|their)\s+(?:[\w'-]+\s+){0,3}?(?:petition|request|bid|motion|call|proposal|plea|appeal)s?"
    r"\s+(?:to|for)\s+(?:an?\s+)?(?:[\w-]+\s+)?$",
    _F,
)

_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", _F)


def in_aside(text: str, s: int, e: int, at: int, focus: int) -> bool:
    """The cue at ``at`` sits in an aside (", which had demanded a delay of two months,")
    and the day at ``focus`` outside it."""
    opened = _ASIDE_OPEN.search(text, max(s, at - 80), at)
    if opened is None:
        return False
    close = text.find(",", at, e)
    return close >= 0 and not opened.start() < focus < close


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
    r",\s+(?:(?:proposed|final|interim\s+final|direct\s+final)\s+rule|notice|proposal|letter"
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
        and _DOCUMENT_OWNER.search(text, max(0, start - 12), start)
    )
