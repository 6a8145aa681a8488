"""The feeds part of the store: migration 0002 both ways, revisions and copies in a batch."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.orm import Session

from deadlines.store.db import _alembic_config, make_engine, migrate
from deadlines.store.feeds import (
    FeedPolled,
    pending_articles,
    record_successes,
    store_batch,
    sync_feeds,
)
from deadlines.store.models import Article, Feed

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
PG_ADMIN_URL = os.environ.get(
    "DEADLINES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(params=["sqlite", "postgres"])
def blank_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database (no migration applied) on each backend."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'blank.db'}")
        yield engine
        engine.dispose()
        return
    request.getfixturevalue("postgres_url")  # skips when PostgreSQL does not answer
    name = f"deadlines_feeds_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_migration_0002_keeps_articles_and_goes_both_ways(blank_engine: Engine) -> None:
    migrate(blank_engine, "0001")
    with blank_engine.begin() as connection:
        connection.execute(
            text(
                "insert into feeds (id, name, url, tags, poll_interval_s, consecutive_failures) "
                "values (1, 'desk', 'https://news.invalid/rss', '[]', 900, 0)"
            )
        )
        connection.execute(
            text(
                "insert into articles (feed_id, guid, text, fetched_at, content_hash) "
                "values (1, 'g1', 'Old text.', :at, 'h1')"
            ),
            {"at": NOW},
        )
    migrate(blank_engine, "0002")
    columns = {c["name"] for c in inspect(blank_engine).get_columns("articles")}
    assert {"entry", "revision", "story", "copy_of"} <= columns
    feed_columns = {c["name"] for c in inspect(blank_engine).get_columns("feeds")}
    assert {"next_poll_at", "redirect_url", "body_hash", "last_status"} <= feed_columns
    with blank_engine.connect() as connection:
        assert connection.execute(text("select guid, revision from articles")).all() == [("g1", 1)]

    command.downgrade(_alembic_config(blank_engine), "0001")
    columns = {c["name"] for c in inspect(blank_engine).get_columns("articles")}
    assert "revision" not in columns
    with blank_engine.connect() as connection:
        assert connection.execute(text("select guid from articles")).scalars().all() == ["g1"]


def row(guid: str, text_: str, story: str) -> dict[str, object]:
    return {
        "guid": guid,
        "url": None,
        "title": guid,
        "text": text_,
        "published_at": None,
        "content_hash": f"hash-of-{text_}",
        "story": story,
    }


def test_revisions_and_copies_in_one_batch(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        feeds = sync_feeds(
            session, [("a", "https://a.invalid/", (), 900), ("b", "https://b.invalid/", (), 900)]
        )
        a, b = feeds["a"].id, feeds["b"].id
        counts = store_batch(
            session,
            [(a, [row("x", "one", "s1"), row("y", "two", "s2")]), (b, [row("z", "one", "s1")])],
            fetched_at=NOW,
        )
    assert [(c.new, c.revised, c.copies) for c in counts] == [(2, 0, 0), (1, 0, 1)]
    with Session(engine) as session, session.begin():
        counts = store_batch(
            session,
            [(a, [row("x", "one", "s1"), row("y", "two changed", "s3")])],
            fetched_at=NOW,
        )
        assert [(c.new, c.revised, c.copies) for c in counts] == [(0, 1, 0)]
        pending = [(p.entry, p.revision) for p in pending_articles(session)]
    assert pending == [("x", 1), ("y", 1), ("y", 2)]
    with Session(engine) as session:
        copy = session.scalars(select(Article).where(Article.guid == "z")).one()
        original = session.scalars(select(Article).where(Article.guid == "x")).one()
        assert copy.copy_of == original.id


def test_polls_that_worked_are_written_without_reading_the_feeds(engine: Engine) -> None:
    later = NOW + timedelta(hours=1)
    names = ("quiet", "renamed", "moved", "failing")
    with Session(engine) as session, session.begin():
        feeds = sync_feeds(session, [(n, f"https://{n}.invalid/", (), 900) for n in names])
        for feed in feeds.values():
            feed.etag, feed.last_modified, feed.body_hash = '"old"', "Sun, 26 Oct 2025", "h0"
            feed.page_error, feed.consecutive_failures = "2 of 5 article pages not read", 3
            feed.last_error = "the last poll timed out"
        ids = {name: feed.id for name, feed in feeds.items()}
    with Session(engine) as session, session.begin():
        record_successes(
            session,
            [
                # a 304 that repeats no validator keeps the stored ones, and the page error
                FeedPolled(ids["quiet"], status=304, next_poll_at=later),
                # a 304 with a new ETag keeps it; Last-Modified stays
                FeedPolled(ids["renamed"], status=304, next_poll_at=later, etag='"new"'),
                # a 200 without validators clears them; a permanent redirect is kept
                FeedPolled(
                    ids["moved"],
                    status=200,
                    next_poll_at=later,
                    body_hash="h1",
                    permanent_url="https://moved.invalid/feed",
                    pages=4,
                ),
            ],
            at=NOW,
        )
    with Session(engine) as session:
        rows = {feed.name: feed for feed in session.scalars(select(Feed))}
    state = {
        name: (f.etag, f.last_modified, f.body_hash, f.redirect_url, f.page_error, f.last_status)
        for name, f in rows.items()
    }
    assert state == {
        "quiet": ('"old"', "Sun, 26 Oct 2025", "h0", None, "2 of 5 article pages not read", 304),
        "renamed": ('"new"', "Sun, 26 Oct 2025", "h0", None, "2 of 5 article pages not read", 304),
        "moved": (None, None, "h1", "https://moved.invalid/feed", None, 200),
        "failing": ('"old"', "Sun, 26 Oct 2025", "h0", None, "2 of 5 article pages not read", None),
    }
    for name in ("quiet", "renamed", "moved"):
        feed = rows[name]
        assert (feed.consecutive_failures, feed.last_error) == (0, None)
        assert feed.last_polled_at == feed.last_success_at == NOW
        assert feed.next_poll_at == later
    untouched = rows["failing"]
    assert (untouched.consecutive_failures, untouched.last_polled_at) == (3, None)
