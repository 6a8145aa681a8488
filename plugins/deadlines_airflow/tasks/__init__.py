"""Bodies of the DAGs' tasks: read settings, call a job, say what happened.

One module per DAG; imported inside tasks, not at DAG parse time, so parsing stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from airflow.sdk.exceptions import AirflowSkipException
from sqlalchemy import Engine

from deadlines.model import parse_instant
from deadlines.settings import Settings
from deadlines.store.problems import open_store


def replayed_now(events: Mapping[Any, Any] | None) -> str | None:
    """The ``now`` a replay passed along in the extras of the asset events that started a run."""
    found = [
        str(event.extra["now"])
        for batch in (events or {}).values()
        for event in batch
        if isinstance(getattr(event, "extra", None), dict) and event.extra.get("now")
    ]
    return max(found) if found else None


def now_from(params: Mapping[str, Any] | None, events: Mapping[Any, Any] | None = None) -> datetime:
    """The ``now`` DAG param (ISO date or instant, UTC if no offset); else the ``now`` of the
    replay whose asset events started this run; else the current time."""
    text = (params or {}).get("now") or replayed_now(events)
    if not text:
        return datetime.now(UTC)
    return parse_instant(str(text))


def setup() -> tuple[Settings, Engine]:
    """The settings and the store, which must exist: a task never creates an empty SQLite
    file where the store was expected (its failure says how to create the store)."""
    settings = Settings.from_env()
    return settings, open_store(settings.database_url)


def announce(
    count: int,
    outlet: Any,
    what: str,
    params: Mapping[str, Any] | None = None,
    events: Mapping[Any, Any] | None = None,
) -> None:
    """Emit the outlet's asset event only when something was written; skip otherwise.

    A replay's ``now`` travels in the event, so the runs it starts replay the same moment.
    """
    if not count:
        raise AirflowSkipException(f"no new {what}")
    extra: dict[str, Any] = {"count": count}
    replay = (params or {}).get("now") or replayed_now(events)
    if replay:
        extra["now"] = str(replay)
    outlet.extra = extra
