"""Forms found by labelling company meetings and deals, truces, budgets, sanctions, hunting
seasons and permit notices, written in other words: old plans told in the possessive or
with a clock time and its zone, a past perfect before its comma, deal dates that end a term,
forecasts with a clause of their own, a change told as "This extends", a proposal spoken
of, a morning after, a clause of its own before a call-off, counted and indefinite moves, an
adjourned meeting held again and a meeting replaced by another."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_an_old_plan_in_the_possessive_is_the_previous_date() -> None:
    # written on a Wednesday: the first plan was for the Tuesday just gone
    text = "The ballot, first scheduled for Tuesday's sitting, will now be held on June 18."
    assert found(text, D(2026, 6, 3)) == [(D(2026, 6, 18), "postponed", D(2026, 6, 2))]


def test_a_clock_time_told_in_a_place_s_time_belongs_to_its_day() -> None:
    text = "Bids may now be lodged until 3 p.m. Lisbon time on Monday, March 9."
    assert ("3 p.m.", "TIME", "2026-03-09T15:00") in triples(text, D(2026, 2, 20))


def test_an_old_day_told_with_its_clock_time_and_zone_is_the_previous_date() -> None:
    text = (
        "The offer, previously scheduled to expire at 11:59 p.m., Pacific Daylight Time, on "
        "June 2, 2026, "
        "has been extended until June 16, 2026."
    )
    assert found(text, D(2026, 6, 3)) == [(D(2026, 6, 16), "extended", D(2026, 6, 2))]


def test_a_past_perfect_before_its_comma_still_tells_the_clause() -> None:
    text = "The filing window had already been extended once, from May 4 to May 18."
    assert ("May 18", "DATE", "2026-05-18") in triples(text, D(2026, 5, 25))


def test_a_deal_s_long_stop_date_and_funding_that_runs_on_are_ends() -> None:
    deal = "The two firms agreed to move the long-stop date from 30 April to 30 June."
    assert found(deal, D(2026, 4, 2)) == [(D(2026, 6, 30), "extended", D(2026, 4, 30))]
    funded = "Departments will stay funded through Dec. 12 instead of Oct. 31."
    assert [c[1] for c in found(funded, D(2026, 10, 20))] == ["extended"]


def test_a_forecast_whose_own_clause_holds_the_day_is_expected() -> None:
    text = "The budget office estimates that the fund will be empty on Nov. 2."
    assert found(text, D(2026, 9, 1)) == [(D(2026, 11, 2), "expected", None)]


def test_a_plan_told_as_gone_before_a_semicolon_does_not_make_the_new_day_old() -> None:
    text = (
        "The crews will meet again on Wednesday. The handover was supposed to take place last "
        "week; it has now been rescheduled for Saturday."
    )
    assert sorted(found(text, D(2026, 5, 4))) == [
        (D(2026, 5, 6), "scheduled", None),
        (D(2026, 5, 9), "postponed", None),
    ]


def test_the_weather_is_no_commitment() -> None:
    text = "Forecasters say heavy showers are likely across the coast on Saturday."
    assert found(text, D(2026, 5, 4)) == []


def test_a_change_whose_subject_points_back_moves_the_day_before_it() -> None:
    text = (
        "Objections must now reach the council no later than June 12, 2026. This extends the "
        "deadline of May 29, 2026. Written questions on the draft plan are due July 3, 2026."
    )
    assert found(text, D(2026, 5, 20)) == [
        (D(2026, 6, 12), "extended", D(2026, 5, 29)),
        (D(2026, 7, 3), "scheduled", None),
    ]


def test_a_hearing_on_a_proposal_is_no_proposal() -> None:
    text = "The board will hold a public hearing on the fare proposal on April 14, 2026."
    assert found(text, D(2026, 3, 2)) == [(D(2026, 4, 14), "scheduled", None)]


def test_the_morning_after_a_day_is_a_day_and_results_posted_are_none() -> None:
    text = "The firm will post its results on Feb. 10 and hold a call the following morning."
    assert found(text, D(2026, 1, 20)) == [(D(2026, 2, 11), "scheduled", None)]


def test_an_old_plan_of_another_thing_is_not_folded_into_a_restated_move() -> None:
    text = (
        "Grove delays watch launch to May 14\n\n"
        "Originally slated for April 9, the launch will now take place on May 14.\n\n"
        "Pre-orders had been due to open on Thursday. That is no longer happening."
    )
    assert sorted(found(text, D(2026, 4, 6))) == [
        (D(2026, 4, 9), "cancelled", None),
        (D(2026, 5, 14), "postponed", D(2026, 4, 9)),
    ]


def test_an_ordinal_before_its_noun_counts_things() -> None:
    text = "The levy, part of the 12th package agreed in March, starts on July 1."
    assert [t[0] for t in triples(text, D(2026, 5, 2))] == ["March", "July 1"]


def test_a_day_of_a_clause_of_time_is_that_clause_s() -> None:
    text = "Ministers will discuss a possible new levy when they meet on Monday, June 8."
    assert found(text, D(2026, 6, 1)) == [(D(2026, 6, 8), "scheduled", None)]


def test_a_day_of_its_own_clause_before_a_call_off_is_not_called_off() -> None:
    text = (
        "The two sides stayed apart on Sunday over pay, and the union called off the strike "
        "it had planned for Wednesday."
    )
    assert found(text, D(2026, 6, 1)) == [(D(2026, 6, 3), "cancelled", None)]


def test_an_old_weekday_is_the_one_a_counted_move_lands_on() -> None:
    # written on a Tuesday; 30 days before May 19 is Saturday, April 19, not April 12
    text = (
        "Both sides agreed to extend the truce by 30 days, until May 19. The truce had been "
        "due to expire on Saturday."
    )
    assert found(text, D(2025, 4, 15)) == [(D(2025, 5, 19), "extended", D(2025, 4, 19))]


def test_a_move_with_no_new_day_replaces_nothing_told_before_it() -> None:
    text = (
        "A liaison group will meet for the first time on May 12.\n\n"
        "The main talks, which had been set for Thursday, May 14, have been postponed "
        "indefinitely."
    )
    assert found(text, D(2026, 5, 5)) == [
        (D(2026, 5, 12), "scheduled", None),
        (D(2026, 5, 14), "postponed", None),
    ]


def test_an_old_plan_this_morning_is_today() -> None:
    text = "The plenary, due to begin at 9:30 this morning, has been pushed back to Friday."
    assert found(text, D(2026, 11, 11)) == [(D(2026, 11, 13), "postponed", D(2026, 11, 11))]


def test_an_adjourned_meeting_held_again_is_put_off() -> None:
    text = "The adjourned meeting will be held at the same place at 10 a.m. on 21 May 2026."
    assert [c[1] for c in found(text, D(2026, 5, 8))] == ["postponed"]


def test_a_meeting_called_off_and_replaced_by_another_is_moved() -> None:
    text = (
        "A public meeting will be held online on 28 May 2026. The meeting previously arranged "
        "for 14 May 2026 has been cancelled and is replaced by this meeting."
    )
    assert found(text, D(2026, 5, 2)) == [(D(2026, 5, 28), "postponed", D(2026, 5, 14))]
