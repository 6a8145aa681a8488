"""TimeBank's conventions for news text, one test per class of expression they settle."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import triples


def test_a_fiscal_year_is_valued_as_its_year() -> None:
    found = triples("The retailer expects lower margins in fiscal 2026 than in fiscal year 2025.")
    assert ("fiscal 2026", "DATE", "2026") in found
    assert ("fiscal year 2025", "DATE", "2025") in found


def test_a_frequency_word_that_qualifies_an_amount_is_no_time() -> None:
    assert triples("The board raised its quarterly dividend by two cents.") == []
    assert triples("The mill will turn out some 4,000 tonnes annually.") == []
    assert triples("Analysts expect revenue to grow 7% annually.") == []


def test_a_frequency_word_of_an_event_is_a_set() -> None:
    assert triples("The committee reviews the figures quarterly.") == [("quarterly", "SET", "P3M")]
    assert triples("Pilgrims gather at the shrine annually.") == [("annually", "SET", "P1Y")]


def test_soon_that_orders_events_is_no_time() -> None:
    assert triples("The ferry sank soon after it left the harbour.") == []
    assert triples("The striker was soon sold to a rival club.") == []


def test_soon_that_looks_ahead_is_a_future_reference() -> None:
    assert triples("The council may soon raise parking fees.") == [("soon", "DATE", "FUTURE_REF")]


def test_recent_years_is_a_vague_span_up_to_now() -> None:
    found = triples("Fares have climbed in recent years and again in recent weeks.")
    assert found == [("recent years", "DURATION", "PXY"), ("recent weeks", "DURATION", "PXW")]
    assert triples("He recently moved abroad.") == [("recently", "DATE", "PAST_REF")]


def test_days_later_is_a_span_with_later_its_signal() -> None:
    assert triples("The dam burst, and two days later the valley flooded.") == [
        ("two days", "DURATION", "P2D")
    ]
    assert triples("A few hours later the rescue team arrived.") == [
        ("A few hours", "DURATION", "PTXH")
    ]


def test_the_weeks_ahead_is_a_vague_span_from_now() -> None:
    assert triples("Traders expect thin volumes in the weeks ahead.") == [
        ("the weeks ahead", "DURATION", "PXW")
    ]
    assert triples("She planned ahead of the vote.") == []


def test_a_period_extended_through_a_month_ends_ahead() -> None:
    found = triples(
        "The bank had extended a loan to the firm through January.", dt.date(2025, 10, 26)
    )
    assert found == [("January", "DATE", "2026-01")]


def test_a_fronted_time_follows_the_main_verb_however_far() -> None:
    text = (
        "In March, a week after the second anniversary of the founding of the museum in "
        "the old harbour district, a fire gutted its east wing."
    )
    assert triples(text, dt.date(2025, 10, 26))[0] == ("March", "DATE", "2025-03")


def test_a_decade_named_by_two_digits_is_the_latest_one_begun() -> None:
    assert triples("Junk bonds boomed in the '80s.", dt.date(1989, 10, 26)) == [
        ("the '80s", "DATE", "198")
    ]
    assert triples("Flappers danced through the '20s.", dt.date(2012, 5, 2)) == [
        ("the '20s", "DATE", "192")
    ]
    assert triples("Rates may climb through the '20s.", dt.date(2025, 5, 2)) == [
        ("the '20s", "DATE", "202")
    ]
