"""Commitments and their history: one row per real-world commitment, one entry per change.

The write path, :func:`record_commitments`, takes a batch of freshly extracted commitments
with the article each came from, finds which stored commitment each speaks of (see
:mod:`deadlines.store.identity`), and writes in a handful of statements: new rows, changed
rows, one history entry per report and one source per report. Corrections made by people
(:mod:`deadlines.store.corrections`) win over anything extracted later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from deadlines.model import Commitment as Found
from deadlines.store.bulk import (
    appending,
    reserve_ids,
    select_in,
    select_in_ranges,
    updating,
)
from deadlines.store.driver import is_postgres
from deadlines.store.due import DueCommitment, due_between, due_query
from deadlines.store.identity import (
    Candidate,
    best_match,
    identity_of,
    key_prefix,
    shares_key_prefix,
    subject_words,
)
from deadlines.store.models import Commitment, CommitmentChange
from deadlines.store.models.commitments import Source
from deadlines.store.reports import Recorded, Told, load_claims, told_by
from deadlines.store.rules import (
    ChangeEvent,
    Row,
    apply,
    claim_of,
    create,
    events_of,
    shift_date,
    source,
)
from deadlines.store.sql import table_of
from deadlines.store.worker import InOrder, collector_paused

__all__ = [
    "ChangeEvent",
    "DueCommitment",
    "due_between",
    "due_query",
    "record_commitments",
    "shift_date",
]

# Columns a later report may change; written back in one statement per batch.
_MUTABLE = (
    "what",
    "due_on",
    "date_text",
    "status",
    "previous_due_on",
    "actors",
    "evidence",
    "confidence",
    "article_id",
    "version",
    "updated_at",
    "last_seen_at",
    "subject_words",
    "disputed",
    "dissent",
)


_LOADED = (
    Commitment.id,
    Commitment.key,
    Commitment.identity,
    Commitment.merged_into_id,
    Commitment.due_corrected,
    Commitment.status_corrected,
    *(getattr(Commitment, name) for name in _MUTABLE),
)


_LOADED_NAMES = [column.key for column in _LOADED]


def _row_of(record: Sequence[Any]) -> Row:
    ident, key, identity, merged_into_id, due_corrected, status_corrected = record[:6]
    values = dict(zip(_MUTABLE, record[6:], strict=True))
    candidate = Candidate(
        id=ident,
        key=key,
        identity=identity,
        due_on=values["due_on"],
        status=values["status"],
        words=set((values["subject_words"] or "").split()),
        merged_into_id=merged_into_id,
        previous=values["previous_due_on"],
    )
    return Row(candidate, values, bool(due_corrected), bool(status_corrected))


# The end of the range of an identity's keys. A key is its identity itself, or the identity
# followed by "/" (subject words) or "#" (a number), both of which sort before "0"; so do
# "," and "-", by which other identities may go on (more actors, a longer name): those rows
# come too, and are set aside. Identities cut to a key's length end their range nowhere:
# their keys may go on with any character (keys written before keys were cut to 292
# characters held such identities whole).
_AFTER = "0"
_LAST = "\U0010ffff"


def _key_range(identity: str) -> tuple[str, str]:
    prefix = key_prefix(identity)
    return prefix, prefix + (_LAST if shares_key_prefix(identity) else _AFTER)


def _load(session: Session, ids: Sequence[int]) -> list[Row]:
    table = table_of(Commitment)
    return [_row_of(record) for record in select_in(session, table, _LOADED_NAMES, "id", ids)]


def _load_families(session: Session, identities: set[str]) -> tuple[list[Row], set[str]]:
    """Every stored commitment of these identities, found by the keys they begin; and every
    key in those ranges (other identities' included), for naming new commitments."""
    ranges = sorted({_key_range(identity) for identity in identities})
    records = select_in_ranges(session, table_of(Commitment), _LOADED_NAMES, "key", ranges)
    # A row may come more than once (through two prefixes), or be of an identity not asked.
    wanted = {record[0]: record for record in records if record[2] in identities}
    return [_row_of(record) for record in wanted.values()], {record[1] for record in records}


def _sentence_hash(found: Found) -> str:
    return hashlib.sha256(found.evidence.encode("utf-8")).hexdigest()


def record_commitments(
    session: Session, reports: Sequence[tuple[Found, int | None]], *, now: datetime
) -> list[ChangeEvent]:
    """Record a batch of (extracted commitment, article id) in order; returns the changes.

    A report already recorded (same commitment, article and sentence) is skipped, so reading
    an article twice changes nothing.
    """
    session.flush()
    with collector_paused():
        return _record(session, reports, now)


_Prepared = tuple[Found, int | None, str, str]  # report, article id, identity, sentence hash


@dataclass
class _Read:
    """What the store holds for a batch, read before anything is matched."""

    loaded: list[Row]
    known: set[str]  # the identities of the loaded rows
    keys: set[str]  # every stored key in the ranges read
    told: dict[int, Told]  # the batch's articles: when and by which feed


def _read(session: Session, identities: set[str], articles: set[int]) -> _Read:
    loaded, keys = _load_families(session, identities)
    known = {row.candidate.identity for row in loaded}
    return _Read(loaded, known, keys, told_by(session, articles))


def _ids_for_unseen(session: Session, reading: Future[_Read], identities: set[str]) -> list[int]:
    """On PostgreSQL, ids drawn for the identities the read found never seen (each makes at
    least one new commitment), so that their rows are written while the stored rows'
    claims are read; SQLite draws when it writes."""
    if not is_postgres(session):
        return []
    unseen = identities - reading.result().known
    return reserve_ids(session, table_of(Commitment), len(unseen))


def _record(
    session: Session, reports: Sequence[tuple[Found, int | None]], now: datetime
) -> list[ChangeEvent]:
    identities = [
        identity_of(found.kind, found.parties or found.actors, found.subject)
        for found, _ in reports
    ]
    with InOrder(threaded=is_postgres(session)) as db:
        articles = {article_id for _, article_id in reports if article_id is not None}
        wanted = set(identities)
        reading = db.submit(_read, session, wanted, articles)
        drawing = db.submit(_ids_for_unseen, session, reading, wanted)
        # What matching needs of each report, worked out while the database reads.
        prepared: list[_Prepared] = [
            (found, article_id, identity, _sentence_hash(found))
            for (found, article_id), identity in zip(reports, identities, strict=True)
        ]
        words = [
            subject_words(found.kind, found.subject, found.parties or found.actors)
            for found, *_ in prepared
        ]
        sources = [source(found, a, sentence, now) for found, a, _, sentence in prepared]
        read = reading.result()
        # What only reports of stored commitments need: the stored rows' claims, and the
        # reports recorded before (only a report of a stored commitment can have been).
        claims = db.submit(load_claims, session, read.loaded)
        batch = _Batch(session, db, now, read)

        # Reports of identities the store has never seen can only make new rows; the others
        # change stored rows (or add to their identity). Neither group touches the other's
        # rows: the first is matched while the database reads what the second needs, and
        # written while the second is matched.
        def match(stored_identities: bool) -> None:
            for position, report in enumerate(prepared):
                if (report[2] in read.known) is stored_identities:
                    batch.match(position, report, words[position], sources[position])

        match(stored_identities=False)
        batch.write(drawing.result())
        batch.recorded = claims.result()
        match(stored_identities=True)
        batch.write([])
    _expire(session, batch.written)
    return [event for _, row in sorted(batch.order.values()) for event in events_of(row)]


class _Batch:
    """The rows a batch has read and touched, matched one report at a time."""

    def __init__(self, session: Session, db: InOrder, now: datetime, read: _Read) -> None:
        self.session, self.db, self.now = session, db, now
        self.rows = {row.candidate.id: row for row in read.loaded}  # stored rows by id
        self.by_identity: dict[str, list[Row]] = {}
        for row in read.loaded:
            self.by_identity.setdefault(row.candidate.identity, []).append(row)
        self.recorded: set[Recorded] = set()  # reports recorded before
        self.keys = read.keys  # and the keys of commitments the batch makes
        self.in_batch: set[Recorded] = set()
        self.created: list[Row] = []
        self.order: dict[int, tuple[int, Row]] = {}  # rows touched, by first position
        self.written: set[int] = set()  # ids of stored rows written over
        self.told = read.told
        self.now_claim: Told = (now, "")

    def match(
        self, position: int, report: _Prepared, words: frozenset[str], source: dict[str, Any]
    ) -> None:
        found, article_id, identity, sentence = report
        family = self.by_identity.setdefault(identity, [])
        published, feed = (
            self.told.get(article_id, self.now_claim) if article_id else self.now_claim
        )
        claim = claim_of(found, article_id, published, feed)
        match = best_match(
            [r.candidate for r in family],
            words,
            found.due,
            kind=str(found.kind),
            moved_from=found.previous_due,
            change=claim.cue or bool(claim.shift),
        ) if family else None  # fmt: skip
        row = next((r for r in family if r.candidate is match), None) if match else None
        while row is not None and row.candidate.merged_into_id is not None:
            row = self._follow(row.candidate.merged_into_id)
        if row is not None and (
            (id(row), article_id, sentence) in self.in_batch
            or (row.candidate.id, article_id, sentence) in self.recorded
        ):
            return
        if row is None:
            taken = {r.candidate.key for r in family}
            if shares_key_prefix(identity):
                prefix = key_prefix(identity)
                taken |= {key for key in self.keys if key.startswith(prefix)}
            row = create(found, claim, identity, words, taken, self.now)
            self.keys.add(row.candidate.key)
            family.append(row)
            self.created.append(row)
        else:
            apply(row, found, claim, words, self.now)
        self.order.setdefault(id(row), (position, row))
        row.sources.append(source)
        if article_id is not None:
            self.in_batch.add((id(row), article_id, sentence))

    def _follow(self, commitment_id: int) -> Row | None:
        if commitment_id not in self.rows:
            loaded = self.db.call(_load, self.session, [commitment_id])
            if not loaded:
                return None
            self.recorded |= self.db.call(load_claims, self.session, loaded)
            self.rows[commitment_id] = loaded[0]
        return self.rows[commitment_id]

    def write(self, ids: list[int]) -> None:
        """Queue the writes of what was matched since the last call, the new rows taking
        ``ids`` and more drawn as needed (on SQLite once the last rows went in)."""
        created, self.created = self.created, []
        changed = [row for row in self.rows.values() if row.touched]
        if len(ids) < len(created):
            ids = ids + self.db.call(
                reserve_ids, self.session, table_of(Commitment), len(created) - len(ids)
            )
        _write(self.db, self.session, created, changed, ids[: len(created)])
        self.written.update(row.candidate.id for row in changed)
        for row in (*created, *changed):
            row.touched = False
            row.history, row.sources = [], []


def _expire(session: Session, ids: set[int]) -> None:
    """Expire the session's copies of these commitments, which the batch wrote past."""
    stale = [o for o in session.identity_map.values() if isinstance(o, Commitment) and o.id in ids]
    for commitment in stale:
        session.expire(commitment)


def _first_report(row: Row) -> tuple[bool, int, str]:
    """Where a new row comes in its batch: by the article that first reported it (reports
    of no article first), then by key."""
    article_id = row.history[0]["article_id"]
    return (article_id is not None, article_id or 0, row.candidate.key)


def _write(
    db: InOrder, session: Session, created: list[Row], changed: list[Row], ids: list[int]
) -> None:
    """Queue the writes of new and changed rows. New commitments take their ids article by
    article (in the order of the articles' ids), by key within an article, as if each
    article were written alone: they take ``ids``, drawn ahead (:func:`reserve_ids`).
    Changed rows go in the order of their ids and new rows in the order of their keys, so
    that the database walks its B-trees forward instead of jumping about them."""
    commitments = table_of(Commitment)
    created = sorted(created, key=_first_report)
    changed = sorted(changed, key=lambda row: row.candidate.id)
    db.submit(updating(session, commitments,
                       [{"id": row.candidate.id} | row.values for row in changed]))  # fmt: skip
    for row, new_id in zip(created, sorted(ids), strict=True):
        row.candidate.id = new_id
    by_key = sorted(created, key=lambda row: row.candidate.key)
    new_rows = [{"id": row.candidate.id} | row.values | row.fixed for row in by_key]
    db.submit(appending(session, commitments, new_rows))
    written = (*created, *changed)
    for row in written:
        for entry in (*row.history, *row.sources):
            entry["commitment_id"] = row.candidate.id
    history = [entry for row in written for entry in row.history]
    db.submit(appending(session, table_of(CommitmentChange), history))
    sources = [source for row in written for source in row.sources]
    db.submit(appending(session, table_of(Source), sources))
