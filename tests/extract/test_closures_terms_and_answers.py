"""Forms found by labelling transport, health, school, strike, tax, permit and energy news,
written in other words: a plan told as "were going to" before a change in a later clause, the
old term's own "until", old days paired with the nearest new one, adjectives and topics that
only sound like changes, a time zone that ends its sentence, spans told after their day
("ahead of schedule", "longer than announced"), offers, labels naming a day, questions,
relative clauses and places that closed."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_plan_that_was_going_to_hold_and_a_change_in_a_later_clause() -> None:
    text = (
        "Shops were going to have to display the notice until May 31; the council has brought "
        "that end date forward to May 8."
    )
    assert found(text, D(2026, 5, 1)) == [(D(2026, 5, 8), "advanced", D(2026, 5, 31))]


def test_the_old_term_s_own_until_after_instead_of() -> None:
    text = "Students may enrol until 14 August instead of until 31 July, the college said."
    assert found(text, D(2026, 6, 1)) == [(D(2026, 8, 14), "extended", D(2026, 7, 31))]


def test_an_old_day_goes_to_the_new_day_nearest_it() -> None:
    text = (
        "Landlords now have until Oct. 9 to register and until Nov. 20, rather than Oct. 30, "
        "to complete the checks."
    )
    assert sorted(found(text, D(2026, 9, 1))) == [
        (D(2026, 10, 9), "scheduled", None),
        (D(2026, 11, 20), "extended", D(2026, 10, 30)),
    ]


def test_an_extended_outage_and_the_cost_of_a_delay_are_no_changes() -> None:
    outage = "The operator will take the unit offline for an extended maintenance outage on May 4."
    assert found(outage, D(2026, 4, 1)) == [(D(2026, 5, 4), "scheduled", None)]
    cost = "The board will review the cost of the delay when it meets on Thursday, April 9."
    assert found(cost, D(2026, 4, 1)) == [(D(2026, 4, 9), "scheduled", None)]


def test_a_time_zone_ends_its_sentence_and_an_inverted_condition_dates_nothing() -> None:
    text = (
        "The window opens at 4:02 a.m. EST. Should high winds prevent a launch, backup "
        "opportunities exist on March 12 and March 13."
    )
    assert found(text, D(2026, 2, 2)) == []


def test_a_day_earlier_than_the_previously_announced_date() -> None:
    text = "The rocket will now launch on June 9, 2026, two days earlier than the previously announced date."
    assert found(text, D(2026, 5, 1)) == [(D(2026, 6, 9), "advanced", D(2026, 6, 11))]


def test_a_proposal_voted_down_is_no_plan() -> None:
    text = "A motion to keep the scheme open until December 31 was voted down on Monday."
    assert [c for c in found(text, D(2026, 5, 6)) if c[1] != "occurred"] == []


def test_ahead_of_schedule_and_the_old_plan_s_own_until() -> None:
    text = (
        "The footbridge will reopen on Saturday, two weeks ahead of schedule. The council had "
        "previously said it would not reopen until December 12."
    )
    assert found(text, D(2026, 11, 25)) == [(D(2026, 11, 28), "advanced", D(2026, 12, 12))]


def test_a_move_of_its_own_on_another_thing_s_old_day_stands() -> None:
    text = (
        "Lectures will now begin on Monday 28 September rather than 21 September. Welcome week "
        "moves back too and now opens on 21 September."
    )
    assert sorted(c[0] for c in found(text, D(2026, 8, 20))) == [D(2026, 9, 21), D(2026, 9, 28)]


def test_a_weekend_s_own_end_is_no_end_of_the_month() -> None:
    text = "Repairs are planned for either the second or the third weekend of June."
    assert triples(text, D(2026, 4, 1)) == [("June", "DATE", "2026-06")]


def test_longer_than_announced_counts_the_old_end() -> None:
    text = (
        "The tunnel will now stay shut until March 20, five days longer than originally announced."
    )
    assert found(text, D(2026, 3, 2)) == [(D(2026, 3, 20), "extended", D(2026, 3, 15))]


def test_a_meeting_offered_is_proposed() -> None:
    text = "Ministers have offered a further round of talks on June 12."
    assert found(text, D(2026, 6, 1)) == [(D(2026, 6, 12), "proposed", None)]


def test_a_day_given_as_a_label_s_value_is_the_change_s_own() -> None:
    text = (
        "SUMMARY: Filers in the county now have until July 15, 2026, to file. These returns were "
        "originally due on April 15, 2026.\n\n"
        "DATES: Extended due date for returns and payments: July 15, 2026.\n\n"
        "HELP: The office will hold a filing clinic at the library on Saturday, May 9, 2026."
    )
    assert (D(2026, 5, 9), "scheduled", None) in found(text, D(2026, 4, 20))


def test_a_question_carries_no_change() -> None:
    text = (
        "Q: When is the last day to apply?\n"
        "A: Applications must be lodged by 30 September 2026.\n\n"
        "Q: Can I still extend my stay?\n"
        "A: Only until further notice."
    )
    assert found(text, D(2026, 6, 1)) == [(D(2026, 9, 30), "scheduled", None)]


def test_a_day_of_a_relative_clause_is_another_thing_s() -> None:
    text = (
        "The probe had been due to launch on May 4, the first day of a window that stays open "
        "until June 2."
    )
    assert (D(2026, 6, 2), "scheduled", None) in found(text, D(2026, 4, 20))


def test_a_place_that_closed_on_a_day_is_no_old_end() -> None:
    text = (
        "The coast road at Milton, which closed last Monday, will now stay shut until May 29, "
        "four days longer than originally announced."
    )
    assert found(text, D(2026, 5, 6)) == [(D(2026, 5, 29), "extended", D(2026, 5, 25))]


def test_a_call_off_stays_one_when_no_new_date_is_given() -> None:
    text = (
        "The developer has called off the share sale it had slated for May 12. A second firm "
        "postponed its listing, which had been set for May 13. It did not give a new date."
    )
    assert sorted(found(text, D(2026, 5, 4))) == [
        (D(2026, 5, 12), "cancelled", None),
        (D(2026, 5, 13), "postponed", None),
    ]


def test_a_payment_that_was_to_be_made_and_one_withdrawn() -> None:
    text = (
        "The second payment, which was to be made on 15 June 2026, will instead be made on "
        "29 June 2026. The third payment, planned for 12 October 2026, is withdrawn."
    )
    assert [(c[0], c[2]) for c in found(text, D(2026, 5, 4))] == [
        (D(2026, 6, 29), D(2026, 6, 15)),
        (D(2026, 10, 12), None),
    ]
    assert found(text, D(2026, 5, 4))[1][1] == "cancelled"


def test_earlier_than_a_day_written_day_first() -> None:
    text = "The network will close on 31 January 2027, two months earlier than the 31 March date."
    assert found(text, D(2026, 7, 6)) == [(D(2027, 1, 31), "advanced", D(2027, 3, 31))]


def test_a_day_denied_beside_the_one_given_is_the_old_one() -> None:
    text = "The old system will run until 30 June 2026, and not until 31 March, as was announced."
    assert found(text, D(2026, 1, 10)) == [(D(2026, 6, 30), "extended", D(2026, 3, 31))]


def test_a_day_before_a_thing_told_as_moved_is_its_new_day() -> None:
    text = "Voters go to the polls on Sunday in a runoff that was pushed back by two weeks."
    assert found(text, D(2026, 11, 2)) == [(D(2026, 11, 8), "postponed", D(2026, 10, 25))]


def test_a_window_that_closes_on_a_weekday_is_ahead() -> None:
    # written on a Monday: the Friday gone by is nearer, but a window that closes is ahead
    text = "Entries for the essay prize close at noon on Friday."
    assert found(text, D(2026, 9, 21)) == [(D(2026, 9, 25), "scheduled", None)]


def test_what_only_looks_like_these_forms_keeps_its_reading() -> None:
    d = D(2026, 5, 6)  # a Wednesday
    troops = "Troops were withdrawn from the border on Monday, and talks resume on June 3."
    assert (D(2026, 6, 3), "scheduled", None) in found(troops, d)
    buses = "Friday's trains are cancelled and will be replaced by buses."
    assert found(buses, d) == [(D(2026, 5, 8), "cancelled", None)]
    close = "Negotiators came close on Monday to a deal on the budget."
    assert found(close, d) == [(D(2026, 5, 4), "occurred", None)]
    listed = "The concert on Friday, and the gala, have been called off."
    assert found(listed, d) == [(D(2026, 5, 8), "cancelled", None)]
    ahead = "Work on the bridge is ahead of schedule, and the road will reopen on June 3."
    assert found(ahead, d) == [(D(2026, 6, 3), "scheduled", None)]
    sold = "The festival will offer a free concert on June 3."
    assert found(sold, d) == [(D(2026, 6, 3), "scheduled", None)]
    leaders = "The leaders of the two countries may meet on June 3."
    assert found(leaders, d) == [(D(2026, 6, 3), "proposed", None)]
    but = "Analysts expect that rates will stay high, but the bank will meet on June 3."
    assert found(but, d) == [(D(2026, 6, 3), "scheduled", None)]
    snow = "The city will switch on its snow cannons on June 3."
    assert found(snow, d) == [(D(2026, 6, 3), "scheduled", None)]
    assert ("the 20th", "DATE", "2026-05-20") in triples(
        "Rent is due on the 20th under the new rules.", d
    )


def test_lists_of_old_and_new_days_pair_in_order() -> None:
    text = "Exams first set for May 11, May 18 and May 25 will now take place on June 1 and June 8."
    moved = [c for c in found(text, D(2026, 5, 4)) if c[1] == "postponed"]
    assert moved == [
        (D(2026, 6, 1), "postponed", D(2026, 5, 11)),
        (D(2026, 6, 8), "postponed", D(2026, 5, 18)),
    ]
