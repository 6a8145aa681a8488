"""Feeds, their polling state and articles as the store keeps them.

Identity of an article: (feed, entry); the parser gives each entry its guid, else its
link, else a hash of its content. An entry seen again with other content is stored as the next
revision of that id and waits for the extractor like a new article. A story already stored
from another feed (same words in title and text) is stored as a copy of the first one and
is not extracted again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from deadlines.store.models import Article, Feed
from deadlines.store.sql import table_of

_CHUNK = 500


@dataclass(frozen=True)
class StoredCount:
    new: int = 0  # entries never seen before
    revised: int = 0  # entries seen before whose content changed: a new revision each
    copies: int = 0  # of those, copies of a story already stored from another entry

    @property
    def changed(self) -> int:
        """New and revised articles: what the extractor will read."""
        return self.new + self.revised - self.copies


def sync_feeds(
    session: Session, configured: Sequence[tuple[str, str, Sequence[str], int]]
) -> dict[str, Feed]:
    """Feed rows for every (name, url, tags, poll_interval_s), created or brought in line
    with the configuration in a few statements, whatever the number of feeds."""
    wanted = [name for name, *_ in configured]
    found: dict[str, Feed] = {}
    for start in range(0, len(wanted), _CHUNK):
        query = select(Feed).where(Feed.name.in_(wanted[start : start + _CHUNK]))
        found.update({feed.name: feed for feed in session.scalars(query)})
    for name, url, tags, interval in configured:
        feed = found.get(name)
        if feed is None:
            feed = Feed(
                name=name,
                url=url,
                tags=list(tags),
                poll_interval_s=interval,
                consecutive_failures=0,
            )
            session.add(feed)
            found[name] = feed
            continue
        if feed.url != url:
            feed.etag = feed.last_modified = feed.redirect_url = feed.body_hash = None
            feed.next_poll_at = None
            feed.url = url
        if feed.poll_interval_s != interval:
            feed.next_poll_at = None
            feed.poll_interval_s = interval
        if list(feed.tags) != list(tags):
            feed.tags = list(tags)
    session.flush()
    return found


@dataclass(frozen=True)
class FeedPolled:
    """A poll of one feed that worked, as its row records it. ``pages``: article pages
    asked for; when there were some, ``page_error`` (why some gave no text, or None)
    replaces the last one recorded."""

    feed_id: int
    status: int
    next_poll_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    permanent_url: str | None = None
    pages: int = 0
    page_error: str | None = None

    def changes(self, at: datetime) -> dict[str, Any]:
        """The columns this poll sets; a column left out keeps its value."""
        row: dict[str, Any] = {
            "id": self.feed_id,
            "last_polled_at": at,
            "last_success_at": at,
            "last_error": None,
            "consecutive_failures": 0,
            "last_status": self.status,
            "next_poll_at": self.next_poll_at,
        }
        if self.status != 304:
            row["etag"], row["last_modified"] = self.etag, self.last_modified
        else:  # a 304 may repeat its validators or not: keep what we had
            if self.etag:
                row["etag"] = self.etag
            if self.last_modified:
                row["last_modified"] = self.last_modified
        if self.body_hash is not None:
            row["body_hash"] = self.body_hash
        if self.permanent_url:
            row["redirect_url"] = self.permanent_url
        if self.pages:
            row["page_error"] = self.page_error
        return row


def record_successes(session: Session, polls: Sequence[FeedPolled], *, at: datetime) -> None:
    """Polls that worked, written without loading the feed rows: one UPDATE per set of
    columns changed (a re-poll where every feed answers 304 is one statement)."""
    if not polls:
        return
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for poll in polls:
        row = poll.changes(at)
        groups.setdefault(tuple(row), []).append(row)
    for rows in groups.values():
        session.execute(update(Feed), rows)


def record_failure(
    session: Session,
    feed: Feed,
    *,
    at: datetime,
    error: str,
    next_poll_at: datetime,
    status: int | None = None,
) -> None:
    feed.last_polled_at = at
    feed.last_error = error
    feed.last_status = status
    feed.consecutive_failures = (feed.consecutive_failures or 0) + 1
    feed.next_poll_at = next_poll_at


def store_batch(
    session: Session,
    batch: Sequence[tuple[int, Sequence[dict[str, Any]]]],
    *,
    fetched_at: datetime,
) -> list[StoredCount]:
    """``store_articles`` for several feeds in a handful of statements, whatever their
    number: one lookup of known revisions, one of stories, one insert of each kind."""
    latest = _latest_revisions(
        session, [(feed_id, row["guid"]) for feed_id, rows in batch for row in rows]
    )
    fresh: list[dict[str, Any]] = []
    tallies: list[list[int]] = []
    for feed_id, rows in batch:
        tally = [0, 0, 0]  # new, revised, copies
        tallies.append(tally)
        for row in rows:
            entry = row["guid"]
            known = latest.get((feed_id, entry))
            if known is None:
                revision = 1
                tally[0] += 1
            elif known[1] != row["content_hash"]:
                revision = known[0] + 1
                tally[1] += 1
            else:
                continue
            fresh.append(
                {
                    **row,
                    "guid": revision_key(entry, revision),
                    "entry": entry,
                    "feed_id": feed_id,
                    "fetched_at": fetched_at,
                    "extracted_at": None,
                    "revision": revision,
                    "copy_of": None,
                    "_tally": tally,
                }
            )
    if fresh:
        _insert(session, fresh)
    return [StoredCount(new=n, revised=r, copies=c) for n, r, c in tallies]


def _insert(session: Session, fresh: list[dict[str, Any]]) -> None:
    """Insert first tellings of a story, then copies pointing at their first telling."""
    originals = _story_originals(session, [row["story"] for row in fresh if row.get("story")])
    firsts: list[dict[str, Any]] = []
    copies: list[dict[str, Any]] = []
    pending: set[str] = set()
    for row in fresh:
        story = row.get("story")
        if story and (story in originals or story in pending):
            copies.append(row)
            row["_tally"][2] += 1
        else:
            firsts.append(row)
            if story:
                pending.add(story)
        del row["_tally"]
    table = table_of(Article)
    if firsts:
        session.execute(insert(table), firsts)
    if copies:
        missing = [row["story"] for row in copies if row["story"] not in originals]
        if missing:
            originals.update(_story_originals(session, missing))
        for row in copies:
            row["copy_of"] = originals[row["story"]]
        session.execute(insert(table), copies)


def revision_key(entry: str, revision: int) -> str:
    """The unique key of an entry's revision within its feed."""
    return entry if revision == 1 else f"{entry}#revision-{revision}"


def _latest_revisions(
    session: Session, keys: Sequence[tuple[int, str]]
) -> dict[tuple[int, str], tuple[int, str]]:
    """(feed id, entry) -> (latest revision, its content hash), for the entries stored."""
    latest: dict[tuple[int, str], tuple[int, str]] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _CHUNK):
        rows = session.execute(
            select(Article.feed_id, Article.entry, Article.revision, Article.content_hash).where(
                tuple_(Article.feed_id, Article.entry).in_(unique[start : start + _CHUNK])
            )
        )
        for feed_id, entry, revision, content_hash in rows:
            key = (feed_id, entry)
            if key not in latest or revision > latest[key][0]:
                latest[key] = (revision, content_hash)
    return latest


def _story_originals(session: Session, stories: Sequence[str]) -> dict[str, int]:
    originals: dict[str, int] = {}
    unique = list(dict.fromkeys(stories))
    for start in range(0, len(unique), _CHUNK):
        rows = session.execute(
            select(Article.story, func.min(Article.id))
            .where(Article.story.in_(unique[start : start + _CHUNK]), Article.copy_of.is_(None))
            .group_by(Article.story)
        )
        originals.update({story: article_id for story, article_id in rows if story})
    return originals


def feeds_by_id(session: Session, ids: Sequence[int]) -> dict[int, Feed]:
    """The feed rows of these ids."""
    return {feed.id: feed for feed in session.scalars(select(Feed).where(Feed.id.in_(ids)))}


def known_guids(session: Session, feed_id: int) -> set[str]:
    return set(session.scalars(select(Article.entry).where(Article.feed_id == feed_id)))


def pending_articles(session: Session, limit: int | None = None) -> list[Article]:
    """Articles (and revisions) not yet read by the extractor, oldest first; copies of a
    story already stored are left out."""
    query = (
        select(Article)
        .where(Article.extracted_at.is_(None), Article.copy_of.is_(None))
        .order_by(Article.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def pending_count(session: Session) -> int:
    """How many articles ``pending_articles`` would give without a limit."""
    query = select(func.count(Article.id)).where(
        Article.extracted_at.is_(None), Article.copy_of.is_(None)
    )
    return int(session.scalar(query) or 0)


def mark_extracted(session: Session, article_ids: Sequence[int], *, at: datetime) -> None:
    if article_ids:
        session.execute(update(Article).where(Article.id.in_(article_ids)).values(extracted_at=at))


def article_counts(session: Session) -> dict[str, int]:
    """Per feed name, the number of articles stored (each entry once, whatever its revisions)."""
    rows = session.execute(
        select(Feed.name, func.count(Article.id))
        .outerjoin(Article, (Article.feed_id == Feed.id) & (Article.revision == 1))
        .group_by(Feed.name)
    )
    return {name: count for name, count in rows}


def all_feeds(session: Session) -> list[Feed]:
    return list(session.scalars(select(Feed).order_by(Feed.name)))
