"""Task bodies of deadlines_poll_feeds."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from deadlines import jobs
from deadlines.feeds.config import load_feeds
from deadlines_airflow.tasks import now_from, setup

log = logging.getLogger(__name__)


def poll_feeds(params: Mapping[str, Any] | None) -> int:
    settings, engine = setup()
    feeds = load_feeds(settings.feeds_path)
    report = jobs.poll(
        engine,
        feeds,
        now=now_from(params),
        timeout=settings.fetch_timeout,
        max_bytes=settings.max_feed_bytes,
        user_agent=settings.user_agent,
    )
    log.info(
        "%d feeds ok, %d failed, %d new articles",
        report.feeds_ok,
        len(report.errors),
        report.new_articles,
    )
    if feeds and not report.feeds_ok:
        raise RuntimeError(f"every feed failed: {report.errors}")
    return report.new_articles
