"""The small helpers the DAGs' tasks share: `now` from params or from a replay's events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest


@dataclass
class Event:
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outlet:
    extra: dict[str, Any] = field(default_factory=dict)


def test_now_comes_from_params_then_events_then_the_clock() -> None:
    from deadlines_airflow.tasks import now_from

    events = {"articles": [Event({"count": 2, "now": "2025-10-26T20:00:00+00:00"})]}
    assert now_from({"now": "2025-10-01"}, events) == datetime(2025, 10, 1, tzinfo=UTC)
    assert now_from({"now": None}, events) == datetime(2025, 10, 26, 20, tzinfo=UTC)
    live = now_from({}, {"articles": [Event({"count": 1})]})
    assert abs((live - datetime.now(UTC)).total_seconds()) < 60


def test_announce_passes_a_replay_on_and_skips_when_nothing_was_written() -> None:
    from airflow.sdk.exceptions import AirflowSkipException

    from deadlines_airflow.tasks import announce

    outlet = Outlet()
    announce(3, outlet, "articles", {"now": "2025-10-26T20:00"})
    assert outlet.extra == {"count": 3, "now": "2025-10-26T20:00"}
    relayed = Outlet()
    announce(1, relayed, "changes", {}, {"articles": [Event({"now": "2025-10-26T20:00"})]})
    assert relayed.extra == {"count": 1, "now": "2025-10-26T20:00"}
    live = Outlet()
    announce(1, live, "changes", {}, {})
    assert live.extra == {"count": 1}
    with pytest.raises(AirflowSkipException, match="no new articles"):
        announce(0, Outlet(), "articles")


def test_a_task_does_not_create_a_missing_store(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deadlines.errors import StoreError
    from deadlines_airflow.tasks import setup

    missing = tmp_path / "nowhere" / "store.db"
    monkeypatch.setenv("DEADLINES_DATABASE_URL", f"sqlite:///{missing}")
    with pytest.raises(StoreError, match="there is no store at .*init-db"):
        setup()
    assert not missing.exists() and not missing.parent.exists()
