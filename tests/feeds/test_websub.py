"""Finding a feed's hub and checking a push's signature (no network, no store)."""

from __future__ import annotations

import json

import httpx
import pytest

from deadlines.errors import WebSubError
from deadlines.feeds.websub import (
    Hub,
    ask_hub,
    discover_hub,
    header_links,
    in_the_clear,
    sign,
    signature_problem,
)

FEED = "https://news.example.org/feed.xml"


def test_the_link_header_names_the_hub_and_the_topic() -> None:
    header = '<https://hub.example.net/>; rel="hub", <https://news.example.org/atom>; rel=self'
    assert discover_hub(b"", header, url=FEED) == Hub(
        "https://hub.example.net/", "https://news.example.org/atom"
    )


def test_a_link_with_several_relations_counts_for_each() -> None:
    assert header_links('</h>; rel="hub alternate"') == {"hub": "/h", "alternate": "/h"}


def test_rss_with_atom_links_names_its_hub_relative_to_the_feed() -> None:
    body = (
        b"<rss version='2.0' xmlns:atom='http://www.w3.org/2005/Atom'><channel>"
        b'<atom:link rel="hub" href="/websub"/><title>t</title></channel></rss>'
    )
    assert discover_hub(body, None, url=FEED) == Hub("https://news.example.org/websub", FEED)


def test_the_header_wins_over_the_document() -> None:
    body = b"<feed><link rel='hub' href='https://old.example.net/'/></feed>"
    found = discover_hub(body, '<https://new.example.net/>; rel="hub"', url=FEED)
    assert found is not None and found.url == "https://new.example.net/"


def test_a_json_feed_names_its_websub_hub() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "feed_url": "https://news.example.org/feed.json",
            "hubs": [
                {"type": "rssCloud", "url": "https://c/"},
                {"type": "WebSub", "url": "https://h/"},
            ],
            "items": [],
        }
    ).encode()
    assert discover_hub(body, None, url=FEED) == Hub(
        "https://h/", "https://news.example.org/feed.json"
    )


@pytest.mark.parametrize(
    "body",
    [b"<rss><channel><link>https://news.example.org/</link></channel></rss>",
     b"<feed><link rel='hub' href='javascript:alert(1)'/></feed>", b"{not json"],
)  # fmt: skip
def test_no_hub_is_found_where_none_is_named(body: bytes) -> None:
    assert discover_hub(body, None, url=FEED) is None


@pytest.mark.parametrize("method", ["sha1", "sha256", "sha384", "sha512"])
def test_each_signature_method_of_the_spec_is_checked(method: str) -> None:
    header = sign("s3cret", b"body", method)
    assert signature_problem("s3cret", b"body", header) is None
    assert "does not match" in (signature_problem("s3cret", b"body!", header) or "")
    assert "does not match" in (signature_problem("other", b"body", header) or "")


@pytest.mark.parametrize(
    ("secret", "header", "reason"),
    [("s", None, "not signed"), ("s", "", "not signed"), ("s", "md5=00", "unknown method"),
     (None, "sha1=00", "no secret")],
)  # fmt: skip
def test_pushes_without_a_usable_signature_are_refused(
    secret: str | None, header: str | None, reason: str
) -> None:
    assert reason in (signature_problem(secret, b"body", header) or "")


@pytest.mark.parametrize(
    ("url", "clear"),
    [
        ("http://hub.example.org/", True),
        ("http://10.0.0.7:8080/hub", True),
        ("https://hub.example.org/", False),
        ("http://127.0.0.1:9/hub", False),
        ("http://[::1]:9/hub", False),
        ("http://localhost/hub", False),
    ],
)
def test_plain_http_off_this_machine_is_in_the_clear(url: str, clear: bool) -> None:
    assert in_the_clear(url) is clear


def test_a_plain_http_hub_is_never_sent_the_secret() -> None:
    # refused before any connection: the transport fails the test if it is ever reached
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent to {request.url}")

    with httpx.Client(transport=httpx.MockTransport(unreachable)) as client:
        with pytest.raises(WebSubError, match="plain HTTP.*in the clear"):
            ask_hub(
                client, Hub("http://hub.example.org/", FEED), mode="subscribe",
                callback="https://me.example.org/cb/1", secret="s3cret",
            )  # fmt: skip
