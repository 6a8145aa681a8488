"""A delivery that finds alerts under another dispatcher's lease says so, and until when."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Recorder, found, seed

from deadlines.alerts.delivery import DeliveryResult
from deadlines.alerts.dispatch import LEASE, claim, send_alerts
from deadlines.alerts.outbox import queue_change_alerts
from deadlines.cli import main

WALL = datetime(2026, 1, 1, tzinfo=UTC)


class Killed(BaseException):
    """Stands for the dispatcher process dying (nothing catches it)."""


def queue(engine: Engine, *subjects: str) -> None:
    with Session(engine) as session, session.begin():
        events = seed(session, *(found(subject, date(2025, 11, 3)) for subject in subjects))
        queue_change_alerts(session, events, now=NOW)


def test_a_restarted_delivery_reports_the_alerts_a_dead_dispatcher_holds(engine: Engine) -> None:
    queue(engine, "one", "two", "three")

    class DiesAtFirst(Recorder):
        def deliver(self, title: str, body: str, **kw: object) -> DeliveryResult:
            raise Killed

    with Session(engine) as session, pytest.raises(Killed):
        send_alerts(session, DiesAtFirst(), now=NOW, clock=lambda: WALL)
    restarted = WALL + timedelta(seconds=30)
    with Session(engine) as session:
        report = send_alerts(session, Recorder(), now=NOW, clock=lambda: restarted)
    assert (report.sent, report.leased, report.leased_until) == (0, 3, WALL + LEASE)
    assert report.lease_note().startswith(
        "3 alerts are held by another dispatcher's claim until 2026-01-01T00:02:00+00:00"
    )
    # Once the lease has run out they are taken over, and nothing is held any more.
    with Session(engine) as session:
        report = send_alerts(session, Recorder(), now=NOW, clock=lambda: WALL + 2 * LEASE)
    assert (report.sent, report.leased, report.leased_until, report.lease_note()) == (
        3,
        0,
        None,
        "",
    )


def test_the_alerts_command_says_how_many_are_held_and_until_when(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue(engine, "one", "two")
    wall = datetime.now(UTC)
    with Session(engine) as session:  # a dispatcher that claimed them, then died
        claimed = claim(session, now=NOW, wall=wall, token="gone:1:x", lease=LEASE, size=10)
    assert len(claimed) == 2
    sink = tmp_path / "alerts.jsonl"
    (tmp_path / "apprise.yaml").write_text(f"urls:\n  - jsonl://{sink}:\n    - tag: all\n")
    monkeypatch.setenv("DEADLINES_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_APPRISE_CONFIG", str(tmp_path / "apprise.yaml"))
    out = io.StringIO()
    assert main(["alerts", "--now", "2025-10-26T20:00"], out=out) == 0
    said = out.getvalue()
    until = (wall + LEASE).isoformat(timespec="seconds")
    assert "sent 0," in said
    assert f"2 alerts are held by another dispatcher's claim until {until}" in said
    assert not sink.exists()
