"""WebSub subscriptions kept by the poll DAG's first shard, when a callback URL is set."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine

from deadlines.feeds.config import load_feeds
from deadlines.feeds.transport import make_client
from deadlines.jobs.subscribe import maintain_subscriptions
from deadlines.settings import Settings

log = logging.getLogger(__name__)


def keep_subscriptions(settings: Settings, engine: Engine, *, now: datetime) -> None:
    """Subscribe, renew and unsubscribe as the feeds file asks; a hub that fails is logged
    and asked again later (the feed is polled meanwhile), it does not fail the task."""
    if not settings.websub_callback:
        return
    with make_client(settings.user_agent, allow=settings.allow_private_addresses) as client:
        report = maintain_subscriptions(
            engine,
            load_feeds(settings.feeds_path),
            callback=settings.websub_callback,
            now=now,
            client=client,
            lease=settings.websub_lease,
            timeout=settings.fetch_timeout,
        )
    for kind in ("subscribed", "renewed", "unsubscribed"):
        for name in getattr(report, kind):
            log.info("websub: %s %s", name, kind)
    for name, error in report.errors.items():
        log.warning("websub: %s: %s", name, error)
