"""Forms found by labelling wire reports, notices, diaries and live pages written in other
words: a term one had, beside the one now given, is its old end; a day told as holding stays
a commitment; two moves to one day are two things, and so are two lines of a diary; a day
of a range, of a week's opening hours or of results coming out is no commitment; a
cancellation told in a clause of a past day does not cancel that day; a rough span counts no
day; holidays and list lines take the year their verb gives."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_term_one_had_beside_the_one_now_given_is_its_old_end() -> None:
    text = (
        "Members who had until April 30 to renew their passes can now do so until May 29. "
        "Entry forms, which had to be handed in by 3 June, can now be sent until 10 June."
    )
    assert found(text, D(2027, 4, 20)) == [
        (D(2027, 5, 29), "extended", D(2027, 4, 30)),
        (D(2027, 6, 10), "extended", D(2027, 6, 3)),
    ]


def test_a_plan_one_had_told_is_the_old_date_of_what_is_now_agreed() -> None:
    text = (
        "The landlord, which had said the lease offer would lapse at noon on Thursday, "
        "agreed to hold it open until September 24."
    )
    assert found(text, D(2027, 9, 13)) == [(D(2027, 9, 24), "extended", D(2027, 9, 16))]


def test_a_day_told_as_holding_stays_beside_a_move_from_it() -> None:
    text = (
        "The brewery has pushed back the opening of its new taproom by five weeks. "
        "The taproom had been due to open on 3 October. It is now planned for 7 November.\n\n"
        "Its autumn beer festival will start on 3 October as announced."
    )
    assert found(text, D(2027, 9, 1)) == [
        (D(2027, 11, 7), "postponed", D(2027, 10, 3)),
        (D(2027, 10, 3), "scheduled", None),
    ]


def test_moves_to_one_day_from_two_days_are_two_things_and_a_day_that_remains_stays() -> None:
    text = (
        "Growers in the flooded valley now have until August 20 to file their harvest "
        "returns, which were due on June 1. The levy instalment normally due on May 15 "
        "can also be paid as late as August 20. For other growers the deadline remains June 1."
    )
    assert found(text, D(2027, 5, 3)) == [
        (D(2027, 8, 20), "extended", D(2027, 6, 1)),
        (D(2027, 8, 20), "extended", D(2027, 5, 15)),
        (D(2027, 6, 1), "scheduled", None),
    ]


def test_a_service_delayed_until_a_day_is_put_off_and_a_payment_due_is_extended() -> None:
    service = (
        "Online booking for the ferry, previously announced for 5 March, has been delayed "
        "until 16 April while the new system is tested."
    )
    assert found(service, D(2027, 2, 10)) == [(D(2027, 4, 16), "postponed", D(2027, 3, 5))]
    payment = "The council has delayed the rent payment due on 5 March until 16 April."
    assert found(payment, D(2027, 2, 10)) == [(D(2027, 4, 16), "extended", D(2027, 3, 5))]


def test_a_cancellation_told_of_a_past_day_does_not_cancel_that_day() -> None:
    text = "Pilots last walked out on Feb. 9, when most morning flights were cancelled."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 2, 9), "occurred", None)]


def test_a_day_that_will_not_be_rescheduled_is_called_off() -> None:
    text = "The Leeds date on Nov. 3 and the York show on Nov. 5 will not be rescheduled."
    assert found(text, D(2027, 10, 20)) == [
        (D(2027, 11, 3), "cancelled", None),
        (D(2027, 11, 5), "cancelled", None),
    ]


def test_a_rough_span_counts_no_day_and_a_past_vote_is_held() -> None:
    text = (
        "The island will elect a new council on June 6, about four months earlier than "
        "scheduled, after the assembly voted on Monday to dissolve itself.\n\n"
        "The election had been due on October 3."
    )
    # (the Monday of the vote is no old date of the election)
    assert found(text, D(2027, 3, 17)) == [(D(2027, 6, 6), "advanced", D(2027, 10, 3))]


def test_whole_days_told_in_hours_move_a_day() -> None:
    text = "The semi-final has been brought forward by 48 hours to March 12."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 3, 12), "advanced", D(2027, 3, 14))]


def test_what_would_start_on_a_day_is_only_proposed() -> None:
    text = "Under the draft scheme, a charge on takeaway boxes would start on March 1, 2028."
    assert found(text, D(2027, 8, 4)) == [(D(2028, 3, 1), "proposed", None)]


def test_a_plan_told_in_a_past_clause_may_have_fallen_due_since() -> None:
    text = (
        "Most of the races planned for Tuesday fell victim to the gale. "
        "The regatta set for Saturday was postponed."
    )
    # written on a Thursday: the races were two days ago; what was put off is still ahead
    assert triples(text, D(2027, 8, 5)) == [
        ("Tuesday", "DATE", "2027-08-03"),
        ("Saturday", "DATE", "2027-08-07"),
    ]


def test_a_term_told_just_before_an_old_promise_replaces_it() -> None:
    text = (
        "Bug fixes will continue until May 9, 2028. "
        "The vendor's old plan had promised fixes only until October 2, 2027."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2028, 5, 9), "extended", D(2027, 10, 2))]


def test_a_plan_that_had_been_expected_is_the_old_date() -> None:
    text = "The vote, which had been expected next Tuesday, will take place on Tuesday 23 March."
    assert found(text, D(2027, 3, 3)) == [(D(2027, 3, 23), "postponed", D(2027, 3, 9))]


def test_a_date_the_plan_was_is_read_either_side() -> None:
    text = "The date for the March rent instalment, which was 5 March, has been pushed back a week."
    assert found(text, D(2027, 3, 2)) == [(D(2027, 3, 12), "extended", D(2027, 3, 5))]


def test_the_start_of_a_thing_is_no_old_date_of_its_move() -> None:
    text = (
        "The new charge was due to take effect on 1 May. The council has put it back by two "
        "months, and it will now apply from 1 July."
    )
    assert found(text, D(2027, 4, 2)) == [(D(2027, 7, 1), "postponed", D(2027, 5, 1))]


def test_a_comparison_closed_by_a_comma_marks_no_old_date() -> None:
    text = (
        "We are consulting on proposals to empty bins every three weeks instead of every fortnight, "
        "starting 4 October."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 10, 4), "proposed", None)]


def test_a_day_played_earlier_than_listed_is_brought_forward() -> None:
    text = "The derby will be played a day earlier than listed, on Friday 5 November."
    assert found(text, D(2027, 10, 20)) == [(D(2027, 11, 5), "advanced", D(2027, 11, 6))]


@pytest.mark.parametrize(
    "text",
    [
        "The help desk answers calls Monday to Friday, 9am-5pm.",
        "The bridge will be closed to traffic from 12 to 15 August.",
        "Trade diary, Aug. 9 to Aug. 15",
        "Provisional figures are due on August 20.",
        "The group will report its second-quarter results on August 20.",
        "The launch had been planned for the week beginning 16 August.",
    ],
)
def test_ranges_opening_hours_and_results_date_nothing(text: str) -> None:
    assert found(text, D(2027, 8, 4)) == []


def test_a_weekday_move_is_no_range() -> None:
    text = "The tasting was moved from Monday to Friday."
    assert found(text, D(2027, 8, 4)) == [(D(2027, 8, 6), "postponed", D(2027, 8, 2))]


def test_a_span_from_today_names_a_day() -> None:
    assert found("The panel will meet three weeks from today.", D(2027, 8, 4)) == [
        (D(2027, 8, 25), "scheduled", None)
    ]


def test_each_line_of_a_diary_is_its_own_thing() -> None:
    text = (
        "Tue, Sept. 14 - OSLO: Fisheries ministers meet on cod quotas (moved from Sept. 9).\n"
        "Wed, Sept. 15 - LISBON: Port workers expected to vote on the new contract.\n"
        "Wed, Sept. 15 - VALLETTA: Shipping forum - CANCELLED.\n"
    )
    assert found(text, D(2027, 9, 10)) == [
        (D(2027, 9, 14), "postponed", D(2027, 9, 9)),
        (D(2027, 9, 15), "expected", None),
        (D(2027, 9, 15), "cancelled", None),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a list line: the participle before its noun is no past verb, nor is an expectation
        (
            "Thu, Dec. 2 - Updated limits on card fees take effect.",
            D(2027, 11, 26),
            [("Dec. 2", "DATE", "2027-12-02")],
        ),
        (
            "Dec. 3 - Senate expected to pass the budget.",
            D(2027, 11, 26),
            [("Dec. 3", "DATE", "2027-12-03")],
        ),
        # a past verb far before a holiday weeks away: the coming one
        (
            "Because the fair opened late, shoppers have only 20 days before Christmas.",
            D(2027, 12, 3),
            [("only 20 days", "DURATION", "P20D"), ("Christmas", "DATE", "2027-12-25")],
        ),
        # what one had expected may be still to come
        (
            "Hotels had expected full rooms over Labor Day.",
            D(2027, 8, 30),
            [("Labor Day", "DATE", "2027-09-06")],
        ),
        # "the same date" points back to the day told before it, as "the same day" does
        (
            "The fair opens on May 3. The market was first planned for the same date.",
            D(2027, 4, 20),
            [("May 3", "DATE", "2027-05-03"), ("the same date", "DATE", "2027-05-03")],
        ),
        # British forms of a day: a week after the coming Monday, the Sunday after next, the
        # Saturday that falls on the 27th
        (
            "It takes effect a week on Monday; the final is on Sunday week.",
            D(2027, 5, 12),
            [("a week on Monday", "DATE", "2027-05-24"), ("Sunday week", "DATE", "2027-05-23")],
        ),
        (
            "The lido reopens on Saturday the twenty-seventh.",
            D(2027, 2, 10),
            [("Saturday the twenty-seventh", "DATE", "2027-02-27")],
        ),
        (
            "The firm unveiled on Tuesday the first generation of its chips.",
            D(2027, 2, 10),
            [("Tuesday", "DATE", "2027-02-09")],
        ),
        # a holiday weekend is the weekend next to the holiday
        (
            "Traffic is heavy on Memorial Day weekend.",
            D(2027, 5, 20),
            [("Memorial Day weekend", "DATE", "2027-W21-WE")],
        ),
    ],
)
def test_list_lines_and_holidays_take_their_year(
    text: str, dct: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(text, dct) == expected
