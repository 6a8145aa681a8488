"""Asking words that ask for nothing of the change a sentence tells."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# a proposal that has been agreed to: "have approved the government's proposal to extend"
_AGREED_TO = re.compile(
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)\b(?:approv|adopt|accept|endors|ratifi|back|agre)ed\s+(?:to\s+)?(?:the\s+|a\s+|an\s+|its\s+"
    r"|their\s+|[\w.-]+['’]s?\s+){0,2}(?:[\w-]+\s+)?$",
    _F,
)
# proposals of the change itself: "has published proposals to extend the consultation"
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
    if word.startswith("propos") and (
        (word == "proposals" and not _OF_THE_CHANGE.match(text, request.end()))
        or _AGREED_TO.search(text, max(0, request.start() - 60), request.start())
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
