"""Exports: CSV and JSON for analysts, an iCalendar file a calendar can subscribe to."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.cli import main
from deadlines.exports import (
    FIELDS,
    FORMULA_STARTS,
    LIST_FIELDS,
    plain_rows,
    safe_cell,
    to_csv,
    to_ics,
    to_json,
    uid_of,
)
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitments
from deadlines.store.corrections import Who, dismiss
from deadlines.store.queries import list_commitments

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
LEADS = (timedelta(days=7), timedelta(days=1))
TEXT = "The United States and China agreed that the tariff truce expires on November 10."
POSTPONED = "The United States and China postponed the expiry of the tariff truce by a year."


def _events(engine: Engine) -> dict[str, object]:
    with Session(engine) as session:
        data = to_ics(list_commitments(session), lead_times=LEADS, now=NOW)
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_ics_round_trips_uid_sequence_and_status(engine: Engine, add_article) -> None:
    add_article("wire", TEXT, title="Truce")
    jobs.extract(engine, now=NOW)
    (first,) = _events(engine).values()
    uid = str(first["UID"])
    assert int(first["SEQUENCE"]) == 0 and str(first["STATUS"]) == "CONFIRMED"
    assert first["DTSTART"].dt == date(2025, 11, 10)
    assert TEXT in str(first["DESCRIPTION"]) and "http://127.0.0.1:9/wire/1.html" in str(
        first["DESCRIPTION"]
    )
    triggers = sorted(alarm["TRIGGER"].dt for alarm in first.walk("VALARM"))
    assert triggers == [-timedelta(days=7), -timedelta(days=1)]

    add_article("evening", POSTPONED, title="Truce postponed")
    jobs.extract(engine, now=NOW + timedelta(days=1))
    moved = _events(engine)[uid]
    assert int(moved["SEQUENCE"]) == 1 and moved["DTSTART"].dt == date(2026, 11, 10)
    assert str(moved["STATUS"]) == "CONFIRMED"

    with Session(engine) as session, session.begin():
        found = Found(
            what="tariff truce ends", due=None, date_text=None, status="cancelled",
            previous_due=None, actors=("United States", "China"),
            evidence="The tariff truce was called off.", confidence=0.8, kind="truce",
            subject="tariff truce",
        )  # fmt: skip
        (event,) = record_commitments(session, [(found, None)], now=NOW + timedelta(days=2))
        assert event.change == "cancelled"
    cancelled = _events(engine)[uid]
    assert int(cancelled["SEQUENCE"]) == 2 and str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled.walk("VALARM") == []
    assert uid == uid_of(event.commitment_id)


def test_a_dismissed_commitment_is_cancelled_in_the_calendar(engine: Engine) -> None:
    found = Found(
        what="summit", due=date(2025, 12, 3), date_text="December 3", status="expected",
        previous_due=None, actors=("Japan",), evidence="A summit is expected December 3.",
        confidence=0.6, kind="meeting", subject="summit",
    )  # fmt: skip
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(found, None)], now=NOW)
    assert str(_events(engine)[uid_of(event.commitment_id)]["STATUS"]) == "TENTATIVE"
    with Session(engine) as session, session.begin():
        dismiss(session, event.commitment_id, Who("ana", NOW))
    dismissed = _events(engine)[uid_of(event.commitment_id)]
    assert str(dismissed["STATUS"]) == "CANCELLED" and int(dismissed["SEQUENCE"]) == 1


def test_csv_and_json_hold_every_commitment(engine: Engine) -> None:
    dated = Found(
        what="vote", due=date(2025, 11, 5), date_text="November 5", status="scheduled",
        previous_due=None, actors=("Senate", "House"), evidence="A vote, November 5.",
        confidence=0.7, kind="vote", subject="budget vote",
    )  # fmt: skip
    undated = Found(**{**dated.__dict__, "due": None, "kind": "ruling", "subject": "court"})
    with Session(engine) as session, session.begin():
        record_commitments(session, [(dated, None), (undated, None)], now=NOW)
    with Session(engine) as session:
        rows = plain_rows(list_commitments(session))
    assert [row["due_on"] for row in rows] == ["2025-11-05", None]
    parsed = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert list(parsed[0]) == list(FIELDS) and parsed[0]["actors"] == "House; Senate"
    assert json.loads(to_json(rows))[1]["kind"] == "ruling"
    with Session(engine) as session:
        calendar = Calendar.from_ical(to_ics(list_commitments(session), lead_times=LEADS, now=NOW))
    assert len(calendar.walk("VEVENT")) == 1  # an undated commitment cannot be an event


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://127.0.0.1/x","open")', '\'=HYPERLINK("http://127.0.0.1/x","open")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("tariffs start", "tariffs start"),
        ("2025-11-05", "2025-11-05"),
        ("", ""),
        (None, None),
        (-0.5, -0.5),
        (7, 7),
    ],
)
def test_a_cell_that_starts_like_a_formula_gets_an_apostrophe(
    cell: object, written: object
) -> None:
    assert safe_cell(cell) == written


EVIL = Found(
    what="=HYPERLINK(\"http://127.0.0.1/x\",\"open\")", due=date(2025, 11, 5),
    date_text="November 5", status="scheduled", previous_due=None,
    actors=("@Senate", "-House"), evidence="+1+2 says the vote is on November 5.",
    confidence=0.7, kind="vote", subject="budget vote",
)  # fmt: skip


def _formula_cells(text: str) -> list[str]:
    return [
        cell for row in csv.reader(io.StringIO(text)) for cell in row
        if cell.startswith(FORMULA_STARTS)
    ]  # fmt: skip


def test_every_csv_the_commands_write_neutralises_formulas(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(EVIL, None)], now=NOW)
    monkeypatch.setenv("DEADLINES_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    assert main(["export", "--format", "csv", "--output", str(tmp_path / "all.csv")]) == 0
    listed = io.StringIO()
    assert main(["list", "--format", "csv"], out=listed) == 0
    for text in ((tmp_path / "all.csv").read_text(encoding="utf-8"), listed.getvalue()):
        assert _formula_cells(text) == []
        (row,) = csv.DictReader(io.StringIO(text))
        assert row["what"] == "'" + EVIL.what and row["actors"] == "'-House; @Senate"
    (row,) = csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text(encoding="utf-8")))
    assert row["evidence"] == "'" + EVIL.evidence and row["due_on"] == "2025-11-05"
    with Session(engine) as session:  # the view's download writes through the same function
        rows = plain_rows(list_commitments(session), LIST_FIELDS)
    assert _formula_cells(to_csv(rows, LIST_FIELDS, lineterminator="\n")) == []


def test_no_other_module_writes_csv() -> None:
    """CSV is written in one place, so that every file is neutralised the same way."""
    root = Path(__file__).resolve().parents[2]
    writers = [
        path.relative_to(root).as_posix()
        for folder in ("src", "plugins", "dags")
        for path in (root / folder).rglob("*.py")
        if re.search(r"\bcsv\.(writer|DictWriter)\b|from csv import", path.read_text("utf-8"))
    ]
    assert writers == ["src/deadlines/exports.py"]
