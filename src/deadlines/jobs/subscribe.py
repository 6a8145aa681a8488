"""Keep WebSub subscriptions in line with the feeds: subscribe, renew, unsubscribe.

A feed whose poll found a hub is subscribed to with a fresh secret and the callback
``<callback base>/<subscription id>``; an active subscription is renewed (same secret)
before its lease ends; a subscription of a feed that is disabled or gone is ended. The
hub confirms each request later at the callback (``jobs.websub.verify_intent``). A hub
that fails is retried at the next run; the feed is polled meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.errors import ConfigError, FeedError
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.websub import Hub, ask_hub, new_secret
from deadlines.model import SubscriptionState as State
from deadlines.model import aware_utc
from deadlines.settings import Settings
from deadlines.store.websub import Subscription, mark_requested, subscription, subscriptions

log = logging.getLogger(__name__)
DEFAULT_LEASE = timedelta(days=10)
# Renewed this long before the lease ends, or a fifth of the lease when that is shorter.
RENEW_BEFORE = timedelta(days=1)
# A request the hub has not verified after this long is sent again.
UNVERIFIED_RETRY = timedelta(hours=1)


@dataclass(frozen=True)
class SubscriptionReport:
    subscribed: list[str] = field(default_factory=list)
    renewed: list[str] = field(default_factory=list)
    unsubscribed: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Step:
    subscription_id: int
    feed: str
    hub: Hub
    mode: str  # subscribe or unsubscribe
    secret: str | None
    kind: str  # subscribed, renewed or unsubscribed


def maintain_subscriptions(
    engine: Engine,
    feeds: Sequence[FeedConfig],
    *,
    callback: str,
    now: datetime,
    client: httpx.Client,
    lease: timedelta = DEFAULT_LEASE,
    timeout: float = 20.0,
) -> SubscriptionReport:
    """Send the hubs the requests the feeds call for; ``callback`` is the public base URL
    of the callback (the subscription's id is appended)."""
    now = aware_utc(now)
    enabled = {feed.name for feed in feeds if feed.enabled}
    with Session(engine) as session:
        steps = [
            step
            for found, name in subscriptions(session)
            if (step := _step_for(found, name, enabled=name in enabled, now=now))
        ]
    report = SubscriptionReport()
    for step in steps:
        try:
            ask_hub(
                client,
                step.hub,
                mode=step.mode,
                callback=f"{callback.rstrip('/')}/{step.subscription_id}",
                secret=step.secret,
                lease_seconds=int(lease.total_seconds()) if step.mode == "subscribe" else None,
                timeout=timeout,
            )
        except FeedError as exc:
            report.errors[step.feed] = str(exc)
            log.warning("websub: %s: %s", step.feed, exc)
            _record(engine, step, now=now, error=str(exc))
            continue
        _record(engine, step, now=now)
        getattr(report, step.kind).append(step.feed)
    return report


def _step_for(found: Subscription, name: str, *, enabled: bool, now: datetime) -> _Step | None:
    """What this subscription needs now, if anything. A hub that failed is asked again
    after ``UNVERIFIED_RETRY``."""
    hub = Hub(found.hub, found.topic)
    state, stale = found.state, _stale(found.requested_at, now)
    if not enabled:
        if state in (State.ACTIVE, State.SUBSCRIBING) or (state == State.UNSUBSCRIBING and stale):
            return _Step(found.id, name, hub, "unsubscribe", None, "unsubscribed")
        return None
    if state == State.DISCOVERED and found.last_error and not stale:
        return None
    if state in (State.DISCOVERED, State.UNSUBSCRIBED, State.UNSUBSCRIBING) or (
        state == State.SUBSCRIBING and stale
    ):
        return _Step(found.id, name, hub, "subscribe", new_secret(), "subscribed")
    if state == State.ACTIVE and found.expires_at is not None:
        lease = timedelta(seconds=found.lease_seconds or 0)
        margin = min(RENEW_BEFORE, lease / 5)
        renewing = found.pending == "subscribe" and not stale
        if now >= found.expires_at - margin and not renewing:
            return _Step(found.id, name, hub, "subscribe", found.secret, "renewed")
    return None


def _stale(requested_at: datetime | None, now: datetime) -> bool:
    return requested_at is None or now - requested_at >= UNVERIFIED_RETRY


def _record(engine: Engine, step: _Step, *, now: datetime, error: str | None = None) -> None:
    with Session(engine) as session, session.begin():
        found = subscription(session, step.subscription_id)
        if found is None:
            return
        if error is not None:
            found.last_error = error[:1000]
            found.requested_at = now
            return
        mark_requested(found, mode=step.mode, at=now, secret=step.secret)


def maintain_as_set(engine: Engine, settings: Settings, *, now: datetime) -> SubscriptionReport:
    """:func:`maintain_subscriptions` for the feeds file, callback, lease and limits the
    settings give (what the Airflow task and ``deadlines websub`` both run)."""
    from deadlines.feeds.config import load_feeds
    from deadlines.feeds.transport import make_client

    if not settings.websub_callback:
        raise ConfigError("set DEADLINES_WEBSUB_CALLBACK to the callback's public base URL")
    with make_client(settings.user_agent, allow=settings.allow_private_addresses) as client:
        return maintain_subscriptions(
            engine,
            load_feeds(settings.feeds_path),
            callback=settings.websub_callback,
            now=now,
            client=client,
            lease=settings.websub_lease,
            timeout=settings.fetch_timeout,
        )
