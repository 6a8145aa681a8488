"""Feeds and articles as the store keeps them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from deadlines.store.models import Article, Feed
from deadlines.store.sql import insert_ignoring_duplicates, table_of


def upsert_feed(
    session: Session, *, name: str, url: str, tags: Sequence[str], poll_interval_s: int
) -> Feed:
    """The feed row named ``name``, created or brought in line with its configuration."""
    feed = session.scalar(select(Feed).where(Feed.name == name))
    if feed is None:
        feed = Feed(name=name, url=url, tags=list(tags), poll_interval_s=poll_interval_s)
        session.add(feed)
    else:
        if feed.url != url:
            feed.etag = feed.last_modified = None
        feed.url, feed.tags, feed.poll_interval_s = url, list(tags), poll_interval_s
    session.flush()
    return feed


def record_poll(
    session: Session,
    feed: Feed,
    *,
    at: datetime,
    error: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    feed.last_polled_at = at
    if error is None:
        feed.last_success_at = at
        feed.last_error = None
        feed.consecutive_failures = 0
        feed.etag, feed.last_modified = etag, last_modified
    else:
        feed.last_error = error
        feed.consecutive_failures = (feed.consecutive_failures or 0) + 1


def add_articles(
    session: Session, feed_id: int, articles: Iterable[dict[str, Any]], *, fetched_at: datetime
) -> int:
    """Store articles not seen before (by feed and guid); returns how many were new."""
    rows = [
        {**article, "feed_id": feed_id, "fetched_at": fetched_at, "extracted_at": None}
        for article in articles
    ]
    return insert_ignoring_duplicates(session, table_of(Article), rows, keys=("feed_id", "guid"))


def pending_articles(session: Session, limit: int | None = None) -> list[Article]:
    """Articles not yet read by the extractor, oldest first."""
    query = select(Article).where(Article.extracted_at.is_(None)).order_by(Article.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def mark_extracted(session: Session, article_ids: Sequence[int], *, at: datetime) -> None:
    if article_ids:
        session.execute(update(Article).where(Article.id.in_(article_ids)).values(extracted_at=at))


def article_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Feed.name, func.count(Article.id)).outerjoin(Article).group_by(Feed.name)
    )
    return {name: count for name, count in rows}
