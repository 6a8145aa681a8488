"""The read side: commitments as people see them, for the CLI, the UI and the exports.

Every reader of commitments goes through here and gets typed rows back; they format what
they get and never query. A listing is one statement with the latest article joined (no
query per row), ordered soonest due first, undated last, and can be paged and filtered.
How a commitment stood at a past instant is in :mod:`deadlines.store.history`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from deadlines.model import CLOSED_STATUSES, Status
from deadlines.store.models import Article, Commitment, CommitmentChange, Feed
from deadlines.store.models.commitments import OPEN_PREDICATE, Source


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment with the title and link of the article that last changed it."""

    id: int
    key: str
    kind: str
    subject: str
    what: str
    due_on: date | None
    status: Status
    previous_due_on: date | None
    date_text: str | None
    actors: list[str]
    confidence: float
    version: int
    confirmed_by: str | None
    merged_into_id: int | None
    evidence: str
    first_seen_at: datetime
    updated_at: datetime
    last_seen_at: datetime | None
    disputed: bool
    source_title: str | None
    source_url: str | None


@dataclass(frozen=True)
class SourceRow:
    """One report of a commitment: the sentence, what it said, and its article and feed."""

    seen_at: datetime
    sentence: str
    reported_due_on: date | None
    reported_status: str
    confidence: float
    change_cue: str | None
    title: str | None
    url: str | None
    feed: str | None
    published_at: datetime | None = None


@dataclass(frozen=True)
class ChangeRow:
    """One entry of a commitment's history, with the commitment's name and the article."""

    commitment_id: int
    what: str
    version: int
    changed_at: datetime
    change: str
    old_due_on: date | None
    new_due_on: date | None
    old_status: str | None
    new_status: str
    previous_due_on: date | None
    changed_by: str | None
    note: str | None
    evidence: str | None
    article_id: int | None
    source_url: str | None


@dataclass(frozen=True)
class Filters:
    """Which commitments a listing shows; empty tuples mean any."""

    open_only: bool = False
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


# The groups of the timeline, in the order a page shows them.
GROUPS = ("upcoming", "undated", "past", "closed")


@dataclass(frozen=True)
class Group:
    """One group of the timeline: a page of its rows and how many it holds in all."""

    name: str
    rows: list[CommitmentRow]
    total: int
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class Timeline:
    """Commitments as of ``today``: upcoming (open, due today or later), undated, past
    (open, date passed) and closed."""

    today: date
    groups: dict[str, Group] = field(default_factory=dict)


_SOONEST_FIRST = (Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
_OPEN = text(f"commitments.{OPEN_PREDICATE}")


# What a listing reads, in the order of CommitmentRow's fields: the columns alone, not the
# ORM's objects (which cost several times as much to build, and are copied at once).
_JOINED = {"source_title": Article.title, "source_url": Article.url}
_LISTED = tuple(
    _JOINED.get(name) or getattr(Commitment, name) for name in CommitmentRow.__dataclass_fields__
)
_STATUS = list(CommitmentRow.__dataclass_fields__).index("status")


def _listing() -> Any:
    return select(*_LISTED).outerjoin(Article, Article.id == Commitment.article_id)


def _row(record: Sequence[Any]) -> CommitmentRow:
    values = list(record)
    values[_STATUS] = Status(values[_STATUS])
    return CommitmentRow(*values)


def _filtered(query: Select[Any], filters: Filters) -> Select[Any]:
    if filters.open_only:
        query = query.where(Commitment.status.not_in(CLOSED_STATUSES))
    if filters.statuses:
        query = query.where(Commitment.status.in_(filters.statuses))
    if filters.kinds:
        query = query.where(Commitment.kind.in_(filters.kinds))
    return query


def list_commitments(
    session: Session,
    filters: Filters | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[CommitmentRow]:
    """Commitments soonest due first, undated last; a page of them with ``limit``."""
    query = _filtered(_listing(), filters or Filters()).order_by(*_SOONEST_FIRST)
    query = query.offset(offset or None).limit(limit)
    return [_row(record) for record in session.execute(query)]


def one_commitment(session: Session, commitment_id: int) -> CommitmentRow | None:
    record = session.execute(_listing().where(Commitment.id == commitment_id)).first()
    return _row(record) if record is not None else None


def _group_filter(name: str, today: date) -> tuple[Any, ...]:
    if name == "closed":
        return (Commitment.status.in_(CLOSED_STATUSES),)
    if name == "undated":
        return (_OPEN, Commitment.due_on.is_(None))
    if name == "upcoming":
        return (_OPEN, Commitment.due_on >= today)
    return (_OPEN, Commitment.due_on < today)


def _group_order(name: str) -> tuple[Any, ...]:
    """The listing's order within a group, written so that an index serves it: open dated
    groups by the open-due index, the undated by id."""
    if name == "undated":
        return (Commitment.id,)
    if name == "closed":
        return _SOONEST_FIRST
    return (Commitment.due_on, Commitment.id)


def timeline(
    session: Session, today: date, *, per_group: int = 100, offsets: dict[str, int] | None = None
) -> Timeline:
    """Each group's first ``per_group`` rows (from its offset in ``offsets``) and its size.

    A commitment is in exactly one group: closed ones (cancelled, done, dismissed, merged)
    whatever their date, open ones by their date against ``today``. A page's ids are found
    first (from the index alone where there is one), then only those rows are read.
    """
    groups = {}
    for name in GROUPS:
        where = _group_filter(name, today)
        offset = max(0, (offsets or {}).get(name, 0))
        order = _group_order(name)
        page = select(Commitment.id).where(*where).order_by(*order)
        ids = list(session.scalars(page.offset(offset).limit(per_group)))
        found = {
            row.id: row
            for row in (_row(record) for record in session.execute(
                _listing().where(Commitment.id.in_(ids))
            ))
        } if ids else {}  # fmt: skip
        total = session.scalar(select(func.count(Commitment.id)).where(*where))
        groups[name] = Group(name, [found[i] for i in ids], int(total or 0), offset, per_group)
    return Timeline(today, groups)


def sources(session: Session, commitment_id: int, *, newest_first: bool = False) -> list[SourceRow]:
    """Every report that spoke of a commitment, with its article and feed."""
    order = (Source.seen_at, Source.id)
    query = (
        select(Source, Article.title, Article.url, Feed.name, Article.published_at)
        .outerjoin(Article, Article.id == Source.article_id)
        .outerjoin(Feed, Feed.id == Article.feed_id)
        .where(Source.commitment_id == commitment_id)
        .order_by(*(column.desc() for column in order) if newest_first else order)
    )
    reported = [name for name in SourceRow.__dataclass_fields__ if hasattr(Source, name)]
    return [
        SourceRow(
            **{name: getattr(found, name) for name in reported},
            title=title,
            url=url,
            feed=feed,
            published_at=published,
        )
        for found, title, url, feed, published in session.execute(query)
    ]


@dataclass(frozen=True)
class ClaimGroup:
    """The reports of a commitment that gave one date: how many, from which feeds."""

    due_on: date | None
    reports: int
    feeds: tuple[str, ...]
    statuses: tuple[str, ...]
    cues: tuple[str, ...]
    first_published: datetime | None


def claims_by_date(rows: list[SourceRow]) -> list[ClaimGroup]:
    """A commitment's reports grouped by the date they gave, undated last."""
    groups: dict[date | None, list[SourceRow]] = {}
    for row in rows:
        groups.setdefault(row.reported_due_on, []).append(row)
    out = []
    for due, members in sorted(
        groups.items(), key=lambda item: (item[0] is None, item[0] or date.min)
    ):
        published = [m.published_at for m in members if m.published_at is not None]
        out.append(
            ClaimGroup(
                due_on=due,
                reports=len(members),
                feeds=tuple(sorted({m.feed or "?" for m in members})),
                statuses=tuple(sorted({m.reported_status for m in members})),
                cues=tuple(sorted({m.change_cue for m in members if m.change_cue})),
                first_published=min(published) if published else None,
            )
        )
    return out


def _changes() -> Any:
    return (
        select(CommitmentChange, Commitment.what, Article.url)
        .join(Commitment, Commitment.id == CommitmentChange.commitment_id)
        .outerjoin(Article, Article.id == CommitmentChange.article_id)
    )


def _change(change: CommitmentChange, what: str, url: str | None) -> ChangeRow:
    entry = [name for name in ChangeRow.__dataclass_fields__ if name not in ("what", "source_url")]
    return ChangeRow(**{name: getattr(change, name) for name in entry}, what=what, source_url=url)


def changes(session: Session, commitment_id: int) -> list[ChangeRow]:
    """Every entry of a commitment's history, oldest first."""
    query = (
        _changes()
        .where(CommitmentChange.commitment_id == commitment_id)
        .order_by(CommitmentChange.changed_at, CommitmentChange.id)
    )
    return [_change(*record) for record in session.execute(query)]


def recent_changes(session: Session, limit: int = 20) -> list[ChangeRow]:
    """The latest changes of any commitment, newest first."""
    query = (
        _changes()
        .order_by(CommitmentChange.changed_at.desc(), CommitmentChange.id.desc())
        .limit(limit)
    )
    return [_change(*record) for record in session.execute(query)]
