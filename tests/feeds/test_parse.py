from datetime import UTC, datetime
from pathlib import Path

import pytest

from deadlines.errors import FeedParseError
from deadlines.feeds.parse import html_to_text, parse_feed
from deadlines.feeds.quickxml import quick_entries

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Desk</title>
<item>
  <title>Vote set &lt;b&gt;for&lt;/b&gt; Friday</title>
  <link>https://news.invalid/a</link>
  <guid>a-1</guid>
  <pubDate>Mon, 03 Nov 2025 08:00:00 +0100</pubDate>
  <description><![CDATA[<p>The council votes on Friday.</p><script>alert(1)</script><p>Second\x01 line.</p>]]></description>
</item>
<item>
  <title>No id, no link</title>
  <description>Plain summary.</description>
</item>
<item>
  <title>Scripted link</title>
  <link>javascript:alert(1)</link>
  <description>Text.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:desk</id>
<updated>2025-10-26T12:00:00Z</updated>
<entry><title>Rule takes effect</title><id>urn:entry:1</id>
<link href="https://news.invalid/rule"/><updated>2025-10-26T12:00:00Z</updated>
<content type="html">&lt;p&gt;The rule takes effect on January 1.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_become_clean_articles() -> None:
    articles = parse_feed(RSS.encode())
    first = articles[0]
    assert first.guid == "a-1"
    assert first.url == "https://news.invalid/a"
    assert first.title == "Vote set for Friday"
    assert first.text == "The council votes on Friday.\nSecond line."
    assert first.published_at == datetime(2025, 11, 3, 7, 0, tzinfo=UTC)


def test_entries_without_id_get_a_content_hash_and_bad_links_are_dropped() -> None:
    articles = parse_feed(RSS.encode())
    assert articles[1].guid.startswith("sha256:")
    assert articles[1].published_at is None
    assert articles[2].url is None
    assert parse_feed(RSS.encode())[1].guid == articles[1].guid


def test_atom_content_is_preferred() -> None:
    (article,) = parse_feed(ATOM.encode())
    assert article.guid == "urn:entry:1"
    assert article.text == "The rule takes effect on January 1."
    assert article.published_at == datetime(2025, 10, 26, 12, 0, tzinfo=UTC)


def test_not_a_feed_is_a_parse_error() -> None:
    with pytest.raises(FeedParseError, match="HTML page"):
        parse_feed(b"<html><body><p>unclosed", url="https://news.invalid/")
    with pytest.raises(FeedParseError, match="not a readable"):
        parse_feed(b"}{ no markup at all <<<", url="https://news.invalid/")


def test_html_to_text_keeps_paragraphs_and_drops_markup() -> None:
    assert html_to_text("<div>A&amp;B</div><style>x{}</style><p> c  d </p>") == "A&B\nc d"


JSON_FEED = """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Desk",
  "items": [
    {"id": "j-1", "url": "https://news.invalid/j1", "title": "Quota <b>cut</b>",
     "content_html": "<p>The quota falls on <em>June 1</em>.</p><script>x()</script>",
     "date_published": "2025-10-25T08:30:00+02:00"},
    {"id": 7, "url": "javascript:void(0)", "content_text": "Plain words only."},
    {"title": "No id, no link", "summary": "Short."},
    "not an item"
  ]
}"""


def test_json_feed_is_read() -> None:
    first, second, third = parse_feed(JSON_FEED.encode(), content_type="application/feed+json")
    assert (first.guid, first.title, first.text) == (
        "j-1",
        "Quota cut",
        "The quota falls on June 1.",
    )
    assert first.published_at == datetime(2025, 10, 25, 6, 30, tzinfo=UTC)
    assert (second.guid, second.url, second.text) == ("7", None, "Plain words only.")
    assert third.guid.startswith("sha256:") and third.summary_only


def test_json_that_is_not_a_feed_is_refused() -> None:
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_feed(b'{"hello": "world"}')


def test_an_entity_bomb_is_refused() -> None:
    levels = "".join(f'<!ENTITY e{n} "' + f"&e{n - 1};" * 10 + '">' for n in range(1, 9))
    bomb = f'<!DOCTYPE r [<!ENTITY e0 "xxxxxxxxxx">{levels}]><rss><channel><title>&e8;'
    with pytest.raises(FeedParseError, match="XML entities, which expand to more than"):
        parse_feed((bomb + "</title></channel></rss>").encode())


def test_html_page_is_named_as_such() -> None:
    with pytest.raises(FeedParseError, match="HTML page, not a feed"):
        parse_feed(b"<!doctype html><html><body><p>hello</p></body></html>")


def test_charset_from_the_http_header_is_heard() -> None:
    body = "<rss version='2.0'><channel><item><guid>1</guid><title>Prix \xe0 payer</title>"
    body += "<description>ok</description></item></channel></rss>"
    (article,) = parse_feed(body.encode("iso-8859-1"), content_type="text/xml; charset=iso-8859-1")
    assert article.title == "Prix à payer"


def test_future_dates_are_dropped_and_control_characters_removed() -> None:
    body = (
        b"<rss version='2.0'><channel><item><guid>a&#1;b</guid><title>T\x01itle</title>"
        b"<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate><description>x</description></item>"
        b"</channel></rss>"
    )
    (article,) = parse_feed(body, now=datetime(2025, 10, 26, tzinfo=UTC))
    assert article.published_at is None
    assert "\x01" not in article.guid + (article.title or "")


def test_copies_of_a_story_share_a_story_key() -> None:
    one = parse_feed(RSS.encode())[0]
    elsewhere = RSS.replace("a-1", "wire-9").replace("https://news.invalid/a", "https://b.invalid/")
    assert parse_feed(elsewhere.encode())[0].story == one.story
    assert parse_feed(ATOM.encode())[0].story != one.story


DEMO = (Path(__file__).resolve().parents[2] / "demo" / "feed.xml").read_bytes()
PLAIN_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Desk</title>
<item><title>Tariff &lt;em&gt;pause&lt;/em&gt; ends</title><guid isPermaLink="true">https://news.invalid/p</guid>
<pubDate>Tue, 28 Oct 2025 07:15:00 -0400</pubDate>
<description>Teaser only.</description>
<content:encoded><![CDATA[<p>The pause ends on <b>December 1</b>.</p><script>no()</script>]]></content:encoded></item>
<item><title>Dated by dc</title><guid isPermaLink="false">dc-1</guid><link> https://news.invalid/dc </link>
<dc:date>2025-10-27T10:00:00+02:00</dc:date><description>A &amp; B agree.</description></item>
<item><description>Only a description, no title, no id.</description></item>
</channel></rss>"""
ATOM_PLAIN = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
<updated>2025-10-26T12:00:00Z</updated>
<entry><title type="html">Levy &lt;b&gt;vote&lt;/b&gt;</title><id>urn:1</id>
<link rel="self" href="https://news.invalid/self"/><link href="https://news.invalid/1"/>
<published>2025-10-25T08:00:00+01:00</published><updated>2025-10-26T08:00:00Z</updated>
<summary>Short.</summary><content type="html">&lt;p&gt;The levy vote is on Friday.&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><id>urn:2</id><updated>2025-10-26T09:00:00Z</updated>
<summary type="text">Plain words.</summary></entry>
</feed>"""


@pytest.mark.parametrize(
    "document",
    [DEMO, PLAIN_RSS.encode(), ATOM_PLAIN.encode(), ATOM.encode()],
    ids=["demo", "plain-rss", "plain-atom", "atom"],
)
def test_the_quick_reading_gives_what_feedparser_gives(document: bytes) -> None:
    now = datetime(2025, 10, 26, 20, tzinfo=UTC)
    assert quick_entries(document) is not None  # these documents take the quick path
    quick = parse_feed(document, url="https://news.invalid/feed", now=now)
    thorough = parse_feed(document, url="https://news.invalid/feed", now=now, thorough=True)
    assert quick == thorough


@pytest.mark.parametrize(
    "document",
    [
        b"<?xml version='1.0'?><!DOCTYPE rss><rss version='2.0'><channel></channel></rss>",
        b"<rss version='0.91'><channel><item><title>t</title></item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>a &nbsp; b</title></item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>x<b>y</b></title></item></channel></rss>",
        b"<rss version='2.0'><channel><item><pubDate>someday</pubDate></item></channel></rss>",
        b"<rss version='2.0'><channel><item><title>t</title></item></channel>",
        RSS.encode(),
    ],
    ids=["doctype", "rss-0.91", "html-entity", "markup-in-title", "odd-date", "unclosed", "nul"],
)
def test_anything_unusual_goes_to_feedparser(document: bytes) -> None:
    assert quick_entries(document) is None


def test_a_charset_disagreement_goes_to_feedparser() -> None:
    body = "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel/></rss>"
    assert quick_entries(body.encode(), "application/rss+xml; charset=utf-8") is None
    assert quick_entries(body.encode(), "application/rss+xml; charset=ISO-8859-1") == []
