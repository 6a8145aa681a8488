"""Calendar periods and the periods of reports: quarters and their comparisons, "the
year", years said in words, holidays and named weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import tag, triples

from deadlines.extract import find_temporal_expressions

REPORT_DAY = dt.date(2025, 10, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer earned $4 million in the third quarter, up from $3 million a year earlier.",
            [("the third quarter", "2025-Q3"), ("a year earlier", "2024-Q3")],
        ),
        (
            "Its net income for the quarter ended June 30 doubled from the year-ago quarter.",
            [
                ("the quarter", "2025-Q2"),
                ("June 30", "2025-06-30"),
                ("the year-ago quarter", "2024-Q2"),
            ],
        ),
        (
            "Exports rose 8% in August compared with the same month last year.",
            [("August", "2025-08"), ("the same month last year", "2024-08")],
        ),
        (
            "Orders fell in the second quarter. Margins in the latest quarter narrowed.",
            [("the second quarter", "2025-Q2"), ("the latest quarter", "2025-Q2")],
        ),
        # no quarter named: the one a report written now is about
        ("Costs climbed in the quarter.", [("the quarter", "2025-Q3")]),
        ("Sales in the current quarter should rise.", [("the current quarter", "2025-Q4")]),
        # a year-earlier figure compared with the period in context
        (
            "Revenue for the second half rose from year-earlier levels.",
            [("the second half", "2025-H2"), ("year-earlier", "2024-H2")],
        ),
        # no period in context: the year
        ("Two years ago the mill shut.", [("Two years ago", "2023")]),
    ],
)
def test_periods_of_a_report_and_their_comparisons(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in tag(text, REPORT_DAY)] == expected


def test_a_comparison_is_not_the_time_the_text_moves_to() -> None:
    text = (
        "Profit rose in the third quarter from a year earlier. Sales were flat from a year earlier."
    )
    assert [e.value for e in tag(text, REPORT_DAY)] == ["2025-Q3", "2024-Q3", "2024-Q3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output rose in 2023. For the year, exports doubled.",
            [("2023", "DATE", "2023"), ("the year", "DATE", "2023")],
        ),
        ("The miller lost money in the year ended June 30.", [("the year", "DURATION", "P1Y")]),
        ("Margins held in the current fiscal year.", [("the current fiscal year", "DATE", "2025")]),
        (
            "The mine closed in nineteen eighty-two and reopened by the year two thousand.",
            [("nineteen eighty-two", "DATE", "1982"), ("the year two thousand", "DATE", "2000")],
        ),
        ("Some nineteen hundred miners struck.", []),
    ],
)
def test_the_year_and_years_said_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [t for t in triples(text) if t[0] != "June 30"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then came March nineteen seventy-one.", ("March nineteen seventy-one", "1971-03")),
        (
            "Snow fell all through the winter of nineteen eighty.",
            ("the winter of nineteen eighty", "1980-WI"),
        ),
    ],
)
def test_a_month_or_season_of_a_year_said_in_words(text: str, expected: tuple[str, str]) -> None:
    assert [(e.text, e.value) for e in tag(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Shops were packed last Thanksgiving.",
            dt.date(2026, 2, 2),
            ("last Thanksgiving", "2025-11-27"),
        ),
        ("Polls open on Election Day.", dt.date(2026, 10, 1), ("Election Day", "2026-11-03")),
        ("Flights are full in Easter week.", dt.date(2026, 3, 2), ("Easter week", "2026-W14")),
        (
            "The store shut on Labor Day 2024.",
            dt.date(2026, 3, 2),
            ("Labor Day 2024", "2024-09-02"),
        ),
        ("Crowds gathered on Christmas Eve.", dt.date(2026, 1, 5), ("Christmas Eve", "2025-12-24")),
    ],
)
def test_holidays_fixed_and_moving(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert [(e.text, e.value) for e in tag(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A hearing is set for the week of March 9.",
            dt.date(2026, 2, 20),
            ("the week of March 9", "2026-W11"),
        ),
        (
            "Sales jumped in the last week of March.",
            dt.date(2026, 4, 8),
            ("the last week of March", "2026-W13"),
        ),
        (
            "Talks open in the first week of June 2027.",
            dt.date(2026, 4, 8),
            ("the first week of June 2027", "2027-W22"),
        ),
    ],
)
def test_weeks_named_by_a_day_or_a_rank(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert [(e.text, e.value) for e in tag(text, dct)] == [expected]


def test_the_latest_quarter_is_one_already_over() -> None:
    text = (
        "The miner expects a loss in the fourth quarter. In the latest quarter it earned "
        "$3 million, against $2 million a year earlier."
    )
    found = [(e.text, e.value) for e in tag(text, REPORT_DAY)]
    assert found == [
        ("the fourth quarter", "2025-Q4"),
        ("the latest quarter", "2025-Q3"),
        ("a year earlier", "2024-Q3"),
    ]


def test_a_period_still_to_come_is_no_base_for_a_comparison() -> None:
    text = "Output should recover by the second quarter of 2026. In the year-ago period it fell."
    assert tag(text, REPORT_DAY)[-1].value == "2024"


def test_a_comparison_with_last_year_and_the_year_of_a_period() -> None:
    text = (
        "Net income rose in the third quarter, compared with a loss of $2 million last year. "
        "In the 2024 quarter, sales fell."
    )
    found = [(e.text, e.value) for e in tag(text, REPORT_DAY)]
    assert found == [
        ("the third quarter", "2025-Q3"),
        ("last year", "2024-Q3"),
        ("the 2024 quarter", "2024-Q3"),
    ]
    # no comparison: last year is the year
    assert tag("The mill shut last year.", REPORT_DAY)[0].value == "2024"


def test_a_year_ago_compares_with_a_period_named_nearby_only() -> None:
    far = "Exports rose in August. " + "Other news followed. " * 40 + "A year ago a dam burst."
    assert tag(far, REPORT_DAY)[-1].value == "2024"
    near = "Exports rose in August, up from a year ago."
    assert tag(near, REPORT_DAY)[-1].value == "2024-08"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "this past": the latest such period already over, this year's when it is
        ("The orchard flooded this past spring.", "2025-SP"),
        ("Ice closed the port this past winter.", "2024-WI"),
        ("The ferry was slow this past week.", "2025-W43"),
        ("The ferry was slow this past month.", "2025-09"),
        ("The ferry was slow this past weekend.", "2025-W43-WE"),
        ("The ferry was slow this past Tuesday.", "2025-10-21"),
    ],
)
def test_this_past_names_the_latest_period_over(text: str, value: str) -> None:
    found = find_temporal_expressions(text, dt.date(2025, 10, 28))
    assert [(e.text, e.value) for e in found] == [(text[text.index("this") : -1], value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Banks will shut on Good Friday.", "2024-03-29"),
        ("Banks were shut on Good Friday.", "2023-04-07"),
        ("Ferries resume on Easter Monday.", "2024-04-01"),
        ("The procession will set out on Palm Sunday.", "2024-03-24"),
        ("The next fast will start on Ash Wednesday.", "2025-03-05"),
    ],
)
def test_holidays_counted_from_easter(text: str, value: str) -> None:
    found = find_temporal_expressions(text, dt.date(2024, 3, 14))
    assert [e.value for e in found] == [value]


def test_shopping_days_count_from_thanksgiving() -> None:
    found = find_temporal_expressions(
        "Stores will open at dawn on Black Friday and online deals run until Cyber Monday.",
        dt.date(2025, 11, 3),
    )
    assert [(e.text, e.value) for e in found] == [
        ("Black Friday", "2025-11-28"),
        ("Cyber Monday", "2025-12-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Traders recalled the crash of Black Monday as shares fell again.",
        "Relatives marked the anniversary of Bloody Sunday in the city.",
    ],
)
def test_a_day_remembered_by_name_is_not_this_weeks(text: str) -> None:
    assert find_temporal_expressions(text, dt.date(2025, 10, 23)) == []
