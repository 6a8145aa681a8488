from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines.alerts.delivery import DeliveryResult
from deadlines.alerts.outbox import (
    MAX_ATTEMPTS,
    queue_change_alerts,
    queue_lead_time_alerts,
    send_alerts,
)
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitment
from deadlines.store.models import Alert

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
LEADS = (timedelta(days=7), timedelta(days=1))


def found(subject: str, due: date | None, status: str = "scheduled") -> Found:
    return Found(
        what=f"{subject} happens",
        due=due,
        date_text="a day",
        status=status,
        previous_due=None,
        actors=("China",),
        evidence=f"{subject} is due.",
        confidence=0.7,
        kind="other",
        subject=subject,
    )


@dataclass
class Recorder:
    """A notifier that records what it was asked to send and answers as told."""

    answers: list[bool] = field(default_factory=list)
    sent: list[tuple[str, str]] = field(default_factory=list)

    def send(self, title: str, body: str, tag: str) -> DeliveryResult:
        ok = self.answers.pop(0) if self.answers else True
        if ok:
            self.sent.append((title, tag))
        return DeliveryResult(ok, "ok" if ok else "refused by test")


def seed(session: Session, *items: Found) -> list:
    return [record_commitment(session, item, article_id=None, now=NOW) for item in items]


def test_change_alerts_are_queued_once_and_past_events_stay_quiet(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        events = seed(
            session,
            found("meeting", date(2025, 10, 30)),
            found("talks", date(2025, 10, 26), status="occurred"),
            found("old deadline", date(2025, 9, 1)),
        )
        assert queue_change_alerts(session, events, now=NOW) == 1
        assert queue_change_alerts(session, events, now=NOW) == 0
    with Session(engine) as session:
        (alert,) = session.scalars(select(Alert))
        assert alert.reason == "new" and alert.state == "queued"
        assert "meeting happens" in alert.title


def test_lead_time_alert_for_the_shortest_lead_reached(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        seed(
            session,
            found("in four days", date(2025, 10, 30)),
            found("tomorrow", date(2025, 10, 27)),
            found("far away", date(2025, 11, 10)),
            found("called off", date(2025, 10, 28), status="cancelled"),
        )
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 2
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 0
    with Session(engine) as session:
        keys = sorted(alert.key.split(":", 2)[2] for alert in session.scalars(select(Alert)))
        assert keys == ["1d:2025-10-27", "7d:2025-10-30"]
    # A day later the one-day lead of the first is reached: one more alert, once.
    later = datetime(2025, 10, 29, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 1
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 0


def test_sent_alerts_are_not_sent_again(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("vote", date(2025, 11, 3))), now=NOW)
    notifier = Recorder()
    with Session(engine) as session:
        assert send_alerts(session, notifier, now=NOW).sent == 1
        assert send_alerts(session, notifier, now=NOW).sent == 0
    assert len(notifier.sent) == 1


def test_failures_back_off_then_give_up(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("ruling", date(2025, 11, 3))), now=NOW)
    notifier = Recorder(answers=[False] * MAX_ATTEMPTS)
    moment = NOW
    with Session(engine) as session:
        first = send_alerts(session, notifier, now=moment)
        assert (first.sent, first.failed) == (0, 1)
        # Not retried before its backoff has passed.
        assert send_alerts(session, notifier, now=moment + timedelta(seconds=30)).failed == 0
        for _ in range(MAX_ATTEMPTS - 1):
            moment += timedelta(hours=1)
            report = send_alerts(session, notifier, now=moment)
        assert report.dead == 1
        alert = session.scalars(select(Alert)).one()
        assert (alert.state, alert.attempts, alert.last_error) == (
            "dead",
            MAX_ATTEMPTS,
            "refused by test",
        )
    assert notifier.sent == []
