"""What the Commitments view shows, read from the store (no Airflow, no HTML here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines.alerts.messages import countdown
from deadlines.store.commitments import history, list_commitments
from deadlines.store.models import Article, Commitment, CommitmentChange

CLOSED = ("cancelled", "occurred")


@dataclass(frozen=True)
class Row:
    id: int
    what: str
    kind: str
    status: str
    due_on: date | None
    countdown: str
    previous_due_on: date | None
    actors: list[str]
    confidence: float
    evidence: str
    source_title: str | None
    source_url: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "kind": self.kind,
            "status": self.status,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "countdown": self.countdown,
            "previous_due_on": self.previous_due_on.isoformat() if self.previous_due_on else None,
            "actors": self.actors,
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence,
            "source_title": self.source_title,
            "source_url": self.source_url,
        }


@dataclass(frozen=True)
class Change:
    commitment_id: int
    what: str
    version: int
    changed_at: datetime
    old_due_on: date | None
    new_due_on: date | None
    old_status: str | None
    new_status: str
    source_url: str | None


@dataclass(frozen=True)
class SourceView:
    seen_at: datetime
    sentence: str
    reported_due_on: date | None
    reported_status: str
    confidence: float
    title: str | None
    url: str | None


def sources(engine: Engine, commitment_id: int) -> list[SourceView]:
    """Every report that spoke of a commitment, newest first, with its article."""
    from deadlines.store.models.commitments import Source

    query = (
        select(Source, Article.title, Article.url)
        .outerjoin(Article, Article.id == Source.article_id)
        .where(Source.commitment_id == commitment_id)
        .order_by(Source.seen_at.desc(), Source.id.desc())
    )
    with Session(engine) as session:
        return [
            SourceView(
                seen_at=source.seen_at,
                sentence=source.sentence,
                reported_due_on=source.reported_due_on,
                reported_status=source.reported_status,
                confidence=source.confidence,
                title=title,
                url=url,
            )
            for source, title, url in session.execute(query)
        ]


def _row(session: Session, commitment: Commitment, today: date) -> Row:
    article = session.get(Article, commitment.article_id) if commitment.article_id else None
    return Row(
        id=commitment.id,
        what=commitment.what,
        kind=commitment.kind,
        status=commitment.status,
        due_on=commitment.due_on,
        countdown=countdown(commitment.due_on, today) if commitment.due_on else "no date",
        previous_due_on=commitment.previous_due_on,
        actors=list(commitment.actors),
        confidence=commitment.confidence,
        evidence=commitment.evidence,
        source_title=article.title if article else None,
        source_url=article.url if article else None,
    )


def commitments(engine: Engine, today: date) -> list[Row]:
    """Every commitment, soonest due first, undated last."""
    with Session(engine) as session:
        return [_row(session, c, today) for c in list_commitments(session)]


def timeline(rows: list[Row], today: date) -> dict[str, list[Row]]:
    """Rows grouped for the page: upcoming (open, due today or later), undated, past, closed."""
    groups: dict[str, list[Row]] = {"upcoming": [], "undated": [], "past": [], "closed": []}
    for row in rows:
        if row.status in CLOSED:
            groups["closed"].append(row)
        elif row.due_on is None:
            groups["undated"].append(row)
        elif row.due_on >= today:
            groups["upcoming"].append(row)
        else:
            groups["past"].append(row)
    return groups


def recent_changes(engine: Engine, limit: int = 20) -> list[Change]:
    with Session(engine) as session:
        query = (
            select(CommitmentChange, Commitment.what, Article.url)
            .join(Commitment, Commitment.id == CommitmentChange.commitment_id)
            .outerjoin(Article, Article.id == CommitmentChange.article_id)
            .order_by(CommitmentChange.changed_at.desc(), CommitmentChange.id.desc())
            .limit(limit)
        )
        return [_change(change, what, url) for change, what, url in session.execute(query)]


def commitment_history(engine: Engine, commitment_id: int) -> list[Change]:
    with Session(engine) as session:
        commitment = session.get(Commitment, commitment_id)
        if commitment is None:
            return []
        changes = []
        for change in history(session, commitment_id):
            article = session.get(Article, change.article_id) if change.article_id else None
            changes.append(_change(change, commitment.what, article.url if article else None))
        return changes


def one(engine: Engine, commitment_id: int, today: date) -> Row | None:
    with Session(engine) as session:
        commitment = session.get(Commitment, commitment_id)
        return _row(session, commitment, today) if commitment else None


def _change(change: CommitmentChange, what: str, url: str | None) -> Change:
    return Change(
        commitment_id=change.commitment_id,
        what=what,
        version=change.version,
        changed_at=change.changed_at,
        old_due_on=change.old_due_on,
        new_due_on=change.new_due_on,
        old_status=change.old_status,
        new_status=change.new_status,
        source_url=url,
    )


def controls(engine: Engine, commitment_id: int) -> str:
    """How alerts about a commitment are held: silenced (until when), acknowledged, or ''."""
    from deadlines.alerts.controls import load_controls

    with Session(engine) as session:
        held = load_controls(session, [commitment_id])
    parts = []
    if commitment_id in held.silenced_until:
        until = held.silenced_until[commitment_id]
        parts.append(f"silenced until {until:%Y-%m-%d %H:%M} UTC" if until else "silenced")
    if commitment_id in held.acked_due:
        due = held.acked_due[commitment_id]
        parts.append(f"acknowledged for {due.isoformat() if due else 'no date'}")
    return "; ".join(parts)
