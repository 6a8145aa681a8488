"""What the WebSub callback does: verify a hub's intent, store a signed push.

The HTTP side (the Airflow plugin's callback app, ``deadlines serve``) is thin over these
two functions. A push is read exactly as a poll reads the feed (``parse_feed``, the same
size cap) and stored through the same write (``store_batch``: dedup on the entry's id,
a new revision when its content changed, copies of a story kept once). A push that is
unsigned, badly signed, too large or unreadable is refused and logged, and nothing of it
is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.errors import FeedParseError
from deadlines.feeds.address import redact_url
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.parse import ParsedArticle, parse_feed
from deadlines.feeds.websub import signature_problem
from deadlines.model import SubscriptionState, aware_utc
from deadlines.store.feeds import StoredCount, store_batch
from deadlines.store.websub import (
    Subscription,
    active_feed_names,
    mark_denied,
    mark_refused,
    mark_verified,
    subscription,
    waiting_pushed,
)

log = logging.getLogger(__name__)
# Feeds whose hub pushes are still polled, this seldom, in case a push was lost.
SAFETY_INTERVAL = timedelta(hours=1)
# Pushed articles younger than this are left to the announcement on Redis (jobs.announce).
ANNOUNCE_GRACE = timedelta(seconds=60)
# Called with the feed's id and what was stored, after a push's articles are committed.
Stored = Callable[[int, StoredCount], None]


@dataclass(frozen=True)
class PushAnswer:
    """What the callback answers the hub: an HTTP status and a short plain text."""

    status: int
    text: str
    stored: StoredCount | None = None


def verify_intent(
    engine: Engine, subscription_id: int, params: Mapping[str, str], *, now: datetime
) -> str | None:
    """The body to answer a hub's verification GET with (its ``hub.challenge``), or None
    (answer 404) when the topic or mode is not one we asked for. A denial is heard only
    while a subscription request is pending (anyone may send one: it carries no proof)."""
    mode, topic = params.get("hub.mode", ""), params.get("hub.topic", "")
    with Session(engine) as session, session.begin():
        found = subscription(session, subscription_id)
        if found is None or topic != found.topic:
            log.warning("websub: a verification for an unknown subscription or topic refused")
            return None
        if mode == "denied" and found.pending == "subscribe":
            reason = params.get("hub.reason", "no reason given")[:500]
            mark_denied(found, reason=reason, at=aware_utc(now))
            log.warning("websub: the hub denied %s: %s", redact_url(topic), reason)
            return ""
        challenge = params.get("hub.challenge", "")
        if mode not in ("subscribe", "unsubscribe") or mode != found.pending or not challenge:
            log.warning("websub: a %r verification of %s matches no request", mode[:20], topic)
            return None
        mark_verified(found, mode=mode, at=aware_utc(now), lease_seconds=_lease(params))
        log.info("websub: %s verified for %s", mode, redact_url(topic))
        return challenge


def _lease(params: Mapping[str, str]) -> int | None:
    value = params.get("hub.lease_seconds", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def receive_push(
    engine: Engine,
    subscription_id: int,
    body: bytes,
    *,
    signature: str | None,
    content_type: str = "",
    now: datetime,
    max_bytes: int,
    on_stored: Stored | None = None,
) -> PushAnswer:
    """Check a pushed body's signature and store its articles as a poll would."""
    now = aware_utc(now)
    with Session(engine) as session, session.begin():
        found = subscription(session, subscription_id)
        if found is None or found.state not in (
            SubscriptionState.ACTIVE,
            SubscriptionState.UNSUBSCRIBING,
        ):
            log.warning("websub: a push to unknown subscription %d refused", subscription_id)
            return PushAnswer(410, "no such subscription")
        refusal = _refusal(found, body, signature, max_bytes)
        articles: list[ParsedArticle] = []
        if refusal is None:
            try:
                articles = parse_feed(body, url=found.topic, content_type=content_type, now=now)
            except FeedParseError as exc:
                refusal = (400, str(exc))
        if refusal is not None:
            return _refuse(found, *refusal)
        count = store_articles(session, found.feed_id, articles, now=now)
        found.last_push_at = now
        feed_id, topic = found.feed_id, redact_url(found.topic)
    log.info("websub: push for %s: %d new, %d revised", topic, count.new, count.revised)
    if on_stored is not None and count.changed:
        on_stored(feed_id, count)
    return PushAnswer(200, f"{count.new} new, {count.revised} revised", count)


def _refusal(
    found: Subscription, body: bytes, signature: str | None, max_bytes: int
) -> tuple[int, str] | None:
    problem = signature_problem(found.secret, body, signature)
    if problem is not None:
        return 403, problem
    if len(body) > max_bytes:
        return 413, f"the push is {len(body):,} bytes, over the {max_bytes:,}-byte cap"
    return None


def _refuse(found: Subscription, status: int, problem: str) -> PushAnswer:
    mark_refused(found, reason=f"push refused: {problem}")
    log.warning("websub: push for %s refused: %s", redact_url(found.topic), problem)
    return PushAnswer(status, f"refused: {problem}")


def store_articles(
    session: Session, feed_id: int, articles: Sequence[ParsedArticle], *, now: datetime
) -> StoredCount:
    """Store parsed articles of one feed the way the poll does (dedup and revisions)."""
    if not articles:
        return StoredCount()
    return store_batch(session, [(feed_id, [a.as_row() for a in articles])], fetched_at=now)[0]


def slowed_for_push(
    engine: Engine, feeds: Sequence[FeedConfig], *, now: datetime
) -> list[FeedConfig]:
    """The feeds, those whose hub pushes polled only at the safety interval."""
    with Session(engine) as session:
        pushed = active_feed_names(session, now=now)
    return [
        replace(feed, poll_interval=max(feed.poll_interval, SAFETY_INTERVAL))
        if feed.name in pushed
        else feed
        for feed in feeds
    ]


def pushed_waiting(engine: Engine, *, now: datetime) -> int:
    """Pushed articles stored more than ``ANNOUNCE_GRACE`` ago that the extractor has not
    read: the poll DAG announces them, in case the announcement on Redis was not heard.
    Younger ones are left to that announcement, so that one push starts one extract run."""
    with Session(engine) as session:
        return waiting_pushed(session, stored_before=aware_utc(now) - ANNOUNCE_GRACE)
