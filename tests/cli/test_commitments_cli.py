"""The commitment commands at a terminal: list, show, history, correct, merge, dismiss, export."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from deadlines.cli import main
from deadlines.extract import Commitment as Found
from deadlines.store import make_engine, migrate
from deadlines.store.commitments import record_commitments

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, int]]:
    """A SQLite store with two commitments, reached through DEADLINES_* settings."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", url)
    monkeypatch.setenv("DEADLINES_LEAD_TIMES", "7d,1d")
    engine = make_engine(url)
    migrate(engine)
    truce = Found(
        what="tariff truce expires", due=date(2025, 11, 10), date_text="November 10",
        status="scheduled", previous_due=None, actors=("China", "United States"),
        evidence="The tariff truce expires on November 10.", confidence=0.8, kind="truce",
        subject="tariff truce",
    )  # fmt: skip
    twin = Found(**{**truce.__dict__, "actors": ("China",), "evidence": "China's truce ends."})
    with Session(engine) as session, session.begin():
        first, second = record_commitments(session, [(truce, None), (twin, None)], now=NOW)
    engine.dispose()
    yield first.commitment_id, second.commitment_id


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_list_show_and_history(store: tuple[int, int]) -> None:
    first, _ = store
    code, out = run(["list"])
    assert code == 0 and "tariff truce expires" in out and "2025-11-10" in out
    code, out = run(["show", str(first)])
    assert code == 0 and "1 sources" in out and "China, United States" in out
    assert "claims by date (1 dates)" in out and "disputed" in out
    code, out = run(["show", str(first), "--format", "json"])
    shown = json.loads(out)
    assert shown["sources"][0]["sentence"] == "The tariff truce expires on November 10."
    assert shown["claims"] == [
        {"due_on": "2025-11-10", "reports": 1, "feeds": ["?"], "statuses": ["scheduled"],
         "cues": [], "first_published": None}
    ]  # fmt: skip
    assert shown["disputed"] is False
    code, out = run(["history", str(first), "--format", "json"])
    assert [entry["change"] for entry in json.loads(out)] == ["new"]
    code, out = run(["history", str(first)])
    assert code == 0 and "extractor" in out.splitlines()[2]


def test_corrections_then_history_as_of(store: tuple[int, int]) -> None:
    first, second = store
    code, out = run(
        ["correct", str(first), "--due", "2025-11-20", "--by", "ana", "--now", "2025-10-27"]
    )
    assert code == 0 and "version 2" in out
    assert run(["merge", str(first), str(second), "--by", "ana", "--now", "2025-10-28"])[0] == 0
    code, out = run(["history", str(first), "--format", "json"])
    assert [(e["change"], e["by"]) for e in json.loads(out)] == [
        ("new", "extractor"),
        ("corrected", "ana"),
        ("merged", "ana"),
    ]
    code, out = run(["history", str(first), "--as-of", "2025-10-26T18:00", "--format", "json"])
    assert json.loads(out)["due_on"] == "2025-11-10"
    code, out = run(["dismiss", str(first), "--by", "ana", "--note", "a rumour"])
    assert code == 0
    code, out = run(["list", "--open", "--format", "json"])
    assert json.loads(out) == []


def test_export_formats(store: tuple[int, int], tmp_path: Path) -> None:
    target = tmp_path / "commitments.ics"
    assert (
        run(["export", "--format", "ics", "--output", str(target), "--now", "2025-10-26"])[0] == 0
    )
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 2 and {len(e.walk("VALARM")) for e in events} == {2}
    code, out = run(["export", "--format", "csv"])
    assert code == 0 and out.splitlines()[0].startswith("id,due_on,status")
    code, out = run(["export", "--format", "json"])
    assert len(json.loads(out)) == 2


def test_a_wrong_id_gets_a_plain_error(
    store: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["correct", "999", "--status", "cancelled"])[0] == 2
    assert "there is no commitment 999" in capsys.readouterr().err
    assert run(["correct", "1", "--status", "gone"])[0] == 2
    assert "unknown status 'gone'" in capsys.readouterr().err
