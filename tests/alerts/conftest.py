"""Fixtures of the alert tests: commitments to alert on, a receiver that answers as told."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy.orm import Session

from deadlines.alerts.delivery import DeliveryResult
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import ChangeEvent, record_commitments

NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)


def found(
    subject: str,
    due: date | None,
    status: str = "scheduled",
    *,
    actors: tuple[str, ...] | None = None,
    kind: str = "other",
    confidence: float = 0.7,
    what: str | None = None,
) -> Found:
    return Found(
        what=what or f"{subject} happens",
        due=due,
        date_text="a day",
        status=status,
        previous_due=None,
        actors=actors if actors is not None else (f"{subject.title()} Office",),
        evidence=f"{subject} is due.",
        confidence=confidence,
        kind=kind,
        subject=subject,
    )


def seed(session: Session, *items: Found, now: datetime = NOW) -> list[ChangeEvent]:
    return [
        event for item in items for event in record_commitments(session, [(item, None)], now=now)
    ]


@dataclass
class Recorder:
    """A notifier that records what it was asked to deliver and answers as told."""

    answers: list[bool] = field(default_factory=list)
    sent: list[tuple[str, str, str]] = field(default_factory=list)  # (title, tag, key)
    bodies: list[str] = field(default_factory=list)

    def deliver(
        self, title: str, body: str, *, tag: str, key: str, skip: frozenset[str] = frozenset()
    ) -> DeliveryResult:
        ok = self.answers.pop(0) if self.answers else True
        if ok:
            self.sent.append((title, tag, key))
            self.bodies.append(body)
        return DeliveryResult(ok, "ok" if ok else "refused by test", ("t1",) if ok else ())


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that counts alerts by key and answers a set status."""

    server: ThreadingHTTPServer
    status: int = 200
    posts: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{host}:{port}"

    def keys(self) -> list[str]:
        """The alert key of every accepted post (the header, else the body's last line)."""
        found = []
        for _, headers, payload in self.accepted():
            key = headers.get("X-Deadlines-Alert-Key")
            if key is None:
                message = json.loads(payload).get("message", "")
                key = message.rsplit("Alert key: ", 1)[-1]
            found.append(key)
        return found

    def accepted(self) -> list[tuple[str, dict[str, str], bytes]]:
        with self.lock:
            return [post for post in self.posts if post[1].get("X-Answered") == "200"]

    def wait_for(self, count: int, timeout: float = 30.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.accepted()) >= count, timeout)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(server=None)  # type: ignore[arg-type]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            payload = self.rfile.read(length)
            status = state.status
            headers = {**dict(self.headers), "X-Answered": str(status)}
            with state.lock:
                state.posts.append((self.path, headers, payload))
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            with state.arrived:
                state.arrived.notify_all()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
