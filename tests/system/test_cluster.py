"""The DAGs on Airflow's CeleryExecutor: two workers, local Redis and PostgreSQL, to an alert."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_cluster_delivers_an_alert_with_tasks_on_both_workers(
    tmp_path: Path, postgres_url: str
) -> None:
    # postgres_url: fails (CI) or skips when PostgreSQL does not answer; the cluster makes
    # databases of its own next to it.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "DEADLINES_"))}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "demo" / "cluster.py"),
            "--until-alert",
            "--timeout",
            "400",
            "--state",
            str(tmp_path / "cluster"),
            "--prefix",
            f"deadlines_ci_{os.getpid()}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    alerts = [
        json.loads(line)
        for line in (tmp_path / "cluster" / "alerts.jsonl").read_text().splitlines()
    ]
    assert any("2026" in alert["title"] or "Due in" in alert["title"] for alert in alerts), alerts
    line = next(line for line in result.stdout.splitlines() if "tasks per worker" in line)
    per_worker = ast.literal_eval(line.split("tasks per worker: ", 1)[1])
    assert set(per_worker) == {"worker1", "worker2"}
    assert all(count >= 1 for count in per_worker.values()), per_worker
