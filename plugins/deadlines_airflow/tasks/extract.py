"""Task bodies of deadlines_extract."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from deadlines import jobs
from deadlines_airflow.tasks import now_from, setup

log = logging.getLogger(__name__)


def extract_articles(
    params: Mapping[str, Any] | None, events: Mapping[Any, Any] | None = None
) -> int:
    settings, engine = setup()
    report = jobs.extract(
        engine,
        now=now_from(params, events),
        alert_tag=settings.alert_tag,
        dispute_alerts=settings.dispute_alerts,
    )
    log.info(
        "%d articles read: %d new commitments, %d changed",
        report.articles,
        report.new,
        report.changed,
    )
    return report.changes
