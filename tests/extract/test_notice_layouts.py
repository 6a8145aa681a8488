"""Layouts of notices that tell old and new dates: dates of figures written day first
through a whole text ("14/02/2031" shows "07/02/2031" is 7 February), the old day in
brackets after the new one ("(was Monday 31 January)"), list lines labelled "Previous
close:" and "New close:" with a time before the day, a table's column of new days with the
change told in a cell after it, columns kept apart by two spaces, and the close or end of a
span moved later being extended."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import find_temporal_expressions

D = dt.date


def values(text: str, published: dt.date) -> list[str]:
    return [t.value for t in find_temporal_expressions(text, published)]


def test_dates_of_figures_follow_the_order_the_text_shows() -> None:
    pub = D(2031, 2, 2)
    assert values("Planning Committee 07/02/2031, moved to 14/02/2031.", pub) == [
        "2031-02-07",
        "2031-02-14",
    ]
    # (with nothing to show the order, month first; a text showing both keeps month first)
    assert values("Filings are due 07/02/2031.", pub) == ["2031-07-02"]
    assert values("Due 09/02/2031 and 12/25/2031.", pub) == ["2031-09-02", "2031-12-25"]


def test_a_committee_timetable_of_figures_in_columns() -> None:
    text = (
        "Committee                     Original date   Revised date   Comment\n"
        "Planning Committee            07/02/2031      14/02/2031     moved - late reports\n"
        "Licensing Sub-Committee       09/02/2031      -              cancelled, no business\n"
        "Budget Council                27/02/2031      21/02/2031     brought forward\n"
    )
    assert found(text, D(2031, 2, 2)) == [
        (D(2031, 2, 14), "postponed", D(2031, 2, 7)),
        (D(2031, 2, 9), "cancelled", None),
        (D(2031, 2, 21), "advanced", D(2031, 2, 27)),
    ]


def test_columns_kept_apart_by_two_spaces() -> None:
    text = (
        "  Change                               Was          Now\n"
        "  Adult single fare rises to $3.00     30 Mar 2031  2 Mar 2031\n"
        "  Daily fare cap introduced            6 Apr 2031   6 Apr 2031\n"
    )
    assert found(text, D(2031, 1, 15)) == [
        (D(2031, 3, 2), "advanced", D(2031, 3, 30)),
        (D(2031, 4, 6), "scheduled", None),
    ]
    # (two spaces after the end of a sentence part no cells)
    text = "The fare rises on 30 March 2031.  It was set in 2029.  Riders were told."
    assert found(text, D(2031, 1, 15)) == [(D(2031, 3, 30), "scheduled", None)]


def test_the_old_day_in_brackets_after_the_new_one() -> None:
    text = (
        "- Applications for September entry: now due Monday 14 February 2031 (was Monday 27 "
        "January 2031)\n"
        "- Scholarship applications: still due Monday 27 January 2031\n"
    )
    assert found(text, D(2031, 1, 13)) == [
        (D(2031, 2, 14), "extended", D(2031, 1, 27)),
        (D(2031, 1, 27), "scheduled", None),
    ]
    text = "The match (was Saturday 8 March) will now be played on Sunday 9 March 2031."
    assert found(text, D(2031, 3, 3)) == [(D(2031, 3, 9), "postponed", D(2031, 3, 8))]
    # (brackets that give no day: no old one)
    text = "The vote (was expected in March) will be held on 4 April 2031."
    assert found(text, D(2031, 3, 3)) == [(D(2031, 4, 4), "scheduled", None)]


def test_list_lines_labelled_previous_and_new() -> None:
    text = "Previous close: 8 p.m. Friday 21 March 2031\nNew close: 8 p.m. Friday 28 March 2031"
    assert found(text, D(2031, 3, 3)) == [(D(2031, 3, 28), "extended", D(2031, 3, 21))]
    text = "Original start date: 7 April 2031\nNew start date: 14 April 2031"
    assert found(text, D(2031, 3, 3)) == [(D(2031, 4, 14), "postponed", D(2031, 4, 7))]


def test_the_close_or_end_of_a_span_moved_later_is_extended() -> None:
    text = "It now closes at midnight on Friday 4 April 2031 instead of Friday 28 March 2031."
    assert found(text, D(2031, 3, 3)) == [(D(2031, 4, 4), "extended", D(2031, 3, 28))]
    text = (
        "| Event | Original date | Revised date |\n|---|---|---|\n"
        "| End of first semester | Fri, Jan 24 | Fri, Jan 31 |\n"
        "| Start of second semester | Mon, Jan 27 | Mon, Feb 3 |\n"
    )
    assert found(text, D(2031, 1, 13)) == [
        (D(2031, 1, 31), "extended", D(2031, 1, 24)),
        (D(2031, 2, 3), "postponed", D(2031, 1, 27)),
    ]
