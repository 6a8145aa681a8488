"""The alert outbox, delivery side: claim due alerts, send them, record what happened.

Claiming (alerts/claims.py) is safe for several dispatchers at once. One statement moves a
batch of due alerts to ``sending`` with this dispatcher's token and a lease; on PostgreSQL
the batch is chosen with ``FOR UPDATE SKIP LOCKED`` (two dispatchers never pick the same
row and never wait on each other); on SQLite the single UPDATE is atomic under the
database's write lock.

Each alert's outcome is committed right after its send, so a dispatcher killed between
sending and recording leaves exactly one alert in ``sending``: once its lease has run out
another dispatcher takes it over and sends it again (a possible repeat, which its key lets
a receiver drop). The alerts it had claimed but not reached are taken over too, never lost.

Retries belong to the outbox, not to apprise: a refused send is retried after an
exponential backoff, and after the last attempt the alert is ``dead`` and ops are told.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from deadlines.alerts.messages import digest, with_key
from deadlines.alerts.secrets import mask_text
from deadlines.store.claims import (
    Claimed,
    claim,
    claim_on,
    dispatcher_connection,
    dispatcher_token,
    held_elsewhere,
    record,
    renew,
    wall_clock,
)
from deadlines.store.controls import due_dates, load_controls

log = logging.getLogger(__name__)

__all__ = [
    "DeliveryResult",
    "MAX_ATTEMPTS",
    "Notifier",
    "RetryPolicy",
    "SendReport",
    "claim",
    "dispatcher_token",
    "send_alerts",
]

MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=2)
BATCH = 50
OPS_TAG = "ops"


@dataclass(frozen=True)
class DeliveryResult:
    """What a notifier says of one alert; apprise's notifier is in ``alerts.delivery``."""

    ok: bool
    detail: str
    delivered: tuple[str, ...] = field(default=())  # fingerprints of targets that took it


class Notifier(Protocol):
    def deliver(
        self, title: str, body: str, *, tag: str, key: str, skip: frozenset[str] = ...
    ) -> DeliveryResult: ...


@dataclass(frozen=True)
class RetryPolicy:
    """Wait ``first`` after the first refusal, doubling up to ``longest``; give up after
    ``attempts`` tries in all. Only a send with a recorded outcome counts as a try: an
    alert whose dispatcher died is tried again, however often that happens."""

    first: timedelta = timedelta(minutes=1)
    longest: timedelta = timedelta(hours=1)
    attempts: int = MAX_ATTEMPTS

    def delay(self, attempts: int) -> timedelta:
        return min(self.first * 2 ** max(attempts - 1, 0), self.longest)


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    dead: int
    held: int = 0  # dropped: silenced, acknowledged, dismissed or merged
    # Alerts another dispatcher holds (a run still going, or one that stopped) and when the
    # last of their leases runs out: not sent by this run, taken over after that if need be.
    leased: int = 0
    leased_until: datetime | None = None

    def lease_note(self) -> str:
        """Why alerts were left alone, in words ('' when none were)."""
        if not self.leased or self.leased_until is None:
            return ""
        until = self.leased_until.astimezone(UTC).isoformat(timespec="seconds")
        return (
            f"{self.leased} alerts are held by another dispatcher's claim until {until} at "
            "the latest (a run still going, or one that stopped): they are taken over once "
            "that lease runs out"
        )

    @property
    def run_failed(self) -> bool:
        """The run failed: alerts were given up on, or none of the due ones got through.
        Refused sends alone are not a failure while others go out: the outbox retries them
        with backoff."""
        return bool(self.dead or (self.failed and not self.sent))


@dataclass
class _Counts:
    sent: int = 0
    failed: int = 0
    dead: int = 0
    held: int = 0


def _groups(alerts: Sequence[Claimed]) -> list[list[Claimed]]:
    """Alerts one by one, except those of digest routes: one group per route and tag."""
    single: list[list[Claimed]] = []
    grouped: dict[tuple[str, str], list[Claimed]] = {}
    for alert in alerts:
        if alert.digest:
            grouped.setdefault((alert.route, alert.tag), []).append(alert)
        else:
            single.append([alert])
    return single + list(grouped.values())


def _message(group: Sequence[Claimed]) -> tuple[str, str, str]:
    """(title, body, key) of what goes out for a group."""
    if len(group) == 1 and not group[0].digest:
        alert = group[0]
        return alert.title, with_key(alert.body, alert.key), alert.key
    keys = sorted(alert.key for alert in group)
    key = f"digest:{group[0].route}:{hashlib.sha256('|'.join(keys).encode()).hexdigest()[:16]}"
    message = digest(group[0].route, [(a.key, a.title, a.body) for a in group])
    return message.title, with_key(message.body, key), key


def send_alerts(
    bind: Session | Engine | Connection,
    notifier: Notifier,
    *,
    now: datetime,
    limit: int | None = None,
    clock: Callable[[], datetime] = wall_clock,
    lease: timedelta = LEASE,
    batch: int = BATCH,
    retry: RetryPolicy | None = None,
    ops_tag: str | None = OPS_TAG,
    token: str | None = None,
) -> SendReport:
    """Deliver the due alerts: claim a batch, send, record each outcome, until none is due.

    ``now`` decides what is due and when a retry comes; ``clock`` (the real time by
    default) measures leases, which are about this process being alive. The run holds one
    connection of its own; on PostgreSQL its commits do not wait for the disk flush
    (``synchronous_commit off``): a killed dispatcher's commits are kept by the server, and
    only a crash of the database server itself could forget the last ones, which means a
    resend, never a loss.
    """
    policy = retry or RetryPolicy()
    token = token or dispatcher_token()
    counts = _Counts()
    handled = 0
    with dispatcher_connection(bind) as conn:
        while limit is None or handled < limit:
            size = batch if limit is None else min(batch, limit - handled)
            claimed = claim_on(conn, now=now, wall=clock(), token=token, lease=lease, size=size)
            if not claimed:
                break
            handled += len(claimed)
            lease_until = clock() + lease
            claimed = _drop_held(conn, claimed, token, now, counts)
            for group in _groups(claimed):
                if clock() > lease_until - lease / 2:
                    lease_until = renew(conn, token, clock(), lease)
                _send_group(conn, notifier, group, token, now, policy, ops_tag, counts)
        leased, leased_until = held_elsewhere(conn, token, clock())
    return SendReport(
        sent=counts.sent,
        failed=counts.failed,
        dead=counts.dead,
        held=counts.held,
        leased=leased,
        leased_until=leased_until,
    )


def _drop_held(
    conn: Connection, claimed: list[Claimed], token: str, now: datetime, counts: _Counts
) -> list[Claimed]:
    """Mark the alerts of silenced, acknowledged, dismissed or merged commitments as
    ``silenced`` (the reason in ``last_error``); return the ones to send."""
    ids = {alert.commitment_id for alert in claimed}
    with conn.begin():
        controls = load_controls(conn, ids)
        if not controls:
            return claimed
        due = due_dates(conn, ids)
    keep = []
    for alert in claimed:
        why = controls.holds(alert.commitment_id, alert.reason, due.get(alert.commitment_id), now)
        if why:
            record(conn, [alert], token, {"state": "silenced", "last_error": why}, attempted=False)
            counts.held += 1
        else:
            keep.append(alert)
    return keep


def _send_group(
    conn: Connection,
    notifier: Notifier,
    group: Sequence[Claimed],
    token: str,
    now: datetime,
    policy: RetryPolicy,
    ops_tag: str | None,
    counts: _Counts,
) -> None:
    title, body, key = _message(group)
    attempts = max(alert.attempts for alert in group) + 1  # this one included
    skip = frozenset.intersection(*(frozenset(a.delivered_to) for a in group))
    try:
        result = notifier.deliver(title, body, tag=group[0].tag, key=key, skip=skip)
    except Exception as exc:  # a channel's own failure must not lose the alert
        result = DeliveryResult(False, f"{type(exc).__name__}: {exc}")
    detail = mask_text(result.detail)
    if result.ok:
        record(
            conn,
            group,
            token,
            {"state": "sent", "sent_at": now, "last_error": None, "delivered_to": result.delivered},
        )
        counts.sent += len(group)
        return
    if attempts >= policy.attempts:
        record(
            conn,
            group,
            token,
            {"state": "dead", "last_error": detail, "delivered_to": result.delivered},
        )
        counts.dead += len(group)
        log.error("alert %s gave up after %d attempts: %s", key, attempts, detail)
        _tell_ops(notifier, ops_tag, key, title, attempts, detail)
        return
    record(
        conn,
        group,
        token,
        {
            "state": "failed",
            "last_error": detail,
            "next_attempt_at": now + policy.delay(attempts),
            "delivered_to": result.delivered,
        },
    )
    counts.failed += len(group)
    log.warning("alert %s not delivered (attempt %d): %s", key, attempts, detail)


def _tell_ops(
    notifier: Notifier, ops_tag: str | None, key: str, title: str, attempts: int, detail: str
) -> None:
    if not ops_tag:
        return
    body = (
        f"The alert {key!r} ({title}) could not be delivered after {attempts} attempts and "
        f"was given up.\nLast error: {detail}\n"
        f"Inspect it with `deadlines outbox --state dead`."
    )
    try:
        result = notifier.deliver(
            f"deadlines gave up on an alert: {title}", body, tag=ops_tag, key=f"dead:{key}"
        )
    except Exception as exc:  # telling ops is best effort; the row already says dead
        log.error("could not tell ops about the dead alert %s: %s", key, mask_text(str(exc)))
        return
    if not result.ok:
        log.error("could not tell ops about the dead alert %s: %s", key, result.detail)
