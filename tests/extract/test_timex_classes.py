"""Each class of TIMEX3 expression, its underspecified forms, references and modifiers."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import SUNDAY, tag, triples

from deadlines.extract import find_temporal_expressions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DATE: days, weeks, months, quarters, halves, seasons, years, decades, centuries
        ("The vote is on Wednesday, November 5.", ("Wednesday, November 5", "DATE", "2025-11-05")),
        ("Stocks slid last week.", ("last week", "DATE", "2025-W42")),
        ("The deal should close next week.", ("next week", "DATE", "2025-W45")),
        (
            "Margins shrank in the fourth quarter of 2024.",
            ("the fourth quarter of 2024", "DATE", "2024-Q4"),
        ),
        (
            "Hiring slowed in the second half of 2023.",
            ("the second half of 2023", "DATE", "2023-H2"),
        ),
        ("Heating bills soared last winter.", ("last winter", "DATE", "2024-WI")),
        ("Rents doubled in the 1980s.", ("the 1980s", "DATE", "198")),
        ("It was the worst slump of the 20th century.", ("the 20th century", "DATE", "19")),
        ("The pact lapses in October of next year.", ("October of next year", "DATE", "2026-10")),
        ("Accounts close at the end of fiscal 2026.", ("the end of fiscal 2026", "DATE", "2026")),
        # TIME: clock times, parts of the day
        (
            "The market opens at 9:30 a.m. tomorrow.",
            ("9:30 a.m. tomorrow", "TIME", "2025-10-27T09:30"),
        ),
        ("Talks ran late on Tuesday night.", ("Tuesday night", "TIME", "2025-10-21TNI")),
        ("The meeting is at noon on Friday.", ("noon on Friday", "TIME", "2025-10-31T12:00")),
        # DURATION, decades and centuries counted in years as ISO 8601 has no such unit
        ("The audit took six months.", ("six months", "DURATION", "P6M")),
        ("The standoff lasted 36 hours.", ("36 hours", "DURATION", "PT36H")),
        ("The talks dragged on for nearly a decade.", ("nearly a decade", "DURATION", "P10Y")),
        ("Output hit its highest level in six years.", ("six years", "DURATION", "P6Y")),
        # SET, with underspecified values
        ("The committee meets every Thursday.", ("every Thursday", "SET", "XXXX-WXX-4")),
        ("The shop shuts on Mondays.", ("Mondays", "SET", "XXXX-WXX-1")),
        ("The board sits every Sunday night.", ("every Sunday night", "SET", "XXXX-WXX-7TNI")),
        ("Figures come out monthly.", ("monthly", "SET", "P1M")),
        # references to the present, past and future
        ("Rates are now at a record.", ("now", "DATE", "PRESENT_REF")),
        ("Prices have eased lately.", ("lately", "DATE", "PAST_REF")),
        ("A ruling is due in the near future.", ("the near future", "DATE", "FUTURE_REF")),
    ],
)
def test_expression_classes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_underspecified_year_of_a_recurring_night() -> None:
    found = triples("Queues formed on Sunday nights in 2013.")
    assert ("Sunday nights", "SET", "2013-WXX-7TNI") in found
    assert ("2013", "DATE", "2013") in found


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Demand should recover in early 2026.", "START"),
        ("The bank will act by late November.", "END"),
        ("Shares peaked in mid-2024.", "MID"),
        ("The rule ends at the end of 2026.", "END"),
        ("The talks lasted about three weeks.", "APPROX"),
        ("The feud has run for more than two years.", "MORE_THAN"),
        ("The outage lasted less than an hour.", "LESS_THAN"),
        ("A decision comes within 50 days.", "EQUAL_OR_LESS"),
        ("The review needs at least six weeks.", "EQUAL_OR_MORE"),
    ],
)
def test_modifiers(text: str, mod: str) -> None:
    found = tag(text)
    assert len(found) == 1, found
    assert found[0].mod == mod


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # "met on Sunday" looks back, "will meet on Thursday" forward
        ("The envoys met on Thursday.", SUNDAY, "2025-10-23"),
        ("The envoys will meet on Thursday.", SUNDAY, "2025-10-30"),
        # written on a Monday, "on Monday" is that very day
        ("The jet is set to land on Monday.", dt.date(2025, 10, 27), "2025-10-27"),
        # "plans" as a noun is no future cue
        ("The firm announced plans Friday to cut jobs.", dt.date(2025, 10, 24), "2025-10-24"),
        # a past month stays in the past; a future one in the future
        ("Purchases fell to zero in September.", SUNDAY, "2025-09"),
        ("The plant reopens in February.", SUNDAY, "2026-02"),
        # a reporting verb in another clause does not set the tense of a participle clause
        (
            "The House voted to end the shutdown, funding the state through January 30.",
            dt.date(2025, 11, 12),
            "2026-01-30",
        ),
    ],
)
def test_tense_decides_direction(text: str, dct: dt.date, value: str) -> None:
    dated = [e for e in tag(text, dct) if e.type == "DATE"]
    assert dated[-1].value == value


def test_far_reporting_verb_does_not_set_the_year_of_a_quarter() -> None:
    text = (
        "The carmaker has announced deep cuts in its home output, resulting in the closure "
        "of ten plants during the fourth quarter."
    )
    assert triples(text, dt.date(2006, 8, 19))[-1] == ("the fourth quarter", "DATE", "2006-Q4")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The envoys met on Monday. The next day they signed the accord.",
            "The next day",
            "2025-10-21",
        ),
        (
            "The summit opened on March 3. Two weeks later the leaders issued a statement.",
            "Two weeks later",
            "2025-W12",
        ),
        (
            "The accord was signed in 2019. The following year, trade doubled.",
            "The following year",
            "2020",
        ),
        (
            "Markets fell on Friday, and the same day the index hit a low.",
            "the same day",
            "2025-10-24",
        ),
        (
            "The jet took off on Tuesday at 18:00 UTC, and landed at 21:00 UTC.",
            "21:00 UTC",
            "2025-10-21T21:00Z",
        ),
    ],
)
def test_anaphoric_expressions_count_from_the_time_in_context(
    text: str, span: str, value: str
) -> None:
    found = {e.text: e.value for e in tag(text)}
    assert found[span] == value


def test_anaphora_without_context_falls_back_to_document_date() -> None:
    assert triples("A week later the plan was dropped.")[0][2] == "2025-W44"


def test_two_years_ago_counts_from_now_not_from_context() -> None:
    found = {
        e.text: e.value for e in tag("The plant shut on March 3, 2019. It opened two years ago.")
    }
    assert found["two years ago"] == "2023"


def test_dateline_restating_the_creation_time_is_metadata() -> None:
    text = "Chip exports curbed\nMay 14, 2009\nOfficials said on Thursday the plant will close."
    found = tag(text, dt.date(2009, 5, 14))
    assert [e.text for e in found] == ["Thursday"]
    assert found[0].value == "2009-05-14"


def test_date_inside_a_sentence_is_not_a_dateline() -> None:
    text = "Talks resume on May 14, 2026 in Geneva."
    assert triples(text)[0] == ("May 14, 2026", "DATE", "2026-05-14")


def test_ordinal_second_is_not_a_duration() -> None:
    assert tag("Shares fell for a second straight day.") == []


def test_minutes_are_not_months() -> None:
    found = triples("The summit starts in 30 minutes.")
    assert found == [("30 minutes", "DURATION", "PT30M")]


def test_title_weekday_does_not_join_the_dateline() -> None:
    text = "Markets shut on Friday\nSeptember 18, 2008\nTrading stops on Friday."
    found = tag(text, dt.date(2008, 9, 18))
    assert all("\n" not in e.text for e in found)
    assert [e.value for e in found] == ["2008-09-19", "2008-09-19"]


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        ("Sales over the past 12 months rose.", ("the past 12 months", "DURATION", "P12M"), None),
        ("Rates may fall in coming months.", ("coming months", "DATE", "FUTURE_REF"), None),
        ("The merger should close by year end.", ("year end", "DATE", "2025"), "END"),
        (
            "Last year's third quarter was strong.",
            ("Last year's third quarter", "DATE", "2024-Q3"),
            None,
        ),
        (
            "Profit rose in the third quarter from a year earlier.",
            ("a year earlier", "DATE", "2024-Q3"),
            None,
        ),
    ],
)
def test_financial_report_phrasing(
    text: str, expected: tuple[str, str, str], mod: str | None
) -> None:
    found = {(e.text, e.type, e.value): e.mod for e in tag(text)}
    assert expected in found
    assert found[expected] == mod


@pytest.mark.parametrize(
    "text",
    [
        "The 8-year-old pupil won the prize.",
        "A nine-year-old mare took the cup.",
        "The driver, 41 years old, was unhurt.",
        "The firm will pay its debts as soon as the sale closes.",
        "The bank refinanced its long-term loans.",
        "Short-term rates edged up.",
        "The regulator eventually dropped the case.",
        "Shortly after the vote the minister resigned.",
    ],
)
def test_ages_conjunctions_and_kinds_are_no_temporal_expressions(text: str) -> None:
    assert tag(text) == []


def test_a_reference_to_the_future_is_still_one() -> None:
    assert triples("Prices should ease soon, in the long term at least.") == [
        ("soon", "DATE", "FUTURE_REF"),
        ("the long term", "DATE", "FUTURE_REF"),
    ]


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
