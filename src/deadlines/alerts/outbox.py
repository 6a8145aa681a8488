"""The alert outbox, queueing side: one alert per commitment, reason, version and route.

The key of an alert (unique in the table) names all four, so running a step twice queues
nothing new. Delivery is in alerts/dispatch.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from deadlines.alerts.dispatch import MAX_ATTEMPTS, Notifier, SendReport, send_alerts
from deadlines.alerts.messages import CommitmentView, compose
from deadlines.alerts.routes import Route, RouteTable, facts_of, load_routes
from deadlines.model import Status, same_plan
from deadlines.store import outbox as stored
from deadlines.store.controls import Controls, load_controls
from deadlines.store.due import DueCommitment, due_between
from deadlines.store.outbox import Commitment
from deadlines.store.rules import ChangeEvent

log = logging.getLogger(__name__)

__all__ = [
    "MAX_ATTEMPTS",
    "Notifier",
    "SendReport",
    "queue_change_alerts",
    "queue_lead_time_alerts",
    "queue_overdue_alerts",
    "send_alerts",
]

# A commitment as the planner reads it: a mapped row, or a record from the due scan.
Planned = Commitment | DueCommitment

# How far back a passed due date still earns an "overdue" notice (older ones stay quiet).
OVERDUE_WINDOW = timedelta(days=7)


def _view(session: Session, row: Planned, version: int | None = None) -> CommitmentView:
    url = stored.article_url(session, row.article_id)
    previous_status = None
    if version is not None and version > 1:
        previous_status = stored.status_before(session, row.id, version)
    return CommitmentView(
        what=row.what,
        due_on=row.due_on,
        status=row.status,
        previous_due_on=row.previous_due_on,
        actors=tuple(row.actors),
        evidence=row.evidence,
        source_url=url,
        confidence=row.confidence,
        previous_status=previous_status,
        dissent=tuple(
            (date.fromisoformat(d["due"]), int(d["votes"]))
            for d in getattr(row, "dissent", None) or []
        ),
    )


def _queue(
    session: Session,
    row: Planned,
    key: str,
    reason: str,
    route: Route,
    *,
    now: datetime,
    version: int | None = None,
    detail: str | None = None,
) -> int:
    message = compose(_view(session, row, version), reason, now.date(), detail)
    values = {
        "key": key,
        "commitment_id": row.id,
        "reason": reason,
        "version": version,
        "route": route.name,
        "digest": route.digest,
        "tag": route.tag,
        "title": message.title,
        "body": message.body,
        "state": "queued",
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
        "delivered_to": [],
    }
    return stored.insert_alert(session, values)


def queue_change_alerts(
    session: Session,
    events: Iterable[ChangeEvent],
    *,
    now: datetime,
    tag: str = "all",
    routes: RouteTable | None = None,
    disputes: bool = True,
) -> int:
    """An alert per route for each new, changed or (with ``disputes``) newly disputed
    commitment, unless it is a past event, already due when first seen, or silenced.

    Alerts are about net change: while an alert of a commitment is queued and not yet sent,
    a later change updates it instead of queueing another, and withdraws it when the
    commitment came back to what it was before (A -> B -> A sends nothing). A commitment
    gets one "disputed" notice per route at most."""
    events = [e for e in events if disputes or e.reason != "disputed"]
    if not events:
        return 0
    table = routes or load_routes(session, default_tag=tag)
    controls = load_controls(session, (event.commitment_id for event in events))
    queued = 0
    for event in events:
        row = stored.commitment(session, event.commitment_id)
        if row is None or controls.silenced(row.id, now):
            continue
        if event.reason == "new" and (
            Status(row.status).is_quiet or (row.due_on is not None and row.due_on < now.date())
        ):
            continue
        for route in table.for_facts(facts_of(session, row)):
            if event.reason == "changed" and _folded(session, row, route, event, now):
                continue
            if event.before and same_plan(event.before, (row.due_on, str(row.status))):
                continue  # the batch left it saying what it said
            version = f"v{event.version}:" if event.reason != "disputed" else ""
            key = f"c{row.id}:{version}{event.reason}:{route.name}"
            queued += _queue(session, row, key, event.reason, route, now=now, version=event.version)
    return queued


def _folded(
    session: Session, row: Planned, route: Route, event: ChangeEvent, now: datetime
) -> bool:
    """Fold a change into an alert of the commitment still waiting to be sent: refresh it,
    or withdraw it when the commitment is back where that alert found it. True if folded."""
    pending = stored.pending_alerts(session, row.id, route.name, ("new", "changed"))
    if not pending:
        return False
    for alert in pending:
        version = alert.version or 1
        before = (
            stored.state_before(session, row.id, version) if alert.reason == "changed" else None
        )
        if before is not None and same_plan(before, (row.due_on, str(row.status))):
            stored.drop_alert(session, alert)
            continue
        message = compose(_view(session, row, version), alert.reason, now.date())
        stored.refresh_alert(session, alert, {"title": message.title, "body": message.body})
    return True


def lead_label(lead: timedelta) -> str:
    if lead % timedelta(days=1) == timedelta(0):
        return f"{lead.days}d"
    if lead % timedelta(hours=1) == timedelta(0):
        return f"{int(lead.total_seconds() // 3600)}h"
    return f"{int(lead.total_seconds() // 60)}m"


def queue_lead_time_alerts(
    session: Session,
    *,
    now: datetime,
    lead_times: Sequence[timedelta],
    tag: str = "all",
    routes: RouteTable | None = None,
) -> int:
    """For each open commitment inside a route's lead time, one alert for the shortest lead
    reached; acknowledged (for this date) and silenced commitments are skipped."""
    table = routes or load_routes(session, default_tag=tag, default_lead_times=lead_times)
    longest = max((lead for route in table.all() for lead in route.lead_times), default=None)
    if longest is None:
        return 0
    rows = due_between(session, now.date(), (now + longest).date())
    controls = load_controls(session, (row.id for row in rows))
    queued = 0
    for row in rows:
        assert row.due_on is not None
        if controls.holds(row.id, "lead_time", row.due_on, now):
            continue
        due_at = datetime.combine(row.due_on, datetime.min.time(), tzinfo=now.tzinfo)
        for route in table.for_facts(facts_of(session, row)):
            reached = [lead for lead in route.lead_times if due_at - lead <= now]
            if not reached:
                continue
            label = lead_label(min(reached))
            key = f"c{row.id}:lead:{label}:{row.due_on.isoformat()}:{route.name}"
            queued += _queue(
                session, row, key, "lead_time", route, now=now, version=row.version, detail=label
            )
    return queued


def queue_overdue_alerts(
    session: Session,
    *,
    now: datetime,
    tag: str = "all",
    routes: RouteTable | None = None,
    window: timedelta = OVERDUE_WINDOW,
) -> int:
    """One alert per route for each open commitment whose date passed (in the last
    ``window``) with no article saying it happened, was cancelled or moved."""
    table = routes or load_routes(session, default_tag=tag)
    rows = stored.overdue(session, now.date(), window)
    controls: Controls = load_controls(session, (row.id for row in rows))
    queued = 0
    for row in rows:
        assert row.due_on is not None
        if controls.holds(row.id, "overdue", row.due_on, now):
            continue
        for route in table.for_facts(facts_of(session, row)):
            key = f"c{row.id}:overdue:{row.due_on.isoformat()}:{route.name}"
            queued += _queue(session, row, key, "overdue", route, now=now, version=row.version)
    return queued
