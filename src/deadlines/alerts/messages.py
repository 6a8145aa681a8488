"""Title and body of an alert, in plain text."""

from __future__ import annotations

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


def countdown(due: date, today: date) -> str:
    """``in 3 days, Thu 2025-10-30``; ``today``, ``tomorrow`` or ``2 days ago`` near the edges."""
    days = (due - today).days
    when = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(days)
    if when is None:
        when = f"in {days} days" if days > 0 else f"{-days} days ago"
    return f"{when}, {due.strftime('%a')} {due.isoformat()}"


def _due_phrase(view: CommitmentView, today: date) -> str:
    return countdown(view.due_on, today) if view.due_on else "no date given"


def compose(view: CommitmentView, reason: str, today: date, detail: str | None = None) -> Message:
    """The message for one reason: ``new``, ``changed`` or ``lead_time`` (detail: the lead)."""
    due = _due_phrase(view, today)
    status = view.status.capitalize()
    if reason == "new" and view.status == "cancelled":
        title = f"Cancelled: {view.what} (was due {due})"
    elif reason == "new":
        title = f"{status}: {view.what} ({due})"
    elif reason == "changed":
        title = f"Update, now {view.status}: {view.what} ({due})"
    elif reason == "lead_time":
        title = f"Due {due.split(',')[0]}: {view.what}"
    else:
        raise ValueError(f"unknown alert reason {reason!r}")
    lines = [
        f"What: {view.what}",
        f"Due: {due}",
        f"Status: {view.status}",
    ]
    if view.previous_due_on and view.previous_due_on != view.due_on:
        lines.append(f"Changed: {view.previous_due_on.isoformat()} -> {view.due_on or 'no date'}")
    if view.actors:
        lines.append(f"Who: {', '.join(view.actors)}")
    if reason == "lead_time" and detail:
        lines.append(f"Lead time reached: {detail}")
    lines.append(f'Evidence: "{view.evidence}"')
    if view.source_url:
        lines.append(f"Source: {view.source_url}")
    lines.append(f"Confidence: {view.confidence:.2f}")
    return Message(title=title, body="\n".join(lines))
