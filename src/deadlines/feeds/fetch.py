"""Fetch a feed's bytes over HTTP, politely and within bounds.

Conditional requests (ETag, Last-Modified), gzip and deflate decoded here in bounded
steps (a compression bomb stops at the size cap), one deadline for the whole exchange,
``Retry-After`` and ``Cache-Control: max-age`` read, permanent redirects reported so the
poller can remember them. Every failure is a FeedFetchError saying what happened in plain
words; URLs in messages have their secrets redacted.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from deadlines.errors import FeedFetchError
from deadlines.feeds.address import AddressRefused, check_scheme, redact_url
from deadlines.feeds.transport import deadline
from deadlines.feeds.transport import make_client as make_client
from deadlines.model import utc

MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
_REASONS = {
    401: "asks for a login (HTTP 401)",
    403: "refused access (HTTP 403)",
    404: "was not found (HTTP 404)",
    410: "is gone for good (HTTP 410); remove or disable it",
    429: "asked us to slow down (HTTP 429)",
    503: "is unavailable for now (HTTP 503)",
}


class FeedStatusError(FeedFetchError):
    """The server answered with an error status; ``retry_after`` in seconds if it said."""

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    content: bytes
    etag: str | None
    last_modified: str | None
    content_type: str = ""
    permanent_url: str | None = None  # where every redirect was permanent: the new home
    max_age: float | None = None  # Cache-Control: max-age, in seconds
    link_header: str | None = None  # the HTTP Link header (where a WebSub hub is named)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch_feed(
    url: str,
    *,
    client: httpx.Client,
    timeout: float = 20.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
    now: datetime | None = None,
    what: str = "feed",
    accept: str = ACCEPT,
    before_redirect: Callable[[str], None] | None = None,
) -> FetchResult:
    """GET ``url``; raises FeedFetchError with a plain reason when no usable body arrives.

    ``timeout`` bounds the whole exchange: connecting, every redirect, the headers and the
    body, so a server that drips bytes or streams forever cannot hold the poller.
    ``what`` names the thing fetched in messages (a feed, a page, a robots.txt).
    ``before_redirect`` is given each redirect's target before it is asked for, and
    refuses it by raising FeedFetchError.
    """
    check_scheme(url)
    shown = f"{what} {redact_url(url)}"
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with (
            deadline(timeout),
            _answer(
                client, url, headers, timeout=timeout, before_redirect=before_redirect
            ) as response,
        ):
            return _read(response, url=url, shown=shown, max_bytes=max_bytes, now=now)
    except FeedFetchError:
        raise
    except httpx.TimeoutException:
        raise FeedFetchError(f"{shown} did not finish answering within {timeout:g}s") from None
    except httpx.TooManyRedirects:
        raise FeedFetchError(
            f"{shown} redirected more than {MAX_REDIRECTS} times (a redirect loop?)"
        ) from None
    except httpx.UnsupportedProtocol:
        raise FeedFetchError(
            f"{shown} redirected to an address that is not http or https"
        ) from None
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        raise FeedFetchError(f"{shown} could not be fetched: {reason}") from None
    except AddressRefused:
        raise
    except (OSError, ValueError, zlib.error) as exc:
        raise FeedFetchError(f"{shown} could not be fetched: {exc}") from None


@contextmanager
def _answer(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    *,
    timeout: float,
    before_redirect: Callable[[str], None] | None,
) -> Iterator[httpx.Response]:
    """The last answer to GET ``url``, redirects followed (by httpx itself when nobody
    looks at them), the earlier ones in its ``history``."""
    if before_redirect is None:
        with client.stream("GET", url, headers=headers, timeout=timeout) as response:
            yield response
        return
    request = client.build_request("GET", url, headers=headers, timeout=timeout)
    history: list[httpx.Response] = []
    while True:
        response = client.send(request, stream=True, follow_redirects=False)
        following = response.next_request
        if following is None:
            break
        response.close()
        history.append(response)
        if len(history) > client.max_redirects:
            raise httpx.TooManyRedirects("too many redirects", request=following)
        before_redirect(str(following.url))
        request = following
    response.history = history
    try:
        yield response
    finally:
        response.close()


def _read(
    response: httpx.Response, *, url: str, shown: str, max_bytes: int, now: datetime | None
) -> FetchResult:
    status = response.status_code
    final = str(response.url)
    permanent = None
    if response.history and all(r.status_code in (301, 308) for r in response.history):
        permanent = final if final != url else None
    if status == 304:
        # A 304 has no body (HTTP framing, kept by h11): reading it costs nothing and lets
        # the connection go back to the pool, where an unread one would be closed.
        response.read()
        return FetchResult(
            final,
            304,
            b"",
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
            permanent_url=permanent,
            max_age=max_age(response.headers.get("Cache-Control")),
            link_header=response.headers.get("Link"),
        )
    if status >= 300:
        reason = _REASONS.get(status) or (
            f"answered HTTP {status} (a server error)"
            if status >= 500
            else f"answered HTTP {status}"
        )
        retry = retry_after(response.headers, now) if status in (429, 503) else None
        message = f"{shown} {reason}"
        if retry is not None:
            message += f"; it asks us to wait {retry:g}s"
        raise FeedStatusError(message, status=status, retry_after=retry)
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FeedFetchError(f"{shown} is {int(declared):,} bytes, over the {max_bytes:,}-byte cap")
    content = _body(response, shown=shown, max_bytes=max_bytes)
    return FetchResult(
        url=final,
        status=status,
        content=content,
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        content_type=response.headers.get("Content-Type", ""),
        permanent_url=permanent,
        max_age=max_age(response.headers.get("Cache-Control")),
        link_header=response.headers.get("Link"),
    )


def _body(response: httpx.Response, *, shown: str, max_bytes: int) -> bytes:
    """The decoded body, never holding more than ``max_bytes`` plus one chunk."""
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        decoder: zlib._Decompress | None = zlib.decompressobj(zlib.MAX_WBITS | 32)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    elif encoding in ("identity", ""):
        decoder = None
    else:
        raise FeedFetchError(f"{shown} is sent with an unsupported encoding {encoding!r}")
    body = bytearray()
    too_big = f"{shown} is larger than the {max_bytes:,}-byte cap" + (
        " (after decompression)" if decoder is not None else ""
    )
    for chunk in response.iter_raw(65536):
        if decoder is None:
            body.extend(chunk)
        else:
            pending = chunk
            while pending:
                body.extend(decoder.decompress(pending, max_bytes + 1 - len(body)))
                pending = decoder.unconsumed_tail
                if len(body) > max_bytes:
                    raise FeedFetchError(too_big)
        if len(body) > max_bytes:
            raise FeedFetchError(too_big)
    if decoder is not None:
        body.extend(decoder.flush())
        if len(body) > max_bytes:
            raise FeedFetchError(too_big)
    return bytes(body)


_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


def max_age(cache_control: str | None) -> float | None:
    """Seconds from ``Cache-Control: max-age=N``; None without one, 0 for no-cache."""
    if not cache_control:
        return None
    if re.search(r"no-cache|no-store", cache_control, re.IGNORECASE):
        return 0.0
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def retry_after(headers: httpx.Headers, now: datetime | None) -> float | None:
    """Seconds asked for by ``Retry-After`` (a number or an HTTP date), None if absent."""
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    when = utc(when)
    reference = now
    if reference is None and headers.get("Date"):
        try:
            reference = parsedate_to_datetime(headers["Date"])
        except (TypeError, ValueError):
            reference = None
    reference = reference or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())
