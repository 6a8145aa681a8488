"""Delivery from the outbox: claims, retries with backoff, dead alerts, crashes, digests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Recorder, found, seed

from deadlines.alerts.delivery import DeliveryResult
from deadlines.alerts.dispatch import MAX_ATTEMPTS, RetryPolicy, claim, send_alerts
from deadlines.alerts.outbox import queue_change_alerts, queue_lead_time_alerts
from deadlines.alerts.routes import save_route
from deadlines.store.controls import acknowledge, silence
from deadlines.store.models import Alert

WALL = datetime(2026, 1, 1, tzinfo=UTC)


def queue(engine: Engine, *subjects: str, due: date = date(2025, 11, 3)) -> None:
    with Session(engine) as session, session.begin():
        events = seed(session, *(found(subject, due) for subject in subjects))
        queue_change_alerts(session, events, now=NOW)


def states(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(Alert.state).order_by(Alert.id)))


def test_sent_alerts_are_not_sent_again_and_carry_their_key(engine: Engine) -> None:
    queue(engine, "vote")
    notifier = Recorder()
    with Session(engine) as session:
        assert send_alerts(session, notifier, now=NOW).sent == 1
        assert send_alerts(session, notifier, now=NOW).sent == 0
    ((_, tag, key),) = notifier.sent
    assert tag == "all" and key.endswith(":v1:new:default")
    assert notifier.bodies[0].endswith(f"\nAlert key: {key}")
    with Session(engine) as session:
        alert = session.scalars(select(Alert)).one()
        assert (alert.state, alert.attempts, alert.claimed_by, alert.delivered_to) == (
            "sent",
            1,
            None,
            ["t1"],
        )


def test_failures_back_off_exponentially_then_die_and_ops_hear_of_it(engine: Engine) -> None:
    queue(engine, "ruling")
    policy = RetryPolicy(first=timedelta(minutes=1), longest=timedelta(minutes=8), attempts=5)
    notifier = Recorder(answers=[False] * 5)
    moment = NOW
    waits = []
    with Session(engine) as session:
        for _ in range(1, 5):
            report = send_alerts(session, notifier, now=moment, retry=policy)
            assert (report.sent, report.failed) == (0, 1)
            next_at = session.scalar(select(Alert.next_attempt_at))
            session.commit()
            assert next_at is not None
            waits.append(next_at - moment)
            # Not retried before its backoff has passed.
            early = next_at - timedelta(seconds=1)
            assert send_alerts(session, notifier, now=early, retry=policy).failed == 0
            moment = next_at
        report = send_alerts(session, notifier, now=moment, retry=policy)
        assert report.dead == 1
        alert = session.scalars(select(Alert)).one()
        assert (alert.state, alert.attempts, alert.last_error) == ("dead", 5, "refused by test")
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    # The only delivery that went through is the notice to ops.
    ((title, tag, key),) = notifier.sent
    assert tag == "ops" and key.startswith("dead:") and "gave up" in title


def test_the_default_policy_gives_up_after_max_attempts(engine: Engine) -> None:
    queue(engine, "ruling")
    notifier = Recorder(answers=[False] * MAX_ATTEMPTS)
    moment = NOW
    with Session(engine) as session:
        for _ in range(MAX_ATTEMPTS):
            report = send_alerts(session, notifier, now=moment, ops_tag=None)
            moment += timedelta(days=1)
    assert report.dead == 1 and states(engine) == ["dead"]


def test_a_notifier_that_raises_does_not_lose_the_alert(engine: Engine) -> None:
    queue(engine, "hearing")

    class Broken:
        def deliver(self, title: str, body: str, **_: object) -> DeliveryResult:
            raise OSError("socket closed")

    with Session(engine) as session:
        assert send_alerts(session, Broken(), now=NOW).failed == 1
    assert states(engine) == ["failed"]


class Killed(BaseException):
    """Stands for the dispatcher process dying (nothing catches it)."""


def test_a_dispatcher_dying_after_a_send_resends_that_alert_only(engine: Engine) -> None:
    queue(engine, "one", "two", "three", "four")
    sent: list[str] = []

    class DiesAfterSecond(Recorder):
        def deliver(self, title: str, body: str, **kw: object) -> DeliveryResult:
            result = super().deliver(title, body, **kw)  # type: ignore[arg-type]
            sent.append(str(kw["key"]))
            if len(sent) == 2:
                raise Killed  # delivered, but the outcome is never recorded
            return result

    wall = [WALL]
    with Session(engine) as session, pytest.raises(Killed):
        send_alerts(session, DiesAfterSecond(), now=NOW, clock=lambda: wall[0])
    assert states(engine) == ["sent", "sending", "sending", "sending"]
    # Another dispatcher leaves the dead one's claims alone while its lease holds...
    survivor = Recorder()
    with Session(engine) as session:
        assert send_alerts(session, survivor, now=NOW, clock=lambda: wall[0]).sent == 0
        wall[0] += timedelta(minutes=3)  # ...and takes them over once it has run out.
        assert send_alerts(session, survivor, now=NOW, clock=lambda: wall[0]).sent == 3
    delivered = sent + [key for _, _, key in survivor.sent]
    assert len(delivered) == 5 and len(set(delivered)) == 4  # one repeat, no loss
    assert delivered.count(sent[1]) == 2
    assert states(engine) == ["sent"] * 4


def test_claims_do_not_overlap(engine: Engine) -> None:
    queue(engine, *(f"item {n}" for n in range(10)))
    with Session(engine) as session:
        first = claim(session, now=NOW, wall=WALL, token="a", lease=timedelta(minutes=1), size=6)
        second = claim(session, now=NOW, wall=WALL, token="b", lease=timedelta(minutes=1), size=6)
    assert len(first) == 6 and len(second) == 4
    assert not {a.id for a in first} & {a.id for a in second}


def test_digest_routes_group_what_is_due_into_one_message(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        save_route(session, name="desk", tag="desk", digest=True, now=NOW)
        seed(session, *(found(f"deal {n}", date(2025, 10, 29)) for n in range(3)))
        assert queue_lead_time_alerts(session, now=NOW, lead_times=(timedelta(days=7),)) == 3
    notifier = Recorder()
    with Session(engine) as session:
        assert send_alerts(session, notifier, now=NOW).sent == 3
    ((title, tag, key),) = notifier.sent
    assert (title, tag) == ("3 deadline alerts (desk)", "desk") and key.startswith("digest:desk:")
    for n in range(3):
        assert f"deal {n} happens" in notifier.bodies[0]
    assert notifier.bodies[0].count("Alert key: c") == 3
    assert states(engine) == ["sent"] * 3


def test_silenced_and_acknowledged_alerts_are_dropped_at_send_time(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        events = seed(
            session, found("quiet", date(2025, 10, 29)), found("seen", date(2025, 10, 30))
        )
        queue_change_alerts(session, events, now=NOW)
        queue_lead_time_alerts(session, now=NOW, lead_times=(timedelta(days=7),))
        silence(session, events[0].commitment_id, now=NOW)
        acknowledge(session, events[1].commitment_id, now=NOW)
    notifier = Recorder()
    with Session(engine) as session:
        report = send_alerts(session, notifier, now=NOW)
        rows = session.execute(select(Alert.reason, Alert.state, Alert.last_error)).all()
    # The change alert of the acknowledged commitment still goes out; nothing else does.
    assert (report.sent, report.held) == (1, 3)
    assert sorted(tuple(row) for row in rows) == [
        ("lead_time", "silenced", "acknowledged"),
        ("lead_time", "silenced", "silenced"),
        ("new", "sent", None),
        ("new", "silenced", "silenced"),
    ]


def test_dying_dispatchers_never_use_up_the_attempts_of_alerts_they_never_reached(
    engine: Engine,
) -> None:
    queue(engine, "first", "second")
    policy = RetryPolicy(attempts=3)
    wall = [WALL]

    class DiesAtOnce(Recorder):
        def deliver(self, title: str, body: str, **kw: object) -> DeliveryResult:
            raise Killed

    for _ in range(5):  # more deaths than the alerts have attempts
        with Session(engine) as session, pytest.raises(Killed):
            send_alerts(session, DiesAtOnce(), now=NOW, clock=lambda: wall[0], retry=policy)
        wall[0] += timedelta(minutes=5)
    notifier = Recorder()
    with Session(engine) as session:
        report = send_alerts(session, notifier, now=NOW, clock=lambda: wall[0], retry=policy)
        attempts = list(session.scalars(select(Alert.attempts).order_by(Alert.id)))
    assert (report.sent, report.dead) == (2, 0) and states(engine) == ["sent", "sent"]
    assert attempts == [1, 1]
