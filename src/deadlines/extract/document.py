"""Reading a document as a whole: changes carried across sentences, old dates folded into
the new ones they replace, and one commitment per thing and day."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as C
from .anchors import apply_shift
from .mentions import Change, Mention
from .moves import old_date
from .status import MOVES, move_status

_NEXT = 400  # how far after a superseded plan its replacement may be told
_RANK = {"cancelled": 4, "postponed": 4, "extended": 4, "advanced": 4, "proposed": 3}
_RANK |= {"expected": 3, "scheduled": 2, "occurred": 1}


def _same_thing(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind or "other" in (a.kind, b.kind)


def fold(
    ms: list[Mention], changes: list[Change], dct: dt.date, sought: bool = False
) -> list[Mention]:
    """Carry changes across sentences: a date introduced as new ("now set for"), or restated
    without a plan of its own, takes the status of a change the document tells elsewhere; a
    date introduced as old ("originally due by") becomes the previous date of the changed
    commitment it belongs to, or, when the change gave no new date, the date of the change.
    ``sought``: the document says a new date is sought, so what it calls off is put off."""
    moved = [m for m in ms if m.status in MOVES]
    for m in ms:
        if m.status != "scheduled" or not m.due or m.due < dct or m.superseded or m.holds:
            continue
        told = _told(changes, m, moved)
        if told is not None:
            m.status = move_status(told.status, _ends(told, m), m.due, m.previous)
            m.cue = told.words
            moved.append(m)
        elif not (m.cued or m.renewed):
            m.status = _weighed(changes, m) or m.status
    out = []
    for m in ms:
        if m.old_only and m.due is not None:
            host = _host([h for h in moved if h.pos > m.pos and not h.old_only], m)
            if host is not None:
                host.previous = m.due
                _spread(moved, host, m)
                continue
            if _moved_before(ms, m):
                continue
        if m.superseded and m.status not in MOVES and m.status != "cancelled":
            host = _host(moved, m) or _weighed_twin(ms, m)
            if host is not None:
                _fold_old(host, m)
                continue
            if _replaced_later(ms, m) or m.unreal:
                continue  # (what would have been, with no change to fold into, is nothing)
            _undated_change(changes, m)
        elif m.status == "occurred":
            _undated_change(changes, m, cancel_only=True)
            if m.bare and m.status == "occurred":
                continue
        if m.anchor is not None and (m.anchor.span_days or m.anchor.denied):
            continue  # a span told as the old plan, or a day denied, is no commitment
        out.append(m)
    if sought:
        for m in out:
            m.status = "postponed" if m.status == "cancelled" else m.status
    return _drop_replaced(_attach_shifted(out))


def _fold_old(host: Mention, old: Mention) -> None:
    """``old``, a plan told as superseded, is the previous date of the move ``host``; a move
    told only by its span ("extended the truce by 90 days. It had been due to lapse on June
    1") lands that span away from it."""
    later = host.status != "advanced"
    host.previous = old_date(old.due, old.anchor, host.due, later) if old.due else None
    if host.due is None and host.previous is not None and host.shift is not None:
        end_of = old.anchor is not None and old.anchor.tx.mod == "END"
        host.due = apply_shift(host.previous, host.shift, not later, end_of)
    if host.status not in {"proposed", "expected"}:  # (a proposal stays one, moved or not)
        host.status = move_status(host.status, host.ends, host.due, host.previous)


def _weighed_twin(ms: list[Mention], old: Mention) -> Mention | None:
    """A move only proposed or forecast in the sentence of the old date ("proposed delaying
    the rules to 1 January 2028 from 1 July 2026"): the old date is its previous one."""
    for h in ms:
        if h.evidence == old.evidence and h.status in {"proposed", "expected"}:
            if h.due not in {None, old.due} and h.previous is None and not h.superseded:
                return h
    return None


def _moved_before(ms: list[Mention], old: Mention) -> bool:
    """ "The panel will meet on December 10 and 11. The meeting, originally scheduled for
    October 15-16, was rescheduled": a move whose sentence gives only the old date moves the
    plain dates of the same thing told just before it. The first of them replaces the old
    date; a later one replaces the day as far into the old span, when the span reaches it."""
    was = old.due
    if was is None:
        return False
    near = [
        h
        for h in ms
        if 0 < old.pos - h.pos < _NEXT
        and (h.status == "scheduled" or h.status in MOVES)
        and not h.old_only
        and _may_replace(h, old)
    ]
    if not near:
        return False
    told = max(near, key=lambda h: h.pos).evidence  # the sentence just before the move
    hosts = sorted((h for h in near if h.evidence == told), key=lambda h: h.due or was)
    first = hosts[0].due or was
    for h in hosts:
        h.previous = _old_day(old, first, h.due or first)
        h.status = move_status(old.status, _ends_of(old, h), h.due, h.previous or was)
        h.cue = old.cue
    return True


def _spread(moved: list[Mention], host: Mention, old: Mention) -> None:
    """An old span ("originally October 15-16") whose first day went to ``host``: the later
    days its sentence gives the same thing take the old days as far into the span."""
    for h in moved:
        if h is host or h.evidence != host.evidence or not host.due or not h.due:
            continue
        if h.due > host.due and _may_replace(h, old):
            h.previous = _old_day(old, host.due, h.due)


def _old_day(old: Mention, first: dt.date, day: dt.date) -> dt.date | None:
    """The day of ``old`` (a day, or a span of days) that ``day`` replaces, counting from
    ``first``, the new day that replaces its first one; none beyond the span."""
    into = (day - first).days
    span = old.anchor.span_days if old.anchor else 0
    return old.due + dt.timedelta(days=into) if old.due and 0 <= into <= span else None


def _may_replace(h: Mention, old: Mention) -> bool:
    """``h`` is a date of the same thing as ``old``, another day, with no old date yet."""
    return (
        h.due is not None
        and h.due != old.due
        and h.previous is None
        and not h.superseded
        and not h.holds
        and _same_thing(h, old)
    )


def _ends_of(old: Mention, new: Mention) -> bool | None:
    """Whether a moved date ends something: as its own sentence tells, else the move's."""
    return new.ends if new.ends is not None else old.ends


def _drop_replaced(ms: list[Mention]) -> list[Mention]:
    """A date the document gives elsewhere as the old date of a change of the same thing
    ("the tariffs were due on October 1 ... now set for October 15") is folded into that
    change, never a commitment of its own; what was held or called off on it stays."""
    olds = [(h.previous, h) for h in ms if h.previous is not None and h.due is not None]
    return [
        m
        for m in ms
        if m.status in {"occurred", "cancelled"}
        or m.previous is not None
        or not any(
            day == m.due and h.pos != m.pos and h.evidence != m.evidence and _same_thing(h, m)
            for day, h in olds
        )
    ]


def _replaced_later(ms: list[Mention], old: Mention) -> bool:
    """A plan told as superseded ("had required them to leave by May 1") and, in a sentence
    just after, a plain date of the same thing ("will leave by September 11"), else in the
    sentence just before it ("The hearing is set for January 12. The judge had originally
    scheduled it for December 15"): that date replaces it, a move told across sentences.
    The old date becomes its previous date."""
    if old.due is None:
        return False
    plain = [
        h
        for h in ms
        if 0 < abs(h.pos - old.pos) < _NEXT
        and h.evidence != old.evidence
        and h.status == "scheduled"
        and _may_replace(h, old)
    ]
    after = [h for h in plain if h.pos > old.pos]
    before = [h for h in plain if h.pos < old.pos]
    just_before = [h for h in before if h.evidence == before[-1].evidence] if before else []
    new = after[0] if after else (just_before[0] if just_before else None)
    if new is None or new.due is None:
        return False
    later = new.due > old.due
    new.previous = old_date(old.due, old.anchor, new.due, later)
    ends = new.ends if new.ends is not None else old.ends
    if ends is None:
        ends = _by_day(new) or _by_day(old) or None
    new.status = move_status("postponed" if later else "advanced", ends, new.due, new.previous)
    mark = C.SUPERSEDED_MARK.search(old.evidence)
    new.cue = mark.group() if mark else None
    return True


def _by_day(m: Mention) -> bool:
    """The date is a deadline: something is to be done by it ("leave by May 1")."""
    words = m.anchor.tx.text if m.anchor else ""
    at = m.evidence.find(words) if words else -1
    return at > 0 and bool(C.BY_MARK.search(m.evidence[max(0, at - 20) : at]))


def _told(changes: list[Change], m: Mention, moved: list[Mention]) -> Change | None:
    """The change a plain future mention belongs to: any change of its kind for a date
    introduced as new; for a date with no plan of its own, a move told before it, or one
    told just after it without a date ("the closing date has been brought forward")."""
    decided = [c for c in changes if c.modality is None]
    if m.renewed:
        return next((c for c in decided if _same_kind(c.kind, m.kind)), None)
    if m.cued:
        return None
    for c in decided:
        if not _restated(c, m) or not _own_date(c, m, moved):
            continue
        if c.at < m.pos or (not c.dated and c.at - m.pos < 300):
            return c
    return None


def _own_date(c: Change, m: Mention, moved: list[Mention]) -> bool:
    """Whether ``m``, a plain date of another sentence, may restate change ``c``: only on
    the change's new date or a day inside it ("postponed until the end of February", then
    "the talks on 25 February"), beside such a date in its sentence, or as an item of a list
    of bare dates. The new date is the one the change's sentence gives, else the one a moved
    date of its thing gives anywhere, else (for a change with no date) any moved date. "Extended the agreement to Jan. 20. It requires a plan
    by Jan. 9" moves January 9 nowhere; nor does a notice's "is extending the comment
    period", with "extended to March 14" in its DATES line, move its other dates."""
    if m.span == c.span or _bare_item(m):
        return True
    news = [h for h in moved if h.span == c.span and h.anchor is not None] if c.dated else []
    if not news:  # no day of its own ("delays the duties by a month"): its thing's new day
        news = [h for h in moved if h.anchor is not None and _same_kind(c.kind, h.kind)]
    if not news and not c.dated:  # "brought forward" told alone: a day moved anywhere else
        news = [h for h in moved if h.anchor is not None]
    return not news or any(
        h.span == m.span or (m.due and h.anchor.first <= m.due <= h.anchor.last)
        for h in news
        if h.anchor is not None
    )


def _bare_item(m: Mention) -> bool:
    """A line that holds nothing but its date: an item of a list of the dates told before
    it ("applicable for the following dates: August 12, 2009; September 9, 2009; ...")."""
    words = m.anchor.tx.text if m.anchor else ""
    return bool(words) and len(_NOT_WORD.sub("", m.evidence)) == len(_NOT_WORD.sub("", words))


_NOT_WORD = re.compile(r"\W+")


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
                m.status, m.cue = "cancelled", c.words
            return
        if not cancel_only:
            m.status, m.cue = move_status(c.status, _ends(c, m), None, None), c.words
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
    names no event, or both name it with the same word. A mention of an event the change's
    sentence does not name ("the board will meet again on December 12", paragraphs after
    "postponed the fee increase") restates it only from that sentence or one beside it."""
    if c.status not in MOVES:
        return False
    if m.kind == c.kind != "other" and m.stem == c.stem:
        return True
    if "other" not in (m.kind, c.kind):
        return False
    if m.kind != "other" and m.stem and m.stem not in c.sentence:
        return _adjacent(c.span, m.span)
    return abs(m.pos - c.at) < 1200


def _adjacent(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The same sentence, or one just after the other."""
    return a == b or 0 <= b[0] - a[1] <= _GAP or 0 <= a[0] - b[1] <= _GAP


_GAP = 4  # the most characters between two sentences that follow one another


def _same_kind(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def _ends(told: Change, m: Mention) -> bool | None:
    return told.ends if told.ends is not None else m.ends


def _explicit(m: Mention) -> tuple[int, bool, bool, int]:
    """How much a mention says: its status's rank, whether its date is written (not counted
    from a shift), whether it gives the old date, then the length of its date words."""
    written = not _counted(m)
    told_old = m.previous is not None
    return _RANK[m.status], written, told_old, len(m.anchor.tx.text) if m.anchor else 0


def _counted(m: Mention) -> bool:
    """The mention's day is counted from a shift and an old date, not written out."""
    return m.shift is not None and m.previous is not None


def _restates(k: Mention, m: Mention) -> bool:
    """Two mentions of one day are one commitment, unless both tell past events of
    different things ("tariffs took effect; the same day, the other side retaliated")."""
    if k.due != m.due:
        return False
    if k.status == m.status == "occurred":
        return k.kind == m.kind and k.stem == m.stem and k.actors == m.actors
    return True


def merge(ms: list[Mention]) -> list[Mention]:
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
        if _counted(best) and not _counted(other) and other.status == "scheduled":
            # a day counted from a shift ("pushed back by a fortnight") and the same day
            # written out ("will now meet on 27 February"): the written one is the evidence
            other.status, best, other = best.status, other, best
        if best.previous is None:
            best.previous = other.previous
        if best.kind == "other":
            best.kind = other.kind
        keep[keep.index(twin)] = best
    return keep
