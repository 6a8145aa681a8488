"""Forms found by labelling wire news, company notices, guidance pages and council notices,
written in other words: a clock time with its zone before an old or a new day, an old day
that expired at a clock time, a move whose first day reads like a span's, a change asked
for of a term whose day a relative clause gives, a change weighed for its only day, a
thing dropped or suspended before it starts, an agreement reached early on a day, a clause
reported after a call-off, a headline's second predicate, an earlier stage of a chain of
moves, a dated update note, a resolution's adoption, a term set for a weekday, and the
close of comments beside a change the notice asks for."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "The exchange offer, previously set to lapse at 5:00 p.m., Eastern Time, on Monday, "
        "March 8, 2032, will now lapse at 5:00 p.m., Eastern Time, on Friday, April 2, 2032.",
        "The offer, which had been due to lapse at 4.30pm (BST) on Monday, 8 March 2032, "
        "will now lapse at 4.30pm (BST) on Friday, 2 April 2032.",
    ],
)
def test_a_clock_time_and_its_zone_belong_to_the_old_day(text: str) -> None:
    assert found(text, D(2032, 3, 1)) == [(D(2032, 4, 2), "extended", D(2032, 3, 8))]


def test_a_move_to_a_clock_time_in_brackets_gives_the_new_day() -> None:
    text = (
        "The general meeting convened for 10.30am (AEST) on Tuesday, 6 April 2032 has been "
        "postponed to 10.30am (AEST) on Thursday, 13 May 2032."
    )
    assert found(text, D(2032, 3, 30)) == [(D(2032, 5, 13), "postponed", D(2032, 4, 6))]


def test_a_term_that_expired_at_midnight_is_the_old_day_of_its_extension() -> None:
    text = (
        "The two guilds gave themselves until Thursday, September 16, to agree a fee scale, "
        "extending a deadline that expired at midnight on Saturday, their spokesmen said."
    )
    assert found(text, D(2032, 9, 13)) == [(D(2032, 9, 16), "extended", D(2032, 9, 11))]


def test_a_strike_planned_for_one_day_moved_to_another_is_no_span() -> None:
    text = "Dock unions have postponed a stoppage planned for June 2 to June 16, they said."
    assert found(text, D(2032, 5, 20)) == [(D(2032, 6, 16), "postponed", D(2032, 6, 2))]
    # a span is still a span
    assert found("The fair runs June 2 to June 16.", D(2032, 5, 20)) == []


def test_an_earlier_stage_of_a_chain_of_moves_is_no_commitment() -> None:
    text = (
        "The two sides have given themselves until Friday, March 12, to finish, extending a "
        "deadline that expired on Monday. It was the second time the deadline had been pushed "
        "back; they had originally aimed to conclude by February 26."
    )
    assert found(text, D(2032, 3, 9)) == [(D(2032, 3, 12), "extended", D(2032, 3, 8))]


@pytest.mark.parametrize(
    "text",
    [
        "A group of growers has formally asked the ministry to extend a consultation on "
        "proposed water levies for upland farms, which closes on July 9.",
        "The builders' federation has formally proposed extending the current pay accord, "
        "which runs out on July 9, while talks go on.",
    ],
)
def test_a_change_asked_for_dates_its_thing_as_proposed(text: str) -> None:
    assert found(text, D(2032, 6, 20)) == [(D(2032, 7, 9), "proposed", None)]


def test_the_close_of_comments_on_a_proposal_stays_set() -> None:
    text = "The agency asked the public to send comments on the proposed rule by July 9."
    assert found(text, D(2032, 6, 20)) == [(D(2032, 7, 9), "scheduled", None)]


def test_a_notices_comment_date_takes_no_modality_from_the_extension_it_seeks() -> None:
    text = (
        "DATES: Submit comments on or before October 4, 2032.\n\n"
        "SUPPLEMENTARY INFORMATION: The agency seeks a three-year extension of the survey "
        "without change."
    )
    assert found(text, D(2032, 9, 2)) == [(D(2032, 10, 4), "scheduled", None)]


def test_a_change_weighed_of_the_only_day_gives_it_its_modality() -> None:
    text = (
        "Officials said a delay of the launch, set for November 18 at the coastal site, "
        "now seemed likely."
    )
    assert found(text, D(2032, 11, 4)) == [(D(2032, 11, 18), "expected", None)]
    # a day of another thing, in a clause of its own, keeps its own status
    text = "A longer delay could push the vote into the holidays, which begin on December 20."
    assert found(text, D(2032, 11, 4)) == [(D(2032, 12, 20), "scheduled", None)]


def test_a_measure_if_adopted_is_proposed_and_a_plan_if_approved_is_no_commitment() -> None:
    text = (
        "If the assembly and the senate agree, the new rules would apply to small firms "
        "from 1 March 2034."
    )
    assert found(text, D(2032, 11, 4)) == [(D(2034, 3, 1), "proposed", None)]
    text = "If regulators approve its plan, the carrier would like to fly to Lyon on May 4."
    assert found(text, D(2032, 11, 4)) == []


def test_a_readers_own_wish_is_no_condition_of_a_deadline() -> None:
    text = "If you wish to speak at the hearing, register by Friday, November 12."
    assert found(text, D(2032, 11, 4)) == [(D(2032, 11, 12), "scheduled", None)]


def test_a_duty_dropped_from_a_list_is_called_off() -> None:
    text = (
        "A 15 percent levy on U.S. maple syrup that had been due to start on May 20 has been "
        "dropped from the list altogether."
    )
    assert found(text, D(2032, 5, 2)) == [(D(2032, 5, 20), "cancelled", None)]


def test_a_tariff_suspended_indefinitely_before_it_starts_is_put_off() -> None:
    text = (
        "The government has suspended indefinitely a 5 percent duty on Norwegian-made ferry "
        "engines and spare parts that was due to take effect on Monday."
    )
    assert found(text, D(2032, 5, 5)) == [(D(2032, 5, 10), "postponed", None)]
    # the day a suspension starts is its own
    assert found("The carrier suspended its Oslo flights on Monday.", D(2032, 5, 5)) == []


def test_the_day_an_agreement_was_reached_early_happened() -> None:
    text = (
        "The ferry operator and the crew union reached a tentative deal early on Sunday, "
        "averting a strike that had been set to begin on Wednesday, both sides said."
    )
    assert found(text, D(2032, 5, 3)) == [
        (D(2032, 5, 2), "occurred", None),
        (D(2032, 5, 5), "cancelled", None),
    ]


def test_a_clause_reported_after_a_call_off_keeps_its_own_day() -> None:
    text = (
        "The union said the walkout planned for Wednesday had been called off and that "
        "members would vote on the offer by post, with the ballot closing on June 11."
    )
    assert (D(2032, 6, 11), "scheduled", None) in found(text, D(2032, 5, 3))
    # a change of its own in that clause is still its change
    text = (
        "The union said the walkout planned for Wednesday had been called off and that it had "
        "been put off to June 11."
    )
    assert (D(2032, 6, 11), "postponed", None) in [
        (due, status, None) for due, status, _p in found(text, D(2032, 5, 3))
    ]


def test_a_headlines_second_predicate_does_not_move_the_first_ones_day() -> None:
    text = "Bank lifts deposit rate from Friday, extends credit line"
    assert all(status != "postponed" for _d, status, _p in found(text, D(2032, 5, 5)))


def test_a_dated_update_note_dates_no_commitment() -> None:
    text = (
        "Update, 3 May 2032: the closing date for bids has been extended by 2 weeks. You now "
        "have until 5pm on Friday 28 May 2032 to send your bid."
    )
    assert found(text, D(2032, 5, 3)) == [(D(2032, 5, 28), "extended", D(2032, 5, 14))]


def test_the_day_a_resolution_was_adopted_is_the_act_s() -> None:
    text = (
        "Under Resolution 32-7 adopted by the town board on May 3, 2032, the bond vote will "
        "be held on Tuesday, June 8, 2032."
    )
    assert found(text, D(2032, 5, 4)) == [(D(2032, 6, 8), "scheduled", None)]


def test_a_term_set_for_a_weekday_lies_ahead_of_the_setting() -> None:
    text = "The league on Tuesday set a Friday deadline for the club to settle its debts."
    assert found(text, D(2032, 5, 4)) == [(D(2032, 5, 7), "scheduled", None)]


def test_a_participle_clause_of_consequence_lends_no_modality() -> None:
    text = (
        "The league set a Friday deadline for the club, raising the prospect that the "
        "opening match could be delayed."
    )
    assert found(text, D(2032, 5, 4)) == [(D(2032, 5, 7), "scheduled", None)]


def test_a_call_off_told_as_another_matter_stays_off_when_a_new_date_is_sought() -> None:
    text = (
        "A regional summit that had been scheduled for June 14 has been postponed, and "
        "organisers are searching for a new date.\n\n"
        "A ceremony to open a new bridge, planned for June 18, has been called off, city "
        "officials said separately."
    )
    items = found(text, D(2032, 5, 4))
    assert (D(2032, 6, 18), "cancelled", None) in items
    assert (D(2032, 6, 14), "postponed", None) in items


def test_a_day_in_a_clause_about_a_person_after_a_move_is_not_its_new_day() -> None:
    text = (
        "The vote, originally set for May 20, was brought forward at the request of the "
        "treasurer, who wants the accounts audited by June 30."
    )
    items = found(text, D(2032, 5, 4))
    assert all(status != "advanced" or due != D(2032, 6, 30) for due, status, _p in items)


def test_the_day_results_showed_is_their_release() -> None:
    text = "Voters backed the plan in the referendum, official results showed on Wednesday."
    assert found(text, D(2032, 5, 6)) == []


def test_a_planned_stop_somewhere_is_travel() -> None:
    text = "A planned stop in Lisbon by the chief negotiator on May 20 has been dropped."
    assert found(text, D(2032, 5, 6)) == []


def test_what_takes_effect_as_of_today_is_due_today_whoever_said_it() -> None:
    text = (
        "The levy rises to 3 percent from 2 percent as of Thursday, May 6, the treasury said "
        "in a circular to banks issued late on Wednesday."
    )
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 6), "scheduled", None)]


def test_a_deadline_an_authority_asks_for_is_set_and_a_change_asked_for_is_proposed() -> None:
    text = "The regulator has asked the carrier to provide audited accounts by 19 May."
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 19), "scheduled", None)]
    text = "The carrier has asked the regulator to extend the deadline, which ends on 19 May."
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 19), "proposed", None)]
    text = "The carrier has applied for an extension of its permit, which expires on 19 May."
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 19), "proposed", None)]


def test_a_deadlines_day_before_a_clause_of_its_own_is_not_a_telling() -> None:
    text = (
        "The agency asked the firm to file its plan by 19 May and said it would rule on "
        "the licence in June."
    )
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 19), "scheduled", None)]


def test_a_day_a_condition_gives_itself_is_the_trigger_s() -> None:
    text = "The union would suspend the ballot if managers returned to talks by Friday."
    assert found(text, D(2032, 5, 4)) == []
    # a condition of complying with a deadline is the deadline
    text = "The instalment will be treated as paid on time if paid by Friday, May 14."
    assert [d for d, _s, _p in found(text, D(2032, 5, 4))] == [D(2032, 5, 14)]


def test_an_extension_expected_of_the_only_day_is_expected() -> None:
    text = "The council is expected to extend the rebate scheme, which ends on 30 June."
    assert found(text, D(2032, 5, 4)) == [(D(2032, 6, 30), "expected", None)]


def test_the_verb_of_the_day_tells_a_start_put_off() -> None:
    text = (
        "The fund has postponed its review mission to the island, which had been due to begin "
        "on June 8."
    )
    assert found(text, D(2032, 5, 4)) == [(D(2032, 6, 8), "postponed", None)]


def test_a_ballot_extended_is_an_end_moved() -> None:
    text = "Organisers have extended their online ballot by a week, to Sunday 16 May."
    assert found(text, D(2032, 5, 4)) == [(D(2032, 5, 16), "extended", D(2032, 5, 9))]


def test_a_plan_for_a_day_beside_a_move_of_the_same_event_is_its_old_day() -> None:
    text = (
        "Bondholders will vote on the restructuring plan on June 22, after a judge asked "
        "for more detail, the company said.\n\n"
        "The bondholder meetings had been due to take place on May 28."
    )
    items = found("Vote on debt plan pushed into June\n\n" + text, D(2032, 5, 4))
    assert (D(2032, 6, 22), "postponed", D(2032, 5, 28)) in items
    assert all(due != D(2032, 5, 28) for due, _s, _p in items)


def test_a_game_that_should_have_been_played_yesterday_was_put_off_from_that_day() -> None:
    text = (
        "The home game, which should have been played yesterday but fell victim to a "
        "waterlogged pitch, has been rearranged for Tuesday 18 May."
    )
    assert found(text, D(2032, 5, 9)) == [(D(2032, 5, 18), "postponed", D(2032, 5, 8))]
    text = "The home game, which should have been played on Saturday, is rearranged for May 18."
    assert found(text, D(2032, 5, 9)) == [(D(2032, 5, 18), "postponed", D(2032, 5, 8))]


def test_two_entries_of_a_live_page_on_one_day_are_two_things() -> None:
    text = (
        "15:10 — The weather office has extended its wind warning until 6am on Monday.\n\n"
        "11:00 — The council's emergency committee will meet at 2pm on Monday."
    )
    assert found(text, D(2032, 5, 8)) == [
        (D(2032, 5, 10), "extended", None),
        (D(2032, 5, 10), "scheduled", None),
    ]


def test_a_span_of_polling_days_with_clock_times_is_no_commitment() -> None:
    text = "Polls open from 9am on Tuesday 11 May to 5pm on Thursday 13 May."
    assert found(text, D(2032, 5, 4)) == []


def test_a_result_declared_the_following_day_is_a_release() -> None:
    text = (
        "The ballot will now close on Friday 14 May. The result will be declared at a rally "
        "in Leeds the following day."
    )
    assert [d for d, _s, _p in found(text, D(2032, 5, 4))] == [D(2032, 5, 14)]


def test_an_agreement_reached_on_a_day_happened() -> None:
    text = "Fund staff reached a staff-level agreement with the island on April 30."
    assert found(text, D(2032, 5, 4)) == [(D(2032, 4, 30), "occurred", None)]


def test_a_participle_before_its_noun_tells_no_past() -> None:
    text = (
        "Dealers have been told to finish all checks of recalled tractors by the end of February."
    )
    assert found(text, D(2032, 11, 6)) == [(D(2033, 2, 28), "scheduled", None)]


def test_a_24_hour_clock_with_its_zone_belongs_to_its_day() -> None:
    text = (
        "The receiving cut-off has been brought forward from 17:00 EDT on Tuesday, May 11 "
        "to 17:00 EDT on Monday, May 10."
    )
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 10), "advanced", D(2032, 5, 11))]


def test_a_vote_held_on_a_day_happened() -> None:
    text = "County commissioners voted 4-1 on Tuesday to award the paving contract."
    assert found(text, D(2032, 5, 6)) == [(D(2032, 5, 4), "occurred", None)]


def test_a_rule_s_own_day_and_a_proposal_s_day_date_nothing() -> None:
    text = (
        "The agency proposes to extend the compliance date set in the final rule of March 8, "
        "2032, to July 1, 2033."
    )
    assert found(text, D(2032, 10, 1)) == [(D(2033, 7, 1), "proposed", None)]
    assert found("The commission proposed the change on 14 July.", D(2032, 10, 1)) == []


def test_the_day_a_motion_to_extend_was_made_is_the_motion_s() -> None:
    text = (
        "On September 14, 2032, the consumer advocate moved to extend the deadline for "
        "testimony from October 12 to November 5, 2032."
    )
    assert [d for d, _s, _p in found(text, D(2032, 9, 20))] == [D(2032, 11, 5)]


def test_a_modal_in_an_aside_does_not_reach_the_main_clause_s_day() -> None:
    text = (
        "Its consultation on new booking charges, which would add a fee to each slot, closes "
        "at 5pm on Friday 1 October."
    )
    assert found(text, D(2032, 9, 20)) == [(D(2032, 10, 1), "scheduled", None)]


def test_its_proposed_budget_is_no_proposal_of_the_day() -> None:
    text = "The board is expected to adopt its proposed budget on Thursday, April 15."
    assert found(text, D(2032, 3, 1)) == [(D(2032, 4, 15), "expected", None)]


def test_a_feedback_period_told_as_a_span_line_and_an_update_note_date_nothing() -> None:
    text = (
        "Feedback period\n14 February 2032 - 11 April 2032\n\n"
        "Update — 9 April 2032: the feedback period has been extended until midnight on "
        "Wednesday 28 April 2032."
    )
    items = found(text, D(2032, 4, 9))
    assert [(d, s) for d, s, _p in items] == [(D(2032, 4, 28), "extended")]
    assert items[0][2] != D(2032, 4, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline one meets to comply, told in a condition, is still a deadline
        (
            "Taxpayers can avoid penalties if they file by May 25.",
            [(D(2032, 5, 25), "scheduled")],
        ),
        (
            "Benefits will stop unless claimants reapply by June 30.",
            [(D(2032, 6, 30), "scheduled")],
        ),
        # a proposal of a day is still proposed, not a telling
        (
            "The mayor proposed a referendum on June 20 to settle the dispute.",
            [(D(2032, 6, 20), "proposed")],
        ),
        # an adoption to come is no act of the past
        (
            "The budget is expected to be adopted by the council on June 12.",
            [(D(2032, 6, 12), "expected")],
        ),
        # a request with no authority behind it proposes
        (
            "Activists asked the governor to sign the bill by May 31.",
            [(D(2032, 5, 31), "proposed")],
        ),
        # what is dropped in another clause calls nothing of this one off
        (
            "The talks will go ahead on May 20 even though demands for a ceasefire were dropped.",
            [(D(2032, 5, 20), "scheduled")],
        ),
        # a consequence that is the sentence's own change is still its change
        (
            "Floods hit the region days before the May 26 vote, prompting officials to delay it by a week.",
            [(D(2032, 6, 2), "postponed")],
        ),
        # a deadline granted to those who applied is no proposal
        (
            "Taxpayers who applied for an extension have until October 15 to file.",
            [(D(2032, 10, 15), "extended")],
        ),
        # trips and visits with deadlines are no travel
        ("Parents must pay for school trips to London by June 7.", [(D(2032, 6, 7), "scheduled")]),
        # a setting to come is a plan of its own
        (
            "The board will on Thursday set a new deadline for bids.",
            [(D(2032, 5, 13), "scheduled")],
        ),
    ],
)
def test_reviewed_forms_keep_their_reading(text: str, expected: list[tuple[dt.date, str]]) -> None:
    assert [(d, s) for d, s, _p in found(text, D(2032, 5, 10))] == expected


def test_a_possessive_weekday_dates_nothing_and_all_elected_stays_past() -> None:
    assert (
        found("Negotiators worked through the night ahead of Friday's deadline.", D(2032, 5, 12))
        == []
    )
    text = "The ministers, all elected on Sunday, will be sworn in on May 20."
    assert [d for d, _s, _p in found(text, D(2032, 5, 12))] == [D(2032, 5, 20)]


def test_a_day_of_a_storm_or_a_failure_is_no_commitment() -> None:
    text = "Voting stopped after a server outage on Monday, the organisers said."
    assert found(text, D(2032, 5, 12)) == []
    text = "County offices were closed for three days after the storm came ashore last Friday."
    assert found(text, D(2032, 5, 12)) == []


def test_a_move_told_alone_in_a_title_is_not_another_thing_s_move() -> None:
    text = (
        "Creditor vote pushed into July\n\n"
        "Creditors will vote on the plan on July 14, the company said.\n\n"
        "The creditor meetings had been due to take place on June 13.\n\n"
        "Its standstill agreement with lenders, which was due to expire on June 30, has been "
        "extended to August 31."
    )
    items = found(text, D(2032, 6, 1))
    assert (D(2032, 7, 14), "postponed", D(2032, 6, 13)) in items
    assert (D(2032, 8, 31), "extended", D(2032, 6, 30)) in items


def test_the_day_of_the_event_a_term_is_for_is_not_moved_with_the_term() -> None:
    text = "The commission extended the registration deadline for the November 8 General Election."
    assert found(text, D(2032, 10, 5)) == [(D(2032, 11, 8), "scheduled", None)]


def test_a_passive_infinitive_in_a_headline_looks_ahead() -> None:
    text = "Hosepipe ban to be lifted on Monday after wettest June on record"
    assert found(text, D(2032, 7, 7)) == [(D(2032, 7, 12), "scheduled", None)]


def test_a_call_off_told_as_the_cause_after_the_day_does_not_reach_it() -> None:
    text = (
        "Ferry workers will vote on Thursday on a new pay offer, after their union called "
        "off next week's planned strike."
    )
    assert found(text, D(2032, 7, 7)) == [(D(2032, 7, 8), "scheduled", None)]
    # days listed before the cue with nothing after it are still called off
    text = "The meeting on Monday, and the gala, have been called off."
    assert [s for _d, s, _p in found(text, D(2032, 7, 7))] == ["cancelled"]


def test_an_event_one_is_invited_to_is_a_commitment() -> None:
    text = "Parents are invited to an information evening at the school on Thursday at 7pm."
    assert found(text, D(2032, 7, 5)) == [(D(2032, 7, 8), "scheduled", None)]


def test_a_forecast_line_dates_nothing() -> None:
    assert found("Rain spreading in from the west, heavier on Sunday.", D(2032, 7, 7)) == []
    text = "Weather: heavy showers this afternoon, clearing overnight."
    assert found(text, D(2032, 7, 7)) == []


def test_a_thing_put_back_a_week_counts_the_week() -> None:
    text = "The public inquiry, which was due to open on Tuesday, has been put back a week."
    assert found(text, D(2032, 7, 11)) == [(D(2032, 7, 20), "postponed", D(2032, 7, 13))]


def test_a_deal_that_must_complete_by_a_day_is_a_trigger() -> None:
    text = "Either side can walk away if the deal has not completed by June 30, 2033."
    assert found(text, D(2032, 7, 7)) == []


def test_a_session_held_on_a_new_day_is_put_off_whatever_its_term() -> None:
    text = (
        "Jury orientation for the December term, originally scheduled for Monday, December 6, "
        "will instead be held on Wednesday, December 8."
    )
    assert found(text, D(2032, 11, 30)) == [(D(2032, 12, 8), "postponed", D(2032, 12, 6))]


def test_a_call_off_that_will_be_rescheduled_is_put_off() -> None:
    text = (
        "The users' group meeting scheduled for December 14 will not take place as planned "
        "and will be rescheduled."
    )
    assert found(text, D(2032, 12, 1)) == [(D(2032, 12, 14), "postponed", None)]


def test_a_hearing_continued_to_a_day_is_put_off() -> None:
    text = "Council voted 6-1 to continue the public hearing to August 8, 2033."
    assert found(text, D(2033, 7, 12)) == [(D(2033, 8, 8), "postponed", None)]
    text = "The board will continue the meeting to review the budget on Monday."
    assert found(text, D(2033, 7, 12)) == [(D(2033, 7, 18), "scheduled", None)]


def test_a_request_from_a_committee_to_extend_proposes_it() -> None:
    text = (
        "The Issuer has received a request from a committee of noteholders to extend the "
        "consent deadline, currently Wednesday, 10 November 2032."
    )
    assert found(text, D(2032, 11, 1)) == [(D(2032, 11, 10), "proposed", None)]


def test_a_register_s_day_dates_nothing() -> None:
    text = "In the Federal Register of November 29, 2032, the office announced a meeting."
    assert found(text, D(2032, 12, 1)) == []


def test_the_day_a_firm_recommended_a_vote_is_a_telling() -> None:
    text = "Proxy adviser ISS recommended on Friday that stockholders vote in favor."
    assert found(text, D(2032, 11, 1)) == []


def test_what_one_is_thanked_for_is_no_plan() -> None:
    text = "One resident thanked the crews for the July 4 fireworks cleanup."
    assert [d for d, _s, _p in found(text, D(2033, 7, 12))] in ([], [D(2033, 7, 4)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another body's meeting told before a move keeps its own day
        (
            "The city council will meet on May 9 to vote on the budget.\n\n"
            "Separately, the school board postponed its meeting to May 16.",
            [(D(2032, 5, 9), "scheduled"), (D(2032, 5, 16), "postponed")],
        ),
        # a call-off that may never be rescheduled stays called off
        (
            "The gala on May 14 has been cancelled and is unlikely to be rescheduled this year.",
            [(D(2032, 5, 14), "cancelled")],
        ),
        # a sentence that opens on the weather is no forecast line
        (
            "Weather permitting, the fireworks display will go ahead on Saturday, May 8.",
            [(D(2032, 5, 8), "scheduled")],
        ),
        # a past event named after a mishap happened
        (
            "The public inquiry into the warehouse fire began on Monday.",
            [(D(2032, 5, 3), "occurred")],
        ),
        # "recommended" as an adjective tells nothing
        (
            "Contractors have until the recommended May 31 deadline to submit bids.",
            [(D(2032, 5, 31), "scheduled")],
        ),
        # "before" a deadline in a reader's question is no trigger
        (
            "Contact the elections office if you have questions by the May 31 registration deadline.",
            [(D(2032, 5, 31), "scheduled")],
        ),
        # finishing a course by a day is complying
        (
            "Drivers keep their licences if they complete a safety course by June 30.",
            [(D(2032, 6, 30), "scheduled")],
        ),
        # the first to be passed on a day was passed then
        (
            "The spending bill was the first measure to be passed on Tuesday after the vote.",
            [(D(2032, 5, 4), "occurred")],
        ),
        # a term extended to the day a body meets is an end moved
        (
            "Nominations, which were due to close on May 2, will now close when the board convenes on May 9.",
            [(D(2032, 5, 9), "extended")],
        ),
        # a session continued until a clock time is not put off
        (
            "Commissioners voted to continue the meeting until 11 p.m. to finish the agenda on Tuesday.",
            [(D(2032, 5, 11), "scheduled")],
        ),
        # a request granted is a change made
        (
            "The board granted the request from the developer and extended the permit to Aug. 15.",
            [(D(2032, 8, 15), "extended")],
        ),
    ],
)
def test_second_review_forms_keep_their_reading(
    text: str, expected: list[tuple[dt.date, str]]
) -> None:
    assert [(d, s) for d, s, _p in found(text, D(2032, 5, 6))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shareholders who want to attend must register if they have not done so by May 31.",
            [(D(2032, 5, 31), "scheduled")],
        ),
        (
            "The vote was postponed by the speaker, who said it would now take place on May 28.",
            [(D(2032, 5, 28), "postponed")],
        ),
        (
            "The proposed fuel duty increase due on June 1 has been dropped.",
            [(D(2032, 6, 1), "cancelled")],
        ),
    ],
)
def test_final_read_through_forms(text: str, expected: list[tuple[dt.date, str]]) -> None:
    assert [(d, s) for d, s, _p in found(text, D(2032, 5, 15))] == expected
