"""The alert steps: queue lead-time alerts, deliver what is queued."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.alerts.outbox import Notifier, SendReport, queue_lead_time_alerts, send_alerts
from deadlines.jobs.clock import as_utc


def plan_alerts(
    engine: Engine, *, now: datetime, lead_times: Sequence[timedelta], alert_tag: str = "all"
) -> int:
    """Queue lead-time alerts for deadlines that came within reach. Returns how many."""
    with Session(engine) as session, session.begin():
        return queue_lead_time_alerts(
            session, now=as_utc(now), lead_times=lead_times, tag=alert_tag
        )


def send(
    engine: Engine, notifier: Notifier, *, now: datetime, limit: int | None = None
) -> SendReport:
    """Deliver the queued alerts that are due."""
    with Session(engine) as session:
        return send_alerts(session, notifier, now=as_utc(now), limit=limit)
