"""Shared fixtures: real SQLite and PostgreSQL stores, real HTTP and SMTP servers on loopback."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from deadlines.store import make_engine, migrate
from deadlines.store.models import Base

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures"
PG_ADMIN_URL = os.environ.get(
    "DEADLINES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def fixture_article() -> str:
    path = FIXTURES / "us-china-trade-talks.txt"
    if not path.is_file():
        pytest.skip(f"the shared fixtures folder is absent ({FIXTURES})")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


def _postgres_reachable() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to reach the server
        return f"{type(exc).__name__}: {exc}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards.

    Skips when the server does not answer, except under CI=true, where that fails.
    """
    problem = _postgres_reachable()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required in CI: {problem}")
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 does not answer: {problem}")
    name = f"deadlines_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    migrate(engine)
    yield engine
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The store on each backend: the same test runs on SQLite and on PostgreSQL."""
    name = "sqlite_engine" if request.param == "sqlite" else "postgres_engine"
    return request.getfixturevalue(name)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalHTTP:
    """A real HTTP server on 127.0.0.1 whose answers a test sets per path."""

    server: ThreadingHTTPServer
    routes: dict[str, Route]
    requests: list[tuple[str, str, dict[str, str], bytes]]

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def serve(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(
            status, data, {k.replace("_", "-"): v for k, v in headers.items()}
        )
        return self.url(path)


@pytest.fixture
def http_server() -> Iterator[LocalHTTP]:
    routes: dict[str, Route] = {}
    requests: list[tuple[str, str, dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            payload = self.rfile.read(length) if length else b""
            requests.append((self.command, self.path, dict(self.headers), payload))
            route = routes.get(self.path.split("?")[0], Route(404, b"not found"))
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        do_GET = do_POST = _answer  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LocalHTTP(server, routes, requests)
    server.shutdown()
    server.server_close()


@dataclass
class SMTPSink:
    host: str
    port: int
    messages: list[object]
    received: threading.Condition
    logins: list[bytes] = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[object]:
        with self.received:
            self.received.wait_for(lambda: len(self.messages) >= count, timeout=timeout)
        return list(self.messages)


@pytest.fixture
def smtp_server() -> Iterator[SMTPSink]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message as MessageHandler

    messages: list[object] = []
    received = threading.Condition()

    class Keep(MessageHandler):
        def handle_message(self, message: object) -> None:
            with received:
                messages.append(message)
                received.notify_all()

    logins: list[bytes] = []

    def accept_any_login(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            logins.append(auth_data.login)
        return AuthResult(success=True)

    controller = Controller(
        Keep(),
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=accept_any_login,
        auth_require_tls=False,
    )
    controller.start()
    yield SMTPSink(controller.hostname, controller.port, messages, received, logins)
    controller.stop()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    return free_port()
