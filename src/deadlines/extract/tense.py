"""Tense of the clause around a temporal expression, from the cue words near it."""

from __future__ import annotations

import re

from . import cues as C
from .cues import REPORTED, REPORTED_VERB
from .lexicon import MONTH_RE, WEEKDAY_RE
from .plans import MOVED_BEFORE, closed_for, planned_date
from .sentences import sentence_bounds
from .tense_clause import clause_end, clause_start, near
from .tense_words import (
    AS_PLANNED,
    BARE_PARTICIPLES,
    BARE_PRESENT,
    BEFORE_ADJECTIVE,
    BEFORE_BE,
    DAY_START,
    ED_NOT_VERBS,
    EVENT_PRESENT,
    EXPECTING,
    FUTURE_IF_NEXT,
    FUTURE_WORDS,
    HEADLESS,
    HOPING,
    INFINITIVE_VERBS,
    LASTED,
    NO_VERB_AFTER_TO,
    NOT_PAST_BEFORE,
    NOT_SUBJECT,
    OWN_MODALS,
    PAST_WORDS,
    PLAN_ADVERBS,
    POSTNOMINAL,
    PROPOSING,
    PROSPECTIVE,
    THROUGH,
    THROUGH_GAP,
    WAS_PLAN,
    WINDOW_PRESENT,
    compared_by,
    next_on,
    starts_there,
    told_perfect,
)

PAST = "PAST"
FUTURE = "FUTURE"
# a past participle or adjective in -ed ("preferred shares", "a planned visit") is only a
# weak cue: a finite verb or auxiliary of the clause ("will redeem ... preferred shares on
# Oct. 31") decides before it
_WEAK_PAST = "WEAK_PAST"
# "is", "are": a present statement is about what comes, unless a finite verb nearer the
# date says otherwise ("the shooting that injured him in November is ...")
_WEAK_FUTURE = "WEAK_FUTURE"
# a cue that decides no direction: "would" speaks of a time after a past one, "could not"
# of a past ability; either may fall either side of the document date: the nearest wins
_EITHER = "EITHER"
_WEAK = {_WEAK_PAST: PAST, _WEAK_FUTURE: FUTURE}
_WEAK_CUE_GAP = 30  # the distance a weak cue counts as, at least
# "asked it to respond by Oct. 31", "an agreement to buy the unit in January": the date
# belongs to the infinitive, whose event follows the one told in the past; it may fall
# either side of now, so a past cue before it no longer decides
_INFINITIVE = "INFINITIVE"
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")
_LISTED_DAY = re.compile(
    rf",?\s+(?:and|or)\s+(?:on\s+)?(?:{MONTH_RE}\.?\s+\d{{1,2}}\b|{WEEKDAY_RE}\b)", re.I
)


def _cue(words: list[tuple[int, str]], i: int) -> str | None:
    w = words[i][1]
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    prev = words[i - 1][1] if i > 0 else ""
    if _no_verb(words, i, w, prev, nxt):
        return None
    if w == "would" and nxt != "have" and _reported_near(words, i):
        return FUTURE  # "said his chamber would return Monday": a plan as of the saying
    if w == "would" or (w == "could" and nxt in {"not", "have", "be"}):
        return _EITHER
    if w in {"was", "were"} and nxt == "to":
        return _EITHER  # "it was to be held on March 20": a plan, either side of now
    aux = _auxiliary(words, i) if w in {"be", "has", "have"} else None
    if aux is not None or w in {"has", "have"}:
        return aux
    if w == "due" and prev in {"was", "were"} and nxt in {"on", "by", "to"}:
        return _EITHER  # "returns were due on May 2", "was due to expire": a plan told as due
    if w in {"is", "are", "am"} and nxt not in {"not", "said", "believed", "thought", "known"}:
        return _WEAK_FUTURE  # a present statement looks ahead: "the vote is on Friday"
    if w == "to" and nxt in INFINITIVE_VERBS:
        return _INFINITIVE
    if w in THROUGH:
        return _WEAK_FUTURE  # a period that runs on, unless a finite verb says it ended
    if w == "until" and prev in LASTED:
        return None  # "talks ran until late Tuesday": the verb tells when it ended
    if w.endswith("ing") and prev in PROSPECTIVE:
        return _INFINITIVE  # "have discussed signing the deal in September"
    if w in FUTURE_WORDS:
        if w in {"take", "takes"} and nxt != "effect":
            return None
        if w == "next" and nxt in {"to", "door"}:
            return None  # "next to the embassy": a place
        if w in {"start", "begin", "resume", "delay", "postpone"} and prev not in {"to", "will"}:
            return FUTURE if w != "delay" and w != "postpone" and starts_there(prev, nxt) else None
        return FUTURE
    if _present_event(w, next_on(words, i), prev):
        return FUTURE
    cond = FUTURE_IF_NEXT.get(w)
    if cond is not None and nxt in cond:
        bare = w in BARE_PRESENT and (prev in NOT_PAST_BEFORE or prev in {"did", "had"})
        return None if bare else FUTURE  # "had to go on Sunday": an infinitive, no present
    if w in HOPING and nxt == "to" and prev not in {"had", "been"}:
        return FUTURE  # "said it hoped to hold talks on Wednesday": what is hoped is ahead
    if (c := _expecting(w, prev, nxt)) is not None:
        return c
    if w == "earlier" and any(x in {"will", "shall"} for _p, x in words[max(0, i - 4) : i]):
        return None  # "will also meet earlier: on April 17": sooner than planned, no past
    if w in PAST_WORDS:
        return PAST if prev not in NOT_PAST_BEFORE or w in {"was", "were", "had"} else None
    if nxt in BARE_PARTICIPLES.get(w, ()) and prev not in NOT_PAST_BEFORE:
        return _WEAK_PAST  # "its record high set on Aug. 6", as "issued on" is
    if len(w) > 4 and w.endswith("ed") and w not in ED_NOT_VERBS and prev not in NOT_PAST_BEFORE:
        # "agreed to meet on Monday": the meeting follows the agreement, either side of now
        # ("slipped to 7.72 percent on Friday", "agreed to the terms on Monday": no infinitive)
        after_to = words[i + 2][1] if i + 2 < len(words) else ""
        return _WEAK_PAST if nxt != "to" or NO_VERB_AFTER_TO.match(after_to) else _EITHER
    return None


def _no_verb(words: list[tuple[int, str]], i: int, w: str, prev: str, nxt: str) -> bool:
    """A word that is no verb of the clause: a plan compared with ("two weeks later than
    planned", "resumed as planned on Friday", "as previously planned") or the month of
    another date ("met on May 10 and May 11": no modal)."""
    if w == "may":
        return nxt[:1].isdigit() or prev[:1].isdigit()
    if w.endswith("ed") and compared_by(words, i) == "than":
        return True
    if w in AS_PLANNED and compared_by(words, i) == "as":
        return True
    return w in PLAN_ADVERBS and prev == "as" and nxt in AS_PLANNED


def _expecting(w: str, prev: str, nxt: str) -> str | None:
    """The cue of a word of expecting or proposing."""
    if w in EXPECTING and prev in {"is", "are", "am"}:
        return FUTURE  # "a statement is expected Saturday": what is expected now is ahead
    if w in EXPECTING or (w in PROPOSING and nxt in _ARTICLES):
        return _EITHER  # "had expected heavy crowds over Labor Day": a time either side
    return None


def _reported_near(words: list[tuple[int, str]], i: int) -> bool:
    """A reporting verb among the words of the clause before ``words[i]`` ("said (that) the two sides
    would meet") or among the last words of the sentence ("would resume Monday, they said")."""
    near = words[:i] + words[max(i + 2, len(words) - 4) :]
    return any(w == "told" or REPORTED_VERB.fullmatch(w) for _p, w in near)


def _auxiliary(words: list[tuple[int, str]], i: int) -> str | None:
    """The cue of "be", "has", "have": "ban to be lifted on Monday" looks ahead (not "the first
    to be passed on"), "has given them until" takes no past day, "should have been" either."""
    w, prev = words[i][1], words[i - 1][1] if i else ""
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    if w == "be":
        before = {x for _p, x in words[max(0, i - 4) : max(0, i - 1)]}
        return FUTURE if prev == "to" and nxt.endswith("ed") and not before & _NOT_AHEAD else None
    done = prev in _MODAL and (nxt == "been" or nxt.endswith("ed"))
    return _EITHER if w == "have" and done else None


_NOT_AHEAD = frozenset("was were had been used ought first last latest only second".split())
_MODAL = frozenset({"should", "could", "might", "must", "would"})
_PRONOUNS, _ARTICLES, _FOR_WITH = (
    frozenset({"they", "we", "you"}),
    frozenset({"a", "an", "the"}),
    frozenset({"for", "with"}),
)


def _present_event(w: str, nxt: str, prev: str) -> bool:
    """A verb that looks ahead: "the board meets on", "demanded that it be held on"."""
    if w == "be":
        return prev not in BEFORE_BE
    if w in EVENT_PRESENT and nxt == "on" and _subject_before(prev, w):
        return True
    return (
        w in WINDOW_PRESENT
        and nxt in {"on", "at"}
        and prev not in NOT_PAST_BEFORE
        # (not an adjective: "came close on Monday to a deal", "were open on Sunday")
        and (w.endswith("s") or prev not in BEFORE_ADJECTIVE)
    )


def _subject_before(prev: str, verb: str) -> bool:
    """``prev`` may be the subject of ``verb`` in the simple present: a plural noun or a
    pronoun before a plural verb ("leaders meet"), a noun before a singular one ("the
    board meets"); not an article, a modifier or a preposition ("a confidence vote")."""
    if prev in NOT_PAST_BEFORE or prev in NOT_SUBJECT or prev.endswith("ed"):
        return False
    if verb.endswith("s"):
        return not prev.endswith("s")
    return prev in _PRONOUNS or (prev.endswith("s") and not prev.endswith(("'s", "ss")))


_ADJACENT = re.compile(r"\s+(?:(?:on|in|at|by|since|late|early)\s+)?(?:the\s+)?")


_LEAD_WORDS = frozenset("in on at by during early late also then and but so".split())
_FRONTED_REACH = 200  # characters: the rest of a long sentence


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
        return _EITHER if aside and i and words[i - 1][1] in {"is", "are"} else FUTURE
    if w.endswith("ed") and HEADLESS.search(text, max(0, words[i][0] - 4), words[i][0]):
        return None
    if w.endswith("ed") and text[max(0, words[i][0] - 2) : words[i][0]] == ", ":
        return None  # "goes on sale on 4 November, priced at": a participle, no verb
    finite = w.endswith("ed") and (i == 0 or words[i - 1][1] not in NOT_PAST_BEFORE)
    if finite and i >= 3 and words[i - 2][1] in _ARTICLES and words[i - 3][1] in _FOR_WITH:
        finite = False  # "for a session expected to last": a participle after a noun
    if c == _WEAK_PAST or (c in {FUTURE, _EITHER} and finite):
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
    lapsed = WAS_PLAN.search(text, max(s0, start - 30), start) or MOVED_BEFORE.search(
        text, max(s0, start - 50), start
    )
    gap = _WEAK_CUE_GAP if lapsed else 0
    return _decided((FUTURE, gap), (None, 999), (None, 999), had)


def tense_cue(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int] | None = None,
    infinitive: bool = True,
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
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, s0, max(s1, end))]
    before = weak = after = None
    gap = weak_gap = after_gap = 999
    said_at = -1  # the end of the reporting verb that is the cue before, if it is one
    reach = _FRONTED_REACH if _fronted(words, start) else 40
    perfect = False  # a past perfect in the clause: "had been scheduled to expire Friday"
    for i, (pos, w) in enumerate(words):
        if start <= pos < end:
            continue
        if w == "had" or (perfect and w in OWN_MODALS and pos < start):
            perfect = w == "had"  # ("that had been planned for Monday will instead be held")
        c = _cue(words, i)
        if c is None or (c == _WEAK_PAST and text[pos - 1 : pos] == "-"):
            continue  # "a self-imposed deadline": the second half of a compound adjective
        if c == _INFINITIVE or (c == FUTURE and before == _EITHER and words[i - 1][1] == "to"):
            # ("was due to expire on": the infinitive of a plan told in the past, either side)
            past_so_far = before == PAST or (before is None and weak == PAST)
            if infinitive and pos < start and past_so_far:
                before, gap = _EITHER, start - pos
            continue
        if w in THROUGH and not (pos < start and THROUGH_GAP.fullmatch(text, pos + len(w), start)):
            continue  # "ripped through a building on Friday": a place passed, no period
        if c == _WEAK_PAST and _governs(text, pos + len(w), start):
            c = PAST  # a participle right before the date governs it: "issued Thursday"
        elif w in {"was", "were"} and pos + len(w) + 1 == start and DAY_START.match(text, start):
            c = _EITHER  # "the instalment date, which was 24 January": a plan, either side
        if pos < start and c in _WEAK:
            weak, weak_gap = _WEAK[c], start - pos
        elif c == _WEAK_FUTURE:
            continue  # after the date, "is" may belong to another subject
        elif pos < start:
            before, gap, said_at = (
                c,
                start - pos,
                (pos + len(w) if REPORTED_VERB.fullmatch(w) else -1),
            )
        elif after is None and pos - end < reach and not _attribution(text, end, pos):
            after, after_gap = _cue_after(c, words, i, text, "," in text[end:pos]), pos - end
    if after in {FUTURE, _EITHER} and after_gap <= 1 and _reported_clause(text, said_at, start):
        before = None  # the reported clause's own verb tells its time
    return _decided((before, gap), (weak, weak_gap), (after, after_gap), perfect)


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
    if after[0] == PAST and after[1] <= 1 and before[0] != PAST and before[1] > _WEAK_CUE_GAP:
        # "a federal court Thursday refused to ...": a day between a subject and its verb
        # is that verb's, whatever a verb far before it says
        return after
    if before[0] is None and weak[0] is not None:
        # a weak cue ("through", a participle) is no close verb: a date much nearer the
        # other way may still win (resolve_month_day's ``local``)
        before = (weak[0], max(weak[1], _WEAK_CUE_GAP))
    tense, gap = before if before[0] else after
    if perfect and tense == FUTURE:
        # a plan told in the past perfect ("had been scheduled to expire Friday") was made
        # before now for a time either side of it: the nearest such day
        return None, 999
    return (None if tense == _EITHER else tense), gap
