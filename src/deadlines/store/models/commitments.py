"""Commitments and their history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.store.models.base import Base


class Commitment(Base):
    __tablename__ = "commitments"
    __table_args__ = (Index("ix_commitments_due", "due_on", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
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


class CommitmentChange(Base):
    __tablename__ = "commitment_history"
    __table_args__ = (UniqueConstraint("commitment_id", "version", name="uq_history_version"),)

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
