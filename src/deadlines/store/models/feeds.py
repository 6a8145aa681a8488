"""Feeds, their polling state, and the articles read from them (one row per revision)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.store.models.base import Base


class Feed(Base):
    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(default=list)
    poll_interval_s: Mapped[int] = mapped_column(Integer, default=900)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    # Not polled before this instant (interval, max-age, Retry-After or backoff).
    next_poll_at: Mapped[datetime | None]
    # Where the feed moved to, once every redirect to it was permanent (301/308).
    redirect_url: Mapped[str | None] = mapped_column(Text)
    # sha256 of the last body read: an unchanged body is not parsed again.
    body_hash: Mapped[str | None] = mapped_column(String(64))
    last_status: Mapped[int | None] = mapped_column(Integer)
    # Why article pages of a full_text feed gave no text at the last poll that asked for
    # pages (None when they all did); the entries kept their summaries.
    page_error: Mapped[str | None] = mapped_column(Text)


class Article(Base):
    """An entry of a feed as read at one time.

    ``entry`` is the entry's identity in its feed (its guid, else its link, else a hash of
    its content). An entry whose content changes under the same identity gets a new row
    with the next ``revision``, read by the extractor again. ``guid`` is the row's unique
    key in the feed: the entry's identity for revision 1, ``<entry>#revision-<n>`` after.
    ``story`` is the same for copies of one story in several feeds; a copy keeps the id of
    the first article of its story in ``copy_of`` and is not extracted again.
    """

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("feed_id", "guid", name="uq_articles_feed_guid"),
        Index("ix_articles_pending", "extracted_at"),
        Index("ix_articles_entry", "feed_id", "entry"),
        Index("ix_articles_story", "story"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    fetched_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64))
    extracted_at: Mapped[datetime | None]
    entry: Mapped[str] = mapped_column(String(1000), server_default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    story: Mapped[str | None] = mapped_column(String(64))
    copy_of: Mapped[int | None] = mapped_column(Integer)
