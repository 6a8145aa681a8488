"""The asset a push starts the extract DAG through, watched in Airflow's triggerer.

``deadlines.jobs.announce`` publishes a message on the Redis channel ``deadlines.articles``
each time pushed articles are stored; the common messaging provider's
``MessageQueueTrigger`` (scheme ``redis+pubsub``) hears it in the triggerer, and the
``AssetWatcher`` turns it into an event of this asset, on which the extract DAG is
scheduled as well as on the poll's. Redis is reached through the Airflow connection
``deadlines_redis`` (e.g. ``AIRFLOW_CONN_DEADLINES_REDIS=redis://127.0.0.1:6379/0``).
"""

from airflow.providers.common.messaging.triggers.msg_queue import MessageQueueTrigger
from airflow.sdk import Asset, AssetWatcher

from deadlines.jobs.announce import CHANNEL

REDIS_CONN_ID = "deadlines_redis"
# Seconds between the trigger's looks at the channel (the provider's default is 60): a
# look is one non-blocking read of a subscribed connection, cheap enough to do often.
LISTEN_EVERY = 0.1


def pushed_articles_trigger() -> MessageQueueTrigger:
    return MessageQueueTrigger(
        scheme="redis+pubsub",
        channels=[CHANNEL],
        redis_conn_id=REDIS_CONN_ID,
        poll_interval=LISTEN_EVERY,
    )


PUSHED_ARTICLES = Asset(
    name="deadlines_pushed_articles",
    uri="deadlines://push/articles",
    group="deadlines",
    watchers=[AssetWatcher(name="deadlines_pushed_articles", trigger=pushed_articles_trigger())],
)
