"""Temporal expression tagging and resolution."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import SUNDAY, tag

from deadlines.extract import TemporalExpression


def one(text: str, dct: dt.date = SUNDAY) -> TemporalExpression:
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "typ", "value"),
    [
        ("Tariffs are set to start on November 1.", "November 1", "DATE", "2025-11-01"),
        ("It happened on Nov. 1, 2024.", "Nov. 1, 2024", "DATE", "2024-11-01"),
        ("The law took effect on 1 November 2023.", "1 November 2023", "DATE", "2023-11-01"),
        ("Filed 2025-11-01 at the court.", "2025-11-01", "DATE", "2025-11-01"),
        ("Due 11/01/2025.", "11/01/2025", "DATE", "2025-11-01"),
        ("Purchases fell to zero in September.", "September", "DATE", "2025-09"),
        ("The plan will be ready in March.", "March", "DATE", "2026-03"),
        ("Sales grew in 2024.", "2024", "DATE", "2024"),
        ("Profits rose last year.", "last year", "DATE", "2024"),
        ("Prices will rise next month.", "next month", "DATE", "2025-11"),
        ("The ministers met on Sunday.", "Sunday", "DATE", "2025-10-26"),
        ("The leaders will meet on Thursday.", "Thursday", "DATE", "2025-10-30"),
        ("The deal was signed yesterday.", "yesterday", "DATE", "2025-10-25"),
        ("Results come out tomorrow.", "tomorrow", "DATE", "2025-10-27"),
        ("It is due by the end of the month.", "the end of the month", "DATE", "2025-10"),
        ("Output fell in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
        ("Revenue for Q2 2024 was flat.", "Q2 2024", "DATE", "2024-Q2"),
        ("Music of the 1990s.", "the 1990s", "DATE", "199"),
        ("Prices are now higher.", "now", "DATE", "PRESENT_REF"),
        ("Rates fell recently.", "recently", "DATE", "PAST_REF"),
        ("A decision is expected soon.", "soon", "DATE", "FUTURE_REF"),
        ("The vote is at 2 p.m. today.", "2 p.m. today", "TIME", "2025-10-26T14:00"),
        ("Markets closed at 14:00 GMT.", "14:00 GMT", "TIME", "2025-10-26T14:00Z"),
        ("Talks resume tonight.", "tonight", "TIME", "2025-10-26TNI"),
        ("Postponed by a year.", "a year", "DURATION", "P1Y"),
        ("The truce lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("He began a five-day tour.", "five-day", "DURATION", "P5D"),
        ("It has been delayed for several years.", "several years", "DURATION", "PXY"),
        ("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Figures are published daily.", "daily", "SET", "P1D"),
        ("The plant closed two years ago.", "two years ago", "DATE", "2023"),
        ("The rule applies in two weeks.", "in two weeks", "DATE", "2025-W45"),
        ("Trade fell this week.", "this week", "DATE", "2025-W43"),
        ("They plan to build it this summer.", "this summer", "DATE", "2025-SU"),
        ("Output slowed in the first half of 2025.", "the first half of 2025", "DATE", "2025-H1"),
    ],
)
def test_values(text: str, span: str, typ: str, value: str) -> None:
    e = one(text)
    assert (e.text, e.type, e.value) == (span, typ, value)


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Growth should pick up in early 2026.", "START"),
        ("The talks lasted about three weeks.", "APPROX"),
        ("The dispute has lasted more than two years.", "MORE_THAN"),
        ("Payment is due by the end of the month.", "END"),
    ],
)
def test_mods(text: str, mod: str) -> None:
    assert one(text).mod == mod


def test_tense_picks_year_of_month_day() -> None:
    past = one("Officials said the ban began on December 20.")
    future = one("Officials said the ban will begin on December 20.")
    assert past.value == "2024-12-20"
    assert future.value == "2025-12-20"


def test_weekday_with_date_fixes_year() -> None:
    e = one("The hearing on Friday, January 9 was adjourned.", dt.date(2026, 2, 1))
    assert e.value == "2026-01-09"


def test_modal_may_is_not_a_month() -> None:
    assert tag("Officials may decide later in the day to act.") == [] or all(
        e.value != "2025-05" for e in tag("Officials may decide later in the day to act.")
    )


def test_money_is_not_a_year() -> None:
    assert tag("The company paid $2025 in fees and 2030 units shipped.")[0].text == "2030"


def test_later_this_week_read_on_sunday_looks_ahead() -> None:
    assert one("The leaders meet later this week.").value == "2025-W44"


def test_to_dict_round_trip() -> None:
    d = one("The ban starts on November 1.").to_dict()
    assert d == {
        "start": 18,
        "end": 28,
        "text": "November 1",
        "type": "DATE",
        "value": "2025-11-01",
        "mod": None,
    }
