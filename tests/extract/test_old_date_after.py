"""A move told after its new date: "will meet on December 10 ... was originally scheduled
for October 15 and was rescheduled". The old date, a single day or a span of days, belongs
to the dates told just before; a span is never a commitment of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines.extract import Commitment, extract_commitments

PUB = dt.date(2031, 11, 20)


def found(text: str) -> list[tuple[dt.date | None, str, dt.date | None]]:
    out: list[Commitment] = extract_commitments(text, PUB)
    return sorted((c.due, c.status, c.previous_due) for c in out if c.status != "occurred")


def test_a_single_old_date_told_after_the_new_one() -> None:
    text = (
        "The review board will meet on Tuesday, December 9, 2031. The meeting was originally "
        "scheduled for October 14, 2031 and was rescheduled because of a funding lapse."
    )
    assert found(text) == [(dt.date(2031, 12, 9), "postponed", dt.date(2031, 10, 14))]


# the new days of a two-day meeting, each with the day of the old span it replaces
DAY_BY_DAY = [
    (dt.date(2031, 12, 9), "postponed", dt.date(2031, 10, 14)),
    (dt.date(2031, 12, 10), "postponed", dt.date(2031, 10, 15)),
]


@pytest.mark.parametrize(
    "text",
    [
        "The panel will meet on Tuesday, December 9, 2031 from 9 a.m. to 5 p.m. and on "
        "Wednesday, December 10, 2031 from 9 a.m. to noon. The meeting is open to the public. "
        "This meeting was originally scheduled for October 14-15, 2031 and was rescheduled.",
        # the new days told again after the move, as a notice's dates paragraph does
        "The panel will meet on Tuesday, December 9, 2031 and Wednesday, December 10, 2031. "
        "This meeting was originally scheduled for October 14-15, 2031 and was rescheduled.\n\n"
        "Dates: the panel will meet on Tuesday, December 9, 2031 from 9 a.m. to 5 p.m. and "
        "Wednesday, December 10, 2031 from 9 a.m. to noon.",
    ],
)
def test_a_span_of_old_days_maps_day_by_day_onto_the_new_days(text: str) -> None:
    assert found(text) == DAY_BY_DAY


def test_a_second_new_day_beyond_a_single_old_day_gets_no_old_date() -> None:
    text = (
        "The panel will meet on December 9, 2031 and December 10, 2031. It was originally "
        "scheduled for October 14, 2031 and was postponed."
    )
    assert found(text) == [
        (dt.date(2031, 12, 9), "postponed", dt.date(2031, 10, 14)),
        (dt.date(2031, 12, 10), "postponed", None),
    ]


def test_an_old_span_with_no_new_date_is_no_commitment() -> None:
    text = "The trade fair, originally scheduled for March 3-5, 2032, has been postponed."
    assert all(c.due != dt.date(2032, 3, 3) for c in extract_commitments(text, PUB))


def test_a_span_not_told_as_old_stays_out() -> None:
    text = "The talks will run December 9-10, 2031 in Geneva."
    assert found(text) == []


def test_a_move_of_another_thing_far_after_does_not_take_the_date() -> None:
    filler = "Delegates discussed budgets, staffing and the agenda at length. " * 8
    text = (
        "The summit will open on December 9, 2031. "
        + filler
        + "A trade fair was originally scheduled for October 14, 2031 and was postponed."
    )
    statuses = {c.due: c.status for c in extract_commitments(text, PUB)}
    assert statuses.get(dt.date(2031, 12, 9)) == "scheduled"


def test_a_superseded_plan_after_a_plain_date_of_the_same_thing() -> None:
    text = (
        "The appeal hearing is set for January 13, 2032. The judge had originally scheduled "
        "it for December 16, 2031 before the defense asked for more time."
    )
    assert found(text) == [(dt.date(2032, 1, 13), "postponed", dt.date(2031, 12, 16))]


def test_a_superseded_plan_prefers_the_date_told_after_it() -> None:
    text = (
        "The audit report is due on February 3, 2032. The filing was originally due on "
        "December 1, 2031. The filing will now be due on January 20, 2032."
    )
    moved = {c.due: c.previous_due for c in extract_commitments(text, PUB)}
    assert moved.get(dt.date(2032, 1, 20)) == dt.date(2031, 12, 1)
    assert moved.get(dt.date(2032, 2, 3)) is None
