"""A token's calendar as an HTTP answer: the body, its ETag, 304 and 404.

The calendar is the iCalendar export (:func:`deadlines.exports.to_ics`) of the commitments
the token's filters select, matched exactly as an alert route matches them
(:meth:`deadlines.alerts.routes.Route.matches`). Its DTSTAMP is the latest change among
them, so the same commitments give the same bytes, and the ETag is the SHA-256 of those
bytes: any change of a commitment it shows changes the ETag, and a calendar that asks again
with ``If-None-Match`` gets 304 and no body. An unknown, malformed or revoked token gets the
same 404 answer, whichever it is.
"""

from __future__ import annotations

import hashlib
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


def calendar_of(session: Session, token: TokenRow, *, lead_times: Sequence[timedelta]) -> bytes:
    """The iCalendar body of ``token``'s calendar, the same bytes while nothing changes."""
    rows = selected(list_commitments(session), commitment_feed_tags(session), filters_of(token))
    stamp = max((row.updated_at for row in rows), default=token.created_at)
    return exports.to_ics(rows, lead_times=lead_times, now=stamp, name=f"deadlines: {token.name}")


def etag_of(body: bytes) -> str:
    """A strong ETag: the SHA-256 of the body."""
    return '"' + hashlib.sha256(body).hexdigest() + '"'


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
) -> CalendarAnswer:
    """The answer to a request for the calendar ``secret`` opens."""
    if not looks_like_secret(secret):
        return NOT_FOUND
    with Session(engine) as session:
        token = active_token_by_hash(session, hash_of(secret))
        if token is None:
            return NOT_FOUND
        body = calendar_of(session, token, lead_times=lead_times)
    etag = etag_of(body)
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if matches_etag(if_none_match, etag):
        return CalendarAnswer(304, b"", headers)
    return CalendarAnswer(200, body, {**headers, "Content-Type": MEDIA_TYPE})
