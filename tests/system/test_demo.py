"""`make demo`'s runner end to end: Airflow runs the three DAGs on the sample feed, twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_demo(state: Path) -> str:
    env = {**os.environ, "DEADLINES_DEMO_STATE": str(state)}
    for key in list(env):
        if key.startswith(("AIRFLOW", "DEADLINES_")) and key != "DEADLINES_DEMO_STATE":
            env.pop(key)
    result = subprocess.run(
        [sys.executable, str(ROOT / "demo" / "run.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def test_demo_runs_the_dags_and_never_sends_an_alert_twice(tmp_path: Path) -> None:
    first = run_demo(tmp_path)
    for dag_id in ("deadlines_poll_feeds", "deadlines_extract", "deadlines_alerts"):
        assert f"{dag_id}: success" in first
    table = first.split("== commitments", 1)[1]
    for due, status in (
        ("2025-10-30", "scheduled"),
        ("2025-11-01", "cancelled"),
        ("2025-11-10", ""),
    ):
        assert any(due in line and status in line for line in table.splitlines()), (due, table)
    # the seed report's table exactly: one row per commitment (the past talks, the meeting,
    # the tariffs, the truce, the licensing rules), a restatement folded into its row
    rows = [line for line in table.splitlines() if line[:1].isdigit()]
    assert len(rows) == 5, table
    for due in ("2025-10-26", "2025-10-30", "2025-11-01", "2025-11-10"):
        assert sum(due in line for line in rows) == 1, (due, table)
    sink = tmp_path / "demo" / "alerts.jsonl"
    sent = [json.loads(line) for line in sink.read_text().splitlines()]
    assert len(sent) >= 4
    assert f"{len(sent)} this run, {len(sent)} in all" in first

    second = run_demo(tmp_path)
    assert f"0 this run, {len(sent)} in all" in second
    assert len(sink.read_text().splitlines()) == len(sent)
