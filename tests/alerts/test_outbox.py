"""Queueing: one alert per commitment, reason, version and route; routes, silences, acks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, found, seed

from deadlines.alerts.outbox import (
    queue_change_alerts,
    queue_lead_time_alerts,
    queue_overdue_alerts,
)
from deadlines.alerts.routes import load_routes, save_route
from deadlines.errors import ConfigError
from deadlines.store.commitments import record_commitments
from deadlines.store.controls import UnknownCommitment, acknowledge, silence, unsilence
from deadlines.store.models import Alert

LEADS = (timedelta(days=7), timedelta(days=1))


def keys(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return sorted(session.scalars(select(Alert.key)))


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
        assert (alert.reason, alert.state, alert.route, alert.version) == (
            "new",
            "queued",
            "default",
            1,
        )
        assert alert.key == f"c{alert.commitment_id}:v1:new:default"
        assert "meeting happens" in alert.title


def _sent(session: Session) -> None:
    for alert in session.scalars(select(Alert)):
        alert.state = "sent"


def test_a_moved_date_queues_a_change_alert_with_old_and_new(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("summit", date(2025, 11, 3))), now=NOW)
        _sent(session)
        moved = found("summit", date(2025, 11, 20), status="postponed")
        (event,) = record_commitments(session, [(moved, None)], now=NOW + timedelta(hours=1))
        assert event is not None and event.reason == "changed"
        assert queue_change_alerts(session, [event], now=NOW) == 1
    with Session(engine) as session:
        change = session.scalars(select(Alert).where(Alert.reason == "changed")).one()
        assert "Changed: 2025-11-03 -> 2025-11-20" in change.body
        assert change.version == event.version


def test_a_change_before_the_first_alert_is_sent_updates_it(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("summit", date(2025, 11, 3))), now=NOW)
        moved = found("summit", date(2025, 11, 20), status="postponed")
        events = record_commitments(session, [(moved, None)], now=NOW + timedelta(hours=1))
        assert queue_change_alerts(session, events, now=NOW) == 0
    with Session(engine) as session:
        (alert,) = session.scalars(select(Alert))
        assert alert.reason == "new" and "2025-11-20" in alert.body and "Postponed" in alert.title


def test_a_change_undone_before_it_is_sent_withdraws_its_alert(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("summit", date(2025, 11, 3))), now=NOW)
        _sent(session)
        moved = found("summit", date(2025, 11, 20), status="postponed")
        later = NOW + timedelta(hours=1)
        queue_change_alerts(
            session, record_commitments(session, [(moved, None)], now=later), now=later
        )
        assert [
            a.reason for a in session.scalars(select(Alert).where(Alert.state == "queued"))
        ] == ["changed"]
        back = found("summit", date(2025, 11, 3), status="advanced")
        latest = NOW + timedelta(hours=2)
        events = record_commitments(session, [(back, None)], now=latest)
        assert queue_change_alerts(session, events, now=latest) == 0
        assert session.scalars(select(Alert).where(Alert.state == "queued")).all() == []


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
    assert sorted(key.split(":", 2)[2] for key in keys(engine)) == [
        "1d:2025-10-27:default",
        "7d:2025-10-30:default",
    ]
    later = datetime(2025, 10, 29, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 1
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 0


def test_hours_are_lead_times_too(engine: Engine) -> None:
    leads = (timedelta(hours=6),)
    with Session(engine) as session, session.begin():
        seed(session, found("vote", date(2025, 10, 27)))
        noon = datetime(2025, 10, 26, 12, tzinfo=UTC)
        assert queue_lead_time_alerts(session, now=noon, lead_times=leads) == 0
        six_before = datetime(2025, 10, 26, 18, tzinfo=UTC)
        assert queue_lead_time_alerts(session, now=six_before, lead_times=leads) == 1
    assert [key.split(":")[2] for key in keys(engine)] == ["6h"]


def test_overdue_alert_once_when_the_date_passed_without_news(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        seed(
            session,
            found("ruling", date(2025, 10, 28)),
            found("launch", date(2025, 10, 28), status="occurred"),
            found("ancient", date(2025, 8, 1)),
        )
    after = datetime(2025, 10, 30, 9, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        assert queue_overdue_alerts(session, now=after) == 1
        assert queue_overdue_alerts(session, now=after + timedelta(days=1)) == 0
        alert = session.scalars(select(Alert)).one()
        assert alert.reason == "overdue" and "due date passed with no report" in alert.body


def test_routes_by_tags_actors_kinds_and_confidence(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        save_route(session, name="china", tag="asia-desk", match_actors=["China"], now=NOW)
        save_route(
            session,
            name="sure-tariffs",
            tag="trade",
            match_kinds=["tariff"],
            min_confidence=0.8,
            lead_times=["3d"],
            now=NOW,
        )
        events = seed(
            session,
            found("tariff rise", date(2025, 11, 20), actors=("US",), kind="tariff", confidence=0.9),
            found("soy quota", date(2025, 11, 20), actors=("China",), kind="tariff"),
            found("ballot", date(2025, 11, 20), actors=("Chile",), confidence=0.95),
        )
        queue_change_alerts(session, events, now=NOW, tag="everyone")
    by_route = {key.rsplit(":", 1)[1] for key in keys(engine)}
    assert by_route == {"china", "sure-tariffs", "default"}
    with Session(engine) as session:
        tags = dict(session.execute(select(Alert.route, Alert.tag)).all())
    assert tags == {"china": "asia-desk", "sure-tariffs": "trade", "default": "everyone"}
    # Per-route lead times: "sure-tariffs" warns 3 days ahead, the default route 7 days.
    with Session(engine) as session, session.begin():
        routes = load_routes(session, default_lead_times=LEADS)
        at = datetime(2025, 11, 17, 1, tzinfo=UTC)
        queue_lead_time_alerts(session, now=at, lead_times=LEADS, routes=routes)
    leads = sorted(k.split(":", 2)[2] for k in keys(engine) if ":lead:" in k)
    assert leads == ["3d:2025-11-20:sure-tariffs", "7d:2025-11-20:china", "7d:2025-11-20:default"]


def test_a_route_named_default_replaces_the_default(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        save_route(session, name="default", tag="ops-room", lead_times=["2d"], now=NOW)
        table = load_routes(session, default_tag="all", default_lead_times=LEADS)
        assert (table.default.tag, table.default.lead_times) == ("ops-room", (timedelta(days=2),))
        with pytest.raises(ConfigError, match="route name"):
            save_route(session, name="Bad Name", tag="x", now=NOW)
        with pytest.raises(ConfigError, match="duration"):
            save_route(session, name="odd", tag="x", lead_times=["soon"], now=NOW)


def test_silence_stops_all_alerts_until_it_ends(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (event,) = seed(session, found("hearing", date(2025, 10, 28)))
        silence(session, event.commitment_id, now=NOW, until=NOW + timedelta(days=1))
        assert queue_change_alerts(session, [event], now=NOW) == 0
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 0
        later = NOW + timedelta(days=1, minutes=1)
        assert queue_lead_time_alerts(session, now=later, lead_times=LEADS) == 1
        silence(session, event.commitment_id, now=NOW)  # for ever
        assert queue_change_alerts(session, [event], now=later) == 0
        assert unsilence(session, event.commitment_id)
        assert queue_change_alerts(session, [event], now=later) == 1
        with pytest.raises(UnknownCommitment, match="deadlines list"):
            silence(session, 999_999, now=NOW)


def test_ack_stops_reminders_but_not_changes(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (event,) = seed(session, found("treaty", date(2025, 10, 30)))
        acknowledge(session, event.commitment_id, now=NOW)
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 0
        assert queue_overdue_alerts(session, now=datetime(2025, 11, 1, tzinfo=UTC)) == 0
        (moved,) = record_commitments(
            session, [(found("treaty", date(2025, 11, 1)), None)], now=NOW
        )
        assert moved is not None
        assert queue_change_alerts(session, [moved], now=NOW) == 1
        # The date moved since the ack: reminders for the new date come again.
        assert queue_lead_time_alerts(session, now=NOW, lead_times=LEADS) == 1


def test_routes_match_the_tags_of_the_feed_a_commitment_came_from(engine: Engine) -> None:
    from deadlines.store.feeds import sync_feeds
    from deadlines.store.models import Article

    with Session(engine) as session, session.begin():
        feed = sync_feeds(session, [("desk", "https://news.invalid/rss", ["Trade"], 900)])["desk"]
        article = Article(
            feed_id=feed.id,
            guid="g1",
            url="https://news.invalid/tariffs",
            title="Tariffs",
            text="Tariffs rise on November 20.",
            fetched_at=NOW,
            content_hash="0" * 64,
        )
        session.add(article)
        session.flush()
        save_route(session, name="trade", tag="trade-desk", match_tags=["trade"], now=NOW)
        (tagged,) = record_commitments(
            session, [(found("tariff rise", date(2025, 11, 20)), article.id)], now=NOW
        )
        (untagged,) = record_commitments(
            session, [(found("ballot", date(2025, 11, 21)), None)], now=NOW
        )
        assert tagged is not None and untagged is not None
        assert queue_change_alerts(session, [tagged, untagged], now=NOW) == 2
        routed = dict(session.execute(select(Alert.commitment_id, Alert.route)).all())
        body = session.scalar(select(Alert.body).where(Alert.route == "trade"))
    assert routed == {tagged.commitment_id: "trade", untagged.commitment_id: "default"}
    assert body is not None and "Source: https://news.invalid/tariffs" in body
