"""The Commitments view's app in-process over a real store, and how a page's form is sent.

Airflow's login is replaced by a fixed user (the API server tests in tests/system check the
login and the auth manager themselves); everything else is the plugin's own app.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from deadlines.extract import Commitment as Found
from deadlines.store.corrections import Who

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
PEOPLE = Who(by="ana", at=NOW + timedelta(hours=1))
HOME = "http://testserver"


def found(subject: str, due: date, actors: tuple[str, ...] = ("China",)) -> Found:
    return Found(
        what=f"{subject} starts", due=due, date_text=due.isoformat(), status="scheduled",
        previous_due=None, actors=actors, evidence=f"The {subject} starts on {due}.",
        confidence=0.8, kind="rule", subject=subject,
    )  # fmt: skip


class Editor:
    """Whether the fixed user may change alerts (what the auth manager would answer)."""

    allowed = True


@pytest.fixture
def editor() -> Editor:
    return Editor()


@pytest.fixture
def client(engine: Engine, monkeypatch: pytest.MonkeyPatch, editor: Editor) -> Iterator[TestClient]:
    from airflow.api_fastapi.core_api.security import get_user

    from deadlines_airflow.ui import app as view
    from deadlines_airflow.ui import guard

    monkeypatch.setattr(view, "engine", lambda: engine)
    view.app.dependency_overrides[get_user] = lambda: None
    view.app.dependency_overrides[guard.may_edit] = lambda: editor.allowed
    try:
        yield TestClient(view.app, base_url=HOME)
    finally:
        view.app.dependency_overrides.clear()


def form_token(client: TestClient, commitment_id: int) -> str:
    """The form token the commitment's page hands out (its cookie stays in the client)."""
    page = client.get(f"/commitments/{commitment_id}").text
    match = re.search(r"name='form_token' value='([0-9a-f]+)'", page)
    assert match, "the page offers no form"
    return match.group(1)


def change(client: TestClient, path: str, token: str, **fields: str) -> httpx.Response:
    """A POST as the page's form sends it: from this server, with the page's token."""
    return client.post(
        path,
        data={"form_token": token, **fields},
        headers={"Origin": HOME},
        follow_redirects=False,
    )
