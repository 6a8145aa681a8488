"""Commitments, their history, the reports that support them and people's corrections."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.model import CLOSED_STATUSES
from deadlines.store.models.base import Base

# Open commitments (no status of deadlines.model's closed ones), as literal SQL: a partial
# index is only used by a query whose WHERE clause repeats the index's own predicate with the
# same constants.
OPEN_PREDICATE = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in CLOSED_STATUSES))


class Commitment(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        Index(
            "ix_commitments_open_due",
            "due_on",
            "id",
            sqlite_where=text(OPEN_PREDICATE),
            postgresql_where=text(OPEN_PREDICATE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # A key begins with the commitment's identity, so its unique index also finds every
    # commitment of an identity by a range of keys (no index of its own to keep up on each
    # write). Ranges of text follow byte order only under the "C" collation on PostgreSQL;
    # SQLite compares bytes by default.
    key: Mapped[str] = mapped_column(
        String(300).with_variant(String(300, collation="C"), "postgresql"), unique=True
    )
    identity: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    subject_words: Mapped[str] = mapped_column(Text, default="")
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    date_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    previous_due_on: Mapped[date | None] = mapped_column(Date)
    actors: Mapped[list[str]] = mapped_column(default=list)
    evidence: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]
    due_corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    status_corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str | None] = mapped_column(String(200))
    # feeds give other dates than due_on: [{"due": "2025-11-11", "votes": 1, "feeds": [...]}]
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    dissent: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL")
    )


class CommitmentChange(Base):
    """One entry per change: what it was, what it became, who or which article said so."""

    __tablename__ = "commitment_history"
    __table_args__ = (
        Index("ix_history_commitment", "commitment_id", "version"),
        # The latest changes of any commitment, newest first (the Commitments view).
        Index("ix_history_changed", "changed_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime]
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    old_due_on: Mapped[date | None] = mapped_column(Date)
    new_due_on: Mapped[date | None] = mapped_column(Date)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str | None] = mapped_column(Text)
    change: Mapped[str] = mapped_column(String(20), default="changed")
    previous_due_on: Mapped[date | None] = mapped_column(Date)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class Source(Base):
    """One report of a commitment: the article and sentence, and what it said."""

    __tablename__ = "sources"
    __table_args__ = (
        # One source per report of a commitment. Led by the article and the sentence, the
        # key also answers the write path's question: which of these reports are recorded?
        Index("uq_sources_report", "article_id", "sentence_hash", "commitment_id", unique=True),
        Index("ix_sources_commitment", "commitment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    sentence: Mapped[str] = mapped_column(Text)
    sentence_hash: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float)
    reported_due_on: Mapped[date | None] = mapped_column(Date)
    reported_status: Mapped[str] = mapped_column(String(20))
    date_text: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime]
    # the claim's change words ("postponed to"), the old date and shift it gave
    change_cue: Mapped[str | None] = mapped_column(Text)
    reported_previous_due_on: Mapped[date | None] = mapped_column(Date)
    reported_shift: Mapped[str | None] = mapped_column(String(20))


class Correction(Base):
    """What a person did to a commitment: confirm, correct, merge or dismiss."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_commitment", "commitment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(20))
    merged_id: Mapped[int | None] = mapped_column(Integer)
    made_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    made_at: Mapped[datetime]
