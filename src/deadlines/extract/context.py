"""What every tagging rule sees: the text, its creation date and cached tense look-ups."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from . import cues as C
from . import patterns as P
from .lexicon import MONTH_RE, WEEKDAY_RE
from .sentences import boundaries
from .tense import PAST, tense_cue

_SAID_BEFORE = re.compile(
    # ("said in a statement on Friday", "said at a news conference on Monday")
    C.REPORTED
    + r"\s+(?:(?:in|at|to)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|conference"
    r"|briefing|interview)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_DATED = re.compile(rf"\b{MONTH_RE}|\b(?:19|20)\d\d\b|\b{WEEKDAY_RE}")
_YEAR = re.compile(r"(?<![\d$.,])(?:19\d\d|20\d\d)(?![\d,.]?\d)")
# (a thing's own past, not the scene: "The law passed in 2011 was repealed on March 3")
_IN_YEAR = re.compile(r"(?<!ed)\s+in\s+$", re.IGNORECASE)

# (start, end, type, value, mod) of a candidate expression
Cand = tuple[int, int, str, str, "str | None"]

# Values of anaphoric expressions ("the next day", "two weeks later") are written
# ``REF<sign><n><unit>`` until the tagger knows the reference time they count from.
ANAPHOR = "REF"


def anaphor(n: float, unit: str, distal: bool = False) -> str:
    """Placeholder value of an expression ``n`` units after the reference time; ``distal``:
    told with "that" ("that day", "that night"), so not the document's own day or period."""
    k = int(n)
    return f"{ANAPHOR}{'~' if distal else '+' if k >= 0 else '-'}{abs(k)}{unit}"


# Values of comparisons with an earlier year ("a year earlier", "the year-ago quarter") are
# written ``CMP<years><hint><fallback>`` until the tagger knows the period in context. The
# hint says which periods count (Q: quarters, L: quarters already over, M: months, P: any
# period shorter than a year), the fallback where to count from when none is in context
# (N: the document date, C: the latest year in context).
COMPARE = "CMP"


def comparison(years: int, hint: str, from_dct: bool) -> str:
    """Placeholder value of the period ``years`` years before the one in context."""
    return f"{COMPARE}{years}{hint}{'N' if from_dct else 'C'}"


class Context:
    """One document being tagged."""

    __slots__ = ("text", "dct", "_tense", "_starts", "_years", "_day_first")

    def __init__(self, text: str, dct: dt.date) -> None:
        self.text = text
        self.dct = dct
        self._tense: dict[int, tuple[str | None, int]] = {}
        self._starts: list[int] | None = None
        self._years: list[tuple[int, int]] | None = None
        self._day_first: bool | None = None

    def day_first(self) -> bool:
        """The text writes its dates of figures day first: one of them can be read no other
        way ("14/02/2023") and none can only be read month first ("02/14/2023")."""
        if self._day_first is None:
            firsts = {
                int(m.group("a")) > 12
                for m in P.SLASH_DATE.finditer(self.text)
                if m.group("sep") == "/" and (int(m.group("a")) > 12) != (int(m.group("b")) > 12)
            }
            self._day_first = firsts == {True}
        return self._day_first

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding ``pos`` (split once per text)."""
        if self._starts is None:
            self._starts = [0, *boundaries(self.text)]
        i = bisect_right(self._starts, pos) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return self._starts[i], end

    def dated_before(self, pos: int) -> bool:
        """The sentence of ``pos`` names a month, a weekday or a year before it: "the end of
        the month" then counts from that time ("talks open on June 2 and must end by the end
        of the month"); with none it is the current one, as news means it."""
        for m in _DATED.finditer(self.text, self.sentence(pos)[0], pos):
            # a year far from the document's is history told in passing ("the shop,
            # opened in 1921, will close by the end of the year"), not the time in view
            if not m.group().isdigit() or int(m.group()) >= self.dct.year - 1:
                return True
            if self.tense(pos, pos + 1) == PAST:
                return True  # history told as such: "in 1985 ... by the end of the year"
        return False

    def tense_cue(self, start: int, end: int) -> tuple[str | None, int]:
        """(tense, distance of its cue) of the clause around ``text[start:end]``."""
        if start not in self._tense:
            self._tense[start] = tense_cue(self.text, start, end, self.sentence(start))
        return self._tense[start]

    def tense(self, start: int, end: int) -> str | None:
        return self.tense_cue(start, end)[0]

    def prev_word(self, start: int) -> str:
        m = P.PREV_WORD.search(self.text, max(0, start - 30), start)
        return m.group(1).lower() if m else ""

    def _year_before(self, pos: int) -> tuple[int, int] | None:
        """(offset, year) of the latest year written out before ``pos`` in its sentence."""
        if self._years is None:
            self._years = [(m.start(), int(m.group())) for m in _YEAR.finditer(self.text)]
        i = bisect_right(self._years, (pos, 0)) - 1
        if i < 0 or self._years[i][0] < self.sentence(pos)[0]:
            return None
        return self._years[i]

    def year_in_view(self, pos: int, ahead: int = 0) -> int | None:
        """The year the sentence was speaking of before ``pos``: the latest year written
        out before it in its sentence, when it is the document's year or the one before
        (``ahead``: or the one after instead, "its 2019 calendar ... was"); a text about
        another era has dates of its own, not these."""
        seen = self._year_before(pos)
        low = self.dct.year - 1 + ahead
        return seen[1] if seen and low <= seen[1] <= low + 1 else None

    def past_year_in_view(self, pos: int) -> int | None:
        """A past year the sentence set its scene in before ``pos`` ("A similar standoff in
        2011 ended only when lawmakers reached a deal on July 31"): the year of a past day
        told without one; not one in a clause of its own ("Under a program approved in 1987
        that ..., Nashua had purchased shares through Sept. 29" speaks of this year)."""
        seen = self._year_before(pos)
        if seen is None or seen[1] >= self.dct.year:
            return None
        at, year = seen
        if not _IN_YEAR.search(self.text, max(0, at - 24), at):
            return None
        return None if C.CLAUSE_BREAK.search(self.text, at, pos) else year


def report_day(text: str, start: int, value: str, dct: dt.date) -> bool:
    """The day of the report itself ("the union said on Wednesday"), not a time the story
    moves to: what is counted "a week later" counts from the day told before it."""
    return value[:10] == dct.isoformat() and bool(
        _SAID_BEFORE.search(text, max(0, start - 60), start)
    )
