"""The alert outbox, the alert routes, and the silences and acknowledgements people give."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.store.models.base import Base


class Alert(Base):
    """The outbox: one row per alert to deliver; its key makes a second queueing a no-op.

    The key names the commitment, the reason, the version (or lead time and due date) and
    the route; it travels with the message so that a receiver can drop a repeat.
    """

    __tablename__ = "alerts"
    # The claim finds due rows through this index (its state prefix also serves the
    # rare lookup of "sending" rows whose lease ran out); few indexes keep updates cheap.
    __table_args__ = (Index("ix_alerts_state", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))
    version: Mapped[int | None] = mapped_column(Integer)
    route: Mapped[str] = mapped_column(String(100), default="default")
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    tag: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # queued -> sending -> sent; a refused send goes to failed (retried with backoff) and,
    # after the last attempt, to dead. An alert of a silenced, acknowledged, dismissed or
    # merged commitment is dropped as silenced (why in last_error).
    state: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    # Set while a dispatcher holds the alert (state "sending"); another may take it over
    # only once the lease has run out (the holder died between sending and recording).
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    # Fingerprints of the targets that already took this alert, so a retry skips them.
    delivered_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class AlertRoute(Base):
    """Which commitments go to which apprise tag, with which lead times, one by one or as digest.

    Empty match lists match everything; a commitment matches a route when it carries one of
    its tags (the tags of the feed it came from), one of its actors and one of its kinds,
    with at least its confidence.
    """

    __tablename__ = "alert_routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    apprise_tag: Mapped[str] = mapped_column(String(200))
    match_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    match_actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    match_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    # Lead times as written (``7d``, ``36h``); empty means the configured default.
    lead_times: Mapped[list[str]] = mapped_column(JSON, default=list)
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class AlertSilence(Base):
    """No alert at all for a commitment until ``until`` (for ever when empty)."""

    __tablename__ = "alert_silences"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True
    )
    until: Mapped[datetime | None]
    created_at: Mapped[datetime]


class AlertAck(Base):
    """Someone has seen a commitment: no more reminders for the date it was acknowledged at."""

    __tablename__ = "alert_acks"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    acked_at: Mapped[datetime]
