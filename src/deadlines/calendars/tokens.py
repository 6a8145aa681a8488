"""Calendar tokens: made with ``secrets``, shown once, stored as their SHA-256, revoked.

A token's secret has 256 bits from :func:`secrets.token_urlsafe`, so a plain SHA-256 is
enough to keep it (no salt or slow hash needed: nobody can try every secret). A request is
matched by the hash of the secret it carries, looked up through a unique index.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from deadlines.calendars import path_of
from deadlines.errors import ConfigError
from deadlines.store.calendars import (
    TokenRow,
    TokenValues,
    active_token_named,
    mark_revoked,
    stored_tokens,
    write_token,
)
from deadlines.store.routes import stored_routes

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
# What token_urlsafe(32) gives: 43 characters of the URL-safe alphabet.
SECRET_BYTES = 32
_SECRET = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def hash_of(secret: str) -> str:
    """The SHA-256 of a secret, as stored."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def looks_like_secret(text: str) -> bool:
    """Whether ``text`` could be a secret at all (anything else is not looked up)."""
    return bool(_SECRET.match(text))


@dataclass(frozen=True)
class TokenFilters:
    """Which commitments a calendar shows, read as an alert route reads them (all lower case;
    an empty set matches everything)."""

    tags: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    min_confidence: float = 0.0

    @classmethod
    def of(
        cls,
        tags: Sequence[str] = (),
        actors: Sequence[str] = (),
        kinds: Sequence[str] = (),
        min_confidence: float = 0.0,
    ) -> TokenFilters:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigError("the minimum confidence is between 0 and 1")
        return cls(_lower(tags), _lower(actors), _lower(kinds), min_confidence)

    def joined(self, other: TokenFilters) -> TokenFilters:
        """These filters with ``other``'s added (a route's, given with --route)."""
        return TokenFilters(
            self.tags | other.tags,
            self.actors | other.actors,
            self.kinds | other.kinds,
            max(self.min_confidence, other.min_confidence),
        )


def _lower(values: Sequence[str]) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in values if v.strip())


@dataclass(frozen=True)
class NewToken:
    """A token just made: the only moment its secret is known."""

    token: TokenRow
    secret: str

    @property
    def path(self) -> str:
        return path_of(self.secret)


def route_filters(session: Session, route: str) -> TokenFilters:
    """The filters of stored alert route ``route``, as they are now."""
    for row in stored_routes(session):
        if row.name == route:
            return TokenFilters.of(
                row.match_tags, row.match_actors, row.match_kinds, row.min_confidence
            )
    raise ConfigError(f"no alert route named {route!r}: `deadlines routes` lists them")


def add_token(session: Session, name: str, filters: TokenFilters, *, now: datetime) -> NewToken:
    """Make a token called ``name`` (no other active token may have that name)."""
    if not _NAME.match(name) or name.isdigit():
        raise ConfigError(
            f"token name {name!r}: use lower-case letters, digits, - and _, not digits alone "
            "(those read as an id), e.g. trade-desk"
        )
    if active_token_named(session, name) is not None:
        raise ConfigError(
            f"a calendar token named {name!r} exists: revoke it first "
            f"(`deadlines calendar-token revoke {name}`) or choose another name"
        )
    secret = secrets.token_urlsafe(SECRET_BYTES)
    values = TokenValues(
        name=name,
        token_hash=hash_of(secret),
        match_tags=sorted(filters.tags),
        match_actors=sorted(filters.actors),
        match_kinds=sorted(filters.kinds),
        min_confidence=filters.min_confidence,
    )
    return NewToken(write_token(session, values, now=now), secret)


def list_tokens(session: Session) -> list[TokenRow]:
    return stored_tokens(session)


def revoke_token(session: Session, name_or_id: str, *, now: datetime) -> TokenRow:
    """Revoke the active token called ``name_or_id``, or the token with that id."""
    if name_or_id.isdigit():
        revoked = mark_revoked(session, now=now, token_id=int(name_or_id))
    else:
        revoked = mark_revoked(session, now=now, name=name_or_id)
    if revoked is None:
        raise ConfigError(
            f"no active calendar token {name_or_id!r}: `deadlines calendar-token list` shows them"
        )
    return revoked


def filters_of(token: TokenRow) -> TokenFilters:
    return TokenFilters.of(
        token.match_tags, token.match_actors, token.match_kinds, token.min_confidence
    )
