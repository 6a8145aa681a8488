"""An Airflow deadline alert for the poll DAG: ops hear of it when polling itself runs late."""

from datetime import timedelta

from airflow.sdk.definitions.callback import AsyncCallback
from airflow.sdk.definitions.deadline import DeadlineAlert, DeadlineReference

# Given as a path, so that parsing a DAG file does not import apprise.
NOTIFIER = "airflow.providers.apprise.notifications.apprise.AppriseNotifier"


def runs_late(dag_label: str, within: timedelta) -> DeadlineAlert:
    """Tell the ``ops`` apprise tag when a run has not finished ``within`` of being queued."""
    minutes = int(within.total_seconds() // 60)
    return DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=within,
        callback=AsyncCallback(
            NOTIFIER,
            kwargs={
                "title": f"deadlines: {dag_label} is running late",
                "body": (
                    f"A run of {dag_label} has not finished {minutes} minutes after it was "
                    "queued: new articles and their alerts are delayed. Check the scheduler, "
                    "the workers and the feed fetch pool."
                ),
                "tag": "ops",
                "apprise_conn_id": "apprise_default",
            },
        ),
        name=f"{dag_label} runs late",
    )
