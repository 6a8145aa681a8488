"""The poll step over real HTTP: conditional re-polls, revisions, backoff, redirects, copies."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.feeds.config import FeedConfig
from deadlines.jobs import PollOptions
from deadlines.store.feeds import pending_articles
from deadlines.store.models import Article, Feed

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)


def rss(*items: tuple[str, str, str]) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>https://news.invalid/{guid}</link>"
        f"<pubDate>Sun, 26 Oct 2025 09:00:00 GMT</pubDate><description>{text}</description></item>"
        for guid, title, text in items
    )
    return f"<rss version='2.0'><channel><title>Desk</title>{body}</channel></rss>".encode()


TRUCE = ("truce", "Truce extended", "The truce now expires on November 10.")
SUMMIT = ("summit", "Summit set", "The leaders meet in Geneva on November 3.")


def conditional(body_of: dict[str, bytes], etag: str = '"v1"'):  # type: ignore[no-untyped-def]
    """An answer honouring If-None-Match; ``body_of['body']`` can be swapped by a test."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        tag = etag + str(hash(body_of["body"]))
        if handler.headers.get("If-None-Match") == tag:
            handler.send_response(304)
            handler.send_header("ETag", tag)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("ETag", tag)
        handler.send_header("Content-Length", str(len(body_of["body"])))
        handler.end_headers()
        handler.wfile.write(body_of["body"])

    return answer


def count(engine: Engine, model: type) -> int:  # type: ignore[type-arg]
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_unchanged_feed_is_asked_conditionally_and_stores_nothing(
    engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    body = {"body": rss(TRUCE, SUMMIT)}
    url = feed_server.on("/feed", conditional(body))
    feeds = [FeedConfig(name="desk", url=url)]
    first = jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    assert first.new_articles == 2 and first.changed == 2

    again = jobs.poll(engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))

    assert feed_server.hits("/feed")[-1]["If-None-Match"].startswith('"v1"')
    assert (again.new_articles, again.revised_articles, again.unchanged) == (0, 0, 1)
    assert count(engine, Article) == 2


def test_a_changed_entry_is_one_new_revision_and_one_reextraction(
    engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    body = {"body": rss(TRUCE, SUMMIT)}
    url = feed_server.on("/feed", conditional(body))
    feeds = [FeedConfig(name="desk", url=url)]
    jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    assert jobs.extract(engine, now=NOW).articles == 2

    moved = ("truce", "Truce extended again", "The truce now expires on November 24.")
    body["body"] = rss(moved, SUMMIT)
    report = jobs.poll(engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))

    assert (report.new_articles, report.revised_articles, report.changed) == (0, 1, 1)
    with Session(engine) as session:
        revisions = session.execute(
            select(Article.revision, Article.text)
            .where(Article.entry == "truce")
            .order_by(Article.revision)
        ).all()
        assert [r.revision for r in revisions] == [1, 2]
        assert "November 24" in revisions[1].text
        assert [(a.entry, a.guid) for a in pending_articles(session)] == [
            ("truce", "truce#revision-2")
        ]
    assert jobs.extract(engine, now=LATER).articles == 1
    assert jobs.extract(engine, now=LATER).articles == 0


def test_one_batch_records_answers_of_every_kind(engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    quiet = feed_server.on("/quiet", conditional({"body": rss(TRUCE)}))
    flaky = feed_server.on("/flaky", conditional({"body": rss(SUMMIT)}))
    feeds = [FeedConfig(name="quiet", url=quiet), FeedConfig(name="flaky", url=flaky)]
    jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    feed_server.feed("/flaky", "down", status=503)

    report = jobs.poll(engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))

    assert (report.feeds_ok, report.unchanged, list(report.errors)) == (1, 1, ["flaky"])
    with Session(engine) as session:
        rows = {feed.name: feed for feed in session.scalars(select(Feed))}
    kept, failed = rows["quiet"], rows["flaky"]
    assert (kept.last_status, kept.last_success_at, kept.consecutive_failures) == (304, LATER, 0)
    assert kept.etag is not None and kept.etag.startswith('"v1"')
    assert (failed.last_status, failed.consecutive_failures, failed.last_polled_at) == (
        503,
        1,
        LATER,
    )
    assert failed.last_success_at == NOW and "HTTP 503" in (failed.last_error or "")
    assert failed.etag is not None  # the validators of the last good answer stay


def test_same_bytes_without_validators_are_not_parsed_again(
    sqlite_engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/plain", rss(TRUCE))
    feeds = [FeedConfig(name="plain", url=url)]
    jobs.poll(sqlite_engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    again = jobs.poll(sqlite_engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))
    assert again.unchanged == 1 and again.new_articles == 0


def test_backoff_grows_with_failures_and_resets_on_recovery(
    engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/flaky", "down", status=500)
    feeds = [FeedConfig(name="flaky", url=url, poll_interval=timedelta(minutes=10))]

    def state() -> Feed:
        with Session(engine) as session:
            return session.scalars(select(Feed)).one()

    jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    assert state().next_poll_at == NOW + timedelta(minutes=10)
    second = NOW + timedelta(minutes=10)
    jobs.poll(engine, feeds, now=second, options=PollOptions(allow_private=loopback))
    assert state().consecutive_failures == 2
    assert state().next_poll_at == second + timedelta(minutes=20)
    early = jobs.poll(
        engine,
        feeds,
        now=second + timedelta(minutes=5),
        options=PollOptions(allow_private=loopback),
    )
    assert early.polled == 0 and early.not_due == 1

    feed_server.feed("/flaky", rss(TRUCE))
    third = second + timedelta(minutes=20)
    report = jobs.poll(engine, feeds, now=third, options=PollOptions(allow_private=loopback))
    assert report.feeds_ok == 1 and report.new_articles == 1
    recovered = state()
    assert (recovered.consecutive_failures, recovered.last_error) == (0, None)
    assert recovered.next_poll_at == third + timedelta(minutes=10)
    assert recovered.last_success_at == third


def test_max_age_delays_the_next_poll(sqlite_engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/cached", rss(TRUCE), Cache_Control="public, max-age=7200")
    jobs.poll(
        sqlite_engine,
        [FeedConfig(name="c", url=url)],
        now=NOW,
        options=PollOptions(allow_private=loopback),
    )
    with Session(sqlite_engine) as session:
        assert session.scalars(select(Feed.next_poll_at)).one() == NOW + timedelta(hours=2)


def test_a_permanent_redirect_is_remembered(engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    new = feed_server.feed("/new", rss(TRUCE))
    old = feed_server.redirect("/old", new, status=301)
    feeds = [FeedConfig(name="moved", url=old)]
    jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    with Session(engine) as session:
        assert session.scalars(select(Feed.redirect_url)).one() == new
    jobs.poll(engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))
    assert len(feed_server.hits("/old")) == 1 and len(feed_server.hits("/new")) == 2


def test_syndicated_copies_are_one_story(engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    wire = feed_server.feed("/wire", rss(TRUCE))
    paper = feed_server.feed(
        "/paper", rss(("paper-77", "TRUCE EXTENDED", "The truce now expires on November 10!"))
    )
    feeds = [FeedConfig(name="wire", url=wire), FeedConfig(name="paper", url=paper)]
    report = jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    assert (report.new_articles, report.copies, report.changed) == (2, 1, 1)
    with Session(engine) as session:
        rows = session.scalars(select(Article).order_by(Article.id)).all()
        assert rows[1].copy_of == rows[0].id and rows[0].copy_of is None
        assert len(pending_articles(session)) == 1


def test_full_text_option_fetches_the_page_once(
    sqlite_engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    page = feed_server.feed(
        "/story",
        "<html><head><title>t</title><script>x()</script></head><body><nav>Home | World</nav>"
        "<article><h1>Truce</h1><p>The truce now expires on November 10, officials said, "
        "after long talks.</p></article><footer>(c) Desk</footer></body></html>",
        Content_Type="text/html; charset=utf-8",
    )
    body = (
        f"<rss version='2.0'><channel><title>D</title><item><guid>t1</guid><title>Truce</title>"
        f"<link>{page}</link><description>Short teaser.</description></item></channel></rss>"
    )
    url = feed_server.feed("/teasers", body)
    feeds = [FeedConfig(name="teasers", url=url, full_text=True)]
    jobs.poll(sqlite_engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    with Session(sqlite_engine) as session:
        text = session.scalars(select(Article.text)).one()
    assert text == "Truce\nThe truce now expires on November 10, officials said, after long talks."
    feed_server.feed("/teasers", body + " ")  # new bytes, same entry
    again = jobs.poll(sqlite_engine, feeds, now=LATER, options=PollOptions(allow_private=loopback))
    assert again.revised_articles == 0 and len(feed_server.hits("/story")) == 1


def test_disabled_feeds_are_not_polled(sqlite_engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/f", rss(TRUCE))
    report = jobs.poll(
        sqlite_engine,
        [FeedConfig(name="off", url=url, enabled=False)],
        now=NOW,
        options=PollOptions(allow_private=loopback),
    )
    assert report.polled == 0 and feed_server.hits("/f") == []


def test_secrets_stay_out_of_logs_errors_and_status(
    sqlite_engine: Engine, feed_server, loopback, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="httpx")
    ok = feed_server.feed("/ok", rss(TRUCE))
    feeds = [
        FeedConfig(name="ok", url=ok + "?api_key=s3cret-token"),
        FeedConfig(name="bad", url=feed_server.url("/nope?api_key=s3cret-token")),
    ]
    report = jobs.poll(sqlite_engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    with Session(sqlite_engine) as session:
        stored = " ".join(e or "" for e in session.scalars(select(Feed.last_error)))
    assert "s3cret" not in caplog.text + str(report.errors) + stored
    assert "api_key=***" in report.errors["bad"]


def test_feeds_are_fetched_concurrently_in_worker_processes(
    sqlite_engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    in_flight = threading.Condition()
    state = {"now": 0, "peak": 0}

    def answer(handler: BaseHTTPRequestHandler) -> None:
        with in_flight:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
            in_flight.notify_all()
            in_flight.wait_for(lambda: state["peak"] >= 4, timeout=5)
            state["now"] -= 1
        data = rss((handler.path.strip("/"), "Title " + handler.path, "Text of " + handler.path))
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    feeds = [FeedConfig(name=f"f{i}", url=feed_server.on(f"/f{i}", answer)) for i in range(60)]
    report = jobs.poll(
        sqlite_engine,
        feeds,
        now=NOW,
        options=PollOptions(allow_private=loopback, concurrency=8, processes=2),
    )
    assert state["peak"] >= 4
    assert report.feeds_ok == 60 and report.new_articles == 60
    with Session(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 60
