"""The WebSub callback app, mounted at ``/deadlines-websub``.

Hubs cannot log in to Airflow, so this app has no login: the subscription's id in the
path, its pending request (checked on verification) and the HMAC signature with its
secret (checked on every push) are the credentials. Everything else is done by
``deadlines.jobs.websub``; this module only speaks HTTP.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from sqlalchemy import Engine

from deadlines.jobs.announce import RedisAnnouncer, announcer
from deadlines.jobs.websub import receive_push, verify_intent
from deadlines.settings import Settings
from deadlines.store import make_engine

app = FastAPI(
    title="deadlines: WebSub callback",
    description="Where WebSub hubs verify subscriptions and push feed content.",
)


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@lru_cache(maxsize=1)
def engine() -> Engine:
    return make_engine(settings().database_url)


@lru_cache(maxsize=1)
def announce() -> RedisAnnouncer | None:
    """Where stored pushed articles are announced to the triggerer, if anywhere."""
    return announcer(settings().announce_url)


@app.get("/{subscription_id}", response_class=PlainTextResponse)
def verify(subscription_id: int, request: Request) -> PlainTextResponse:
    """A hub confirms a (un)subscription: answer its challenge, or 404."""
    params = dict(request.query_params)
    body = verify_intent(engine(), subscription_id, params, now=datetime.now(UTC))
    if body is None:
        return PlainTextResponse("no such request", status_code=404)
    return PlainTextResponse(body)


@app.post("/{subscription_id}", response_class=PlainTextResponse)
async def push(subscription_id: int, request: Request) -> PlainTextResponse:
    """A hub delivers the feed's new content, signed with the subscription's secret."""
    cap = settings().max_feed_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return PlainTextResponse("refused: over the size cap", status_code=413)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            return PlainTextResponse("refused: over the size cap", status_code=413)
    answer = await run_in_threadpool(
        receive_push,
        engine(),
        subscription_id,
        bytes(body),
        signature=request.headers.get("x-hub-signature"),
        content_type=request.headers.get("content-type", ""),
        now=datetime.now(UTC),
        max_bytes=cap,
        on_stored=announce(),
    )
    return PlainTextResponse(answer.text, status_code=answer.status)
