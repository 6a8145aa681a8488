"""Bodies of the DAGs' tasks: read settings, call a job, say what happened.

One module per DAG; imported inside tasks, not at DAG parse time, so parsing stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from airflow.sdk.exceptions import AirflowSkipException
from sqlalchemy import Engine

from deadlines.settings import Settings
from deadlines.store import make_engine


def now_from(params: Mapping[str, Any] | None) -> datetime:
    """The ``now`` DAG param (ISO date or instant, UTC if no offset), else the current time."""
    text = (params or {}).get("now")
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(str(text))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def setup() -> tuple[Settings, Engine]:
    settings = Settings.from_env()
    return settings, make_engine(settings.database_url)


def announce(count: int, outlet: Any, what: str) -> None:
    """Emit the outlet's asset event only when something was written; skip otherwise."""
    if not count:
        raise AirflowSkipException(f"no new {what}")
    outlet.extra = {"count": count}
