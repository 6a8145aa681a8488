"""Classes of expression whose tagging or value depends on their context: a discourse
marker that looks like a time, a day counted from another day, a period of a period."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import SUNDAY, tag, triples


@pytest.mark.parametrize(
    "text",
    [
        "The plant closed in the spring. Now, the owners say, it may reopen.",
        'Sales had fallen for years. "Now, we have to rebuild," the chief said.',
    ],
)
def test_sentence_opening_now_with_a_comma_is_a_discourse_marker(text: str) -> None:
    assert all(t[0].lower() != "now" for t in triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is now closed to lorries.",
        "For now, the bridge stays shut.",
        "Now the bridge is closed to lorries.",
        "Tolls are high now, drivers say.",
    ],
)
def test_now_inside_its_clause_names_the_present(text: str) -> None:
    assert any(t[0].lower() == "now" and t[2] == "PRESENT_REF" for t in triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jobs matter more to today's youth than pensions do.",
        "In today's world a letter takes a day to cross the sea.",
    ],
)
def test_todays_of_the_present_era_is_no_date(text: str) -> None:
    assert all(t[0].lower() != "today" for t in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today's session opened calmly.", ("Today", "DATE", "2025-10-26")),
        ("The notice ran in today's editions.", ("today", "DATE", "2025-10-26")),
        ("Fans packed the ground for today's World Cup final.", ("today", "DATE", "2025-10-26")),
        ("Entry to today's Youth Games heats is free.", ("today", "DATE", "2025-10-26")),
        ("Much of today's trading was thin.", ("today", "DATE", "2025-10-26")),
        ("Most of today's gains were erased by the close.", ("today", "DATE", "2025-10-26")),
    ],
)
def test_the_days_own_things_keep_their_date(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        ("Wages stalled in the last half of the '70s.", "197", "END"),
        ("Wages stalled in the first half of the 1960s.", "196", "START"),
        ("The mill was built in the second half of the 19th century.", "18", "END"),
    ],
)
def test_a_half_of_a_decade_or_century_is_that_period(text: str, expected: str, mod: str) -> None:
    found = tag(text)
    assert len(found) == 1
    assert found[0].text.startswith("the ") and "half of" in found[0].text
    assert (found[0].value, found[0].mod) == (expected, mod)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The day before last Thursday's auction, the bids came in.",
            dt.date(2025, 10, 26),
            ("The day before last Thursday", "DATE", "2025-10-22"),
        ),
        (
            "The shop reopened the day after June 4.",
            dt.date(2025, 10, 26),
            ("the day after June 4", "DATE", "2025-06-05"),
        ),
    ],
)
def test_the_day_beside_a_named_day(
    text: str, dct: dt.date, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, dct)


def test_the_day_before_an_event_is_no_date() -> None:
    found = triples("She was seen on May 2, the day before the raid.", dt.date(2025, 10, 26))
    assert found == [("May 2", "DATE", "2025-05-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Permits are issued every day before March 3.",
        "The fee falls due on the 30th day after June 4.",
        "Guards stood at the gate each day after Tuesday's riot.",
    ],
)
def test_a_day_other_than_the_one_beside_a_named_day_counts_no_day(text: str) -> None:
    assert all(not t[0].lower().startswith(("day", "the 30th")) for t in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold closed higher on Thursday, up 3% from the previous Thursday.",
            ("the previous Thursday", "DATE", "2025-10-16"),
        ),
        (
            "The ferry sank on Sept. 9 and was raised the following Monday.",
            ("the following Monday", "DATE", "2025-09-15"),
        ),
    ],
)
def test_the_previous_or_following_weekday_counts_from_the_day_in_context(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text)


def test_last_years_quarter_is_the_quarter_in_context_a_year_back() -> None:
    text = (
        "Revenue for this year's second quarter was $9 million, against $11 million in "
        "the current year's plan. Exports for last year's quarter were $2 million."
    )
    assert ("last year's quarter", "DATE", "2024-Q2") in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts see thin margins in coming quarters.", ("coming quarters", "FUTURE_REF")),
        ("Costs may climb in the quarters ahead.", ("the quarters ahead", "PXQ")),
    ],
)
def test_quarters_ahead_like_the_other_units(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t[0], t[2]) for t in triples(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents climbed all through the nineties.", [("the nineties", "DATE", "199")]),
        (
            "Tail fins were the fashion of the 50s and 60s.",
            [
                ("the 50s", "DATE", "195"),
                ("60s", "DATE", "196"),
            ],
        ),
        ("Her father is in his sixties.", []),
        ("Voters in their 40s and 50s swung hardest.", []),
        ("Most of the riders were in their 60s or 70s.", []),
        ("Highs will reach the upper seventies.", []),
    ],
)
def test_decades_in_words_or_joined_to_another(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index sank to its lowest level since '82.", [("'82", "DATE", "1982")]),
        ("The rule has stood since the flood of '09.", [("'09", "DATE", "2009")]),
        ("Rates rose 5% in the '90s.", [("the '90s", "DATE", "199")]),
    ],
)
def test_a_year_of_two_digits_after_a_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text) == expected


def test_the_possessive_end_of_a_period() -> None:
    found = tag("The fund must be wound up by year's end.")
    assert [(e.text, e.value, e.mod) for e in found] == [("year's end", "2025", "END")]


def test_later_after_a_span_with_a_half_is_the_spans_signal() -> None:
    found = triples("A minute and a half later, the tower calls the crew again.")
    assert found == [("A minute and a half", "DURATION", "PT1M30S")]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # written on a Friday: the rally planned is the next day's
        (
            "Farmers planned a rally outside the ministry on Saturday.",
            dt.date(2025, 10, 24),
            "2025-10-25",
        ),
        # written on a Sunday: the concert planned was the day before
        ("A concert planned for Saturday was called off after the storm.", SUNDAY, "2025-10-25"),
    ],
)
def test_a_planned_events_weekday_is_the_nearest(text: str, dct: dt.date, value: str) -> None:
    assert [t[2] for t in triples(text, dct)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers, who had planned a strike, walked out on Friday.",
        "Drivers who had planned a strike walked out on Friday.",
        "The union planned a march but police detained its leaders on Friday.",
    ],
)
def test_a_weekday_of_another_verb_than_planned_keeps_its_past(text: str) -> None:
    # written on a Wednesday: the nearest Friday is ahead, the walkout's is behind
    assert [t[2] for t in triples(text, dt.date(2025, 10, 22))] == ["2025-10-17"]


def test_a_planned_event_told_as_a_future_stays_ahead() -> None:
    found = triples(
        "The strike planned for Friday will go ahead, the union said.", dt.date(2025, 10, 27)
    )
    assert [t[2] for t in found] == ["2025-10-31"]


def test_a_bare_participle_before_a_date_tells_its_past() -> None:
    text = "Gold is near the peak set on May 14."
    assert ("May 14", "DATE", "2025-05-14") in triples(text, dt.date(2026, 1, 9))


@pytest.mark.parametrize(
    "text",
    [
        "Talks set in Geneva on Friday are expected to draw ten ministers.",
        "The vote, set at noon on Friday, may slip.",
    ],
)
def test_set_placing_an_event_to_come_tells_no_past(text: str) -> None:
    # written on a Wednesday: the Friday meant is two days ahead
    assert [t[2][:10] for t in triples(text, dt.date(2025, 10, 22))] == ["2025-10-24"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Options were priced at the then current share price.", ("then current", "PAST_REF")),
        ("She thanked the then-current board.", ("then-current", "PAST_REF")),
    ],
)
def test_then_current_is_a_past_reference(text: str, expected: tuple[str, str]) -> None:
    assert [(t[0], t[2]) for t in triples(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The review may take as long as a month or two.", ("a month", "DURATION", "P1M")),
        ("The court gave them a week to appeal.", ("a week", "DURATION", "P1W")),
    ],
)
def test_a_span_given_or_measured_is_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


def test_a_day_in_an_idiom_is_no_duration() -> None:
    assert triples("After the vote they called it a day.") == []


def test_in_a_year_or_two_is_some_time_ahead() -> None:
    assert triples("The bridge may reopen in a month or two.") == [
        ("a month or two", "DATE", "FUTURE_REF")
    ]


def test_the_day_before_a_weekday_name_is_that_days_daytime() -> None:
    found = triples("Talks ran late on Thursday. During the day Friday, the crews rested.")
    assert [t[0] for t in found] == ["Thursday", "Friday"]
