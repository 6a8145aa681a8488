"""``deadlines serve``: the WebSub callback without Airflow, on the standard library's server.

It answers the same paths as the Airflow plugin's callback app (``/deadlines-websub/<id>``),
so one reverse proxy rule serves either. It binds to 127.0.0.1 unless told otherwise: a
reverse proxy gives hubs the public address (see docs/push.md). Every request is handled
by ``deadlines.jobs.websub``; this module only speaks HTTP.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy import Engine

from deadlines.jobs.websub import PushAnswer, Stored, receive_push, verify_intent

log = logging.getLogger(__name__)
PREFIX = "/deadlines-websub/"
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class CallbackServer(ThreadingHTTPServer):
    """Serves the callback over ``engine``; pushes over ``max_bytes`` are refused unread."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        engine: Engine,
        *,
        max_bytes: int,
        clock: Clock = _now,
        on_stored: Stored | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.engine, self.max_bytes, self.clock, self.on_stored = (
            engine,
            max_bytes,
            clock,
            on_stored,
        )

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{PREFIX.rstrip('/')}"

    def start(self) -> threading.Thread:
        """Serve in a background thread (``shutdown()`` stops it)."""
        thread = threading.Thread(target=self.serve_forever, name="websub-callback", daemon=True)
        thread.start()
        return thread


def subscription_id(path: str) -> int | None:
    """The subscription's id in ``/deadlines-websub/<id>``; None for any other path."""
    rest = urlsplit(path).path
    if not rest.startswith(PREFIX):
        return None
    tail = rest[len(PREFIX) :].rstrip("/")
    return int(tail) if tail.isdigit() and len(tail) < 18 else None


class _Handler(BaseHTTPRequestHandler):
    server: CallbackServer
    server_version = "deadlines"

    def do_GET(self) -> None:  # noqa: N802
        found = subscription_id(self.path)
        if found is None:
            return self._answer(PushAnswer(404, "not found"))
        params = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        body = verify_intent(self.server.engine, found, params, now=self.server.clock())
        self._answer(PushAnswer(404, "no such request") if body is None else PushAnswer(200, body))

    def do_POST(self) -> None:  # noqa: N802
        found = subscription_id(self.path)
        if found is None:
            return self._answer(PushAnswer(404, "not found"))
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            return self._answer(PushAnswer(411, "a push needs a Content-Length"))
        if int(length) > self.server.max_bytes:
            log.warning("websub: a push of %s bytes refused unread", length)
            self.close_connection = True
            return self._answer(PushAnswer(413, "refused: over the size cap"))
        body = self.rfile.read(int(length))
        answer = receive_push(
            self.server.engine,
            found,
            body,
            signature=self.headers.get("X-Hub-Signature"),
            content_type=self.headers.get("Content-Type", ""),
            now=self.server.clock(),
            max_bytes=self.server.max_bytes,
            on_stored=self.server.on_stored,
        )
        self._answer(answer)

    def _answer(self, answer: PushAnswer) -> None:
        data = answer.text.encode()
        self.send_response(answer.status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        log.info("callback: " + format, *args)
