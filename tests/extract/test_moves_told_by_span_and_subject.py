"""Forms found by labelling wire reports, newscasts, regulators' notices and client alerts,
written in other words: a move told by its span in one sentence and its new day in another,
an old plan told far ahead of its day or as the subject of its sentence, more time given,
a change noun whose verb is negated, words that look like a request or a call-off but are
not one, a new date still to be announced, and days of telling acts."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments, find_temporal_expressions

D = dt.date


def test_what_was_to_be_received_by_a_day_is_the_old_day_of_the_new_one() -> None:
    text = (
        "Objections, which were to be received by June 12, 2031, may now be sent "
        "until July 14, 2031."
    )
    assert found(text, D(2031, 5, 2)) == [(D(2031, 7, 14), "extended", D(2031, 6, 12))]


def test_an_old_requirement_told_far_ahead_of_its_day() -> None:
    text = (
        "Operators were originally required to show that every one of their ageing "
        "pipelines had been inspected, repaired and pressure-tested by 30 June 2031. "
        "The regulator has agreed to give them a further two months, and the deadline "
        "is now 31 August 2031."
    )
    assert found(text, D(2031, 4, 2)) == [(D(2031, 8, 31), "extended", D(2031, 6, 30))]


def test_a_day_later_than_the_agency_had_required_is_an_extended_due_day() -> None:
    text = "Audit files are now due May 20, 21 days later than the agency had required."
    assert found(text, D(2031, 4, 2)) == [(D(2031, 5, 20), "extended", D(2031, 4, 29))]


def test_a_span_told_first_gives_its_old_day_to_the_new_day_told_next() -> None:
    text = (
        "On Tuesday the ministry issued an order pushing back by one year the date "
        "for small bakeries to meet the labelling rule. Small bakeries now have "
        "until March 1, 2033, to relabel their goods."
    )
    assert found(text, D(2031, 9, 12)) == [(D(2033, 3, 1), "postponed", D(2032, 3, 1))]


def test_a_headline_span_reaches_the_new_day_past_the_day_given_up() -> None:
    text = (
        "Nurses put off strike by a week\n\n"
        "Nurses at the city hospitals will not walk out on Monday after their union "
        "agreed to more talks. The walkout would now begin on Monday, June 16, "
        "the union said."
    )
    assert found(text, D(2031, 6, 4)) == [(D(2031, 6, 16), "postponed", D(2031, 6, 9))]


def test_a_fortnight_and_an_old_plan_in_a_quote() -> None:
    text = (
        "The regional forum summit has been put back by a fortnight. Leaders will now "
        'meet in the capital on May 20. "We had all planned for May 6," the host said.'
    )
    assert found(text, D(2031, 4, 2)) == [(D(2031, 5, 20), "postponed", D(2031, 5, 6))]


def test_a_truce_kept_in_place_for_more_days_is_extended() -> None:
    text = (
        "The two governments will keep their fishing truce in place for another 30 days. "
        "The truce will now run until July 31, officials said."
    )
    assert found(text, D(2031, 6, 25)) == [(D(2031, 7, 31), "extended", D(2031, 7, 1))]


def test_more_weeks_allowed_before_the_new_closing_day() -> None:
    text = (
        "The board has allowed three more weeks for replies, and the survey now closes "
        "on 24 October 2031."
    )
    assert found(text, D(2031, 9, 1)) == [(D(2031, 10, 24), "extended", D(2031, 10, 3))]


def test_a_change_noun_whose_verb_is_negated_leaves_its_day_as_it_was() -> None:
    text = "The delay does not change the August 15 deadline for filing the returns."
    assert found(text, D(2031, 7, 1)) == [(D(2031, 8, 15), "scheduled", None)]


def test_a_strike_called_for_a_day_and_a_draft_handed_in_are_plans() -> None:
    assert found("A further walkout called for June 9 remains on.", D(2031, 6, 2)) == [
        (D(2031, 6, 9), "scheduled", None)
    ]
    text = "The council has until June 20 to submit its draft plan to the minister."
    assert found(text, D(2031, 6, 2)) == [(D(2031, 6, 20), "scheduled", None)]


def test_comments_on_a_proposed_change_are_due_as_scheduled() -> None:
    text = "Comments on the proposed extension must be received by July 9, 2031."
    assert found(text, D(2031, 6, 2)) == [(D(2031, 7, 9), "scheduled", None)]


def test_what_one_will_no_longer_do_from_a_day_starts_then() -> None:
    text = "From 1 March 2032 you will no longer be able to pay the fee by cheque."
    assert found(text, D(2031, 12, 1)) == [(D(2032, 3, 1), "scheduled", None)]
    text = "The 9 March meeting will no longer take place."
    assert found(text, D(2032, 2, 1)) == [(D(2032, 3, 9), "cancelled", None)]


def test_what_would_come_into_force_is_proposed() -> None:
    text = "Under the draft, the new limits would come into force on 1 July 2032."
    assert found(text, D(2031, 12, 1)) == [(D(2032, 7, 1), "proposed", None)]


def test_comment_asked_on_whether_to_move_a_deadline_is_a_proposal() -> None:
    text = (
        "The agency also asked for views on whether to move the filing deadline back "
        "three months, to October 1, 2032."
    )
    assert found(text, D(2031, 12, 1)) == [(D(2032, 10, 1), "proposed", None)]


def test_a_period_that_has_been_terminated_is_called_off() -> None:
    text = "The consultation, which was to close March 3, has been terminated."
    assert found(text, D(2032, 2, 10)) == [(D(2032, 3, 3), "cancelled", None)]


def test_a_new_date_still_to_be_posted_gives_nothing_to_another_meeting() -> None:
    text = (
        "Final approval of the plan is set for the regular board meeting of June 24.\n\n"
        "The board retreat first set for Thursday, June 5, has been postponed; a new date "
        "will be announced on the website."
    )
    assert found(text, D(2031, 5, 20)) == [
        (D(2031, 6, 24), "scheduled", None),
        (D(2031, 6, 5), "postponed", None),
    ]


def test_what_growers_had_been_preparing_for_is_the_old_start() -> None:
    text = (
        "The ministry said on Monday that the spraying rule would not take effect until "
        "May 1. Farmers had been preparing for the rule to apply from March 1."
    )
    assert found(text, D(2032, 1, 15)) == [(D(2032, 5, 1), "postponed", D(2032, 3, 1))]


def test_the_original_period_as_the_subject_gives_its_day_to_the_new_one() -> None:
    text = (
        "The original comment period, announced in a notice published on January 5, "
        "2032, closed on February 20, 2032. Comments will now be accepted through "
        "April 6, 2032."
    )
    assert found(text, D(2032, 3, 10)) == [(D(2032, 4, 6), "extended", D(2032, 2, 20))]


def test_a_known_meeting_moved_by_a_span_in_a_later_paragraph() -> None:
    text = (
        "DATES: The public workshop will be held on Tuesday, June 10, 2031.\n\n"
        "The public workshop will take place two days later than announced in the May 2 "
        "news release, to avoid a clash with the harvest fair."
    )
    assert found(text, D(2031, 5, 20)) == [(D(2031, 6, 10), "postponed", D(2031, 6, 8))]


def test_that_date_as_what_a_change_would_move_restates_the_day() -> None:
    text = (
        "Firms must still register by 30 June 2032, and the agency warned that it would "
        "not move that date."
    )
    assert found(text, D(2032, 3, 1)) == [(D(2032, 6, 30), "scheduled", None)]


def test_the_day_of_a_past_act_after_a_call_off_is_past() -> None:
    text = (
        "The board has called off next Tuesday's hearing on its rate plan, after the "
        "chairman withdrew the plan on Monday."
    )
    days = {t.text: t.value for t in find_temporal_expressions(text, D(2032, 3, 3))}
    assert days["Monday"] == "2032-03-01"
    assert found(text, D(2032, 3, 3))[0] == (D(2032, 3, 9), "cancelled", None)


def test_a_stoppage_that_was_to_start_on_a_weekday_far_behind_its_verb() -> None:
    text = (
        "The dockers have called off the stoppage that was to have closed the harbours "
        "of Port Alder, Westby and Kelmouth from Monday morning."
    )
    assert found(text, D(2031, 6, 5)) == [(D(2031, 6, 9), "cancelled", None)]


def test_a_day_told_as_the_time_of_speaking_dates_nothing() -> None:
    text = (
        "Speaking outside parliament this afternoon, the premier said the vote would "
        "be held on Sunday, October 12."
    )
    dues = [c.due for c in extract_commitments(text, D(2031, 9, 1))]
    assert dues == [D(2031, 10, 12)]


def test_that_date_of_the_hearing_itself_keeps_it_folded() -> None:
    text = (
        "The agency's notice of May 2 set a public hearing for Tuesday, June 10, 2031.\n\n"
        "Because the hall is not available on that date, the hearing has been "
        "rescheduled and will be held on Thursday, June 19, 2031."
    )
    assert found(text, D(2031, 5, 20)) == [(D(2031, 6, 19), "postponed", D(2031, 6, 10))]
