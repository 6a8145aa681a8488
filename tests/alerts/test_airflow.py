"""The Airflow side of alerts: the ops failure notice and the hook's connection."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from tests.alerts.conftest import Receiver

pytestmark = pytest.mark.airflow


@pytest.fixture
def ops_connection(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Receiver:
    config = [
        {"path": f"json://{receiver.base}/ops", "tag": "ops"},
        {"path": f"json://{receiver.base}/alerts", "tag": "alerts"},
    ]
    monkeypatch.setenv(
        "AIRFLOW_CONN_APPRISE_DEFAULT",
        json.dumps({"conn_type": "apprise", "extra": {"config": config}}),
    )
    return receiver


def test_every_deadlines_dag_tells_ops_when_a_task_fails() -> None:
    from deadlines_airflow.dag_defaults import DEFAULT_ARGS
    from deadlines_airflow.notify import notify_ops

    assert notify_ops in DEFAULT_ARGS["on_failure_callback"]  # type: ignore[operator]


def test_failure_notice_reaches_the_ops_tag_with_task_error_and_log(
    ops_connection: Receiver,
) -> None:
    from deadlines_airflow.notify import notify_ops

    log_url = "http://127.0.0.1:8080/dags/deadlines_alerts/runs/r1/tasks/deliver?try_number=3"
    ti = SimpleNamespace(
        dag_id="deadlines_alerts", task_id="deliver", try_number=3, log_url=log_url
    )
    notify_ops({"ti": ti, "run_id": "r1", "exception": RuntimeError("feed {{ boom }} broke")})
    assert ops_connection.wait_for(1, timeout=20)
    ((path, _, payload),) = ops_connection.accepted()
    message = json.loads(payload)
    assert path == "/ops"
    assert message["title"] == "deadlines task failed: deadlines_alerts.deliver"
    assert "Task: deadlines_alerts.deliver (run r1, try 3)" in message["message"]
    assert "Error: RuntimeError: feed {{ boom }} broke" in message["message"]
    assert f"Log: {log_url}" in message["message"]


def test_the_hook_reads_the_provider_connection_and_checks_results(
    ops_connection: Receiver,
) -> None:
    from deadlines_airflow.hooks import DeadlinesAppriseHook

    notifier = DeadlinesAppriseHook().get_notifier()
    assert notifier.deliver("t", "b", tag="alerts", key="k").ok
    ops_connection.status = 500
    assert not notifier.deliver("t", "b", tag="alerts", key="k").ok
    assert [p for p, _, _ in ops_connection.accepted()] == ["/alerts"]
