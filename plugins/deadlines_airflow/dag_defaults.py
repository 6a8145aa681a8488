"""What every deadlines DAG shares: owner, retries, the ops failure notice, the ``now`` param."""

from datetime import timedelta

import pendulum
from airflow.sdk import Param

from deadlines_airflow.notify import notify_ops

START = pendulum.datetime(2025, 1, 1, tz="UTC")
# The pool feed fetching runs in; created by `make demo`, `make cluster` and the compose
# init service (`airflow pools set deadlines_feeds 4 ...`).
FEED_POOL = "deadlines_feeds"
TAGS = ["deadlines"]
DEFAULT_ARGS = {
    "owner": "deadlines",
    "retries": 2,
    "retry_delay": timedelta(minutes=1),
    "retry_exponential_backoff": True,
    # A task that fails for good tells the `ops` apprise tag: task, error, log link.
    "on_failure_callback": [notify_ops],
}
PARAMS = {
    "now": Param(
        None,
        type=["null", "string"],
        description="Act as if it were this instant (ISO date or time, UTC if no offset). "
        "Empty: the real time. Use it to replay a past day.",
    )
}
