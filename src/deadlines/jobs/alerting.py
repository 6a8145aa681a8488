"""The alert steps: queue reminders (lead times, overdue), deliver what is queued."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.alerts.dispatch import (
    BATCH,
    LEASE,
    OPS_TAG,
    Notifier,
    RetryPolicy,
    SendReport,
    send_alerts,
)
from deadlines.alerts.outbox import queue_lead_time_alerts, queue_overdue_alerts
from deadlines.alerts.routes import load_routes
from deadlines.model import aware_utc


def plan_alerts(
    engine: Engine,
    *,
    now: datetime,
    lead_times: Sequence[timedelta],
    alert_tag: str = "all",
    overdue: bool = True,
) -> int:
    """Queue lead-time alerts for deadlines that came within reach of a route's lead time,
    and (with ``overdue``) a notice for each date that passed with no report. Returns how
    many alerts were queued."""
    now = aware_utc(now)
    with Session(engine) as session, session.begin():
        routes = load_routes(session, default_tag=alert_tag, default_lead_times=lead_times)
        queued = queue_lead_time_alerts(
            session, now=now, lead_times=lead_times, tag=alert_tag, routes=routes
        )
        if overdue:
            queued += queue_overdue_alerts(session, now=now, tag=alert_tag, routes=routes)
        return queued


def send(
    engine: Engine,
    notifier: Notifier,
    *,
    now: datetime,
    limit: int | None = None,
    lease: timedelta = LEASE,
    batch: int = BATCH,
    retry: RetryPolicy | None = None,
    ops_tag: str | None = OPS_TAG,
    clock: Callable[[], datetime] | None = None,
) -> SendReport:
    """Deliver the queued alerts that are due; safe to run in several processes at once."""
    with Session(engine) as session:
        return send_alerts(
            session,
            notifier,
            now=aware_utc(now),
            limit=limit,
            lease=lease,
            batch=batch,
            retry=retry,
            ops_tag=ops_tag,
            clock=clock or (lambda: datetime.now(UTC)),
        )
