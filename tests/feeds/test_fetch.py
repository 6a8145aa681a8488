"""Fetching over real HTTP on loopback: validators, caps, timeouts, redirects, addresses."""

from __future__ import annotations

import ipaddress
import logging
import tracemalloc
from datetime import UTC, datetime

import httpx
import pytest

from deadlines.errors import FeedFetchError
from deadlines.feeds.address import AddressRefused, redact_url
from deadlines.feeds.fetch import FeedStatusError, fetch_feed, make_client, max_age
from deadlines.feeds.transport import _remaining, deadline

RSS = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
MB = 1024 * 1024


@pytest.fixture
def client(loopback):  # type: ignore[no-untyped-def]
    with make_client("deadlines-test", allow=loopback) as c:
        yield c


def test_fetches_body_and_validators(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/rss", RSS, ETag='"v1"', Last_Modified="Sun, 26 Oct 2025 10:00:00 GMT")
    result = fetch_feed(url, client=client)
    assert result.content == RSS
    assert result.etag == '"v1"'
    assert result.last_modified == "Sun, 26 Oct 2025 10:00:00 GMT"
    method, path, headers, _ = http_server.requests[-1]
    assert headers["User-Agent"] == "deadlines-test"
    assert headers["Accept-Encoding"] == "gzip, deflate"


def test_sends_conditional_headers_and_reads_304(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/rss", b"", status=304)
    result = fetch_feed(url, client=client, etag='"v1"', last_modified="yesterday")
    assert result.not_modified
    headers = http_server.requests[-1][2]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "yesterday"


def test_a_cookie_set_on_a_redirect_comes_back_with_the_next_request(
    http_server, client: httpx.Client
) -> None:
    """Sites that check cookies set one and redirect; answers without one keep the jar."""
    target = http_server.serve("/rss", RSS)
    gate = http_server.serve("/gate", b"", status=302, Location=target, Set_Cookie="seen=1; Path=/")
    assert fetch_feed(gate, client=client).content == RSS
    assert http_server.requests[-1][2].get("Cookie") == "seen=1"
    fetch_feed(target, client=client)
    assert http_server.requests[-1][2].get("Cookie") == "seen=1"


def test_error_status_is_a_fetch_error(http_server, client: httpx.Client) -> None:
    with pytest.raises(FeedStatusError, match="HTTP 404") as caught:
        fetch_feed(http_server.url("/missing"), client=client)
    assert caught.value.status == 404


def test_retry_after_as_a_date(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/busy", b"", status=503, Retry_After="Sun, 26 Oct 2025 21:30:00 GMT")
    with pytest.raises(FeedStatusError) as caught:
        fetch_feed(url, client=client, now=datetime(2025, 10, 26, 20, tzinfo=UTC))
    assert caught.value.retry_after == 5400


def test_body_over_the_cap_is_refused(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/big", b"x" * 5000)
    with pytest.raises(FeedFetchError, match="cap"):
        fetch_feed(url, client=client, max_bytes=1000)


def test_gzip_is_decoded(feed_server, client: httpx.Client) -> None:
    url = feed_server.gzipped("/rss.gz", RSS)
    assert fetch_feed(url, client=client).content == RSS


@pytest.mark.parametrize("kind", ["bomb", "stream"])
def test_bombs_are_refused_in_bounded_memory(feed_server, client: httpx.Client, kind: str) -> None:
    if kind == "bomb":
        url = feed_server.gzip_bomb("/bomb", 200 * MB)
    else:
        url = feed_server.big("/huge", 50 * MB, declare_length=False)
    tracemalloc.start()
    try:
        with pytest.raises(FeedFetchError, match="cap"):
            fetch_feed(url, client=client, max_bytes=2 * MB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MB  # the cap, a chunk, and copies; never the 50 or 200 MB


def test_refused_connection_is_a_fetch_error(closed_port: int, client: httpx.Client) -> None:
    with pytest.raises(FeedFetchError, match="could not be fetched"):
        fetch_feed(f"http://127.0.0.1:{closed_port}/rss", client=client, timeout=5)


def test_a_drip_feed_is_cut_at_the_deadline(feed_server, client: httpx.Client) -> None:
    url = feed_server.drip("/drip", RSS, every=0.5)
    with pytest.raises(FeedFetchError, match="within 1s"):
        fetch_feed(url, client=client, timeout=1.0)


def test_only_http_and_https(client: httpx.Client) -> None:
    with pytest.raises(FeedFetchError, match="only http and https"):
        fetch_feed("file:///etc/passwd", client=client)


def test_redirect_to_another_scheme_is_refused(feed_server, client: httpx.Client) -> None:
    url = feed_server.redirect("/r", "ftp://127.0.0.1/feed")
    with pytest.raises(FeedFetchError, match="not http or https"):
        fetch_feed(url, client=client)


def test_each_redirect_target_is_shown_before_it_is_asked_for(feed_server, client) -> None:  # type: ignore[no-untyped-def]
    target = feed_server.feed("/new", RSS)
    middle = feed_server.redirect("/middle", target, status=301)
    start = feed_server.redirect("/start", middle, status=308)
    seen: list[str] = []
    result = fetch_feed(start, client=client, before_redirect=seen.append)
    assert seen == [middle, target]
    assert (result.content, result.permanent_url) == (RSS, target)

    def refuse(url: str) -> None:
        raise FeedFetchError(f"not {url}")

    asked = len(feed_server.requests)
    with pytest.raises(FeedFetchError, match="not .*/middle"):
        fetch_feed(start, client=client, before_redirect=refuse)
    assert len(feed_server.requests) == asked + 1  # /start only
    loop = feed_server.redirect("/loop", feed_server.url("/loop"))
    with pytest.raises(FeedFetchError, match="more than 5 times"):
        fetch_feed(loop, client=client, before_redirect=seen.append)


def test_permanent_redirects_are_reported_temporary_ones_not(feed_server, client) -> None:  # type: ignore[no-untyped-def]
    feed_server.feed("/new", RSS)
    moved = feed_server.redirect("/old", feed_server.url("/new"), status=301)
    borrowed = feed_server.redirect("/elsewhere", feed_server.url("/new"), status=302)
    assert fetch_feed(moved, client=client).permanent_url == feed_server.url("/new")
    assert fetch_feed(borrowed, client=client).permanent_url is None


def test_private_addresses_are_refused_before_any_connection(other_loopback_server) -> None:  # type: ignore[no-untyped-def]
    url = other_loopback_server.feed("/rss", RSS)
    allow = (ipaddress.ip_network("127.0.0.1/32"),)
    with make_client("deadlines-test", allow=allow) as client:
        with pytest.raises(AddressRefused, match="127.0.0.2.*DEADLINES_ALLOW_PRIVATE_ADDRESSES"):
            fetch_feed(url, client=client)
    with make_client("deadlines-test") as client:
        with pytest.raises(AddressRefused):
            fetch_feed(url.replace("127.0.0.2", "localhost"), client=client)
    assert other_loopback_server.requests == []


def test_a_redirect_to_a_private_address_is_refused(
    feed_server, other_loopback_server, client: httpx.Client
) -> None:
    target = other_loopback_server.feed("/rss", RSS)
    url = feed_server.redirect("/hop", target)
    with pytest.raises(AddressRefused, match="127.0.0.2"):
        fetch_feed(url, client=client)
    assert feed_server.hits("/hop") and other_loopback_server.requests == []


def test_secrets_in_urls_stay_out_of_messages_and_logs(
    feed_server, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    feed_server.feed("/ok", RSS)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="httpx")  # it logs each request's URL at INFO
    fetch_feed(feed_server.url("/ok?token=hunter2"), client=client)
    with pytest.raises(FeedFetchError) as caught:
        fetch_feed(feed_server.url("/missing?token=hunter2&x=1"), client=client)
    assert "hunter2" not in str(caught.value) and "token=***" in str(caught.value)
    assert "hunter2" not in caplog.text
    assert "token=***" in caplog.text


def test_redact_url() -> None:
    assert redact_url("https://u:p@news.invalid/rss?key=abc&q") == (
        "https://u:***@news.invalid/rss?key=***&***"
    )


@pytest.mark.parametrize(
    "header, seconds",
    [
        ("max-age=600", 600.0),
        ("public, max-age=60, must-revalidate", 60.0),
        ("no-cache", 0.0),
        (None, None),
    ],
)
def test_max_age(header: str | None, seconds: float | None) -> None:
    assert max_age(header) == seconds


def test_a_304_leaves_its_connection_for_the_next_fetch(client: httpx.Client) -> None:
    """Re-polls are mostly 304s: each must hand its connection back to the pool."""
    import socketserver
    import threading
    from http.server import BaseHTTPRequestHandler

    connections: list[int] = []

    class KeepAlive(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            connections.append(1)

        def do_GET(self) -> None:  # noqa: N802
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
                return
            body = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), KeepAlive)
    server.daemon_threads = True  # a kept-alive connection stays open after the test
    server.block_on_close = False
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed"
        first = fetch_feed(url, client=client)
        again = [fetch_feed(url, client=client, etag=first.etag) for _ in range(3)]
    finally:
        server.shutdown()
        server.server_close()
    assert [result.not_modified for result in again] == [True, True, True]
    assert len(connections) == 1


def test_every_pool_of_the_client_checks_addresses_before_connecting() -> None:
    """The client spreads its connections over small pools; each one resolves, checks and
    only then connects, so a thread on any pool is refused a private address."""
    import threading

    from deadlines.feeds.transport import CheckedBackend

    with make_client("deadlines-test", connections=48) as client:
        pools = client._transport._pools  # type: ignore[attr-defined]
        assert len(pools) == 6
        assert all(isinstance(p._pool._network_backend, CheckedBackend) for p in pools)
        refused: list[str] = []

        def fetch() -> None:
            try:
                fetch_feed("http://127.0.0.1:9/feed", client=client)
            except AddressRefused as exc:
                refused.append(str(exc))

        threads = [threading.Thread(target=fetch) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(refused) == 12


def test_a_deadline_inside_another_never_outlasts_it() -> None:
    with deadline(5):
        with deadline(3600):
            inner = _remaining(None, error=TimeoutError)
        with deadline(1):
            shorter = _remaining(None, error=TimeoutError)
        outer = _remaining(None, error=TimeoutError)
    assert inner is not None and inner <= 5
    assert shorter is not None and shorter <= 1
    assert outer is not None and 1 < outer <= 5
    with deadline(0), pytest.raises(TimeoutError, match="ran out of time"):
        _remaining(None, error=TimeoutError)
