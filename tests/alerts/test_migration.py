"""The outbox migration (0004) goes down to 0003 and up again, keeping queued alerts."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, found, seed

from deadlines.alerts.outbox import queue_change_alerts
from deadlines.store.db import _alembic_config, current_revision, migrate
from deadlines.store.models import Alert


def test_outbox_migration_round_trip(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("vote", date(2025, 11, 3))), now=NOW)
    command.downgrade(_alembic_config(sqlite_engine), "0003")
    assert current_revision(sqlite_engine) == "0003"
    tables = set(inspect(sqlite_engine).get_table_names())
    assert not tables & {"alert_routes", "alert_silences", "alert_acks"}
    with sqlite_engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("alerts")}
        assert "claimed_by" not in columns
        assert connection.execute(text("select count(*) from alerts")).scalar() == 1
    migrate(sqlite_engine)
    with Session(sqlite_engine) as session:
        alert = session.scalars(select(Alert)).one()
        assert (alert.route, alert.delivered_to, alert.digest) == ("default", [], False)
