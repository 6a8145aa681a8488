"""Dismissed and merged commitments: their unsent alerts are dropped, and none is planned."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Recorder, found, seed
from tests.conftest import ROOT, LocalHTTP

from deadlines.alerts.dispatch import send_alerts
from deadlines.alerts.outbox import (
    queue_change_alerts,
    queue_lead_time_alerts,
    queue_overdue_alerts,
)
from deadlines.cli import main
from deadlines.store import outbox as stored
from deadlines.store.corrections import Who, dismiss, merge
from deadlines.store.models import Alert

ANA = Who(by="ana", at=NOW)
LEADS = (timedelta(days=7), timedelta(days=1))


def outbox(engine: Engine) -> dict[str, tuple[str, str | None]]:
    """Each alert's key -> (state, last error)."""
    with Session(engine) as session:
        rows = session.execute(select(Alert.key, Alert.state, Alert.last_error))
        return {key: (state, error) for key, state, error in rows}


def test_dismiss_and_merge_drop_the_unsent_alerts_and_plan_no_more(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        events = seed(
            session,
            found("vote", date(2025, 10, 29)),
            found("summit", date(2025, 10, 30)),
            found("treaty", date(2025, 10, 31)),
        )
        vote, summit, treaty = (event.commitment_id for event in events)
        assert queue_change_alerts(session, events, now=NOW) == 3
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 3
        # One alert was refused before and waits for its retry: it is dropped too.
        session.execute(update(Alert).where(Alert.key == f"c{vote}:v1:new:default").values(
            state="failed", attempts=1, next_attempt_at=NOW + timedelta(minutes=1)
        ))  # fmt: skip
    with Session(engine) as session, session.begin():
        dismiss(session, vote, ANA)
        merge(session, treaty, summit, ANA)
    held = {key: value for key, value in outbox(engine).items() if value[0] != "queued"}
    assert held == {
        f"c{vote}:v1:new:default": ("silenced", "dismissed"),
        f"c{vote}:lead:7d:2025-10-29:default": ("silenced", "dismissed"),
        f"c{summit}:v1:new:default": ("silenced", f"merged into {treaty}"),
        f"c{summit}:lead:7d:2025-10-30:default": ("silenced", f"merged into {treaty}"),
    }
    notifier = Recorder()
    with Session(engine) as session:
        assert send_alerts(session, notifier, now=NOW).sent == 2
    assert {key for _, _, key in notifier.sent} == {
        f"c{treaty}:v1:new:default",
        f"c{treaty}:lead:7d:2025-10-31:default",
    }
    # Later: reports move both dates, the lead times shorten, the dates pass. Nothing about
    # the dismissed or the merged-away commitment is queued.
    later = NOW + timedelta(days=3, hours=4)  # 2025-10-30 00:00
    with Session(engine) as session, session.begin():
        moved = seed(session, found("vote", date(2025, 10, 30)), now=later)
        assert [event.commitment_id for event in moved] == [vote]
        assert queue_change_alerts(session, moved, now=later) == 0
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 1  # treaty's 1d
        assert queue_overdue_alerts(session, now=NOW + timedelta(days=6)) == 1  # treaty's
    queued = [key for key, (state, _) in outbox(engine).items() if state == "queued"]
    assert not [key for key in queued if key.startswith((f"c{vote}:", f"c{summit}:"))]


def test_an_alert_queued_behind_a_dismissal_is_dropped_at_send_time(engine: Engine) -> None:
    """A planner that read the commitment before the dismissal was committed may still queue
    an alert of it; the dispatcher checks before it sends."""
    with Session(engine) as session, session.begin():
        (event,) = seed(session, found("vote", date(2025, 10, 29)))
        dismiss(session, event.commitment_id, ANA)
        row = stored.commitment(session, event.commitment_id)
        assert row is not None
        stored.insert_alert(session, {
            "key": "late", "commitment_id": row.id, "reason": "lead_time", "version": 1,
            "route": "default", "digest": False, "tag": "all", "title": "t", "body": "b",
            "state": "queued", "attempts": 0, "created_at": NOW, "next_attempt_at": NOW,
            "delivered_to": [],
        })  # fmt: skip
    notifier = Recorder()
    with Session(engine) as session:
        report = send_alerts(session, notifier, now=NOW)
    assert (report.sent, report.held, notifier.sent) == (0, 1, [])
    assert outbox(engine) == {"late": ("silenced", "dismissed")}


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main([*argv, "--now", "2025-10-26T20:00:00+00:00"], out=out), out.getvalue()


def _json(*argv: str) -> list[dict[str, object]]:
    out = io.StringIO()
    assert main([*argv, "--format", "json"], out=out) == 0
    rows: list[dict[str, object]] = json.loads(out.getvalue())
    return rows


def test_the_demo_feed_dismissed_and_merged_sends_nothing_about_them(
    engine: Engine, http_server: LocalHTTP, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = http_server.serve("/feed.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    (tmp_path / "feeds.yaml").write_text(f"feeds:\n  - name: desk\n    url: {feed}\n")
    sink = tmp_path / "alerts.jsonl"
    (tmp_path / "apprise.yaml").write_text(f"urls:\n  - jsonl://{sink}:\n    - tag: all\n")
    for name, value in {
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "HOME": str(tmp_path),
        "FEEDS": str(tmp_path / "feeds.yaml"),
        "APPRISE_CONFIG": str(tmp_path / "apprise.yaml"),
        "ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32",
    }.items():
        monkeypatch.setenv(f"DEADLINES_{name}", value)
    assert _cli("poll")[0] == 0 and _cli("extract")[0] == 0
    ids = sorted(int(str(row["id"])) for row in _json("list"))
    assert len(ids) >= 4
    # As in the report: the last one dismissed, the second merged into the third.
    dropped, keep, other = ids[-1], ids[2], ids[1]
    assert _cli("dismiss", str(dropped))[0] == 0
    assert _cli("merge", str(keep), str(other))[0] == 0
    assert _cli("alerts")[0] == 0
    sent = [json.loads(line)["body"] for line in sink.read_text().splitlines()]
    keys = [body.rsplit("Alert key: ", 1)[-1] for body in sent]
    assert keys and not [key for key in keys if key.startswith((f"c{dropped}:", f"c{other}:"))]
    rows = _json("outbox")
    for commitment in (dropped, other):
        mine = [row for row in rows if str(row["key"]).startswith(f"c{commitment}:")]
        assert mine and all(row["state"] == "silenced" for row in mine)
