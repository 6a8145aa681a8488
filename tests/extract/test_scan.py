"""The trigger prefilter finds exactly the matches a scan of the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from deadlines.extract import scan
from deadlines.extract.timex import RULES, Rule

FIXTURE = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"

SAMPLES = [
    "On Wednesday, the 30th of September, 2025, the board met; Q3 2024 sales fell 3% from "
    "the fourth quarter of fiscal year 2023, and in the early 1990s and the 21st century.",
    "The truce, which began at 11:30 p.m. ( GMT + 8 ) on Friday night, lasted more than "
    "twenty-five consecutive business days, then two and a half years; about 40 minutes ago.",
    "Every other Monday, twice a month and annually, the fund reports; on Sundays and "
    "Sunday nights in 2013 it stays shut. Christmas Day 2025 and New Year's Eve too.",
    "By the end of the month, or early next year, or later this week, or the day after "
    "tomorrow, or this weekend, in the near future, the time being, recently, now.",
    "Filed 2025-11-01T10:30 and 11/01/2025; March 2025, May of 2024, October of next year, "
    "mid-2011, the very beginning of the year, 1630 GMT, noon, midnight, H1 2026.",
    "May the mayor march in March? Dismay at 2030 units, $2025, 12% in 1999 and 2001; a "
    "freefall in the fall, springs in spring, a yearly review of years.",
]


def _texts() -> list[str]:
    texts = list(SAMPLES)
    report = FIXTURE / "us-china-trade-talks.txt"
    if report.is_file():
        texts.append(report.read_text(encoding="utf-8"))
    texts.append(" ".join(SAMPLES))
    return texts


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.handler.__name__)
def test_windows_find_every_match_of_a_full_scan(rule: Rule) -> None:
    for text in _texts():
        found = scan.triggers(text)
        full = [m.span() for m in rule.pattern.finditer(text) if m.end() > m.start()]
        windowed = [
            m.span()
            for m in scan.finditer(rule.pattern, text, scan.windows(text, found, rule.trigger))
            if m.end() > m.start()
        ]
        assert windowed == full


def test_triggers_classify_years_and_numbers() -> None:
    found = scan.triggers("In 2025 about 40 of 1999 and 1400 units.")
    assert found[scan.YEAR] == [(3, 7), (20, 24)]
    assert (14, 16) in found[scan.NUMBER] and (29, 33) in found[scan.NUMBER]


def test_windows_merge_and_end_on_a_word_boundary() -> None:
    text = "aa May bb June cc " + "x" * 200 + " July tail"
    found = scan.triggers(text)
    spans = list(scan.windows(text, found, scan.Trigger(frozenset({"may", "june", "july"}), 2, 5)))
    assert len(spans) == 2
    lo, hi = spans[0]
    assert lo == 1 and text[hi - 1].isalnum() and not text[hi].isalnum()
