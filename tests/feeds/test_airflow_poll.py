"""The poll DAG's task bodies without a scheduler: shards, and one shard's poll."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deadlines.feeds.config import FeedConfig, save_feeds, shard
from deadlines.store import make_engine, migrate
from deadlines.store.models import Article

pytest.importorskip("airflow.sdk")

from deadlines_airflow.tasks.poll import plan_shards, poll_feeds  # noqa: E402


def test_small_lists_are_one_shard_large_ones_several() -> None:
    assert plan_shards(3) == [[0, 1]]
    assert plan_shards(0) == [[0, 1]]
    assert plan_shards(1000) == [[0, 4], [1, 4], [2, 4], [3, 4]]
    assert len(plan_shards(100_000)) == 16


def test_shards_cover_every_feed_once() -> None:
    feeds = [FeedConfig(name=f"feed-{i}", url=f"https://n{i}.invalid/") for i in range(200)]
    parts = [shard(feeds, index, 3) for index in range(3)]
    names = sorted(feed.name for part in parts for feed in part)
    assert names == sorted(feed.name for feed in feeds)
    assert all(part for part in parts)


def test_one_shard_polls_only_its_feeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, http_server
) -> None:  # type: ignore[no-untyped-def]
    feeds = []
    for i in range(6):
        body = (
            f"<rss version='2.0'><channel><title>D</title><item><guid>g{i}</guid>"
            f"<title>Story {i}</title><description>Text {i}.</description></item></channel></rss>"
        )
        feeds.append(FeedConfig(name=f"feed-{i}", url=http_server.serve(f"/f{i}", body)))
    save_feeds(tmp_path / "feeds.yaml", feeds)
    database = f"sqlite:///{tmp_path / 'store.db'}"
    migrate(make_engine(database))
    monkeypatch.setenv("DEADLINES_FEEDS", str(tmp_path / "feeds.yaml"))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", database)
    monkeypatch.setenv("DEADLINES_ALLOW_PRIVATE_ADDRESSES", "127.0.0.1/32")

    now = {"now": "2025-10-26T20:00:00"}
    counts = [poll_feeds(now, [index, 2]) for index in range(2)]

    assert sum(counts) == 6 and all(counts)
    assert len(http_server.requests) == 6
    with Session(make_engine(database)) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 6
    assert poll_feeds(now, [0, 2]) == 0  # not due again: nothing new, no event
