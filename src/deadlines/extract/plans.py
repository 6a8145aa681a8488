"""The day of a plan, whatever the tense of the verb that tells it: a day given as a plan's
date or deadline, a day that qualifies an event ("the May 3 election"), and the day of an
event planned, called off or put off ("a march planned for Saturday", "postponed Tuesday's
vote", "call off Monday strike")."""

from __future__ import annotations

import re

from .tense_words import CHANGE_VERB, FOR_BEFORE, SUBORDINATE, TARGET_BEFORE

_F = re.IGNORECASE
_PLAN_NOUN = re.compile(r"\b(?:(?:start|target|new|election|polling)\s+)?(?:date|deadline)\b", re.I)


def names_a_plan(text: str, s: int, e: int, start: int, end: int) -> bool:
    """A day given as the date or deadline of a plan (a noun a few words around it), or
    as the day of an event it qualifies ("suspended the May 3 presidential election"); not
    one a past act tells has passed ("missed the agency's Feb. 1 deadline")."""
    if _MET_OR_MISSED.search(text, max(s, start - 50), start):
        return False
    if _PLAN_NOUN.search(text, max(s, start - 40), min(e, end + 30)):
        return True
    return bool(
        (
            _QUALIFIER_BEFORE.search(text, max(s, start - 8), start)
            or text.startswith(("the ", "The "), start)
        )
        and EVENT_AFTER.match(text, end, e)
    )


_MET_OR_MISSED = re.compile(r"\b(?:missed|met|beat|blew|overshot)\s+(?:[\w'’.-]+\s+){0,6}$", re.I)
# a day that qualifies an event: "the state's April 7 primary", "its Nov. 3 vote"
_QUALIFIER_BEFORE = re.compile(r"(?:\bthe|\bits|\btheir|['’]s)\s+$", re.I)
EVENT_AFTER = re.compile(
    r"(?:,?\s+\d{4},?)?\s+(?:[a-z-]+\s+){0,2}?(?:primary|primaries|elections?|polls?|votes?"
    r"|ballot|referendum|run-?off|rounds?|meeting|summit|talks|conference|hearing|session|launch"
    r"|strike|walkout|visit|ceremony|debate|match|game|final|opening|start|expiry|tariffs?)\b",
    re.I,
)


# "planned" with its event, not an infinitive ("planned to leave" is told as a future), in
# one stretch up to the day: no comma, and no other verb of the past ("who had planned a
# strike walked out on Friday" dates the walkout)
PLANNED_EVENT = re.compile(
    r"\bplanned\b(?!\s+to\b)(?:(?!\b(?:was|were|had|did|went|\w{3,}ed|after|before|when|while"
    r"|because|since)\b)[^.;:,])*$",
    _F,
)
# the verb of a plan called off or put off
PUT_OFF_VERB = (
    r"\b(?:postpon|delay|defer|cancel|call(?:ed|s|ing)?\s+off|scrap|scrub|reschedul"
    r"|put(?:s|ting)?\s+off|push(?:es|ed|ing)?\s+back)\w*"
)
# a plan told in the perfect infinitive: "which was to have been held in Cairo on"
WAS_TO_HAVE = re.compile(
    r"\b(?:was|were)\s+to\s+have\s+(?:been\s+)?\w+\s+(?:[\w,'’]+\s+){0,4}?(?:on\s+)?$", _F
)
# right before the day whose event it was: "postponed Tuesday's vote", "called off
# Saturday's parade"
CALLED_OFF = re.compile(PUT_OFF_VERB + r"\s+$", _F)
# anywhere before the day in its sentence ("called off a strike planned for Monday")
_PUT_OFF = re.compile(PUT_OFF_VERB + r"|\bsuspend\w*", _F)


def put_off_before(text: str, s0: int, start: int) -> bool:
    """A verb calling off or putting off a plan stands before ``start`` in its sentence
    (which begins at ``s0``), within 120 characters."""
    return _PUT_OFF.search(text, max(s0, start - 120), start) is not None


# the same told after the day's event, in the passive: "Sunday's semi-final was abandoned"
CALLED_OFF_AFTER = re.compile(
    r"^['’]s\s+[^.;]{0,120}?\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:postponed|delayed"
    r"|deferred|cancel+ed|called\s+off|scrapped|scrubbed|abandoned|rescheduled|put\s+off"
    r"|pushed\s+back|put\s+back|moved|rearranged|shifted|brought\s+forward)\b",
    _F,
)


def called_off_day(text: str, start: int, end: int) -> bool:
    """The possessive or qualifying day at ``text[start:end]`` is the day of an event called
    off or put off ("postponed Tuesday's vote", "Sunday's final was postponed", "call off
    Monday strike"), not the day of the act."""
    if _QUALIFIES.match(text, end):  # "call off Monday strike": the day of the strike
        return bool(CALLED_OFF.search(text, max(0, start - 30), start))
    return text.startswith(("'s", "’s"), end) and bool(
        CALLED_OFF.search(text, max(0, start - 30), start)
        or CALLED_OFF_AFTER.match(text[end : end + 140])
    )


# a noun the day qualifies, right after it: "Monday strike", "Tuesday vote"
_QUALIFIES = re.compile(
    r"[^\S\n]+(?!(?:until|till|to|and|or|the|a|an|after|before|amid|because|in|on|at|for|by|as"
    r"|from|with|over|following|during|despite|ahead|night|morning|afternoon|evening|due)\b)"
    r"[a-z]{3,}\b"
)


# a plan told in the active past perfect of its own clause, its day still ahead: "The
# calendar published in March had listed Friday, December 11", "had students finishing on
# Friday, June 13" (not across a comma, a modal or a relative pronoun: "as the agency had
# announced, the rule takes effect", "who had bought the bonds will be repaid on")
# (only a verb that sets a day, "had listed", "had set", or one that has someone finish,
# start or close on it: not "had booked the stadium for July 6", a deed)
_HAD = re.compile(
    r"\bhad\s+(?:(?:listed|set|fixed|scheduled|planned|slated|named|pencil+ed\s+in)\s+"
    r"|(?:[\w'’-]+\s+){1,4}?(?:finishing|ending|starting|beginning|opening|closing|returning)\s+)"
    r"(?:(?!(?:will|would|shall|must|can|could|may|might)\b)[^\s.;:!?,]+\s+){0,6}?"
    r"(?:on\s+|for\s+|until\s+|by\s+)?$",
    _F,
)
_RELATIVE = re.compile(r"\b(?:which|that|who|whom)\s+$", _F)


def past_perfect_plan(text: str, s: int, since: int, start: int) -> bool:
    """A day told as a plan in the past perfect: the old day of a day told as new beside it
    ("will now be Wednesday, June 18"), and of nothing else."""
    had = _HAD.search(text, max(s, since, start - 80), start)
    return had is not None and not _RELATIVE.search(text, max(s, had.start() - 8), had.start())


_SETS_BEFORE = re.compile(
    r"\b(?:set|sets|gave|gives|imposed|imposes|fixed)\s+(?:a|an|the)\s+$", re.I
)
_TERM_AFTER = re.compile(r"\s+(?:deadline|ultimatum|cut-?off|target\s+date)\b", re.I)


def planned_date(text: str, s0: int, start: int, end: int) -> bool:
    """The new date of a changed plan ("pushed back to March 3"), the old one it is moved
    from or beyond ("extended beyond November 10") or the date a plan is for ("elections for June
    30", "a summit set for May 2")."""
    change = None
    if TARGET_BEFORE.search(text, max(s0, start - 12), start):
        change = next(iter(reversed(list(CHANGE_VERB.finditer(text, s0, start)))), None)
    if change is not None and not SUBORDINATE.search(text, change.end(), start):
        return True  # (not "called off the hearing after he withdrew it on Wednesday")
    if _SETS_BEFORE.search(text, max(s0, start - 16), start) and _TERM_AFTER.match(text, end):
        return True  # (or the day of a term set: "set a Monday deadline")
    # (not what one is thanked or blamed for: "thanked the crews for the July 4 cleanup")
    return bool(FOR_BEFORE.search(text, max(s0, start - 12), start)) and not _THANKED_FOR.search(
        text, max(s0, start - 90), start
    )


_THANKED_FOR = re.compile(
    r"\b(?:thank|prais|blam|criticis|criticiz|apologi[sz]|credit|fault)\w*\b[^.;,]{0,70}\bfor\s+$",
    re.I,
)


# a move told as done, on to another day ("has been extended twice, first to Sept. 12 and
# then to Sept. 18"): the day moved on from may have come and gone since
MOVED_BEFORE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:extended|moved|postponed|delayed|pushed\s+back"
    r"|put\s+off|rescheduled|deferred)\s+(?:[\w-]+,?\s+){0,2}?(?:to|until|till)\s+$",
    re.IGNORECASE,
)


_OCCASION = re.compile(
    r"(?:[A-Z][\w.'’]*,?\s+){1,5}(?:Day|Eve)|Christmas|Thanksgiving|Easter(?:\s+\w+)?|Halloween"
    r"|(?:Good|Black)\s+Friday|Juneteenth"
)
# the occasion a place closes for ("was closed Thursday for Veterans Day"): no plan, the
# clause's own tense tells
_CLOSED_FOR = re.compile(r"\b(?:closed|shut|off)\s+(?:[\w-]+\s+){0,2}?for\s+$", re.IGNORECASE)


def closed_for(text: str, s0: int, start: int, end: int) -> bool:
    """An occasion a place closes for ("was closed Thursday for Veterans Day"): no plan."""
    return bool(_OCCASION.fullmatch(text, start, end)) and bool(
        _CLOSED_FOR.search(text, max(s0, start - 40), start)
    )


# a thing moved on again: "first to Sept. 12 and then to Sept. 18"
THEN_TO = re.compile(
    r"[\s,]+(?:and\s+)?then\s+(?:again\s+)?(?:(?:moved|pushed\s+back|extended|postponed|delayed"
    r"|put\s+off|deferred|rescheduled)\s+)?(?:to|until|till)\s+(?:the\s+)?"
    # (or moved on again by the main verb after a clause of the first move: "which was delayed
    # to March 21, 2017, is further delayed until May 20, 2017")
    r"|,\s+(?:is|are|has\s+been|have\s+been|was|were|will\s+be)\s+(?:now\s+)?(?:further|again)\s+"
    r"(?:moved|pushed\s+back|extended|postponed|delayed|put\s+off|deferred|rescheduled)\s+"
    r"(?:to|until|till|through)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def moved_on_after(text: str, end: int) -> bool:
    """The day ending at ``end`` is one a thing was moved on from, to a day told next."""
    nxt = THEN_TO.match(text, end)
    return nxt is not None and bool(re.match(r"\d|[A-Z]", text[nxt.end() : nxt.end() + 1]))
