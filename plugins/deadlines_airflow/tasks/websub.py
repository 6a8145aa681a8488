"""WebSub subscriptions kept by the poll DAG's first shard, when a callback URL is set."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine

from deadlines.jobs.subscribe import maintain_as_set
from deadlines.settings import Settings

log = logging.getLogger(__name__)


def keep_subscriptions(settings: Settings, engine: Engine, *, now: datetime) -> None:
    """Subscribe, renew and unsubscribe as the feeds file asks; a hub that fails is logged
    and asked again later (the feed is polled meanwhile), it does not fail the task."""
    if not settings.websub_callback:
        return
    report = maintain_as_set(engine, settings, now=now)
    for kind in ("subscribed", "renewed", "unsubscribed"):
        for name in getattr(report, kind):
            log.info("websub: %s %s", name, kind)
    for name, error in report.errors.items():
        log.warning("websub: %s: %s", name, error)
