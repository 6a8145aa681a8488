"""Each class of TIMEX3 expression, its underspecified forms, references and modifiers."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import SUNDAY, tag, triples


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
            "2025-03-17",  # weeks counted from a day reach a day
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
    assert triples("A week later the plan was dropped.")[0][2] == "2025-11-02"


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
