"""Ground truth on the project's reference news report (shared fixture)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deadlines.extract import extract_commitments

FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures"
REPORT = FIXTURES / "us-china-trade-talks.txt"
PUBLISHED = dt.date(2025, 10, 26)


@pytest.fixture(scope="module")
def commitments() -> list:
    if not REPORT.is_file():
        pytest.skip(f"shared fixture not found at {REPORT} (folder shared/fixtures beside repo)")
    return extract_commitments(REPORT.read_text(encoding="utf-8"), PUBLISHED)


def test_tariffs_cancelled(commitments: list) -> None:
    hits = [c for c in commitments if c.kind == "tariff" and c.due == dt.date(2025, 11, 1)]
    assert hits, commitments
    assert hits[0].status == "cancelled"
    assert "100%" in hits[0].subject
    assert "United States" in hits[0].actors or "China" in hits[0].actors


def test_meeting_on_thursday_scheduled(commitments: list) -> None:
    hits = [c for c in commitments if c.kind == "meeting" and c.due == dt.date(2025, 10, 30)]
    assert hits and hits[0].status == "scheduled"
    assert {"Donald Trump", "Xi Jinping"} <= set(hits[0].actors)
    assert hits[0].date_text == "Thursday"


def test_truce_expiry(commitments: list) -> None:
    hits = [c for c in commitments if c.kind == "truce" and c.due == dt.date(2025, 11, 10)]
    assert hits and hits[0].status in {"scheduled", "expected"}


def test_licensing_postponed_by_a_year(commitments: list) -> None:
    hits = [c for c in commitments if c.status == "postponed" and c.shift == "P1Y"]
    assert hits
    assert hits[0].due is None
    assert "licensing" in hits[0].subject
    assert "China" in hits[0].actors


def test_past_events_are_not_commitments(commitments: list) -> None:
    for c in commitments:
        if c.due in {dt.date(2025, 10, 26), dt.date(2025, 9, 1), dt.date(2025, 9, 30)}:
            assert c.status == "occurred", c
        assert c.status in {"occurred", "cancelled"} or c.due is None or c.due >= PUBLISHED


def test_to_dict_is_json_ready(commitments: list) -> None:
    import json

    for c in commitments:
        d = c.to_dict()
        json.dumps(d)
        assert d["due"] is None or isinstance(d["due"], str)
        assert 0.0 <= d["confidence"] <= 1.0
