"""Who may change what in the Commitments view, and forged requests refused.

Reading needs Airflow's login (every route depends on ``get_user``). Changing how alerts
are held (silence, acknowledge) needs what Airflow's auth manager gives for editing the DAG
that sends the alerts, ``is_authorized_dag(method="PUT")`` as the core API asks before it
changes a DAG: a ``Viewer`` may look but not change.

A browser sends Airflow's session cookie with any request, a forged one from another site
included, so a change that rides on the cookie must also come from a page of this server
(``Origin``, else ``Referer``, names this server) and carry the form token of the page it
came from: an HMAC, under Airflow's JWT secret, of the user and a random value kept in a
cookie of this view (``SameSite=Strict``). A request with an ``Authorization: Bearer`` header
is not sent by a browser on its own, so it needs no form token, but a foreign ``Origin``
is refused all the same.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Annotated, Any
from urllib.parse import urlsplit

from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, Form, HTTPException, Request, Response

ALERTS_DAG = "deadlines_alerts"
COOKIE = "deadlines_form"
FIELD = "form_token"


def may_edit(user: Annotated[Any, Depends(get_user)]) -> bool:
    """Whether the auth manager lets ``user`` edit the alerts DAG (and so hold its alerts)."""
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails

    return bool(
        get_auth_manager().is_authorized_dag(
            method="PUT", details=DagDetails(id=ALERTS_DAG), user=user
        )
    )


def _user_id(user: Any) -> str:
    return str(user.get_id()) if user is not None else ""


def _key() -> bytes:
    from airflow.api_fastapi.auth.tokens import get_signing_key

    return get_signing_key("api_auth", "jwt_secret").encode()


def form_token(user: Any, nonce: str) -> str:
    message = f"{_user_id(user)}\x00{nonce}".encode()
    return hmac.new(_key(), message, hashlib.sha256).hexdigest()


def issue(request: Request, response: Response, user: Any) -> str:
    """The form token of a page for ``user``; sets this view's cookie when it has none."""
    nonce = request.cookies.get(COOKIE)
    if not nonce or len(nonce) != 43:
        nonce = secrets.token_urlsafe(32)
        prefix = request.scope.get("root_path", "") or "/"
        response.set_cookie(
            COOKIE, nonce, path=prefix, httponly=True, samesite="strict",
            secure=request.url.scheme == "https",
        )  # fmt: skip
    return form_token(user, nonce)


def _same_origin(request: Request) -> bool:
    """``Origin`` (else ``Referer``) names the host the request was sent to."""
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed or claimed == "null":
        return False
    return urlsplit(claimed).netloc.lower() == request.headers.get("host", "").lower()


def require_change(
    request: Request,
    user: Annotated[Any, Depends(get_user)],
    allowed: Annotated[bool, Depends(may_edit)],
    token: Annotated[str | None, Form(alias=FIELD)] = None,
) -> None:
    """Refuse a state change from another site, not allowed, or without the page's token."""
    if request.headers.get("origin") and not _same_origin(request):
        raise HTTPException(403, "refused: the request came from another site")
    if not allowed:
        raise HTTPException(403, "refused: changing alerts needs permission to edit DAGs")
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return  # not sent by a browser on its own: the token is the proof
    if not _same_origin(request):
        raise HTTPException(403, "refused: no Origin or Referer of this server")
    nonce = request.cookies.get(COOKIE, "")
    if not nonce or not token or not hmac.compare_digest(token, form_token(user, nonce)):
        raise HTTPException(403, "refused: the form token is missing or stale; reload the page")


def require_api_change(request: Request, allowed: Annotated[bool, Depends(may_edit)]) -> None:
    """Refuse a change sent to the API (articles handed in) by a browser on its own, from
    another site, or by a user who may not edit: API clients send a bearer token."""
    if request.headers.get("origin") and not _same_origin(request):
        raise HTTPException(403, "refused: the request came from another site")
    if not allowed:
        raise HTTPException(403, "refused: handing in articles needs permission to edit DAGs")
    if not request.headers.get("authorization", "").lower().startswith("bearer "):
        raise HTTPException(403, "refused: send Airflow's token as 'Authorization: Bearer ...'")
