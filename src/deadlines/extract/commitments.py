"""Commitment extraction: dated events that actors are bound to, plan, threaten or expect."""

from __future__ import annotations

import datetime as dt
import re

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
from .confidence import CALIBRATION, calibrated, confidence, evidence_score
from .describe import describe
from .model import Commitment, TemporalExpression
from .sentences import split_sentences
from .tense import PAST, tense_at
from .timex import find_temporal_expressions

__all__ = ["CALIBRATION", "calibrated", "evidence_score", "extract_commitments"]

_TO_BEFORE = re.compile(r"\bto\s+$")
_CHANGE = (("postponed", C.POSTPONE), ("advanced", C.ADVANCE), ("extended", C.EXTEND))
_CHANGE_CUES = (("cancelled", C.CANCEL), *_CHANGE)
_STATUS_CUES = (("expected", C.EXPECT), ("proposed", C.PROPOSE), ("scheduled", C.SCHEDULE))
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:said|announced|confirmed|stated|told\s+\w+|added|promised|pledged)\b", re.IGNORECASE
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
            if C.NEGATED.search(text, max(s, m.start() - 30), m.start()):
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


def _sentence(
    text: str,
    s: int,
    e: int,
    txs: list[TemporalExpression],
    dct: dt.date,
    actors: ActorIndex,
    prev_names: tuple[str, ...] = (),
) -> list[tuple[Commitment, Anchor | None]]:
    anchors = [
        a for a in (anchor_of(t) for t in txs) if a is not None and not names_no_date(a, text)
    ]
    anchors.extend(a for a in (deadline_anchor(t, text, s, dct) for t in txs) if a is not None)
    anchors.sort(key=lambda a: a.tx.start)
    shifts = [
        t
        for t in txs
        if t.type == "DURATION"
        and SHIFT_VALUE.match(t.value)
        and C.SHIFT_MARK.search(text, max(s, t.start - 20), t.start)
    ]
    if not anchors and not shifts:
        return []
    evidence = text[s:e].strip()
    parties = {
        meeting: actors.parties(text, s, e, meeting=meeting, previous=prev_names)
        for meeting in (False, True)
    }
    hedged = bool(C.HEDGE.search(text, s, e))
    out: list[tuple[Commitment, Anchor | None]] = []

    def emit(
        status: str,
        anchor: Anchor | None,
        due: dt.date | None,
        prev: dt.date | None = None,
        shift: str | None = None,
        dist: int = 0,
    ) -> None:
        pos = anchor.tx.start if anchor else (shifts[0].start if shifts else s)
        kind, k0, k1 = _kind_at(text, s, e, pos)
        if kind == "other" and status == "occurred":
            return
        names = parties[kind == "meeting"]
        what, subject = describe(text, s, e, k0, k1, kind, names, pos)
        conf = confidence(status, anchor, kind, hedged, dist)
        out.append(
            (
                Commitment(
                    what=what,
                    due=due,
                    date_text=anchor.tx.text if anchor else None,
                    status=status,
                    previous_due=prev,
                    actors=names,
                    evidence=evidence,
                    confidence=conf,
                    kind=kind,
                    subject=subject,
                    shift=shift,
                ),
                anchor,
            )
        )

    def is_past(a: Anchor) -> bool:
        return a.last < dct or (
            a.first <= dct and tense_at(text, a.tx.start, a.tx.end, (s, e)) == PAST
        )

    live = [a for a in anchors if not is_past(a)]
    anchors_in_sentence = list(anchors)
    focus = live[0].tx if live else (shifts[0] if shifts else None)
    change = None
    if focus is not None:
        change, _d = _nearest_class(
            text, s, e, focus.start, focus.end, _CHANGE_CUES, across_clauses=True
        )
    if change == "cancelled":
        for a in anchors:
            lead = max(s, a.tx.start - 30)
            planned = C.SCHEDULE.search(text, lead, a.tx.start) and not C.CLAUSE_BREAK.search(
                text, lead, a.tx.start
            )
            if not is_past(a) or planned:
                emit("cancelled", a, due_of(a, text, s), dist=10)
        return out
    if change:
        anchors = [
            a
            for a in anchors
            if not is_past(a) or C.PREVIOUS_MARK.search(text, max(s, a.tx.start - 60), a.tx.start)
        ]
        targets: list[Anchor] = []
        previous: list[Anchor] = []
        last_end = s
        for a in anchors:
            window = text[max(last_end, a.tx.start - 60) : a.tx.start]
            if C.PREVIOUS_MARK.search(window) and not C.TARGET_MARK.search(window):
                previous.append(a)
            else:
                targets.append(a)
            last_end = a.tx.end
        prev_due = due_of(previous[0], text, s) if previous else None
        if targets:
            for a in targets:
                emit(change, a, due_of(a, text, s), prev_due, dist=10)
        elif shifts and not background(live, anchors_in_sentence, dct):
            shift = shifts[0].value
            due = apply_shift(prev_due, shift) if prev_due else None
            emit(change, previous[0] if previous else None, due, prev_due, shift, dist=10)
        elif previous:
            a = previous[0]
            if C.EXPECT.search(text, s, e) or hedged:
                emit("expected", a, prev_due, dist=10)
            else:
                emit(change, a, None, prev_due, dist=10)
        return out
    for a in anchors:
        tense = tense_at(text, a.tx.start, a.tx.end, (s, e))
        if a.last < dct or (tense == PAST and a.first <= dct):
            emit("occurred", a, due_of(a, text, s))
            continue
        status, dist = _nearest_class(text, s, e, a.tx.start, a.tx.end, _STATUS_CUES)
        if status == "proposed" and _reported_will(text, s, a.tx.start):
            status = "scheduled"
        emit(status or "scheduled", a, due_of(a, text, s), dist=dist if status else 99)
    return out


def _merge(items: list[tuple[Commitment, Anchor | None]]) -> list[Commitment]:
    """Drop duplicates and vaguer restatements of a more precise commitment of the kind."""
    keep: list[Commitment] = []
    for i, (c, a) in enumerate(items):
        redundant = False
        for j, (o, b) in enumerate(items):
            if i == j or c.kind != o.kind or c.status == "occurred" or o.status == "occurred":
                continue
            if a is not None and b is not None and o.due is not None:
                wider = (a.last - a.first) > (b.last - b.first)
                if wider and a.first <= o.due <= a.last:
                    redundant = True
            if c.due is None and o.due is not None and (c.kind, c.status) == (o.kind, o.status):
                redundant = True  # "delayed for a month" restated with its new date
            if (c.due, c.status) == (o.due, o.status) and (
                o.confidence > c.confidence or (o.confidence == c.confidence and j < i)
            ):
                redundant = True
        if not redundant:
            keep.append(c)
    return keep


def extract_commitments(
    text: str, published: dt.date, title: str | None = None
) -> list[Commitment]:
    """Commitments in a news report published on ``published`` (title read as sentence 1)."""
    full = f"{title.strip()}\n{text}" if title and title.strip() else text
    timexes = find_temporal_expressions(full, published)
    actors = ActorIndex(full)
    found: list[tuple[Commitment, Anchor | None]] = []
    k = 0
    prev_names: tuple[str, ...] = ()
    for s, e in split_sentences(full):
        txs = []
        while k < len(timexes) and timexes[k].start < e:
            if timexes[k].start >= s:
                txs.append(timexes[k])
            k += 1
        found.extend(_sentence(full, s, e, txs, published, actors, prev_names))
        people = actors.people_in(full, s, e)
        if people:
            prev_names = people
    return _merge(found)
