"""Commitment extraction: dated events that actors are bound to, plan, threaten or expect."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import cues as C
from .actors import ActorIndex
from .anchors import (
    SHIFT_VALUE,
    Anchor,
    anchor_of,
    apply_shift,
    background,
    deadline_anchor,
    due_of,
    names_no_date,
)
from .candidates import dates_a_commitment
from .confidence import CALIBRATION, calibrated, confidence, evidence_score
from .describe import describe
from .model import Commitment, TemporalExpression
from .resolve import safe_date
from .sentences import split_sentences
from .status import MOVES, change_in, end_of_something, first_cue, move_status
from .tense import PAST, tense_at
from .timex import find_temporal_expressions

__all__ = ["CALIBRATION", "calibrated", "evidence_score", "extract_commitments"]

_TO_BEFORE = re.compile(r"\bto\s+$")
_STATUS_CUES = (("expected", C.EXPECT), ("proposed", C.PROPOSE), ("scheduled", C.SCHEDULE))
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:said|saying|says|announced|confirmed|stated|told\s+\w+|added|promised|pledged"
    r"|quoted|reported|decided|determined)\b",
    re.IGNORECASE,
)


def _reported_will(text: str, s: int, pos: int) -> bool:
    """ "The Kremlin said the memorandum would be handed over within a week": "would" after a
    reporting verb is the reported "will" of a plan, not a hedge."""
    last = None
    for m in _WOULD.finditer(text, s, pos):
        last = m
    if last is None or C.PROPOSE.search(text, last.end(), pos):
        return False
    return bool(_REPORTED.search(text, s, last.start()))


def _nearest_class(
    text: str,
    s: int,
    e: int,
    pos: int,
    end: int,
    table: tuple[tuple[str, re.Pattern[str]], ...],
    across_clauses: bool = False,
) -> tuple[str | None, int]:
    """The class of the cue that governs the expression at ``[pos, end)``: the nearest cue
    before it in the sentence; failing that the nearest after it, in the same clause unless
    ``across_clauses`` ("set for May 2, but the plan was scrapped"). Negated cues ("cannot
    be extended") do not count."""
    before: tuple[int, str | None] = (10**9, None)
    after: tuple[int, str | None] = (10**9, None)
    for name, pattern in table:
        for m in pattern.finditer(text, s, e):
            if m.start() < end and m.end() > pos:
                continue
            if C.NEGATED.search(text, max(s, m.start() - 60), m.start()):
                continue
            if m.end() <= pos:
                if pos - m.end() < before[0]:
                    before = (pos - m.end(), name)
            elif across_clauses or not C.CLAUSE_BREAK.search(text, end, m.start()):
                if m.start() - end < after[0]:
                    after = (m.start() - end, name)
    if before[1] is not None:
        return before[1], before[0]
    if after[1] is not None:
        return after[1], int(1.5 * after[0])
    return None, 10**9


def _kind_at(text: str, s: int, e: int, pos: int) -> tuple[str, int, int]:
    """Kind of the event named nearest before ``pos`` (else after), with its keyword span."""
    hits = sorted(
        (m.start(), m.end(), kind) for kind, p in C.KIND_PATTERNS for m in p.finditer(text, s, e)
    )
    if not hits:
        return "other", -1, -1
    before = [h for h in hits if h[1] <= pos]
    # an infinitive names the event itself: "expected to rule on", "scheduled to meet"
    verbal = [h for h in before if _TO_BEFORE.search(text, max(s, h[0] - 4), h[0])]
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
    renewed: bool = False  # introduced as the new date: "now set for", "will instead"

    def commitment(self) -> Commitment:
        return Commitment(
            what=self.what,
            due=self.due,
            date_text=self.anchor.tx.text if self.anchor else None,
            status=self.status,
            previous_due=self.previous,
            actors=self.actors,
            evidence=self.evidence,
            confidence=confidence(self.status, self.anchor, self.kind, self.hedged, self.dist),
            kind=self.kind,
            subject=self.subject,
            shift=self.shift,
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


@dataclass
class Sentence:
    """What the rules of one sentence read."""

    text: str
    s: int
    e: int
    dct: dt.date
    parties: dict[bool, tuple[str, ...]]
    hedged: bool = False
    history: bool = False  # every date of the sentence is well past: a change told as history

    def is_past(self, a: Anchor) -> bool:
        return a.last < self.dct or (
            a.first <= self.dct
            and tense_at(self.text, a.tx.start, a.tx.end, (self.s, self.e)) == PAST
        )

    def marked(self, a: Anchor, mark: re.Pattern[str], reach: int = 60) -> bool:
        return bool(mark.search(self.text, max(self.s, a.tx.start - reach), a.tx.start))

    def superseded(self, a: Anchor, since: int, told: bool = True) -> bool:
        """The date is introduced as the old one; ``told``: the sentence tells a change, so
        weaker marks ("from", "currently") count too."""
        window = self.text[max(since, a.tx.start - 80) : a.tx.start]
        mark = C.PREVIOUS_MARK if told else C.SUPERSEDED_MARK
        return bool(mark.search(window)) and not _NEW_BEFORE.search(window)

    def planned(self, a: Anchor) -> bool:
        """In a sentence that tells a change, a date introduced as the plan ("elections
        scheduled for Saturday", not "now set for Saturday") is the old date."""
        m = C.PLANNED_MARK.search(self.text, max(self.s, a.tx.start - 40), a.tx.start)
        if m is None or _NEW_BEFORE.search(self.text, max(self.s, a.tx.start - 12), a.tx.start):
            return False
        return not _PRESENT_BEFORE.search(self.text, max(self.s, m.start() - 16), m.start())

    def mention(self, status: str, a: Anchor | None, pos: int, **kw: object) -> Mention:
        text, s, e = self.text, self.s, self.e
        kind, k0, k1 = _kind_at(text, s, e, pos)
        names = self.parties[kind == "meeting"]
        what, subject = describe(text, s, e, k0, k1, kind, names, pos)
        due = kw.pop("due", None) if "due" in kw else (due_of(a, text, s) if a else None)
        m = Mention(a, due, status, kind, what, subject, names, text[s:e].strip(), pos)  # type: ignore[arg-type]
        m.hedged = self.hedged
        m.stem = text[k0 : k0 + 4].lower() if k0 >= 0 else ""
        for key, value in kw.items():
            setattr(m, key, value)
        return m


def _anchors(sen: Sentence, txs: list[TemporalExpression]) -> list[Anchor]:
    """The anchors of a sentence that may date a commitment, or be the old date of one."""
    text, s, e = sen.text, sen.s, sen.e
    found = [a for a in (anchor_of(t) for t in txs) if a is not None and not names_no_date(a, text)]
    found.extend(a for a in (deadline_anchor(t, text, s, sen.dct) for t in txs) if a is not None)
    keep = []
    for a in sorted(found, key=lambda a: a.tx.start):
        if dates_a_commitment(a, text, s, e, sen.dct):
            keep.append(a)
    return keep


def _shifts(sen: Sentence, txs: list[TemporalExpression]) -> list[TemporalExpression]:
    return [
        t
        for t in txs
        if t.type == "DURATION"
        and SHIFT_VALUE.match(t.value)
        and C.SHIFT_MARK.search(sen.text, max(sen.s, t.start - 20), t.start)
    ]


def _cancelled(sen: Sentence, anchors: list[Anchor]) -> list[Mention]:
    """Every date of the sentence is the date of what was called off (the days of acts and
    statements are not candidates): notices often appear after the day they cancel."""
    return [sen.mention("cancelled", a, a.tx.start, dist=10) for a in anchors]


def _moved(
    sen: Sentence, anchors: list[Anchor], shifts: list[TemporalExpression], change: str
) -> list[Mention]:
    """The moved dates of the sentence, and the events it tells as held on a past day
    ("lawmakers on Monday voted to delay the election")."""
    held = [a for a in anchors if sen.is_past(a) and not sen.marked(a, C.PREVIOUS_MARK)]
    out = _moved_dates(sen, [a for a in anchors if a not in held], shifts, change)
    for a in held:
        m = sen.mention("occurred", a, a.tx.start)
        if m.kind != "other":
            out.append(m)
    return out


def _moved_dates(
    sen: Sentence, anchors: list[Anchor], shifts: list[TemporalExpression], change: str
) -> list[Mention]:
    """Mentions of a sentence with a decided move: the new dates get the move's status and
    the old date (a date marked "from", "originally"..., or one counted back from a shift)."""
    text, s = sen.text, sen.s
    targets: list[Anchor] = []
    previous: list[Anchor] = []
    last_end = s
    cue = first_cue(text, s, sen.e, change)
    for a in anchors:
        before_cue = cue is not None and a.tx.end <= cue and not sen.marked(a, _NEW_BEFORE, 12)
        old = sen.planned(a) or sen.superseded(a, last_end) or before_cue
        old = old or not sen.marked(a, _TARGET, 40)
        (previous if old else targets).append(a)
        last_end = a.tx.end
    prev_due = due_of(previous[0], text, s) if previous else None
    old_anchor = previous[0] if previous else None
    shift = shifts[0].value if shifts else None
    out = []
    for a in targets:
        due = due_of(a, text, s)
        prev = _old_date(prev_due, old_anchor, due, change != "advanced") if prev_due else None
        if prev is None and shift is not None:
            prev = apply_shift(due, shift, back=change != "advanced")
        ends = end_of_something(text, s, sen.e, cue, a.tx.start)
        status = move_status(change, ends, due, prev)
        out.append(sen.mention(status, a, a.tx.start, previous=prev, ends=ends, dist=10))
    if out:
        return out
    pos = previous[0].tx.start if previous else (shifts[0].start if shifts else s)
    ends = end_of_something(text, s, sen.e, cue, pos)
    if shift is not None and prev_due is not None:
        moved_to = apply_shift(prev_due, shift, back=change == "advanced")
        status = move_status(change, ends, moved_to, prev_due)
        return [sen.mention(status, previous[0], pos, due=moved_to, previous=prev_due, shift=shift)]
    if previous:
        status = move_status(change, ends, None, None)
        return [sen.mention(status, previous[0], pos, ends=ends, dist=10, old_only=True)]
    if shift is not None and not sen.history:
        # "delayed by a year": a change whose dates are not given here
        status = move_status(change, ends, None, None)
        return [sen.mention(status, None, pos, due=None, shift=shift, ends=ends, dist=10)]
    return []


def _planned(sen: Sentence, anchors: list[Anchor], modality: str | None) -> list[Mention]:
    """Mentions of a sentence that tells no decided change."""
    text, s, e = sen.text, sen.s, sen.e
    out = []
    last_end = s
    for a in anchors:
        superseded = sen.superseded(a, last_end, told=modality is not None)
        last_end = a.tx.end
        if sen.is_past(a):
            # a past day that names no event is kept only in case a cancellation claims it
            m = sen.mention("occurred", a, a.tx.start, superseded=superseded)
            if m.kind == "other" and not superseded:
                # only a bare day line ("**February 12, 2019**") may yet be claimed
                if len(text[s:e].split()) > 8:
                    continue
                m.bare = True
            out.append(m)
            continue
        status, dist = _nearest_class(text, s, e, a.tx.start, a.tx.end, _STATUS_CUES)
        if status is None and a.first == sen.dct and not _due_today(sen, a):
            continue  # "prices we are seeing today": the day of the report, nothing due
        if status == "proposed" and _reported_will(text, s, a.tx.start):
            status = "scheduled"
        cued = status is not None and bool(sen.marked(a, _OWN_PLAN, 80))
        if status == "expected" and _PAST_PLAN.search(text, s, a.tx.start):
            status = "scheduled"  # "had been expected to continue until Friday": the plan
        status = modality or status or "scheduled"
        renewed = sen.marked(a, _NEW_MARK, 80)
        out.append(
            sen.mention(
                status,
                a,
                a.tx.start,
                dist=dist if status else 99,
                superseded=superseded,
                renewed=renewed,
                cued=cued or modality is not None,
                ends=end_of_something(text, s, e, None, a.tx.start),
            )
        )
    return _implied_move(out) if modality is None else out


def _due_today(sen: Sentence, a: Anchor) -> bool:
    """A day-of mention names something due that day: an event of a kind, or a verb of
    one ("applications close", "the rules take effect")."""
    text, s, e = sen.text, sen.s, sen.e
    return _kind_at(text, s, e, a.tx.start)[0] != "other" or bool(C.EVENT_VERB.search(text, s, e))


def _implied_move(ms: list[Mention]) -> list[Mention]:
    """ "Registration, originally due to end February 7, will continue until February 13":
    an old and a new date of one thing in one sentence tell a move without a cue."""
    old = next((m for m in ms if m.superseded and m.due is not None), None)
    new = [m for m in ms if not m.superseded and m.status == "scheduled" and m.due]
    if old is None or old.due is None or not new or new[0].due is None:
        return ms
    target = new[0]
    target.previous = _old_date(old.due, old.anchor, new[0].due)
    target.status = move_status("postponed", target.ends, target.due, target.previous)
    return [m for m in ms if m is not old]


_YEAR = re.compile(r"\d{4}")


def _old_date(
    old: dt.date, anchor: Anchor | None, new: dt.date | None, earlier: bool = True
) -> dt.date | None:
    """The old date of a moved plan; a year-less one is read in the year that puts it
    nearest before the new date (after it for a plan brought forward). None when it is
    the new date."""
    if old == new:
        return None
    written = anchor.tx.text if anchor else ""
    if new is None or _YEAR.search(written):
        return old
    years = [old.year - 1, old.year, old.year + 1]
    options = [d for d in (safe_date(y, old.month, old.day) for y in years) if d is not None]
    side = [d for d in options if (d < new if earlier else d > new)]
    best = min(side or options, key=lambda d: abs((d - new).days))
    return None if best == new else best


_PAST_PLAN = re.compile(r"\bhad\s+been\s+(?:expected|anticipated)\b", re.I)
_OWN_PLAN = re.compile(
    r"\b(?:planned|scheduled|set|slated|expected|propos\w+|due|supposed|intended|hoped)\b", re.I
)
# how a move introduces its new date: "postponed to", "extended until", "now set for"
_TARGET = re.compile(
    r"\b(?:to|until|till|into|through|thru|for|by|effective|as\s+of|starting|beginning|now|new"
    r"|instead|on\s+or\s+before|no\s+later\s+than|past|beyond)\s+(?:[\w.,]+\s+){0,3}?$"
    r"|\b(?:to|until|till|into|through|for|by)\s+$",
    re.I,
)
_PRESENT_BEFORE = re.compile(r"\b(?:is|are|be|been|now|will|has|have|re)\s*(?:\w+\s+)?$", re.I)
_NEW_BEFORE = re.compile(r"\b(?:to|until|till|into|through)\s+(?:the\s+)?$", re.I)
_NEW_MARK = re.compile(
    r"\b(?:now|instead|new\s+date|newly|re-?scheduled|re-?set|revised|moved\s+to)\b", re.I
)


def _sentence(sen: Sentence, txs: list[TemporalExpression], changes: list[Change]) -> list[Mention]:
    anchors = _anchors(sen, txs)
    shifts = _shifts(sen, txs)
    text, s, e = sen.text, sen.s, sen.e
    sen.history = background([a for a in map(anchor_of, txs) if a is not None], sen.dct)
    live = [a for a in anchors if not sen.is_past(a)]
    focus = live[0].tx.start if live else (shifts[0].start if shifts else None)
    change, modality = change_in(text, s, e, focus)
    if change and not sen.history:
        cue = first_cue(text, s, e, change)
        kind, k0, _k1 = _kind_at(text, s, e, cue if cue is not None else s)
        ends = end_of_something(text, s, e, cue, cue or s)
        stem = text[k0 : k0 + 4].lower() if k0 >= 0 else ""
        dated = bool(live or shifts)
        changes.append(Change(change, kind, ends, dated, cue or s, stem, modality))
    if not anchors and not shifts:
        return []
    if change == "cancelled" and modality is None:
        return _cancelled(sen, anchors)
    if change and (modality is None or (shifts and not anchors)):
        # a change with no date of its own keeps its class: "likely to postpone by a year"
        return _moved(sen, anchors, shifts, change)
    return _planned(sen, anchors, modality)


_RANK = {"cancelled": 4, "postponed": 4, "extended": 4, "advanced": 4, "proposed": 3}
_RANK |= {"expected": 3, "scheduled": 2, "occurred": 1}


def _same_thing(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind or "other" in (a.kind, b.kind)


def _fold(ms: list[Mention], changes: list[Change], dct: dt.date) -> list[Mention]:
    """Carry changes across sentences: a date introduced as new ("now set for"), or restated
    without a plan of its own, takes the status of a change the document tells elsewhere; a
    date introduced as old ("originally due by") becomes the previous date of the changed
    commitment it belongs to, or, when the change gave no new date, the date of the change."""
    moved = [m for m in ms if m.status in MOVES]
    for m in ms:
        if m.status != "scheduled" or not m.due or m.due < dct or m.superseded:
            continue
        told = _told(changes, m)
        if told is not None:
            m.status = move_status(told.status, _ends(told, m), m.due, m.previous)
            moved.append(m)
        elif not (m.cued or m.renewed):
            m.status = _weighed(changes, m) or m.status
    out = []
    for m in ms:
        if m.old_only and m.due is not None:
            host = _host([h for h in moved if h.pos > m.pos and not h.old_only], m)
            if host is not None:
                host.previous = m.due
                continue
        if m.superseded and m.status not in MOVES and m.status != "cancelled":
            host = _host(moved, m)
            if host is not None:
                later = host.status != "advanced"
                host.previous = _old_date(m.due, m.anchor, host.due, later) if m.due else None
                host.status = move_status(host.status, host.ends, host.due, host.previous)
                continue
            _undated_change(changes, m)
        elif m.status == "occurred":
            _undated_change(changes, m, cancel_only=True)
            if m.bare and m.status == "occurred":
                continue
        out.append(m)
    return _attach_shifted(out)


def _told(changes: list[Change], m: Mention) -> Change | None:
    """The change a plain future mention belongs to: any change of its kind for a date
    introduced as new; for a date with no plan of its own, a move told before it, or one
    told just after it without a date ("the closing date has been brought forward")."""
    decided = [c for c in changes if c.modality is None]
    if m.renewed:
        return next((c for c in decided if _same_kind(c.kind, m.kind)), None)
    if m.cued:
        return None
    for c in decided:
        if not _restated(c, m):
            continue
        if c.at < m.pos or (not c.dated and c.at - m.pos < 300):
            return c
    return None


def _weighed(changes: list[Change], m: Mention) -> str | None:
    """The modality of a change only asked for or forecast, without a date of its own, of
    the thing a plain mention dates: "proposes to delay the applicability date" and "the
    applicability date of April 10"."""
    for c in changes:
        if not c.modality or c.dated or c.status == "cancelled" or not _restated(c, m):
            continue
        if (m.kind == c.kind and m.kind != "other") or abs(c.at - m.pos) < 300:
            return c.modality
    return None


def _undated_change(changes: list[Change], m: Mention, cancel_only: bool = False) -> None:
    """A change that gave no date of its own applies to the old date of its thing; one only
    asked for or forecast gives it its modality."""
    undated = [c for c in changes if not c.dated and _same_kind(c.kind, m.kind)]
    decided = [c for c in undated if c.modality is None]
    if not decided:
        modal = next((c for c in undated if c.status != "cancelled"), None)
        if modal is not None and not cancel_only and m.status == "scheduled":
            m.status = modal.modality or m.status
        return
    for c in decided:
        if c.status == "cancelled":
            same = m.kind == c.kind != "other" and m.stem == c.stem
            if not cancel_only or same or (m.bare and abs(c.at - m.pos) < 300):
                m.status = "cancelled"
            return
        if not cancel_only:
            m.status = move_status(c.status, _ends(c, m), None, None)
        return


def _attach_shifted(ms: list[Mention]) -> list[Mention]:
    """A move told as a shift ("extended by 18 days") whose new date the document gives
    elsewhere: its old date goes to that dated mention, and the undated one folds in."""
    out = []
    for m in ms:
        if m.due is None and m.previous is not None:
            twin = next((k for k in ms if k.due and k.status == m.status and not k.previous), None)
            if twin is not None:
                twin.previous = m.previous
                continue
        out.append(m)
    return out


def _host(moved: list[Mention], old: Mention) -> Mention | None:
    """The changed commitment an old date belongs to: the nearest of its kind, else the
    nearest whose kind is not told."""
    free = [h for h in moved if h.previous is None and h.due != old.due]
    same = [h for h in free if h.kind == old.kind and h.kind != "other"]
    near = same or [h for h in free if _same_thing(h, old)]
    return min(near, key=lambda h: abs(h.pos - old.pos), default=None)


def _restated(c: Change, m: Mention) -> bool:
    """A plain mention restates a changed plan: a move, and the mention or the change
    names no event, or both name it with the same word."""
    if c.status not in MOVES:
        return False
    if m.kind == c.kind != "other" and m.stem == c.stem:
        return True
    return "other" in (m.kind, c.kind) and abs(m.pos - c.at) < 1200


def _same_kind(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def _ends(told: Change, m: Mention) -> bool | None:
    return told.ends if told.ends is not None else m.ends


def _explicit(m: Mention) -> tuple[int, bool, bool, int]:
    """How much a mention says: its status's rank, whether its date is written (not counted
    from a shift), whether it gives the old date, then the length of its date words."""
    written = m.shift is None or m.previous is None
    told_old = m.previous is not None
    return _RANK[m.status], written, told_old, len(m.anchor.tx.text) if m.anchor else 0


def _restates(k: Mention, m: Mention) -> bool:
    """Two mentions of one day are one commitment, unless both tell past events of
    different things ("tariffs took effect; the same day, the other side retaliated")."""
    if k.due != m.due:
        return False
    if k.status == m.status == "occurred":
        return k.kind == m.kind and k.stem == m.stem and k.actors == m.actors
    return True


def _merge(ms: list[Mention]) -> list[Mention]:
    """One commitment per thing and day: restatements of a dated commitment (a title, a
    summary repeated under its dates) fold into the most explicit mention."""
    keep: list[Mention] = []
    for m in ms:
        twin = next((k for k in keep if k.due is not None and _restates(k, m)), None)
        if twin is None:
            if m.due is None and any(k.kind == m.kind and k.status == m.status for k in keep):
                continue
            keep.append(m)
            continue
        best, other = (m, twin) if _explicit(m) > _explicit(twin) else (twin, m)
        if best.previous is None:
            best.previous = other.previous
        if best.kind == "other":
            best.kind = other.kind
        keep[keep.index(twin)] = best
    return keep


def extract_commitments(
    text: str, published: dt.date, title: str | None = None
) -> list[Commitment]:
    """Commitments in a news report published on ``published`` (title read as sentence 1)."""
    full = f"{title.strip()}\n\n{text}" if title and title.strip() else text
    timexes = find_temporal_expressions(full, published)
    actors = ActorIndex(full)
    found: list[Mention] = []
    changes: list[Change] = []
    k = 0
    prev_names: tuple[str, ...] = ()
    for s, e in split_sentences(full):
        txs = []
        while k < len(timexes) and timexes[k].start < e:
            if timexes[k].start >= s:
                txs.append(timexes[k])
            k += 1
        parties = {
            meeting: actors.parties(full, s, e, meeting=meeting, previous=prev_names)
            for meeting in (False, True)
        }
        sen = Sentence(full, s, e, published, parties, bool(C.HEDGE.search(full, s, e)))
        found.extend(_sentence(sen, txs, changes))
        people = actors.people_in(full, s, e)
        if people:
            prev_names = people
    return [m.commitment() for m in _merge(_fold(found, changes, published))]
