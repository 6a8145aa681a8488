"""Calendars to subscribe to, inside Airflow's API server: ``/deadlines/calendar/SECRET.ics``.

A calendar app cannot log in to Airflow, so this small app is mounted in the Commitments
view's app (``app.py``) as a sub-application: the view's login dependency does not reach it,
and the secret in the URL is the credential. Every answer comes from
:func:`deadlines.calendars.feed.answer`, as ``deadlines serve-calendar``'s do; an unknown,
malformed or revoked secret gets the same 404.
"""

from __future__ import annotations

from functools import lru_cache

from fastapi import FastAPI, Request, Response
from sqlalchemy import Engine

from deadlines.calendars.feed import answer
from deadlines.settings import Settings
from deadlines.store import make_engine

app = FastAPI(
    title="deadlines: calendars",
    docs_url=None,
    redoc_url=None,
    openapi_url=None,
)


@lru_cache(maxsize=1)
def engine() -> Engine:
    return make_engine(Settings.from_env().database_url)


@app.api_route("/{name}", methods=["GET", "HEAD"], include_in_schema=False)
def calendar(name: str, request: Request) -> Response:
    """The calendar a secret opens; ``name`` is ``SECRET.ics``."""
    secret = name.removesuffix(".ics") if name.endswith(".ics") else ""
    found = answer(
        engine(),
        secret,
        if_none_match=request.headers.get("if-none-match"),
        lead_times=Settings.from_env().lead_times,
    )
    return Response(found.body, status_code=found.status, headers=found.headers)
