"""Fetch and parse many feeds at once; one outcome per feed, failures included.

Fetching runs in a pool of threads (the network is the wait). For long feed lists the
work is also spread over worker processes, each fetching and parsing a chunk of feeds
with its own threads, so that parsing (CPU work) uses every core and the calling
process is left free to store. Nothing here touches the store: outcomes are handed back
as they complete and the caller stores them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import httpx

from deadlines.errors import FeedError
from deadlines.feeds.address import Network, redact_text, redact_url
from deadlines.feeds.fetch import FeedStatusError, FetchResult, fetch_feed
from deadlines.feeds.pagecache import PageCache
from deadlines.feeds.pages import PageReader, page_instant
from deadlines.feeds.parse import FUTURE_SLACK, ParsedArticle, parse_feed
from deadlines.feeds.transport import make_client
from deadlines.feeds.websub import Hub, discover_hub

log = logging.getLogger(__name__)
# At most this many entry pages are fetched per feed and poll (full_text feeds).
PAGES_PER_POLL = 20
# Feeds per task handed to a worker process.
MIN_CHUNK = 20
MAX_CHUNK = 100


@dataclass(frozen=True)
class FeedRequest:
    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    full_text: bool = False
    known_guids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class FeedOutcome:
    request: FeedRequest
    result: FetchResult | None = None
    articles: tuple[ParsedArticle, ...] = ()
    body_hash: str | None = None
    error: str | None = None
    status: int | None = None
    retry_after: float | None = None
    pages: int = 0  # article pages asked for (full_text feeds)
    page_error: str | None = None  # why some of them gave no text, if they did not
    hub: Hub | None = None  # the WebSub hub the feed names, if it names one

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def unchanged(self) -> bool:
        """The server said 304, or sent the very bytes read last time."""
        return (
            self.ok
            and self.result is not None
            and not self.articles
            and (self.result.not_modified or self.body_hash == self.request.body_hash)
        )


@dataclass(frozen=True)
class PollSettings:
    """What a poller needs, in a form worker processes can receive."""

    now: datetime
    user_agent: str = "deadlines"
    allow: tuple[Network, ...] = ()
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    concurrency: int = 32
    page_cache: Path | None = None  # where article pages are kept with their validators


_worker_client: httpx.Client | None = None


def _poll_chunk(settings: PollSettings, requests: list[FeedRequest]) -> list[FeedOutcome]:
    """A worker process's task: poll ``requests`` with threads and this process's client."""
    global _worker_client
    if _worker_client is None:
        _worker_client = make_client(
            settings.user_agent, allow=settings.allow, connections=settings.concurrency
        )
    return list(Poller(settings, client=_worker_client).run(requests))


class Poller:
    """Polls feeds concurrently: threads sharing one HTTP client, and with ``processes``
    that many worker processes, each polling a chunk of the feeds at a time."""

    def __init__(self, settings: PollSettings, *, client: httpx.Client, processes: int = 0) -> None:
        self.settings = settings
        self.client = client
        self.processes = max(0, processes)
        self.pages = PageReader(
            client,
            user_agent=settings.user_agent,
            timeout=settings.timeout,
            max_bytes=settings.max_bytes,
            cache=PageCache(settings.page_cache),
        )

    def run(self, requests: Sequence[FeedRequest]) -> Iterator[FeedOutcome]:
        """Outcomes as they complete; every request gets exactly one."""
        if not requests:
            return
        if self.processes and len(requests) > 2 * MIN_CHUNK:
            yield from self._in_processes(list(requests))
            return
        workers = min(self.settings.concurrency, len(requests))
        try:
            with ThreadPoolExecutor(workers, thread_name_prefix="feed") as fetchers:
                futures = [fetchers.submit(self.poll_one, request) for request in requests]
                for future in as_completed(futures):
                    yield future.result()
        finally:
            self.pages.close()

    def _in_processes(self, requests: list[FeedRequest]) -> Iterator[FeedOutcome]:
        import multiprocessing  # only here: a re-poll on threads alone does without it
        from concurrent.futures import ProcessPoolExecutor

        size = max(MIN_CHUNK, min(MAX_CHUNK, len(requests) // (self.processes * 4) + 1))
        chunks = [requests[start : start + size] for start in range(0, len(requests), size)]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(self.processes, mp_context=context) as workers:
            futures = {workers.submit(_poll_chunk, self.settings, chunk): chunk for chunk in chunks}
            for future in as_completed(futures):
                try:
                    outcomes = future.result()
                except Exception as exc:  # a worker died: its feeds fail, the rest go on
                    log.error("a poll worker failed: %s", redact_text(str(exc)))
                    outcomes = [
                        FeedOutcome(request, error=f"the poll worker failed: {type(exc).__name__}")
                        for request in futures[future]
                    ]
                yield from outcomes

    def poll_one(self, request: FeedRequest) -> FeedOutcome:
        """Fetch and parse one feed; never raises."""
        try:
            return self._poll(request)
        except FeedStatusError as exc:
            return FeedOutcome(
                request, error=str(exc), status=exc.status, retry_after=exc.retry_after
            )
        except FeedError as exc:
            return FeedOutcome(request, error=str(exc))
        except Exception as exc:  # one feed's surprise must not stop the others
            log.exception("feed %s failed unexpectedly", request.name)
            return FeedOutcome(
                request,
                error=f"feed {redact_url(request.url)} failed unexpectedly: "
                f"{type(exc).__name__}: {redact_text(str(exc))}",
            )

    def _poll(self, request: FeedRequest) -> FeedOutcome:
        settings = self.settings
        result = fetch_feed(
            request.url,
            client=self.client,
            timeout=settings.timeout,
            max_bytes=settings.max_bytes,
            etag=request.etag,
            last_modified=request.last_modified,
            now=settings.now,
        )
        hub = discover_hub(result.content, result.link_header, url=result.url)
        if result.not_modified:
            return FeedOutcome(request, result, status=304, hub=hub)
        digest = hashlib.sha256(result.content).hexdigest()
        if digest == request.body_hash:
            return FeedOutcome(request, result, body_hash=digest, status=result.status, hub=hub)
        articles = parse_feed(
            result.content, url=request.url, content_type=result.content_type, now=settings.now
        )
        if request.full_text:
            return replace(self._with_pages(request, result, articles, digest), hub=hub)
        return FeedOutcome(
            request, result, tuple(articles), body_hash=digest, status=result.status, hub=hub
        )

    def _with_pages(
        self,
        request: FeedRequest,
        result: FetchResult,
        articles: list[ParsedArticle],
        digest: str,
    ) -> FeedOutcome:
        """Summary-only entries not seen before get the text of their web page, and its
        date when the feed gave none; pages that fail leave the summary, and say why.

        The article keeps the content hash of its feed entry, so the next poll does not
        take the page text for a change."""
        wanted = [
            article.url
            for article in articles
            if article.summary_only and article.url and article.guid not in request.known_guids
        ][:PAGES_PER_POLL]
        pages = self.pages.read_all([url for url in wanted if url])
        latest = self.settings.now + FUTURE_SLACK
        completed = []
        for article in articles:
            fresh = article.summary_only and article.guid not in request.known_guids
            page = pages.get(article.url or "") if fresh else None
            if page is not None and page.text and len(page.text) > len(article.text):
                article = replace(article, text=page.text)
            if page is not None and article.published_at is None:
                article = replace(article, published_at=page_instant(page.published, latest=latest))
            completed.append(article)
        failed = [page.error for page in pages.values() if page.error]
        page_error = None
        if failed:
            page_error = f"{len(failed)} of {len(pages)} article pages not read; {failed[-1]}"
        return FeedOutcome(
            request,
            result,
            tuple(completed),
            body_hash=digest,
            status=result.status,
            pages=len(pages),
            page_error=page_error,
        )
