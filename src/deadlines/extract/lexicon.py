"""Word lists and small regex building blocks shared by the tagger and resolver."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

NUMBERS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "another": 1,  # "extended for another year"
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "single": 1,
    "half": 0.5,
    "couple": 2,
    "dozen": 12,
}

VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"several", "few", "a few", "some", "many", "a number of"}
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

# the days of a month written as ordinal words, as spoken ("the thirteenth of September")
_ORDINAL_WORDS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth""".split()
DAY_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
DAY_ORDINALS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31}
DAY_ORDINALS |= {
    f"twenty{sep}{w}": 20 + i for sep in "- " for i, w in enumerate(_ORDINAL_WORDS[:9], 1)
}

_NON_DIGIT = re.compile(r"\D")


def day_number(word: str) -> int:
    """The day of the month written as "13", "13th" or "the thirteenth"."""
    digits = _NON_DIGIT.sub("", word)
    return int(digits) if digits else DAY_ORDINALS.get(" ".join(word.lower().split()), 0)


# unit word -> (TIMEX letter, is time-of-day unit)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "centurie": ("CE", False),
    "trading day": ("D", False),
    "business day": ("D", False),
    "working day": ("D", False),
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# the month each season's code starts in
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "armistice day": (11, 11),
    "boxing day": (12, 26),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "bastille day": (7, 14),
    "juneteenth": (6, 19),
}

TIMEZONES: frozenset[str] = frozenset(
    {
        "gmt",
        "utc",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "mst",
        "mdt",
        "bst",
        "cet",
        "cest",
        "et",
        "pt",
        "jst",
        "hkt",
        "ist",
        "aest",
    }
)


def alternation(words: list[str] | set[str] | frozenset[str] | dict[str, object]) -> str:
    """Regex alternation of the given words, longest first, dots escaped."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in items)


MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?"
    r"|Nov\.?|Dec\.?)"
)
# after a "12", no month before it: "at 12 noon", not "June 12 midnight" (read once "12" is
# there: a look behind at every position costs the tagger a tenth of its speed)
NOT_A_MONTH_BEFORE_12 = "".join(rf"(?<!\b{m}\s12)(?<!\b{m}\.\s12)" for m in MONTHS)
WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.)"
)
# a weekday alone ("on Friday", "Monday's"), not "last Friday" nor "Friday, May 3"
WEEKDAY_ONLY = re.compile(rf"^(?:on\s+)?{WEEKDAY_RE}(?:'s)?$", re.IGNORECASE)
HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
HOUR_WORD_RE = "|".join(HOUR_WORDS)  # an hour in words, as a newscast says it: "two a.m."
NUMBER_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|a\s+hundred|hundred|a\s+dozen|dozen|single)"
)
VAGUE_RE = r"(?:several|a\s+few|few|some|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of)"
UNIT_RE = (
    r"(?:(?:trading|business|working)\s+days?|seconds?|minutes?|hours?|days?|nights?|weeks?"
    r"|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
)


def number_value(word: str) -> float | None:
    """Numeric value of a cardinal written in digits or words ("twenty-five" -> 25)."""
    w = word.lower().replace(",", "").strip()
    w = " ".join(w.split())
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    if w.startswith("a "):
        w = w[2:]
    if w.endswith(" of"):  # "a couple of"
        w = w[:-3]
    total = 0.0
    for part in w.replace("-", " ").split():
        if part not in NUMBERS:
            return None
        total = total * 100 if part == "hundred" and total else total + NUMBERS[part]
    return total


def unit_key(word: str) -> str:
    """Normalise a unit word ("Weeks", "centuries", "trading days") to a UNITS key."""
    w = " ".join(word.lower().split())
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return w


# kind -> keyword regex (head nouns and verbs that name the dated event)
KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{body})\b", re.IGNORECASE))
    for kind, body in (
        ("truce", r"truce|cease-?fires?|armistice|moratorium|standstill|pause"),
        (
            "deadline",
            r"deadlines?|due\s+date|debt[\s-]+(?:ceiling|limit)|shutdown|funding\s+bill"
            r"|budget|stopgap|continuing\s+resolution|ultimatum|comment\s+period",
        ),
        ("sanction", r"sanctions?|embargo(?:es)?|blacklist(?:ing)?|asset\s+freezes?"),
        ("tariff", r"tariffs?|dut(?:y|ies)|levies|levy|import\s+tax(?:es)?|countervailing|fees?"),
        (
            "vote",
            r"votes?|voting|elections?|referendum|ballots?(?!\s+(?:papers?|box(?:es)?|forms?)\b)|polls?|primar(?:y|ies)|runoff",
        ),
        (
            "ruling",
            r"rulings?|verdicts?|court|hearings?|sentencing|sentenced|judgment|judgement|trial|magistrates?"
            # (not a day the act falls on: "voters will decide on November 24 whether")
            rf"|appeals?|(?:rule|decide)\s+on(?!\s+(?:{MONTH_RE}|{WEEKDAY_RE})\b)|arbitration|hear"
            r"|arguments|briefs?"
            # (a case, not "in any case", "in that case": a turn of phrase)
            r"|(?<!\bin\s)(?<!\bany\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\beither\s)(?<!\bwhich\s)case",
        ),
        (
            "meeting",
            # (not "meet the criteria", "met its target": a verb of meeting a goal)
            r"(?:meets?|met)(?!\s+(?:(?!with|over|on|in|at|to|for|and|or|about)[\w'-]+\s+){0,3}?"
            r"(?:criteria|requirements?|standards?"
            r"|targets?|goals?|demands?|deadlines?|obligations?|needs|expectations|conditions"
            r"|terms|thresholds?|quotas?|estimates|forecasts)\b)|meetings?|summits?|talks|conference"
            r"|negotiations"
            r"|sit\s+down|session|gathering|forum|workshops?|seminars?|webinars?|teleconferences?"
            r"|(?:will|to|now)\s+(?:now\s+)?(?:gather|convene|reconvene)"
            # (public events held on a day: "the opening parade", "the fireworks display")
            r"|parades?|processions?|festivals?|concerts?|fireworks",
        ),
        (
            "rule",
            r"rules?|regulations?|requirements?|laws?|bans?|restrictions?|controls"
            r"|licen[cs]ing|directive|mandates?|standards?|act|policy|caps?|limits?"
            r"|obligations?|reporting|criteria",
        ),
    )
)


# a permission, no proposal: "returns may be filed as late as Jan. 17", "may likewise file
# them by", "may apply until"
PERMITTED = (
    r"\s+(?:also\s+|likewise\s+|still\s+|now\s+)?(?:be\s+)?"
    r"(?:fil|submit|lodg|pa[iy]|send|sent|register|appl|claim|request|deposit|return)\w*\b"
)

# what may come before a day that heads its line, as in a diary: "Wed, " in "Wed, Nov. 30 -
# VIENNA: meeting - CANCELLED"
DAY_HEAD = re.compile(r"\W*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")
