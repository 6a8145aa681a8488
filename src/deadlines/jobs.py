"""One function per pipeline step. DAG tasks and CLI commands are thin over these.

Each step takes what it needs (an engine, the feeds, a notifier, ``now``) and can run
twice for the same moment with the same result.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.alerts.outbox import (
    Notifier,
    SendReport,
    queue_change_alerts,
    queue_lead_time_alerts,
    send_alerts,
)
from deadlines.errors import FeedError
from deadlines.extract import extract_commitments
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.fetch import fetch_feed, make_client
from deadlines.feeds.parse import parse_feed
from deadlines.store.commitments import ChangeEvent, record_commitment
from deadlines.store.feeds import (
    add_articles,
    mark_extracted,
    pending_articles,
    record_poll,
    upsert_feed,
)
from deadlines.store.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollReport:
    new_articles: int
    feeds_ok: int
    errors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExtractReport:
    articles: int
    new: int
    changed: int
    alerts_queued: int

    @property
    def changes(self) -> int:
        return self.new + self.changed


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


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
    now = _utc(now)
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


def extract(
    engine: Engine, *, now: datetime, alert_tag: str = "all", limit: int | None = None
) -> ExtractReport:
    """Read the articles not yet read, record their commitments and queue change alerts.

    Each article is handled in its own transaction: its commitments, their history, their
    alerts and the mark that it was read are written together or not at all.
    """
    now = _utc(now)
    with Session(engine) as session:
        ids = [article.id for article in pending_articles(session, limit)]
    new = changed = queued = 0
    for position, article_id in enumerate(ids, start=1):
        with Session(engine) as session, session.begin():
            article = session.get_one(Article, article_id)
            published: date = (article.published_at or article.fetched_at).date()
            events: list[ChangeEvent] = []
            for found in extract_commitments(article.text, published, title=article.title):
                event = record_commitment(session, found, article_id=article.id, now=now)
                if event is not None:
                    events.append(event)
            new += sum(1 for e in events if e.reason == "new")
            changed += sum(1 for e in events if e.reason == "changed")
            queued += queue_change_alerts(session, events, now=now, tag=alert_tag)
            mark_extracted(session, [article.id], at=now)
        if position % 100 == 0:
            log.info("extracted %d of %d articles", position, len(ids))
    return ExtractReport(articles=len(ids), new=new, changed=changed, alerts_queued=queued)


def plan_alerts(
    engine: Engine, *, now: datetime, lead_times: Sequence[timedelta], alert_tag: str = "all"
) -> int:
    """Queue lead-time alerts for deadlines that came within reach. Returns how many."""
    with Session(engine) as session, session.begin():
        return queue_lead_time_alerts(session, now=_utc(now), lead_times=lead_times, tag=alert_tag)


def send(
    engine: Engine, notifier: Notifier, *, now: datetime, limit: int | None = None
) -> SendReport:
    """Deliver the queued alerts that are due."""
    with Session(engine) as session:
        return send_alerts(session, notifier, now=_utc(now), limit=limit)
