"""WebSub end to end against a hub of our own on 127.0.0.1, on SQLite and PostgreSQL.

The feed names its hub; the poll notes it; the subscription is asked for, verified,
pushed to (signed, unsigned, badly signed), renewed, and ended when the feed is disabled.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from tests.conftest import LocalHTTP
from tests.feeds.websub_hub import Hub, running_hub

from deadlines import jobs
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.transport import make_client
from deadlines.jobs.subscribe import maintain_subscriptions
from deadlines.jobs.websub import pushed_waiting
from deadlines.model import SubscriptionState
from deadlines.serve import CallbackServer
from deadlines.store.feeds import mark_extracted, pending_articles
from deadlines.store.models import Article, Feed, Subscription

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)
OPTIONS = jobs.PollOptions(allow_private=LOOPBACK)
LEASE = timedelta(hours=6)


def atom(hub: str, self_url: str, *entries: tuple[str, str]) -> bytes:
    items = "".join(
        f"<entry><id>{guid}</id><title>{title}</title><updated>2026-03-02T08:00:00Z</updated>"
        f"<content type='text'>{title}: the ministry will decide by 30 April.</content></entry>"
        for guid, title in entries
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Harbour news</title><link rel='hub' href='{hub}'/>"
        f"<link rel='self' href='{self_url}'/><id>urn:harbour</id>"
        f"<updated>2026-03-02T08:00:00Z</updated>{items}</feed>"
    ).encode()


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def hub() -> Iterator[Hub]:
    with running_hub() as hub:
        yield hub


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def callback(engine: Engine, clock: Clock) -> Iterator[CallbackServer]:
    server = CallbackServer(("127.0.0.1", 0), engine, max_bytes=100_000, clock=clock)
    server.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client("deadlines-test", allow=LOOPBACK) as client:
        yield client


def _articles(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(Article.guid).order_by(Article.id)))


def _subscription(engine: Engine) -> Subscription:
    with Session(engine, expire_on_commit=False) as session:
        return session.scalars(select(Subscription)).one()


def _subscribed(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> tuple[FeedConfig, dict[str, str]]:
    """Poll a feed that names ``hub``, subscribe, and have the hub verify: the request."""
    topic = http_server.url("/harbour.xml")
    http_server.serve("/harbour.xml", atom(hub.url, topic, ("urn:a1", "Quay works")))
    feed = FeedConfig("harbour", topic, poll_interval=timedelta(minutes=5))
    jobs.poll(engine, [feed], now=NOW, options=OPTIONS)
    report = maintain_subscriptions(
        engine, [feed], callback=callback.url, now=NOW, client=client, lease=LEASE
    )
    assert report.subscribed == ["harbour"] and not report.errors
    request = hub.last("subscribe")
    answer = hub.verify(request)
    assert answer.status_code == 200 and answer.text
    return feed, request


def test_a_polled_feed_that_names_a_hub_is_subscribed_to_and_verified(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    feed, request = _subscribed(engine, http_server, hub, callback, client)
    assert request["hub.topic"] == feed.url
    assert request["hub.callback"].startswith(callback.url + "/")
    assert request["hub.lease_seconds"] == str(int(LEASE.total_seconds()))
    assert len(request["hub.secret"]) >= 32
    found = _subscription(engine)
    assert found.state == SubscriptionState.ACTIVE and found.pending is None
    assert found.expires_at == NOW + LEASE
    # A feed the hub pushes is polled only at the slow safety interval.
    jobs.poll(engine, [feed], now=NOW + timedelta(minutes=10), options=OPTIONS)
    with Session(engine) as session:
        assert session.scalars(select(Feed.poll_interval_s)).one() == 3600


def test_a_verification_that_matches_no_request_is_refused(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    _, request = _subscribed(engine, http_server, hub, callback, client)
    assert hub.verify(request, **{"hub.topic": "http://127.0.0.1:1/other"}).status_code == 404
    # Nothing is pending any more: a second subscribe verification is refused too.
    assert hub.verify(request).status_code == 404
    unsubscribe = {**request, "hub.mode": "unsubscribe"}
    assert hub.verify(unsubscribe).status_code == 404
    # A denial without a pending request is not heard: it carries no proof of the hub.
    assert hub.verify({**request, "hub.mode": "denied"}).status_code == 404
    assert _subscription(engine).state == SubscriptionState.ACTIVE


def test_a_denied_subscription_is_recorded_and_the_feed_still_polled(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    topic = http_server.url("/harbour.xml")
    http_server.serve("/harbour.xml", atom(hub.url, topic, ("urn:a1", "Quay works")))
    feed = FeedConfig("harbour", topic, poll_interval=timedelta(minutes=5))
    jobs.poll(engine, [feed], now=NOW, options=OPTIONS)
    maintain_subscriptions(engine, [feed], callback=callback.url, now=NOW, client=client)
    denial = {**hub.last("subscribe"), "hub.mode": "denied"}
    assert hub.verify(denial, **{"hub.reason": "topic not served"}).status_code == 200
    found = _subscription(engine)
    assert found.state == SubscriptionState.DENIED
    assert "topic not served" in (found.last_error or "")
    again = maintain_subscriptions(engine, [feed], callback=callback.url, now=NOW, client=client)
    assert again.subscribed == [] and len(hub.requests) == 1


def test_a_signed_push_is_stored_once_as_a_poll_would_store_it(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    feed, request = _subscribed(engine, http_server, hub, callback, client)
    body = atom(hub.url, feed.url, ("urn:a2", "Ferry tariffs"), ("urn:a1", "Quay works"))
    answer = hub.push(request, body)
    assert answer.status_code == 200, answer.text
    assert _articles(engine) == ["urn:a1", "urn:a2"]
    assert hub.push(request, body, signature="sha1").status_code == 200
    assert _articles(engine) == ["urn:a1", "urn:a2"]
    revised = atom(hub.url, feed.url, ("urn:a2", "Ferry tariffs doubled"))
    assert hub.push(request, revised, signature="sha512").status_code == 200
    assert _articles(engine) == ["urn:a1", "urn:a2", "urn:a2#revision-2"]
    assert _subscription(engine).last_push_at == NOW
    # The poll DAG announces what pushes stored, so the extract DAG starts at once.
    # Left to the announcement on Redis for a minute, then announced by the poll DAG.
    assert pushed_waiting(engine, now=NOW + timedelta(seconds=30)) == 0
    assert pushed_waiting(engine, now=NOW + timedelta(seconds=61)) == 3
    with Session(engine) as session, session.begin():
        pending = [article.id for article in pending_articles(session)]
        mark_extracted(session, pending, at=NOW)
    assert pushed_waiting(engine, now=NOW + timedelta(seconds=61)) == 0


@pytest.mark.parametrize("signature", [None, "sha256=" + "0" * 64, "md5=abc", "sha256"], ids=str)
def test_an_unsigned_or_badly_signed_push_is_refused_and_nothing_is_stored(
    engine: Engine,
    http_server: LocalHTTP,
    hub: Hub,
    callback: CallbackServer,
    client: httpx.Client,
    caplog: pytest.LogCaptureFixture,
    signature: str | None,
) -> None:
    feed, request = _subscribed(engine, http_server, hub, callback, client)
    body = atom(hub.url, feed.url, ("urn:a9", "Dock strike"))
    if signature == "sha256":  # signed with another secret
        request = {**request, "hub.secret": "not-the-secret"}
    answer = hub.push(request, body, signature=signature)
    assert answer.status_code == 403
    assert _articles(engine) == ["urn:a1"]
    found = _subscription(engine)
    assert found.refused_pushes == 1 and "push refused" in (found.last_error or "")
    assert any("refused" in record.getMessage() for record in caplog.records)
    assert request["hub.secret"] not in caplog.text


def test_the_lease_is_renewed_before_it_ends(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    feed, request = _subscribed(engine, http_server, hub, callback, client)
    early = maintain_subscriptions(
        engine, [feed], callback=callback.url, now=NOW + LEASE / 2, client=client
    )
    assert early.renewed == [] and len(hub.requests) == 1
    later = NOW + LEASE - timedelta(minutes=30)
    report = maintain_subscriptions(
        engine, [feed], callback=callback.url, now=later, client=client, lease=LEASE
    )
    assert report.renewed == ["harbour"]
    renewal = hub.last("subscribe")
    assert len(hub.requests) == 2 and renewal["hub.secret"] == request["hub.secret"]
    assert _subscription(engine).state == SubscriptionState.ACTIVE  # pushes go on meanwhile
    callback.clock.now = later  # type: ignore[attr-defined]
    assert hub.verify(renewal).status_code == 200
    assert _subscription(engine).expires_at == later + LEASE
    assert hub.push(renewal, atom(hub.url, feed.url, ("urn:a3", "Pier"))).status_code == 200


def test_a_disabled_feed_is_unsubscribed_and_its_pushes_refused(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    feed, request = _subscribed(engine, http_server, hub, callback, client)
    disabled = replace(feed, enabled=False)
    report = maintain_subscriptions(
        engine, [disabled], callback=callback.url, now=NOW, client=client
    )
    assert report.unsubscribed == ["harbour"]
    leave = hub.last("unsubscribe")
    assert leave["hub.topic"] == feed.url and leave["hub.callback"] == request["hub.callback"]
    assert hub.verify(leave).status_code == 200
    assert _subscription(engine).state == SubscriptionState.UNSUBSCRIBED
    answer = hub.push(request, atom(hub.url, feed.url, ("urn:a4", "Late news")))
    assert answer.status_code == 410
    assert _articles(engine) == ["urn:a1"]
    again = maintain_subscriptions(
        engine, [disabled], callback=callback.url, now=NOW, client=client
    )
    assert again == type(again)() and len(hub.requests) == 2


def test_a_hub_that_refuses_leaves_the_feed_polled(
    engine: Engine, http_server: LocalHTTP, callback: CallbackServer, client: httpx.Client
) -> None:
    topic = http_server.url("/quiet.xml")
    http_server.serve("/hub", "no", status=500)
    http_server.serve("/quiet.xml", atom(http_server.url("/hub"), topic, ("urn:q", "Quiet")))
    feed = FeedConfig("quiet", topic, poll_interval=timedelta(minutes=5))
    jobs.poll(engine, [feed], now=NOW, options=OPTIONS)
    report = maintain_subscriptions(engine, [feed], callback=callback.url, now=NOW, client=client)
    assert "HTTP 500" in report.errors["quiet"]
    found = _subscription(engine)
    assert found.state == SubscriptionState.DISCOVERED and "HTTP 500" in (found.last_error or "")
    jobs.poll(engine, [feed], now=NOW + timedelta(minutes=10), options=OPTIONS)
    with Session(engine) as session:
        assert session.scalars(select(Feed.poll_interval_s)).one() == 300
        assert session.scalar(select(func.count(Article.id))) == 1


def test_a_hub_that_redirects_is_not_followed_with_the_secret(
    http_server: LocalHTTP, client: httpx.Client
) -> None:
    from deadlines.errors import WebSubError
    from deadlines.feeds.websub import Hub as FeedHub
    from deadlines.feeds.websub import ask_hub

    http_server.serve("/hub", "", status=307, Location=http_server.url("/elsewhere"))
    with pytest.raises(WebSubError, match="HTTP 307"):
        ask_hub(client, FeedHub(http_server.url("/hub"), "https://news.example.org/f.xml"),
                mode="subscribe", callback="https://me.example.org/cb/1", secret="s3cret")  # fmt: skip
    assert [path for _method, path, *_ in http_server.requests] == ["/hub"]


def test_a_subscription_whose_lease_ran_out_no_longer_slows_the_poll(
    engine: Engine, http_server: LocalHTTP, hub: Hub, callback: CallbackServer, client: httpx.Client
) -> None:
    from deadlines.jobs.websub import SAFETY_INTERVAL, slowed_for_push

    feed, _ = _subscribed(engine, http_server, hub, callback, client)
    (during,) = slowed_for_push(engine, [feed], now=NOW + LEASE / 2)
    (after,) = slowed_for_push(engine, [feed], now=NOW + LEASE + timedelta(minutes=1))
    assert during.poll_interval == SAFETY_INTERVAL and after.poll_interval == feed.poll_interval
