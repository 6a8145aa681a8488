"""The extract step: read unread articles, record commitments, queue change alerts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.alerts.outbox import queue_change_alerts
from deadlines.extract import extract_commitments
from deadlines.model import aware_utc
from deadlines.store.commitments import ChangeEvent, record_commitments
from deadlines.store.feeds import mark_extracted, pending_articles
from deadlines.store.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractReport:
    articles: int
    new: int
    changed: int
    alerts_queued: int

    @property
    def changes(self) -> int:
        return self.new + self.changed


def extract(
    engine: Engine, *, now: datetime, alert_tag: str = "all", limit: int | None = None
) -> ExtractReport:
    """Read the articles not yet read, record their commitments and queue change alerts.

    Each article is handled in its own transaction: its commitments, their sources and
    history, their alerts and the mark that it was read are written together or not at all.
    A commitment reported by several articles stays one row with one source per report.
    """
    now = aware_utc(now)
    with Session(engine) as session:
        ids = [article.id for article in pending_articles(session, limit)]
    new = changed = queued = 0
    for position, article_id in enumerate(ids, start=1):
        with Session(engine) as session, session.begin():
            article = session.get_one(Article, article_id)
            published: date = (article.published_at or article.fetched_at).date()
            found = extract_commitments(article.text, published, title=article.title)
            events: list[ChangeEvent] = record_commitments(
                session, [(item, article.id) for item in found], now=now
            )
            new += sum(1 for e in events if e.reason == "new")
            changed += sum(1 for e in events if e.reason == "changed")
            queued += queue_change_alerts(session, events, now=now, tag=alert_tag)
            mark_extracted(session, [article.id], at=now)
        if position % 100 == 0:
            log.info("extracted %d of %d articles", position, len(ids))
    return ExtractReport(articles=len(ids), new=new, changed=changed, alerts_queued=queued)
