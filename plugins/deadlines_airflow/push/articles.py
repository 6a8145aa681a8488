"""``POST /deadlines/api/articles``: teams that publish themselves hand in JSON Feed items.

Included in the Commitments view's app, so it asks for Airflow's login like the other API
routes, and, as every change of state, permission to edit DAGs (a bearer token, never a
browser's cookie alone: :func:`deadlines_airflow.ui.guard.require_api_change`). The work is ``deadlines.jobs.ingest``; this module maps its outcome to HTTP.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool

from deadlines.errors import IngestError
from deadlines.jobs.ingest import DEFAULT_FEED, ingest
from deadlines_airflow.push import websub
from deadlines_airflow.ui import guard

router = APIRouter()
Feed = Annotated[str, Query(max_length=200, description="the feed the items are kept under")]


@router.post("/api/articles", status_code=200, dependencies=[Depends(guard.require_api_change)])
async def post_articles(request: Request, feed: Feed = DEFAULT_FEED) -> dict[str, Any]:
    """Store JSON Feed items (a JSON Feed, ``{"items": [...]}`` or a list of items);
    an item sent again with the same id and content is stored once."""
    cap = websub.settings().max_feed_bytes
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            raise HTTPException(413, f"the body is over the {cap:,}-byte cap")
    try:
        report = await run_in_threadpool(
            ingest,
            websub.engine(),
            bytes(body),
            now=datetime.now(UTC),
            max_bytes=cap,
            feed=feed,
            on_stored=websub.announce(),
        )
    except IngestError as exc:
        raise HTTPException(422, str(exc)) from None
    return {
        "feed": report.feed,
        "items": report.items,
        "new": report.new,
        "revised": report.revised,
    }
