"""Commitment extraction: dated events that actors are bound to, plan, threaten or expect."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from .actors import ActorIndex
from .describe import describe
from .model import Commitment, TemporalExpression
from .resolve import PAST, add_months, tense_at, value_to_date
from .sentences import split_sentences
from .timex import find_temporal_expressions

_TO_BEFORE = re.compile(r"\bto\s+$")
_PRONOUN_START = re.compile(r"(?:He|She|They|It)\b")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SHIFT_VALUE = re.compile(r"^P(\d+)([DWMY])$")
_CHANGE = (("postponed", C.POSTPONE), ("advanced", C.ADVANCE), ("extended", C.EXTEND))
_CHANGE_CUES = (("cancelled", C.CANCEL), *_CHANGE)
_STATUS_CUES = (("expected", C.EXPECT), ("proposed", C.PROPOSE), ("scheduled", C.SCHEDULE))
_STRENGTH = {
    "scheduled": 0.2,
    "cancelled": 0.2,
    "postponed": 0.2,
    "advanced": 0.2,
    "extended": 0.2,
    "expected": 0.1,
    "proposed": 0.0,
    "occurred": 0.15,
}


class _Anchor:
    """A dated expression of a sentence with the period it denotes."""

    __slots__ = ("tx", "first", "last", "day_level")

    def __init__(self, tx: TemporalExpression, first: dt.date, last: dt.date) -> None:
        self.tx = tx
        self.first = first
        self.last = last
        self.day_level = bool(_DAY_VALUE.match(tx.value))


def _anchor(tx: TemporalExpression) -> _Anchor | None:
    if tx.type not in {"DATE", "TIME"}:
        return None
    first = value_to_date(tx.value)
    last = value_to_date(tx.value, end_of_period=True)
    if first is None or last is None:
        return None
    return _Anchor(tx, first, last)


def _due(a: _Anchor, text: str, sent_start: int) -> dt.date:
    before = text[max(sent_start, a.tx.start - 25) : a.tx.start]
    if a.tx.mod == "END" or C.BY_MARK.search(before):
        return a.last
    return a.first


def _apply_shift(d: dt.date, shift: str) -> dt.date | None:
    m = _SHIFT_VALUE.match(shift)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    return add_months(d, n * (12 if unit == "Y" else 1))


def _nearest_class(
    text: str, s: int, e: int, pos: int, end: int, table: tuple[tuple[str, re.Pattern[str]], ...]
) -> tuple[str | None, int]:
    best: tuple[float, str | None] = (1e9, None)
    for name, pattern in table:
        for m in pattern.finditer(text, s, e):
            if m.start() < end and m.end() > pos:
                continue
            dist = pos - m.end() if m.end() <= pos else 1.5 * (m.start() - end)
            if dist < best[0]:
                best = (dist, name)
    return best[1], int(best[0])


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


def _confidence(
    status: str, anchor: _Anchor | None, kind: str, hedged: bool, cue_dist: int
) -> float:
    c = 0.3
    if anchor is None:
        c += 0.1
    elif anchor.day_level:
        c += 0.25
    elif anchor.last - anchor.first <= dt.timedelta(days=7):
        c += 0.15
    elif anchor.last - anchor.first <= dt.timedelta(days=31):
        c += 0.1
    else:
        c += 0.03
    c += _STRENGTH.get(status, 0.0) * (1.0 if cue_dist < 40 else 0.6)
    c += 0.1 if kind != "other" else -0.1
    if hedged and status not in {"expected", "proposed"}:
        c -= 0.1
    return round(max(0.05, min(0.95, c)), 2)


def _sentence(
    text: str,
    s: int,
    e: int,
    txs: list[TemporalExpression],
    dct: dt.date,
    actors: ActorIndex,
    prev_names: tuple[str, ...] = (),
) -> list[tuple[Commitment, _Anchor | None]]:
    anchors = [a for a in (_anchor(t) for t in txs) if a is not None]
    shifts = [
        t
        for t in txs
        if t.type == "DURATION"
        and _SHIFT_VALUE.match(t.value)
        and C.SHIFT_MARK.search(text, max(s, t.start - 20), t.start)
    ]
    if not anchors and not shifts:
        return []
    evidence = text[s:e].strip()
    names = actors.names(text, s, e)
    if not names and _PRONOUN_START.match(text, s) and prev_names:
        names = prev_names[:1]  # "He expects ...": the last actor named before
    hedged = bool(C.HEDGE.search(text, s, e))
    out: list[tuple[Commitment, _Anchor | None]] = []

    def emit(
        status: str,
        anchor: _Anchor | None,
        due: dt.date | None,
        prev: dt.date | None = None,
        shift: str | None = None,
        dist: int = 0,
    ) -> None:
        pos = anchor.tx.start if anchor else (shifts[0].start if shifts else s)
        kind, k0, k1 = _kind_at(text, s, e, pos)
        if kind == "other" and status == "occurred":
            return
        what, subject = describe(text, s, e, k0, k1, kind, names)
        conf = _confidence(status, anchor, kind, hedged, dist)
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

    def is_past(a: _Anchor) -> bool:
        return a.last < dct or (a.first <= dct and tense_at(text, a.tx.start, a.tx.end) == PAST)

    live = [a for a in anchors if not is_past(a)]
    focus = live[0].tx if live else (shifts[0] if shifts else None)
    change = None
    if focus is not None:
        change, _d = _nearest_class(text, s, e, focus.start, focus.end, _CHANGE_CUES)
    if change == "cancelled":
        for a in anchors:
            if not is_past(a) or C.SCHEDULE.search(text, max(s, a.tx.start - 30), a.tx.start):
                emit("cancelled", a, _due(a, text, s), dist=10)
        return out
    if change:
        anchors = [
            a
            for a in anchors
            if not is_past(a) or C.PREVIOUS_MARK.search(text, max(s, a.tx.start - 60), a.tx.start)
        ]
        targets: list[_Anchor] = []
        previous: list[_Anchor] = []
        last_end = s
        for a in anchors:
            window = text[max(last_end, a.tx.start - 60) : a.tx.start]
            if C.PREVIOUS_MARK.search(window) and not C.TARGET_MARK.search(window):
                previous.append(a)
            else:
                targets.append(a)
            last_end = a.tx.end
        prev_due = _due(previous[0], text, s) if previous else None
        if targets:
            for a in targets:
                emit(change, a, _due(a, text, s), prev_due, dist=10)
        elif shifts:
            shift = shifts[0].value
            due = _apply_shift(prev_due, shift) if prev_due else None
            emit(change, previous[0] if previous else None, due, prev_due, shift, dist=10)
        elif previous:
            a = previous[0]
            if C.EXPECT.search(text, s, e) or hedged:
                emit("expected", a, prev_due, dist=10)
            else:
                emit(change, a, None, prev_due, dist=10)
        return out
    for a in anchors:
        tense = tense_at(text, a.tx.start, a.tx.end)
        if a.last < dct or (tense == PAST and a.first <= dct):
            emit("occurred", a, _due(a, text, s))
            continue
        status, dist = _nearest_class(text, s, e, a.tx.start, a.tx.end, _STATUS_CUES)
        emit(status or "scheduled", a, _due(a, text, s), dist=dist if status else 99)
    return out


def _merge(items: list[tuple[Commitment, _Anchor | None]]) -> list[Commitment]:
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
    found: list[tuple[Commitment, _Anchor | None]] = []
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
