"""The plugin's push routes: the articles endpoint behind Airflow's login, and the WebSub
callback app (no login) served by uvicorn on 127.0.0.1 with a hub of our own."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.conftest import LocalHTTP
from tests.feeds.test_websub_hub import LOOPBACK, NOW, OPTIONS, atom
from tests.feeds.websub_hub import running_hub
from tests.ui.conftest import Editor

from deadlines import jobs
from deadlines.feeds.config import FeedConfig
from deadlines.feeds.transport import make_client
from deadlines.jobs.subscribe import maintain_subscriptions
from deadlines.settings import Settings
from deadlines.store.models import Article, Feed

ITEMS = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Port authority",
    "items": [
        {"id": "pa-17", "title": "Berth 4 reopens", "content_text": "Berth 4 reopens on 2 May.",
         "date_published": "2026-03-01T10:00:00Z", "url": "https://port.example.org/17"},
    ],
}  # fmt: skip


@pytest.fixture
def store(engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path) -> Engine:  # type: ignore[no-untyped-def]
    from deadlines_airflow.push import websub

    settings = Settings.from_env(
        {"DEADLINES_HOME": str(tmp_path), "DEADLINES_MAX_FEED_BYTES": "5000"}
    )
    monkeypatch.setattr(websub, "engine", lambda: engine)
    monkeypatch.setattr(websub, "settings", lambda: settings)
    return engine


@pytest.fixture
def anonymous(store: Engine) -> TestClient:
    from deadlines_airflow.ui.app import app

    return TestClient(app)


@pytest.fixture
def logged_in(store: Engine, editor: Editor) -> Iterator[TestClient]:
    from airflow.api_fastapi.core_api.security import get_user

    from deadlines_airflow.ui import guard
    from deadlines_airflow.ui.app import app

    app.dependency_overrides[get_user] = lambda: None
    app.dependency_overrides[guard.may_edit] = lambda: editor.allowed
    try:
        yield TestClient(app, headers={"Authorization": "Bearer a-token"})
    finally:
        app.dependency_overrides.clear()


def _stored(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        query = select(Feed.name, Article.guid).join(Article, Article.feed_id == Feed.id)
        rows = session.execute(query.order_by(Article.id))
        return [(name, guid) for name, guid in rows]


def test_an_anonymous_post_is_refused_and_nothing_stored(
    anonymous: TestClient, store: Engine
) -> None:
    answer = anonymous.post("/api/articles", json=ITEMS)
    assert answer.status_code in (401, 403)
    assert _stored(store) == []


def test_a_viewer_or_a_cookie_alone_may_not_hand_in_articles(
    logged_in: TestClient, store: Engine, editor: Editor
) -> None:
    cookie_only = logged_in.post("/api/articles", json=ITEMS, headers={"Authorization": ""})
    assert cookie_only.status_code == 403 and "Bearer" in cookie_only.json()["detail"]
    foreign = logged_in.post("/api/articles", json=ITEMS, headers={"Origin": "http://evil.invalid"})
    assert foreign.status_code == 403
    editor.allowed = False
    viewer = logged_in.post("/api/articles", json=ITEMS)
    assert viewer.status_code == 403 and "permission to edit" in viewer.json()["detail"]
    assert _stored(store) == []


def test_a_repeated_item_is_stored_once(logged_in: TestClient, store: Engine) -> None:
    first = logged_in.post("/api/articles", json=ITEMS)
    assert first.status_code == 200, first.text
    assert first.json() == {"feed": "pushed", "items": 1, "new": 1, "revised": 0}
    again = logged_in.post("/api/articles", json=ITEMS["items"])
    assert again.json()["new"] == 0
    other = logged_in.post("/api/articles?feed=port", json={"items": ITEMS["items"]})
    assert other.json()["new"] == 1
    assert _stored(store) == [("pushed", "pa-17"), ("port", "pa-17")]


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"{not json", "not JSON"), (b'{"items": []}', "no items"), (b'"text"', "a list of items"),
     (json.dumps([{"title": "no id"}]).encode(), "no 'id'"),
     (json.dumps([{"id": "x"}]).encode(), "no title, content"),
     (json.dumps([{"id": "x", "title": "t", "url": 5}]).encode(), "url must be a string"),
     (json.dumps([{"id": "x", "title": "t" * 6000}]).encode(), "byte cap")],
)  # fmt: skip
def test_malformed_posts_are_refused_with_a_reason(
    logged_in: TestClient, store: Engine, body: bytes, reason: str
) -> None:
    answer = logged_in.post("/api/articles", content=body)
    assert answer.status_code in (413, 422)
    assert reason in answer.json()["detail"]
    assert _stored(store) == []


@pytest.fixture
def served_callback(store: Engine) -> Iterator[str]:
    """The callback app mounted as Airflow mounts it, served by uvicorn on 127.0.0.1."""
    import uvicorn

    from deadlines_airflow.push.websub import app

    parent = FastAPI()
    parent.mount("/deadlines-websub", app)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)  # connections wait in the backlog until uvicorn accepts them
    server = uvicorn.Server(uvicorn.Config(parent, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/deadlines-websub"
    server.should_exit = True
    thread.join(timeout=10)
    listener.close()


def test_the_callback_app_verifies_and_stores_signed_pushes_without_a_login(
    store: Engine, served_callback: str, http_server: LocalHTTP
) -> None:
    with running_hub() as hub, make_client("t", allow=LOOPBACK) as client:
        topic = http_server.url("/harbour.xml")
        http_server.serve("/harbour.xml", atom(hub.url, topic, ("urn:a1", "Quay works")))
        feed = FeedConfig("harbour", topic, poll_interval=timedelta(minutes=5))
        jobs.poll(store, [feed], now=NOW, options=OPTIONS)
        maintain_subscriptions(store, [feed], callback=served_callback, now=NOW, client=client)
        request = hub.last("subscribe")
        assert request["hub.callback"].startswith(served_callback + "/")
        verified = hub.verify(request)
        assert verified.status_code == 200 and verified.text
        assert hub.verify(request, **{"hub.topic": "http://x/"}).status_code == 404
        body = atom(hub.url, topic, ("urn:a2", "Ferry"))
        assert hub.push(request, body, signature=None).status_code == 403
        assert hub.push(request, body, signature="sha1=00").status_code == 403
        assert [guid for _, guid in _stored(store)] == ["urn:a1"]
        assert hub.push(request, body).status_code == 200
        assert [guid for _, guid in _stored(store)] == ["urn:a1", "urn:a2"]
        big = httpx.post(request["hub.callback"], content=b"x" * 6000, timeout=10)
        assert big.status_code == 413
