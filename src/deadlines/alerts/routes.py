"""Routes: which commitments go to which apprise tag, with which lead times, how grouped.

A route matches a commitment by the tags of the feed it came from, its actors, its kind and
a minimum confidence; an empty list matches anything. A commitment goes to every route that
matches it, and to the default route when none does (as Alertmanager's root route catches
what no child route took). The default route sends to ``DEADLINES_ALERT_TAG`` with
``DEADLINES_LEAD_TIMES`` unless a route named ``default`` is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from deadlines.errors import ConfigError
from deadlines.settings import DEFAULT_LEAD_TIMES, parse_lead_times
from deadlines.store.routes import AlertRoute, RouteValues, feed_tags, stored_routes, write_route

DEFAULT = "default"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


@dataclass(frozen=True)
class Route:
    name: str
    tag: str
    lead_times: tuple[timedelta, ...] = DEFAULT_LEAD_TIMES
    match_tags: frozenset[str] = field(default_factory=frozenset)
    match_actors: frozenset[str] = field(default_factory=frozenset)
    match_kinds: frozenset[str] = field(default_factory=frozenset)
    min_confidence: float = 0.0
    digest: bool = False

    def matches(self, facts: Facts) -> bool:
        if facts.confidence < self.min_confidence:
            return False
        if self.match_kinds and facts.kind.lower() not in self.match_kinds:
            return False
        if self.match_tags and not self.match_tags & facts.tags:
            return False
        return not self.match_actors or bool(self.match_actors & facts.actors)


@dataclass(frozen=True)
class Facts:
    """What routing looks at in a commitment (all lower case)."""

    tags: frozenset[str]
    actors: frozenset[str]
    kind: str
    confidence: float


class Routed(Protocol):
    """What routing reads of a commitment (a stored row or a record of the due scan)."""

    @property
    def article_id(self) -> int | None: ...
    @property
    def actors(self) -> list[str]: ...
    @property
    def kind(self) -> str: ...
    @property
    def confidence(self) -> float: ...


def facts_of(session: Session, row: Routed) -> Facts:
    tags = feed_tags(session, row.article_id)
    return Facts(
        tags=frozenset(t.lower() for t in tags),
        actors=frozenset(a.lower() for a in row.actors),
        kind=row.kind.lower(),
        confidence=row.confidence,
    )


def _lower(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in values if v.strip())


def _from_row(row: AlertRoute, default_leads: tuple[timedelta, ...]) -> Route:
    leads = parse_lead_times(",".join(row.lead_times)) if row.lead_times else default_leads
    return Route(
        name=row.name,
        tag=row.apprise_tag,
        lead_times=leads,
        match_tags=_lower(row.match_tags),
        match_actors=_lower(row.match_actors),
        match_kinds=_lower(row.match_kinds),
        min_confidence=row.min_confidence,
        digest=row.digest,
    )


@dataclass(frozen=True)
class RouteTable:
    routes: tuple[Route, ...]
    default: Route

    def for_facts(self, facts: Facts) -> list[Route]:
        matched = [route for route in self.routes if route.matches(facts)]
        return matched or [self.default]

    def all(self) -> list[Route]:
        return [*self.routes, self.default]


def load_routes(
    session: Session,
    *,
    default_tag: str = "all",
    default_lead_times: Sequence[timedelta] = DEFAULT_LEAD_TIMES,
) -> RouteTable:
    leads = tuple(default_lead_times) or DEFAULT_LEAD_TIMES
    stored = [_from_row(row, leads) for row in stored_routes(session)]
    default = next((r for r in stored if r.name == DEFAULT), None) or Route(
        DEFAULT, default_tag, leads
    )
    return RouteTable(tuple(r for r in stored if r.name != DEFAULT), default)


def save_route(
    session: Session,
    *,
    name: str,
    tag: str,
    now: datetime,
    match_tags: Sequence[str] = (),
    match_actors: Sequence[str] = (),
    match_kinds: Sequence[str] = (),
    min_confidence: float = 0.0,
    lead_times: Sequence[str] = (),
    digest: bool = False,
) -> AlertRoute:
    """Add route ``name`` or replace its settings."""
    if not _NAME.match(name):
        raise ConfigError(
            f"route name {name!r}: use lower-case letters, digits, - and _ (e.g. trade-desk)"
        )
    if not tag.strip():
        raise ConfigError(f"route {name!r} needs the apprise tag it sends to")
    if not 0.0 <= min_confidence <= 1.0:
        raise ConfigError(f"route {name!r}: the minimum confidence is between 0 and 1")
    if lead_times:
        parse_lead_times(",".join(lead_times))  # refuses what cannot be read
    values = RouteValues(
        name=name,
        tag=tag.strip(),
        match_tags=sorted(_lower(match_tags)),
        match_actors=sorted(_lower(match_actors)),
        match_kinds=sorted(_lower(match_kinds)),
        min_confidence=min_confidence,
        lead_times=[lead.strip() for lead in lead_times if lead.strip()],
        digest=digest,
    )
    return write_route(session, values, now=now)
