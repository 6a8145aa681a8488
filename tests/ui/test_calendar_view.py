"""The plugin's calendar route in-process: reachable without Airflow's login, while every
other route of the view still asks for it (the API server test in tests/system checks both
through Airflow itself)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.calendars.seed import NOW, Seeded, seed

from deadlines.calendars.tokens import revoke_token
from deadlines.exports import uid_of


@pytest.fixture
def anonymous(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The view's app as a caller without any Airflow login sees it."""
    from deadlines_airflow.ui import app as view
    from deadlines_airflow.ui import calendars

    monkeypatch.setattr(view, "engine", lambda: engine)
    monkeypatch.setattr(calendars, "engine", lambda: engine)
    view.app.dependency_overrides.clear()
    yield TestClient(view.app)


def test_a_calendar_needs_its_token_and_no_login(anonymous: TestClient, engine: Engine) -> None:
    seeded: Seeded = seed(engine)
    answer = anonymous.get(f"/calendar/{seeded.trade_only.secret}.ics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(answer.content).walk("VEVENT")
    assert {str(event["uid"]) for event in events} == {uid_of(seeded.trade)}
    assert {event.decoded("dtstart").isoformat() for event in events} == {"2025-11-14"}

    etag = answer.headers["etag"]
    again = anonymous.get(
        f"/calendar/{seeded.trade_only.secret}.ics", headers={"If-None-Match": etag}
    )
    assert (again.status_code, again.content) == (304, b"")

    unknown = anonymous.get(f"/calendar/{'A' * 43}.ics")
    with Session(engine) as session, session.begin():
        revoke_token(session, "trade-desk", now=NOW + timedelta(hours=1))
    revoked = anonymous.get(f"/calendar/{seeded.trade_only.secret}.ics")
    assert unknown.status_code == revoked.status_code == 404
    assert unknown.content == revoked.content
    assert anonymous.get("/calendar/").status_code == 404
    assert anonymous.get(f"/calendar/{seeded.everything.secret}").status_code == 404


def test_every_other_route_still_asks_for_a_login(anonymous: TestClient, engine: Engine) -> None:
    seed(engine)
    for path in ("/", "/api/commitments.json", "/api/commitments.ics", "/commitments/1"):
        assert anonymous.get(path).status_code == 401, path
    assert anonymous.post("/api/commitments/1/ack").status_code == 401
