"""Actor recognition: gazetteer names and people, normalised to canonical names."""

from __future__ import annotations

import re
from bisect import bisect_left

from .gazetteer import ACTORS, CAPITALS, TITLES
from .people import PEOPLE

_ALIAS_BODY = "|".join(
    re.escape(a)
    for a in sorted({a for names in ACTORS.values() for a in names}, key=len, reverse=True)
)
_ALIAS_RE = re.compile(rf"(?<![\w.])(?:the\s+)?(?P<a>{_ALIAS_BODY})(?![\w])")
# "U.S. Treasury Secretary", "Chinese President", "China's trade negotiator,": whom a
# titled person speaks for
_AFFILIATION_BEFORE = re.compile(
    rf"(?<![\w.])(?P<a>{_ALIAS_BODY})(?:'s|’s)?(?:\s+[A-Za-z][\w-]*){{0,2}}\s+$"
)
# a person who says, reports or expects something is a source, not a party
_REPORTING_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'-]+)*(?:,[^,.]{1,60},)?\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told"
    r"|tells|reported|reports|noted|notes|added|adds|expects|expected|anticipates|anticipated"
    r"|emphasi[sz]ed|indicated|mentioned|hinted|stated|confirmed|warned|described|believes"
    r"|argued|insisted|predicted|predicts)\b"
)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w.]+\s+){0,4}$", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:He|She|They)\b")
_CANON = {a: canon for canon, names in ACTORS.items() for a in names}
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+)"
_TITLE_BODY = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_PERSON_RE = re.compile(
    rf"\b(?:{_TITLE_BODY}),?\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})"
)
# "in Kuala Lumpur", "at the Hague"; "in Gyeongju, South Korea": places, not actors
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|visit(?:s|ed|ing)?)\s+"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+)?$"
)
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_CITY_COMMA_BEFORE = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+$")
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


_EVENT_AFTER = re.compile(
    r"(?:\s*\([\w+-]+\))?\)?\s+(?:summit|conference|forum|gathering|meeting|talks)\b", re.I
)
_EVENT_BEFORE = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|ahead\s+of|before|after|to|in)\s+"
    r"(?:the\s+)?[^.;]{0,45}$"
)


def _is_venue(text: str, pos: int, end: int, alias: str) -> bool:
    """A capital after a preposition of place, a country after "in City,", or a body
    naming the event where something happens ("during the APEC summit")."""
    before = text[max(0, pos - 60) : pos]
    if alias in CAPITALS:
        return bool(_PLACE_BEFORE.search(before[-40:]))
    if _CITY_COMMA_BEFORE.search(before[-40:]):
        return True
    return bool(_EVENT_AFTER.match(text, end) and _EVENT_BEFORE.search(before))


class ActorIndex:
    """Actors of one document: people learnt from the whole text, then looked up per span."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._all: list[tuple[int, str]] | None = None
        self.people: dict[str, str] = {}
        self.affiliation: dict[str, str] = {}
        self._title_prefixes: set[int] = set()  # "Chinese" in "Chinese President Xi"
        seen: dict[str, set[str]] = {}
        for m in _PERSON_RE.finditer(text):
            tokens = [t for t in m.group("name").split() if t not in _NOT_NAMES]
            if not tokens or " ".join(tokens) in _CANON:
                continue
            full = " ".join(tokens)
            org = _AFFILIATION_BEFORE.search(text, max(0, m.start() - 50), m.start())
            if org:
                self._title_prefixes.add(org.start("a"))
                self.affiliation.setdefault(full, _CANON[org.group("a")])
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
        self._known_people(text)

    def _known_people(self, text: str) -> None:
        """People named bare ("Xi", "Trump") whom the list of leaders knows."""
        for full, (country, aliases) in PEOPLE.items():
            tokens = {a.split()[-1] for a in aliases if a in text}
            if not tokens:
                continue
            for token in tokens:
                if self.people.setdefault(token, full) != full:
                    continue
            self.affiliation.setdefault(full, country)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
        """(offset, canonical name) of the actors mentioned in ``text[start:end]``."""
        if text is self._text:
            if self._all is None:
                self._all = self._scan(text, 0, len(text))
            stop = len(text) if end is None else end
            lo = bisect_left(self._all, (start, ""))
            hi = bisect_left(self._all, (stop, ""))
            return self._all[lo:hi]
        return self._scan(text, start, end)

    def _scan(self, text: str, start: int, end: int | None) -> list[tuple[int, str]]:
        stop = len(text) if end is None else end
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for m in _ALIAS_RE.finditer(text, start, stop):
            taken.append((m.start("a"), m.end("a")))
            if _is_venue(text, m.start(), m.end("a"), m.group("a")):
                continue
            found.append((m.start("a"), _CANON[m.group("a")]))
        for m in _CAP_TOKEN.finditer(text, start, stop):
            word = m.group()
            if word in self.people and not any(s <= m.start() < e for s, e in taken):
                found.append((m.start(), self.people[word]))
        found.sort()
        return found

    def parties(
        self,
        text: str,
        start: int,
        end: int,
        meeting: bool = False,
        previous: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        """The parties bound by a commitment told in ``text[start:end]``: countries and
        organisations named; people as themselves at a meeting, else as the country they
        speak for; people who only report or expect it ("Bessent said") are sources, not
        parties. A sentence opening with "He"/"She" refers to ``previous[0]``."""
        out: list[str] = []
        people = set(self.people.values())
        for pos, name in self.find(text, start, end):
            if pos in self._title_prefixes:
                continue  # the person's title: they stand for it below
            if meeting and _IN_PLACE_BEFORE.search(text, max(start, pos - 8), pos):
                continue  # "meet Thursday in South Korea": where, not who
            if name not in people:
                out.append(name)
                continue
            out.extend(self._as_party(text, pos, name, meeting))
        if not out and previous:
            pronoun = _PRONOUN.match(text, start)
            if pronoun:
                out.extend(self._as_party(text, pronoun.start(), previous[0], meeting))
        return tuple(dict.fromkeys(out))

    def _as_party(self, text: str, pos: int, person: str, meeting: bool) -> list[str]:
        word = _CAP_TOKEN.match(text, pos) or _PRONOUN.match(text, pos)
        after = word.end() if word else pos
        speaks = bool(
            _REPORTING_AFTER.match(text, after)
            or _ACCORDING_TO_BEFORE.search(text, max(0, pos - 40), pos)
        )
        country = self.affiliation.get(person)
        if meeting and not speaks:
            return [person]
        if country:
            return [country]
        return [] if speaks else [person]

    def bodies(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The countries and bodies these actors speak for: a person as their country when
        it is known ("Xi Jinping" as China), sorted; the people left as themselves."""
        return tuple(sorted({self.affiliation.get(name, name) for name in names}))

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
