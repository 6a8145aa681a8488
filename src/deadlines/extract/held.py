"""Whether a day of the past, or of today, names an event: an agreement, a measure in
force, a window that opened or closed, a vote; and not a storm, a failure or an accident."""

from __future__ import annotations

import re

from . import cues as C
from .anchors import Anchor
from .marks import AGREED_BEFORE
from .mentions import Mention, Sentence, kind_at

# the day a meeting was held: "at an emergency meeting held on January 27"
HELD_ON = re.compile(
    r"\b(?:meeting|session|summit|talks|hearing|conference|assembly|congress|convention)s?,?\s+"
    r"(?:[\w-]+\s+){0,3}?(?<!\bbe\s)(?:held|convened)\s+"
    # (and its place: "The previous summit, held in Caracas on July 29")
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+)?(?:on\s+)?$"
    r"|\b(?:which|that|who)\s+met\s+(?:on\s+)?$",
    re.IGNORECASE,
)

# an event that happened on its day although its sentence names no kind of event: an
# agreement, a measure in force, a window that opened or closed, a thing that began or ended
# (not an activity begun, "began notifying customers", nor a thing closed that is not a
# window, "closed the site"; "opened the tender" is one)
_HELD = re.compile(
    rf"\b(?:agreed|reached\s+(?:an?\s+)?{C.AGREEMENT}|{C.RAN_ITS_COURSE}"
    r"|(?:opened|closed)(?=\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?(?:tenders?|registration"
    r"|applications?|bids|bidding|nominations|windows?|periods?|polls|books|offers?)\b)"
    r"|(?:opened|closed)(?!\s+(?:it|its|the|a|an|their|his|her|them|up|down|higher|lower|at"
    r"|sharply|slightly|mixed|flat|unchanged|firmer|weaker|steady)\b)"
    r"|(?:began|started)(?!\s+(?:to\b|\w+ing\b))|voted)\b",
    re.IGNORECASE,
)
# a sentence that opens on applications opening or closing ("Applications close ...")
_APPLICATIONS = re.compile(r"\W*applications\s+(?:open|close)", re.IGNORECASE)
# a price, an index or a trading session
_PRICE = re.compile(
    r"\$\s?\d|\b\d+(?:\.\d+)?\s*(?:cents|points|percent)\b|\d%"
    r"|\b(?:trading|share\s+prices|stock\s+market|stock\s+exchange)\b",
    re.IGNORECASE,
)


def past_day(sen: Sentence, a: Anchor, superseded: bool, unreal: bool) -> Mention | None:
    """A past day's mention: one that names no event is kept only in case a cancellation
    claims it, as a bare day line ("**February 12, 2019**"); a storm, a failure or an
    accident told on it ("after a server outage on Monday") is none."""
    text, s, e = sen.text, sen.s, sen.e
    m = sen.mention("occurred", a, a.tx.start, superseded=superseded, unreal=unreal)
    if superseded:
        return m
    mishap = _MISHAP_DAY.search(text, max(s, a.tx.start - 60), a.tx.start)
    if mishap and not _NAMED.search(text, max(s, mishap.start() - 12), mishap.start()):
        return None  # (whatever else the sentence names: "voting stopped after an outage on")
    if _ROUTINE.search(text, max(s, a.tx.start - 50), a.tx.start):
        return None  # (whatever the sentence names: "offices opened as usual on Monday after")
    if m.kind != "other":
        return m
    if not _held(text, s, e, a):
        if len(text[s:e].split()) > 8:
            return None
        m.bare = True
    return m


def _held(text: str, s: int, e: int, a: Anchor) -> bool:
    """The date's own stretch of the sentence tells that something happened on it (a market
    that opened or closed at a price had no event)."""
    lo, hi = max(s, a.tx.start - 80), min(e, a.tx.end + 150)
    if _ROUTINE.search(text, lo, hi):
        return False  # "Stocks in Asia ended mostly lower on Monday", "offices opened as usual"
    verbs = [m.group().lower() for m in _HELD.finditer(text, lo, hi)]
    if _APPLICATIONS.match(text, s):
        verbs.append("applications")
    if AGREED_BEFORE.search(text, max(s, a.tx.start - 100), a.tx.start):
        return True  # "reached a staff-level agreement with the country on April 30"
    priced = bool(_PRICE.search(text, s, e))
    return any(not (priced and verb.startswith(("opened", "closed"))) for verb in verbs)


def due_today(sen: Sentence, a: Anchor) -> bool:
    """A day-of mention names something due that day: an event of a kind, or a verb of
    one ("applications close", "the rules take effect")."""
    text, s, e = sen.text, sen.s, sen.e
    if AS_OF.search(text, max(s, a.tx.start - 24), a.tx.start):
        return True  # "the ratio rises to 4 percent as of Friday, December 10": in force then
    return kind_at(text, s, e, a.tx.start)[0] != "other" or bool(C.EVENT_VERB.search(text, s, e))


# a market's move or a routine day, told by the verb of an ending or an opening
_ROUTINE = re.compile(
    r"\b(?:ended|closed|opened|finished|traded)\s+(?:\w+\s+)?(?:higher|lower|mixed|flat|unchanged"
    r"|as\s+usual|as\s+normal|normally)\b",
    re.I,
)
AS_OF = re.compile(r"\b(?:as\s+of|effective|with\s+effect\s+from)\s+(?:on\s+)?$", re.I)


# the mishap told as what happened on the day: "after a server outage on Monday", "the storm
# came ashore last Friday" (not a thing named after one: "the inquiry into the fire began")
_NAMED = re.compile(r"\b(?:into|over|about)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_MISHAP = re.compile(
    r"\b(?:(?:snow)?storms?|storm\s+surge|blizzards?|hurricanes?|floods?|flooding|earthquakes?"
    r"|fires?|blazes?|explosions?|blasts?|crash(?:es)?|collisions?|accidents?|failures?"
    r"|outages?|breakdowns?|power\s+cuts?|derailments?)\b",
    re.IGNORECASE,
)
_MISHAP_DAY = re.compile(
    _MISHAP.pattern
    + r"(?:\s+(?:came\s+ashore|hit|struck|swept\s+\w+|made\s+landfall|knocked\s+\w+))?"
    + r"\s+(?:on\s+|of\s+|last\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
