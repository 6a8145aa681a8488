"""A feed server on loopback that can misbehave: drip, stream forever, loop, bomb.

Each path is answered by a small function that writes to the socket itself, so a test can
serve anything a real server on the web might send.
"""

from __future__ import annotations

import gzip
import ipaddress
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Answer = Callable[[BaseHTTPRequestHandler], None]
LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"),)


@dataclass
class HostileServer:
    server: ThreadingHTTPServer
    answers: dict[str, Answer]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def on(self, path: str, answer: Answer) -> str:
        self.answers[path] = answer
        return self.url(path)

    def feed(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        return self.on(path, respond(status, body, **headers))

    # Misbehaviours, each served at ``path``; they return the URL.

    def drip(self, path: str, body: bytes, *, every: float = 1.0, headers: bool = True) -> str:
        """Send ``body`` one byte per ``every`` seconds; the status line and headers too
        unless ``headers`` (then the headers never finish)."""
        stop = self.stop

        def answer(handler: BaseHTTPRequestHandler) -> None:
            if headers:
                handler.send_response(200)
                handler.send_header("Content-Type", "application/rss+xml")
                handler.end_headers()
                handler.wfile.flush()
                payload = body
            else:
                payload = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n" + body
            for byte in payload:
                if stop.wait(every):
                    return
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()

        return self.on(path, answer)

    def endless(self, path: str) -> str:
        """A body that never ends (until the client hangs up or the test ends)."""
        stop = self.stop
        chunk = b"<item><title>more</title></item>" * 2000

        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            handler.end_headers()
            handler.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
            while not stop.is_set():
                handler.wfile.write(chunk)

        return self.on(path, answer)

    def big(self, path: str, size: int, *, declare_length: bool) -> str:
        """``size`` bytes of a feed-looking document, streamed, never held in memory."""
        block = b"<item><title>filler</title><description>" + b"x" * 8000 + b"</description></item>"

        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            if declare_length:
                handler.send_header("Content-Length", str(size))
            handler.end_headers()
            sent = 0
            while sent < size:
                piece = block[: size - sent]
                handler.wfile.write(piece)
                sent += len(piece)

        return self.on(path, answer)

    def gzip_bomb(self, path: str, expanded: int) -> str:
        """A small gzip body that expands to ``expanded`` bytes of zeros."""
        encoder = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * (1024 * 1024)
        parts = [encoder.compress(zeros) for _ in range(expanded // len(zeros))]
        parts.append(encoder.flush())
        return self.on(
            path,
            respond(
                200, b"".join(parts), Content_Encoding="gzip", Content_Type="application/rss+xml"
            ),
        )

    def gzipped(self, path: str, body: bytes, **headers: str) -> str:
        return self.on(path, respond(200, gzip.compress(body), Content_Encoding="gzip", **headers))

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.on(path, respond(status, b"", Location=to))

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for seen, headers in self.requests if seen.split("?")[0] == path]


def respond(status: int = 200, body: bytes | str = b"", **headers: str) -> Answer:
    data = body.encode() if isinstance(body, str) else body

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return answer


def make_server(host: str = "127.0.0.1") -> HostileServer:
    answers: dict[str, Answer] = {}
    state = HostileServer(None, answers)  # type: ignore[arg-type]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            state.requests.append((self.path, dict(self.headers)))
            answer = answers.get(self.path.split("?")[0], respond(404, b"not here"))
            try:
                answer(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    state.server = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state


@pytest.fixture
def feed_server() -> Iterator[HostileServer]:
    state = make_server()
    yield state
    state.stop.set()
    state.server.shutdown()
    state.server.server_close()


@pytest.fixture
def other_loopback_server() -> Iterator[HostileServer]:
    """A server on 127.0.0.2: loopback, but outside an allow-list of 127.0.0.1/32."""
    state = make_server("127.0.0.2")
    yield state
    state.server.shutdown()
    state.server.server_close()


@pytest.fixture
def second_site() -> Iterator[HostileServer]:
    """Another server on 127.0.0.1, on a port of its own: another site, with its own
    robots.txt."""
    state = make_server()
    yield state
    state.stop.set()
    state.server.shutdown()
    state.server.server_close()


@pytest.fixture
def loopback() -> tuple[ipaddress.IPv4Network, ...]:
    """The allow-list that lets the poller reach the test servers on 127.0.0.1."""
    return LOOPBACK
