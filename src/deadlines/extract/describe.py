"""Short descriptions ("what") and matching keys ("subject") of commitments."""

from __future__ import annotations

import re

from . import cues as C
from .gazetteer import ACTORS

_TOKEN = re.compile(r"[\w%$'’.-]+|[^\w\s]")
_STOP = frozenset(
    "the a an its their his her our your this that these those of and or but to in on at by"
    " for with from as is are was were be been being will would could should may might must"
    " shall has have had do does did which who whom whose what when where while than then"
    " it they he she we you i not no also after before during about into over under between"
    " against threat helped eliminate set scheduled expected likely due plans plan said says"
    " told according new-found amid around beyond until since per via".split()
)
_PREPS = frozenset({"on", "for", "against", "to", "with", "between", "over", "of"})
_GENERIC = frozenset(
    {
        "new",
        "temporary",
        "current",
        "proposed",
        "planned",
        "possible",
        "potential",
        "upcoming",
        "fragile",
        "crucial",
        "additional",
        "further",
        "latest",
        "first",
        "final",
        "next",
        "expected",
        "key",
        "long-awaited",
        "much-anticipated",
        "initial",
        "fresh",
        "its",
        "the",
    }
)
_MODALS = frozenset(
    {
        "can",
        "could",
        "may",
        "might",
        "must",
        "will",
        "would",
        "to",
        "are",
        "is",
        "should",
        "set",
        "due",
        "expected",
        "scheduled",
        "also",
    }
)
_VERB_LEMMA = {"meet": "meeting", "vote": "vote", "rule": "ruling", "convene": "meeting"}


def _np(text: str, s: int, e: int, k0: int, k1: int) -> str:
    left = [m for m in _TOKEN.finditer(text, s, k0)]
    words: list[str] = []
    for m in reversed(left[-4:]):
        w = m.group()
        if w.lower() in _STOP or not (w[0].isalnum() or w[0] in "$%") or w.endswith(","):
            break
        words.insert(0, w)
    words.append(text[k0:k1])
    right = list(_TOKEN.finditer(text, k1, e))
    if right and right[0].group().lower() in _PREPS:
        tail = [right[0].group()]
        for m in right[1:5]:
            w = m.group()
            if w.lower() in _STOP or not w[0].isalnum():
                break
            tail.append(w)
        if len(tail) > 1:
            words.extend(tail)
    return " ".join(words).rstrip(".")


def _left_word(text: str, s: int, k0: int) -> str:
    for m in reversed(list(_TOKEN.finditer(text, s, k0))):
        w = m.group()
        if w.lower() not in _STOP and w.lower() not in _MODALS and w[0].isalnum():
            return w
    return ""


def describe(
    text: str, s: int, e: int, k0: int, k1: int, kind: str, actors: tuple[str, ...]
) -> tuple[str, str]:
    """(what, subject) for the event keyword ``text[k0:k1]`` of the sentence ``[s, e)``."""
    if k0 < 0:
        sent = " ".join(text[s:e].split())
        what = sent if len(sent) <= 80 else sent[:77].rsplit(" ", 1)[0] + "..."
        return what, " ".join(w for w in sent.lower().split()[:6])
    keyword = text[k0:k1].lower()
    lemma = next((v for k, v in _VERB_LEMMA.items() if keyword.startswith(k)), None)
    if lemma and keyword in {"meet", "meets", "vote", "votes", "rule", "convene"}:
        people = [a for a in actors if a not in ACTORS] or list(actors)
        who = " and ".join(people[:3]) or _left_word(text, s, k0) or "parties"
        what = f"{who} {keyword}"
        subject = f"{lemma} " + "-".join(sorted(a.lower() for a in people[:3]))
        return what, subject.strip()
    phrase = _np(text, s, e, k0, k1)
    verb = C.EVENT_VERB.search(text, k1, e)
    what = phrase + (f" {verb.group('v').lower()}" if verb else "")
    words = [w for w in phrase.lower().replace("u.s.", "us").split()]
    while words and words[0] in _GENERIC:
        words.pop(0)
    return what, " ".join(words)
