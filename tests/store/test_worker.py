"""The write path runs its statements in order on one worker, with the collector paused."""

from __future__ import annotations

import gc
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.store.test_commitments import found

from deadlines.store.commitments import record_commitments
from deadlines.store.worker import InOrder, collector_paused

NOW = datetime(2025, 10, 26, 12, 30, 15, 123456, tzinfo=UTC)


def test_the_collector_is_paused_for_a_batch_and_resumed_after(engine: Engine) -> None:
    seen: list[bool] = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failed batch")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled(), "a pause inside another must not resume the collector"
    finally:
        gc.enable()
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found(), None)], now=NOW)
    assert gc.isenabled()


def test_statements_run_in_order_and_the_first_failure_stops_the_rest() -> None:
    for threaded in (True, False):
        ran: list[int] = []

        def step(number: int, ran: list[int] = ran) -> int:
            if number == 2:
                raise LookupError("statement 2 failed")
            ran.append(number)
            return number * 10

        with pytest.raises(LookupError, match="statement 2"):
            with InOrder(threaded=threaded) as db:
                first = db.submit(step, 1)
                second = db.submit(step, 2)
                third = db.submit(step, 3)
                assert first.result() == 10
        assert ran == [1], threaded
        with pytest.raises(LookupError, match="statement 2"):
            third.result()
        with pytest.raises(LookupError, match="statement 2"):
            second.result()


def test_the_caller_failing_waits_for_the_running_statement_and_skips_the_rest() -> None:
    started, release, finished = threading.Event(), threading.Event(), threading.Event()
    ran: list[str] = []

    def slow() -> None:
        started.set()
        release.wait(timeout=60)  # let go when the queued statement is called off (below)
        ran.append("slow")
        finished.set()

    with pytest.raises(KeyError), InOrder() as db:
        db.submit(slow)
        queued = db.submit(ran.append, "queued")
        # The slow statement runs on until the queued one is called off, which only leaving
        # the block on the caller's error can do: it cannot have started before then.
        queued.add_done_callback(lambda _: release.set())
        started.wait()
        raise KeyError("the caller failed")
    # Leaving the block waited for the statement that was running: the connection is the
    # caller's again, and the statement queued after it never ran.
    assert finished.is_set()
    assert ran == ["slow"] and queued.cancelled()
