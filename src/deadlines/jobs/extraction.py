"""The extract step: read unread articles, record commitments, queue change alerts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.alerts.outbox import queue_change_alerts
from deadlines.extract import Commitment, extract_commitments
from deadlines.model import OnProgress, aware_utc
from deadlines.store.commitments import record_commitments
from deadlines.store.feeds import mark_extracted, pending_articles, pending_count
from deadlines.store.locks import take_lock

log = logging.getLogger(__name__)
# Articles read and recorded per transaction.
BATCH_ARTICLES = 200


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
    engine: Engine,
    *,
    now: datetime,
    alert_tag: str = "all",
    dispute_alerts: bool = True,
    limit: int | None = None,
    batch: int = BATCH_ARTICLES,
    progress: OnProgress | None = None,
) -> ExtractReport:
    """Read the articles not yet read, record their commitments and queue change alerts.

    Articles are read a batch at a time, oldest first, and each batch is one transaction:
    its commitments (recorded together through the store's write path), their sources and
    history, their alerts and the marks that its articles were read are written together
    or not at all. A commitment reported by several articles stays one row with one source
    per report. Each batch holds the store's ``extract`` lock: a second extraction running
    at the same time waits, then reads only the articles the first left unread.
    ``progress`` is told the articles read after each batch.
    """
    now = aware_utc(now)
    articles = new = changed = queued = 0
    total = _to_read(engine, limit) if progress else None
    while limit is None or articles < limit:
        size = batch if limit is None else min(batch, limit - articles)
        with Session(engine) as session, session.begin():
            take_lock(session, "extract")  # one extraction at a time: see the docstring
            unread = pending_articles(session, size)
            if not unread:
                break
            reports: list[tuple[Commitment, int | None]] = []
            for article in unread:
                published = (article.published_at or article.fetched_at).date()
                found = extract_commitments(article.text, published, title=article.title)
                reports.extend((item, article.id) for item in found)
            events = record_commitments(session, reports, now=now)
            new += sum(1 for e in events if e.reason == "new")
            changed += sum(1 for e in events if e.reason == "changed")
            queued += queue_change_alerts(
                session, events, now=now, tag=alert_tag, disputes=dispute_alerts
            )
            mark_extracted(session, [article.id for article in unread], at=now)
        articles += len(unread)
        log.info("extracted %d articles", articles)
        if progress:
            progress(articles, total)
    return ExtractReport(articles=articles, new=new, changed=changed, alerts_queued=queued)


def _to_read(engine: Engine, limit: int | None) -> int:
    with Session(engine) as session:
        count = pending_count(session)
    return count if limit is None else min(count, limit)
