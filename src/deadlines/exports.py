"""Exports of commitments: CSV and JSON for analysts, iCalendar for calendars.

Every export formats rows of the read side (:mod:`deadlines.store.queries`); none queries.
The CLI (``deadlines list``, ``deadlines export``) and the Commitments view (its CSV, JSON
and iCalendar downloads) write through these functions.

Every CSV (``deadlines list --format csv``, ``deadlines export --format csv``, the view's
download) is written by :func:`write_csv`, which makes each text cell that a spreadsheet
would read as a formula start with an apostrophe.

The iCalendar export (RFC 5545) is written line by line here, several times faster than
through the ``icalendar`` library's objects (the tests read it back with that library); a
calendar of many commitments is asked for again and again. It holds one VEVENT per dated
commitment. Its UID never changes, its SEQUENCE is the commitment's version minus one
(so it rises with every change), and a cancelled, dismissed or merged commitment stays in
the file with STATUS:CANCELLED: a calendar that subscribes sees moves and cancellations.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

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


# A cell a spreadsheet would read as a formula (or whose leading tab or carriage return
# would hide one) starts with one of these; OWASP's rule for CSV injection.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a text that starts like a formula gets a
    leading apostrophe (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``); numbers, dates
    written as ISO text, empty cells and other text are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


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
    """Every CSV the project writes goes through here: a header of ``fields``, actors joined
    by ``; ``, and each text cell made safe for spreadsheets (:func:`safe_cell`)."""
    writer = csv.DictWriter(
        out, fieldnames=list(fields), extrasaction="ignore", lineterminator=lineterminator
    )
    writer.writeheader()
    for row in rows:
        cells = {**row, "actors": "; ".join(row["actors"])}
        writer.writerow({name: safe_cell(value) for name, value in cells.items()})


def to_ics(
    rows: Sequence[CommitmentRow],
    *,
    lead_times: Sequence[timedelta],
    now: datetime,
    name: str = "deadlines: commitments",
) -> bytes:
    """An iCalendar file: one all-day VEVENT per dated commitment, alarms at ``lead_times``;
    ``name`` is the calendar's name in a calendar app."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//deadlines//commitments//EN",
        "CALSCALE:GREGORIAN",
        _fold(f"X-WR-CALNAME:{_text(name)}"),
    ]
    stamp = _instant(now)
    triggers = [_before(lead) for lead in lead_times]
    for row in rows:
        if row.due_on is not None:
            lines += _event(row, triggers, stamp)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def _event(row: CommitmentRow, triggers: Sequence[str], stamp: str) -> list[str]:
    assert row.due_on is not None
    due, status = row.due_on, row.status.ics_status
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid_of(row.id)}",
        f"SEQUENCE:{max(0, row.version - 1)}",
        f"DTSTAMP:{stamp}",
        f"CREATED:{_instant(row.first_seen_at)}",
        f"LAST-MODIFIED:{_instant(row.updated_at)}",
        f"DTSTART;VALUE=DATE:{_day(due)}",
        f"DTEND;VALUE=DATE:{_day(due + timedelta(days=1))}",
        "TRANSP:TRANSPARENT",
        _fold(f"SUMMARY:{_text(row.what)}"),
        _fold(f"CATEGORIES:{_text(str(row.kind))}"),
        f"STATUS:{status}",
    ]
    if row.source_url:
        lines.append(_fold(f"URL:{_uri(row.source_url)}"))
    lines.append(_fold(f"DESCRIPTION:{_text(_description(row))}"))
    if status != "CANCELLED":
        reminder = _fold(f"DESCRIPTION:{_text(f'{row.what} is due on {due.isoformat()}')}")
        for trigger in triggers:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", reminder, f"TRIGGER:{trigger}",
                      "END:VALARM"]  # fmt: skip
    lines.append("END:VEVENT")
    return lines


# Control characters are not allowed in a value (RFC 5545, 3.1): they are dropped. In TEXT
# (3.3.11) a tab stays, a backslash, semicolon and comma are escaped, and a line break is
# written as \n.
_CONTROLS: dict[int, str | None] = {code: None for code in (*range(0x20), 0x7F)}
_TEXT: dict[int, str | None] = _CONTROLS | {
    ord("\t"): "\t",
    ord("\\"): "\\\\",
    ord(";"): "\\;",
    ord(","): "\\,",
    ord("\n"): "\\n",
}


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_TEXT)


def _uri(value: str) -> str:
    return value.translate(_CONTROLS)


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _before(lead: timedelta) -> str:
    """The TRIGGER of an alarm ``lead`` before the start, as an RFC 5545 duration (whole
    seconds, rounded away from the start: a lead is never written as none)."""
    seconds = math.ceil(abs(lead.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, rest = divmod(rest, 60)
    # dur-time is H[M[S]], M[S] or S: a minute is written between hours and seconds
    clock = (
        (f"{hours}H" if hours else "")
        + (f"{minutes}M" if minutes or (hours and rest) else "")
        + (f"{rest}S" if rest else "")
    )
    period = (f"{days}D" if days or not clock else "") + (f"T{clock}" if clock else "")
    return ("-" if lead > timedelta(0) else "") + "P" + period


def _fold(line: str) -> str:
    """A content line folded to 75 octets a line (RFC 5545, 3.1), never inside a UTF-8
    sequence; each continuation begins with a space."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        parts.append(data[start:end].decode())
        start, limit = end, 74
    return "\r\n ".join(parts)


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
