"""When to poll a feed next: its interval, what the server asked for, backoff on failure."""

from __future__ import annotations

from datetime import datetime, timedelta

# Never wait longer than this, whatever a server or the backoff says.
LONGEST_WAIT = timedelta(days=1)


def next_poll_after_success(
    now: datetime, interval: timedelta, *, max_age: float | None = None
) -> datetime:
    """The feed's interval, or longer if ``Cache-Control: max-age`` asks for it."""
    wait = interval
    if max_age:
        wait = max(wait, min(timedelta(seconds=max_age), LONGEST_WAIT))
    return now + wait


def next_poll_after_failure(
    now: datetime, interval: timedelta, *, failures: int, retry_after: float | None = None
) -> datetime:
    """Exponential backoff: the interval after one failure, doubled after each further one,
    at most a day; longer if the server's ``Retry-After`` asks for it (also at most a day)."""
    backoff = min(interval * (2 ** max(0, min(failures, 20) - 1)), LONGEST_WAIT)
    wait = max(interval, backoff)
    if retry_after:
        wait = max(wait, min(timedelta(seconds=retry_after), LONGEST_WAIT))
    return now + wait
