"""Bodies of the DAGs' tasks: read settings, call a job, say what happened.

Imported inside tasks, not at DAG parse time, so parsing stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from airflow.sdk.exceptions import AirflowSkipException

from deadlines import jobs
from deadlines.settings import Settings
from deadlines.store import make_engine

log = logging.getLogger(__name__)


def now_from(params: Mapping[str, Any] | None) -> datetime:
    """The ``now`` DAG param (ISO date or instant, UTC if no offset), else the current time."""
    text = (params or {}).get("now")
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(str(text))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _setup() -> tuple[Settings, Any]:
    settings = Settings.from_env()
    return settings, make_engine(settings.database_url)


def poll_feeds(params: Mapping[str, Any] | None) -> int:
    from deadlines.feeds.config import load_feeds

    settings, engine = _setup()
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


def extract_articles(params: Mapping[str, Any] | None) -> int:
    settings, engine = _setup()
    report = jobs.extract(engine, now=now_from(params), alert_tag=settings.alert_tag)
    log.info(
        "%d articles read: %d new commitments, %d changed",
        report.articles,
        report.new,
        report.changed,
    )
    return report.changes


def plan_alerts(params: Mapping[str, Any] | None) -> int:
    settings, engine = _setup()
    return jobs.plan_alerts(
        engine, now=now_from(params), lead_times=settings.lead_times, alert_tag=settings.alert_tag
    )


def send_alerts(
    params: Mapping[str, Any] | None, apprise_conn_id: str = "apprise_default"
) -> dict[str, int]:
    from deadlines_airflow.hooks import DeadlinesAppriseHook

    settings, engine = _setup()
    notifier = DeadlinesAppriseHook(
        apprise_conn_id, fallback_config=settings.apprise_config_path
    ).get_notifier()
    report = jobs.send(engine, notifier, now=now_from(params))
    log.info("sent %d alerts, %d failed, %d dead", report.sent, report.failed, report.dead)
    if report.failed or report.dead:
        raise RuntimeError(
            f"{report.failed + report.dead} alerts could not be delivered; they stay queued"
        )
    return {"sent": report.sent, "failed": report.failed, "dead": report.dead}


def announce(count: int, outlet: Any, what: str) -> None:
    """Emit the outlet's asset event only when something was written; skip otherwise."""
    if not count:
        raise AirflowSkipException(f"no new {what}")
    outlet.extra = {"count": count}
