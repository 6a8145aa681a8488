"""Tables of changed dates whose new cell gives no day: a row called off ("Cancelled") is
that day's call-off, and one whose new day is still to come ("To be confirmed", "TBC") is
put off with no new day; the words of one cell are not read as the act of the day in the
cell before ("March 12, 2024      Cancelled" is no day on which something was cancelled),
and a change told in one row carries to no other row."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date
PUB = D(2031, 3, 3)


def test_a_called_off_cell_under_the_new_heading_calls_the_old_day_off() -> None:
    text = (
        "Changes to the spring exam timetable\n\n"
        "| Paper | Original date | New date |\n|---|---|---|\n"
        "| Chemistry 1 | 12 March 2031 | 19 March 2031 |\n"
        "| Physics 2 | 14 March 2031 | Cancelled |\n"
    )
    assert found(text, PUB) == [
        (D(2031, 3, 19), "postponed", D(2031, 3, 12)),
        (D(2031, 3, 14), "cancelled", None),
    ]


def test_a_table_set_out_in_columns_of_spaces_reads_its_cells_apart() -> None:
    text = (
        "Meeting                Was                 Now\n"
        "Board meeting          March 12, 2031      Cancelled\n"
        "Budget workshop        March 19, 2031      March 26, 2031\n"
        "Audit panel            March 21, 2031      To be confirmed\n"
        "Public hearing         April 2, 2031       Unchanged\n"
    )
    assert found(text, PUB) == [
        (D(2031, 3, 12), "cancelled", None),
        (D(2031, 3, 26), "postponed", D(2031, 3, 19)),
        (D(2031, 3, 21), "postponed", None),
        (D(2031, 4, 2), "scheduled", None),
    ]
    # (one row with no heading above it)
    assert found("Board meeting    March 12, 2031    Cancelled", PUB) == [
        (D(2031, 3, 12), "cancelled", None)
    ]


def test_a_row_put_off_with_no_new_day_lends_its_change_to_no_other_row() -> None:
    text = (
        "| Paper | Original date | New date |\n|---|---|---|\n"
        "| Chemistry | 15 March 2031 | TBC |\n"
        "| Physics | 16 March 2031 | 16 March 2031 |\n"
    )
    assert found(text, PUB) == [
        (D(2031, 3, 15), "postponed", None),
        (D(2031, 3, 16), "scheduled", None),
    ]


def test_near_misses_outside_tables_keep_their_reading() -> None:
    # a day right before the act is still the act's day, not a commitment
    assert found("The council on March 1, 2031 cancelled the spring parade.", PUB) == []
    # a count before a change word is still changes in general
    assert found("Nine postponed games will be replayed in May.", PUB) == []
    # a new date sought in prose still puts off what was called off
    text = "The summit set for March 20 has been cancelled. Officials are consulting on a new date."
    assert found(text, PUB) == [(D(2031, 3, 20), "postponed", None)]
