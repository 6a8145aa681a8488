"""One function per pipeline step. DAG tasks and CLI commands are thin over these.

Each step takes what it needs (an engine, the feeds, a notifier, ``now``) and can run
twice for the same moment with the same result.

A step's module is imported when one of its names is first asked for, so that polling
does not load the extractor or apprise, nor extracting the HTTP client.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deadlines.alerts.dispatch import SendReport
    from deadlines.jobs.alerting import plan_alerts, send
    from deadlines.jobs.extraction import ExtractReport, extract
    from deadlines.jobs.polling import PollOptions, PollReport, poll

_HOMES = {
    "SendReport": "deadlines.alerts.dispatch",
    "plan_alerts": "deadlines.jobs.alerting",
    "send": "deadlines.jobs.alerting",
    "ExtractReport": "deadlines.jobs.extraction",
    "extract": "deadlines.jobs.extraction",
    "PollOptions": "deadlines.jobs.polling",
    "PollReport": "deadlines.jobs.polling",
    "poll": "deadlines.jobs.polling",
}

__all__ = [
    "ExtractReport",
    "PollOptions",
    "PollReport",
    "SendReport",
    "extract",
    "plan_alerts",
    "poll",
    "send",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
