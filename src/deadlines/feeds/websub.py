"""WebSub (W3C Recommendation, formerly PubSubHubbub) on the subscriber's side.

A feed names its hub with ``Link: <hub>; rel="hub"`` (and its own address with
``rel="self"``), or with the same links inside the document (``<link rel="hub">``,
``<atom:link rel="hub">``; a JSON Feed's ``hubs``). A subscription request is a form POST
to the hub (``hub.mode``, ``hub.topic``, ``hub.callback``, ``hub.secret``,
``hub.lease_seconds``); the hub answers 202 and later verifies the intent with a GET to the
callback carrying ``hub.challenge``. Each push carries ``X-Hub-Signature: method=hex``, an
HMAC of the body with the subscription's secret (sha1, sha256, sha384 or sha512).
Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from deadlines.errors import WebSubError
from deadlines.feeds.address import check_scheme, redact_url
from deadlines.feeds.transport import deadline

SIGNATURE_METHODS = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}
# The head of a document where its own links are looked for (they come before the items).
_HEAD_BYTES = 65536
_TAG = re.compile(rb"<(?:[A-Za-z][\w.-]*:)?link\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LINK_VALUE = re.compile(r"<([^>]*)>\s*((?:;[^,<]*)*)")
_REL = re.compile(r""";\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))""", re.IGNORECASE)


@dataclass(frozen=True)
class Hub:
    """Where to subscribe (``url``) and to what (``topic``: the feed's own address)."""

    url: str
    topic: str


def discover_hub(content: bytes, link_header: str | None, *, url: str) -> Hub | None:
    """The hub a feed names in its ``Link`` header, else in the document; None without one.

    The topic is the feed's ``self`` link when it gives one, else ``url``.
    """
    links = header_links(link_header or "")
    if "hub" not in links:
        links = {**document_links(content), **links}
    hub = links.get("hub")
    if not hub:
        return None
    hub, topic = urljoin(url, hub), urljoin(url, links.get("self") or url)
    if urlsplit(hub).scheme not in ("http", "https"):
        return None
    return Hub(url=hub, topic=topic)


def header_links(value: str) -> dict[str, str]:
    """``rel`` -> URL from an HTTP Link header (the first link of each relation)."""
    found: dict[str, str] = {}
    for match in _LINK_VALUE.finditer(value):
        target, params = match.group(1).strip(), match.group(2)
        for rel in _REL.finditer(params):
            for name in (rel.group(1) or rel.group(2) or "").lower().split():
                found.setdefault(name, target)
    return found


def document_links(content: bytes) -> dict[str, str]:
    """``rel`` -> URL of the hub and self links in a feed document's head."""
    head = content[:_HEAD_BYTES]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        return _json_links(content)
    found: dict[str, str] = {}
    for tag in _TAG.finditer(head):
        attributes = {
            name.lower(): (first if first is not None else second)
            for name, first, second in (m.groups() for m in _ATTRIBUTE.finditer(tag.group(1)))
        }
        rel, href = attributes.get(b"rel"), attributes.get(b"href")
        if rel and href:
            for name in rel.decode("utf-8", "replace").lower().split():
                if name in ("hub", "self"):
                    found.setdefault(name, href.decode("utf-8", "replace").strip())
    return found


def _json_links(content: bytes) -> dict[str, str]:
    try:
        document = json.loads(content.decode("utf-8-sig", errors="replace"))
    except ValueError:
        return {}
    if not isinstance(document, dict):
        return {}
    found = {}
    if isinstance(document.get("feed_url"), str):
        found["self"] = document["feed_url"]
    for hub in document.get("hubs") or []:
        if isinstance(hub, dict) and str(hub.get("type", "")).lower() == "websub":
            if isinstance(hub.get("url"), str):
                found["hub"] = hub["url"]
                break
    return found


def new_secret() -> str:
    """A random secret for one subscription (the spec asks for under 200 bytes)."""
    return secrets.token_urlsafe(32)


def sign(secret: str, body: bytes, method: str = "sha256") -> str:
    """The ``X-Hub-Signature`` value a hub sends with ``body``."""
    digest = hmac.new(secret.encode(), body, SIGNATURE_METHODS[method]).hexdigest()
    return f"{method}={digest}"


def signature_problem(secret: str | None, body: bytes, header: str | None) -> str | None:
    """Why a push's ``X-Hub-Signature`` does not prove it came from our hub; None if it does."""
    if not secret:
        return "the subscription has no secret, so no push can be trusted"
    if not header or not header.strip():
        return "the push is not signed (no X-Hub-Signature header)"
    method, _, given = header.strip().partition("=")
    algorithm = SIGNATURE_METHODS.get(method.strip().lower())
    if algorithm is None:
        return f"the push is signed with an unknown method {method.strip()[:20]!r}"
    expected = hmac.new(secret.encode(), body, algorithm).hexdigest()
    if not hmac.compare_digest(expected, given.strip().lower()):
        return f"the push's {method.strip().lower()} signature does not match its body"
    return None


def in_the_clear(url: str) -> bool:
    """Whether a request to ``url`` crosses a network unencrypted: plain HTTP to anything
    but this machine (a hub on loopback, as in a test or a local relay, is not)."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def ask_hub(
    client: httpx.Client,
    hub: Hub,
    *,
    mode: str,
    callback: str,
    secret: str | None = None,
    lease_seconds: int | None = None,
    timeout: float = 20.0,
) -> None:
    """Send a subscribe or unsubscribe request; raises WebSubError unless the hub accepts.

    The hub's address is checked like a feed's (only public addresses, unless allowed)."""
    check_scheme(hub.url)
    shown = f"hub {redact_url(hub.url)}"
    form = {"hub.mode": mode, "hub.topic": hub.topic, "hub.callback": callback}
    if secret and in_the_clear(hub.url):
        if mode == "subscribe":
            raise WebSubError(
                f"{shown} is plain HTTP: the secret that signs its pushes would cross the "
                "network in the clear, so the feed is not subscribed there (it is polled)"
            )
    elif secret:
        form["hub.secret"] = secret
    if lease_seconds:
        form["hub.lease_seconds"] = str(lease_seconds)
    try:
        with deadline(timeout):
            # no redirect is followed: it could carry the secret to another address
            response = client.post(hub.url, data=form, timeout=timeout, follow_redirects=False)
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        raise WebSubError(f"{shown} could not be reached to {mode}: {reason}") from None
    if not 200 <= response.status_code < 300:
        said = response.text[:200].strip()
        raise WebSubError(
            f"{shown} answered HTTP {response.status_code} to the {mode} request for "
            f"{redact_url(hub.topic)}" + (f": {said}" if said else "")
        )
