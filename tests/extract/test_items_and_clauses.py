"""Forms found by labelling question-and-answer pages, bulletins with numbered items, key-date
lists, press releases, radio bulletins and wire reports written in other words: the two days
of a move tell its direction; a day told as new replaces the plan just before it; a move
reaches no other item; a time of day does not hide the mark of its day; a proposal leaves the
day in force standing; "would" after a saying looks ahead; "until" after a verb that lasted
looks back; a clause of its own after the date or after a cancellation is another verb's."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found, triples

D = dt.date


def test_the_two_days_of_a_move_tell_its_direction_not_a_change_told_elsewhere() -> None:
    text = (
        "When does the new parking scheme begin?\n"
        "It was due to begin on 2 March 2026. It will now begin on 11 May 2026.\n\n"
        "Has the permit renewal window changed?\n"
        "Yes. The window has been brought forward from 30 June to Monday 8 June."
    )
    assert found(text, D(2026, 2, 10)) == [
        (D(2026, 5, 11), "postponed", D(2026, 3, 2)),
        (D(2026, 6, 8), "advanced", D(2026, 6, 30)),
    ]


def test_a_day_told_as_new_replaces_the_plan_just_before_it() -> None:
    text = (
        "The open day planned for 14 March has been moved to the sports hall. "
        "It will now take place on Saturday 21 March.\n\n"
        "Tickets for the spring concert were brought forward from 9 April to 2 April."
    )
    assert found(text, D(2026, 3, 1)) == [
        (D(2026, 3, 21), "postponed", D(2026, 3, 14)),
        (D(2026, 4, 2), "advanced", D(2026, 4, 9)),
    ]


def test_a_time_of_day_does_not_hide_the_mark_of_its_day() -> None:
    text = (
        "The company said it had extended its exchange offer until 5:00 p.m. on Friday, "
        "June 19, 2026. The offer had been scheduled to expire at 5:00 p.m. on June 5, 2026."
    )
    assert found(text, D(2026, 6, 1)) == [(D(2026, 6, 19), "extended", D(2026, 6, 5))]


def test_a_move_with_only_its_old_day_reaches_no_other_item() -> None:
    text = (
        "3. River levels\n"
        "Fishing permits for the upper reaches are valid from 1 September.\n\n"
        "4. Autumn show\n"
        "The autumn show, which was to have been held on Saturday 4 July, has been postponed."
    )
    assert found(text, D(2026, 6, 15)) == [
        (D(2026, 9, 1), "scheduled", None),
        (D(2026, 7, 4), "postponed", None),
    ]


def test_a_day_kept_as_usual_is_no_old_plan() -> None:
    text = (
        "The library meeting set for May 6 is postponed until further notice. "
        "Book returns were due on May 2, as usual, and fines still apply."
    )
    assert found(text, D(2026, 5, 4)) == [(D(2026, 5, 6), "postponed", None)]


def test_a_proposed_move_folds_its_old_day_and_the_day_in_force_stands() -> None:
    text = (
        "The board has asked the minister to move the deadline for filing harbour licence "
        "renewals from 4 May to 1 June. Until the minister decides, the 4 May deadline stands."
    )
    # (a move only asked for has moved nothing: no previous date, and the day in force stands)
    assert found(text, D(2026, 4, 1)) == [
        (D(2026, 6, 1), "proposed", None),
        (D(2026, 5, 4), "scheduled", None),
    ]


def test_a_day_told_as_previous_in_a_list_is_read_in_the_year_nearest_the_new_one() -> None:
    text = "- 12 March 2027: Closing date for nominations (previously 2 April)"
    assert found(text, D(2027, 1, 20)) == [(D(2027, 3, 12), "advanced", D(2027, 4, 2))]


def test_the_day_a_term_ran_out_is_the_old_date_of_its_extension() -> None:
    text = (
        "Officials say the amnesty for unpaid fines, which expired on Monday, has been "
        "extended until the end of the month."
    )
    assert found(text, D(2026, 3, 11)) == [(D(2026, 3, 31), "extended", D(2026, 3, 9))]


def test_an_old_date_goes_to_the_plain_date_of_its_own_kind_beside_it() -> None:
    text = (
        "The mediator says talks between the two unions will resume on March 26. "
        "The talks had been due to resume next Monday.\n\n"
        "Councillors voted Tuesday to extend the hosepipe ban for another two months."
    )
    got = found(text, D(2026, 3, 11))
    assert (D(2026, 3, 26), "postponed", D(2026, 3, 16)) in got
    assert all(due is None or due.month != 5 for due, _s, _p in got)


def test_a_clause_set_against_a_cancellation_keeps_its_date() -> None:
    text = (
        "The gala dinner planned for Friday has been cancelled, the club said, but the "
        "awards ceremony will go ahead as planned on Sunday, 19 April."
    )
    assert found(text, D(2026, 4, 14)) == [
        (D(2026, 4, 17), "cancelled", None),
        (D(2026, 4, 19), "scheduled", None),
    ]


def test_a_cancellation_without_a_contrast_calls_off_every_date() -> None:
    text = "The races on Saturday and on Sunday, 19 April, have been cancelled."
    assert [s for _d, s, _p in found(text, D(2026, 4, 14))] == ["cancelled", "cancelled"]


def test_a_span_in_the_lede_and_the_two_days_below_are_one_move() -> None:
    text = (
        "The regional assembly has pushed back its vote on the budget by ten days. "
        "Members had been due to vote on Thursday 7 May. They will now vote on 17 May."
    )
    assert found(text, D(2026, 5, 1)) == [(D(2026, 5, 17), "postponed", D(2026, 5, 7))]


def test_a_span_that_is_not_the_move_between_the_days_gives_no_old_day() -> None:
    # (the span's own undated move is the same move as the dated one: one row, whose old
    # day is the one told, not one counted back by the span)
    text = (
        "The regional assembly has pushed back its vote on the budget by three weeks. "
        "Members had been due to vote on Thursday 7 May. They will now vote on 17 May."
    )
    assert found(text, D(2026, 5, 1)) == [(D(2026, 5, 17), "postponed", D(2026, 5, 7))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "would" after a saying: a plan as of the saying, ahead of the report
        (
            "The speaker said the chamber would sit again Monday.",
            D(2026, 6, 3),
            [("Monday", "DATE", "2026-06-08")],
        ),
        # ... but "would have" is what did not happen
        (
            "She said the ferry would have sailed Monday.",
            D(2026, 6, 3),
            [("Monday", "DATE", "2026-06-01")],
        ),
        # "until" after a verb of something that lasted tells when it ended
        (
            "Negotiations ran until late Tuesday, officials said.",
            D(2026, 6, 5),
            [("Tuesday", "DATE", "2026-06-02")],
        ),
        # "until" after a plan still looks ahead
        (
            "The bridge is closed until Tuesday.",
            D(2026, 6, 5),
            [("Tuesday", "DATE", "2026-06-09")],
        ),
        # "due back" looks ahead, whatever was done before it
        (
            "The two lawyers met the judge on Friday and are due back in court Thursday.",
            D(2026, 6, 3),
            [("Friday", "DATE", "2026-05-29"), ("Thursday", "DATE", "2026-06-04")],
        ),
        # an event named by the "-ing" after a verb of weighing is still to come
        (
            "Ministers have discussed signing the accord at a summit in September, "
            "although aides said the timetable was tight.",
            D(2026, 3, 10),
            [("September", "DATE", "2026-09")],
        ),
        # a past verb right before a month governs it
        (
            "We raised fares in April and plan no rise this year.",
            D(2026, 3, 10),
            [("April", "DATE", "2025-04"), ("this year", "DATE", "2026")],
        ),
    ],
)
def test_the_verb_of_the_clause_tells_the_direction(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, published) == expected


def test_a_move_put_back_around_its_object_from_one_day_to_another() -> None:
    text = (
        'The operator said: "We have agreed to put back the launch of the new timetable '
        'from 2 March to 13 April."'
    )
    assert found(text, D(2026, 2, 10)) == [(D(2026, 4, 13), "postponed", D(2026, 3, 2))]


def test_put_back_to_work_moves_nothing() -> None:
    text = "The dockers will be put back to their old shifts on 2 March."
    assert found(text, D(2026, 2, 10)) == [(D(2026, 3, 2), "scheduled", None)]


def test_an_extended_ban_has_its_end_moved() -> None:
    text = (
        "The union has extended its ban on weekend working, which was due to end on "
        "31 January, until 28 February."
    )
    assert found(text, D(2026, 1, 20)) == [(D(2026, 2, 28), "extended", D(2026, 1, 31))]


def test_a_delayed_ban_has_its_start_moved() -> None:
    text = "Regulators have delayed the ban on disposable vapes until 1 June."
    assert found(text, D(2026, 1, 20)) == [(D(2026, 6, 1), "postponed", None)]


def test_a_bracketed_dateline_dates_the_release() -> None:
    text = (
        "DOVER, Del. (May 4, 2026) — The Route 9 bridge will reopen to traffic on May 29, "
        "ahead of the holiday weekend."
    )
    assert found(text, D(2026, 5, 4)) == [(D(2026, 5, 29), "scheduled", None)]


def test_a_term_that_runs_out_looks_ahead() -> None:
    text = "The board's mandate, approved at a meeting in October, runs out on 9 May."
    assert found(text, D(2026, 1, 20)) == [(D(2026, 5, 9), "scheduled", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The race has been moved to Sunday the thirteenth of September.",
            [("Sunday the thirteenth of September", "DATE", "2026-09-13")],
        ),
        (
            "Marks were due on the fifth of May and have moved to the twenty-first of May.",
            [
                ("the fifth of May", "DATE", "2026-05-05"),
                ("the twenty-first of May", "DATE", "2026-05-21"),
            ],
        ),
        # an ordinal word that is no day of the month
        ("She finished second of March's twelve starters.", [("March", "DATE", "2026-03")]),
    ],
)
def test_days_of_the_month_in_spoken_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, D(2026, 4, 20)) == expected
