"""robots.txt, read once per host and poll, honoured before any article page is fetched.

The rules follow RFC 9309: a robots.txt that is missing or refused (HTTP 4xx) allows
everything; one that cannot be had (a server error, a timeout, a refused address) allows
nothing, for this poll. Rules are matched for the first word of the user agent
(``deadlines``), then for ``*``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from deadlines.errors import FeedFetchError
from deadlines.feeds.fetch import FeedStatusError, FetchResult
from deadlines.feeds.transport import time_left

# robots.txt is read up to this size (RFC 9309 asks for at least 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024
Fetch = Callable[[str], FetchResult]
_LATE = "when the time of the fetch it was read for ran out"
_WAITED = "for another page when the time of this fetch ran out"


class Robots:
    """Which pages the sites' robots.txt let ``agent`` fetch; each host asked once."""

    def __init__(self, fetch: Fetch, agent: str) -> None:
        self._fetch = fetch
        self.agent = agent.split("/", 1)[0].strip() or agent
        self._rules: dict[str, Protego | None] = {}
        self._problems: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """None if ``url`` may be fetched, else why not (in plain words)."""
        origin = _origin(url)
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        # One fetch of robots.txt per host, however many pages wait for it; a page
        # redirected here waits no longer than its own time (another page may be reading
        # it within a whole limit of its own).
        left = time_left()
        if not lock.acquire(timeout=-1 if left is None else left):
            raise FeedFetchError(f"{origin}/robots.txt was still being read {_WAITED}")
        try:
            if origin in self._rules:  # a failure kept for the poll is told as it was
                rules = self._rules[origin]
            else:
                rules = self._read(origin)
                if rules is None and time_left() == 0:
                    # cut short by the time of the fetch it was made for (a page redirected
                    # here): that fetch fails, and the next page asks again
                    raise FeedFetchError(f"{origin}/robots.txt was still being read {_LATE}")
                self._rules[origin] = rules
        finally:
            lock.release()
        if rules is None:
            return self._problems[origin]
        if not rules.can_fetch(url, self.agent):
            return f"{origin}/robots.txt does not allow {self.agent} to fetch this page"
        return None

    def _read(self, origin: str) -> Protego | None:
        address = f"{origin}/robots.txt"
        try:
            result = self._fetch(address)
        except FeedStatusError as exc:
            if 400 <= exc.status < 500:
                return Protego.parse("")  # no robots.txt: everything is allowed
            self._problems[origin] = f"{address} could not be read ({exc}); pages not fetched"
            return None
        except FeedFetchError as exc:
            self._problems[origin] = f"{address} could not be read ({exc}); pages not fetched"
            return None
        return Protego.parse(result.content.decode("utf-8", errors="replace"))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
