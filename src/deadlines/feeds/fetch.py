"""Fetch a feed's bytes over HTTP: timeouts, a size cap, conditional requests."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from deadlines.errors import FeedFetchError

MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    content: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch_feed(
    url: str,
    *,
    client: httpx.Client,
    timeout: float = 20.0,
    max_bytes: int = 10 * 1024 * 1024,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET ``url``; raises FeedFetchError with a plain reason when no usable body arrives.

    ``timeout`` bounds the whole exchange, not just each read, so a server that drips
    bytes cannot hold the poller.
    """
    headers = {
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url, headers=headers, timeout=timeout) as response:
            if response.status_code == 304:
                return FetchResult(str(response.url), 304, b"", etag, last_modified)
            if response.status_code >= 400:
                raise FeedFetchError(f"feed {url} answered HTTP {response.status_code}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FeedFetchError(f"feed {url} is {declared} bytes, over the {max_bytes} cap")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FeedFetchError(f"feed {url} sent more than the {max_bytes}-byte cap")
                if time.monotonic() > deadline:
                    raise FeedFetchError(f"feed {url} took longer than {timeout:g}s to send")
            return FetchResult(
                url=str(response.url),
                status=response.status_code,
                content=bytes(body),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
    except httpx.TimeoutException:
        raise FeedFetchError(f"feed {url} did not answer within {timeout:g}s") from None
    except httpx.TooManyRedirects:
        raise FeedFetchError(f"feed {url} redirected more than {MAX_REDIRECTS} times") from None
    except httpx.HTTPError as exc:
        raise FeedFetchError(f"feed {url} could not be fetched: {exc}") from None


def make_client(user_agent: str) -> httpx.Client:
    """The HTTP client the poller shares across feeds."""
    return httpx.Client(
        headers={"User-Agent": user_agent},
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        trust_env=False,
    )
