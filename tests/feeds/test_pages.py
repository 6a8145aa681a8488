"""Article pages of full_text feeds, served by real HTTP servers on loopback."""

from __future__ import annotations

import io
import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.feeds.conftest import LOOPBACK, respond

from deadlines import jobs
from deadlines.cli import main
from deadlines.errors import FeedFetchError
from deadlines.feeds.config import FeedConfig, save_feeds
from deadlines.feeds.fetch import FetchResult
from deadlines.feeds.pages import PageReader
from deadlines.feeds.robots import Robots
from deadlines.feeds.transport import deadline, make_client
from deadlines.store.models import Article, Feed

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
SUMMARY = "Dues for container ships rise."
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour dues rise from March | Coastal Courier</title>
<meta property="article:published_time" content="2025-10-20T07:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/port">Port</a> <a href="/weather">Weather</a>
<a href="/subscribe">Subscribe</a></nav>
<div class="cookie-banner">We use cookies to measure our audience. Accept all cookies or
manage your choices in the settings.</div>
<article><h1>Harbour dues rise from March</h1>
<p>The port authority said on Monday that dues for container ships will rise by four per
cent from March 1, after its board approved the new schedule at the autumn meeting.</p>
<p>Shipping lines have until January 15 to lodge objections, and the authority promised to
answer them in writing before the end of February.</p></article>
<aside><h2>Most read</h2><p>Ten soups for a cold harbour evening</p></aside>
<footer>Coastal Courier, all rights reserved. Terms of use. Privacy notice.</footer>
</body></html>"""


def feed_with(*links: str, dated: bool = False) -> str:
    date = "<pubDate>Sat, 25 Oct 2025 09:00:00 GMT</pubDate>" if dated else ""
    items = "".join(
        f"<item><guid>entry-{n}</guid><title>Harbour dues</title><link>{link}</link>"
        f"{date}<description>{SUMMARY}</description></item>"
        for n, link in enumerate(links)
    )
    return f"<rss version='2.0'><channel><title>Courier</title>{items}</channel></rss>"


_LOOPBACK = jobs.PollOptions(allow_private=LOOPBACK)


def poll_one(engine: Engine, url: str, **options: object) -> tuple[Feed, list[Article]]:
    feed = FeedConfig(name="courier", url=url, full_text=True)
    limits = {k: options.pop(k) for k in ("timeout", "max_bytes", "user_agent") if k in options}
    polled = jobs.PollOptions(allow_private=LOOPBACK, **limits)  # type: ignore[arg-type]
    jobs.poll(engine, [feed], now=NOW, options=polled, **options)  # type: ignore[arg-type]
    with Session(engine) as session:
        row = session.scalars(select(Feed)).one()
        articles = list(session.scalars(select(Article).order_by(Article.guid)))
        session.expunge_all()
    return row, articles


def test_the_article_is_taken_without_the_page_around_it(engine: Engine, feed_server) -> None:  # type: ignore[no-untyped-def]
    page = feed_server.feed("/port/dues", PAGE, Content_Type="text/html; charset=utf-8")
    url = feed_server.feed("/rss", feed_with(page))

    feed, (article,) = poll_one(engine, url)

    assert article.text.startswith("Harbour dues rise from March\nThe port authority said")
    assert "before the end of February." in article.text
    for boilerplate in ("Subscribe", "cookies", "Most read", "soups", "rights reserved"):
        assert boilerplate not in article.text
    # The feed gave no date: the page's own is used.
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2025-10-20"
    assert feed.page_error is None
    (asked,) = feed_server.hits("/port/dues")
    assert asked["User-Agent"].startswith("deadlines")
    assert feed_server.hits("/robots.txt")  # asked before the page


def test_the_feed_date_wins_over_the_page_date(sqlite_engine: Engine, feed_server) -> None:  # type: ignore[no-untyped-def]
    page = feed_server.feed("/port/dues", PAGE, Content_Type="text/html")
    url = feed_server.feed("/rss", feed_with(page, dated=True))
    _, (article,) = poll_one(sqlite_engine, url)
    assert article.published_at is not None
    assert article.published_at.replace(tzinfo=UTC) == datetime(2025, 10, 25, 9, tzinfo=UTC)


def test_a_redirect_to_an_address_outside_the_allow_list_is_refused(
    engine: Engine, feed_server, other_loopback_server
) -> None:  # type: ignore[no-untyped-def]
    inside = other_loopback_server.feed("/inside", PAGE, Content_Type="text/html")
    page = feed_server.redirect("/port/dues", inside)
    url = feed_server.feed("/rss", feed_with(page))

    feed, (article,) = poll_one(engine, url)

    assert article.text == SUMMARY
    assert feed.last_error is None  # the feed itself is fine
    assert feed.page_error is not None
    assert "1 of 1 article pages not read" in feed.page_error
    assert "127.0.0.2" in feed.page_error and "refused" in feed.page_error
    assert other_loopback_server.requests == []  # not a packet reached it


def test_a_robots_txt_that_disallows_is_honoured(
    sqlite_engine: Engine, feed_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feed(
        "/robots.txt",
        "User-agent: *\nAllow: /\n\nUser-agent: deadlines\nDisallow: /members/\n",
        Content_Type="text/plain",
    )
    closed = feed_server.feed("/members/dues", PAGE, Content_Type="text/html")
    url = feed_server.feed("/rss", feed_with(closed))

    feed, (article,) = poll_one(sqlite_engine, url)

    assert article.text == SUMMARY
    assert feed_server.hits("/members/dues") == []
    assert feed.page_error is not None and "robots.txt does not allow" in feed.page_error

    # And `deadlines feeds status` says so.
    save_feeds(tmp_path / "feeds.yaml", [FeedConfig(name="courier", url=url, full_text=True)])
    monkeypatch.setenv("DEADLINES_FEEDS", str(tmp_path / "feeds.yaml"))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", str(sqlite_engine.url))
    out = io.StringIO()
    assert main(["feeds", "status", "--format", "json"], out=out) == 0
    (row,) = json.loads(out.getvalue())
    assert row["state"] == "ok" and "robots.txt does not allow" in row["page_error"]


def test_a_redirect_to_another_site_is_held_to_that_sites_robots_txt(
    engine: Engine, feed_server, second_site
) -> None:  # type: ignore[no-untyped-def]
    # The feed's site has no robots.txt (everything allowed); the other site closes a path.
    second_site.feed(
        "/robots.txt", "User-agent: *\nDisallow: /members/\n", Content_Type="text/plain"
    )
    closed = second_site.feed("/members/dues", PAGE, Content_Type="text/html")
    open_ = second_site.feed("/news/dues", PAGE, Content_Type="text/html")
    to_closed = feed_server.redirect("/go/1", closed)
    to_open = feed_server.redirect("/go/2", open_)
    url = feed_server.feed("/rss", feed_with(to_closed, to_open))

    feed, (refused, taken) = poll_one(engine, url)

    assert second_site.hits("/members/dues") == []
    assert refused.text == SUMMARY
    assert taken.text.startswith("Harbour dues rise from March")
    assert len(second_site.hits("/robots.txt")) == 1  # once for the site, read before the page
    assert feed.page_error is not None and "1 of 2 article pages not read" in feed.page_error
    assert "robots.txt does not allow" in feed.page_error and "/members/dues" in feed.page_error


def test_a_redirects_robots_txt_is_read_within_the_pages_own_time(
    engine: Engine, feed_server, second_site
) -> None:  # type: ignore[no-untyped-def]
    # The other site's robots.txt drips: it is read within the page's time limit, not a
    # limit of its own after it, and its failure is the page's, not kept for the site.
    second_site.drip("/robots.txt", b"User-agent: *\nAllow: /\n" * 4, every=0.4)
    moved = second_site.feed("/news/dues", PAGE, Content_Type="text/html")
    url = feed_server.feed("/rss", feed_with(feed_server.redirect("/go/1", moved)))

    feed, (article,) = poll_one(engine, url, timeout=1.0)

    assert article.text == SUMMARY
    assert second_site.hits("/news/dues") == []
    assert feed.page_error is not None
    assert "robots.txt was still being read when the time of the fetch" in feed.page_error


def test_a_robots_txt_cut_short_by_a_pages_time_is_asked_for_again() -> None:
    tries: list[str] = []

    def fetch(url: str) -> FetchResult:
        tries.append(url)
        with deadline(60):  # the robots.txt's own limit, inside the page's
            raise FeedFetchError(f"{url} did not finish answering in time")

    robots = Robots(fetch, "deadlines/1.0")
    with deadline(0):  # a page whose time has run out
        with pytest.raises(FeedFetchError, match="still being read"):
            robots.refusal("http://127.0.0.1:9/news/a")
    # Outside any page's time the failure is the site's, kept for the poll.
    refusal = robots.refusal("http://127.0.0.1:9/news/b")
    assert refusal is not None and "could not be read" in refusal
    assert robots.refusal("http://127.0.0.1:9/news/c") == refusal
    assert tries == ["http://127.0.0.1:9/robots.txt"] * 2


def test_a_robots_txt_failure_kept_for_the_poll_is_told_as_it_was_when_time_is_up() -> None:
    def fetch(url: str) -> FetchResult:
        raise FeedFetchError(f"{url} answered with a server error")

    robots = Robots(fetch, "deadlines/1.0")
    refusal = robots.refusal("http://127.0.0.1:9/news/a")  # outside any page's time: kept
    assert refusal is not None and "could not be read" in refusal
    with deadline(0):  # a page redirected here whose time has run out asks no read
        assert robots.refusal("http://127.0.0.1:9/news/b") == refusal


def test_a_redirect_waits_for_another_pages_robots_txt_read_no_longer_than_its_time() -> None:
    reading, release = threading.Event(), threading.Event()

    def fetch(url: str) -> FetchResult:
        reading.set()
        release.wait(10)  # another page's read, within a limit of its own
        raise FeedFetchError(f"{url} did not finish answering in time")

    robots = Robots(fetch, "deadlines/1.0")
    other = threading.Thread(target=robots.refusal, args=("http://127.0.0.1:9/news/a",))
    other.start()
    try:
        assert reading.wait(5)
        started = time.monotonic()
        with deadline(0.3), pytest.raises(FeedFetchError, match="still being read"):
            robots.refusal("http://127.0.0.1:9/news/b")  # a page redirected here
        assert time.monotonic() - started < 2
    finally:
        release.set()
        other.join()


def test_a_slow_page_times_out_and_the_summary_stays(sqlite_engine: Engine, feed_server) -> None:  # type: ignore[no-untyped-def]
    slow = feed_server.drip("/slow", PAGE.encode(), every=0.5)
    url = feed_server.feed("/rss", feed_with(slow))

    feed, (article,) = poll_one(sqlite_engine, url, timeout=1.0)

    assert article.text == SUMMARY
    assert feed.page_error is not None
    assert "did not finish answering within 1s" in feed.page_error


def test_a_page_read_before_is_asked_for_with_its_validators(
    sqlite_engine: Engine, feed_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            respond(304, b"", ETag='"v1"')(handler)
        else:
            respond(200, PAGE, ETag='"v1"', Content_Type="text/html")(handler)

    page = feed_server.on("/port/dues", answer)
    first = feed_server.feed("/rss", feed_with(page))
    again = feed_server.feed("/rss-2", feed_with(page).replace("entry-", "other-"))
    cache = tmp_path / "pages"
    feeds = [FeedConfig(name="a", url=first, full_text=True)]
    jobs.poll(sqlite_engine, feeds, now=NOW, options=_LOOPBACK, page_cache=cache)
    feeds = [FeedConfig(name="b", url=again, full_text=True)]
    jobs.poll(sqlite_engine, feeds, now=NOW, options=_LOOPBACK, page_cache=cache)

    first_ask, second_ask = feed_server.hits("/port/dues")
    assert "If-None-Match" not in first_ask and second_ask["If-None-Match"] == '"v1"'
    with Session(sqlite_engine) as session:
        texts = {a.guid: a.text for a in session.scalars(select(Article))}
    assert texts["other-0"] == texts["entry-0"] != SUMMARY
    assert len(list(cache.glob("*.json"))) == 1


def test_pages_of_one_host_are_fetched_concurrently_within_the_bound(feed_server) -> None:  # type: ignore[no-untyped-def]
    lock = threading.Lock()
    in_flight, most = 0, 0
    pair = threading.Barrier(2, timeout=10)

    def answer(handler: BaseHTTPRequestHandler) -> None:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        try:
            pair.wait()  # two requests must be in flight together to get past this
        finally:
            with lock:
                in_flight -= 1
        respond(200, PAGE, Content_Type="text/html")(handler)

    urls = [feed_server.on(f"/page-{n}", answer) for n in range(6)]
    client = make_client("deadlines-test", allow=LOOPBACK)
    reader = PageReader(client, user_agent="deadlines-test", workers=6, per_host=2)
    try:
        pages = reader.read_all(urls)
    finally:
        reader.close()
        client.close()
    assert [page.error for page in pages.values()] == [None] * 6
    assert most == 2
