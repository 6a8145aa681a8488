"""Progress of long work on a terminal: one line that updates in place, with counts and a
rate. Where standard error is not a terminal (logs, pipes, cron) or ``--quiet`` is
given, nothing is written."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TextIO

# Redraw at most this often (seconds); the first and the last count are always drawn.
EVERY = 0.1
ERASE = "\r\x1b[K"


class Progress:
    """Called as ``progress(done, total)`` (``total`` None when not known ahead)."""

    def __init__(
        self,
        what: str,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.clock = clock
        self.started = clock()
        self.drawn_at: float | None = None
        self.last: tuple[int, int | None] | None = None

    def __call__(self, done: int, total: int | None = None) -> None:
        if not self.enabled:
            return
        now = self.clock()
        self.last = (done, total)
        finished = total is not None and done >= total
        if self.drawn_at is None or finished or now - self.drawn_at >= EVERY:
            self._draw(done, total, now)

    def _draw(self, done: int, total: int | None, now: float) -> None:
        elapsed = now - self.started
        rate = f", {done / elapsed:,.0f}/s" if elapsed > 0 and done else ""
        if total:
            count = f"{done:,}/{total:,} {self.what} ({100 * done // total}%)"
        else:
            count = f"{done:,} {self.what}"
        self.stream.write(f"{ERASE}{count}{rate}, {elapsed:.1f} s")
        self.stream.flush()
        self.drawn_at = now

    def close(self) -> None:
        """Draw the last count, then clear the line for what the command prints next."""
        if not self.enabled or self.drawn_at is None:
            return
        if self.last is not None:
            self._draw(*self.last, self.clock())
        self.stream.write(ERASE)
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_for(args: argparse.Namespace, what: str) -> Progress:
    """The progress line of a command: on a terminal, unless ``--quiet`` or ``--verbose``
    (whose log lines would break it)."""
    quiet = getattr(args, "quiet", False) or getattr(args, "verbose", False)
    return Progress(what, enabled=False if quiet else None)


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress line (it is shown only when standard error is a terminal)",
    )
