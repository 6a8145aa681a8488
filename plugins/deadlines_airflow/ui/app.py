"""Routes of the Commitments view. Every route requires Airflow's own login; a change of
state also the permission and the proofs :mod:`deadlines_airflow.ui.guard` asks for.

The one exception is the calendars' sub-application mounted at ``/calendar`` (``calendars.py``):
calendar apps cannot log in, the secret in their URL is the credential.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any

from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, Form, HTTPException, Path, Query, Request
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
from deadlines_airflow.ui import calendars, data, guard, pages

app = FastAPI(
    title="deadlines: commitments",
    description="Upcoming deadlines, their changes and sources, inside Airflow's UI.",
    dependencies=[Depends(get_user)],
    # No /docs, /redoc or /openapi.json: they would answer before the login is asked.
    docs_url=None,
    redoc_url=None,
    openapi_url=None,
)
# A mounted app is outside this app's dependencies: no login, the token is the credential.
app.mount("/calendar", calendars.app)

# Ids are 64-bit integers in the store: a larger one cannot name a commitment.
MAX_ID = 2**63 - 1
CommitmentId = Annotated[int, Path(ge=1, le=MAX_ID, description="a commitment's id")]
# The shortest and longest timed silence the view sets (hours); the plain "Silence" button
# holds until lifted.
MIN_SILENCE_HOURS, MAX_SILENCE_HOURS = 1 / 60, 24 * 365 * 10

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
            if not (value.isascii() and value.isdigit() and int(value) <= MAX_ID):
                raise HTTPException(422, f"{name}={value[:40]!r} is not a row number")
            offsets[name] = int(value)
    return offsets


@app.get("/", response_class=HTMLResponse)
def index(request: Request, now: Now = None) -> str:
    timeline = data.timeline(engine(), as_of(now), _offsets(request))
    return pages.index(timeline, data.recent_changes(engine()), now)


@app.get("/commitments/{commitment_id}", response_class=HTMLResponse)
def detail(
    commitment_id: CommitmentId,
    request: Request,
    response: Response,
    user: Annotated[Any, Depends(get_user)],
    allowed: Annotated[bool, Depends(guard.may_edit)],
    now: Now = None,
) -> str:
    today = as_of(now)
    row = _row(commitment_id)
    controls = data.controls(engine(), commitment_id)
    history = data.commitment_history(engine(), commitment_id)
    found = data.sources(engine(), commitment_id)
    token = guard.issue(request, response, user) if allowed else None
    return pages.detail(row, today, history, controls, found, token)


def _row(commitment_id: int) -> CommitmentRow:
    row = data.one(engine(), commitment_id)
    if row is None:
        raise HTTPException(404, f"no commitment {commitment_id}")
    return row


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


def silence_hours(hours: str | None) -> float | None:
    """``hours`` of a silence form: none (until lifted), or from a minute to ten years."""
    if hours is None or not hours.strip():
        return None
    try:
        value = float(hours)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and MIN_SILENCE_HOURS <= value <= MAX_SILENCE_HOURS):
        raise HTTPException(
            422,
            f"hours={hours[:40]!r} is not a number of hours from one minute (0.017) to "
            f"{MAX_SILENCE_HOURS}; leave it out to silence until lifted",
        )
    return value


Change = Depends(guard.require_change)


@app.post("/api/commitments/{commitment_id}/silence", dependencies=[Change])
def silence(
    commitment_id: CommitmentId, hours: Annotated[str | None, Form()] = None
) -> RedirectResponse:
    """No alert about this commitment, for ``hours`` or until lifted."""
    from deadlines.store.controls import silence as silence_alerts

    length = silence_hours(hours)
    now = datetime.now(UTC)
    until = now + timedelta(hours=length) if length is not None else None
    with _known(commitment_id) as session:
        silence_alerts(session, commitment_id, now=now, until=until)
    return RedirectResponse(f"../../../commitments/{commitment_id}", status_code=303)


@app.post("/api/commitments/{commitment_id}/ack", dependencies=[Change])
def acknowledge(commitment_id: CommitmentId) -> RedirectResponse:
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
def history_json(commitment_id: CommitmentId) -> list[dict[str, Any]]:
    _row(commitment_id)  # an unknown id answers 404, not an empty history
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
