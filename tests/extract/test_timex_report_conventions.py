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


@pytest.mark.parametrize(
    "text",
    [
        "The company expects a loss for the year ending tomorrow.",
        "The group booked a profit in the fiscal year ended Friday.",
        "Sales rose 4% in the year ended Sept. 30.",
    ],
)
def test_a_year_closed_by_a_named_day_is_a_years_length(text: str) -> None:
    assert any(t[0].endswith("year") and t[1:] == ("DURATION", "P1Y") for t in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers reached the village by mid afternoon.",
            ("mid afternoon", "TIME", "2025-10-27TAF"),
        ),
        ("The market steadied around mid-morning.", ("mid-morning", "TIME", "2025-10-27TMO")),
        (
            "Trading halted at mid-afternoon yesterday.",
            ("mid-afternoon yesterday", "TIME", "2025-10-26TAF"),
        ),
    ],
)
def test_a_part_of_the_day_after_mid_is_of_the_day_in_view(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opens on June 12 and 13 in the old port.",
            [("June 12", "2026-06-12"), ("13", "2026-06-13")],
        ),
        ("Ballots may be cast on May 2 or 3.", [("May 2", "2026-05-02"), ("3", "2026-05-03")]),
        (
            "The talks on Dec. 4 and 5, 2024 ended without a deal.",
            [("Dec. 4", "2024-12-04"), ("5, 2024", "2024-12-05")],
        ),
        ("On April 24 and 25 people were hurt.", [("April 24", "2025-04-24")]),
    ],
)
def test_the_second_day_of_a_pair_is_a_date_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t[0], t[2]) for t in triples(text, MONDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership of the club doubled over the past year.", ("the past year", "DATE", "2024")),
        ("Ticket sales fell in the past year.", ("the past year", "DATE", "2024")),
        ("The ferry ran late all this past year.", ("this past year", "DURATION", "P1Y")),
        ("Wages stalled over the past decade.", ("the past decade", "DURATION", "P10Y")),
    ],
)
def test_the_past_year_names_the_year_before_as_last_year_does(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "We will return to the harbour story later in the programme.",
        "The hostages could be used later in bargaining over the border.",
    ],
)
def test_later_in_an_event_is_no_time(text: str) -> None:
    assert all(t[0].lower() != "later" for t in triples(text, MONDAY))


@pytest.mark.parametrize(
    "text",
    [
        "The minister will speak later in the day.",
        "Prices may rise later in the year.",
    ],
)
def test_later_in_a_period_stays_a_time(text: str) -> None:
    assert any(t[0] == "later" and t[2] == "FUTURE_REF" for t in triples(text, MONDAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today is the ninth day of the dock strike.", ("the ninth day", "DATE", "2025-10-27")),
        (
            "Trading in the shares has been halted for a third consecutive day.",
            ("a third consecutive day", "DATE", "2025-10-27"),
        ),
    ],
)
def test_the_count_of_days_an_event_has_reached_is_the_document_date(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The talks broke down on the third day of the summit.",
        "The vote will come on the second day of the session.",
    ],
)
def test_a_count_of_days_told_in_the_past_or_as_a_plan_gives_no_date(text: str) -> None:
    assert all("day" not in t[0] for t in triples(text, MONDAY))


@pytest.mark.parametrize(
    ("text", "unit_of_speed"),
    [
        ("The new chip runs 40 million instructions per second.", True),
        ("The storm moved inland at 20 miles per hour.", True),
        ("Cleaners there earn $15 per hour.", False),
    ],
)
def test_per_second_in_a_speed_is_a_unit_not_a_set(text: str, unit_of_speed: bool) -> None:
    found = any(t[0].startswith("per") for t in triples(text, MONDAY))
    assert found is not unit_of_speed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain said it earned $5 million, or 7 cents a share, in the fiscal first quarter.",
            ("the fiscal first quarter", "DATE", "2025-Q1"),
        ),
        (
            "The mill posted net income for the fiscal second quarter of $8 million.",
            ("the fiscal second quarter", "DATE", "2025-Q2"),
        ),
    ],
)
def test_a_fiscal_quarter_with_no_tense_near_is_a_reported_one(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "kind_of_event"),
    [
        ("Shareholders approved the plan at the annual meeting.", True),
        ("Thousands lined the route of the annual harvest parade.", True),
        ("She spoke at the company's annual Developers Conference.", True),
        ("The group posted its first annual loss since 2001.", False),
    ],
)
def test_annual_before_a_gathering_names_its_kind_not_a_time(
    text: str, kind_of_event: bool
) -> None:
    found = any(t[0] == "annual" for t in triples(text, MONDAY))
    assert found is not kind_of_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The stock rose to a high for the year of $42 a share in June.",
            [("the year", "DATE", "2025"), ("June", "DATE", "2025-06")],
        ),
        ("It was the year of the great flood.", []),
    ],
)
def test_the_year_of_an_amount_is_the_year_in_view(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Results come back in between two and six days.",
            [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")],
        ),
        (
            "The repairs would take between 60 and 90 days.",
            [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")],
        ),
        ("Prices rose between 3 and 4 percent.", []),
    ],
)
def test_the_first_amount_of_a_range_of_lengths_is_a_length_of_its_own(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The group staged its "Spring of Hope" marches in the capital.', True),
        ('He said so on "This Week With Ann Lowe" on Sunday.', True),
        ('The mayor said "this spring will be busy" for the council.', False),
    ],
)
def test_a_time_word_opening_a_quoted_title_is_part_of_the_name(text: str, title: bool) -> None:
    found = any(
        t[0].lower() in {"spring", "this week", "this spring"} for t in triples(text, MONDAY)
    )
    assert found is not title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister told USA Today that the plan had failed.", True),
        ("You are listening to Harbour Radio Today.", True),
        ("Sales were flat. Today the board meets again.", False),
    ],
)
def test_a_capitalised_today_after_a_name_word_ends_the_name(text: str, name: bool) -> None:
    found = any(t[0] == "Today" for t in triples(text, MONDAY))
    assert found is not name


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("For the old port, high noon has come.", False),
        ("Their poster quoted the western High Noon.", False),
        ("The ferry leaves at noon.", True),
    ],
)
def test_high_noon_is_a_moment_of_decision_not_an_hour(text: str, hour: bool) -> None:
    found = any(t[0].lower() == "noon" for t in triples(text, MONDAY))
    assert found is hour


_FILLER = (
    "The chain opened four stores in the north and closed two older ones by the coast. "
    "Its chief executive told analysts that freight costs had eased and that the new "
    "loyalty scheme had drawn more shoppers than the board had hoped for. "
) * 3


def test_a_comparison_far_from_any_period_is_with_the_period_the_report_leads_with() -> None:
    text = (
        "Harbour Grocers said third-quarter profit rose 8%. "
        + _FILLER
        + "In the year-earlier period, the chain earned $2 million."
    )
    assert ("the year-earlier period", "DATE", "2024-Q3") in triples(text, MONDAY)


def test_a_comparison_after_the_months_so_far_is_with_the_same_months_a_year_back() -> None:
    text = (
        "Harbour Grocers said third-quarter profit rose 8% from a year earlier. "
        "For the nine months, net rose to $9 million from $7 million a year earlier."
    )
    found = [t for t in triples(text, MONDAY) if t[0] == "a year earlier"]
    assert [t[2] for t in found] == ["2024-Q3", "2024"]


def test_a_company_that_names_its_fiscal_quarter_means_it_by_the_quarter_ended() -> None:
    text = (
        "Harbour Systems said it earned $5 million in the fiscal first quarter. "
        "Sales for the quarter ended Sept. 28 rose 9%. "
        "In the 2024 period, the company earned $4 million."
    )
    found = triples(text, MONDAY)
    assert ("the quarter", "DATE", "2025-Q1") in found
    assert ("the 2024 period", "DATE", "2024-Q1") in found
    calendar = triples("Sales for the quarter ended Sept. 28 rose 9%.", MONDAY)
    assert ("the quarter", "DATE", "2025-Q3") in calendar


def test_a_quarter_ended_mid_month_is_the_calendar_quarter_of_most_of_it() -> None:
    # three months ended July 31 are mostly April to June; ended January 31, mostly last year's
    summer = triples("Revenue for the quarter ended July 31 rose 4%.", MONDAY)
    assert ("the quarter", "DATE", "2025-Q2") in summer
    winter = triples("Revenue for the quarter ended Jan. 31 rose 4%.", MONDAY)
    assert ("the quarter", "DATE", "2024-Q4") in winter
