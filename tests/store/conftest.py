"""Fixtures of the store's tests: articles from feeds, as the poll step leaves them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines.store.models import Article, Feed

AddArticle = Callable[..., int]


@pytest.fixture
def add_article(engine: Engine) -> AddArticle:
    """Store an unread article of feed ``feed`` (created if new); returns the article's id."""

    def add(feed: str, text: str, *, title: str = "", published: datetime | None = None) -> int:
        published = published or datetime(2025, 10, 26, 8, tzinfo=UTC)
        with Session(engine) as session, session.begin():
            row = session.scalar(select(Feed).where(Feed.name == feed))
            if row is None:
                row = Feed(name=feed, url=f"http://127.0.0.1:9/{feed}.xml", tags=[])
                session.add(row)
                session.flush()
            count = len(session.scalars(select(Article.id)).all())
            article = Article(
                feed_id=row.id,
                guid=f"{feed}-{count + 1}",
                url=f"http://127.0.0.1:9/{feed}/{count + 1}.html",
                title=title,
                text=text,
                published_at=published,
                fetched_at=published,
                content_hash=f"{count + 1:064d}",
            )
            session.add(article)
            session.flush()
            return article.id

    return add
