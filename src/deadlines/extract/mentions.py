"""What one sentence says of a dated commitment, before the document is read as a whole.

``Mention`` is one dated mention with its status so far, ``Change`` a change a sentence
tells (with or without a date of its own), ``Sentence`` the span the rules of a sentence
read; the marks are the words that introduce an old or a new date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from deadlines.model import Status

from . import cues as C
from .anchors import Anchor, due_of
from .confidence import confidence
from .describe import describe
from .marks import (
    FAR_OLD,
    HAVE_UNTIL,
    IT_WAS,
    OLD_SUBJECT,
    SPEAKER_AFTER,
    clock_lead,
)
from .marks import UNAFFECTED as UNAFFECTED
from .model import Commitment
from .old_days import told_old
from .status_cues import TO_BEFORE
from .tense import PAST, tense_at

# an old date named as a noun ("the original date"), and a verb of another clause after it:
# the date that follows is that clause's, not the old one
_NAMED_OLD = re.compile(r"(?:initial|original)\s+(?:[\w'-]+\s+){0,2}?(?:date|deadline)s?\b", re.I)
_MODAL_GAP = re.compile(r"\b(?:will|would|can|could|may|might|must|should|shall)\b", re.I)


_MOVED_FROM = frozenset({"postponed", "extended", "advanced"})
_UNREAL = re.compile(rf"\b{C.UNREAL}", re.IGNORECASE)


def kind_at(text: str, s: int, e: int, pos: int) -> tuple[str, int, int]:
    """Kind of the event named nearest before ``pos`` (else after), with its keyword span."""
    hits = sorted(
        (m.start(), m.end(), kind) for kind, p in C.KIND_PATTERNS for m in p.finditer(text, s, e)
    )
    if not hits:
        return "other", -1, -1
    before = [h for h in hits if h[1] <= pos]
    if not before and (said := SPEAKER_AFTER.search(text, pos, e)) is not None:
        # (not a word of what a speaker adds: "will not apply until Dec. 1, the Commission
        # said, adding that it wanted to create space for talks")
        hits = [h for h in hits if h[0] < said.start()]
        if not hits:
            return "other", -1, -1
    if not before and (other := _NEXT_CLAUSE.search(text, pos, e)) is not None:
        # (nor of the next clause: "will open on Thursday, November 23, the events office
        # announced, while the opening of the concert hall has been pushed into the new year")
        hits = [h for h in hits if h[0] < other.start()]
        if not hits:
            return "other", -1, -1
    # an infinitive names the event itself: "expected to rule on", "scheduled to meet"
    verbal = [h for h in before if TO_BEFORE.search(text, max(s, h[0] - 4), h[0])]
    if verbal:
        return verbal[-1][2], verbal[-1][0], verbal[-1][1]
    chosen = before[-1] if before else hits[0]
    # "truce on tariffs": the head noun is the first keyword, not the one in its complement
    idx = hits.index(chosen)
    if idx > 0:
        gap = text[hits[idx - 1][1] : chosen[0]]
        if len(gap) < 30 and re.search(r"\b(?:on|of|for|against|over)\b", gap) and "," not in gap:
            chosen = hits[idx - 1]
    return chosen[2], chosen[0], chosen[1]


_NEXT_CLAUSE = re.compile(
    # (or a clause of purpose: "agreed to extend it to June 30 to cover the talks")
    r";|,\s+(?:while|whereas|but)\b|(?<=\d)\s+(?:in\s+order\s+|so\s+as\s+)?to\s+(?!be\b)[a-z]+\s+"
    r"(?:the|a|an|its|their|more)\b"
    r"|,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,6}?(?:announced|confirmed|stated)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"instead|rather|earlier|later|sooner", re.IGNORECASE)
_MOVED = re.compile(C.MOVE_WORD + r"|\b(?:now|instead|new)\b", re.IGNORECASE)


@dataclass
class Mention:
    """One dated mention of a commitment in a sentence, before the document is folded."""

    anchor: Anchor | None
    due: dt.date | None
    status: str
    kind: str
    what: str
    subject: str
    actors: tuple[str, ...]
    evidence: str
    pos: int
    previous: dt.date | None = None
    shift: str | None = None
    hedged: bool = False
    dist: int = 0
    ends: bool | None = None
    stem: str = ""  # the first letters of the word that names the event
    cued: bool = False  # its own sentence presents it as a plan of its own ("planned for")
    superseded: bool = False  # introduced as the old date: "originally set for", "instead of"
    old_only: bool = False  # the old date of a move whose sentence gives no new one
    bare: bool = False  # a past day whose sentence names no event
    cue: str | None = None  # the words that tell its change, when a change gave its status
    bodies: tuple[str, ...] = ()  # the actors as the countries and bodies they speak for
    renewed: bool = False  # introduced as the new date: "now set for", "will instead"
    instead: bool = False  # told as the day now meant, by "instead" after it
    had_plan: bool = False  # a plan told in the past perfect: "had listed Friday, December 11"
    unreal: bool = False  # told as what would have been: "would have expired on May 1"
    holds: bool = False  # told as holding, or as another thing: "will still take place"
    span: tuple[int, int] = (0, 0)  # its sentence's offsets
    para: int = 0  # where its paragraph starts
    item: bool = False  # its paragraph is an item of a numbered list ("2. ...")
    old_kind: str = ""  # the kind of the mention its previous date came from
    # its previous date was told as another thing's ("had been due to start on the same
    # day"): that thing's own day is not folded into it
    old_elsewhere: bool = False
    old_para: int = -1  # and where that mention's paragraph starts
    limit: bool = False  # the date closes a term: "by May 27", "until June 30"
    prev_counted: bool = False  # its previous date is counted from a span ("a week later")
    weighed_as: str | None = None  # a move with no day, only proposed or forecast
    no_new_day: bool = False  # the sentence after it says the move has no new day yet

    def take_old(self, day: dt.date | None, old: Mention) -> None:
        """``day``, read from the mention ``old``, is this one's previous date."""
        self.previous, self.old_kind, self.old_para = day, old.kind, old.para

    def term_ends(self, old: Mention) -> bool | None:
        """Whether the move from ``old`` to this mention moves an end: both days close a
        term ("had until May 31 ... can now do so until June 30"), else as the nouns
        tell."""
        if self.limit and old.limit:
            return True
        return self.ends if self.ends is not None else old.ends

    def commitment(self) -> Commitment:
        return Commitment(
            what=self.what,
            due=self.due,
            date_text=self.anchor.tx.text if self.anchor else None,
            status=self.status,
            # (only a move has the day it moved from: one proposed or forecast has moved
            # nothing yet, "propose to move the compliance date from June 18 to January 1")
            previous_due=self.previous if self.status in _MOVED_FROM else None,
            actors=self.actors,
            evidence=self.evidence,
            confidence=confidence(self.status, self.anchor, self.kind, self.hedged, self.dist),
            kind=self.kind,
            subject=self.subject,
            shift=self.shift,
            cue=self.cue if Status(self.status).is_change else None,
            parties=self.bodies,
        )


@dataclass
class Change:
    """A change told by a sentence, with or without a date of its own; ``modality`` is
    ``proposed`` or ``expected`` when it is only asked for or forecast."""

    status: str
    kind: str
    ends: bool | None
    dated: bool
    at: int
    stem: str
    modality: str | None = None
    words: str | None = None  # the change words: "postponed to"
    sentence: str = ""  # the sentence that tells it, lower case
    span: tuple[int, int] = (0, 0)  # that sentence's offsets
    para: int = 0  # where its paragraph starts
    unkept: bool = False  # its day is none of a commitment (a court's hearing): it moves no other
    item: bool = False  # its paragraph is an item of a numbered list ("2. ...")


# the day named as the old plan's by the words around it: "the original February 14 date"
_OLD_BEFORE = re.compile(
    r"\b(?:original|initial|previous|earlier|old|former|first)\s+$", re.IGNORECASE
)
_DATE_NOUN_AFTER = re.compile(
    r"\s+(?:date|deadline|closing\s+date|start\s+date|target(?:\s+date)?|timetable)\b",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """What the rules of one sentence read."""

    text: str
    s: int
    e: int
    dct: dt.date
    parties: dict[bool, tuple[str, ...]]
    bodies: dict[bool, tuple[str, ...]] = field(default_factory=dict)
    hedged: bool = False
    history: bool = False  # every date of the sentence is well past: a change told as history
    para: int = 0  # where the sentence's paragraph starts

    def is_past(self, a: Anchor) -> bool:
        return a.last < self.dct or (
            a.first <= self.dct
            and (
                tense_at(self.text, a.tx.start, a.tx.end, (self.s, self.e)) == PAST
                or (a.first == a.last == self.dct and self._done_today(a))
            )
        )

    def _done_today(self, a: Anchor) -> bool:
        """Today's date in a clause whose verb is a present perfect of a deed ("today has
        introduced the phone"): done, not due ("has scheduled a vote for today" is due)."""
        lo = C.clause_start(self.text, max(self.s, a.tx.start - 80), a.tx.start)
        after = C.CLAUSE_BREAK.search(self.text, a.tx.end, min(self.e, a.tx.end + 60))
        hi = after.start() if after else min(self.e, a.tx.end + 60)
        # ("has summoned him to appear today", "has said it will announce them today": the
        # date is the later verb's)
        return bool(_DONE.search(self.text, lo, hi)) and not _LATER.search(self.text, lo, hi)

    def marked(self, a: Anchor, mark: re.Pattern[str], reach: int = 60) -> bool:
        # (the day's clock time is the day's: "previously scheduled to expire at 11:59
        # p.m., Eastern Time, on July 31" reaches as far as "to expire on July 31")
        lead = clock_lead(self.text, self.s, a.tx.start, a.tx.text)
        start = lead if lead is not None else a.tx.start
        lo = max(self.s, start - reach)
        return bool(
            mark.search(self.text, lo, a.tx.start)
            or (lead is not None and mark.search(self.text, lo, start))
        )

    def superseded(self, a: Anchor, since: int, told: bool = True) -> bool:
        """The date is introduced as the old one; ``told``: the sentence tells a change, so
        weaker marks ("from", "currently") count too."""
        window = self.text[max(since, a.tx.start - 80) : a.tx.start]
        if _OLD_BEFORE.search(window) and _DATE_NOUN_AFTER.match(self.text, a.tx.end):
            return True  # "six weeks after the original February 14 date"
        if told_old(self.text, window, a.tx.start, a.tx.end):
            return True  # "was Sunday 23 August, now Sunday 13 September"
        far = FAR_OLD.search(self.text, max(since, self.s, a.tx.start - 200), a.tx.start - 80)
        if far is not None and not NEW_MARK.search(self.text, far.end(), a.tx.start):
            return True  # "were originally required to certify that all ... by 31 December"
        if (it := IT_WAS.match(self.text, self.s)) is not None and it.end() == a.tx.start:
            return True  # "The deadline ... has moved. It was 30 June 2021."
        if OLD_SUBJECT.match(self.text, self.s) and not _MOVED.search(
            self.text, self.s, a.tx.start
        ):
            return True  # "The original comment period, announced in ..., closed on March 28"
        mark = C.PREVIOUS_MARK if told else C.SUPERSEDED_MARK
        marks = list(mark.finditer(window))
        last = marks[-1].end() if marks else -1
        if marks and _COMPARED.match(marks[-1].group()) and "," in window[last:]:
            # "every three weeks instead of every fortnight, starting 5 October", "a day
            # earlier than listed, on Friday 2 November": the comparison ends at the comma
            return False
        named = _NAMED_OLD.match(window, marks[-1].start()) if marks else None
        if named is not None and _MODAL_GAP.search(window, named.end()):
            return False  # "tickets for the original date will be refunded within 14 days"
        if marks and NEW_MARK.search(window, last) and ";" in window[last:]:
            return False  # "was supposed to happen last weekend; it's now been rescheduled for"
        new = NEW_BEFORE.search(window)
        if new is not None and last >= 0 and not window[last : new.start()].strip():
            new = None  # "apply until 10 July instead of until 26 June": the old term's "until"
        # ("had until May 31": the "until" of the old term, not of a new one; so is the
        # "until" of an old plan's own verb: "had been due to remain in place until")
        mark_words = marks[-1].group().lower() if marks else ""
        if (
            new is not None
            and mark_words.startswith(
                ("had", "was", "were", "previously", "originally", "initially", "formerly")
            )
            and "expected" not in mark_words
        ):
            new = new if _CHANGED.search(window, last, new.start()) else None
        return last >= 0 and (new is None or last > new.start())

    def unreal(self, a: Anchor, since: int) -> bool:
        """The date is what would have been, had a change not come."""
        return bool(_UNREAL.search(self.text, max(since, a.tx.start - 80), a.tx.start))

    def planned(self, a: Anchor, instead: bool = False) -> bool:
        """In a sentence that tells a change, a date introduced as the plan ("elections
        scheduled for Saturday", not "now set for Saturday") is the old date; so is the
        plan in force before one that comes ``instead`` ("the rules, which are due to apply
        from Dec. 30, would instead apply from Dec. 30, 2025")."""
        m = C.PLANNED_MARK.search(self.text, max(self.s, a.tx.start - 40), a.tx.start)
        if m is None or NEW_BEFORE.search(self.text, max(self.s, a.tx.start - 12), a.tx.start):
            return False
        present = PRESENT_BEFORE.search(self.text, max(self.s, m.start() - 16), m.start())
        return present is None or (instead and "now" not in present.group().lower())

    def mention(self, status: str, a: Anchor | None, pos: int, **kw: object) -> Mention:
        text, s, e = self.text, self.s, self.e
        kind, k0, k1 = kind_at(text, s, e, pos)
        names = self.parties[kind == "meeting"]
        what, subject = describe(text, s, e, k0, k1, kind, names, pos)
        due = kw.pop("due", None) if "due" in kw else (due_of(a, text, s) if a else None)
        m = Mention(a, due, status, kind, what, subject, names, text[s:e].strip(), pos)  # type: ignore[arg-type]
        m.hedged = self.hedged
        m.bodies = self.bodies[kind == "meeting"]
        m.stem = text[k0 : min(k0 + 4, k1)].lower() if k0 >= 0 else ""
        m.span = (s, e)
        m.para = self.para
        m.limit = a is not None and C.closes_term(text, s, a.tx.start)
        if m.limit and k0 > pos and kind != "deadline" and HAVE_UNTIL.search(text, s, pos):
            # (a term that closes on the day is a deadline, whatever noun its object names:
            # "now have until 14 July to submit applications ... and the prescribed fee")
            m.kind, m.stem = "deadline", ""
        for key, value in kw.items():
            setattr(m, key, value)
        return m


# a present perfect of a deed, not of a plan, a move or a telling
_DONE = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+|already\s+|officially\s+)?(?!(?:been|scheduled|set"
    r"|planned|called|postponed|delayed|moved|extended|announced|given|asked|told|said|decided"
    r"|agreed|pushed|put|brought|slated|arranged|fixed|proposed|urged|warned|vowed|promised"
    r"|pledged|threatened|signalled|signaled|indicated|suggested)\b)\w+(?:ed|en)\b",
    re.IGNORECASE,
)
_LATER = re.compile(r"\b(?:will|would|shall|to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+)\b", re.I)
PAST_PLAN = C.PAST_PLAN
OWN_PLAN = re.compile(
    r"\b(?:planned|scheduled|set|slated|expected|propos\w+|due|supposed|intended|hoped)\b", re.I
)
PRESENT_BEFORE = re.compile(
    r"\b(?:is|are|be|been|now|will|has|have|remains?|stays?|re)\b\s*(?:\w+\s+)?$", re.I
)
_CHANGED = re.compile(r"\b(?:now|new)\b|" + C.MOVE_WORD, re.I)  # a change or a new term
NEW_BEFORE = re.compile(r"\b(?:to|until|till|into|through)\s+(?:the\s+)?$", re.I)
NEW_MARK = re.compile(
    # ("open now through the app", "on sale now, and": a state at present, no new date)
    r"\b(?:now(?!\s*[.;]|,\s+(?:and|but)\b|\s+(?:through|via|from|at|online|and)\b)|instead"
    # ("newly set", not "the newly elected parliament")
    r"|newly(?=\s+(?:set|scheduled|rescheduled|announced|fixed|agreed|planned|slated|chosen"
    r"|proposed|extended|revised|moved)\b)"
    # "the new date is", "new date:" right before the date; "attend on the new date" names
    # another one
    r"|new\s+(?:date|deadline|closing\s+date|cut-?off)(?=\W*(?:(?:is|will\s+be|of|on)\W+)*(?:the\s+)?$)"
    # a list line labelled new: "New close: 8 p.m. Friday 27 March"
    r"|(?<![^\n])[^\S\n]*(?:[-*•][^\S\n]*)?(?:new|revised)(?:[^\S\n]+[a-z-]+){0,2}[^\S\n]*:"
    # ("revised" dates or times: "the revised closing date", not "its revised cleanup plan")
    # (not the thing another day is for: "Forms of proxy for the rescheduled meeting must be
    # received by")
    r"|(?<!\bfor\sthe\s)re-?scheduled|re-?set|moved\s+to"
    # (a "revised fee schedule" is a list of prices)
    r"|revised(?=\s+(?:(?!(?:fee|fees|price|prices|pay|rate|rates|tax|salary|wage)\b)[\w-]+\s+)?"
    r"(?:dates?|deadlines?|schedules?|timetables?|calendar)\b|\W*$))\b",
    re.I,
)
