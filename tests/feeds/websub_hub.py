"""A WebSub hub of our own on 127.0.0.1, enough of one to subscribe to and be pushed by.

It records each (un)subscription request and answers 202, as a hub does. The test then
has it verify the intent (a GET to the callback with a challenge) and push content (a
POST signed with the subscriber's secret), each at a moment the test chooses.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

import httpx

from deadlines.feeds.websub import sign


@dataclass
class Hub:
    server: ThreadingHTTPServer
    requests: list[dict[str, str]] = field(default_factory=list)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hub"

    def last(self, mode: str) -> dict[str, str]:
        return [r for r in self.requests if r["hub.mode"] == mode][-1]

    def verify(self, request: dict[str, str], **change: str) -> httpx.Response:
        """Ask the subscriber to confirm ``request``: what a hub does after answering 202."""
        query = {
            "hub.mode": request["hub.mode"],
            "hub.topic": request["hub.topic"],
            "hub.challenge": secrets.token_hex(16),
        }
        if request["hub.mode"] == "subscribe":
            query["hub.lease_seconds"] = request.get("hub.lease_seconds", "3600")
        query.update(change)
        return httpx.get(request["hub.callback"], params=query, timeout=10)

    def push(
        self, request: dict[str, str], body: bytes, *, signature: str | None = "sha256"
    ) -> httpx.Response:
        """Deliver ``body`` to the subscriber; ``signature`` is the method, or None to send
        none; a value with ``=`` is sent as it is."""
        headers = {"Content-Type": "application/atom+xml", "Link": f'<{self.url}>; rel="hub"'}
        if signature and "=" in signature:
            headers["X-Hub-Signature"] = signature
        elif signature:
            headers["X-Hub-Signature"] = sign(request["hub.secret"], body, signature)
        return httpx.post(request["hub.callback"], content=body, headers=headers, timeout=10)


@contextmanager
def running_hub() -> Iterator[Hub]:
    requests: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            requests.append(form)
            ok = form.get("hub.mode") in ("subscribe", "unsubscribe") and "hub.callback" in form
            self.send_response(202 if ok else 400)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Hub(server, requests)
    finally:
        server.shutdown()
        server.server_close()
