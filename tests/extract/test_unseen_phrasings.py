"""Phrasings found by writing new reports in other words than the development set's: a year
told in words after a day, a move told in an aside, a measure not yet adopted, a plan told
in the past that may have lapsed, the date of a document, a move told only by its span."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import MONDAY, found, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair reopens on May 2 next year.", ("May 2 next year", "2026-05-02")),
        ("It reopens on 3 June of next year.", ("3 June of next year", "2026-06-03")),
        ("The plant closed on May 2 last year.", ("May 2 last year", "2024-05-02")),
        ("The levy ends on June 30 this year.", ("June 30 this year", "2025-06-30")),
    ],
)
def test_a_year_told_in_words_after_a_day_is_its_year(text: str, expected: tuple) -> None:
    assert (*expected[:1], "DATE", expected[1]) in triples(text, MONDAY)


def test_a_possessive_year_after_a_day_is_not_the_days_year() -> None:
    assert ("May 2", "DATE", "2025-05-02") in triples(
        "On May 2, last year's champion withdrew.", MONDAY
    )


def test_a_move_told_in_an_aside_gives_the_main_verbs_date_the_change() -> None:
    assert found("The runoff, delayed from May 9, will be held on May 23.") == [
        (dt.date(2025, 5, 23), "postponed", dt.date(2025, 5, 9))
    ]
    assert found("The gala, moved from May 9, will take place on May 2 next year.") == [
        (dt.date(2026, 5, 2), "postponed", dt.date(2025, 5, 9))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the rules, if finalized, would take effect on October 1.",
        "Under the proposal, which still needs board approval, the fee starts on July 1.",
        "The toll, subject to council approval, will apply from August 4.",
    ],
)
def test_a_measure_not_yet_adopted_is_proposed(text: str) -> None:
    assert [status for _due, status, _prev in found(text)] == ["proposed"]


def test_a_forecast_stays_a_forecast_under_a_pending_approval() -> None:
    text = "The merger, pending regulatory approval, is expected to close on September 1."
    assert [status for _due, status, _prev in found(text)] == ["expected"]


def test_a_plan_told_in_the_past_that_has_lapsed_stays_in_its_year() -> None:
    later = dt.date(2025, 3, 20)
    assert ("March 2", "DATE", "2025-03-02") in triples(
        "The referendum, which was set for March 2, was called off.", later
    )
    # a plan told in the past whose day is far either way is still ahead
    assert ("November 3", "DATE", "2025-11-03") in triples(
        "The election was scheduled for November 3.", later
    )


def test_a_day_something_had_been_due_is_the_old_date_not_a_past_event() -> None:
    text = "Regulators extended the comment window by 30 days, to April 15. Comments had been due March 16."
    assert found(text, dt.date(2025, 3, 3)) == [
        (dt.date(2025, 4, 15), "extended", dt.date(2025, 3, 16))
    ]


def test_the_date_of_a_document_is_no_commitment() -> None:
    text = "In a statement dated May 1, the agency said the new limits apply from August 1."
    assert found(text) == [(dt.date(2025, 8, 1), "scheduled", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator said the rule would apply from 1 January 2026, six months later "
            "than first proposed.",
            (dt.date(2026, 1, 1), "postponed", dt.date(2025, 7, 1)),
        ),
        (
            "The ban comes into force on 1 July, a month later than the date set in the law.",
            (dt.date(2025, 7, 1), "postponed", dt.date(2025, 6, 1)),
        ),
        (
            "The bridge will open on June 16, two weeks earlier than the original date.",
            (dt.date(2025, 6, 16), "advanced", dt.date(2025, 6, 30)),
        ),
    ],
)
def test_a_move_told_only_by_its_span_against_the_plan(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_a_reported_present_keeps_its_date_ahead() -> None:
    assert found("The agency said the new limits apply from August 1.") == [
        (dt.date(2025, 8, 1), "scheduled", None)
    ]


def test_an_old_value_told_in_an_aside_and_the_new_one_after_it_are_a_move() -> None:
    text = "The deadline for tenders, which was May 14, is now May 28."
    assert found(text) == [(dt.date(2025, 5, 28), "extended", dt.date(2025, 5, 14))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council pushed the final vote on the budget back to May 20.",
            (dt.date(2025, 5, 20), "postponed"),
        ),
        ("Organisers put the festival off until June 7.", (dt.date(2025, 6, 7), "postponed")),
        ("The board moved its next meeting up to May 9.", (dt.date(2025, 5, 9), "advanced")),
        (
            "The ministry brought the licence auction forward to May 12.",
            (dt.date(2025, 5, 12), "advanced"),
        ),
    ],
)
def test_a_phrasal_verb_around_its_object_tells_the_move(text: str, expected: tuple) -> None:
    assert [(due, status) for due, status, _prev in found(text)] == [expected]


def test_a_verb_and_particle_far_apart_are_no_move() -> None:
    assert found("The union put its offer on the table, and talks resume on May 8.") == [
        (dt.date(2025, 5, 8), "scheduled", None)
    ]


def test_an_events_simple_present_in_news_is_its_plan() -> None:
    assert found("Voters go to the polls on Sunday to choose a new parliament.") == [
        (dt.date(2025, 5, 11), "scheduled", None)
    ]
    assert ("Sunday", "DATE", "2025-05-04") in triples(
        "The minister had to go to hospital on Sunday.", MONDAY
    )


def test_a_span_back_from_the_end_of_a_month_is_the_end_of_a_month() -> None:
    text = "Ministers agreed to push the reform's target date back by six months, to the end of September."
    assert found(text) == [(dt.date(2025, 9, 30), "postponed", dt.date(2025, 3, 31))]


def test_a_change_held_possible_is_no_decided_change() -> None:
    text = "Senators are expected to vote on the bill on Wednesday, though a delay is possible."
    assert found(text) == [(dt.date(2025, 5, 7), "expected", None)]
