import httpx
import pytest

from deadlines.errors import FeedFetchError
from deadlines.feeds.fetch import fetch_feed, make_client

RSS = b"<rss version='2.0'><channel><title>t</title></channel></rss>"


@pytest.fixture
def client():
    with make_client("deadlines-test") as c:
        yield c


def test_fetches_body_and_validators(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/rss", RSS, ETag='"v1"', Last_Modified="Sun, 26 Oct 2025 10:00:00 GMT")
    result = fetch_feed(url, client=client)
    assert result.content == RSS
    assert result.etag == '"v1"'
    assert result.last_modified == "Sun, 26 Oct 2025 10:00:00 GMT"
    method, path, headers, _ = http_server.requests[-1]
    assert headers["User-Agent"] == "deadlines-test"


def test_sends_conditional_headers_and_reads_304(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/rss", b"", status=304)
    result = fetch_feed(url, client=client, etag='"v1"', last_modified="yesterday")
    assert result.not_modified
    headers = http_server.requests[-1][2]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "yesterday"


def test_error_status_is_a_fetch_error(http_server, client: httpx.Client) -> None:
    with pytest.raises(FeedFetchError, match="HTTP 404"):
        fetch_feed(http_server.url("/missing"), client=client)


def test_body_over_the_cap_is_refused(http_server, client: httpx.Client) -> None:
    url = http_server.serve("/big", b"x" * 5000)
    with pytest.raises(FeedFetchError, match="cap"):
        fetch_feed(url, client=client, max_bytes=1000)


def test_refused_connection_is_a_fetch_error(closed_port: int, client: httpx.Client) -> None:
    with pytest.raises(FeedFetchError, match="could not be fetched"):
        fetch_feed(f"http://127.0.0.1:{closed_port}/rss", client=client, timeout=5)
