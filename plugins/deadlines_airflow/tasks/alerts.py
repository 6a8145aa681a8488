"""Task bodies of deadlines_alerts."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from deadlines import jobs
from deadlines_airflow.hooks import DeadlinesAppriseHook
from deadlines_airflow.tasks import now_from, setup

log = logging.getLogger(__name__)


def plan_alerts(params: Mapping[str, Any] | None) -> int:
    settings, engine = setup()
    return jobs.plan_alerts(
        engine, now=now_from(params), lead_times=settings.lead_times, alert_tag=settings.alert_tag
    )


def send_alerts(
    params: Mapping[str, Any] | None, apprise_conn_id: str = "apprise_default"
) -> dict[str, int]:
    settings, engine = setup()
    hook = DeadlinesAppriseHook(apprise_conn_id, fallback_config=settings.apprise_config_path)
    report = jobs.send(engine, hook.get_notifier(), now=now_from(params))
    log.info("sent %d alerts, %d failed, %d dead", report.sent, report.failed, report.dead)
    if report.failed or report.dead:
        raise RuntimeError(
            f"{report.failed + report.dead} alerts could not be delivered; they stay queued"
        )
    return {"sent": report.sent, "failed": report.failed, "dead": report.dead}
