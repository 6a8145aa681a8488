"""The cue each word gives the tense of a clause: a past verb, a future or a plan, an
auxiliary, a present of an event, a word of expecting; and the directions they give."""

from __future__ import annotations

from .cues import REPORTED_VERB
from .lexicon import UNITS, WEEKDAYS, unit_key
from .tense_words import (
    AS_PLANNED,
    BARE_PARTICIPLES,
    BARE_PRESENT,
    BEFORE_ADJECTIVE,
    BEFORE_BE,
    ED_NOT_VERBS,
    EVENT_PRESENT,
    EXPECTING,
    FUTURE_IF_NEXT,
    FUTURE_WORDS,
    HOPING,
    INFINITIVE_VERBS,
    LASTED,
    NO_VERB_AFTER_TO,
    NOT_PAST_BEFORE,
    NOT_SUBJECT,
    OWN_MODALS,
    PAST_WORDS,
    PLAN_ADVERBS,
    PROPOSING,
    PROSPECTIVE,
    THROUGH,
    WINDOW_PRESENT,
    compared_by,
    next_on,
    starts_there,
)

PAST = "PAST"
FUTURE = "FUTURE"
# a past participle or adjective in -ed ("preferred shares", "a planned visit") is only a
# weak cue: a finite verb or auxiliary of the clause ("will redeem ... preferred shares on
# Oct. 31") decides before it
WEAK_PAST = "WEAK_PAST"
# "is", "are": a present statement is about what comes, unless a finite verb nearer the
# date says otherwise ("the shooting that injured him in November is ...")
WEAK_FUTURE = "WEAK_FUTURE"
# a cue that decides no direction: "would" speaks of a time after a past one, "could not"
# of a past ability; either may fall either side of the document date: the nearest wins
EITHER = "EITHER"
WEAK = {WEAK_PAST: PAST, WEAK_FUTURE: FUTURE}
WEAK_CUE_GAP = 30  # the distance a weak cue counts as, at least
# "asked it to respond by Oct. 31", "an agreement to buy the unit in January": the date
# belongs to the infinitive, whose event follows the one told in the past; it may fall
# either side of now, so a past cue before it no longer decides
INFINITIVE = "INFINITIVE"


def word_cue(words: list[tuple[int, str]], i: int) -> str | None:
    w = words[i][1]
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    prev = words[i - 1][1] if i > 0 else ""
    if _no_verb(words, i, w, prev, nxt):
        return None
    if w == "would" and nxt != "have" and _reported_near(words, i):
        return FUTURE  # "said his chamber would return Monday": a plan as of the saying
    if w == "would" or (w == "could" and nxt in {"not", "have", "be"}):
        return EITHER
    if w in {"was", "were"} and nxt == "to":
        return EITHER  # "it was to be held on March 20": a plan, either side of now
    if w in {"likely", "unlikely", "poised"} and nxt == "to":
        return FUTURE  # ("appeared increasingly likely to begin on Tuesday": a forecast ahead)
    if w in _PLANNED_WORDS and prev in {"was", "were"} and nxt == "to":
        return EITHER  # ("funding, which was set to lapse on Saturday": so is a plan told)
    aux = _auxiliary(words, i) if w in {"be", "has", "have"} else None
    if aux is not None or w in {"has", "have"}:
        return aux
    if w == "due" and (due := _due(words, i, prev, nxt)) is not None:
        return due
    if w in {"is", "are", "am"} and nxt not in {"not", "said", "believed", "thought", "known"}:
        return WEAK_FUTURE  # a present statement looks ahead: "the vote is on Friday"
    if w == "to" and nxt in INFINITIVE_VERBS:
        return INFINITIVE
    if w in {"until", *THROUGH} and (prev in LASTED or _did_not(words, i)):
        return None  # "talks ran until late Tuesday", "did not let up until Sunday": the verb
    if w in THROUGH:
        return WEAK_FUTURE  # a period that runs on, unless a finite verb says it ended
    if w.endswith("ing") and prev in PROSPECTIVE:
        return INFINITIVE  # "have discussed signing the deal in September"
    if _holds_event(words, i, prev):
        return FUTURE
    if w in FUTURE_WORDS:
        return _future_word(w, prev, nxt)
    if _present_event(w, next_on(words, i), _subject_head(words, i)):
        return FUTURE
    cond = FUTURE_IF_NEXT.get(w)
    if cond is not None and nxt in cond and not _plans_sent(words, i):
        bare = w in BARE_PRESENT and (prev in NOT_PAST_BEFORE or prev in {"did", "had"})
        return None if bare else FUTURE  # "had to go on Sunday": an infinitive, no present
    if w in HOPING and nxt == "to" and prev not in {"had", "been"}:
        return FUTURE  # "said it hoped to hold talks on Wednesday": what is hoped is ahead
    if (c := _expecting(w, prev, nxt)) is not None:
        return c
    if w == "earlier" and any(x in {"will", "shall"} for _p, x in words[max(0, i - 4) : i]):
        return None  # "will also meet earlier: on April 17": sooner than planned, no past
    if nxt == "by" and prev not in _BE_BEFORE and (w in PAST_WORDS or w.endswith("ed")):
        return None  # a participle after its noun: "a delegation led by the deputy secretary"
    if prev in {"and", "or"} and _joined_to_participle(words, i):
        prev = words[i - 3][1]  # "should be defined and measured on Feb. 12": no past
    if prev.endswith("ly") and i >= 2 and words[i - 2][1] in {"be", "been", "being"}:
        prev = words[i - 2][1]  # "would be formally opened on July 1": a passive's participle
    if w in PAST_WORDS:
        return PAST if prev not in NOT_PAST_BEFORE or w in {"was", "were", "had"} else None
    if nxt in BARE_PARTICIPLES.get(w, ()) and prev not in NOT_PAST_BEFORE:
        return WEAK_PAST  # "its record high set on Aug. 6", as "issued on" is
    if len(w) > 4 and w.endswith("ed") and w not in ED_NOT_VERBS and prev not in NOT_PAST_BEFORE:
        # "agreed to meet on Monday": the meeting follows the agreement, either side of now
        # ("slipped to 7.72 percent on Friday", "agreed to the terms on Monday": no infinitive)
        # ("agreed to 30 days of talks starting on Thursday": a length planned, no level)
        after_to = words[i + 2][1] if i + 2 < len(words) else ""
        unit = words[i + 3][1] if i + 3 < len(words) else ""
        level = NO_VERB_AFTER_TO.match(after_to) and unit_key(unit) not in UNITS
        return WEAK_PAST if nxt != "to" or level else EITHER
    return None


def _joined_to_participle(words: list[tuple[int, str]], i: int) -> bool:
    """``words[i]`` is joined by "and" or "or" to a participle after an auxiliary ("be
    defined and measured"): a participle too, whatever its form."""
    return i >= 3 and words[i - 2][1].endswith("ed") and words[i - 3][1] in NOT_PAST_BEFORE


# words before a "due" that is a verb's: "is due on", "will be due by", "are now due"
NOT_A_NOUN_BEFORE_DUE = frozenset(
    "is are am be been was were now still also not falls fall".split()
)


def _due(words: list[tuple[int, str]], i: int, prev: str, nxt: str) -> str | None:
    """The cue of "due": a plan told as due ("returns were due on May 2", "was due to
    expire"), or a noun's day in a past clause ("missed an interest payment due on April
    15"): either side of now."""
    if prev in {"was", "were"} and nxt in {"on", "by", "to"}:
        return EITHER
    if nxt in {"on", "by"} and prev not in NOT_A_NOUN_BEFORE_DUE:
        return EITHER if _past_before(words, i) else FUTURE
    return None


def _past_before(words: list[tuple[int, str]], i: int) -> bool:
    """A past verb, and no modal, among the clause's words before ``words[i]``."""
    for _p, w in reversed(words[:i]):
        if w in OWN_MODALS or w in {"would", "to"}:
            return False
        if w in PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in ED_NOT_VERBS):
            return True
    return False


def _no_verb(words: list[tuple[int, str]], i: int, w: str, prev: str, nxt: str) -> bool:
    """A word that is no verb of the clause: a plan compared with ("two weeks later than
    planned", "resumed as planned on Friday", "as previously planned") or the month of
    another date ("met on May 10 and May 11": no modal)."""
    if w == "may":  # (not the modal after a count: "up to 500 may be evacuated on Saturday")
        day = prev.isdigit() and len(prev) <= 2 and 0 < int(prev) <= 31
        return nxt[:1].isdigit() or (day and nxt in _AFTER_A_DATE)
    if w.endswith("ed") and compared_by(words, i) == "than":
        return True
    if w == "earlier" and nxt == "than":
        return True  # "a week earlier than planned": the move compared, no past of its own
    if w in AS_PLANNED and compared_by(words, i) == "as":
        return True
    return w in PLAN_ADVERBS and prev == "as" and nxt in AS_PLANNED


def _did_not(words: list[tuple[int, str]], i: int) -> bool:
    """A negated past right before: "did not let up until", "didn't stop until"."""
    return any(w in {"did", "didn't", "didn"} for _p, w in words[max(0, i - 5) : i])


_AFTER_A_DATE = frozenset("and or to until through at in on last this next".split()) | {""}


def _expecting(w: str, prev: str, nxt: str) -> str | None:
    """The cue of a word of expecting or proposing."""
    if w in EXPECTING and prev in {"is", "are", "am"}:
        return FUTURE  # "a statement is expected Saturday": what is expected now is ahead
    if w in EXPECTING or (w in PROPOSING and nxt in ARTICLES):
        return EITHER  # "had expected heavy crowds over Labor Day": a time either side
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
    return EITHER if w == "have" and done else None


_NOT_AHEAD = frozenset("was were had been used ought first last latest only second".split())
_MODAL = frozenset({"should", "could", "might", "must", "would"})
_PRONOUNS, ARTICLES, FOR_WITH = (
    frozenset({"they", "we", "you"}),
    frozenset({"a", "an", "the"}),
    frozenset({"for", "with"}),
)


_CLOSES = frozenset("close closes end ends finish finishes trade trades".split())


# a journey told in the present looks ahead: "Trump flies to Paris on Thursday"
_TRAVELS = frozenset("flies travels heads visits fly travel head visit".split())


_PLANNED_WORDS = frozenset({"set", "slated", "scheduled", "due", "supposed", "meant"})


def _future_word(w: str, prev: str, nxt: str) -> str | None:
    """The cue of a word that looks ahead, unless its use says otherwise."""
    if w in {"take", "takes"} and nxt not in {"effect", "place"}:
        return None  # (an event told to take place looks ahead: "the vote takes place Monday")
    if w == "next" and nxt in {"to", "door"}:
        return None  # "next to the embassy": a place
    if w in {"start", "begin", "resume", "reopen", "delay", "postpone"} and prev not in {
        "to",
        "will",
    }:
        return FUTURE if w != "delay" and w != "postpone" and starts_there(prev, nxt) else None
    return FUTURE


def _present_event(w: str, nxt: str, prev: str) -> bool:
    """A verb that looks ahead: "the board meets on", "the tournament opens Saturday",
    "demanded that it be held on"."""
    if w == "be":
        return prev not in BEFORE_BE
    # (or a full weekday name: not a market's close, "The Dow closes Friday at a record")
    on = nxt == "on" or (len(nxt) > 5 and nxt in WEEKDAYS and w not in _CLOSES)
    if (w in EVENT_PRESENT or w in _TRAVELS) and on and _subject_before(prev, w):
        return True
    return (
        w in WINDOW_PRESENT
        and (on or nxt == "at")
        and prev not in NOT_PAST_BEFORE
        # (not an adjective: "came close on Monday to a deal", "were open on Sunday")
        and (w.endswith("s") or prev not in BEFORE_ADJECTIVE)
    )


def _plans_sent(words: list[tuple[int, str]], i: int) -> bool:
    """Plans sent "to" a determiner are a noun's: "sent plans to the budget office"."""
    after_to = words[i + 2][1] if i + 2 < len(words) else ""
    return words[i][1] in _PLANS and after_to in _NO_INFINITIVE


_PLANS = frozenset({"plan", "plans"})
_BE_BEFORE = frozenset("was were is are be been being had has have".split())
_NO_INFINITIVE = frozenset("the a an its their his her this these those our each every".split())
# a verb of holding an event, then the event and its day: "Halden holds a presidential
# election on Sunday", "the bloc hosts its annual summit in Lima on Friday"
_HOLDS = frozenset(
    "hold holds host hosts stage stages resume resumes open opens start starts begin begins".split()
)
_HELD_EVENTS = frozenset(
    "election elections vote referendum poll polls primary runoff summit meeting talks congress"
    " conference session hearing convention rally ballot negotiations round".split()
)
# words that end the object before its event noun is named: "opens fire on", "starts to"
_NOT_IN_OBJECT = frozenset("on in at to for by with and or but said that fire".split())


def _holds_event(words: list[tuple[int, str]], i: int, prev: str) -> bool:
    """A verb of holding in the simple present before the event it holds and its day ("the
    two sides resume exploratory talks by video on Tuesday")."""
    w = words[i][1]
    joined = i >= 2 and words[i - 2][1] == "and" and not w.endswith("s")  # "X and Y resume"
    # (or a headline's infinitive: "* Negotiators to hold video talks on Monday")
    if w not in _HOLDS or not (joined or prev == "to" or _subject_before(prev, w)):
        return False
    for j in range(i + 1, min(i + 6, len(words))):
        if words[j][1] in _HELD_EVENTS:
            return any(_day_next(words, k) for k in range(j, min(j + 4, len(words))))
        if words[j][1] in _NOT_IN_OBJECT:
            return False
    return False


def _day_next(words: list[tuple[int, str]], k: int) -> bool:
    nxt = next_on(words, k)
    return nxt == "on" or (len(nxt) > 5 and nxt in WEEKDAYS)


_OF_PLACE = frozenset({"in", "of", "at", "from"})


def _subject_head(words: list[tuple[int, str]], i: int) -> str:
    """The word before the verb ``words[i]``, or the head of a subject that a place or a
    part stands between: "Lawmakers in the national parliament meet Tuesday"."""
    prev = words[i - 1][1] if i > 0 else ""
    for k in range(i - 2, max(0, i - 5), -1):
        if words[k][1] in _OF_PLACE and k > 0:
            head = words[k - 1][1]
            if _subject_before(head, words[i][1]) and _subject_before(prev, "s"):
                return head
            break
    return prev


def _subject_before(prev: str, verb: str) -> bool:
    """``prev`` may be the subject of ``verb`` in the simple present: a plural noun or a
    pronoun before a plural verb ("leaders meet"), a noun before a singular one ("the
    board meets"); not an article, a modifier or a preposition ("a confidence vote")."""
    if prev in NOT_PAST_BEFORE or prev in NOT_SUBJECT or prev.endswith("ed"):
        return False
    if verb.endswith("s"):
        return not prev.endswith("s")
    return prev in _PRONOUNS or (prev.endswith("s") and not prev.endswith(("'s", "ss")))
