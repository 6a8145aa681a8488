"""Calendar tokens: who may read which commitments as a calendar they subscribe to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from deadlines.store.models.base import Base


class CalendarToken(Base):
    """A secret in a calendar's URL, kept only as its SHA-256, and what its calendar shows.

    The filters read as an alert route's do (empty lists match everything): the tags of the
    feed a commitment came from, its actors, its kind, a minimum confidence. A revoked token
    keeps its row (so ``calendar-token list`` still shows it) and answers nothing.
    """

    __tablename__ = "calendar_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    match_tags: Mapped[list[str]] = mapped_column(default=list)
    match_actors: Mapped[list[str]] = mapped_column(default=list)
    match_kinds: Mapped[list[str]] = mapped_column(default=list)
    min_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
