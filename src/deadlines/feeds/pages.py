"""Article pages for ``full_text`` feeds: fetched politely and concurrently, read by an
extractor.

Pages go through the same HTTP client as feeds, so the same rules hold: only public
addresses (or those allowed by DEADLINES_ALLOW_PRIVATE_ADDRESSES), checked on every
redirect before connecting, the same time limit and size cap. On top of that, for pages:
``robots.txt`` is honoured (the page's site's, and that of every redirect's target), at
most ``per_host`` pages are fetched at once from one host (``workers`` in all), and a
page already read is asked for again with its validators (a 304 reuses the text kept in
the ``PageCache``). The main text is taken by trafilatura; the page's own publication
date comes along. A page that fails is reported with its reason, never raised: the entry
keeps its summary.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

import httpx

from deadlines.errors import FeedError, FeedFetchError
from deadlines.feeds.address import AddressRefused, redact_url
from deadlines.feeds.fetch import FetchResult, fetch_feed
from deadlines.feeds.pagecache import CachedPage, PageCache
from deadlines.feeds.robots import MAX_ROBOTS_BYTES, Robots
from deadlines.feeds.text import article_text

log = logging.getLogger(__name__)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")


@dataclass(frozen=True)
class PageText:
    """What one article page gave: its text and stated date, or why it gave nothing."""

    url: str
    text: str = ""
    published: date | None = None
    error: str | None = None


class PageReader:
    """Reads article pages for a poll; shared by the poll's threads."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        user_agent: str,
        timeout: float = 20.0,
        max_bytes: int = 10 * 1024 * 1024,
        cache: PageCache | None = None,
        workers: int = 8,
        per_host: int = 2,
    ) -> None:
        self.client = client
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.cache = cache or PageCache()
        self.workers = max(1, workers)
        self.per_host = max(1, per_host)
        self.robots = Robots(self._fetch_robots, user_agent)
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._guard = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def read_all(self, urls: Sequence[str]) -> dict[str, PageText]:
        """Each URL's page, read concurrently within the per-host bound."""
        unique = list(dict.fromkeys(urls))
        if not unique:
            return {}
        with self._guard:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="page")
            pool = self._pool
        futures = {url: pool.submit(self.read, url) for url in unique}
        return {url: future.result() for url, future in futures.items()}

    def close(self) -> None:
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    def read(self, url: str) -> PageText:
        """One page; never raises."""
        try:
            refusal = self.robots.refusal(url)
            if refusal is not None:
                return PageText(url, error=f"page {redact_url(url)} not fetched: {refusal}")
            with self._slot(url):
                return self._read(url)
        except AddressRefused as exc:
            return PageText(url, error=f"page {redact_url(url)} not fetched: {exc}")
        except FeedError as exc:
            return PageText(url, error=str(exc))
        except Exception as exc:  # one page's surprise must not cost the feed
            log.exception("page %s failed unexpectedly", redact_url(url))
            return PageText(url, error=f"page {redact_url(url)} failed: {type(exc).__name__}")

    def _slot(self, url: str) -> threading.BoundedSemaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            return self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))

    def _read(self, url: str) -> PageText:
        cached = self.cache.get(url)
        result = fetch_feed(
            url,
            client=self.client,
            timeout=self.timeout,
            max_bytes=self.max_bytes,
            etag=cached.etag if cached else None,
            last_modified=cached.last_modified if cached else None,
            what="page",
            accept=PAGE_ACCEPT,
            before_redirect=self._allowed,
        )
        if result.not_modified and cached is not None:
            stated = date.fromisoformat(cached.published) if cached.published else None
            return PageText(url, cached.text, stated)
        kind = result.content_type.split(";", 1)[0].strip().lower()
        if kind not in _HTML_TYPES:
            return PageText(url, error=f"page {redact_url(url)} is {kind}, not an HTML page")
        text, stated = article_text(_decoded(result), result.url)
        if not text:
            return PageText(url, error=f"page {redact_url(url)} has no article text we could find")
        self.cache.put(
            CachedPage(
                url, result.etag, result.last_modified, text, stated.isoformat() if stated else None
            )
        )
        return PageText(url, text, stated)

    def _allowed(self, target: str) -> None:
        """A redirect's target is fetched only if its own site's robots.txt allows it. That
        robots.txt is read within the page's time limit."""
        try:
            refusal = self.robots.refusal(target)
        except FeedFetchError as exc:
            refusal = str(exc)
        if refusal is not None:
            raise FeedFetchError(f"page redirected to {redact_url(target)}, not fetched: {refusal}")

    def _fetch_robots(self, url: str) -> FetchResult:
        return fetch_feed(
            url,
            client=self.client,
            timeout=self.timeout,
            max_bytes=MAX_ROBOTS_BYTES,
            what="robots.txt",
            accept="text/plain, */*;q=0.1",
        )


def _decoded(result: FetchResult) -> str | bytes:
    """The page as text when the server names its charset; else bytes, for the extractor
    to work out."""
    for part in result.content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                return result.content.decode(value.strip().strip("\"'"), errors="replace")
            except LookupError:
                break
    return result.content


def page_instant(stated: date | None, *, latest: datetime) -> datetime | None:
    """A page's stated date as the article's publication instant (midnight UTC), unless it
    lies after ``latest`` (a mistake, like a feed's date in the future)."""
    if stated is None:
        return None
    instant = datetime(stated.year, stated.month, stated.day, tzinfo=UTC)
    return instant if instant <= latest else None
