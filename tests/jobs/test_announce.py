"""Pushed articles announced on the real Redis at 127.0.0.1:6379, and heard by the trigger
the extract DAG's asset watcher runs in Airflow's triggerer."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import Iterator

import pytest
import redis

from deadlines.jobs.announce import CHANNEL, RedisAnnouncer
from deadlines.store.feeds import StoredCount

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def channel() -> Iterator[str]:
    """A channel of this test's own (the Redis is shared), after checking Redis answers."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.RedisError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis on 127.0.0.1:6379 is required in CI: {exc}")
        pytest.skip(f"Redis on 127.0.0.1:6379 does not answer: {exc}")
    yield f"deadlines.test.{uuid.uuid4().hex}"
    client.close()


def test_stored_pushed_articles_are_announced(channel: str) -> None:
    listener = redis.Redis.from_url(REDIS_URL).pubsub(ignore_subscribe_messages=True)
    listener.subscribe(channel)
    assert listener.get_message(timeout=5) is None  # the subscription's own confirmation
    announce = RedisAnnouncer(REDIS_URL, channel)
    announce(7, StoredCount(new=2, revised=1))
    message = listener.get_message(timeout=5)
    assert message is not None
    assert message["data"] == b'{"feed_id": 7, "new": 2, "revised": 1}'
    announce.close()
    listener.close()


def test_an_unreachable_redis_is_logged_not_raised(
    closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    announce = RedisAnnouncer(f"redis://:hunter2@127.0.0.1:{closed_port}/0", timeout=1)
    with caplog.at_level(logging.WARNING):
        announce(1, StoredCount(new=1))
    assert "the next poll announces them" in caplog.text
    assert "hunter2" not in caplog.text


def test_the_extract_dag_watches_the_announcement_channel() -> None:
    from deadlines_airflow.push.assets import LISTEN_EVERY, PUSHED_ARTICLES

    (watcher,) = PUSHED_ARTICLES.watchers
    classpath, kwargs = watcher.trigger.serialize()
    assert classpath.endswith("AwaitMessageTrigger")
    assert kwargs["channels"] == [CHANNEL]
    assert kwargs["poll_interval"] == LISTEN_EVERY


def test_the_trigger_turns_an_announcement_into_an_event(
    channel: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from airflow.providers.common.messaging.triggers.msg_queue import MessageQueueTrigger

    monkeypatch.setenv("AIRFLOW_CONN_DEADLINES_REDIS", REDIS_URL)
    trigger = MessageQueueTrigger(
        scheme="redis+pubsub",
        channels=[channel],
        redis_conn_id="deadlines_redis",
        poll_interval=0.1,
    )
    publisher = redis.Redis.from_url(REDIS_URL)

    async def first_event() -> object:
        events = trigger.trigger.run().__aiter__()
        waiting = asyncio.ensure_future(events.__anext__())
        # Publish once the trigger has subscribed: pub/sub keeps nothing for late listeners.
        while not waiting.done() and not publisher.pubsub_numsub(channel)[0][1]:
            await asyncio.wait({waiting}, timeout=0.05)
        RedisAnnouncer(REDIS_URL, channel)(3, StoredCount(new=1))
        return await asyncio.wait_for(waiting, timeout=10)

    event = asyncio.run(first_event())
    assert event.payload["channel"] == channel  # type: ignore[attr-defined]
    assert '"feed_id": 3' in event.payload["data"]  # type: ignore[attr-defined]
    publisher.close()
