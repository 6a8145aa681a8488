"""WebSub subscriptions: a feed's hub, the secret pushes are signed with, and the lease."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.store.models.base import Base


class Subscription(Base):
    """One feed's subscription at its hub (at most one per feed).

    ``state`` is one of the values of ``deadlines.model.SubscriptionState``: ``discovered``
    (the feed names a hub, no request sent), ``subscribing`` and ``unsubscribing`` (asked,
    the hub has not verified yet), ``active``, ``unsubscribed`` and ``denied``. ``pending``
    is the mode the hub may verify (``subscribe`` or ``unsubscribe``), None when nothing is
    pending. ``secret`` signs the pushes (X-Hub-Signature) and is never shown or logged.
    """

    __tablename__ = "websub_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), unique=True)
    hub: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    pending: Mapped[str | None] = mapped_column(String(20))
    secret: Mapped[str | None] = mapped_column(String(200))
    requested_at: Mapped[datetime | None]
    verified_at: Mapped[datetime | None]
    lease_seconds: Mapped[int | None] = mapped_column(Integer)
    expires_at: Mapped[datetime | None]
    last_push_at: Mapped[datetime | None]
    refused_pushes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
