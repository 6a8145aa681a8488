"""Calendar tokens as stored, and what a calendar reads besides the listing: feed tags.

What a token means (its secret, its hash, which commitments it shows) is
:mod:`deadlines.calendars`'; this module only reads and writes the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deadlines.store.models import Article, CalendarToken, Commitment, Feed


@dataclass(frozen=True)
class TokenRow:
    """A stored calendar token: never its secret, only the SHA-256 of it."""

    id: int
    name: str
    token_hash: str
    match_tags: tuple[str, ...]
    match_actors: tuple[str, ...]
    match_kinds: tuple[str, ...]
    min_confidence: float
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class TokenValues:
    """A new token's name, hash and filters, checked and normalised by the caller."""

    name: str
    token_hash: str
    match_tags: Sequence[str] = ()
    match_actors: Sequence[str] = ()
    match_kinds: Sequence[str] = ()
    min_confidence: float = 0.0


def _row(token: CalendarToken) -> TokenRow:
    return TokenRow(
        id=token.id,
        name=token.name,
        token_hash=token.token_hash,
        match_tags=tuple(token.match_tags),
        match_actors=tuple(token.match_actors),
        match_kinds=tuple(token.match_kinds),
        min_confidence=token.min_confidence,
        created_at=token.created_at,
        revoked_at=token.revoked_at,
    )


def write_token(session: Session, values: TokenValues, *, now: datetime) -> TokenRow:
    token = CalendarToken(
        name=values.name,
        token_hash=values.token_hash,
        match_tags=list(values.match_tags),
        match_actors=list(values.match_actors),
        match_kinds=list(values.match_kinds),
        min_confidence=values.min_confidence,
        created_at=now,
    )
    session.add(token)
    session.flush()
    return _row(token)


def stored_tokens(session: Session) -> list[TokenRow]:
    """Every token, revoked ones included, oldest first."""
    return [_row(t) for t in session.scalars(select(CalendarToken).order_by(CalendarToken.id))]


def active_token_named(session: Session, name: str) -> TokenRow | None:
    token = session.scalar(
        select(CalendarToken).where(CalendarToken.name == name, CalendarToken.revoked_at.is_(None))
    )
    return _row(token) if token is not None else None


def active_token_by_hash(session: Session, token_hash: str) -> TokenRow | None:
    """The token whose secret hashes to ``token_hash``, unless it was revoked."""
    token = session.scalar(
        select(CalendarToken).where(
            CalendarToken.token_hash == token_hash, CalendarToken.revoked_at.is_(None)
        )
    )
    return _row(token) if token is not None else None


def mark_revoked(
    session: Session, *, now: datetime, token_id: int | None = None, name: str | None = None
) -> TokenRow | None:
    """Revoke the token with ``token_id``, or the active one called ``name``; None if none."""
    query = select(CalendarToken).where(CalendarToken.revoked_at.is_(None))
    if token_id is not None:
        query = query.where(CalendarToken.id == token_id)
    else:
        query = query.where(CalendarToken.name == name)
    token = session.scalar(query)
    if token is None:
        return None
    token.revoked_at = now
    session.flush()
    return _row(token)


def commitment_feed_tags(session: Session) -> dict[int, list[str]]:
    """For every commitment with an article, the tags of the feed that article came from."""
    query = (
        select(Commitment.id, Feed.tags)
        .join(Article, Article.id == Commitment.article_id)
        .join(Feed, Feed.id == Article.feed_id)
    )
    return {commitment_id: list(tags or []) for commitment_id, tags in session.execute(query)}
