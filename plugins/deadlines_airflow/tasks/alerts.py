"""Task bodies of deadlines_alerts."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from deadlines import jobs
from deadlines_airflow.hooks import DeadlinesAppriseHook
from deadlines_airflow.tasks import now_from, setup

log = logging.getLogger(__name__)


class AlertsUndelivered(RuntimeError):
    """Alerts were given up on, or none of the due ones could be delivered."""


def plan_alerts(params: Mapping[str, Any] | None, events: Mapping[Any, Any] | None = None) -> int:
    settings, engine = setup()
    return jobs.plan_alerts(
        engine,
        now=now_from(params, events),
        lead_times=settings.lead_times,
        alert_tag=settings.alert_tag,
    )


def send_alerts(
    params: Mapping[str, Any] | None,
    apprise_conn_id: str = "apprise_default",
    events: Mapping[Any, Any] | None = None,
) -> dict[str, int]:
    """Deliver what the outbox holds. The outbox retries refused sends itself; the task
    fails (and ops hear of it) when alerts were given up on or no due alert got through."""
    settings, engine = setup()
    hook = DeadlinesAppriseHook(apprise_conn_id, fallback_config=settings.apprise_config_path)
    report = jobs.send(engine, hook.get_notifier(), now=now_from(params, events))
    log.info(
        "sent %d alerts, %d failed (retried later), %d given up, %d silenced or acknowledged",
        report.sent,
        report.failed,
        report.dead,
        report.held,
    )
    if report.run_failed:
        raise AlertsUndelivered(
            f"{report.dead} alerts given up and {report.failed} refused (retried with backoff); "
            "see `deadlines outbox --state failed` and `--state dead`"
        )
    return {"sent": report.sent, "failed": report.failed, "dead": report.dead, "held": report.held}
