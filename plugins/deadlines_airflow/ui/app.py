"""Routes of the Commitments view. Every route requires Airflow's own login."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any

from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines import exports
from deadlines.settings import Settings
from deadlines.store import make_engine
from deadlines.store.queries import GROUPS, CommitmentRow
from deadlines_airflow.push.articles import router as articles_router
from deadlines_airflow.ui import data, pages

app = FastAPI(
    title="deadlines: commitments",
    description="Upcoming deadlines, their changes and sources, inside Airflow's UI.",
    dependencies=[Depends(get_user)],
)
app.include_router(articles_router)  # POST /api/articles, behind the same login


@lru_cache(maxsize=1)
def engine() -> Engine:
    return make_engine(Settings.from_env().database_url)


def as_of(now: str | None) -> date:
    """``?now=`` replays the view at a past moment (ISO date or time); default today, UTC."""
    if not now:
        return datetime.now(UTC).date()
    try:
        return datetime.fromisoformat(now).date()
    except ValueError:
        raise HTTPException(422, f"now={now!r} is not an ISO date or time") from None


Now = Annotated[str | None, Query(description="view as of this ISO date or time")]


def _offsets(request: Request) -> dict[str, int]:
    """Where each timeline group's page starts: ``?upcoming=100`` shows its second page."""
    offsets = {}
    for name in GROUPS:
        value = request.query_params.get(name)
        if value is not None:
            if not value.isdigit():
                raise HTTPException(422, f"{name}={value!r} is not a row number")
            offsets[name] = int(value)
    return offsets


@app.get("/", response_class=HTMLResponse)
def index(request: Request, now: Now = None) -> str:
    timeline = data.timeline(engine(), as_of(now), _offsets(request))
    return pages.index(timeline, data.recent_changes(engine()), now)


@app.get("/commitments/{commitment_id}", response_class=HTMLResponse)
def detail(commitment_id: int, now: Now = None) -> str:
    today = as_of(now)
    row = data.one(engine(), commitment_id)
    if row is None:
        raise HTTPException(404, f"no commitment {commitment_id}")
    controls = data.controls(engine(), commitment_id)
    history = data.commitment_history(engine(), commitment_id)
    return pages.detail(row, today, history, controls, data.sources(engine(), commitment_id))


# The JSON download's fields, in order; "countdown" is worked out against ``?now=``.
JSON_FIELDS = (
    "id", "what", "kind", "status", "due_on", "countdown", "previous_due_on", "actors",
    "confidence", "evidence", "source_title", "source_url",
)  # fmt: skip


def _as_json(row: CommitmentRow, today: date) -> dict[str, Any]:
    values = exports.plain(row, [name for name in JSON_FIELDS if name != "countdown"], digits=2)
    values["countdown"] = pages.countdown_of(row, today)
    return {name: values[name] for name in JSON_FIELDS}


@app.get("/api/commitments.json")
def commitments_json(now: Now = None) -> JSONResponse:
    today = as_of(now)
    return JSONResponse([_as_json(row, today) for row in data.commitments(engine())])


@app.get("/api/commitments.csv", response_class=PlainTextResponse)
def commitments_csv(now: Now = None) -> PlainTextResponse:
    as_of(now)  # refuses a malformed ?now= as the other pages do
    rows = exports.plain_rows(data.commitments(engine()), exports.LIST_FIELDS, digits=2)
    body = exports.to_csv(rows, exports.LIST_FIELDS, lineterminator="\n")
    headers = {"Content-Disposition": "attachment; filename=commitments.csv"}
    return PlainTextResponse(body, media_type="text/csv", headers=headers)


@app.get("/api/commitments.ics")
def commitments_ics() -> Response:
    """The commitments as an iCalendar feed a calendar can subscribe to."""
    rows = data.commitments(engine())
    body = exports.to_ics(rows, lead_times=Settings.from_env().lead_times, now=datetime.now(UTC))
    headers = {"Content-Disposition": "attachment; filename=commitments.ics"}
    return Response(body, media_type="text/calendar", headers=headers)


@app.post("/api/commitments/{commitment_id}/silence")
def silence(commitment_id: int, hours: Annotated[float | None, Form()] = None) -> RedirectResponse:
    """No alert about this commitment, for ``hours`` or until lifted."""
    from deadlines.store.controls import silence as silence_alerts

    now = datetime.now(UTC)
    until = now + timedelta(hours=hours) if hours else None
    with _known(commitment_id) as session:
        silence_alerts(session, commitment_id, now=now, until=until)
    return RedirectResponse(f"../../../commitments/{commitment_id}", status_code=303)


@app.post("/api/commitments/{commitment_id}/ack")
def acknowledge(commitment_id: int) -> RedirectResponse:
    """No more reminders for the current due date; changes still alert."""
    from deadlines.store.controls import acknowledge as acknowledge_alerts

    with _known(commitment_id) as session:
        acknowledge_alerts(session, commitment_id, now=datetime.now(UTC))
    return RedirectResponse(f"../../../commitments/{commitment_id}", status_code=303)


@contextmanager
def _known(commitment_id: int) -> Iterator[Session]:
    """A transaction on the store; an unknown commitment's id answers 404."""
    from deadlines.store.controls import UnknownCommitment

    try:
        with Session(engine()) as session, session.begin():
            yield session
    except UnknownCommitment:
        raise HTTPException(404, f"no commitment {commitment_id}") from None


@app.get("/api/commitments/{commitment_id}/history")
def history_json(commitment_id: int) -> list[dict[str, Any]]:
    return [
        {
            "version": c.version,
            "changed_at": c.changed_at.isoformat(),
            "old_due_on": c.old_due_on.isoformat() if c.old_due_on else None,
            "new_due_on": c.new_due_on.isoformat() if c.new_due_on else None,
            "old_status": c.old_status,
            "new_status": c.new_status,
            "source_url": c.source_url,
        }
        for c in data.commitment_history(engine(), commitment_id)
    ]
