"""Reading a document as a whole: changes carried across sentences and old dates folded into
the new ones they replace (:mod:`.merging` then keeps one commitment per thing and day)."""

from __future__ import annotations

import datetime as dt
import re

from .chains import drop_replaced, further, held_there
from .clauses import told_as_cause
from .closes import called_off_next, header_day, old_closes, reported_plan_off
from .cues import SUPERSEDED_MARK
from .marks import DATE_SUBJECT, ENTRY_HEAD
from .mentions import Change, Mention
from .merging import POINTED, further_thing
from .olddates import (
    NEXT,
    NO_NEW_DATE,
    UNDECIDED,
    across_break,
    adjacent,
    beside,
    earlier_stage,
    moved_before,
    on_side,
    plan_before,
    replaced_later,
    replaces,
    same_kind,
    same_thing,
    separate,
    spread,
    term_before,
    told_ends,
)
from .oldhosts import (
    fold_old,
    host_of,
    plan_told_before,
    put_off_to,
    renewed_beside,
    renewed_next,
    weighed_twin,
)
from .plain import COMMENTS
from .sentences import table_line
from .shifted import attach_shifted
from .status import MOVES, move_status

# called off for another that takes its place: "has been cancelled and is replaced by"
_REPLACED = re.compile(
    r"\b(?:replaced|superseded)\s+(?:by|with)\s+(?:this|that|the|a|an)\s+(?:new\s+|rescheduled\s+"
    r"|later\s+|online\s+|virtual\s+)?(?:meeting|session|hearing|event|date|one)\b",
    re.I,
)
# a change that names no day to come: "have been postponed indefinitely"
# a change whose subject points back at the sentence before: "This extends the deadline of"
# a term told as what it was, of the sentence before: "The deadline had been March 14"
_TERM_WAS = re.compile(
    DATE_SUBJECT.pattern + r"\s+(?:had\s+been|was\s+(?:originally|previously))\s", re.I
)


def _told_back(sentence: str) -> bool:
    """The sentence speaks of the change or the term of the sentence before it."""
    return bool(_BACK_SUBJECT.match(sentence) or _TERM_WAS.match(sentence))


# the old date of an old date: "That date had itself been pushed back from November 25"
_OLDER_STEP = re.compile(
    r"\W*(?:that|this|the\s+(?:earlier|original|previous|old))\s+(?:date|day|deadline)\s+"
    r"(?:had|was)\s+(?:itself\s+|already\s+|also\s+)?(?:been\s+)?(?:\w+\s+)?"
    r"(?:pushed|moved|postponed|delayed|put|deferred|set|shifted|extended)\b",
    re.IGNORECASE,
)
_BACK_SUBJECT = re.compile(
    r"\W*(?:this|that|it|the\s+(?:move|change|decision|extension|delay|notice|action))\s+"
    r"(?:\w+\s+)?(?:extend|postpone|delay|move|push|defer|advance|replace|supersede)",
    re.IGNORECASE,
)


def fold(
    ms: list[Mention],
    changes: list[Change],
    dct: dt.date,
    sought: bool = False,
    sought_items: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Carry changes across sentences: a date introduced as new ("now set for"), or restated
    without a plan of its own, takes the status of a change the document tells elsewhere; a
    date introduced as old ("originally due by") becomes the previous date of the changed
    commitment it belongs to, or, when the change gave no new date, the date of the change.
    ``sought``: the document says a new date is sought, so what it calls off is put off."""
    _repoint(ms)
    moved, replaced = _carry(ms, changes, dct)
    out = []
    for m in ms:
        if id(m) in replaced:
            continue
        no_new = m.no_new_day or NO_NEW_DATE.search(m.evidence) is not None
        if m.old_only and m.due is not None and not no_new:
            if _told_back(m.evidence) and moved_before(ms, m):
                continue  # "... no later than March 31. This extends the deadline of Feb. 28",
                # "must apply by March 21. The deadline had been March 14 and was extended"
            if _OLDER_STEP.match(m.evidence) and any(
                h.superseded and 0 < m.pos - h.pos < NEXT for h in ms
            ):
                continue  # "had been due to reopen on December 2. That date had itself been
                # pushed back from November 25": the old plan's own history
            later = [h for h in moved if h.pos > m.pos and not h.old_only and on_side(h, m)]
            host = host_of(later, m)
            if host is not None:
                host.take_old(m.due, m)
                spread(moved, host, m)
                continue
            if moved_before(ms, m) or earlier_stage(ms, m) or header_day(ms, m) is not None:
                continue
        if m.had_plan and m.status == "scheduled" and (new := renewed_beside(ms, m)) is not None:
            replaces(new, m, None)  # ("will now be Wednesday, June 18. The calendar adopted
            continue  # last spring had students finishing on Friday, June 13")
        if m.superseded and m.status in UNDECIDED and _weighed_here(changes, m):
            out.append(m)  # ("proposed extending the framework, which expires on Saturday")
            continue
        if m.superseded and m.status not in MOVES and m.status != "cancelled":
            if (off := called_off_next(changes, m)) is not None:
                m.status, m.cue = "cancelled", off.words
                out.append(m)
                continue
            # ("postponed indefinitely": a change replaced by no day)
            if not NO_NEW_DATE.search(m.evidence) and _folded(ms, moved, m, dct):
                continue
            if _told_again(ms, m):
                continue  # ("three weeks later than planned ... had set the vote for Sept. 22")
            _undated_change(changes, m)
        elif m.status == "cancelled" and m.superseded and (host := _put_off(moved, m)):
            host.take_old(m.due, m)
            continue
        elif m.status == "cancelled" and _REPLACED.search(m.evidence) and replaced_later(ms, m):
            continue  # "has been cancelled and is replaced by this meeting": a move
        elif m.status == "cancelled" and (new := _instead_after(ms, m)) is not None:
            replaces(new, m, None)  # "will no longer take place on Thursday. It will be held
            continue  # on June 12 instead."
        elif m.status == "cancelled" and (host := _moved_next(ms, m)) is not None:
            host.take_old(m.due, m)  # "will not go ahead this Sunday. ... the vote has been
            continue  # put off until June 28": the day called off is where the move starts
        elif m.status == "occurred":
            if not held_there(m):
                _undated_change(changes, m, cancel_only=True)
            if m.bare and m.status == "occurred":
                continue
        if m.anchor is not None and (m.anchor.span_days or m.anchor.denied):
            continue  # a span told as the old plan, or a day denied, is no commitment
        out.append(m)
    if sought or sought_items:
        _put_off_all(out, changes, None if sought else sought_items)
    return further(drop_replaced(old_closes(attach_shifted(out))))


_SAID_SEPARATELY = re.compile(r"\b(?:said|announced|confirmed|added)\s+separately\b", re.I)
# called off with no new date to come, whatever is sought for something else: "the forum has
# been cancelled outright"
_FOR_GOOD = re.compile(
    r"\b(?:outright|altogether|for\s+good|permanently|entirely|not\s+be\s+rescheduled)\b", re.I
)


def _instead_after(ms: list[Mention], m: Mention) -> Mention | None:
    """The day told as new of the called-off thing, just after it: the call-off was a move."""
    new = renewed_beside(ms, m, instead=True)
    if new is None or new.pos < m.pos or not (new.due and m.due):
        return None
    if not _HELD_AGAIN.search(new.evidence):
        return None  # (not "will now host a fan day", "will now end the season")
    # (told of the same thing, by a pronoun or a word of its own)
    shared = set(m.subject.split()) & set(new.subject.split()) - _VERB_WORDS
    return new if _IT_AGAIN.match(new.evidence) or shared else None


def _told_again(ms: list[Mention], m: Mention) -> bool:
    """The old day ``m`` tells is the previous date a move already has (the same day told
    twice as the plan that was, whatever words name the thing)."""
    return any(h is not m and h.status in MOVES and h.previous == m.due for h in ms)


def _moved_next(ms: list[Mention], m: Mention) -> Mention | None:
    """A move of the same thing with a day and no old day of its own, told in the sentence
    right after the day ``m`` calls off, on the side the move goes: the call-off was the
    move's first half."""
    if m.due is None or m.previous is not None:
        return None
    return next(
        (
            h
            for h in ms
            if h.pos > m.pos
            and h.evidence != m.evidence
            and adjacent(m.span, h.span)
            and h.status in MOVES
            and h.previous is None
            and h.due is not None
            and not (h.superseded or h.old_only or h.no_new_day)
            and (h.due > m.due) == (h.status != "advanced")
            and same_thing(h, m)
        ),
        None,
    )


_VERB_WORDS = frozenset("now off called held played place take will been instead new".split())
_HELD_AGAIN = re.compile(
    r"\b(?:will|would|is|are)\s+(?:now\s+|instead\s+)*(?:be\s+(?:held|played|staged|run|rescheduled"
    r"|moved)|take\s+place|go\s+ahead|run|remain|stay|last|continue)\b",
    re.I,
)
_IT_AGAIN = re.compile(r"\W*(?:it|they|the\s+new\s+date)\b", re.I)


def _put_off_all(out: list[Mention], changes: list[Change], paras: frozenset[int] | None) -> None:
    """A new date is sought: what is called off is put off, but a deadline dropped, a thing
    called off for good, or one told as another matter ("..., officials said separately");
    ``paras``: sought only in these items of a numbered list, for their things alone."""
    for m in out:
        if paras is not None and m.para not in paras:
            continue
        if (
            m.status == "cancelled"
            and m.kind != "deadline"
            and not _for_good(m, changes)
            and not _SAID_SEPARATELY.search(m.evidence)
        ):
            m.status = "postponed"


def _weighed_here(changes: list[Change], m: Mention) -> bool:
    """The mention's own sentence weighs a change of it, with no new day: its day stands."""
    return any(c.span == m.span and c.modality == m.status for c in changes)


def _folded(ms: list[Mention], moved: list[Mention], m: Mention, dct: dt.date) -> bool:
    """Fold ``m``, a plan told as superseded, into the change or the plan that replaces it;
    False when nothing does."""
    if (term := term_before(ms, m)) is not None:
        replaces(term, m, None)
        return True
    # (a forecast or proposed move in its own sentence first: "admission, originally
    # expected on 5 September, is now expected on or around 20 September")
    host, moved_host = weighed_twin(ms, m), host_of(moved, m)
    if host is None or (  # (a change told between them is nearer: "A vote is expected on
        moved_host is not None  # May 20. The agency has also extended its consultation to
        and host.evidence != m.evidence  # April 30. Comments had originally been due by
        and host.pos < moved_host.pos < m.pos  # April 17.")
    ):
        host = moved_host
    if host is not None and host.kind != m.kind != "other" and replaced_later(ms, m, m.kind):
        return True  # a plain date of its own kind beside it, not a change of another
    told = plan_told_before(ms, m, dct)
    if host is not None and told is not None and abs(host.pos - m.pos) > m.pos - told.pos:
        host = None  # (the plan just before it is nearer than a change told further on)
    if host is None and (host := put_off_to(ms, m, dct)) is not None:
        host.old_only = False
    host = host or renewed_next(ms, moved, m)
    if host is None and (host := told) is not None:
        host.status = "postponed" if host.due and m.due and host.due > m.due else "advanced"
        host.ends = host.term_ends(m)  # (the old one may name the term: "The earlier cutoff")
        mark = SUPERSEDED_MARK.search(m.evidence)
        host.cue = mark.group() if mark else host.cue
    if host is not None:
        fold_old(host, m)
        return True
    # (what would have been, with no change to fold into, is nothing)
    return replaced_later(ms, m) or m.unreal


def _for_good(m: Mention, changes: list[Change]) -> bool:
    """What is called off is told as off for good, in its sentence or the next ("The
    meeting ... is also cancelled. The matters listed for it will not be rescheduled")."""
    return _FOR_GOOD.search(m.evidence) is not None or any(
        c.status == "cancelled" and _FOR_GOOD.search(c.words or "") and adjacent(c.span, m.span)
        for c in changes
    )


def _put_off(moved: list[Mention], m: Mention) -> Mention | None:
    """ "A vaccination campaign, postponed last month, will begin next Monday. The campaign
    had been planned for Jan. 20 but was called off": a plan called off on a day gone by is
    the old date of the same thing put off, told in the sentence beside it."""
    return next(
        (
            h
            for h in moved
            if h.status == "postponed"
            and h.previous is None
            and h.due is not None
            and m.due is not None
            and h.due > m.due
            and same_thing(h, m)
            and (adjacent(h.span, m.span) or across_break(h, m))
        ),
        None,
    )


def _carry(
    ms: list[Mention], changes: list[Change], dct: dt.date
) -> tuple[list[Mention], set[int]]:
    """Give plain future dates the change they restate, or the plan they replace; returns
    the moved mentions and the plans replaced (by ``id``)."""
    moved = [m for m in ms if m.status in MOVES]
    renewed = [m for m in ms if m.renewed and m.due and m.anchor is not None and m.due >= dct]
    replaced: set[int] = set()
    for m in ms:
        if m.status != "scheduled" or not m.due or m.due < dct or m.superseded or m.holds:
            continue
        if separate(m):
            continue  # ("Separately, funding runs out on September 30": another thing's day)
        if m.anchor is not None and told_as_cause(m.evidence, m.anchor.tx.text):
            continue  # ("Because the zone goes live on 3 July, renewals must now ...")
        if (off := reported_plan_off(changes, m)) is not None:
            m.status, m.cue = "cancelled", off.words  # ("... We're reversing that decision.")
            continue
        # (a day told as new anywhere, "Dealers will now begin on Oct. 26", is a new day the
        # document gives for a move, even before the loop reaches it)
        told = _told(changes, m, moved + [h for h in renewed if h is not m and h not in moved])
        plan = plan_before(ms, m) if m.renewed else None
        if plan is not None and plan.due and not (told and beside(told, m)):
            replaces(m, plan, told)
            moved.append(m)
            replaced.add(id(plan))
        elif told is not None and not _pointed_elsewhere(told, m):
            m.status = move_status(told.status, told_ends(told, m), m.due, m.previous)
            m.cue = told.words
            moved.append(m)
        elif not (m.cued or m.renewed):
            m.status = _weighed(changes, m) or m.status
    return moved, replaced


def _repoint(ms: list[Mention]) -> None:
    """A day pointed back to ("on the same date") names the day in force, not an old day
    told just before it: "will now apply from 1 April. It had been due to start on 1 July
    and has been brought forward. The portal will go live on the same date" is 1 April."""
    for i, m in enumerate(ms):
        if m.anchor is None or m.due is None or not POINTED.search(m.anchor.tx.text):
            continue
        before = [h for h in ms[:i] if h.due is not None and h.pos < m.pos]
        if not before or before[-1].due != m.due:
            continue
        if any(h.due == m.due and not (h.superseded or h.old_only) for h in before):
            continue  # (the day is in force for something told before)
        if before[-1].superseded or before[-1].old_only:
            live = [h for h in before if not (h.superseded or h.old_only) and h.due != m.due]
            if live:
                m.due = live[-1].due


def _pointed_elsewhere(c: Change, m: Mention) -> bool:
    """``m`` is told as a further thing on a day ("The new portal will go live on the same
    date", "Toll discounts will start on May 9 as well") in another paragraph than the
    change's: not the thing moved."""
    return c.para != m.para and further_thing(m)


def _told(changes: list[Change], m: Mention, moved: list[Mention]) -> Change | None:
    """The change a plain future mention belongs to: any change of its kind for a date
    introduced as new; for a date with no plan of its own, a move told before it, or one
    told just after it without a date ("the closing date has been brought forward")."""
    decided = [c for c in changes if c.modality is None and not c.unkept]
    if ENTRY_HEAD.match(m.evidence):  # (another entry of a live page tells another thing)
        decided = [c for c in decided if c.span == m.span or not ENTRY_HEAD.match(c.sentence)]
    if table_line(m.evidence):  # (and another row of a table another thing)
        decided = [c for c in decided if c.span == m.span or not table_line(c.sentence)]
    if m.item:  # (or of a numbered list: "2. ... is cancelled.\n\n3. ...", whatever the
        # heading over the list says: "NOTICE OF RESCHEDULED AND CANCELLED MEETINGS")
        decided = [c for c in decided if c.para == m.para]
    if m.renewed:  # (after a call-off, only a day of the same thing: "Instead, a levy ...")
        return next((c for c in decided if same_kind(c.kind, m.kind) and _same_if_off(c, m)), None)
    if m.cued:
        return None
    for c in decided:
        if not _restated(c, m) or not _own_date(c, m, moved):
            continue
        if c.at < m.pos and NO_NEW_DATE.search(c.sentence) and not _bare_item(m):
            continue  # ("will announce the new date": no day told after it is the new one)
        if c.at < m.pos and _told_back(c.sentence):
            continue  # "This extends the deadline of Feb. 28", "The deadline had been March 14
            # and was extended": the sentence before's change
        if c.at < m.pos or (not c.dated and c.at - m.pos < 300):
            return c
    return None


def _same_if_off(c: Change, m: Mention) -> bool:
    return c.status != "cancelled" or (m.kind == c.kind != "other" and m.stem == c.stem)


def _own_date(c: Change, m: Mention, moved: list[Mention]) -> bool:
    """Whether ``m``, a plain date of another sentence, may restate change ``c``: only on
    the change's new date or a day inside it ("postponed until the end of February", then
    "the talks on 25 February"), beside such a date in its sentence, or as an item of a list
    of bare dates. The new date is the one the change's sentence gives, else the one a moved
    date of its thing gives anywhere, else (for a change with no date) any moved date. "Extended the agreement to Jan. 20. It requires a plan
    by Jan. 9" moves January 9 nowhere; nor does a notice's "is extending the comment
    period", with "extended to March 14" in its DATES line, move its other dates."""
    if m.span == c.span:
        return True
    days = [h for h in moved if h.anchor is not None and not h.old_only]  # (new days only)
    news = [h for h in days if h.span == c.span] if c.dated else []
    if _bare_item(m) and not any(h.previous is not None for h in news):
        return True  # (a list of bare dates after a change that moved no one day of its own)
    if not news:  # no day of its own ("delays the duties by a month"): its thing's new day
        # (a move only proposed is no new day of a decided change: "would instead require
        # compliance by July 1 ... The hearing, originally noticed for September 4, has been
        # rescheduled")
        news = [h for h in days if same_kind(h.kind, c.kind) and h.status not in UNDECIDED]
    if not news and not c.dated:  # "brought forward" told alone: a day moved anywhere else,
        news = [h for h in days if "other" in (h.kind, c.kind)]  # of a thing it may be
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
        if _ASKED_BEFORE.search(c.sentence):
            continue  # "parties, which had called for a delay of six months": answered since
        if COMMENTS.search(m.evidence) and not COMMENTS.search(c.sentence):
            continue  # the close of comments on what is proposed is set: "Submit comments by"
        if (m.kind == c.kind and m.kind != "other") or (
            abs(c.at - m.pos) < 300 and m.para == c.para
        ):
            return c.modality  # (a thing it names not, only in its own paragraph)
    return None


_ASKED_BEFORE = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:called|asked|sought|requested|urged|proposed|demanded|wanted)\b"
)


def _undated_change(changes: list[Change], m: Mention, cancel_only: bool = False) -> None:
    """A change that gave no date of its own applies to the old date of its thing; one only
    asked for or forecast gives it its modality."""
    if separate(m):
        return  # ("Separately, funding runs out on September 30": another thing's day)
    undated = [c for c in changes if not c.dated and same_kind(c.kind, m.kind)]
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
            m.status, m.cue = move_status(c.status, told_ends(c, m), None, None), c.words
        return


def _restated(c: Change, m: Mention) -> bool:
    """A plain mention restates a changed plan: a move, and the mention or the change
    names no event, or both name it with the same word. A mention of an event the change's
    sentence does not name ("the board will meet again on December 12", paragraphs after
    "postponed the fee increase") restates it only from that sentence or one beside it."""
    if c.status not in MOVES:
        return False
    if (
        not c.dated
        and (c.words or "").lower().startswith("suspend")
        and not _RESUMED.search(m.evidence)
    ):
        return False  # (a pause gives no new day, unless one tells the thing resumes then)
    if m.kind == c.kind != "other" and m.stem == c.stem:
        return True
    if "other" not in (m.kind, c.kind):
        return False
    if _other_clause_names(c, m):
        return False  # ("NASA Sets Launch for Mission; Foreign Media Deadline Extended")
    if c.kind == "other" and m.kind != "other" and _other_object(c, m):
        return False  # ("would suspend its complaint ... are to hold talks on Dec. 16")
    if m.kind != "other" and m.stem and m.stem not in c.sentence:
        return adjacent(c.span, m.span)
    # (a day of no named event restates a named event's change only near it)
    near = c.kind == "other" or _bare_item(m)  # (a list of bare days, wherever it stands)
    return abs(m.pos - c.at) < (_REACH if near else _NAMED_REACH)


_REACH, _NAMED_REACH = 1200, 500
_RESUMED = re.compile(r"\b(?:resum|restart|reinstat|return|back\b)", re.I)
# the thing a change's verb takes, named right after it: "suspend its complaint"
_OBJECT_AFTER = re.compile(r"\s+(?:on\s+)?(?:its|their|his|her|our|the)\s+([\w-]+(?:\s+[\w-]+)?)")


def _other_clause_names(c: Change, m: Mention) -> bool:
    """The change's sentence joins clauses with a semicolon, and the words of ``m``'s thing
    are in a clause other than the change's, not in the change's own."""
    if ";" not in c.sentence or not c.words:
        return False
    at, start = c.sentence.find(c.words.lower()), 0
    own, others = "", []
    for clause in c.sentence.split(";"):
        if start <= at < start + len(clause):
            own = clause
        else:
            others.append(clause)
        start += len(clause) + 1
    words = [re.compile(rf"\b{w}") for w in m.subject.split() if len(w) > 3 and w.isalpha()]
    elsewhere = any(w.search(k) for k in others for w in words)
    return elsewhere and not any(w.search(own) for w in words)


def _other_object(c: Change, m: Mention) -> bool:
    """The change's verb takes a thing of its own, which is not the event ``m`` names."""
    at = c.sentence.find(c.words) if c.words else -1
    obj = _OBJECT_AFTER.match(c.sentence, at + len(c.words or "")) if at >= 0 else None
    return obj is not None and not (m.stem and m.stem in obj.group(1))
