"""Phrasings of wire reports, notices and explainers the development set has little of,
found by labelling reports written in other words: an event's simple present ("voters vote
on Sunday"), "this Thursday" in a past clause, a purpose after the date, plans told as
holding or as another thing, "the end of the month" with no month before it, a day that
only follows a condition, "was to have", a window reopened, counts from the day before
("a week later", "two days after that"), a clock time before "next Tuesday", and a clock
time with its zone in words."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found, tag

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the simple present of an event with its subject right before it is its plan, even
        # with a past participle after the date
        (
            "Portuguese voters vote on Sunday in an early election called after the "
            "government fell in March.",
            D(2025, 5, 5),
            [(D(2025, 5, 11), "scheduled", None)],
        ),
        (
            "The committee meets on Monday to weigh the offer.",
            D(2025, 5, 7),
            [(D(2025, 5, 12), "scheduled", None)],
        ),
        # the noun is no plan: "a confidence vote on Thursday" is the one before
        (
            "The cabinet lost a confidence vote on Thursday.",
            D(2025, 5, 5),
            [(D(2025, 5, 1), "occurred", None)],
        ),
    ],
)
def test_an_events_simple_present_plans_it(text: str, published: dt.date, expected: list) -> None:
    assert found(text, published) == expected


def test_this_weekday_is_the_current_weeks_in_a_past_clause() -> None:
    text = "The regulator gave lenders until July 1 to comply. The deadline had been this Thursday."
    assert found(text, D(2025, 5, 6)) == [(D(2025, 7, 1), "extended", D(2025, 5, 8))]


@pytest.mark.parametrize(
    "second",
    [
        "The open meeting on May 27 will go ahead as scheduled.",
        "A separate meeting on the budget will be held on May 27.",
        "The staff meeting will still take place on May 27.",
    ],
)
def test_a_plan_told_as_holding_takes_no_change_told_elsewhere(second: str) -> None:
    text = f"The board meeting planned for May 20 has been postponed to June 10. {second}"
    assert found(text) == [
        (D(2025, 6, 10), "postponed", D(2025, 5, 20)),
        (D(2025, 5, 27), "scheduled", None),
    ]


def test_the_end_of_the_month_is_the_current_one_unless_its_sentence_names_another() -> None:
    text = (
        "The ban on use begins on Jan. 1, 2026.\n\nApplications are due by the end of the "
        "month. Talks open on June 2 and must end by the end of the month."
    )
    ends = [e.value for e in tag(text, D(2024, 5, 18)) if e.text == "the end of the month"]
    assert ends == ["2024-05", "2024-06"]


def test_a_day_after_an_opening_condition_is_no_commitment() -> None:
    assert found("If talks collapse, staff could be sent home on Monday.") == []
    # nor does the time the condition gives itself: the trigger's
    assert found("If there is no offer by Friday, the ships will stay at anchor.") == []
    # what holds unless something is done is the plan, and the condition's day is none
    assert found("Unless a deal is signed by May 9, the levy starts on June 1.") == [
        (D(2025, 6, 1), "scheduled", None)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "was to have" + a participle is an old plan
        (
            "Registration, which was to have closed on Friday, will stay open until Jan. 10.",
            D(2024, 11, 7),
            [(D(2025, 1, 10), "extended", D(2024, 11, 8))],
        ),
        # a window reopened is extended, from the day its first run closed
        (
            "The agency is reopening the comment period until September 6, 2024. The "
            "original comment period closed on June 3, 2024.",
            D(2024, 8, 7),
            [(D(2024, 9, 6), "extended", D(2024, 6, 3))],
        ),
        # a clock time and its zone between the move and the day
        (
            "The exchange offer, previously set to expire at 5:00 p.m., Eastern Time, on "
            "December 3, 2024, has been extended until 5:00 p.m., Eastern Time, on December "
            "17, 2024.",
            D(2024, 11, 25),
            [(D(2024, 12, 17), "extended", D(2024, 12, 3))],
        ),
    ],
)
def test_old_plans_and_windows_reopened(text: str, published: dt.date, expected: list) -> None:
    assert found(text, published) == expected


def test_counts_start_from_the_day_told_before_not_from_the_report() -> None:
    text = (
        "Drivers will strike from 2 a.m. next Tuesday, the union said on Wednesday. A second "
        "strike will start a week later, and an overtime ban will begin two days after that."
    )
    assert [c[0] for c in found(text, D(2024, 5, 8))] == [
        D(2024, 5, 14),
        D(2024, 5, 21),
        D(2024, 5, 23),
    ]


def test_two_days_later_dates_the_day_but_is_a_duration_for_the_tagger() -> None:
    text = "The hearing opens on May 20, and a second hearing will follow two days later."
    assert found(text, D(2024, 5, 8)) == [
        (D(2024, 5, 20), "scheduled", None),
        (D(2024, 5, 22), "scheduled", None),
    ]
    # TimeML tags "two days" and leaves "later" as its signal; "later than" is a comparison
    assert [(e.text, e.value) for e in tag(text, D(2024, 5, 8))][-1] == ("two days", "P2D")
    late = found("The probe will now launch on June 2, three days later than planned.")
    assert late == [(D(2025, 6, 2), "postponed", D(2025, 5, 30))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drivers strike from 2 a.m. next Tuesday.", "2024-05-14T02:00"),
        ("Bids close at 5 p.m. this Friday.", "2024-05-10T17:00"),
        ("Bids close at 5:00 p.m., Eastern Time, on May 20, 2024.", "2024-05-20T17:00"),
    ],
)
def test_a_clock_time_takes_the_day_after_it(text: str, value: str) -> None:
    assert [e.value for e in tag(text, D(2024, 5, 8)) if e.type == "TIME"] == [value]
