"""WebSub subscriptions as the store keeps them: one per feed, with its state and lease."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deadlines.model import SubscriptionState as State
from deadlines.store.models import Article, Feed, Subscription

__all__ = [
    "Subscription",
    "active_feed_names",
    "feed_for_pushes",
    "mark_denied",
    "mark_refused",
    "mark_requested",
    "mark_verified",
    "note_hub",
    "subscription",
    "subscriptions",
    "waiting_pushed",
]


def note_hub(session: Session, feed_id: int, *, hub: str, topic: str) -> Subscription:
    """Remember the hub a feed names; a new hub or topic is subscribed to afresh."""
    found = session.scalar(select(Subscription).where(Subscription.feed_id == feed_id))
    if found is None:
        found = Subscription(
            feed_id=feed_id, hub=hub, topic=topic, state=State.DISCOVERED, refused_pushes=0
        )
        session.add(found)
        session.flush()
    elif (found.hub, found.topic) != (hub, topic):
        found.hub, found.topic = hub, topic
        found.state, found.pending, found.expires_at = State.DISCOVERED, None, None
    return found


def subscription(session: Session, subscription_id: int) -> Subscription | None:
    return session.get(Subscription, subscription_id)


def subscriptions(session: Session) -> list[tuple[Subscription, str]]:
    """Every subscription with its feed's name, in the order they were made."""
    rows = session.execute(
        select(Subscription, Feed.name)
        .join(Feed, Feed.id == Subscription.feed_id)
        .order_by(Subscription.id)
    )
    return [(row[0], row[1]) for row in rows]


def active_feed_names(session: Session, *, now: datetime) -> set[str]:
    """Feeds whose hub pushes to us now: an active subscription whose lease has not run out
    (one the hub would not renew pushes no more)."""
    query = (
        select(Feed.name)
        .join(Subscription, Subscription.feed_id == Feed.id)
        .where(
            Subscription.state == State.ACTIVE,
            or_(Subscription.expires_at.is_(None), Subscription.expires_at > now),
        )
    )
    return set(session.scalars(query))


def mark_requested(
    found: Subscription, *, mode: str, at: datetime, secret: str | None = None
) -> None:
    """The hub accepted a (un)subscription request; it will verify it at the callback."""
    found.pending = mode
    found.requested_at = at
    found.last_error = None
    if secret is not None:
        found.secret = secret
    if mode == "subscribe" and found.state != State.ACTIVE:
        found.state = State.SUBSCRIBING
    elif mode == "unsubscribe":
        found.state = State.UNSUBSCRIBING


def mark_verified(
    found: Subscription, *, mode: str, at: datetime, lease_seconds: int | None
) -> None:
    """The hub verified the pending request: the subscription is active, or ended."""
    found.pending = None
    found.verified_at = at
    if mode == "subscribe":
        found.state = State.ACTIVE
        found.lease_seconds = lease_seconds
        found.expires_at = at + timedelta(seconds=lease_seconds) if lease_seconds else None
    else:
        found.state = State.UNSUBSCRIBED
        found.expires_at = None
        found.secret = None


def mark_denied(found: Subscription, *, reason: str, at: datetime) -> None:
    found.state, found.pending, found.expires_at = State.DENIED, None, None
    found.verified_at = at
    found.last_error = f"the hub refused the subscription: {reason}"[:1000]


def mark_refused(found: Subscription, *, reason: str) -> None:
    """A push that was not stored (unsigned, badly signed, unreadable)."""
    found.refused_pushes = (found.refused_pushes or 0) + 1
    found.last_error = reason[:1000]


def feed_for_pushes(session: Session, name: str) -> Feed:
    """The feed row articles handed in directly are kept under, made on first use (its
    address ``push:<name>``; a configured feed of that name is used as it is)."""
    found = session.scalar(select(Feed).where(Feed.name == name))
    if found is None:
        found = Feed(name=name, url=f"push:{name}", tags=[], consecutive_failures=0)
        session.add(found)
        session.flush()
    return found


def waiting_pushed(session: Session, *, stored_before: datetime) -> int:
    """Articles stored before ``stored_before`` and not yet read by the extractor, in feeds
    that are pushed to us (a hub's active subscription, or items handed in directly)."""
    pushed = select(Subscription.feed_id).where(Subscription.state == State.ACTIVE)
    query = (
        select(func.count(Article.id))
        .join(Feed, Feed.id == Article.feed_id)
        .where(
            Article.extracted_at.is_(None),
            Article.copy_of.is_(None),
            Article.fetched_at < stored_before,
            or_(Feed.id.in_(pushed), Feed.url.startswith("push:")),
        )
    )
    return int(session.scalar(query) or 0)
