"""Actor recognition: gazetteer names and people, normalised to canonical names."""

from __future__ import annotations

import re

from .gazetteer import ACTORS, TITLES


def _alias_pattern() -> re.Pattern[str]:
    aliases = sorted({a for names in ACTORS.values() for a in names}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in aliases)
    return re.compile(rf"(?<![\w.])(?:the\s+)?(?P<a>{body})(?![\w])")


_ALIAS_RE = _alias_pattern()
_CANON = {a: canon for canon, names in ACTORS.items() for a in names}
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+)"
_TITLE_BODY = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_PERSON_RE = re.compile(
    rf"\b(?:{_TITLE_BODY}),?\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
)
_CAP_TOKEN = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b")
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "On",
        "In",
        "At",
        "Of",
        "And",
        "But",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Department",
        "Ministry",
        "Office",
        "House",
    }
)


class ActorIndex:
    """Actors of one document: people learnt from the whole text, then looked up per span."""

    def __init__(self, text: str) -> None:
        self.people: dict[str, str] = {}
        seen: dict[str, set[str]] = {}
        for m in _PERSON_RE.finditer(text):
            tokens = [t for t in m.group("name").split() if t not in _NOT_NAMES]
            if not tokens or " ".join(tokens) in _CANON:
                continue
            full = " ".join(tokens)
            if len(tokens) == 1:
                seen.setdefault(full, set())
                continue
            for tok in (tokens[0], tokens[-1], full):
                seen.setdefault(tok, set()).add(full)
        for alias, fulls in seen.items():
            if len(fulls) == 1:
                self.people[alias] = next(iter(fulls))
            elif not fulls and alias not in self.people:
                self.people[alias] = alias

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
        """(offset, canonical name) of the actors mentioned in ``text[start:end]``."""
        stop = len(text) if end is None else end
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for m in _ALIAS_RE.finditer(text, start, stop):
            found.append((m.start("a"), _CANON[m.group("a")]))
            taken.append((m.start("a"), m.end("a")))
        for m in _CAP_TOKEN.finditer(text, start, stop):
            word = m.group()
            if word in self.people and not any(s <= m.start() < e for s, e in taken):
                found.append((m.start(), self.people[word]))
        found.sort()
        return found

    def names(self, text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
        """Distinct canonical actor names in order of first mention."""
        out: list[str] = []
        for _pos, name in self.find(text, start, end):
            if name not in out:
                out.append(name)
        return tuple(out)

    def people_in(self, text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
        """Distinct people (not gazetteer names), last mentioned first."""
        out: list[str] = []
        for _pos, name in reversed(self.find(text, start, end)):
            if name not in _CANON.values() and name not in ACTORS and name not in out:
                out.append(name)
        return tuple(out)
