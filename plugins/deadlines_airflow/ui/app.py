"""Routes of the Commitments view. Every route requires Airflow's own login."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any

from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, Form, HTTPException, Query
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.settings import Settings
from deadlines.store import make_engine
from deadlines_airflow.ui import data, pages

app = FastAPI(
    title="deadlines: commitments",
    description="Upcoming deadlines, their changes and sources, inside Airflow's UI.",
    dependencies=[Depends(get_user)],
)


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


@app.get("/", response_class=HTMLResponse)
def index(now: Now = None) -> str:
    today = as_of(now)
    rows = data.commitments(engine(), today)
    query = f"?now={now}" if now else ""
    return pages.index(data.timeline(rows, today), data.recent_changes(engine()), today, query)


@app.get("/commitments/{commitment_id}", response_class=HTMLResponse)
def detail(commitment_id: int, now: Now = None) -> str:
    today = as_of(now)
    row = data.one(engine(), commitment_id, today)
    if row is None:
        raise HTTPException(404, f"no commitment {commitment_id}")
    controls = data.controls(engine(), commitment_id)
    history = data.commitment_history(engine(), commitment_id)
    return pages.detail(row, history, controls, data.sources(engine(), commitment_id))


@app.get("/api/commitments.json")
def commitments_json(now: Now = None) -> JSONResponse:
    rows = data.commitments(engine(), as_of(now))
    return JSONResponse([row.as_json() for row in rows])


@app.get("/api/commitments.csv", response_class=PlainTextResponse)
def commitments_csv(now: Now = None) -> PlainTextResponse:
    rows = [row.as_json() for row in data.commitments(engine(), as_of(now))]
    buffer = io.StringIO()
    columns = ["id", "due_on", "status", "kind", "what", "previous_due_on", "actors", "confidence"]
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "actors": "; ".join(row["actors"])})
    headers = {"Content-Disposition": "attachment; filename=commitments.csv"}
    return PlainTextResponse(buffer.getvalue(), media_type="text/csv", headers=headers)


@app.get("/api/commitments.ics")
def commitments_ics() -> Response:
    """The commitments as an iCalendar feed a calendar can subscribe to."""
    from deadlines.store.export import export_rows, to_ics

    with Session(engine()) as session:
        rows = export_rows(session)
    body = to_ics(rows, lead_times=Settings.from_env().lead_times, now=datetime.now(UTC))
    headers = {"Content-Disposition": "attachment; filename=commitments.ics"}
    return Response(body, media_type="text/calendar", headers=headers)


@app.post("/api/commitments/{commitment_id}/silence")
def silence(commitment_id: int, hours: Annotated[float | None, Form()] = None) -> RedirectResponse:
    """No alert about this commitment, for ``hours`` or until lifted."""
    from deadlines.alerts.controls import silence as silence_alerts

    now = datetime.now(UTC)
    until = now + timedelta(hours=hours) if hours else None
    with Session(engine()) as session, session.begin():
        _exists(session, commitment_id)
        silence_alerts(session, commitment_id, now=now, until=until)
    return RedirectResponse(f"../../../commitments/{commitment_id}", status_code=303)


@app.post("/api/commitments/{commitment_id}/ack")
def acknowledge(commitment_id: int) -> RedirectResponse:
    """No more reminders for the current due date; changes still alert."""
    from deadlines.alerts.controls import acknowledge as acknowledge_alerts

    with Session(engine()) as session, session.begin():
        _exists(session, commitment_id)
        acknowledge_alerts(session, commitment_id, now=datetime.now(UTC))
    return RedirectResponse(f"../../../commitments/{commitment_id}", status_code=303)


def _exists(session: Session, commitment_id: int) -> None:
    from deadlines.store.models import Commitment

    if session.get(Commitment, commitment_id) is None:
        raise HTTPException(404, f"no commitment {commitment_id}")


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
