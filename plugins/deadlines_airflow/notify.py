"""Tell ops when a deadlines task fails: the task, the error and a link to its log.

The message goes through the Airflow apprise provider's notifier to the ``ops`` tag of the
``apprise_default`` connection. It is built here, outside Jinja, so an error text holding
``{{`` cannot be templated, and its secrets are masked first. Imports are lazy: DAG files
list this callback in their default args without loading apprise at parse time.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)

OPS_TAG = "ops"
CONN_ID = "apprise_default"


def failure_message(context: Mapping[str, Any]) -> tuple[str, str]:
    """(title, body) for a failed task instance."""
    from deadlines.alerts.secrets import mask_text

    ti = context.get("ti") or context.get("task_instance")
    dag_id = getattr(ti, "dag_id", None) or "?"
    task_id = getattr(ti, "task_id", None) or "?"
    run_id = context.get("run_id") or getattr(ti, "run_id", None) or "?"
    attempt = getattr(ti, "try_number", None)
    error = context.get("exception")
    error_text = f"{type(error).__name__}: {error}" if error is not None else "no error recorded"
    log_url = getattr(ti, "log_url", None) or "(no log link: see the Airflow UI)"
    title = f"deadlines task failed: {dag_id}.{task_id}"
    body = "\n".join(
        [
            f"Task: {dag_id}.{task_id} (run {run_id}{f', try {attempt}' if attempt else ''})",
            f"Error: {mask_text(error_text)[:2000]}",
            f"Log: {log_url}",
        ]
    )
    return title, body


def notify_ops(context: Mapping[str, Any]) -> None:
    """``on_failure_callback`` of every deadlines task."""
    from airflow.providers.apprise.notifications.apprise import AppriseNotifier

    title, body = failure_message(context)
    notifier = AppriseNotifier(title=title, body=body, tag=OPS_TAG, apprise_conn_id=CONN_ID)
    try:
        # notify() directly: the text is final, it must not go through Jinja.
        notifier.notify(dict(context))
    except Exception as exc:  # a callback must never hide the task's own failure
        log.error("could not tell ops that %s failed: %s", title, type(exc).__name__)
