"""What the Commitments view refuses: forged or unallowed changes, bad input, unknown ids."""

from __future__ import annotations

from datetime import date
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.ui.conftest import HOME, NOW, Editor, change, form_token, found

from deadlines.store.commitments import record_commitments
from deadlines_airflow.ui import data

HUGE_IDS = (2**63, 2**64, 10**30)


@pytest.fixture
def ident(engine: Engine) -> int:
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(
            session, [(found("port fees", date(2025, 11, 14)), None)], now=NOW
        )
    return event.commitment_id


def test_a_forged_change_is_refused(client: TestClient, engine: Engine, ident: int) -> None:
    token = form_token(client, ident)
    path = f"/api/commitments/{ident}/silence"
    forged = [
        ({"Origin": "http://evil.invalid"}, {"form_token": token}),  # another site, same cookie
        ({"Origin": "null"}, {"form_token": token}),
        ({"Referer": "http://evil.invalid/page"}, {"form_token": token}),
        ({}, {"form_token": token}),  # neither Origin nor Referer
        ({"Origin": HOME}, {}),  # no token
        ({"Origin": HOME}, {"form_token": "0" * 64}),  # a token of no session
        ({"Origin": "http://testserver.evil.invalid"}, {"form_token": token}),
    ]
    for headers, fields in forged:
        answer = client.post(path, data={"hours": "8760", **fields}, headers=headers)
        assert answer.status_code == 403, (headers, fields)
        assert "refused" in answer.json()["detail"]
    assert data.controls(engine, ident) == ""
    # The same form from this server's own page goes through; a Referer will do for Origin.
    answer = client.post(
        path,
        data={"form_token": token, "hours": "2"},
        headers={"Referer": f"{HOME}/commitments/{ident}"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert data.controls(engine, ident).startswith("silenced until")


def test_a_token_from_another_session_is_refused(
    client: TestClient, engine: Engine, ident: int
) -> None:
    token = form_token(client, ident)
    client.cookies.clear()
    form_token(client, ident)  # a new session: a new cookie of the view
    assert change(client, f"/api/commitments/{ident}/ack", token).status_code == 403
    assert data.controls(engine, ident) == ""


def test_a_viewer_gets_no_buttons_and_a_403(
    client: TestClient, engine: Engine, ident: int, editor: Editor
) -> None:
    token = form_token(client, ident)
    editor.allowed = False
    page = client.get(f"/commitments/{ident}").text
    assert "<form" not in page and "<button" not in page
    assert "may view alerts but not change them" in page
    for action in ("ack", "silence"):
        answer = change(client, f"/api/commitments/{ident}/{action}", token)
        assert answer.status_code == 403
        assert "permission to edit" in answer.json()["detail"]
    assert data.controls(engine, ident) == ""


@pytest.mark.parametrize(
    "hours", ["-5", "nan", "NaN", "inf", "-inf", "1e400", "87601", "0", "1e-300", "0.01", "x"]
)
def test_a_silence_of_bad_hours_is_refused(
    client: TestClient, engine: Engine, ident: int, hours: str
) -> None:
    token = form_token(client, ident)
    answer = change(client, f"/api/commitments/{ident}/silence", token, hours=hours)
    assert answer.status_code == 422
    assert "leave it out to silence until lifted" in answer.json()["detail"]
    assert data.controls(engine, ident) == ""


def test_the_longest_silence_is_ten_years(client: TestClient, engine: Engine, ident: int) -> None:
    token = form_token(client, ident)
    answer = change(client, f"/api/commitments/{ident}/silence", token, hours="87600")
    assert answer.status_code == 303
    assert data.controls(engine, ident).startswith("silenced until 20")


def test_ids_past_64_bits_are_not_a_server_error(client: TestClient, ident: int) -> None:
    token = form_token(client, ident)
    for huge in HUGE_IDS:
        assert client.get("/", params={"upcoming": str(huge)}).status_code == 422
        for path in (f"/commitments/{huge}", f"/api/commitments/{huge}/history"):
            assert client.get(path).status_code in (404, 422), path
        for action in ("ack", "silence"):
            answer = change(client, f"/api/commitments/{huge}/{action}", token)
            assert answer.status_code in (404, 422), (huge, action)


def test_history_of_an_unknown_commitment_is_404(client: TestClient, ident: int) -> None:
    assert client.get(f"/api/commitments/{ident}/history").status_code == 200
    answer = client.get(f"/api/commitments/{ident + 1}/history")
    assert answer.status_code == 404
    assert answer.json()["detail"] == f"no commitment {ident + 1}"


def test_no_api_docs_are_served(client: TestClient) -> None:
    for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
        assert client.get(path).status_code == 404, path


def test_now_is_kept_in_links_as_given(client: TestClient, ident: int) -> None:
    # A '+' left raw in a query string reads back as a space: the link would lose the offset.
    given = "2025-10-26T20:00+05:00"
    page = client.get("/", params={"now": given}).text
    (link,) = [part.split("'", 1)[0] for part in page.split("href='")[1:] if "csv" in part[:20]]
    assert parse_qs(urlsplit(unescape(link)).query)["now"] == [given]
    assert client.get(unescape(link)).status_code == 200


@pytest.mark.parametrize("value", ["2025-10-26'><script>x</script>", "2025-10-26' onclick='x"])
def test_now_that_would_leave_the_attribute_is_refused(client: TestClient, value: str) -> None:
    answer = client.get("/", params={"now": value})
    assert answer.status_code == 422
    # The refusal is JSON, never a page that would render the value.
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["detail"].endswith("is not an ISO date or time")
