"""Smaller forms of TIMEX3 expressions: times of day with their dates, amounts of time,
conjunctions and names that only look like times, fractions and halves."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import tag, triples

from deadlines.extract import find_temporal_expressions

THURSDAY = dt.date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "New duties apply from 12:01 a.m. on November 10.",
            [("12:01 a.m. on November 10", "TIME", "2025-11-10T00:01")],
        ),
        (
            "On March 2 at 6:30 p.m. the polls close.",
            [("March 2 at 6:30 p.m.", "TIME", "2026-03-02T18:30")],
        ),
        # after a comma the date stands on its own, and still dates the time
        (
            "Bids are due by 5 p.m. EST, Dec. 4, the agency said.",
            [("5 p.m. EST", "TIME", "2025-12-04T17:00"), ("Dec. 4", "DATE", "2025-12-04")],
        ),
    ],
)
def test_a_time_of_day_belongs_to_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


def test_a_colon_after_a_date_is_punctuation() -> None:
    text = "The paper said in an editorial on Tuesday, Nov. 4: the vote matters."
    assert triples(text) == [("Tuesday, Nov. 4", "DATE", "2025-11-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before" opening a clause is a conjunction: "the day" alone is the time meant
        ("She left on May 2, the day before the jury met.", ["May 2"]),
        ("Sales fell 5% from the year before.", ["the year before"]),
        # "later" before the day it modifies is no reference of its own
        ("Later Friday the pact was signed.", ["Friday"]),
        ("Prices may rise later.", ["later"]),
        # "later" in a tale of the past orders its events, and "or later" is the open end
        # of the date before it: neither is a time of its own
        ("The mayor resigned and later joined a bank.", []),
        ("Later, the pilots asked for a new heading.", []),
        ("The clerk spoke to reporters later, outside the court.", []),
        ("No profit is seen before 2031 or later.", ["2031"]),
        ("The board will settle it at a later date.", ["later"]),
        ("The board said a vote was expected later.", ["later"]),
        # an abbreviated month before a capitalised word is a first name
        ("Foreign minister Jan Novak flew in.", []),
        ("Rates rose in Jan and fell in Feb.", ["Jan", "Feb"]),
    ],
)
def test_conjunctions_and_names_are_not_read_as_times(text: str, expected: list[str]) -> None:
    assert [e.text for e in tag(text)] == expected


def test_a_quoted_title_is_no_time() -> None:
    text = 'The envoy told CBS\'s "Face The Nation" and ABC\'s "This Week" on Sunday.'
    assert [e.text for e in tag(text)] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refugees waited 3 1/2 years.", ("3 1/2 years", "DURATION", "P3Y6M")),
        ("The flight took 7 1/2 hours.", ("7 1/2 hours", "DURATION", "PT7H30M")),
        ("Talks may drag on for a couple of weeks.", ("a couple of weeks", "DURATION", "P2W")),
        ("The fair opens each August.", ("each August", "SET", "XXXX-08")),
        ("Turnout hit its lowest in decades.", ("decades", "DURATION", "PXY")),
        ("The index gave up the gain in just minutes.", ("minutes", "DURATION", "PTXM")),
        ("The bank failed a day after the run began.", ("a day", "DURATION", "P1D")),
    ],
)
def test_amounts_of_time(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


def test_the_dateline_dates_what_follows_it() -> None:
    text = "Shares swing\nMarch 2, 2026\nShares fell at the start of the day, then rallied."
    found = triples(text, dt.date(2026, 3, 9))
    assert found == [("the start of the day", "DATE", "2026-03-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit was $5 billion, $2 billion more than the year previous.",
            ("the year previous", "DATE", "2024"),
        ),
        ("Wages stalled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("The fund paid $ 3.2025 per unit.", None),
        (
            "The court filing came at 09:00 UTC Monday.",
            ("09:00 UTC Monday", "TIME", "2025-10-20T09:00Z"),
        ),
    ],
)
def test_small_forms(text: str, expected: tuple[str, str, str] | None) -> None:
    assert triples(text, THURSDAY) == ([expected] if expected else [])


def test_in_after_an_ordinal_is_a_span_not_a_date() -> None:
    assert triples("It was the third outage in two weeks.") == [("two weeks", "DURATION", "P2W")]


def test_last_before_a_month_and_day_is_no_month_of_its_own() -> None:
    found = triples("The doctor was shot last Oct. 23 at his home.", dt.date(2026, 4, 19))
    assert found == [("Oct. 23", "DATE", "2025-10-23")]


def test_a_time_before_a_weekday_and_date_after_commas_takes_that_date() -> None:
    text = "Bids are due by noon, Friday, January 9, 2026."
    assert triples(text) == [
        ("noon", "TIME", "2026-01-09T12:00"),
        ("Friday, January 9, 2026", "DATE", "2026-01-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of something is no span of time
        ("The island buys about three-quarters of its grain abroad.", []),
        ("Pension funds own more than a quarter of the bonds.", []),
        ("It will shut 120, or about a quarter , of its branches.", []),
        # a number of quarters of something is
        ("The economy shrank for two straight quarters of falling output.", ["P2Q"]),
        ("Profit fell in a quarter of 2024.", ["P1Q", "2024"]),
    ],
)
def test_a_quarter_of_something_is_a_fraction(text: str, expected: list[str]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [e.value for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first part of a compound modifier names no time of its own
        ("Workers left the now-shuttered mill.", []),
        ("Crowds filled the soon-to-open arena.", []),
        # a dash that ends the phrase does not join a compound
        ("Prices are low now-- for a while.", ["PRESENT_REF"]),
    ],
)
def test_a_reference_word_in_a_compound_modifier_is_no_time(text: str, expected: list[str]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [e.value for e in found if e.text in {"now", "soon"}] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" after a modal is the verb: the span is the amount alone
        ("The walkout will last two days.", ("two days", "DURATION", "P2D")),
        ("Repairs should last a month.", ("a month", "DURATION", "P1M")),
        ("Rain fell in the last two days.", ("the last two days", "DURATION", "P2D")),
        # "one day" after a modal or its subject: some day to come
        ("The port will one day handle twice the traffic.", ("one day", "DATE", "FUTURE_REF")),
        ("The audit took one day.", ("one day", "DURATION", "P1D")),
    ],
)
def test_last_as_a_verb_and_one_day_as_some_day(text: str, expected: tuple[str, str, str]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [(e.text, e.type, e.value) for e in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the day the text speaks of: of the day named before
        (
            "Shares slid Friday. Traders sold hard in the morning to lock in gains.",
            [("Friday", "2025-10-17"), ("the morning", "2025-10-17TMO")],
        ),
        ("The index climbed in afternoon trading.", [("afternoon", "2025-10-20TAF")]),
        ("Rain set in during the early evening.", [("the early evening", "2025-10-20TEV")]),
        # a clock hour told by the part of the day
        ("The convoy leaves at 5 in the morning.", [("5 in the morning", "2025-10-20T05:00")]),
        ("Polls close at 8 in the evening.", [("8 in the evening", "2025-10-20T20:00")]),
        # a clock time at the end of a sentence or before a comma
        ("The hearing opens at 14:30.", [("14:30", "2025-10-20T14:30")]),
        ("The hearing opens at 09:15, the clerk said.", [("09:15", "2025-10-20T09:15")]),
        ("The ratio stood at 14:30.5 by then.", []),
    ],
)
def test_parts_of_the_day_and_clock_hours(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [(e.text, e.value) for e in found if e.text != "then"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bids dried up by mid-afternoon yesterday.", ("mid-afternoon yesterday", "2025-10-19TAF")),
        ("Crews worked late evening today.", ("late evening today", "2025-10-20TEV")),
    ],
)
def test_a_part_of_the_day_before_its_day(text: str, expected: tuple[str, str]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [(e.text, e.value) for e in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote took half an hour.", ("half an hour", "PT30M")),
        ("The vote took an hour and a half.", ("an hour and a half", "PT1H30M")),
        ("The audit took a day and a half.", ("a day and a half", "P1DT12H")),
        ("The audit took half a day.", ("half a day", "PT12H")),
        ("The repairs took half a year.", ("half a year", "P6M")),
        ("The repairs took two and a half years.", ("two and a half years", "P2Y6M")),
    ],
)
def test_half_a_unit(text: str, expected: tuple[str, str]) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 20))
    assert [(e.text, e.value) for e in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sank on Monday. Divers reached it the next morning.",
            ("the next morning", "TIME", "2025-10-21TMO"),
        ),
        (
            "The votes were counted on Oct. 2 and the result read out the following evening.",
            ("the following evening", "TIME", "2025-10-03TEV"),
        ),
    ],
)
def test_a_part_of_the_next_day_counts_from_the_day_in_context(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, THURSDAY)


def test_an_approximate_time_ago_is_marked_approximate() -> None:
    found = tag("The council chose the site a week or so ago.", THURSDAY)
    assert [(e.text, e.value, e.mod) for e in found] == [("a week or so ago", "2025-W42", "APPROX")]


def test_months_a_year_back_are_one_span_of_months() -> None:
    text = "Net for the year-earlier nine months included a one-off gain."
    assert triples(text, THURSDAY) == [("the year-earlier nine months", "DURATION", "P9M")]


def test_march_or_may_before_the_noun_it_dates_is_the_month() -> None:
    text = "The May elections will come before the March accession of the two states."
    assert ("May", "DATE", "2026-05") in triples(text, THURSDAY)
    assert ("March", "DATE", "2026-03") in triples(text, THURSDAY)
    # a march, and a surname, are no month
    for other in ("Crowds joined the March on the capital.", "The May government fell."):
        assert triples(other, THURSDAY) == []
