"""Acceptance 3: the alert steps run again and again, and in parallel, send each alert once.

"Running the alert DAG 100 times" is done by calling the two job functions its tasks call
(``jobs.plan_alerts`` then ``jobs.send``) 100 times over the same store; two dispatcher
processes then share 1,000 queued alerts on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Receiver, found, seed

from deadlines import jobs
from deadlines.alerts.delivery import AppriseNotifier, Target
from deadlines.alerts.outbox import queue_change_alerts
from deadlines.store.models import Alert
from deadlines.store.sql import table_of

LEADS = (timedelta(days=7), timedelta(days=1))


def test_the_alert_steps_100_times_send_each_alert_once(engine: Engine, receiver: Receiver) -> None:
    with Session(engine) as session, session.begin():
        events = seed(
            session,
            *(found(f"deadline {n}", date(2025, 10, 27) + timedelta(days=n)) for n in range(6)),
        )
        queue_change_alerts(session, events, now=NOW)
    notifier = AppriseNotifier.from_targets([Target(f"json://{receiver.base}/hook", ("all",))])
    moment = NOW
    for _ in range(100):
        jobs.plan_alerts(engine, now=moment, lead_times=LEADS)
        jobs.send(engine, notifier, now=moment)
        moment += timedelta(minutes=30)  # 50 hours: more lead times are reached on the way
    keys = receiver.keys()
    counts = Counter(keys)
    assert counts and max(counts.values()) == 1
    with Session(engine) as session:
        stored = set(session.scalars(select(Alert.key)))
        assert set(session.scalars(select(Alert.state))) == {"sent"}
    assert set(keys) == stored
    assert sum(":lead:1d:" in key for key in keys) >= 2


def _dispatch(url: str, target: str, start: Any, results: Any) -> None:
    from deadlines.store import make_engine

    engine = make_engine(url)
    notifier = AppriseNotifier.from_targets([Target(target, ("all",))])
    start.wait(30)
    report = jobs.send(engine, notifier, now=datetime.now(UTC), batch=10)
    results.put(report.sent)
    engine.dispose()


def queue_many(engine: Engine, count: int) -> None:
    with Session(engine) as session, session.begin():
        (event,) = seed(session, found("shared", date(2025, 11, 3)))
        rows = [
            {
                "key": f"bulk-{n}",
                "commitment_id": event.commitment_id,
                "reason": "new",
                "route": "default",
                "digest": False,
                "tag": "all",
                "title": f"alert {n}",
                "body": f"body {n}",
                "state": "queued",
                "attempts": 0,
                "created_at": NOW,
                "next_attempt_at": NOW,
                "delivered_to": [],
            }
            for n in range(count)
        ]
        session.execute(insert(table_of(Alert)), rows)


@pytest.mark.postgres
def test_two_dispatchers_on_postgres_send_1000_alerts_exactly_once(
    postgres_engine: Engine, postgres_url: str, receiver: Receiver
) -> None:
    queue_many(postgres_engine, 1000)
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    target = f"json://{receiver.base}/hook"
    workers = [
        context.Process(target=_dispatch, args=(postgres_url, target, start, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    keys = receiver.keys()
    assert len(keys) == 1000 and len(set(keys)) == 1000
    with Session(postgres_engine) as session:
        assert session.scalar(select(func.count()).where(Alert.state == "sent")) == 1000
    shares = [results.get(timeout=5) for _ in workers]
    assert sum(shares) == 1000 and min(shares) > 0  # both dispatchers took part


def test_two_dispatchers_at_once_on_either_store_send_each_alert_once(
    engine: Engine, receiver: Receiver
) -> None:
    import threading

    queue_many(engine, 200)
    notifier = AppriseNotifier.from_targets([Target(f"json://{receiver.base}/hook", ("all",))])
    reports: list[jobs.SendReport] = []
    gate = threading.Barrier(2)

    def dispatcher() -> None:
        gate.wait(10)
        reports.append(jobs.send(engine, notifier, now=NOW, batch=7))

    threads = [threading.Thread(target=dispatcher) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    keys = receiver.keys()
    assert len(keys) == 200 and len(set(keys)) == 200
    assert sum(report.sent for report in reports) == 200
