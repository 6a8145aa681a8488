"""Claims on the outbox: which dispatcher holds which alert, for how long, and outcomes.

One statement moves a batch of due alerts to ``sending`` with the dispatcher's token and a
lease. On PostgreSQL the batch is picked with ``FOR UPDATE SKIP LOCKED`` inside a
materialized CTE (two dispatchers never pick the same row, never wait on each other, and
the locking SELECT runs exactly once); on SQLite the single UPDATE is atomic under the
database's write lock. An outcome is one UPDATE that only applies while the dispatcher
still holds the alert.
"""

from __future__ import annotations

import functools
import logging
import os
import socket
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from deadlines.store.models import Alert

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claimed:
    id: int
    key: str
    commitment_id: int
    reason: str
    route: str
    digest: bool
    tag: str
    title: str
    body: str
    attempts: int
    delivered_to: tuple[str, ...] = field(default=())


def dispatcher_token() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def wall_clock() -> datetime:
    return datetime.now(UTC)


def _due(now: datetime, wall: datetime) -> Any:
    return or_(
        and_(Alert.state.in_(("queued", "failed")), Alert.next_attempt_at <= now),
        and_(Alert.state == "sending", Alert.lease_until < wall),
    )


def connection_for(bind: Session | Engine | Connection) -> tuple[Connection, bool]:
    """A connection of our own for the whole run: no pool checkout per alert, and
    autocommit, so that each claim and each outcome is one statement and one round trip
    (each is a single atomic statement)."""
    if isinstance(bind, Connection):
        return bind, False
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    if isinstance(engine, Connection):
        return engine, False
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT"), True


@contextmanager
def dispatcher_connection(bind: Session | Engine | Connection) -> Iterator[Connection]:
    """A dispatcher's connection for a whole run (see :func:`connection_for`). On PostgreSQL
    its commits do not wait for the disk flush (``synchronous_commit off``) until the run
    ends: a killed dispatcher's commits are kept by the server, and only a crash of the
    server itself could forget the last ones, which means a resend, never a loss."""
    conn, own = connection_for(bind)
    postgres = conn.dialect.name == "postgresql"
    try:
        if postgres:
            with conn.begin():
                conn.exec_driver_sql("SET synchronous_commit TO OFF")
        yield conn
    finally:
        if postgres and not conn.closed:
            try:
                conn.rollback()
                with conn.begin():
                    conn.exec_driver_sql("RESET synchronous_commit")
            except Exception:  # the connection broke: it is dropped, nothing to reset
                log.debug("could not reset the dispatcher's connection", exc_info=True)
        if own:
            conn.close()


def claim(
    bind: Session | Engine | Connection,
    *,
    now: datetime,
    wall: datetime,
    token: str,
    lease: timedelta,
    size: int,
) -> list[Claimed]:
    """Take up to ``size`` due alerts for this dispatcher (committed before returning)."""
    conn, own = connection_for(bind)
    try:
        return claim_on(conn, now=now, wall=wall, token=token, lease=lease, size=size)
    finally:
        if own:
            conn.close()


def claim_on(
    conn: Connection, *, now: datetime, wall: datetime, token: str, lease: timedelta, size: int
) -> list[Claimed]:
    candidates = select(Alert.id).where(_due(now, wall)).order_by(Alert.id).limit(size)
    if conn.dialect.name == "postgresql":
        # A materialized CTE runs the locking SELECT exactly once; as a plain IN
        # subquery the planner may run it again and take more than ``size`` rows.
        picked = (
            candidates.with_for_update(skip_locked=True).cte("picked").prefix_with("MATERIALIZED")
        )
        chosen: Any = Alert.id.in_(select(picked.c.id))
    else:
        chosen = Alert.id.in_(candidates.scalar_subquery())
    statement = (
        update(Alert)
        .where(chosen)
        .where(_due(now, wall))
        .values(
            state="sending",
            claimed_by=token,
            lease_until=wall + lease,
        )
        .returning(
            Alert.id,
            Alert.key,
            Alert.commitment_id,
            Alert.reason,
            Alert.route,
            Alert.digest,
            Alert.tag,
            Alert.title,
            Alert.body,
            Alert.attempts,
            Alert.delivered_to,
        )
    )
    with conn.begin():
        rows = conn.execute(statement).all()
    claimed = []
    for row in rows:
        values = row._asdict()
        values["digest"] = bool(values["digest"])
        values["delivered_to"] = tuple(values["delivered_to"] or ())
        claimed.append(Claimed(**values))
    return sorted(claimed, key=lambda alert: alert.id)


@functools.cache
def _finish_statement(columns: tuple[str, ...], attempted: bool) -> Any:
    """``UPDATE alerts SET <columns> ... WHERE held by us``, built once per column set.

    ``attempted`` counts a send attempt; alerts a dead dispatcher claimed but never reached
    are not charged one, so however often dispatchers die, no alert runs out of attempts
    without being tried."""
    table = Alert.__table__
    values: dict[str, Any] = {
        name: bindparam(f"v_{name}", type_=table.c[name].type) for name in columns
    }
    values.update(claimed_by=None, lease_until=None)
    if attempted:
        values["attempts"] = Alert.attempts + 1
    return (
        update(Alert)
        .where(
            Alert.id.in_(bindparam("ids", expanding=True)),
            Alert.claimed_by == bindparam("token"),
            Alert.state == "sending",
        )
        .values(values)
    )


def record(
    conn: Connection,
    alerts: Sequence[Claimed],
    token: str,
    values: dict[str, Any],
    *,
    attempted: bool = True,
) -> int:
    """Write an outcome for alerts this dispatcher still holds: one statement, one commit."""
    extra = dict(values)
    if "delivered_to" in extra:
        merged = set(extra["delivered_to"]).union(*(alert.delivered_to for alert in alerts))
        extra["delivered_to"] = sorted(merged)
    columns = tuple(sorted(extra))
    parameters = {f"v_{name}": extra[name] for name in columns}
    parameters.update(ids=[alert.id for alert in alerts], token=token)
    with conn.begin():
        result = conn.execute(_finish_statement(columns, attempted), parameters)
        done = int(result.rowcount or 0)
    if done < len(alerts):
        log.warning(
            "%d alerts were taken over by another dispatcher before their outcome was "
            "recorded (their lease ran out); raise the lease if sends are this slow",
            len(alerts) - done,
        )
    return done


def renew(conn: Connection, token: str, wall: datetime, lease: timedelta) -> datetime:
    with conn.begin():
        conn.execute(
            update(Alert)
            .where(Alert.claimed_by == token, Alert.state == "sending")
            .values(lease_until=wall + lease)
        )
    return wall + lease


def held_elsewhere(conn: Connection, token: str, wall: datetime) -> tuple[int, datetime | None]:
    """Alerts another dispatcher holds under a lease still running at ``wall``: how many,
    and when the last of those leases runs out (then the next run takes them over)."""
    query = select(func.count(Alert.id), func.max(Alert.lease_until)).where(
        Alert.state == "sending", Alert.lease_until >= wall, Alert.claimed_by != token
    )
    with conn.begin():
        count, until = conn.execute(query).one()
    return int(count or 0), until
