"""Exports of commitments: CSV and JSON for analysts, iCalendar for calendars.

Every export formats rows of the read side (:mod:`deadlines.store.queries`); none queries.
The CLI (``deadlines list``, ``deadlines export``) and the Commitments view (its CSV, JSON
and iCalendar downloads) write through these functions.

The iCalendar export (RFC 5545, built with the ``icalendar`` library) holds one VEVENT per
dated commitment. Its UID never changes, its SEQUENCE is the commitment's version minus one
(so it rises with every change), and a cancelled, dismissed or merged commitment stays in
the file with STATUS:CANCELLED: a calendar that subscribes sees moves and cancellations.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event

from deadlines.store.queries import CommitmentRow

# Every column of `deadlines export`.
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
# The short listing of `deadlines list` and of the view's CSV download: the first columns
# of the export, and whether feeds dispute the date.
LIST_FIELDS = (*FIELDS[: FIELDS.index("confidence") + 1], "disputed")
UID_DOMAIN = "deadlines.local"


def uid_of(commitment_id: int) -> str:
    """The stable iCalendar UID of a commitment."""
    return f"commitment-{commitment_id}@{UID_DOMAIN}"


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)  # a status or kind as its plain text
    return value


def plain(row: CommitmentRow, fields: Sequence[str] = FIELDS, *, digits: int = 3) -> dict[str, Any]:
    """``fields`` of a row as JSON-ready values: ISO dates and instants, confidence rounded."""
    values = {name: _plain(getattr(row, name)) for name in fields}
    if "actors" in values:
        values["actors"] = list(row.actors)
    if "confidence" in values:
        values["confidence"] = round(row.confidence, digits)
    return values


def plain_rows(
    rows: Sequence[CommitmentRow], fields: Sequence[str] = FIELDS, *, digits: int = 3
) -> list[dict[str, Any]]:
    return [plain(row, fields, digits=digits) for row in rows]


def to_json(rows: Sequence[Mapping[str, Any]]) -> str:
    return json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n"


def to_csv(
    rows: Sequence[Mapping[str, Any]],
    fields: Sequence[str] = FIELDS,
    *,
    lineterminator: str = "\r\n",
) -> str:
    """CSV with a header of ``fields``; actors joined by ``; ``."""
    buffer = io.StringIO()
    write_csv(rows, buffer, fields, lineterminator=lineterminator)
    return buffer.getvalue()


def write_csv(
    rows: Sequence[Mapping[str, Any]],
    out: Any,
    fields: Sequence[str] = FIELDS,
    *,
    lineterminator: str = "\r\n",
) -> None:
    writer = csv.DictWriter(
        out, fieldnames=list(fields), extrasaction="ignore", lineterminator=lineterminator
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "actors": "; ".join(row["actors"])})


def to_ics(
    rows: Sequence[CommitmentRow],
    *,
    lead_times: Sequence[timedelta],
    now: datetime,
    name: str = "deadlines: commitments",
) -> bytes:
    """An iCalendar file: one all-day VEVENT per dated commitment, alarms at ``lead_times``;
    ``name`` is the calendar's name in a calendar app."""
    calendar = Calendar()
    calendar.add("prodid", "-//deadlines//commitments//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for row in rows:
        if row.due_on is not None:
            calendar.add_component(_event(row, lead_times, now))
    return bytes(calendar.to_ical())


def _event(row: CommitmentRow, lead_times: Sequence[timedelta], now: datetime) -> Event:
    assert row.due_on is not None
    due = row.due_on
    event = Event()
    event.add("uid", uid_of(row.id))
    event.add("sequence", max(0, row.version - 1))
    event.add("dtstamp", now)
    event.add("last-modified", row.updated_at)
    event.add("created", row.first_seen_at)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", row.what)
    event.add("categories", [str(row.kind)])
    event.add("status", row.status.ics_status)
    if row.source_url:
        event.add("url", row.source_url)
    event.add("description", _description(row))
    if row.status.ics_status != "CANCELLED":
        for lead in lead_times:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{row.what} is due on {due.isoformat()}")
            alarm.add("trigger", -lead)
            event.add_component(alarm)
    return event


def _description(row: CommitmentRow) -> str:
    lines = [f"Status: {row.status}"]
    if row.previous_due_on:
        lines.append(f"Previously due: {row.previous_due_on.isoformat()}")
    if row.actors:
        lines.append(f"Actors: {', '.join(row.actors)}")
    lines.append(f"Evidence: {row.evidence}")
    if row.source_url:
        lines.append(f"Source: {row.source_url}")
    return "\n".join(lines)
