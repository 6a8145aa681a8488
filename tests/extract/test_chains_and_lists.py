"""Forms found by labelling wire stories and notices of our own writing: a thing moved more
than once (only the last day is a commitment, the day before it its previous date), each
day of a list put off with no new day, the day of the meeting that called something off,
a notice's signing line, "12:00 noon", a past verb with "to" and an amount, and the month
"May" read as a verb."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_day_moved_on_from_in_the_same_sentence_is_the_previous_one() -> None:
    text = (
        "The dockers' contract, which was due to lapse on June 30, has been extended twice, "
        "first to July 9 and then to July 16, while mediators work on a deal."
    )
    assert found(text, D(2032, 7, 10)) == [(D(2032, 7, 16), "extended", D(2032, 7, 9))]
    text = "The filing window was extended to March 3 and then again to March 10."
    assert found(text, D(2032, 2, 20)) == [(D(2032, 3, 10), "extended", D(2032, 3, 3))]


def test_a_move_told_as_a_second_one_starts_from_the_first_moves_new_day() -> None:
    text = (
        "Regional ministers have postponed their summit for a second time and will now meet "
        "on Friday, October 22, the secretariat said.\n\n"
        "The talks were first planned for September 30 in Lusaka but were moved to "
        "October 8 when two delegations asked for more time."
    )
    assert found(text, D(2032, 9, 28)) == [(D(2032, 10, 22), "postponed", D(2032, 10, 8))]


def test_an_earlier_moves_new_day_that_a_later_move_starts_from_is_no_commitment() -> None:
    text = (
        "The agency delays the compliance date of the rule from June 1, 2032, to "
        "September 1, 2032. An earlier action had delayed that date from April 1, 2032, "
        "to June 1, 2032."
    )
    assert found(text, D(2032, 5, 20)) == [(D(2032, 9, 1), "postponed", D(2032, 6, 1))]


def test_each_day_of_a_list_put_off_with_no_new_day() -> None:
    text = (
        "Public sessions of the licensing board planned for May 4, May 18 and June 1 "
        "are postponed until further notice."
    )
    assert found(text, D(2032, 4, 28)) == [
        (D(2032, 5, 4), "postponed", None),
        (D(2032, 5, 18), "postponed", None),
        (D(2032, 6, 1), "postponed", None),
    ]


def test_the_day_of_the_meeting_that_called_a_thing_off_was_held() -> None:
    text = (
        "The parish council, at a special meeting held on March 9, voted to call off "
        "the March 21 fun run."
    )
    assert found(text, D(2032, 3, 10)) == [
        (D(2032, 3, 9), "occurred", None),
        (D(2032, 3, 21), "cancelled", None),
    ]
    text = (
        "The trustees, at a meeting held on March 9, adopted a new timetable for the "
        "library works.\n\n"
        "The open day of the trustees scheduled for March 6 was cancelled because of "
        "flooding and will not be rescheduled."
    )
    assert (D(2032, 3, 9), "occurred", None) in found(text, D(2032, 3, 10))


def test_the_signing_line_of_a_notice_dates_no_commitment() -> None:
    text = (
        "The hearing of the planning panel scheduled for February 2, 2032, was cancelled "
        "and will not be rescheduled.\n\n"
        "Dated: February 4, 2032\n"
        "By order of the Panel, Ruth Amadi, Clerk"
    )
    assert found(text, D(2032, 2, 4)) == [(D(2032, 2, 2), "cancelled", None)]


def test_twelve_noon_is_one_time_of_its_day() -> None:
    text = "Bids, first due on May 3, 2032, are now due by 12:00 noon on Monday, May 10, 2032."
    assert ("12:00 noon", "TIME", "2032-05-10T12:00") in triples(text, D(2032, 4, 30))
    assert found(text, D(2032, 4, 30)) == [(D(2032, 5, 10), "extended", D(2032, 5, 3))]


def test_a_past_verb_with_to_and_an_amount_is_no_infinitive() -> None:
    text = "The bond yield slipped to 3.91 percent on Thursday from 3.95 percent."
    assert triples(text, D(2032, 6, 8)) == [("Thursday", "DATE", "2032-06-03")]
    text = "The two sides agreed to meet on Thursday."
    assert triples(text, D(2032, 6, 8)) == [("Thursday", "DATE", "2032-06-10")]


def test_the_month_may_is_no_modal_for_the_day_after_it() -> None:
    text = "Envoys met in Oslo on May 10 and May 11 without a deal."
    assert triples(text, D(2032, 5, 19)) == [
        ("May 10", "DATE", "2032-05-10"),
        ("May 11", "DATE", "2032-05-11"),
    ]


def test_what_is_expected_to_be_held_on_a_day_is_expected() -> None:
    text = "A by-election for the Riverside seat is expected to be held on June 20."
    assert found(text, D(2032, 5, 3)) == [(D(2032, 6, 20), "expected", None)]
    text = "A by-election for the Riverside seat will be held on June 20."
    assert found(text, D(2032, 5, 3)) == [(D(2032, 6, 20), "scheduled", None)]


def test_a_report_published_on_a_day_is_no_commitment_whatever_it_is_on() -> None:
    text = (
        "The monitoring mission is due to publish a report on living conditions in the camps "
        "of the northern border region on Monday."
    )
    assert found(text, D(2032, 5, 5)) == []
    text = "The monitoring mission will hold a meeting on conditions in the camps on Monday."
    assert found(text, D(2032, 5, 5)) == [(D(2032, 5, 10), "scheduled", None)]


def test_a_hearing_on_a_subject_put_off_is_postponed_whatever_the_subject() -> None:
    text = (
        "The assembly had set a hearing on school funding for Friday, but its speaker said "
        "it would be postponed to June 2."
    )
    assert found(text, D(2032, 5, 25)) == [(D(2032, 6, 2), "postponed", D(2032, 5, 28))]


def test_a_move_from_one_weekday_to_the_next_reads_both_days_around_now() -> None:
    text = "A procedural vote on the bill slipped from Tuesday to Thursday."
    assert triples(text, D(2032, 5, 19)) == [
        ("Tuesday", "DATE", "2032-05-18"),
        ("Thursday", "DATE", "2032-05-20"),
    ]
    assert found(text, D(2032, 5, 19)) == [(D(2032, 5, 20), "postponed", D(2032, 5, 18))]


def test_a_participle_clause_with_no_verb_of_its_own_takes_the_main_verbs_time() -> None:
    text = "The Nikkei gained 9 percent last year, ending on Friday at 33,464."
    assert ("Friday", "DATE", "2032-01-02") in triples(text, D(2032, 1, 6))
    text = "The dockers will walk out next week, starting on Monday."
    assert ("Monday", "DATE", "2032-01-12") in triples(text, D(2032, 1, 6))


def test_an_event_in_the_present_right_before_a_weekday_looks_ahead() -> None:
    text = "The county show opens Saturday at Riverside Park, and Ellis said tickets had sold out."
    assert triples(text, D(2032, 7, 12)) == [("Saturday", "DATE", "2032-07-17")]


def test_a_clock_time_with_its_zone_and_yesterday_is_of_yesterday() -> None:
    text = "Forecasters issued a flood warning at 6.45am AEDT yesterday for the river valleys."
    assert triples(text, D(2032, 2, 10)) == [("6.45am AEDT yesterday", "TIME", "2032-02-09T06:45")]


def test_a_quarter_of_an_hour_or_half_of_a_match_is_no_part_of_a_year() -> None:
    text = (
        "United defended for the last quarter of an hour and scored in the first half of the match."
    )
    assert ("the last quarter", "DATE", "2031-Q4") not in triples(text, D(2032, 2, 10))
    assert [t for t in triples(text, D(2032, 2, 10)) if t[1] == "DATE"] == []


def test_an_appearance_at_a_named_court_is_court_business() -> None:
    text = "The driver is due to appear at Leeds Crown Court on 2 April."
    assert found(text, D(2032, 3, 10)) == []
    text = "The driver appeared before Leeds magistrates on Monday and was bailed."
    assert found(text, D(2032, 3, 10)) == []


def test_the_day_a_contract_was_ratified_happened_beside_what_it_called_off() -> None:
    text = (
        "A walkout by signal staff, which had been set for April 9, was called off last week "
        "after members ratified a new four-year contract on March 30."
    )
    assert found(text, D(2032, 4, 2)) == [
        (D(2032, 4, 9), "cancelled", None),
        (D(2032, 3, 30), "occurred", None),
    ]


def test_a_term_that_will_finish_later_is_extended() -> None:
    text = "Instead, the first semester will finish on Friday 9 April rather than 2 April."
    assert found(text, D(2032, 3, 1)) == [(D(2032, 4, 9), "extended", D(2032, 4, 2))]
