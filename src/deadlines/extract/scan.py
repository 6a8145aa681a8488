"""Cheap prefilter of the tagger: where in a text each rule is worth running.

Every temporal expression contains at least one trigger word: a month or weekday name, a
calendar unit, a number, a deictic word ("today", "soon") ... One pass over the words of the
text finds the triggers; each rule's full regular expression then runs only in windows
around its own triggers. A window reaches ``back`` characters before the trigger and
``fwd`` after it (plus a margin for look-aheads, and always to the end of a word), which is
at least the distance from any match's start to its first trigger and from that trigger to
the match's end; overlapping windows are merged. The matches found in the windows are
therefore exactly those a scan of the whole text would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_WORD_END = re.compile(r"\w*")
_LOOKAHEAD_MARGIN = 14

MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday"
    " mon tue tues wed thu thur thurs fri sat sun".split()
)
UNIT_WORDS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks weekend"
    " weekends fortnight fortnights month months quarter quarters year years decade decades"
    " century centuries".split()
)
SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# pseudo-words for digit tokens: a plausible year, any other number
YEAR = "<year>"
NUMBER = "<number>"


@dataclass(frozen=True)
class Trigger:
    """When a rule runs: its trigger words and how far its matches reach around them."""

    words: frozenset[str]
    back: int
    fwd: int


def triggers(text: str, wanted: frozenset[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Word (lower case, or a digit pseudo-word) -> (start, end) offsets of its tokens;
    only the ``wanted`` words when given."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token[0] <= "9":
            if len(token) == 4 and (token[:2] == "20" or "15" <= token[:2] <= "19"):
                key = YEAR
            else:
                key = NUMBER
        else:
            key = token.lower()
            if wanted is not None and key not in wanted:
                continue
        spans = found.get(key)
        if spans is None:
            found[key] = [m.span()]
        else:
            spans.append(m.span())
    return found


def windows(
    text: str, found: dict[str, list[tuple[int, int]]], trigger: Trigger
) -> Iterator[tuple[int, int]]:
    """Merged (start, end) windows in which the rule described by ``trigger`` may match."""
    starts: list[int] = []
    for word in trigger.words:
        spans = found.get(word)
        if spans:
            starts.extend(s for s, _e in spans)
    if not starts:
        return
    starts.sort()
    n = len(text)
    back, reach = trigger.back, trigger.fwd + _LOOKAHEAD_MARGIN
    lo = max(0, starts[0] - back)
    hi = starts[0] + reach
    for s in starts[1:]:
        if s - back <= hi:
            hi = s + reach
            continue
        yield lo, _word_end(text, hi, n)
        lo, hi = max(0, s - back), s + reach
    yield lo, _word_end(text, hi, n)


def _word_end(text: str, pos: int, n: int) -> int:
    if pos >= n:
        return n
    m = _WORD_END.match(text, pos)
    return m.end() if m else pos


def finditer(
    pattern: re.Pattern[str], text: str, spans: Iterable[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` inside each window, in text order."""
    for lo, hi in spans:
        yield from pattern.finditer(text, lo, hi)
