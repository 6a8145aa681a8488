"""Forms found by labelling wire stories, notices and local news of our own writing: the day
of a move's decision, a thing named by its day and then moved, a move on from a day told in
a relative clause, a plan in the perfect infinitive, a "when" clause after a call-off, a call
to the market, a permission, a noun's due day in a past clause, a span with no spaces
around its dash, a closure that runs until a later day, a holiday a few days away, an
"hour-long" event and a length told in two units."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_the_day_a_move_was_decided_is_no_commitment() -> None:
    text = "The regional assembly on Tuesday moved the budget vote to June 14."
    assert found(text, D(2031, 5, 8)) == [(D(2031, 6, 14), "postponed", None)]
    text = "On Friday the regional assembly pushed the budget vote back to June 14."
    assert found(text, D(2031, 5, 12)) == [(D(2031, 6, 14), "postponed", None)]
    # (a vote held on the day is one)
    text = "Councillors on Tuesday voted to delay the by-election to June 14."
    assert (D(2031, 5, 6), "occurred", None) in found(text, D(2031, 5, 8))


def test_a_thing_named_by_its_day_and_moved_has_that_day_as_its_previous() -> None:
    text = "Saturday's regatta on the lake has been brought forward to Friday."
    assert found(text, D(2031, 5, 7)) == [(D(2031, 5, 9), "advanced", D(2031, 5, 10))]


def test_a_day_moved_to_in_a_relative_clause_then_moved_again_is_the_previous() -> None:
    text = (
        "The compliance date of the labelling rule, which was delayed to April 2, 2031, "
        "is further delayed until July 1, 2031."
    )
    assert found(text, D(2031, 3, 28)) == [(D(2031, 7, 1), "postponed", D(2031, 4, 2))]


def test_a_plan_in_the_perfect_infinitive_takes_the_main_verbs_time() -> None:
    # published on a Wednesday: the Monday gone by, as the main verb is past
    text = "The inspection, which was to have started on Monday, was put off."
    assert found(text, D(2031, 5, 7)) == [(D(2031, 5, 5), "postponed", None)]
    # (with the main verb ahead, the day is still to come)
    text = "Voting, which was to have closed on Friday, will stay open until June 2."
    assert found(text, D(2031, 5, 7)) == [(D(2031, 6, 2), "extended", D(2031, 5, 9))]


def test_a_day_of_a_when_clause_after_a_call_off_is_that_clauses() -> None:
    text = (
        "A levy on imported steel had been due to begin on March 25. It was scrapped when "
        "the ministry revised its budget plans on March 19."
    )
    assert found(text, D(2031, 3, 22)) == [(D(2031, 3, 25), "cancelled", None)]


def test_a_call_to_the_market_is_no_commitment() -> None:
    text = "The company will hold an earnings call for investors at 9 a.m. on Thursday."
    assert found(text, D(2031, 5, 6)) == []
    # (a public meeting held by conference call is one)
    text = "The council will hold a public meeting by conference call on Thursday, May 8, 2031."
    assert found(text, D(2031, 5, 6)) == [(D(2031, 5, 8), "scheduled", None)]


def test_a_permission_is_no_proposal() -> None:
    text = "Tax returns normally due on May 15, 2031, may be filed as late as August 15, 2031."
    assert found(text, D(2031, 5, 2)) == [(D(2031, 8, 15), "extended", D(2031, 5, 15))]


def test_a_nouns_due_day_in_a_past_clause_may_have_passed() -> None:
    # (the day gone by, not next year's: a past day that names no event is no commitment)
    text = "The carrier missed a $3 million lease payment due on April 30."
    assert found(text, D(2031, 5, 12)) == []
    text = "The carrier will make the lease payment due on April 30."
    assert found(text, D(2031, 4, 12)) == [(D(2031, 4, 30), "scheduled", None)]


def test_a_span_with_no_spaces_around_its_dash_is_no_day() -> None:
    text = "The spring break (14 April-25 April) is listed on the school's site."
    assert found(text, D(2031, 3, 1)) == []


def test_a_closure_that_runs_until_a_later_day_is_extended() -> None:
    text = (
        "The bridge closure will now run until the end of service on Monday 16 June, rather "
        "than Monday 9 June as first planned."
    )
    assert found(text, D(2031, 6, 2)) == [(D(2031, 6, 16), "extended", D(2031, 6, 9))]


def test_a_new_date_told_as_given_is_no_new_date_sought() -> None:
    text = (
        "The union has called off a stoppage planned for July 3. It said the new date had "
        "been sent to the employer on Monday."
    )
    assert found(text, D(2031, 6, 25)) == [(D(2031, 7, 3), "cancelled", None)]


def test_a_holiday_a_few_days_away_is_that_one_whatever_the_tense() -> None:
    # Thursday 10 November 2033: Veterans Day is the next day, Election Day two days gone
    text = "Members flew home for the Veterans Day break."
    assert triples(text, D(2033, 11, 10)) == [("Veterans Day", "DATE", "2033-11-11")]
    text = "Most ballots were cast before Election Day."
    assert triples(text, D(2033, 11, 10)) == [("Election Day", "DATE", "2033-11-08")]


def test_an_hour_long_event_lasts_an_hour() -> None:
    assert triples("They held an hour-long vigil.") == [("an hour-long", "DURATION", "PT1H")]
    assert triples("a three-hour-long debate") == [("three-hour-long", "DURATION", "PT3H")]


def test_a_length_told_in_two_units_is_one() -> None:
    text = "The hearing lasted three hours and 40 minutes."
    assert triples(text) == [("three hours and 40 minutes", "DURATION", "PT3H40M")]
    text = "The permit, which runs out on June 30, was extended by one month and ten days."
    # (a month from a month's last day is the next one's last: July 31, then ten days)
    assert found(text, D(2033, 5, 2)) == [(D(2033, 8, 10), "extended", D(2033, 6, 30))]


def test_a_journey_told_in_the_present_looks_ahead() -> None:
    # Sunday 7 August 2033
    text = "The chancellor flies to Ottawa on Wednesday for the trade talks."
    assert triples(text, D(2033, 8, 7))[0] == ("Wednesday", "DATE", "2033-08-10")
    text = "The envoy heads for Nairobi on Friday."
    assert triples(text, D(2033, 8, 7)) == [("Friday", "DATE", "2033-08-12")]


def test_a_deadline_extended_by_a_span_in_a_clause_or_sentence_of_its_own() -> None:
    text = "Bidders had been due to file by 30 April; that deadline was extended by 14 days."
    assert found(text, D(2033, 4, 20)) == [(D(2033, 5, 14), "extended", D(2033, 4, 30))]
    # ("at the bidders' request": who asked, with the change made)
    text = (
        "Bidders had been due to file by 30 April. At the consortium's request that "
        "deadline was extended by 14 days."
    )
    assert found(text, D(2033, 4, 20)) == [(D(2033, 5, 14), "extended", D(2033, 4, 30))]


def test_a_reported_window_told_in_the_present_looks_ahead() -> None:
    text = "The maker said updates for its older handsets lapse on March 31."
    assert found(text, D(2033, 1, 12)) == [(D(2033, 3, 31), "scheduled", None)]


def test_the_day_of_a_moves_cause_is_not_moved() -> None:
    # Thursday 10 November 2033: the final set for Sunday the 13th is now on Saturday
    text = (
        "Sunday's rowing final has been brought forward to Saturday because of high winds "
        "forecast for Sunday."
    )
    assert found(text, D(2033, 11, 10)) == [(D(2033, 11, 12), "advanced", D(2033, 11, 13))]


def test_the_same_weekday_told_after_a_date_is_that_date() -> None:
    text = "Officials moved the ballot to June 5, the same Sunday as the regional vote."
    assert triples(text, D(2033, 3, 1))[-1] == ("the same Sunday", "DATE", "2033-06-05")


def test_a_span_of_weeks_and_days_and_a_request_told_as_whose() -> None:
    text = "Bids were due by 31 March; the deadline was extended by two weeks and three days."
    assert found(text, D(2033, 3, 12)) == [(D(2033, 4, 17), "extended", D(2033, 3, 31))]
    text = "Rent was due by May 31; at the tenants' request the landlord extended it by ten days."
    assert found(text, D(2033, 5, 7)) == [(D(2033, 6, 10), "extended", D(2033, 5, 31))]
    # (the day of a cause is no commitment of its own)
    text = "The concert was moved to May 24 because the stadium is booked for May 17."
    assert found(text, D(2033, 5, 7)) == [(D(2033, 5, 24), "postponed", None)]
