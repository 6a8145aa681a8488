"""``deadlines serve-calendar``: the calendars over plain HTTP, for installs without Airflow.

A small threaded server of the standard library: ``GET`` (and ``HEAD``) of
``/deadlines/calendar/SECRET.ics`` answers as the Airflow plugin does; every other path gets
the same 404. It binds 127.0.0.1 unless told otherwise: a public URL belongs behind a
reverse proxy that speaks HTTPS (docs/alerts.md). Secrets never reach the log: a logged path
shows only the start of the secret.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy import Engine

from deadlines.calendars import PATH_PREFIX
from deadlines.calendars.feed import NOT_FOUND, CalendarAnswer, answer

log = logging.getLogger(__name__)


def secret_in(path: str) -> str | None:
    """The secret of a calendar path (the query string ignored), or None."""
    path = path.split("?", 1)[0]
    if not path.startswith(PATH_PREFIX) or not path.endswith(".ics"):
        return None
    return path[len(PATH_PREFIX) : -len(".ics")]


def masked(path: str) -> str:
    """A path fit for a log: a calendar's secret cut to its first four characters."""
    secret = secret_in(path)
    return path if secret is None else f"{PATH_PREFIX}{secret[:4]}….ics"


class CalendarServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], engine: Engine, lead_times: Sequence[timedelta]
    ) -> None:
        super().__init__(address, CalendarHandler)
        self.engine = engine
        self.lead_times = tuple(lead_times)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class CalendarHandler(BaseHTTPRequestHandler):
    server: CalendarServer
    server_version = "deadlines-calendar"
    sys_version = ""

    def _answer(self) -> CalendarAnswer:
        secret = secret_in(self.path)
        if secret is None:
            return NOT_FOUND
        return answer(
            self.server.engine,
            secret,
            if_none_match=self.headers.get("If-None-Match"),
            lead_times=self.server.lead_times,
        )

    def _send(self, with_body: bool) -> None:
        try:
            found = self._answer()
        except Exception:
            log.exception("calendar %s failed", masked(self.path))
            found = CalendarAnswer(500, b"the calendar could not be read\n")
        self.send_response(found.status)
        for name, value in found.headers.items():
            self.send_header(name, value)
        if found.status != 304:
            self.send_header("Content-Length", str(len(found.body)))
        self.end_headers()
        if with_body and found.body:
            self.wfile.write(found.body)

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        self._send(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._send(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        line = format % args
        path = getattr(self, "path", "")
        if path:
            line = line.replace(path, masked(path))
        log.info("%s %s", self.address_string(), line)


def make_server(
    engine: Engine, *, host: str = "127.0.0.1", port: int = 8091, lead_times: Sequence[timedelta]
) -> CalendarServer:
    """A calendar server bound to ``host``:``port`` (port 0 picks a free one); not started."""
    return CalendarServer((host, port), engine, lead_times)
