"""The Commitments view's app in-process, over a real store: the timeline's groups and pages.

Airflow's login is replaced by a fixed user (the API server test in tests/system checks the
login itself); everything else is the plugin's own app.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.ui.conftest import NOW, PEOPLE, change, form_token, found

from deadlines.store.commitments import record_commitments
from deadlines.store.corrections import dismiss, merge


def _section(page: str, heading: str) -> set[int]:
    """The ids of the commitments listed under ``heading``."""
    part = page.split(f"<h2>{heading}</h2>", 1)[1].split("<h2>", 1)[0]
    return {int(found) for found in re.findall(r"data-id='(\d+)'", part)}


def test_dismissed_and_merged_commitments_are_not_upcoming(
    client: TestClient, engine: Engine
) -> None:
    reports = [
        found("export licensing", date(2025, 11, 1)),
        found("fishing quota", date(2025, 11, 5)),
        found("port fees", date(2025, 11, 14)),
        found("port fees", date(2025, 11, 14), actors=("China", "Hong Kong")),
    ]
    with Session(engine) as session, session.begin():
        events = record_commitments(session, [(found, None) for found in reports], now=NOW)
    kept, dismissed, keep, other = (event.commitment_id for event in events)
    assert len({kept, dismissed, keep, other}) == 4
    with Session(engine) as session, session.begin():
        dismiss(session, dismissed, PEOPLE)
        merge(session, keep, other, PEOPLE)

    answer = client.get("/", params={"now": "2025-10-26"})
    assert answer.status_code == 200
    assert _section(answer.text, "Upcoming deadlines") == {kept, keep}
    assert _section(answer.text, "Cancelled or done") == {dismissed, other}
    rows = {row["id"]: row for row in client.get("/api/commitments.json").json()}
    assert (rows[dismissed]["status"], rows[other]["status"]) == ("dismissed", "merged")


def test_each_group_is_paged(
    client: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deadlines_airflow.ui import data

    reports = [found(f"rule {n}", date(2025, 11, 1) + timedelta(days=n)) for n in range(5)]
    with Session(engine) as session, session.begin():
        events = record_commitments(session, [(found, None) for found in reports], now=NOW)
    ids = [event.commitment_id for event in events]  # in due order
    monkeypatch.setattr(data, "PER_PAGE", 2)

    first = client.get("/", params={"now": "2025-10-26"}).text
    assert _section(first, "Upcoming deadlines") == set(ids[:2])
    assert "1–2 of 5" in first and "href='?now=2025-10-26&amp;upcoming=2'" in first
    second = client.get("/", params={"now": "2025-10-26", "upcoming": 2}).text
    assert _section(second, "Upcoming deadlines") == set(ids[2:4])
    assert "upcoming=0'>previous" in second and "upcoming=4'>next" in second
    assert client.get("/", params={"upcoming": "x"}).status_code == 422


def test_acknowledge_from_the_detail_page(client: TestClient, engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(
            session, [(found("port fees", date(2025, 11, 14)), None)], now=NOW
        )
    ident = event.commitment_id
    token = form_token(client, ident)
    answer = change(client, f"/api/commitments/{ident}/ack", token)
    assert answer.status_code == 303
    assert "Alerts: acknowledged for 2025-11-14" in client.get(f"/commitments/{ident}").text
    assert change(client, f"/api/commitments/{ident + 1}/ack", token).status_code == 404
    assert change(client, f"/api/commitments/{ident + 1}/silence", token).status_code == 404


def test_a_disputed_commitment_is_marked(client: TestClient, engine: Engine) -> None:
    from dataclasses import replace

    from deadlines.store.models import Article, Feed

    with Session(engine) as session, session.begin():
        ids = []
        for name in ("wire", "daily"):
            feed = Feed(name=name, url=f"http://127.0.0.1:9/{name}.xml", tags=[])
            session.add(feed)
            session.flush()
            article = Article(
                feed_id=feed.id, guid=name, url=f"http://127.0.0.1:9/{name}.html", title="",
                text="...", published_at=NOW, fetched_at=NOW, content_hash=f"{len(ids):064d}",
            )  # fmt: skip
            session.add(article)
            session.flush()
            ids.append(article.id)
        first = found("port fees", date(2025, 11, 14))
        slip = replace(first, due=date(2025, 11, 15), evidence="The port fees start on the 15th.")
        (event, *_) = record_commitments(session, [(first, ids[0]), (slip, ids[1])], now=NOW)
    page = client.get("/", params={"now": "2025-10-26"}).text
    assert "class='chip disputed'" in page
    detail = client.get(f"/commitments/{event.commitment_id}", params={"now": "2025-10-26"}).text
    assert "class='chip disputed'" in detail
