"""The alert routes as stored, and the feed tags routing reads of a commitment.

What a route means (matching, the default route, lead times) is alerts/routes.py's; this
module only reads and writes the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deadlines.store.models import Article, Feed
from deadlines.store.models.outbox import AlertRoute

__all__ = ["AlertRoute", "RouteValues", "feed_tags", "remove_route", "stored_routes", "write_route"]


@dataclass(frozen=True)
class RouteValues:
    """A route's settings as stored, checked and normalised by the caller."""

    name: str
    tag: str
    match_tags: Sequence[str] = ()
    match_actors: Sequence[str] = ()
    match_kinds: Sequence[str] = ()
    min_confidence: float = 0.0
    lead_times: Sequence[str] = ()
    digest: bool = False


def stored_routes(session: Session) -> list[AlertRoute]:
    """Every stored route, by name."""
    return list(session.scalars(select(AlertRoute).order_by(AlertRoute.name)))


def write_route(session: Session, values: RouteValues, *, now: datetime) -> AlertRoute:
    """Add route ``values.name`` or replace its settings."""
    row = session.scalar(select(AlertRoute).where(AlertRoute.name == values.name))
    if row is None:
        row = AlertRoute(name=values.name, created_at=now)
        session.add(row)
    row.apprise_tag = values.tag
    row.match_tags = list(values.match_tags)
    row.match_actors = list(values.match_actors)
    row.match_kinds = list(values.match_kinds)
    row.min_confidence = values.min_confidence
    row.lead_times = list(values.lead_times)
    row.digest = values.digest
    session.flush()
    return row


def remove_route(session: Session, name: str) -> bool:
    result = session.execute(delete(AlertRoute).where(AlertRoute.name == name))
    return bool(getattr(result, "rowcount", 0))


def feed_tags(session: Session, article_id: int | None) -> list[str]:
    """The tags of the feed an article came from; none for no article."""
    if article_id is None:
        return []
    tags = session.scalar(
        select(Feed.tags).join(Article, Article.feed_id == Feed.id).where(Article.id == article_id)
    )
    return list(tags or [])
