"""Every DAG imports cleanly and carries what production Airflow needs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {"deadlines_poll_feeds", "deadlines_extract", "deadlines_alerts"}


@pytest.fixture(scope="module")
def dagbag(airflow_home: Path):  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dags_import_without_errors(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.import_errors == {}
    assert EXPECTED <= set(dagbag.dag_ids)


@pytest.mark.parametrize("dag_id", sorted(EXPECTED))
def test_each_dag_has_owner_retries_tags_docs_and_now_param(dagbag, dag_id: str) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags[dag_id]
    assert "deadlines" in dag.tags
    assert dag.doc_md and dag.doc_md.strip()
    assert dag.catchup is False
    assert "now" in dag.params
    for task in dag.tasks:
        assert task.owner == "deadlines"
        assert task.retries >= 1


def test_assets_chain_the_steps(dagbag) -> None:  # type: ignore[no-untyped-def]
    poll = dagbag.dags["deadlines_poll_feeds"]
    extract = dagbag.dags["deadlines_extract"]
    alerts = dagbag.dags["deadlines_alerts"]
    produced = {o.uri for t in poll.tasks for o in t.outlets}
    assert produced == {"deadlines://store/articles"}
    assert {o.uri for t in extract.tasks for o in t.outlets} == {"deadlines://store/commitments"}
    assert "deadlines://store/articles" in str(extract.timetable.asset_condition)
    assert "deadlines://store/commitments" in str(alerts.timetable.asset_condition)


def test_dag_files_do_no_work_at_import() -> None:
    """DAG files import only Airflow and our adapters at module level."""
    for path in (ROOT / "dags").glob("*.py"):
        top_level_imports = [
            line for line in path.read_text().splitlines() if line.startswith(("import ", "from "))
        ]
        for line in top_level_imports:
            assert line.startswith(
                ("from airflow.sdk", "from deadlines_airflow.", "from __future__", "from datetime ")
            ), (path.name, line)


def test_polling_ticks_often_runs_in_its_pool_and_has_a_lateness_alert(dagbag) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    poll = dagbag.dags["deadlines_poll_feeds"]
    assert poll.timetable.delta == timedelta(seconds=30)
    assert poll.task_dict["poll"].pool == "deadlines_feeds"
    (alert,) = poll.deadline if isinstance(poll.deadline, list) else [poll.deadline]
    assert alert.interval == timedelta(minutes=10)
    assert alert.callback.kwargs["tag"] == "ops"
