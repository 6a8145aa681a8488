"""Title and body of an alert, in plain text (alerts/render.py makes Markdown and HTML)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Message:
    title: str
    body: str


@dataclass(frozen=True)
class CommitmentView:
    """What a message needs to know about a commitment (decoupled from the ORM row)."""

    what: str
    due_on: date | None
    status: str
    previous_due_on: date | None
    actors: tuple[str, ...]
    evidence: str
    source_url: str | None
    confidence: float
    previous_status: str | None = None
    dissent: tuple[tuple[date, int], ...] = ()  # other dates feeds give, with their votes


def countdown(due: date, today: date) -> str:
    """``in 3 days, Thu 2025-10-30``; ``today``, ``tomorrow`` or ``2 days ago`` near the edges."""
    days = (due - today).days
    when = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days)
    if when is None:
        when = f"in {days} days" if days > 0 else f"{-days} days ago"
    return f"{when}, {due.strftime('%a')} {due.isoformat()}"


def _due_phrase(view: CommitmentView, today: date) -> str:
    return countdown(view.due_on, today) if view.due_on else "no date given"


def _one_line(text: str) -> str:
    """Feed text on one line: a headline cannot add lines that pass for our own."""
    return " ".join(text.split())


def _reason_line(view: CommitmentView, reason: str, detail: str | None) -> str:
    if reason == "new":
        return "new commitment"
    if reason == "lead_time":
        return f"lead time {detail} reached" if detail else "lead time reached"
    if reason == "overdue":
        return "due date passed with no report"
    if reason == "disputed":
        return "feeds disagree on the date"
    moved = view.previous_due_on is not None and view.previous_due_on != view.due_on
    status_changed = view.previous_status is not None and view.previous_status != view.status
    if moved and status_changed:
        return f"date moved and status changed to {view.status}"
    if moved:
        return "date moved"
    return f"status changed to {view.status}"


def compose(view: CommitmentView, reason: str, today: date, detail: str | None = None) -> Message:
    """The message for one reason: ``new``, ``changed``, ``lead_time`` (detail: the lead)
    or ``overdue`` (the due date passed and no article said what happened)."""
    due = _due_phrase(view, today)
    what = _one_line(view.what)
    status = view.status.capitalize()
    if reason == "new" and view.status == "cancelled":
        title = f"Cancelled: {what} (was due {due})"
    elif reason == "new":
        title = f"{status}: {what} ({due})"
    elif reason == "changed":
        title = f"Update, now {view.status}: {what} ({due})"
    elif reason == "lead_time":
        title = f"Due {due.split(',')[0]}: {what}"
    elif reason == "overdue":
        title = f"Overdue, no report: {what} (was due {due})"
    elif reason == "disputed":
        others = ", ".join(d.isoformat() for d, _ in view.dissent) or "another date"
        title = f"Disputed: {what} ({due}; also reported: {others})"
    else:
        raise ValueError(f"unknown alert reason {reason!r}")
    lines = [
        f"Reason: {_reason_line(view, reason, detail)}",
        f"What: {what}",
        f"Due: {due}",
    ]
    if view.previous_status and view.previous_status != view.status:
        lines.append(f"Status: {view.previous_status} -> {view.status}")
    else:
        lines.append(f"Status: {view.status}")
    if view.previous_due_on and view.previous_due_on != view.due_on:
        lines.append(f"Changed: {view.previous_due_on.isoformat()} -> {view.due_on or 'no date'}")
    if view.actors:
        lines.append(f"Who: {_one_line(', '.join(view.actors))}")
    for other, votes in view.dissent:
        lines.append(
            f"Also reported: {other.isoformat()} by {votes} feed{'s' if votes != 1 else ''}"
        )
    if reason == "lead_time" and detail:
        lines.append(f"Lead time reached: {detail}")
    lines.append(f'Evidence: "{_one_line(view.evidence)}"')
    if view.source_url:
        lines.append(f"Source: {_one_line(view.source_url)}")
    lines.append(f"Confidence: {view.confidence:.2f}")
    return Message(title=title, body="\n".join(lines))


def with_key(body: str, key: str) -> str:
    """The body with the alert's key as its last line, for receivers that drop repeats."""
    return f"{body}\nAlert key: {key}"


def digest(route: str, items: Sequence[tuple[str, str, str]]) -> Message:
    """One message for several alerts of a digest route: ``items`` are (key, title, body)."""
    count = len(items)
    title = f"{count} deadline alert{'s' if count != 1 else ''} ({route})"
    blocks = []
    for position, (key, item_title, item_body) in enumerate(items, start=1):
        blocks.append(f"Alert {position}: {_one_line(item_title)}\n{item_body}\nAlert key: {key}")
    return Message(title=title, body="\n\n".join(blocks))
