"""One function per pipeline step. DAG tasks and CLI commands are thin over these.

Each step takes what it needs (an engine, the feeds, a notifier, ``now``) and can run
twice for the same moment with the same result.
"""

from deadlines.alerts.dispatch import SendReport
from deadlines.jobs.alerts import plan_alerts, send
from deadlines.jobs.extract import ExtractReport, extract
from deadlines.jobs.poll import PollOptions, PollReport, poll

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
