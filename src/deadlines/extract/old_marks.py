"""The marks that tell a date as the old one of a change, or as the plan a change moves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import WEEKDAY_RE
from .marks import FIRST_SET, HAD_UNTIL, OUTRIGHT, THE_OLD_DATE, UNREAL, WAS_TO

if TYPE_CHECKING:  # (anchors reads these marks)
    from .anchors import Anchor

_F = re.IGNORECASE

# "initial" and "original" mark an old date when they qualify a plan or a date ("the initial
# deadline"), not when they qualify anything else ("its initial quarterly dividend")
_FIRST_PLAN = (
    r"(?:initial|original)(?=\s+(?:[\w'-]+\s+){0,2}?(?:date|deadline|plan|schedule|timetable"
    r"|timeline|target|term|start|launch|opening|closing|expiry|end|session|meeting|hearing"
    r"|vote|summit|period|window|notice)s?\b)"
)
# a plan told as a thing convened or aimed for a day: "had been called for July 11"
_CONVENED = r"targeted|convened|called(?=\s+for)"
# the participle of a plan after "was" or "had been": "was due", "had been slated"
_PLANNED_AS = r"due|set|fixed|scheduled|supposed|meant|planned|slated|pencil+ed\s+in|" + _CONVENED
# the day denied beside the one given: "until 30 June 2022, and not until 31 March, as was"
_NOT_THEN = r"(?<=,\s)(?:and\s+)?not(?=\s+(?:on|until|till|by|from)\s)"
# "their previously announced merger": a thing told before, not an old date
_ANNOUNCED_THING = (
    r"(?!\s+(?:announced|disclosed|reported|stated|mentioned|published|agreed)\s+(?!(?:dates?"
    r"|deadlines?|days?|times?|schedule|timetable|closing|start|for|on|as|to|in|by|at|the|a|an|of)\b)"
    r"[a-z])"
)
# the marks both readings share, and what may follow them
_OLD_TAIL = (
    r"|"
    + HAD_UNTIL  # (before "had promised": the longer reach wins)
    # ("had first pencilled in 22 September": the adverb of a first plan may stand between)
    + r"had\s+(?:(?:first|originally|initially|once)\s+)?(?:planned|scheduled|set|required"
    r"|agreed|promised|expected|intended|pencil+ed\s+in|slated"
    # (a plan put on an agenda: "which staff had placed on the agenda for next Monday")
    r"|(?:placed|put|listed)\s+(?:it\s+|them\s+)?on\s+the\s+agenda\s+for"
    # (a term someone was held to: "had faced a deadline of Wednesday, October 15")
    r"|faced\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:deadline|cut-?off)\s+(?:of|on))|"
    + UNREAL
    + r")\b"
    + WAS_TO
    + OUTRIGHT
)
# a date introduced by these is the old/current date of a changed plan
# the old day in brackets after the new one: "now due Monday 14 February (was Monday 31
# January)"
_WAS_BRACKETED = r"(?<=\()(?:was|formerly)(?=\s+(?:(?:on|due|set\s+for)\s+)?(?:[A-Z0-9]|$))"
PREVIOUS_MARK = re.compile(
    # ("will now apply from 1 January": the start of the thing, not where a move came from)
    r"\b(?:"
    + _WAS_BRACKETED
    + r"|(?<!\bapply\s)(?<!\bapplies\s)(?<!\bvalid\s)(?<!\beffective\s)(?<!\bstarting\s)from"
    r"|beyond|(?<!\bas\s)(?:originally|initially|previously|formerly)"
    + _ANNOUNCED_THING
    + r"|current(?:ly)?|instead\s+of"
    # (a term gone by, told beside its new end: "which passed on March 8, will now run until")
    r"|(?:which|that)\s+(?:had\s+)?(?:passed|lapsed|expired)(?=\s+(?:on\s+)?$)"
    r"|"
    + _NOT_THEN
    + r"|"
    + FIRST_SET
    + r"|rather\s+than|"
    + _FIRST_PLAN
    + r"|old|earlier|normally|usually|usual|regular|(?:later|sooner)(?<!\bno\slater)(?<!\bnot\slater)\s+than|"
    r"(?:was|were|is|are|had\s+(?:last\s+|once\s+|(?:most\s+)?[a-z]+ly\s+)?been)\s+(?:expected|"
    + _PLANNED_AS
    + ")"
    + _OLD_TAIL,
    _F,
)
# the same, said outright: these mark an old date even where the sentence tells no change
# ("as originally planned" says the plan held: the date after it stands)
SUPERSEDED_MARK = re.compile(
    r"\b(?:"
    + _WAS_BRACKETED
    + r"|(?<!\bas\s)(?:originally|initially|previously|formerly)"
    + _ANNOUNCED_THING
    + r"|instead\s+of|rather\s+than|"
    + _NOT_THEN
    + "|"
    + FIRST_SET
    + r"|"
    + _FIRST_PLAN
    + r"|(?:was|were|had\s+(?:last\s+|once\s+|(?:most\s+)?[a-z]+ly\s+)?been)\s+(?:required|"
    + _PLANNED_AS
    + ")"
    r"|had\s+been\s+expect(?:ed|ing)"
    # a day its owners had aimed for: "The parties had targeted a closing on November 1"
    r"|had\s+(?:[a-z]+ly\s+)?(?:targeted|aimed\s+for|pencil+ed\s+in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:closing|completion|launch|opening|start|release|signing|vote|meeting|date)\s+(?:on|for|of)"
    # a plan told before, in the past perfect: "had been told that all declarations must be made"
    r"|had\s+been\s+(?:told|advised|informed|notified|ordered|instructed|asked|requested|invited)"
    r"\s+(?:that\s+)?[^.;]{0,60}?"
    r"(?:by|on|until|from)"
    # a plan one had been getting ready for: "had been preparing for the rule to apply from"
    r"|had\s+been\s+(?:preparing|planning|gearing\s+up|getting\s+ready)\s+for\s+(?:[\w-]+\s+){1,4}?"
    r"to\s+(?:apply|start|begin|take\s+effect|come\s+into\s+force|open|close)\s+(?:from|on|by)"
    # the day a date replaced, told after it: "The previous deadline was September 15."
    # ("the prior compliance date for smaller entities was May 18, 2026")
    r"|" + THE_OLD_DATE + r"\s+(?:(?:for|of)\s+(?:[\w-]+\s+){1,4}?)?(?:was|had\s+been)"
    # the usual date of a recurring thing, told beside a new one: "normally due November 1"
    r"|(?:normally|usually)\s+(?:be\s+)?(?:due|held|set|scheduled)"
    # a term that came due: "which fell due on June 16", "which passed on March 8"
    r"|fell\s+due|(?:which|that)\s+(?:had\s+)?(?:passed|lapsed|expired)(?=\s+(?:on\s+)?$)"
    # a plan set in the past perfect, its thing between: "A decree issued in May had set the
    # referendum for Sept. 22"
    r"|had\s+(?:first\s+|originally\s+)?(?:set|fixed|appointed|scheduled|slated|placed)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?(?:for|on|as|at)(?=\s+$)"
    # the plan an earlier paper told: "which an earlier notice said would apply from"
    r"|(?:earlier|previous|prior|original)\s+(?:notice|decree|order|announcement|statement"
    r"|circular|call)\s+(?:had\s+)?(?:said|stated|announced|set|fixed|appointed)\b"
    # the term an earlier paper set: "That notice set July 15, 2024, as the deadline"
    # (a rule's own terms stand until a change is told of them: only a notice's)
    r"|(?:that|the\s+(?:earlier|original|previous|prior))\s+(?:notice|announcement)"
    r"\s+(?:set|established|specified)(?:\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:deadline|date)"
    r"\s+of)?" + _OLD_TAIL,
    _F,
)
# before the change cue, a date introduced by these is the date that changes
PLANNED_MARK = re.compile(
    # (not "as planned", which compares: "not on March 1 as planned but on April 1")
    r"\b(?<!\bas\s)(?:scheduled|set|slated|planned|due|expected|supposed|held|targeted|pencil+ed\s+in)"
    r"\s+(?:\w+\s+){0,3}?"
    r"(?:for|on|to|in|at)?\s*(?:the\s+)?$",
    _F,
)


# an event named with its day as the subject of a move in the passive: "The meeting on
# Monday was postponed to Friday", "the vote on March 3 has been moved"
_EVENT_ON = re.compile(
    r"\b(?:meetings?|summits?|talks|negotiations|conference|hearings?|sessions?|votes?"
    r"|elections?|referendum|ballot|debate|strike|walkout)\s+(?:on|of)\s+$",
    re.IGNORECASE,
)
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|also\s+)?",
    re.IGNORECASE,
)


def event_day_moved(text: str, s: int, start: int, end: int, cue: int | None) -> bool:
    """The day at ``[start, end)`` is that of the event a move at ``cue`` is told of ("The
    meeting on Monday was postponed"): its old day, not a day one was held."""
    if cue is None or not _EVENT_ON.search(text, max(s, start - 30), start):
        return False
    return _PASSIVE_GAP.fullmatch(text, end, cue) is not None


# ("that date" is the one told; "set for that Tuesday" is the day another thing was given)
_SAME_DAY = re.compile(rf"\bsame\s+(?:day|date)\b|^that\s+{WEEKDAY_RE}", re.IGNORECASE)


def another_things(old: Anchor | None) -> bool:
    """An old date told as another thing's day ("had been due to start on the same day")."""
    return old is not None and _SAME_DAY.search(old.tx.text) is not None
