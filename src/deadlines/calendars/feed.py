"""A token's calendar as an HTTP answer: the body, its ETag, 304 and 404.

The calendar is the iCalendar export (:func:`deadlines.exports.to_ics`) of the commitments
the token's filters select, matched exactly as an alert route matches them
(:meth:`deadlines.alerts.routes.Route.matches`). Its DTSTAMP is the latest change among
them, so the same commitments give the same bytes. The ETag is a SHA-256 of everything
those bytes are made from (every field of every selected row, the lead times, the
calendar's name, the format's version), so it is strong, any change of a commitment the
calendar shows changes it, and it is known before the body is built: a calendar that asks
again with ``If-None-Match`` gets 304 without the body being made. Bodies
are kept by ETag in a small cache, which cannot go stale: another content has another ETag.
An unknown, malformed or revoked token gets the same 404 answer, whichever it is.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines import exports
from deadlines.alerts.routes import Facts, Route
from deadlines.calendars.tokens import TokenFilters, filters_of, hash_of, looks_like_secret
from deadlines.store.calendars import TokenRow, active_token_by_hash, commitment_feed_tags
from deadlines.store.queries import CommitmentRow, list_commitments

MEDIA_TYPE = "text/calendar; charset=utf-8"
NOT_FOUND_BODY = b"no such calendar\n"
# Calendars ask again on their own schedule; every answer is revalidated against the ETag,
# and no shared cache keeps a calendar whose URL is a secret.
CACHE_CONTROL = "private, no-cache"
# Changes with the layout of the body (exports.to_ics), so that old ETags stop matching.
FORMAT = "calendar-2"


@dataclass(frozen=True)
class CalendarAnswer:
    """What to send back: a status, a body and its headers."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


NOT_FOUND = CalendarAnswer(
    404, NOT_FOUND_BODY, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}
)


def selected(
    rows: Sequence[CommitmentRow], tags: dict[int, list[str]], filters: TokenFilters
) -> list[CommitmentRow]:
    """The rows a token's filters select, by the rule of alert routes."""
    route = Route(
        name="calendar",
        tag="",
        match_tags=filters.tags,
        match_actors=filters.actors,
        match_kinds=filters.kinds,
        min_confidence=filters.min_confidence,
    )
    return [
        row
        for row in rows
        if route.matches(
            Facts(
                tags=frozenset(t.lower() for t in tags.get(row.id, ())),
                actors=frozenset(a.lower() for a in row.actors),
                kind=row.kind.lower(),
                confidence=row.confidence,
            )
        )
    ]


@dataclass(frozen=True)
class Selection:
    """What a token's calendar is made from, and the ETag of the body it makes."""

    token: TokenRow
    rows: list[CommitmentRow]
    lead_times: tuple[timedelta, ...]

    @property
    def etag(self) -> str:
        digest = hashlib.sha256()
        digest.update(repr((FORMAT, self.token.name)).encode())
        digest.update(repr((self.token.created_at, self.lead_times)).encode())
        for row in self.rows:
            digest.update(repr(row).encode())
        return '"' + digest.hexdigest() + '"'

    def body(self) -> bytes:
        """The iCalendar body: the same bytes while the rows are the same."""
        stamp = max((row.updated_at for row in self.rows), default=self.token.created_at)
        name = f"deadlines: {self.token.name}"
        return exports.to_ics(self.rows, lead_times=self.lead_times, now=stamp, name=name)


def selection_of(
    session: Session, token: TokenRow, *, lead_times: Sequence[timedelta]
) -> Selection:
    rows = selected(list_commitments(session), commitment_feed_tags(session), filters_of(token))
    return Selection(token, rows, tuple(lead_times))


class BodyCache:
    """Bodies by ETag, the most recent first, up to ``limit`` bytes in all (thread-safe)."""

    def __init__(self, limit: int = 64 * 1024 * 1024) -> None:
        self.limit = limit
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def body(self, selection: Selection, etag: str) -> bytes:
        with self._lock:
            if etag in self._bodies:
                self._bodies.move_to_end(etag)
                return self._bodies[etag]
        body = selection.body()
        with self._lock:
            self._bodies[etag] = body
            while sum(map(len, self._bodies.values())) > self.limit and len(self._bodies) > 1:
                self._bodies.popitem(last=False)
        return body


BODIES = BodyCache()


def matches_etag(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as for GET)."""
    if not if_none_match:
        return False
    wanted = etag.removeprefix("W/")
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def answer(
    engine: Engine,
    secret: str,
    *,
    if_none_match: str | None = None,
    lead_times: Sequence[timedelta],
    cache: BodyCache = BODIES,
) -> CalendarAnswer:
    """The answer to a request for the calendar ``secret`` opens."""
    if not looks_like_secret(secret):
        return NOT_FOUND
    with Session(engine) as session:
        token = active_token_by_hash(session, hash_of(secret))
        if token is None:
            return NOT_FOUND
        selection = selection_of(session, token, lead_times=lead_times)
    etag = selection.etag
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if matches_etag(if_none_match, etag):
        return CalendarAnswer(304, b"", headers)
    body = cache.body(selection, etag)
    return CalendarAnswer(200, body, {**headers, "Content-Type": MEDIA_TYPE})
