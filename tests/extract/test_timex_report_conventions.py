"""Conventions of news reports the tagger follows: what a possessive weekday, a period's
closing day or an approximate span says about the time it names."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import triples

MONDAY = dt.date(2025, 10, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The notes are convertible at a premium over Thursday's closing price.",
            ("Thursday", "DATE", "2025-10-23"),
        ),
        ("Analysts are still weighing Saturday's vote.", ("Saturday", "DATE", "2025-10-25")),
        ("Friday's vote will settle the matter.", ("Friday", "DATE", "2025-10-31")),
    ],
)
def test_a_possessive_weekday_is_a_day_gone_by_unless_told_as_to_come(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, MONDAY)
