"""Task bodies of deadlines_poll_feeds: split the feeds into shards, poll one shard."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from typing import Any

from deadlines import jobs
from deadlines.feeds.config import load_feeds, shard
from deadlines_airflow.tasks import now_from, setup

log = logging.getLogger(__name__)
# One mapped task per this many feeds; each task fetches its feeds concurrently.
FEEDS_PER_SHARD = 250
MAX_SHARDS = 16


def plan_shards(feed_count: int | None = None) -> list[list[int]]:
    """``[index, count]`` for each shard: one for small lists, more for large ones."""
    if feed_count is None:
        settings, _ = setup()
        feed_count = sum(1 for feed in load_feeds(settings.feeds_path) if feed.enabled)
    count = min(MAX_SHARDS, max(1, math.ceil(feed_count / FEEDS_PER_SHARD)))
    return [[index, count] for index in range(count)]


def poll_feeds(params: Mapping[str, Any] | None, part: Sequence[int] = (0, 1)) -> int:
    """Poll the due feeds of shard ``part`` ([index, count]); returns how many articles the
    extractor has to read (new ones and new revisions).

    A failing feed does not fail the task: its status records why, and it is retried with
    backoff. Only a failure of the store or the settings fails the task.
    """
    settings, engine = setup()
    index, count = int(part[0]), int(part[1])
    feeds = shard(load_feeds(settings.feeds_path), index, count)
    options = jobs.PollOptions.from_settings(settings)
    report = jobs.poll(engine, feeds, now=now_from(params), options=options)
    log.info(
        "shard %d/%d: %d feeds polled (%d not due), %d ok, %d failed; %d new articles, %d revised",
        index + 1,
        count,
        report.polled,
        report.not_due,
        report.feeds_ok,
        len(report.errors),
        report.new_articles,
        report.revised_articles,
    )
    for name, error in report.errors.items():
        log.warning("%s: %s", name, error)
    if index == 0:  # one shard keeps the WebSub subscriptions and announces pushed articles
        from deadlines.jobs.websub import pushed_waiting
        from deadlines_airflow.tasks.websub import keep_subscriptions

        now = now_from(params)
        keep_subscriptions(settings, engine, now=now)
        return report.changed + pushed_waiting(engine, now=now)
    return report.changed
