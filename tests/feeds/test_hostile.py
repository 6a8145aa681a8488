"""The hostile-feed suite: every case served over real HTTP on 127.0.0.1, all in one poll.

Each case must not crash the poll, must not stop the good feeds polled with it, and must
leave its feed's status saying what went wrong (or, for feeds that are odd but usable,
its articles stored clean).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.feeds.config import FeedConfig
from deadlines.jobs import PollOptions
from deadlines.store.models import Article, Feed

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)


def rss(*items: str, encoding: str = "utf-8") -> str:
    return (
        f"<?xml version='1.0' encoding='{encoding}'?><rss version='2.0'><channel>"
        f"<title>Desk</title><link>https://news.invalid/</link>{''.join(items)}</channel></rss>"
    )


def item(guid: str, title: str, text: str, date: str = "Sun, 26 Oct 2025 09:00:00 GMT") -> str:
    dated = f"<pubDate>{date}</pubDate>" if date else ""
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><link>https://news.invalid/{guid}</link>"
        f"{dated}<description>{text}</description></item>"
    )


GOOD = rss(
    item("good-1", "Levy vote moved", "The assembly now votes on the levy on November 3."),
    item("good-2", "Port strike ends", "Dock workers return on Monday after the deal."),
)
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
    + ']><rss version="2.0"><channel><title>&i;</title><item><title>&i;</title>'
    "<description>x</description></item></channel></rss>"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Newsroom</title></head><body><h1>Latest</h1>"
    "<p>Subscribe to our feed.</p></body></html>"
)
MALFORMED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Broken & unescaped</title>"
    "<item><guid>m-1</guid><title>Tolls rise & fall</title><description>The bridge toll "
    "rises on December 1 & stays.</description></item>"
    "<item><guid>m-2</guid><title>Second</title><description>Still readable"
)
GARBAGE = b"\x00\x01\x02 this is not a feed at all }{ <<< >>> \xff\xfe"


def serve_everything(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Serve every hostile case and two good feeds; return name -> url."""
    latin = rss(
        item("enc-1", "Caf\xe9 owners", "The caf\xe9 tax starts on March 1."), encoding="iso-8859-1"
    )
    mislabelled = rss(item("enc-2", "Caf\xe9 rule", "The caf\xe9 rule is delayed."))
    server.redirect("/loop-b", server.url("/loop-a"))
    return {
        "good-a": server.feed("/good-a", GOOD, Content_Type="application/rss+xml"),
        "good-b": server.gzipped(
            "/good-b",
            rss(item("b-1", "Rail tender", "Bids close on November 20.")).encode(),
            Content_Type="application/rss+xml",
        ),
        "malformed": server.feed("/malformed", MALFORMED),
        "garbage": server.feed("/garbage", GARBAGE, Content_Type="application/xml"),
        "latin-1": server.feed("/latin", latin.encode("iso-8859-1"), Content_Type="text/xml"),
        "mislabelled": server.feed(
            "/mislabelled",
            mislabelled.encode("iso-8859-1"),
            Content_Type="application/rss+xml; charset=utf-8",
        ),
        "fifty-mb": server.big("/huge", 50 * 1024 * 1024, declare_length=False),
        "fifty-mb-declared": server.big("/huge-declared", 50 * 1024 * 1024, declare_length=True),
        "gzip-bomb": server.gzip_bomb("/bomb.gz", 64 * 1024 * 1024),
        "entity-bomb": server.feed("/entities", ENTITY_BOMB),
        "drip": server.drip("/drip", GOOD.encode(), every=1.0),
        "drip-headers": server.drip("/drip-headers", b"X-Slow: " + b"y" * 100, headers=False),
        "endless": server.endless("/endless"),
        "redirect-loop": server.redirect("/loop-a", server.url("/loop-b")),
        "html": server.feed("/page", HTML_PAGE, Content_Type="text/html; charset=utf-8"),
        "not-found": server.url("/nothing-here"),
        "gone": server.feed("/gone", "gone", status=410),
        "slow-down": server.feed("/busy", "later", status=429, Retry_After="7200"),
        "server-error": server.feed("/error", "oops", status=500),
        "duplicates": server.feed(
            "/dups",
            rss(
                item("same", "First telling", "The pact is signed on Friday."),
                item("same", "Second telling", "Another text under the same id."),
            ),
        ),
        "undated": server.feed("/undated", rss(item("u-1", "No date", "Undated text.", date=""))),
        "future": server.feed(
            "/future",
            rss(item("f-1", "From the future", "Odd clock.", date="Fri, 01 Jan 2100 00:00:00 GMT")),
        ),
        "scripted": server.feed(
            "/scripted",
            rss(
                "<item><guid>s-1</guid><title>Vote &lt;script&gt;alert('x')&lt;/script&gt;today"
                "</title><link>javascript:alert(1)</link><description>&lt;p&gt;Clean "
                "text&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;\x00</description></item>"
            ).replace("\x00", "&#0;"),
        ),
    }


# What each failing feed's status must say (a regular expression on last_error).
FAILURES = {
    "garbage": r"not a readable|not an RSS",
    "fifty-mb": r"larger than the 10,485,760-byte cap$",
    "fifty-mb-declared": r"52,428,800 bytes, over the 10,485,760-byte cap",
    "gzip-bomb": r"larger than the 10,485,760-byte cap \(after decompression\)",
    "entity-bomb": r"declares its own XML entities",
    "drip": r"did not finish answering within 2s",
    "drip-headers": r"did not finish answering within 2s",
    "endless": r"larger than the .*cap|did not finish answering",
    "redirect-loop": r"redirected more than 5 times",
    "html": r"is an HTML page, not a feed",
    "not-found": r"was not found \(HTTP 404\)",
    "gone": r"is gone for good \(HTTP 410\)",
    "slow-down": r"asked us to slow down \(HTTP 429\); it asks us to wait 7200s",
    "server-error": r"answered HTTP 500 \(a server error\)",
}


def test_one_poll_over_every_hostile_case(engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    urls = serve_everything(feed_server)
    feeds = [FeedConfig(name=name, url=url) for name, url in urls.items()]

    options = PollOptions(timeout=2.0, allow_private=loopback)
    report = jobs.poll(engine, feeds, now=NOW, options=options)

    assert set(report.errors) == set(FAILURES)
    assert report.feeds_ok == len(feeds) - len(FAILURES)
    with Session(engine) as session:
        state = {feed.name: feed for feed in session.scalars(select(Feed))}
        articles = {
            (feed.name, article.guid): article
            for article, feed in session.execute(
                select(Article, Feed).join(Feed, Article.feed_id == Feed.id)
            )
        }
    for name, pattern in FAILURES.items():
        error = state[name].last_error or ""
        assert re.search(pattern, error), (name, error)
        assert state[name].consecutive_failures == 1
        assert state[name].next_poll_at is not None and state[name].next_poll_at > NOW
    for name in set(urls) - set(FAILURES):
        assert state[name].last_error is None, (name, state[name].last_error)
        assert state[name].last_success_at == NOW

    # The good feeds are stored whatever their neighbours did.
    assert articles["good-a", "good-1"].text == "The assembly now votes on the levy on November 3."
    assert ("good-a", "good-2") in articles and ("good-b", "b-1") in articles
    # Malformed but usable: the readable entry is kept.
    assert "December 1" in articles["malformed", "m-1"].text
    # Encodings: declared in the XML, and a wrong charset in the HTTP header.
    assert articles["latin-1", "enc-1"].text == "The café tax starts on March 1."
    assert "rule is delayed" in articles["mislabelled", "enc-2"].text
    # Duplicate ids: stored once, the first telling.
    dups = [a for (name, _), a in articles.items() if name == "duplicates"]
    assert [a.title for a in dups] == ["First telling"]
    # Missing and future dates: no date rather than a wrong one.
    assert articles["undated", "u-1"].published_at is None
    assert articles["future", "f-1"].published_at is None
    # Script in a title and a body, a javascript: link, a NUL: all gone.
    scripted = articles["scripted", "s-1"]
    assert scripted.title == "Vote today"
    assert scripted.text == "Clean text"
    assert scripted.url is None
    # Retry-After is obeyed: the busy feed is not polled again for two hours.
    assert state["slow-down"].next_poll_at >= NOW + timedelta(hours=2)
    # The endless feed was cut off: the server saw the client leave.
    assert feed_server.hits("/endless")


def test_a_second_poll_leaves_failing_feeds_alone_until_they_are_due(
    sqlite_engine: Engine, feed_server, loopback
) -> None:  # type: ignore[no-untyped-def]
    busy = feed_server.feed("/busy", "later", status=503, Retry_After="3600")
    good = feed_server.feed("/good", GOOD)
    feeds = [FeedConfig(name="busy", url=busy), FeedConfig(name="good", url=good)]
    jobs.poll(sqlite_engine, feeds, now=NOW, options=PollOptions(allow_private=loopback))
    again = jobs.poll(
        sqlite_engine,
        feeds,
        now=NOW + timedelta(minutes=20),
        options=PollOptions(allow_private=loopback),
    )
    assert again.polled == 1 and again.not_due == 1  # good is due again, busy is not
    assert len(feed_server.hits("/busy")) == 1
