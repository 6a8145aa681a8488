"""Entities declared in a feed's own DTD: internal ones expanded, external ones never fetched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.errors import FeedParseError
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.entities import expand_entities
from deadlines.feeds.parse import parse_feed
from deadlines.store.models import Article

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)

DECLARED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [
  <!-- named characters, as old feeds declared them -->
  <!ENTITY nbsp "&#160;">
  <!ENTITY desk "Harbour &amp; Quay desk">
  <!ENTITY signed 'signed by the &desk;'>
]>
<rss version="2.0"><channel><title>&desk;</title>
<item><guid>h-1</guid><title>Quay&nbsp;works</title>
<pubDate>Sun, 26 Oct 2025 09:00:00 GMT</pubDate>
<description>The order, &signed;, closes the quay on May 2. <![CDATA[Kept: &desk;]]></description>
</item></channel></rss>"""


@pytest.mark.parametrize("thorough", [False, True])
def test_internal_entities_are_expanded(thorough: bool) -> None:
    (article,) = parse_feed(DECLARED.encode(), now=NOW, thorough=thorough)
    assert article.title == "Quay\xa0works".replace("\xa0", " ")
    assert article.text == (
        "The order, signed by the Harbour & Quay desk, closes the quay on May 2. Kept: &desk;"
    )


def test_a_document_without_declarations_is_left_as_it_is() -> None:
    plain = b'<!DOCTYPE rss SYSTEM "rss.dtd"><rss version="2.0"><channel/></rss>'
    assert expand_entities(plain, shown="x") is plain


def test_parameter_entities_are_refused() -> None:
    document = b'<!DOCTYPE r [<!ENTITY % more SYSTEM "more.dtd"> %more;]><rss/>'
    with pytest.raises(FeedParseError, match="parameter entities"):
        expand_entities(document, shown="x")


def test_entities_that_refer_to_each_other_forever_are_refused() -> None:
    document = b'<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><rss><t>&a;</t></rss>'
    with pytest.raises(FeedParseError, match="too deeply"):
        expand_entities(document, shown="x")


def test_external_entities_are_never_fetched(engine: Engine, feed_server, loopback) -> None:  # type: ignore[no-untyped-def]
    secret = feed_server.feed("/secret.txt", "the password file")
    dtd = feed_server.feed("/rules.dtd", '<!ENTITY injected "from afar">')
    document = (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{dtd}" ['
        f'<!ENTITY leak SYSTEM "{secret}"><!ENTITY home "Harbour desk">]>'
        '<rss version="2.0"><channel><title>&home;</title><item><guid>x-1</guid>'
        "<title>&home; notice</title><description>Text [&leak;] ends.</description>"
        "</item></channel></rss>"
    )
    url = feed_server.feed("/feed", document, Content_Type="application/rss+xml")

    report = jobs.poll(
        engine,
        [FeedConfig(name="old-desk", url=url)],
        now=NOW,
        options=jobs.PollOptions(allow_private=loopback),
    )

    assert report.errors == {}
    assert [path for path, _ in feed_server.requests] == ["/feed"]
    with Session(engine) as session:
        (article,) = session.scalars(select(Article))
    assert article.title == "Harbour desk notice"
    assert article.text == "Text [] ends."
