"""The poll step: fetch the feeds that are due, concurrently; store new and changed articles.

Feeds are fetched and parsed in parallel; the store is written from this thread only, a
batch of feeds per transaction, under the store's ``poll`` lock: another poll running at
the same time waits for each write, then finds the feeds and articles already stored. If a batch cannot be written, each of its feeds is written
alone, so one feed's bad data costs only that feed. Every polled feed's state (last
success, last error in plain words, next poll, backoff) is recorded.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from deadlines.feeds.address import Network, redact_text
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.poller import FeedOutcome, FeedRequest, Poller, PollSettings
from deadlines.feeds.schedule import next_poll_after_failure, next_poll_after_success
from deadlines.feeds.transport import make_client
from deadlines.jobs.websub import slowed_for_push
from deadlines.model import OnProgress, aware_utc
from deadlines.settings import Settings
from deadlines.store.feeds import (
    FeedPolled,
    StoredCount,
    feeds_by_id,
    known_guids,
    record_failure,
    record_successes,
    store_batch,
    sync_feeds,
)
from deadlines.store.locks import take_lock
from deadlines.store.websub import note_hub

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)
BATCH_FEEDS = 100
BATCH_SECONDS = 1.0
# From this many feeds never read before, worker processes fetch and parse (when
# processes is None).
PROCESSES_FROM = 200
WORKER_PROCESSES = max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class PollOptions:
    """How feeds are fetched: limits, identity, the private networks feeds may live on
    (the setting DEADLINES_ALLOW_PRIVATE_ADDRESSES), ``concurrency`` feeds at once per
    process and ``processes`` worker processes that fetch and parse (None: a few for long
    feed lists, none for short ones; none when a client is given)."""

    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    user_agent: str = "deadlines"
    allow_private: tuple[Network, ...] = ()
    # A poll waits on round trips: n feeds at once take n / concurrency of them. An answer
    # costs about half a millisecond of CPU (a 304, on threads that share the GIL), so 64
    # requests of 50 ms in flight keep one core some two-thirds busy, leaving room for
    # the thread that stores; longer round trips keep it less busy.
    concurrency: int = 64
    processes: int | None = None
    page_cache: Path | None = None  # where article pages of full_text feeds are kept

    @classmethod
    def from_settings(cls, settings: Settings) -> PollOptions:
        """The options the settings give; the CLI and the Airflow tasks poll with these."""
        return cls(
            timeout=settings.fetch_timeout,
            max_bytes=settings.max_feed_bytes,
            user_agent=settings.user_agent,
            allow_private=tuple(settings.allow_private_addresses),
            page_cache=settings.home / "pages",
        )


@dataclass(frozen=True)
class PollReport:
    new_articles: int
    feeds_ok: int
    errors: dict[str, str] = field(default_factory=dict)
    revised_articles: int = 0
    copies: int = 0
    polled: int = 0
    not_due: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        """Articles stored for the extractor to read: new ones and new revisions."""
        return self.new_articles + self.revised_articles - self.copies

    @property
    def run_failed(self) -> bool:
        """The run failed: feeds were due and none could be read. A failing feed among
        others does not fail the run (its status says why, and it is retried)."""
        return bool(self.polled) and not self.feeds_ok


@dataclass
class _Tally:
    new: int = 0
    revised: int = 0
    copies: int = 0
    ok: int = 0
    unchanged: int = 0
    errors: dict[str, str] = field(default_factory=dict)


def poll(
    engine: Engine,
    feeds: Sequence[FeedConfig],
    *,
    now: datetime,
    options: PollOptions | None = None,
    client: httpx.Client | None = None,
    force: bool = False,
    page_cache: Path | None = None,
    progress: OnProgress | None = None,
) -> PollReport:
    """Poll the enabled feeds that are due (all of them with ``force``) and store what is
    new or changed; one bad feed stops no other. Article pages of full_text feeds are kept
    in the folder ``page_cache`` (else the options'). ``progress`` is told the feeds done."""
    now = aware_utc(now)
    options = options or PollOptions()
    concurrency = options.concurrency
    enabled = slowed_for_push(engine, [config for config in feeds if config.enabled], now=now)
    requests, ids, not_due = _due_requests(engine, enabled, now=now, force=force)
    processes = _processes(options, requests)
    settings = PollSettings(
        now=now,
        user_agent=options.user_agent,
        allow=options.allow_private,
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        concurrency=max(1, concurrency),
        page_cache=page_cache or options.page_cache,
    )
    own_client = client is None
    http = client or make_client(options.user_agent, allow=settings.allow, connections=concurrency)
    poller = Poller(settings, client=http, processes=0 if client else processes)
    configs = {config.name: config for config in enabled}
    tally = _Tally()
    batch: list[FeedOutcome] = []
    started = time.monotonic()
    try:
        for done, outcome in enumerate(poller.run(requests), start=1):
            batch.append(outcome)
            if progress:
                progress(done, len(requests))
            if len(batch) >= BATCH_FEEDS or time.monotonic() - started > BATCH_SECONDS:
                _store(engine, batch, ids, configs, now=now, tally=tally)
                batch, started = [], time.monotonic()
        _store(engine, batch, ids, configs, now=now, tally=tally)
    finally:
        if own_client:
            http.close()
    return PollReport(
        new_articles=tally.new,
        feeds_ok=tally.ok,
        errors=tally.errors,
        revised_articles=tally.revised,
        copies=tally.copies,
        polled=len(requests),
        not_due=not_due,
        unchanged=tally.unchanged,
    )


def _processes(options: PollOptions, requests: Sequence[FeedRequest]) -> int:
    """Worker processes pay off when there is much to parse: feeds without validators or
    a known body. A re-poll where most feeds answer 304 runs on threads alone."""
    if options.processes is not None:
        return options.processes
    unknown = sum(1 for r in requests if not (r.etag or r.last_modified or r.body_hash))
    return WORKER_PROCESSES if unknown >= PROCESSES_FROM else 0


def _due_requests(
    engine: Engine, feeds: Sequence[FeedConfig], *, now: datetime, force: bool
) -> tuple[list[FeedRequest], dict[str, int], int]:
    requests: list[FeedRequest] = []
    ids: dict[str, int] = {}
    with Session(engine) as session, session.begin():
        take_lock(session, "poll")  # another run may be creating the same feed rows
        rows = sync_feeds(
            session,
            [(f.name, f.url, f.tags, int(f.poll_interval.total_seconds())) for f in feeds],
        )
        for config in feeds:
            feed = rows[config.name]
            ids[config.name] = feed.id
            if not force and feed.next_poll_at is not None and feed.next_poll_at > now:
                continue
            requests.append(
                FeedRequest(
                    name=config.name,
                    url=feed.redirect_url or config.url,
                    etag=feed.etag,
                    last_modified=feed.last_modified,
                    body_hash=feed.body_hash,
                    full_text=config.full_text,
                    known_guids=frozenset(known_guids(session, feed.id))
                    if config.full_text
                    else frozenset(),
                )
            )
    return requests, ids, len(feeds) - len(requests)


def _store(
    engine: Engine,
    outcomes: list[FeedOutcome],
    ids: dict[str, int],
    configs: dict[str, FeedConfig],
    *,
    now: datetime,
    tally: _Tally,
) -> None:
    """Write a batch in one transaction; if that fails, each feed in its own."""
    if not outcomes:
        return
    try:
        with Session(engine) as session, session.begin():
            take_lock(session, "poll")  # another run may be storing the same articles
            counts = _store_together(session, outcomes, ids, configs, now=now)
    except SQLAlchemyError as exc:
        log.warning(
            "a batch of %d feeds could not be stored together (%s); storing each alone",
            len(outcomes),
            type(exc).__name__,
        )
        counts = [_store_alone(engine, o, ids, configs, now=now) for o in outcomes]
    for outcome, count in zip(outcomes, counts, strict=True):
        _count(tally, outcome, count)


def _store_together(
    session: Session,
    outcomes: list[FeedOutcome],
    ids: dict[str, int],
    configs: dict[str, FeedConfig],
    *,
    now: datetime,
) -> list[StoredCount | str]:
    """A batch in one go: articles stored in a few statements, then the feeds' states."""
    stored = [o for o in outcomes if o.error is None and o.articles]
    counts = store_batch(
        session,
        [(ids[o.request.name], [a.as_row() for a in o.articles]) for o in stored],
        fetched_at=now,
    )
    by_name = {o.request.name: count for o, count in zip(stored, counts, strict=True)}
    _record(session, outcomes, ids, configs, now=now)
    return [
        o.error if o.error is not None else by_name.get(o.request.name) or StoredCount()
        for o in outcomes
    ]


def _store_alone(
    engine: Engine,
    outcome: FeedOutcome,
    ids: dict[str, int],
    configs: dict[str, FeedConfig],
    *,
    now: datetime,
) -> StoredCount | str:
    """Store one feed's outcome in a transaction of its own; when its articles cannot be
    stored, the failure is stored instead, and returned."""

    def store(told: FeedOutcome) -> StoredCount | str:
        with Session(engine) as session, session.begin():
            take_lock(session, "poll")
            return _store_together(session, [told], ids, configs, now=now)[0]

    try:
        return store(outcome)
    except SQLAlchemyError as exc:
        original = getattr(exc, "orig", None)
        reason = redact_text(str(original if original is not None else exc))
        error = f"the feed's articles could not be stored: {reason.splitlines()[0]}"
        store(FeedOutcome(outcome.request, error=error))
        return error


def _record(
    session: Session,
    outcomes: list[FeedOutcome],
    ids: dict[str, int],
    configs: dict[str, FeedConfig],
    *,
    now: datetime,
) -> None:
    """Record each poll on its feed's row: the rows of feeds that failed are read (their
    count of failures sets the backoff); those that worked are written without reading."""
    failed = [o for o in outcomes if o.error is not None]
    rows = feeds_by_id(session, [ids[o.request.name] for o in failed]) if failed else {}
    for outcome in failed:
        feed = rows[ids[outcome.request.name]]
        assert outcome.error is not None
        record_failure(
            session,
            feed,
            at=now,
            error=outcome.error,
            status=outcome.status,
            next_poll_at=next_poll_after_failure(
                now,
                configs[outcome.request.name].poll_interval,
                failures=(feed.consecutive_failures or 0) + 1,
                retry_after=outcome.retry_after,
            ),
        )
    polled = []
    for outcome in outcomes:
        if outcome.error is None:
            feed_id = ids[outcome.request.name]
            if outcome.hub is not None:
                note_hub(session, feed_id, hub=outcome.hub.url, topic=outcome.hub.topic)
            polled.append(_polled(outcome, feed_id, configs, now=now))
    record_successes(session, polled, at=now)


def _polled(
    outcome: FeedOutcome, feed_id: int, configs: dict[str, FeedConfig], *, now: datetime
) -> FeedPolled:
    result = outcome.result
    assert result is not None
    interval = configs[outcome.request.name].poll_interval
    return FeedPolled(
        feed_id=feed_id,
        status=result.status,
        next_poll_at=next_poll_after_success(now, interval, max_age=result.max_age),
        etag=result.etag,
        last_modified=result.last_modified,
        body_hash=outcome.body_hash,
        permanent_url=result.permanent_url,
        pages=outcome.pages,
        page_error=outcome.page_error,
    )


def _count(tally: _Tally, outcome: FeedOutcome, count: StoredCount | str) -> None:
    name = outcome.request.name
    if isinstance(count, str):
        tally.errors[name] = count
        log.warning("%s: %s", name, count)
        return
    tally.ok += 1
    tally.new += count.new
    tally.revised += count.revised
    tally.copies += count.copies
    if outcome.unchanged:
        tally.unchanged += 1
    log.info(
        "%s: %d entries, %d new, %d revised%s",
        name,
        len(outcome.articles),
        count.new,
        count.revised,
        " (not modified)" if outcome.unchanged else "",
    )
