from datetime import UTC, datetime

import pytest

from deadlines.errors import FeedParseError
from deadlines.feeds.parse import html_to_text, parse_feed

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
    with pytest.raises(FeedParseError, match="not a readable"):
        parse_feed(b"<html><body><p>unclosed", url="https://news.invalid/")


def test_html_to_text_keeps_paragraphs_and_drops_markup() -> None:
    assert html_to_text("<div>A&amp;B</div><style>x{}</style><p> c  d </p>") == "A&B\nc d"
