"""The iCalendar writer: what a calendar library reads back is what the rows hold."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from deadlines.exports import to_ics, uid_of
from deadlines.model import Status
from deadlines.store.queries import CommitmentRow

NOW = datetime(2026, 3, 2, 8, 30, 5, tzinfo=UTC)
LEADS = (timedelta(days=7), timedelta(hours=36), timedelta(minutes=90), timedelta(0))


def row(number: int, what: str, evidence: str, **changes: object) -> CommitmentRow:
    values: dict[str, object] = {
        "id": number, "key": f"k{number}", "kind": "tariff", "subject": "s", "what": what,
        "due_on": date(2026, 4, number), "status": Status("postponed"),
        "previous_due_on": date(2026, 3, 1), "date_text": "April", "actors": ["Ana, Inc.", "Bo"],
        "confidence": 0.7, "version": number, "confirmed_by": None, "merged_into_id": None,
        "evidence": evidence, "first_seen_at": datetime(2026, 1, 5, 9, tzinfo=UTC),
        "updated_at": datetime(2026, 2, 7, 23, 59, 59, 999, tzinfo=UTC), "last_seen_at": None,
        "disputed": False, "source_title": None, "source_url": "http://127.0.0.1/a?x=1,2;y",
    }  # fmt: skip
    values.update(changes)
    return CommitmentRow(**values)  # type: ignore[arg-type]


ROWS = [
    row(1, "Levies on steel; then aluminium, and \\ more " * 4, "Plain evidence."),
    row(2, "é" * 80, "Línea uno\r\nline two\rline three\nfour\ttabbed \x07bell"),
    row(3, "x" * 73 + "🗓" * 9, "日本語の文" * 30, source_url=None),
    row(4, "called off", "Gone.", status=Status("cancelled"), kind="meeting"),
    row(5, "no date", "Undated.", due_on=None),
]


def test_a_calendar_library_reads_back_every_field() -> None:
    data = to_ics(ROWS, lead_times=LEADS, now=NOW, name="team; ops, \\ east")
    assert b"\r\nX-WR-CALNAME:team\\; ops\\, \\\\ east\r\n" in data  # TEXT, escaped
    calendar = Calendar.from_ical(data)
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert list(events) == [uid_of(n) for n in (1, 2, 3, 4)]  # the undated one is no event
    for source in ROWS[:4]:
        event = events[uid_of(source.id)]
        assert str(event["SUMMARY"]) == source.what
        assert (event["DTSTART"].dt, event["DTEND"].dt) == (
            source.due_on, source.due_on + timedelta(days=1)  # type: ignore[operator]
        )  # fmt: skip
        assert int(event["SEQUENCE"]) == source.version - 1
        assert event["DTSTAMP"].dt == NOW and event["CREATED"].dt == source.first_seen_at
        assert event["LAST-MODIFIED"].dt == source.updated_at.replace(microsecond=0)
        assert str(event["STATUS"]) == source.status.ics_status
        assert event["CATEGORIES"].cats == [source.kind]
        assert event.get("URL") == source.source_url
        description = str(event["DESCRIPTION"])
        assert "Actors: Ana, Inc., Bo" in description
        assert description.endswith(f"Source: {source.source_url}" if source.source_url else "")
        triggers = [alarm["TRIGGER"].dt for alarm in event.walk("VALARM")]
        cancelled = source.status.ics_status == "CANCELLED"
        assert triggers == ([] if cancelled else [-lead for lead in LEADS])
    evidence = str(events[uid_of(2)]["DESCRIPTION"]).split("Evidence: ", 1)[1]
    assert evidence.startswith("Línea uno\nline two\nline three\nfour\ttabbed bell")


def test_lines_are_folded_at_75_octets_and_never_inside_a_character() -> None:
    data = to_ics(ROWS, lead_times=LEADS, now=NOW)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) == 75  # the long ones are folded at the limit
    for line in lines:
        line.decode("utf-8")  # raises if a fold split a character
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 10


@pytest.mark.parametrize(
    ("lead", "trigger"),
    [(timedelta(days=7), "-P7D"), (timedelta(hours=36), "-P1DT12H"),
     (timedelta(minutes=90), "-PT1H30M"), (timedelta(0), "P0D"),
     (timedelta(seconds=3605), "-PT1H0M5S"), (timedelta(milliseconds=400), "-PT1S")],
)  # fmt: skip
def test_alarms_are_written_as_durations_before_the_start(lead: timedelta, trigger: str) -> None:
    data = to_ics(ROWS[:1], lead_times=[lead], now=NOW)
    assert f"TRIGGER:{trigger}\r\n".encode() in data
