"""Exports of the commitments: CSV and JSON for analysts, iCalendar for calendars.

The iCalendar export (RFC 5545, built with the ``icalendar`` library) holds one VEVENT per
dated commitment. Its UID never changes, its SEQUENCE is the commitment's version minus one
(so it rises with every change), and a cancelled, dismissed or merged commitment stays in
the file with STATUS:CANCELLED: a calendar that subscribes sees moves and cancellations.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from deadlines.store.models import Article, Commitment

FIELDS = (
    "id",
    "due_on",
    "status",
    "kind",
    "what",
    "previous_due_on",
    "actors",
    "confidence",
    "version",
    "confirmed_by",
    "source_url",
    "evidence",
    "first_seen_at",
    "updated_at",
)
UID_DOMAIN = "deadlines.local"
_CANCELLED = ("cancelled", "dismissed", "merged")
_TENTATIVE = ("expected", "proposed")


def uid_of(commitment_id: int) -> str:
    """The stable iCalendar UID of a commitment."""
    return f"commitment-{commitment_id}@{UID_DOMAIN}"


def export_rows(session: Session) -> list[dict[str, Any]]:
    """Every commitment as plain values, soonest due first, with its latest source link."""
    query = (
        select(Commitment, Article.url)
        .outerjoin(Article, Article.id == Commitment.article_id)
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    rows = []
    for row, url in session.execute(query):
        rows.append(
            {
                "id": row.id,
                "due_on": row.due_on.isoformat() if row.due_on else None,
                "status": row.status,
                "kind": row.kind,
                "what": row.what,
                "previous_due_on": row.previous_due_on.isoformat() if row.previous_due_on else None,
                "actors": list(row.actors),
                "confidence": round(row.confidence, 3),
                "version": row.version,
                "confirmed_by": row.confirmed_by,
                "source_url": url,
                "evidence": row.evidence,
                "first_seen_at": row.first_seen_at.isoformat(),
                "updated_at": row.updated_at.isoformat(),
            }
        )
    return rows


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n"


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "actors": "; ".join(row["actors"])})
    return buffer.getvalue()


def to_ics(
    rows: Sequence[dict[str, Any]], *, lead_times: Sequence[timedelta], now: datetime
) -> bytes:
    """An iCalendar file: one all-day VEVENT per dated commitment, alarms at ``lead_times``."""
    calendar = Calendar()
    calendar.add("prodid", "-//deadlines//commitments//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "deadlines: commitments")
    for row in rows:
        if not row["due_on"]:
            continue
        calendar.add_component(_event(row, lead_times, now))
    return bytes(calendar.to_ical())


def _event(row: dict[str, Any], lead_times: Sequence[timedelta], now: datetime) -> Event:
    due = datetime.fromisoformat(row["due_on"]).date()
    event = Event()
    event.add("uid", uid_of(row["id"]))
    event.add("sequence", max(0, int(row["version"]) - 1))
    event.add("dtstamp", now)
    event.add("last-modified", datetime.fromisoformat(row["updated_at"]))
    event.add("created", datetime.fromisoformat(row["first_seen_at"]))
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", row["what"])
    event.add("categories", [row["kind"]])
    event.add("status", _status(row["status"]))
    if row["source_url"]:
        event.add("url", row["source_url"])
    event.add("description", _description(row))
    if row["status"] not in _CANCELLED:
        for lead in lead_times:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{row['what']} is due on {row['due_on']}")
            alarm.add("trigger", -lead)
            event.add_component(alarm)
    return event


def _status(status: str) -> str:
    if status in _CANCELLED:
        return "CANCELLED"
    if status in _TENTATIVE:
        return "TENTATIVE"
    return "CONFIRMED"


def _description(row: dict[str, Any]) -> str:
    lines = [f"Status: {row['status']}"]
    if row["previous_due_on"]:
        lines.append(f"Previously due: {row['previous_due_on']}")
    if row["actors"]:
        lines.append(f"Actors: {', '.join(row['actors'])}")
    lines.append(f"Evidence: {row['evidence']}")
    if row["source_url"]:
        lines.append(f"Source: {row['source_url']}")
    return "\n".join(lines)
