"""A feed served on 127.0.0.1 whose articles are dated now: for the cluster and the latency bench.

The articles are written for this project; their dates are computed from the moment they
are published, so the pipeline treats them as live news.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


def _day(moment: datetime) -> str:
    return f"{moment.strftime('%B')} {moment.day}"


def announcement(number: int, now: datetime) -> tuple[str, str, str, str]:
    """The ``number``-th article announcing a dated commitment: guid, title, text, and a
    phrase of its text that an alert about it quotes."""
    due = _day(now + timedelta(days=3 + number % 20))
    title, text, marker = ANNOUNCEMENTS[number % len(ANNOUNCEMENTS)]
    return f"live-{number}-{int(now.timestamp())}", title, text.format(due=due), marker


# Distinct commitments (title, text with the due day, a phrase the alert's evidence quotes).
ANNOUNCEMENTS = [
    (
        "Harbour inspections to tighten",
        "The harbour authority said its container inspection rule will take effect on {due}.",
        "container inspection rule",
    ),
    (
        "Council to vote on transit budget",
        "The city council is scheduled to vote on the new transit budget on {due}.",
        "transit budget",
    ),
    (
        "Nordic finance ministers to meet",
        "The finance ministers of Norway and Iceland will meet in Oslo on {due}.",
        "Norway and Iceland",
    ),
    (
        "Ruling due on fishing licences",
        "The appeals court is expected to rule on the fishing licence dispute on {due}.",
        "fishing licence",
    ),
    (
        "Plastic bag ban starts soon",
        "A ban on single-use plastic bags starts on {due}, the environment agency said.",
        "plastic bags",
    ),
    (
        "Comment period on water rule closes",
        "The deadline for public comments on the drinking water rule is {due}.",
        "drinking water rule",
    ),
]


def serve_feed(render: Callable[[], bytes], port: int = 0) -> ThreadingHTTPServer:
    """Serve what ``render`` returns as an RSS document on 127.0.0.1, in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            body = render()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class LiveFeed:
    """An RSS feed in memory; ``add`` publishes a new entry, the server serves the current list."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[str, str, str, datetime]] = []
        self._server: ThreadingHTTPServer | None = None

    def add(self, guid: str, title: str, text: str, published: datetime | None = None) -> None:
        with self._lock:
            self._items.append((guid, title, text, published or datetime.now(UTC)))

    def add_deadline(self, number: int, now: datetime | None = None) -> str:
        """Publish a new article announcing a distinct dated commitment; returns a phrase of
        its text that an alert about it quotes."""
        now = now or datetime.now(UTC)
        guid, title, text, marker = announcement(number, now)
        self.add(guid, title, text, now)
        return marker

    def render(self) -> bytes:
        with self._lock:
            items = list(self._items)
        entries = "".join(
            f"<item><title>{escape(title)}</title><guid isPermaLink='false'>{escape(guid)}</guid>"
            f"<link>http://127.0.0.1/live/{escape(guid)}</link>"
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{escape(text)}</description></item>"
            for guid, title, text, published in items
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Live desk</title><link>http://127.0.0.1/live</link>{entries}</channel></rss>"
        ).encode()

    def serve(self) -> str:
        """Start serving on a free loopback port; returns the feed's URL."""
        self._server = serve_feed(self.render)
        return f"http://127.0.0.1:{self._server.server_address[1]}/live.xml"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
