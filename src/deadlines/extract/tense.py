"""Tense of the clause around a temporal expression, from the cue words near it."""

from __future__ import annotations

import re

from . import cues as C
from .cues import REPORTED, REPORTED_VERB
from .lexicon import MONTH_RE, WEEKDAY_RE
from .plans import MOVED_BEFORE, closed_for, moved_on_after, planned_date
from .sentences import sentence_bounds
from .tense_clause import clause_end, clause_start, near
from .tense_cues import (
    ARTICLES,
    EITHER,
    FOR_WITH,
    FUTURE,
    INFINITIVE,
    PAST,
    WEAK,
    WEAK_CUE_GAP,
    WEAK_FUTURE,
    WEAK_PAST,
    word_cue,
)
from .tense_words import (
    DAY_START,
    HEADLESS,
    NOT_PAST_BEFORE,
    OWN_MODALS,
    POSTNOMINAL,
    THROUGH,
    THROUGH_GAP,
    WAS_PLAN,
    told_perfect,
)

# a plan called off or put off after its day, in the simple past: "a stoppage planned for
# May 11 was called off" (its day may have come and gone)
_CALLED_OFF_AFTER = re.compile(
    r"\s+(?:was|were)\s+(?:\w+\s+)?(?:cancel+ed|called\s+off|scrapped|abandoned|dropped|postponed"
    r"|delayed|deferred|put\s+off|pushed\s+back)\b",
    re.IGNORECASE,
)
# a participle after its object in "to have the fire contained": no verb of the clause
_HAVE_IT_DONE = re.compile(
    r"\bto\s+have\s+(?:the|a|an|its|their|his|her|our|all|most)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")
_LISTED_DAY = re.compile(
    rf",?\s+(?:and|or)\s+(?:on\s+)?(?:{MONTH_RE}\.?\s+\d{{1,2}}\b|{WEEKDAY_RE}\b)", re.I
)


_ADJACENT = re.compile(r"\s+(?:(?:on|in|at|by|since|late|early)\s+)?(?:the\s+)?")


# ", a month after", ", three weeks before", ", two days since"
_SPAN_AFTER = re.compile(
    r",\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b",
    re.IGNORECASE,
)
_OLD_ASIDE = re.compile(r",\s+(?:previously|originally|formerly|initially)\s+[^,;]{1,30},", re.I)
_LEAD_WORDS = frozenset("in on at by during early late also then and but so".split())
_FRONTED_REACH = 200  # characters: the rest of a long sentence


# (a passive's participle after "be", not one after its noun: "is expected to be adopted by
# the council on June 12")
_NOT_POSTNOMINAL = frozenset("be been being is are was were am to will would".split())


def _fronted(words: list[tuple[int, str]], start: int) -> bool:
    """A time at the head of its clause ("In March, a week after the vote, a bomb killed
    ..."): the main verb governs it however far it comes."""
    return all(w in _LEAD_WORDS for p, w in words if p < start)


def tense_at(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> str | None:
    """Tense of the finite verb of the clause around ``text[start:end]``: PAST, FUTURE or
    None (an infinitive between them does not count: "asked them to act on Friday" still
    tells of a past asking)."""
    return tense_cue(text, start, end, bounds, infinitive=False)[0]


def _cue_after(
    c: str, words: list[tuple[int, str]], i: int, text: str, aside: bool = False
) -> str | None:
    """A verb after the date governs it in its own tense: "On Friday, they planned to ..."
    tells of Friday's planning. A participle heading a clause of a list line ("Nov. 30 -
    Revised caps take effect") has no subject: an adjective, no verb; nor is an expectation
    told after its date ("Nov. 30: House expected to vote") a past."""
    w = words[i][1]
    if c == FUTURE and w == "expected":
        # ("Nov. 30: House expected to vote"; not "$3.3 billion in December, is expected to
        # be the focus", which tells what is expected of the figure in the aside)
        return EITHER if aside and i and words[i - 1][1] in {"is", "are"} else FUTURE
    if w.endswith("ed") and HEADLESS.search(text, max(0, words[i][0] - 4), words[i][0]):
        return None
    if w.endswith("ed") and text[max(0, words[i][0] - 2) : words[i][0]] == ", ":
        return None  # "goes on sale on 4 November, priced at": a participle, no verb
    finite = w.endswith("ed") and (i == 0 or words[i - 1][1] not in NOT_PAST_BEFORE)
    if finite and i >= 3 and words[i - 2][1] in ARTICLES and words[i - 3][1] in FOR_WITH:
        finite = False  # "for a session expected to last": a participle after a noun
    if c == WEAK_PAST or (c in {FUTURE, EITHER} and finite):
        return PAST
    return c


def _attribution(text: str, end: int, pos: int) -> bool:
    """A reporting verb trailing the sentence after a comma ("the meeting on Feb. 19 is
    unchanged, a spokesman said.") tells when it was said, not when the date falls; one
    after a fronted time is the main verb ("At the close Thursday, the firms said ...")."""
    return "," in text[end:pos] and bool(_TRAILING_SAID.match(text, pos))


# what may stand between a reporting verb and the day of the saying: "said late on Friday"
_LEAD_GAP = re.compile(r"(?:\s+(?:on|at|in|by|late|early|the|this|last|it|they|he|she)\b)*\s+")
# words no speaker's name holds: a clause reported after the verb ("said the plant would close")
_NO_SPEAKER = (
    r"(?:that|would|will|could|should|may|might|must|can|to|is|are|was|were|ha[ds]|have|be)\b"
)
_TRAILING_SAID = re.compile(
    # (with its speaker after it: ", said the union's president.")
    REPORTED
    + r"(?:\s+(?:in|on|at|to)\s[^.;,]{0,80}|\s+(?:(?!"
    + _NO_SPEAKER
    + r")[\w'’-]+\s+){0,4}"
    r"(?!" + _NO_SPEAKER + r")[\w'’-]+)?\s*(?:$|[.;\n])",
    re.I,
)


def _reported_clause(text: str, said_at: int, start: int) -> bool:
    """A clause reported without "that" lies between a reporting verb and the date, right
    before the clause's verb: "said trading over Christmas would be crucial" (not "said on
    Friday it would", "said in a statement on Monday it would")."""
    if said_at < 0 or _LEAD_GAP.fullmatch(text, said_at, start):
        return False
    # (the day of the saying after a phrase of it: "in a statement on"; not "said walkouts on
    # March 27 and March 30 would go ahead", the day of what is said)
    return not _SAYING_ON.search(text, said_at, start)


_SAYING_ON = re.compile(
    r"\b(?:statement|interview|conference|briefing|release|letter|post|speech|remarks|call"
    r"|address|message|notice)s?\s+(?:[\w'’-]+\s+){0,3}?on\s+$",
    re.IGNORECASE,
)


def _plan_tense(text: str, s0: int, start: int, end: int, s1: int) -> tuple[str | None, int]:
    """A plan's date looks ahead, unless told in the past perfect ("had set Friday as the
    deadline"); an aside's "had" is not the clause's ("which had been set for Jan. 8, was
    moved"). Told in the past ("the vote, which was set for March 2"), the plan may have
    lapsed since: the day a little before now is nearer than the one almost a year ahead;
    so may a plan told in a past clause ("matches scheduled for Wednesday fell victim to
    the storm"): the nearest such day."""
    if C.PAST_AFTER_PLAN.match(text, end, s1) or C.FROM_BEFORE.search(text, s0, start):
        return None, 999  # (or the old day of a move: "moved from Tuesday to Thursday")
    had = told_perfect(text, s0, start)
    lapsed = (
        WAS_PLAN.search(text, max(s0, start - 45), start)
        or (MOVED_BEFORE.search(text, max(s0, start - 50), start) and moved_on_after(text, end))
        # (or called off, told in the past: "a stoppage planned for May 11 was called off")
        or _CALLED_OFF_AFTER.match(text, end, s1)
    )
    gap = WEAK_CUE_GAP if lapsed else 0
    return _decided((FUTURE, gap), (None, 999), (None, 999), had)


def tense_cue(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int] | None = None,
    infinitive: bool = True,
) -> tuple[str | None, int]:
    """Direction of ``text[start:end]`` from the document date (see ``_clause_cue``); a
    participle clause with no cue of its own takes the time of the verb it follows ("rose 24
    percent, finishing on Friday at 4,769": Friday is past)."""
    found = _clause_cue(text, start, end, bounds, infinitive)
    if found == (None, 999) and _fronted_present(text, start, end, bounds):
        return FUTURE, 0
    if found == (None, 999) and (head := _PARTICIPLE_HEAD.search(text, max(0, start - 50), start)):
        main = _clause_cue(text, head.start(), head.start(), bounds, infinitive)
        return main if main[0] in {PAST, FUTURE} else found
    return found


# a past perfect in the clause, before the date or as the first verb after it ("Until
# Thursday, they had not"), unless a modal of its own follows ("that had been planned for
# Monday will instead be held")
_PERFECT_WORDS = OWN_MODALS | {"had"}
# a participle of a close or a start up to the date: ", finishing on", ", starting on" (not
# ", setting up a strike on", ", repeating a walkout on": their own times)
_PARTICIPLE_HEAD = re.compile(
    r",\s+(?:finish|end|clos|settl|start|begin|open)ing\s+"
    r"(?:(?!(?:had|has|have|be|been|was|were|will|would|to|that)\b)[\w$%.,-]+\s+){0,3}?(?:on|at)\s+$"
)


def _clause_cue(
    text: str, start: int, end: int, bounds: tuple[int, int] | None, infinitive: bool
) -> tuple[str | None, int]:
    """Direction of ``text[start:end]`` from the document date: PAST, FUTURE or None. The
    nearest cue before the expression in its sentence decides, else the nearest after it;
    with ``infinitive``, an infinitive between a past cue and the date leaves it open."""
    s0, s1 = near(bounds or sentence_bounds(text, start), start, end)
    planned = not closed_for(text, s0, start, end) and planned_date(text, s0, start, end)
    while (listed := _LISTED_DAY.match(text, end)) is not None:
        end = listed.end()  # "walkouts on March 27 and March 30 would go ahead": both days
    s0 = clause_start(text, s0, start)  # (cues before a clause break are another verb's)
    s1 = clause_end(text, end, s1)
    if planned:
        return _plan_tense(text, s0, start, end, s1)
    words = _own_words(text, s0, start, end, s1)
    # (an old day told as an aside is no cue for the day after it: "The deadline, previously
    # Dec. 20, now falls on March 14")
    asides = [(m.start(), m.end()) for m in _OLD_ASIDE.finditer(text, s0, start)]
    if asides:
        words = [(p, w) for p, w in words if not any(a <= p < b for a, b in asides)]
    before = weak = after = None
    gap = weak_gap = after_gap = 999
    said_at = -1  # the end of the reporting verb that is the cue before, if it is one
    reach = _FRONTED_REACH if _fronted(words, start) else 40
    perfect = False  # a past perfect in the clause: "had been scheduled to expire Friday"
    for i, (pos, w) in enumerate(words):
        if start <= pos < end:
            continue
        if w in _PERFECT_WORDS and (pos < start or (w == "had" and after is None)):
            perfect = w == "had" or (perfect and w not in OWN_MODALS)  # (see _PERFECT_WORDS)
        c = word_cue(words, i)
        if (
            c is None
            and pos < start
            and len(w) > 4
            and w.endswith("ed")
            and i > 0
            and words[i - 1][1] not in _NOT_POSTNOMINAL
            and POSTNOMINAL.fullmatch(text, pos + len(w), start)
        ):
            c = PAST  # "the agreement reached by finance ministers on 13 November": its day
        if c is None or (c in (WEAK_PAST, PAST) and text[pos - 1 : pos] == "-"):
            continue  # "a self-imposed deadline", "the worst-hit towns": half of an adjective
        if c == INFINITIVE or (c == FUTURE and before == EITHER and words[i - 1][1] == "to"):
            # ("was due to expire on": the infinitive of a plan told in the past, either side)
            past_so_far = before == PAST or (before is None and weak == PAST)
            if infinitive and pos < start and past_so_far:
                before, gap = EITHER, start - pos
            continue
        if w in THROUGH and not (pos < start and THROUGH_GAP.fullmatch(text, pos + len(w), start)):
            continue  # "ripped through a building on Friday": a place passed, no period
        if c == WEAK_PAST and _HAVE_IT_DONE.search(text, max(s0, pos - 40), pos):
            continue  # "hoped to have the fire contained by Sunday": a result, still ahead
        if c in (WEAK_PAST, PAST) and i > 0 and words[i - 1][1] == "as" and w.endswith("ed"):
            continue  # "will go ahead as advertised at 6 p.m. Monday": a comparison, no past
        if c == WEAK_PAST and _governs(text, pos + len(w), start):
            c = PAST  # a participle right before the date governs it: "issued Thursday"
        elif w in {"was", "were"} and pos + len(w) + 1 == start and DAY_START.match(text, start):
            c = EITHER  # "the instalment date, which was 24 January": a plan, either side
        if pos < start and c in WEAK:
            weak, weak_gap = WEAK[c], start - pos
        elif c == WEAK_FUTURE:
            continue  # after the date, "is" may belong to another subject
        elif pos < start:
            before, gap, said_at = (
                c,
                start - pos,
                (pos + len(w) if REPORTED_VERB.fullmatch(w) else -1),
            )
        elif after is None and pos - end < reach and not _attribution(text, end, pos):
            after, after_gap = _cue_after(c, words, i, text, "," in text[end:pos]), pos - end
    if after in {FUTURE, EITHER} and after_gap <= 1 and _reported_clause(text, said_at, start):
        before = None  # the reported clause's own verb tells its time
    return _decided((before, gap), (weak, weak_gap), (after, after_gap), perfect)


def _own_words(text: str, s0: int, start: int, end: int, s1: int) -> list[tuple[int, str]]:
    """The words of the clause of ``text[start:end]``; a clause dated from another event
    after the date's own verb is that event's: "the talks resume Tuesday, a month after they
    broke down" (but "In March, a week after the vote, a bomb killed": the fronted day's verb
    comes after the aside)."""
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, s0, max(s1, end))]
    if not _fronted(words, start) and (aside := _SPAN_AFTER.search(text, end, s1)):
        words = [(p, w) for p, w in words if p < aside.start()]
    return words


def _fronted_present(text: str, start: int, end: int, bounds: tuple[int, int] | None) -> bool:
    """A day heading its clause, then an event told in the present: "On Friday the committee
    meets in Vienna", "- Friday: the talks resume"."""
    s0, s1 = near(bounds or sentence_bounds(text, start), start, end)
    s0 = clause_start(text, s0, start)
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, s0, start)]
    return _fronted(words, start) and bool(
        _PRESENT_EVENT.search(text, end, clause_end(text, end, s1))
    )


_PRESENT_EVENT = re.compile(
    r"\b(?:meets|votes|opens|starts|begins|ends|closes|expires|convenes|reconvenes|resumes"
    r"|takes\s+effect|kicks\s+off|goes\s+to\s+the\s+polls)\b"
)


def _governs(text: str, after: int, start: int) -> bool:
    """A participle ending at ``after`` governs the date at ``start``: right before it, or
    after its noun with the date in its phrase ("a motion approved 41-30 in a vote on")."""
    return bool(
        _ADJACENT.fullmatch(text, after, start) or POSTNOMINAL.fullmatch(text, after, start)
    )


def _decided(
    before: tuple[str | None, int],
    weak: tuple[str | None, int],
    after: tuple[str | None, int],
    perfect: bool,
) -> tuple[str | None, int]:
    """The direction from the nearest cues before and after an expression (and a weak cue
    before it), each with its distance; ``perfect``: the clause has a past perfect."""
    if after[0] == PAST and after[1] <= 1 and before[0] != PAST and before[1] > WEAK_CUE_GAP:
        # "a federal court Thursday refused to ...": a day between a subject and its verb
        # is that verb's, whatever a verb far before it says
        return after
    if before[0] is None and weak[0] is not None:
        # a weak cue ("through", a participle) is no close verb: a date much nearer the
        # other way may still win (resolve_month_day's ``local``)
        before = (weak[0], max(weak[1], WEAK_CUE_GAP))
    tense, gap = before if before[0] else after
    if perfect and tense == FUTURE:
        # a plan told in the past perfect ("had been scheduled to expire Friday") was made
        # before now for a time either side of it: the nearest such day
        return None, 999
    return (None if tense == EITHER else tense), gap
