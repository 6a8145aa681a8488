"""The alert outbox: queue one alert per commitment, reason and version; deliver what is due.

A key per alert makes queueing idempotent: running a step twice queues nothing new, and an
alert once sent is never sent again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deadlines.alerts.delivery import DeliveryResult
from deadlines.alerts.messages import CommitmentView, compose
from deadlines.store.commitments import ChangeEvent, due_between
from deadlines.store.models import Alert, Article, Commitment
from deadlines.store.sql import insert_ignoring_duplicates, table_of

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Statuses a person needs to hear about when first seen; past events are not alerted.
QUIET_STATUSES = ("occurred",)


class Notifier(Protocol):
    def send(self, title: str, body: str, tag: str) -> DeliveryResult: ...


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    dead: int


def _view(session: Session, row: Commitment) -> CommitmentView:
    url = session.scalar(select(Article.url).where(Article.id == row.article_id))
    return CommitmentView(
        what=row.what,
        due_on=row.due_on,
        status=row.status,
        previous_due_on=row.previous_due_on,
        actors=tuple(row.actors),
        evidence=row.evidence,
        source_url=url,
        confidence=row.confidence,
    )


def _queue(
    session: Session,
    row: Commitment,
    key: str,
    reason: str,
    *,
    now: datetime,
    tag: str,
    detail: str | None = None,
) -> int:
    message = compose(_view(session, row), reason, now.date(), detail)
    values = {
        "key": key,
        "commitment_id": row.id,
        "reason": reason,
        "tag": tag,
        "title": message.title,
        "body": message.body,
        "state": "queued",
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
    }
    return insert_ignoring_duplicates(session, table_of(Alert), [values], keys=("key",))


def queue_change_alerts(
    session: Session, events: Iterable[ChangeEvent], *, now: datetime, tag: str = "all"
) -> int:
    """An alert for each new or changed commitment, unless it is a past event or already due."""
    queued = 0
    for event in events:
        row = session.get(Commitment, event.commitment_id)
        if row is None:
            continue
        if event.reason == "new" and (
            row.status in QUIET_STATUSES or (row.due_on is not None and row.due_on < now.date())
        ):
            continue
        key = f"c{row.id}:v{event.version}:{event.reason}"
        queued += _queue(session, row, key, event.reason, now=now, tag=tag)
    return queued


def queue_lead_time_alerts(
    session: Session, *, now: datetime, lead_times: Sequence[timedelta], tag: str = "all"
) -> int:
    """For each open commitment inside a lead time, one alert for the shortest lead reached."""
    if not lead_times:
        return 0
    today = now.date()
    horizon = (now + max(lead_times)).date()
    queued = 0
    for row in due_between(session, today, horizon):
        assert row.due_on is not None
        due_at = datetime.combine(row.due_on, datetime.min.time(), tzinfo=now.tzinfo)
        reached = [lead for lead in lead_times if due_at - lead <= now]
        if not reached:
            continue
        lead = min(reached)
        label = _lead_label(lead)
        key = f"c{row.id}:lead:{label}:{row.due_on.isoformat()}"
        queued += _queue(session, row, key, "lead_time", now=now, tag=tag, detail=label)
    return queued


def _lead_label(lead: timedelta) -> str:
    if lead % timedelta(days=1) == timedelta(0):
        return f"{lead.days}d"
    return f"{int(lead.total_seconds() // 3600)}h"


def deliverable(session: Session, *, now: datetime, limit: int | None = None) -> list[Alert]:
    query = (
        select(Alert)
        .where(or_(Alert.state == "queued", Alert.state == "failed"))
        .where(Alert.next_attempt_at <= now)
        .order_by(Alert.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def send_alerts(
    session: Session, notifier: Notifier, *, now: datetime, limit: int | None = None
) -> SendReport:
    """Deliver queued alerts; a failure is retried later with backoff, then marked dead."""
    sent = failed = dead = 0
    for alert in deliverable(session, now=now, limit=limit):
        try:
            result = notifier.send(alert.title, alert.body, alert.tag)
        except Exception as exc:  # a channel's own failure must not lose the alert
            result = DeliveryResult(False, f"{type(exc).__name__}: {exc}")
        alert.attempts += 1
        if result.ok:
            alert.state, alert.sent_at, alert.last_error = "sent", now, None
            sent += 1
        elif alert.attempts >= MAX_ATTEMPTS:
            alert.state, alert.last_error = "dead", result.detail
            dead += 1
            log.error(
                "alert %s gave up after %d attempts: %s", alert.key, alert.attempts, result.detail
            )
        else:
            alert.state, alert.last_error = "failed", result.detail
            alert.next_attempt_at = now + timedelta(minutes=2**alert.attempts)
            failed += 1
        session.commit()
    return SendReport(sent=sent, failed=failed, dead=dead)


def recent_alerts(session: Session, limit: int = 50) -> list[Alert]:
    return list(session.scalars(select(Alert).order_by(Alert.id.desc()).limit(limit)))
