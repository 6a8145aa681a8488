"""Short descriptions ("what") and matching keys ("subject") of commitments."""

from __future__ import annotations

import re

from . import cues as C
from .gazetteer import ACTORS, CAPITALS
from .lexicon import MONTH_RE, WEEKDAY_RE

# words naming a country (its name, people, capital): the parties, kept apart from subjects;
# a body's name stays ("G20 summit")
_ACTOR_WORDS = frozenset(
    w.lower()
    for names in ACTORS.values()
    if any(n in CAPITALS for n in names)
    for a in names
    for w in a.split()
    if len(w) > 2
) | frozenset({"us", "u.s.", "uk", "u.k.", "eu", "e.u."})

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
        "threatened",
        "looming",
        "promised",
        "announced",
        "higher",
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
    # "truce between Washington and Beijing": the parties are actors, not part of the name
    if (
        len(right) > 1
        and right[0].group().lower() in {"between", "with", "by", "from", "among"}
        and right[1].group().lower().rstrip(".") in _ACTOR_WORDS
    ):
        right = []
    if right and right[0].group().lower() in _PREPS:
        tail = [right[0].group()]
        for m in right[1:5]:
            w = m.group()
            if (
                w.lower() in _STOP
                or w.lower() in _MODALS
                or not w[0].isalnum()
                or _DATE_WORD.match(w)
                or C.EVENT_VERB.match(text, m.start())
            ):
                break
            tail.append(w)
        if len(tail) > 1:
            words.extend(tail)
    return " ".join(words).rstrip(".")


_DATE_WORD = re.compile(
    r"\d|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b\.?$"
)
_REPORTING = re.compile(
    r"^.*\b(?:said|says|say|told|announced|added|noted|reported|confirmed|warned|stated)"
    r"(?:\s+(?:on|late|early)\s+\w+)?(?:\s+that)?\s+",
    re.IGNORECASE | re.DOTALL,
)
_TRAILING = re.compile(
    r"(?:[\s,]+(?:on|by|until|till|to|from|in|at|before|after|for|of|no\s+later\s+than"
    r"|the\s+end|the\s+start|the\s+beginning|the|than|later|no|within|is|are|was|were))+\s*$",
    re.IGNORECASE,
)
# a fronted phrase that gives a date of its own, before the subject
_FRONTED_DATE = re.compile(rf"^[^,]*?\b(?:\d|(?:{MONTH_RE}|{WEEKDAY_RE})(?![a-z]))[^,]*,\s+")
_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+", re.I)


def _clause_before(text: str, s: int, pos: int) -> str:
    """What the sentence says before the date, without the reporting clause ("Officials
    said ...") and the preposition that introduces the date: "export curbs start"."""
    clause = " ".join(text[s:pos].split())
    clause = _REPORTING.sub("", clause)
    lead = _FRONTED_DATE.match(clause)  # "Originally due on Friday, the consultation ..."
    clause = clause[lead.end() :] if lead else clause
    clause = _TRAILING.sub("", clause).strip(" ,;:")
    clause = _LEADING.sub("", clause)
    words = clause.split()
    if len(words) > 10:
        words = words[:10]
    return " ".join(words).strip(_QUOTES)


_QUOTES = " \"'`‘’“”([,;:"


def _clause_after(text: str, pos: int, e: int) -> str:
    """The clause after the one that holds the date at ``pos``, ten words at most."""
    brk = C.CLAUSE_BREAK.search(text, pos, e)
    if brk is None:
        return ""
    words = " ".join(text[brk.end() : e].split()).strip(_QUOTES + ".").split()
    return _LEADING.sub("", " ".join(words[:10])).strip(_QUOTES)


def _left_word(text: str, s: int, k0: int, modal: bool = False) -> str:
    """The nearest content word before ``k0`` (with ``modal``: the word just before it,
    lower case, to tell "will vote" and "to rule" from "the vote" and "the rule")."""
    tokens = list(_TOKEN.finditer(text, s, k0))
    if modal:
        return tokens[-1].group().lower() if tokens else ""
    for m in reversed(tokens):
        w = m.group()
        if w.lower() not in _STOP and w.lower() not in _MODALS and w[0].isalnum():
            return w
    return ""


def describe(
    text: str,
    s: int,
    e: int,
    k0: int,
    k1: int,
    kind: str,
    actors: tuple[str, ...],
    pos: int | None = None,
) -> tuple[str, str]:
    """(what, subject) for the event keyword ``text[k0:k1]`` of the sentence ``[s, e)``;
    without a keyword (``k0 < 0``), from the words before the date at ``pos``."""
    if k0 < 0:
        what = _clause_before(text, s, pos if pos is not None and pos > s else e)
        if len(what.split()) < 3 and pos is not None:
            # the date leads its sentence ("By the end of the year, the plants will close"):
            # what it dates is told after it
            what = _clause_after(text, pos, e) or what
        if not what:
            sent = " ".join(text[s:e].split())
            what = sent if len(sent) <= 80 else sent[:77].rsplit(" ", 1)[0] + "..."
        return what, subject_key(" ".join(w for w in what.split() if w.lower() not in _MODALS))
    keyword = text[k0:k1].lower()
    lemma = next((v for k, v in _VERB_LEMMA.items() if keyword.startswith(k)), None)
    verbal = keyword in {"meet", "meets", "convene"} or (
        keyword in {"vote", "votes", "rule"} and _left_word(text, s, k0, modal=True) in _MODALS
    )
    if lemma and verbal:
        people = [a for a in actors if a not in ACTORS] or list(actors)
        who = " and ".join(people[:3]) or _left_word(text, s, k0) or "parties"
        what = f"{who} {keyword}"
        subject = f"{lemma} " + "-".join(sorted(a.lower() for a in people[:3]))
        return what, subject.strip()
    phrase = _np(text, s, e, k0, k1)
    verb = C.EVENT_VERB.search(text, k1, e)
    what = phrase
    if (
        verb
        and verb.start() - k1 < 40
        and verb.group("v").lower() in _VERB_NOUN
        and not text[max(0, verb.start() - 4) : verb.start()].lower().endswith("the ")
    ):
        what += f" ({_VERB_NOUN.get(verb.group('v').lower(), verb.group('v').lower())})"
    return what, subject_key(phrase)


# the event a verb names, for readable descriptions: "tariff truce (expiry)"
_VERB_NOUN = {
    "start": "start",
    "begin": "start",
    "take effect": "taking effect",
    "come into force": "entry into force",
    "expire": "expiry",
    "end": "end",
    "lapse": "expiry",
    "run out": "expiry",
    "kick in": "start",
    "resume": "resumption",
    "open": "opening",
    "close": "closing",
    "launch": "launch",
    "decide": "decision",
}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def subject_key(phrase: str) -> str:
    """What a commitment is about, stable across wordings: the content words of its name,
    singular, without actors (kept apart) or passing adjectives, in alphabetical order.
    "temporary truce on tariffs" and "the tariff truce between Washington and Beijing"
    both give "tariff truce"."""
    words = []
    for raw in phrase.lower().replace("u.s.", "us").split():
        w = raw.strip(".,;:()\"'’")
        w = w[:-2] if w.endswith(("'s", "’s")) else w  # "Tokyo's exports": Tokyo is an actor
        if not w or w in _STOP or w in _GENERIC or w in _PREPS or w in _ACTOR_WORDS:
            continue
        words.append(_singular(w))
    return " ".join(sorted(set(words)))
