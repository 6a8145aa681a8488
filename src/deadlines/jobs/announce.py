"""Tell the scheduler at once that pushed articles were stored: a Redis pub/sub message.

Airflow's triggerer listens on the channel (an ``AssetWatcher`` with the common messaging
provider's ``MessageQueueTrigger``, see ``deadlines_airflow.push.assets``) and turns each
message into an asset event that starts the extract DAG. A message that cannot be sent, or
that nobody hears (pub/sub keeps nothing), costs only time: the poll DAG announces the
pushed articles the extractor has not read at its next tick (``jobs.websub.pushed_waiting``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from deadlines.errors import ConfigError
from deadlines.feeds.address import redact_url
from deadlines.store.feeds import StoredCount

log = logging.getLogger(__name__)
CHANNEL = "deadlines.articles"


class RedisAnnouncer:
    """Publishes ``{"feed_id", "new", "revised"}`` on ``channel`` of the Redis at ``url``."""

    def __init__(self, url: str, channel: str = CHANNEL, *, timeout: float = 2.0) -> None:
        try:
            import redis
        except ImportError:
            raise ConfigError(
                "DEADLINES_ANNOUNCE_URL needs the redis package (pip install redis)"
            ) from None
        self.url, self.channel = url, channel
        self.client: Any = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)

    def __call__(self, feed_id: int, count: StoredCount) -> None:
        message = json.dumps({"feed_id": feed_id, "new": count.new, "revised": count.revised})
        try:
            self.client.publish(self.channel, message)
        except self._errors as exc:
            log.warning(
                "could not announce pushed articles on %s (%s); the next poll announces them",
                redact_url(self.url),
                exc,
            )

    def close(self) -> None:
        self.client.close()


def announcer(url: str | None) -> RedisAnnouncer | None:
    """The announcer the settings ask for (``DEADLINES_ANNOUNCE_URL``), or None."""
    return RedisAnnouncer(url) if url else None
