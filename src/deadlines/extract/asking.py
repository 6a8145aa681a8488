"""Asking words that ask for nothing of the change a sentence tells."""

from __future__ import annotations

import re

from .marks import TOPIC

_F = re.IGNORECASE

# a proposal that has been agreed to: "have approved the government's proposal to extend"
_AGREED_TO = re.compile(
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)\b(?:approv|adopt|accept|endors|ratifi|back|agre)ed\s+(?:to\s+)?(?:the\s+|a\s+|an\s+|its\s+"
    r"|their\s+|[\w.-]+['’]s?\s+){0,2}(?:[\w-]+\s+)?$",
    _F,
)
# proposals of the change itself: "has published proposals to extend the consultation"
_NAMED_BEFORE = re.compile(
    r"\b(?:on|about|over|of|with)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,2}$", _F
)
_OF_THE_CHANGE = re.compile(r"\s+(?:to|that|for)\b", _F)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:also\s+)?$")
# the word of an infinitive or of a noun phrase, not the main clause's verb: "to seek", "a bid"
_SUBORDINATE = re.compile(
    # (not "The ministry proposed": a subject before its verb)
    r"\b(?:to\s+|the\s+|(?:a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2})$",
    _F,
)


def not_asking(text: str, request: re.Match[str], cue: int, alone: bool) -> bool:
    """``request`` asks for nothing of the change at ``cue``: a noun of documents sought
    ("can solicit rival proposals"), a proposal agreed to, or a word of an infinitive or a
    noun phrase before a change told as the main clause's result ("has given itself 60 more
    days to decide whether to renew ..., moving its deadline to"; not "proposed to delay
    ..., pushing the start to", where the asking is the main verb); ``alone``: no other asking
    word stands before it in its clause ("plan to seek a delay, pushing the vote to")."""
    word = request.group().lower()
    if _RELATIVE_BEFORE.search(text, max(0, request.start() - 60), request.start()) and (
        _FINITE_CUE.match(text, cue) or _FINITE_BEFORE.search(text, max(0, cue - 30), cue)
    ):
        return True  # "a summit that Kazakhstan had offered to host on Thursday will not go
    if word.startswith("propos") and (
        (word == "proposals" and not _OF_THE_CHANGE.match(text, request.end()))
        or _AGREED_TO.search(text, max(0, request.start() - 60), request.start())
        # (a proposal named as a thing, asking no change: "a vote on a related proposal
        # covering phone sales ... has been called off")
        or (
            word == "proposal"
            and _NAMED_BEFORE.search(text, max(0, request.start() - 30), request.start())
            and not _OF_THE_CHANGE.match(text, request.end())
        )
    ):
        return True
    return (
        alone
        and not _OF_THE_CHANGE.match(text, request.end())  # ("a formal request to postpone")
        and _PARTICIPLE_AFTER_COMMA.search(text, max(0, cue - 10), cue) is not None
        and "," in text[request.end() : cue]
        and (
            word.startswith("whether") or _SUBORDINATE.search(text, 0, request.start()) is not None
        )
        and text[cue : cue + 30].split(" ", 1)[0].lower().endswith("ing")
    )


# the asking told in a clause of the thing's own, closed before the main verb that tells the
# change: "that Kazakhstan had offered to host ... will not go ahead" (a noun before the
# relative word, not a verb of saying: "said that")
_RELATIVE_BEFORE = re.compile(
    r"\b(?<!\bsaid\s)(?<!\bsays\s)(?<!\bannounced\s)(?<!\bagreed\s)(?<!\bnoted\s)"
    r"(?<!\badded\s)(?<!\bstated\s)(?<!\bconfirmed\s)(?<!\bwarned\s)"
    r"(?:that|which|who)\s+(?:[\w'-]+\s+){1,4}(?:had|has|have)\s+(?:[a-z]+ly\s+)?$",
    re.I,
)
_FINITE = r"(?:will|would|has|have|had|is|are|was|were)\b(?:\s+(?:not|now|been|be))*"
_FINITE_CUE = re.compile(_FINITE, re.I)
_FINITE_BEFORE = re.compile(_FINITE + r"\s+$", re.I)
# a thing named as proposed: "water rates" in "a hearing on proposed water rates" (not a day
# proposed, "the proposed effective date", nor a change proposed, "proposed to delay",
# "proposed extending")
_PROPOSED_THING = re.compile(
    r"\s+(?!(?:to|that|by|in|on|at|for|from|a|an|the|this|these|its|their|and|or|as|is|are"
    r"|was|were|will|would|new|revised)\b)(?![\w-]+(?:ing|ed)\b)"
    # (nor an event proposed: "the proposed summit", "a proposed two-day strike")
    r"(?!(?:[\w-]+\s+){0,2}?(?:dates?|deadlines?|start|timetable|schedule|calendar|summit|talks"
    r"|meetings?|session|votes?|referendum|elections?|polls?|conferences?|hearings?|visit|strikes?"
    r"|ceasefire|truce|launch)\b)(?-i:[a-z])[\w-]*",
    re.I,
)
# spoken of with no article: "a hearing on proposed rates", "the notice of possible remedies"
_TOPIC_WORD = re.compile(r"\b(?:on|about|over|against|of)\s+$", re.I)
# proposals as the object of talk: "will discuss the satellite proposals"
_DISCUSSED = re.compile(
    r"\b(?:discuss|debat|review|examin|study|studi|assess|evaluat|outlin|present|hear)\w*\s+"
    r"(?:the|its|their|these|those)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# a proposal of some kind handed over: "present its banks with a comprehensive restructuring
# proposal"
_A_KIND_OF = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){1,2}$", re.I)


def proposal_named(text: str, s: int, m: re.Match[str]) -> bool:
    """The proposal word ``m`` names a thing spoken of, not the day's own modality."""
    word = m.group().lower()
    if not word.startswith(("propos", "draft", "suggest", "possibl")):
        return False
    if TOPIC.search(text, max(s, m.start() - 40), m.start()):
        return True
    if word.startswith("proposal") and _DISCUSSED.search(text, max(s, m.start() - 60), m.start()):
        return True  # "will discuss the satellite proposals on Thursday"
    if word in {"proposed", "possible"}:
        spoken_of = _TOPIC_WORD.search(text, max(s, m.start() - 10), m.start())
        return spoken_of is not None and _PROPOSED_THING.match(text, m.end()) is not None
    return word.startswith("proposal") and bool(
        _A_KIND_OF.search(text, max(s, m.start() - 40), m.start())
    )
