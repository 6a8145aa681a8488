"""What every deadlines DAG shares: owner, retries, the ``now`` param."""

from datetime import timedelta

import pendulum
from airflow.sdk import Param

START = pendulum.datetime(2025, 1, 1, tz="UTC")
TAGS = ["deadlines"]
DEFAULT_ARGS = {
    "owner": "deadlines",
    "retries": 2,
    "retry_delay": timedelta(minutes=1),
    "retry_exponential_backoff": True,
}
PARAMS = {
    "now": Param(
        None,
        type=["null", "string"],
        description="Act as if it were this instant (ISO date or time, UTC if no offset). "
        "Empty: the real time. Use it to replay a past day.",
    )
}
