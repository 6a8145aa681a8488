"""Articles handed in directly, as JSON Feed items: the push endpoint and ``deadlines ingest``.

For teams that publish themselves. The body is a JSON Feed document, an object with an
``items`` list, or a list of items; every item needs an ``id`` and a title or some content.
Items are read by the same parser as polled JSON feeds (the same text cleaning, dates and
size cap) and stored by the same write: an item sent again with the same id and content is
stored once, with other content as its next revision.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.errors import FeedParseError, IngestError
from deadlines.feeds.parse import parse_feed
from deadlines.jobs.websub import Stored, store_articles
from deadlines.model import aware_utc
from deadlines.store.websub import feed_for_pushes

log = logging.getLogger(__name__)
DEFAULT_FEED = "pushed"
MAX_ITEMS = 1000
_CONTENT = ("title", "content_html", "content_text", "summary")


@dataclass(frozen=True)
class IngestReport:
    feed: str
    items: int
    new: int
    revised: int


def ingest(
    engine: Engine,
    body: bytes,
    *,
    now: datetime,
    max_bytes: int,
    feed: str = DEFAULT_FEED,
    on_stored: Stored | None = None,
) -> IngestReport:
    """Validate and store JSON Feed items under ``feed``; raises IngestError saying what is
    wrong (nothing is stored then)."""
    now = aware_utc(now)
    feed = feed.strip()
    if not feed or len(feed) > 200:
        raise IngestError("the feed name must be 1 to 200 characters")
    if len(body) > max_bytes:
        raise IngestError(f"the body is {len(body):,} bytes, over the {max_bytes:,}-byte cap")
    items = json_items(body)
    document = {"version": "https://jsonfeed.org/version/1.1", "title": feed, "items": items}
    try:
        articles = parse_feed(
            json.dumps(document).encode(), content_type="application/feed+json", now=now
        )
    except FeedParseError as exc:
        raise IngestError(str(exc)) from None
    with Session(engine) as session, session.begin():
        feed_id = feed_for_pushes(session, feed).id
        count = store_articles(session, feed_id, articles, now=now)
    log.info(
        "ingest into %s: %d items, %d new, %d revised", feed, len(items), count.new, count.revised
    )
    if on_stored is not None and count.changed:
        on_stored(feed_id, count)
    return IngestReport(feed, len(items), count.new, count.revised)


def json_items(body: bytes) -> list[dict[str, Any]]:
    """The items of the body, each checked; IngestError names the first bad one."""
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise IngestError(f"the body is not JSON: {exc}") from None
    items = document.get("items") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise IngestError("give a JSON Feed, an object with an 'items' list, or a list of items")
    if not items:
        raise IngestError("there are no items")
    if len(items) > MAX_ITEMS:
        raise IngestError(f"{len(items)} items: send at most {MAX_ITEMS} at a time")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise IngestError(f"item #{number} is not an object")
        item_id = item.get("id")
        if (
            not isinstance(item_id, str | int)
            or isinstance(item_id, bool)
            or not str(item_id).strip()
        ):
            raise IngestError(f"item #{number} has no 'id' (a string): it keys the article")
        if not any(isinstance(item.get(key), str) and item[key].strip() for key in _CONTENT):
            raise IngestError(f"item #{number} ({item_id}) has no title, content or summary")
        for key in ("date_published", "date_modified", "url"):
            if key in item and not isinstance(item[key], str):
                raise IngestError(f"item #{number} ({item_id}): {key} must be a string")
    return items
