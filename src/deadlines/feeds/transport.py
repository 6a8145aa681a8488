"""The HTTP client's network layer: resolve, check, then connect; one deadline per fetch.

httpx hands every connection (the first one and each redirect's) to ``CheckedBackend``,
which resolves the host itself, keeps only allowed addresses and connects to one of them.
Reads and writes take their timeout from the deadline of the fetch running in this
thread, so a server that drips its headers or body one byte at a time is cut off when
the fetch's whole time is spent, not only when one read stalls.
"""

from __future__ import annotations

import itertools
import logging
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx
from httpcore._backends.sync import SyncStream

from deadlines.feeds.address import Network, checked_addresses, redact_text

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every read and write of this thread's requests ends within ``seconds`` from now, or
    by the deadline already running in this thread if that comes first: a fetch made for
    another (a redirect's robots.txt) spends the other's time, never time of its own."""
    previous = getattr(_local, "deadline", None)
    end = time.monotonic() + seconds
    _local.deadline = end if previous is None else min(previous, end)
    try:
        yield
    finally:
        _local.deadline = previous


def time_left() -> float | None:
    """The seconds left before the deadline running in this thread (none left: 0), or
    None when no deadline runs."""
    end = getattr(_local, "deadline", None)
    return None if end is None else max(0.0, end - time.monotonic())


def _remaining(timeout: float | None, *, error: type[Exception]) -> float | None:
    end = getattr(_local, "deadline", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("the fetch ran out of time")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation respects the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout, error=httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, error=httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        wrapped = self._inner.start_tls(
            ssl_context, server_hostname, _remaining(timeout, error=httpcore.ConnectTimeout)
        )
        return DeadlineStream(wrapped)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class CheckedBackend(httpcore.NetworkBackend):
    """Connects only to addresses that pass the address check, and only after it."""

    def __init__(self, allow: Sequence[Network] = ()) -> None:
        self.allow = tuple(allow)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = checked_addresses(host, port, self.allow)
        timeout = _remaining(timeout, error=httpcore.ConnectTimeout)
        last: OSError | None = None
        for address in addresses:
            family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.settimeout(timeout)
                if local_address is not None:
                    sock.bind((local_address, 0))
                sock.connect((str(address), port))
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for option in socket_options or ():
                    sock.setsockopt(*option)
            except TimeoutError:
                sock.close()
                raise httpcore.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
            except OSError as exc:
                sock.close()
                last = exc
                continue
            return DeadlineStream(SyncStream(sock))
        raise httpcore.ConnectError(f"could not connect to {host}:{port}: {last}")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("feeds are not fetched over unix sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# Connections per pool. httpcore's pool looks at every connection it holds (a readiness
# check of each idle socket, a count of the idle ones for each) under one lock, when a
# request comes and when a response ends: with one pool of 48 connections the poller's
# threads spent most of a re-poll queueing for that lock.
POOL_SIZE = 8


class ShardedTransport(httpx.BaseTransport):
    """Several connection pools; each thread keeps to one, so that it reuses its pool's
    connections and meets only the few threads that share it."""

    def __init__(self, pools: Sequence[httpx.HTTPTransport]) -> None:
        self._pools = tuple(pools)
        self._local = threading.local()
        self._turn = itertools.count()

    def _pool(self) -> httpx.HTTPTransport:
        pool: httpx.HTTPTransport | None = getattr(self._local, "pool", None)
        if pool is None:
            pool = self._pools[next(self._turn) % len(self._pools)]
            self._local.pool = pool
        return pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pool().handle_request(request)

    def close(self) -> None:
        for pool in self._pools:
            pool.close()


class _RedactingFilter(logging.Filter):
    """httpx logs each request's URL at INFO; URLs there lose their query values."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_text(record.getMessage())
        record.args = None
        return True


_filter = _RedactingFilter()


class _Cookies(httpx.Cookies):
    """The client's cookie jar, which looks at an answer only when it sets a cookie:
    building the jar's view of every request and answer cost a tenth of a 304's time."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def make_client(
    user_agent: str,
    *,
    allow: Sequence[Network] = (),
    max_redirects: int = 5,
    connections: int = 64,
) -> httpx.Client:
    """The HTTP client the poller shares across feeds and threads."""
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if _filter not in target.filters:
            target.addFilter(_filter)
    shards = max(1, -(-connections // POOL_SIZE))
    size = -(-connections // shards)
    tls = httpx.create_ssl_context()  # one for all pools: loading the CA list takes a while
    pools = []
    for _ in range(shards):
        transport = httpx.HTTPTransport(
            verify=tls, limits=httpx.Limits(max_connections=size, max_keepalive_connections=size)
        )
        pool: Any = transport._pool
        pool._network_backend = CheckedBackend(allow)
        pools.append(transport)
    client = httpx.Client(
        transport=ShardedTransport(pools),
        headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=True,
        max_redirects=max_redirects,
        trust_env=False,
    )
    client._cookies = _Cookies()  # the setter would wrap it in a plain httpx.Cookies
    return client
