"""The status a sentence's own words give a date: the nearest cue of expecting, proposing
or scheduling that governs it; and change words that are only the matter of an event."""

from __future__ import annotations

import re

from . import cues as C
from .asking import proposal_named
from .lexicon import WEEKDAY_RE
from .marks import OWN_PREDICATE_AFTER, WHEN_CLAUSE
from .reach import in_aside

TO_BEFORE = re.compile(r"\bto\s+$")
_WEEKDAY_FIRST = re.compile(rf"{WEEKDAY_RE},", re.IGNORECASE)  # "Monday, Aug. 1"
# a clause of its own with its subject: ", and a partial shutdown ... looks likely"
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:a|an|the)\s", re.IGNORECASE)
# a relative clause's own modal, and the main verb that follows the clause
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
_MAIN_VERB = re.compile(
    r"\b(?:closes|opens|ends|expires|starts|begins|runs|lapses)\b", re.IGNORECASE
)
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)
_MODAL = re.compile(r"may|might|could|would", re.IGNORECASE)
STATUS_CUES = (("expected", C.EXPECT), ("proposed", C.PROPOSE), ("scheduled", C.SCHEDULE))


def nearest_class(
    text: str,
    s: int,
    e: int,
    pos: int,
    end: int,
    table: tuple[tuple[str, re.Pattern[str]], ...],
    across_clauses: bool = False,
) -> tuple[str | None, int]:
    """The class of the cue that governs the expression at ``[pos, end)``: the nearest cue
    before it in the sentence; failing that the nearest after it, in the same clause unless
    ``across_clauses`` ("set for May 2, but the plan was scrapped"). Negated cues ("cannot
    be extended") do not count."""
    before: tuple[int, str | None] = (10**9, None)
    after: tuple[int, str | None] = (10**9, None)
    # (a day that heads its line governs the whole line: "Sept. 15: workers expected to vote")
    across_clauses = across_clauses or C.DAY_HEAD.fullmatch(text, s, pos) is not None
    # (the comma that closes a day told with its weekday, "from Monday, Aug. 1, looks
    # likely", ends no clause)
    # (but it closes a relative clause the day is in: "the board, which meets on Monday, Sept.
    # 30, weighs how far to cut rates")
    if not _IN_RELATIVE.search(text, max(s, pos - 80), pos):
        end += bool(_WEEKDAY_FIRST.match(text, pos, end)) and text.startswith(",", end)
    for name, pattern in table:
        for m in pattern.finditer(text, s, e):
            if m.start() < end and m.end() > pos:
                continue
            if C.NEGATED.search(text, max(s, m.start() - 60), m.start()):
                continue
            if m.end() <= pos and ";" in text[m.end() : pos]:
                continue  # "may ask to be heard; a hearing is fixed for": another clause's
            if name == "proposed" and proposal_named(text, s, m):
                continue  # "a hearing on the Annex B proposal": a proposal spoken of
            if m.end() <= pos and (
                WHEN_CLAUSE.search(text, m.end(), pos) or in_aside(text, s, e, m.start(), pos)
            ):
                continue  # "discuss a package when they meet on Monday", ", which would add £12,"
            if TO_BEFORE.search(text, max(s, m.start() - 4), m.start()) and (
                name == "scheduled" or m.end() > pos
            ):
                # an infinitive: "expected to begin on" (the verb it hangs on tells), "meets
                # on Monday to weigh the offer" (the purpose, not the date's)
                continue
            if (
                m.end() <= pos
                and _MODAL.fullmatch(m.group())
                and _IN_RELATIVE.search(text, m.end(), pos)
            ):
                continue  # "may sit uneasily with a law whose authorisation runs out on"
            if m.end() <= pos and _RELATIVE.search(text, max(s, m.start() - 8), m.start()):
                if _MAIN_VERB.search(text, m.end(), pos):
                    continue  # "a list of goods that could face tariffs closes on Friday"
            if m.end() <= pos:
                if pos - m.end() < before[0]:
                    before = (pos - m.end(), name)
            elif across_clauses or not (
                C.CLAUSE_BREAK.search(text, end, m.start())
                or OWN_PREDICATE_AFTER.search(text, end, m.start())
            ):
                if m.start() - end < after[0]:
                    after = (m.start() - end, name)
    if before[1] == "scheduled" and (hoped := _hoped_clause(text, s, pos)) is not None:
        return "expected", pos - hoped  # "hope a ceasefire can take effect on Sunday"
    if before[1] is not None and not (
        after[1] is not None and _NEW_CLAUSE.search(text, pos - before[0], pos)
    ):
        return before[1], before[0]
    if after[1] is not None:
        return after[1], int(1.5 * after[0])
    return None, 10**9


# a verb of hoping or forecasting before the clause it governs: "Mediators hope a ceasefire
# can take effect at midnight on Sunday" (the clause's own verb tells no plan of its own)
_HOPED = re.compile(
    r"\b(?:hope[sd]?|hoping|expects?|predicts?|predicted|forecasts?|anticipates?)\s+(?:that\s+)?"
    r"(?=(?:the|a|an|its|their|this|these)\s)",
    re.IGNORECASE,
)


def _hoped_clause(text: str, s: int, pos: int) -> int | None:
    """Where a clause hoped or forecast, holding ``pos``, begins in its sentence."""
    hoped = None
    for m in _HOPED.finditer(text, s, pos):
        hoped = m
    if hoped is None or re.search(r"[;:]", text[hoped.end() : pos]):
        return None
    if C.NEGATED.search(text, max(s, hoped.start() - 60), hoped.start()):
        return None
    return hoped.end()


# an event held on a matter that holds the change: "will vote on the regulations needed to
# extend the scheme", "a hearing on a plan that would delay" (not the event's own verb:
# "the meeting on Monday was postponed")
_HELD_ON = re.compile(
    r"\b(?:votes?|voting|debates?|debating|hearing|meeting|consultation)\b(?:\s+[\w.,'’-]+){0,4}?"
    r"\s+(?:on|about|over)\s+(?:(?!(?:was|were|is|are|has|have|had|will|been|be)\b)[\w'’-]+\s+){1,6}?"
    r"(?:that|which|needed\s+to|to|would)\s+$",
    re.IGNORECASE,
)
# "will hold a public hearing on Tuesday ... to consider an ordinance extending the moratorium"
_HELD_TO_CONSIDER = re.compile(
    r"\b(?:hearings?|meetings?|sessions?|votes?)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,160}?"
    r"\bto\s+(?:consider|discuss|review"
    r"|debate|take\s+up|vote\s+on)\s+(?:(?!(?:was|were|is|are|has|have|had|will|been|be)\b)"
    r"[\w'’-]+\s+){1,8}?(?:(?:that|which)\s+(?:would\s+)?)?$",
    re.IGNORECASE,
)
_NEW_DAY_MARK = re.compile(r"\b(?:to|until|till|from|by|through|for)\s", re.IGNORECASE)


def held_on(text: str, s: int, m: re.Match[str], focus: int | None) -> bool:
    """The change is in the matter an event of the day is held on, not made on that day; a
    day the change itself goes to ("a vote on a bill that would delay it to March 1") stays
    its own."""
    if not (
        _HELD_ON.search(text, max(s, m.start() - 90), m.start())
        or _HELD_TO_CONSIDER.search(text, max(s, m.start() - 200), m.start())
    ):
        return False
    return focus is None or focus < m.start() or not _NEW_DAY_MARK.search(text, m.end(), focus)
