"""Every job receives ``now``; this checks it is an aware instant and gives it in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)
