"""The poll step: fetch every feed, store the articles not seen before."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.errors import FeedError
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.fetch import fetch_feed, make_client
from deadlines.feeds.parse import parse_feed
from deadlines.jobs.clock import as_utc
from deadlines.store.feeds import add_articles, record_poll, upsert_feed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollReport:
    new_articles: int
    feeds_ok: int
    errors: dict[str, str] = field(default_factory=dict)


def poll(
    engine: Engine,
    feeds: Sequence[FeedConfig],
    *,
    now: datetime,
    client: httpx.Client | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10 * 1024 * 1024,
    user_agent: str = "deadlines",
) -> PollReport:
    """Fetch every feed and store the articles not seen before. One bad feed stops no other."""
    now = as_utc(now)
    own_client = client is None
    http = client or make_client(user_agent)
    new_articles, ok, errors = 0, 0, {}
    try:
        for index, config in enumerate(feeds, start=1):
            with Session(engine) as session, session.begin():
                feed = upsert_feed(
                    session,
                    name=config.name,
                    url=config.url,
                    tags=config.tags,
                    poll_interval_s=int(config.poll_interval.total_seconds()),
                )
                try:
                    result = fetch_feed(
                        config.url,
                        client=http,
                        timeout=timeout,
                        max_bytes=max_bytes,
                        etag=feed.etag,
                        last_modified=feed.last_modified,
                    )
                    articles = (
                        [] if result.not_modified else parse_feed(result.content, url=config.url)
                    )
                except FeedError as exc:
                    record_poll(session, feed, at=now, error=str(exc))
                    errors[config.name] = str(exc)
                    log.warning("[%d/%d] %s: %s", index, len(feeds), config.name, exc)
                    continue
                added = add_articles(
                    session, feed.id, (a.as_row() for a in articles), fetched_at=now
                )
                record_poll(
                    session, feed, at=now, etag=result.etag, last_modified=result.last_modified
                )
                new_articles += added
                ok += 1
                log.info(
                    "[%d/%d] %s: %d entries, %d new",
                    index,
                    len(feeds),
                    config.name,
                    len(articles),
                    added,
                )
    finally:
        if own_client:
            http.close()
    return PollReport(new_articles=new_articles, feeds_ok=ok, errors=errors)
