"""A call-off that is the first half of a move, plans told in the past perfect, the time of a
clause after a change, the days of papers adopted or filed, and words that only look like
changes or forecasts."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_a_day_called_off_then_a_new_day_is_a_move() -> None:
    # the new day in the next sentence
    text = (
        "The island's council elections will not go ahead this Sunday. The electoral office "
        "said the ballot has been put off until 30 August because of the storm damage."
    )
    assert found(text, D(2033, 7, 13)) == [(D(2033, 8, 30), "postponed", D(2033, 7, 17))]
    # in one sentence, joined by "and"
    text = "The open hearing set for 4 May has been cancelled and rescheduled for 18 May."
    assert found(text, D(2033, 4, 20)) == [(D(2033, 5, 18), "postponed", D(2033, 5, 4))]
    text = "The 4 May hearing has been called off and will be moved to 18 May."
    assert found(text, D(2033, 4, 20)) == [(D(2033, 5, 18), "postponed", D(2033, 5, 4))]
    # (a call-off of one thing and a move of another with no day of its own stay apart)
    text = (
        "The brewer has called off the tasting it had set for 12 May. A rival postponed its "
        "festival, which had been planned for 13 May. No new date was given."
    )
    assert sorted(found(text, D(2033, 5, 2))) == [
        (D(2033, 5, 12), "cancelled", None),
        (D(2033, 5, 13), "postponed", None),
    ]


def test_a_plan_told_in_the_past_perfect_with_a_first_adverb_is_old() -> None:
    text = (
        "Members will vote on the new rulebook on Saturday 9 June. The club had first pencilled "
        "in 26 May, but the date was shifted so that it would not clash with the cup final."
    )
    assert found(text, D(2035, 4, 30)) == [(D(2035, 6, 9), "postponed", D(2035, 5, 26))]


def test_a_plural_subject_before_a_place_still_governs_a_present_verb() -> None:
    text = "Delegates from the northern provinces meet Thursday to settle the fishing quotas."
    assert found(text, D(2034, 2, 6)) == [(D(2034, 2, 9), "scheduled", None)]


def test_an_offer_told_in_the_subject_s_own_clause_is_no_proposal() -> None:
    text = (
        "A regional summit that the port city had offered to host on Friday will not go ahead, "
        "organisers said."
    )
    assert found(text, D(2034, 9, 5)) == [(D(2034, 9, 8), "cancelled", None)]
    # (an offer that is the main clause's is still one)
    text = "The port city has offered to host the summit on Friday."
    assert found(text, D(2034, 9, 5))[0][1] != "cancelled"


def test_a_past_day_in_a_clause_after_a_call_off_is_the_cause_and_past() -> None:
    text = (
        "The leaders' summit on Thursday will not go ahead, after envoys meeting in Oslo on "
        "Monday could not settle the agenda. The summit has been scrapped and there are no "
        "plans to set a new date."
    )
    assert found(text, D(2034, 9, 5)) == [
        (D(2034, 9, 4), "occurred", None),
        (D(2034, 9, 7), "cancelled", None),
    ]


def test_a_comparison_with_a_forecast_is_no_forecast() -> None:
    text = (
        "The ferry line will start its winter timetable on Friday. It had said the timetable "
        "would apply from 1 November, but the new boats arrived faster than expected, letting "
        "it bring the start forward."
    )
    assert found(text, D(2034, 10, 18)) == [(D(2034, 10, 20), "advanced", D(2034, 11, 1))]


def test_holding_off_on_a_step_is_a_postponement() -> None:
    text = (
        "The minister said she would hold off on raising the fuel levy. The levy had been "
        "scheduled to rise at midnight on 3 March."
    )
    assert found(text, D(2034, 2, 24)) == [(D(2034, 3, 3), "postponed", None)]


def test_a_change_of_a_thing_of_its_own_does_not_move_the_next_event() -> None:
    text = (
        "The ministry said it would suspend its appeal at the tribunal. Officials from the two "
        "sides are to hold talks in Geneva on 16 March."
    )
    assert found(text, D(2034, 3, 2)) == [(D(2034, 3, 16), "scheduled", None)]


def test_the_day_a_paper_was_adopted_or_filed_is_no_commitment() -> None:
    published = D(2034, 5, 10)
    text = "The agency adopted the amendments to the reporting rule on 2 April 2034."
    assert found(text, published) == []
    text = "In interim findings set out on 3 May, the authority said prices could rise."
    assert found(text, published) == []
    # (a house's vote is a vote held)
    text = "The Senate approved its version of the stopgap measure on Friday."
    assert found(text, published) == [(D(2034, 5, 5), "occurred", None)]
    # (nor a filing told as the source of a move)
    text = (
        "Regulators have pushed out the deadline for their ruling on the takeover to June 9, "
        "according to a filing on the agency's website on Tuesday. The agency had been due "
        "to decide by May 20."
    )
    assert found(text, published) == [(D(2034, 6, 9), "extended", D(2034, 5, 20))]


def test_a_meeting_that_ends_in_an_announcement_keeps_its_day() -> None:
    text = (
        "The central bank has put off this month's rate decision by a week because of the "
        "period of mourning. Its policy committee will now meet and announce its decision on "
        "Sept. 21."
    )
    assert found(text, D(2034, 9, 9)) == [(D(2034, 9, 21), "postponed", D(2034, 9, 14))]


def test_more_days_given_and_a_first_announced_day() -> None:
    text = (
        "The comment period was set to close on 21 August 2034. The board is giving "
        "commenters another 30 days.\n\nDATES: Submit comments by 20 September 2034."
    )
    assert found(text, D(2034, 8, 10)) == [(D(2034, 9, 20), "extended", D(2034, 8, 21))]
    text = (
        "This meeting was first announced for Thursday, 9 March 2034. It has been moved "
        "back one week so that members can read the staff report."
    )
    assert found(text, D(2034, 3, 1)) == [(D(2034, 3, 16), "postponed", D(2034, 3, 9))]


def test_an_obligation_not_required_until_a_day_starts_then() -> None:
    text = (
        "Compliance with the new logbook rules, originally required by 1 July 2036, will not "
        "be required until 4 January 2037."
    )
    assert found(text, D(2036, 6, 2)) == [(D(2037, 1, 4), "postponed", D(2036, 7, 1))]


def test_a_period_reopened_in_the_passive_is_extended_from_its_old_close() -> None:
    text = (
        "The original comment period closed on 21 February 2036. The comment period is "
        "reopened; written comments must now be received on or before 10 April 2036."
    )
    assert found(text, D(2036, 3, 11)) == [(D(2036, 4, 10), "extended", D(2036, 2, 21))]


def test_the_term_an_earlier_notice_set_is_the_old_one() -> None:
    text = (
        "That notice set 15 July 2036 as the deadline for applications. So that grants can be "
        "paid before the year ends, the ministry is moving the deadline up to 28 June 2036."
    )
    assert found(text, D(2036, 5, 30)) == [(D(2036, 6, 28), "advanced", D(2036, 7, 15))]


def test_a_plan_denied_as_planned_then_a_day_instead() -> None:
    text = (
        "The bloc will not raise its duties on U.S. boats and bikes on 1 June as planned, the "
        "trade office said on Monday.\n\n"
        "Instead, the higher duties will not apply until 1 December, the office said, adding "
        "that it wanted room for talks on the dispute."
    )
    assert found(text, D(2036, 5, 19)) == [(D(2036, 12, 1), "postponed", D(2036, 6, 1))]


def test_an_ordinal_before_a_name_is_no_day() -> None:
    text = (
        "The cases were sent to the 8th U.S. Circuit Court of Appeals. Replies are due by the 15th."
    )
    assert found(text, D(2036, 4, 5)) == [(D(2036, 4, 15), "scheduled", None)]


def test_a_day_headed_as_previously_announced_is_the_old_one() -> None:
    text = (
        "PREVIOUSLY ANNOUNCED TIME AND DATE: 11 a.m., Monday, 9 June 2036.\n"
        "CHANGES IN THE MEETING: The closed meeting has been rescheduled to 2 p.m., Wednesday, "
        "11 June 2036."
    )
    assert found(text, D(2036, 6, 5)) == [(D(2036, 6, 11), "postponed", D(2036, 6, 9))]


def test_a_rule_put_on_hold_puts_off_its_day() -> None:
    text = (
        "The regulator on Thursday put its new disclosure rule on hold while a court reviews "
        "the challenges. The rule had been set to take effect on 28 May."
    )
    assert found(text, D(2036, 4, 4)) == [(D(2036, 5, 28), "postponed", None)]


def test_a_span_sooner_than_told_counts_the_old_day() -> None:
    text = (
        "The exchange will begin enforcing its earlier cutoff on 8 September, a week sooner "
        "than it had told members."
    )
    assert found(text, D(2036, 8, 20)) == [(D(2036, 9, 8), "advanced", D(2036, 9, 15))]


def test_a_plan_told_in_the_past_with_its_verb_may_have_lapsed() -> None:
    text = (
        "The stopgap stretches funding, which was set to lapse at the end of Saturday, "
        "through 17 November."
    )
    assert found(text, D(2036, 10, 6)) == [(D(2036, 11, 17), "extended", D(2036, 10, 4))]


def test_old_days_listed_go_to_the_new_days_in_order() -> None:
    text = (
        "The national driving theory test will be held a month later than planned. Candidates "
        "will now sit it on July 7 and July 8. It had been scheduled for June 7 and 8."
    )
    assert found(text, D(2037, 3, 31)) == [
        (D(2037, 7, 7), "postponed", D(2037, 6, 7)),
        (D(2037, 7, 8), "postponed", D(2037, 6, 8)),
    ]


def test_a_date_s_year_is_no_count_of_things_called_off() -> None:
    text = "The bidders' seminar planned for January 21, 2037 will not take place."
    assert found(text, D(2037, 1, 15)) == [(D(2037, 1, 21), "cancelled", None)]


def test_the_head_of_a_noun_and_its_complement_tells_what_moved() -> None:
    text = (
        "Talks on shoring up the fragile truce, which were due to open here on Monday, have "
        "been delayed until Thursday."
    )
    assert found(text, D(2037, 2, 23)) == [(D(2037, 2, 26), "postponed", D(2037, 2, 23))]


def test_an_earlier_cutoff_named_after_the_term_in_force_is_its_old_day() -> None:
    text = (
        "Claim forms will be accepted if they are postmarked by Oct. 15, 2037. The earlier "
        "cutoff of Aug. 31 no longer applies."
    )
    assert found(text, D(2037, 7, 14)) == [(D(2037, 10, 15), "extended", D(2037, 8, 31))]


def test_a_period_lengthened_by_a_span_is_extended() -> None:
    text = (
        "The agency has lengthened the registration period for the lottery by one week after "
        "its website crashed. Entrants now have until noon on Saturday, Nov. 14, to submit "
        "their forms."
    )
    assert found(text, D(2037, 11, 1)) == [(D(2037, 11, 14), "extended", D(2037, 11, 7))]


def test_a_rule_temporarily_blocked_is_put_off() -> None:
    text = (
        "A federal judge on Thursday temporarily blocked a rule raising application fees, days "
        "before the new charges were to take effect on Oct. 15."
    )
    assert found(text, D(2037, 10, 9)) == [(D(2037, 10, 15), "postponed", None)]


def test_a_day_people_had_been_expecting_is_the_old_one() -> None:
    text = (
        "About 30,000 pupils had been expecting to take the paper on Wednesday morning. The "
        "board said the paper had been withdrawn and that a replacement would be sat on "
        "Tuesday 20 June instead."
    )
    assert found(text, D(2023, 6, 8)) == [(D(2023, 6, 20), "postponed", D(2023, 6, 7))]


def test_a_past_act_after_a_call_off_with_no_comma_is_no_commitment() -> None:
    text = (
        "The nurses' union has scrapped the strike it had planned for Thursday after the "
        "health board tabled a revised pay offer late Tuesday."
    )
    assert found(text, D(2037, 2, 11)) == [(D(2037, 2, 12), "cancelled", None)]


def test_the_task_a_deadline_is_for_is_no_renewal() -> None:
    text = (
        "The deadline for renewing annual parking permits has been brought forward. Because "
        "the new zone goes live on Monday 3 July 2023, renewals must now be received by "
        "Friday 9 June 2023, rather than 30 June."
    )
    assert sorted(found(text, D(2023, 5, 10))) == [
        (D(2023, 6, 9), "advanced", D(2023, 6, 30)),
        (D(2023, 7, 3), "scheduled", None),
    ]


def test_a_choice_whether_to_extend_changes_no_day() -> None:
    text = (
        "Under the treaty, the three states must meet by July 1 to decide whether to extend "
        "the pact for another 16 years."
    )
    assert found(text, D(2037, 3, 4)) == [(D(2037, 7, 1), "scheduled", None)]


def test_a_day_ahead_of_the_date_set_is_brought_forward() -> None:
    text = (
        "The committee will hold the joint review on May 18, about six weeks ahead of the "
        "date written into the treaty."
    )
    assert found(text, D(2037, 3, 4))[0][:2] == (D(2037, 5, 18), "advanced")


def test_a_delay_someone_is_blamed_for_moves_no_day() -> None:
    text = (
        "The committee will hold the review on May 18. The minister said an earlier review "
        "would end a period of uncertainty that he blamed for delaying investment decisions."
    )
    assert found(text, D(2037, 3, 4)) == [(D(2037, 5, 18), "scheduled", None)]


def test_a_meeting_adjourned_to_a_day_is_put_off() -> None:
    text = "Harbour Energy Adjourns Special Meeting of Stockholders to July 7, 2037"
    assert found(text, D(2037, 6, 23)) == [(D(2037, 7, 7), "postponed", None)]
    # (a house's sitting adjourned until its next day is no move)
    text = "The assembly adjourned Thursday afternoon until Tuesday, Feb. 8."
    assert found(text, D(2037, 2, 3)) == [(D(2037, 2, 8), "scheduled", None)]


def test_next_week_before_a_weekday_is_that_week_s_day() -> None:
    text = "Schools in the province will now open next week Tuesday, and not today as announced."
    assert found(text, D(2038, 1, 11)) == [(D(2038, 1, 19), "postponed", D(2038, 1, 11))]


def test_a_term_that_ought_to_have_ended_is_the_old_one() -> None:
    text = (
        "Campaigns, which ought to have ended on Thursday 29 March, will now run until midnight "
        "on Thursday 12 April."
    )
    assert found(text, D(2018, 3, 21)) == [(D(2018, 4, 12), "extended", D(2018, 3, 29))]


def test_a_plan_that_was_to_commence_is_the_old_one() -> None:
    text = "The examinations, which were to commence on 27 March 2038, will now begin on 20 March."
    assert found(text, D(2037, 11, 14)) == [(D(2038, 3, 20), "advanced", D(2038, 3, 27))]


def test_a_day_declared_a_holiday_is_the_holiday() -> None:
    text = "The government has declared Monday 15 September a special public holiday."
    assert found(text, D(2025, 8, 28)) == [(D(2025, 9, 15), "scheduled", None)]


def test_an_old_day_of_a_move_counted_as_the_second_is_no_item() -> None:
    text = (
        "The tribunal on Thursday moved the general election to Sunday 18 October, six weeks "
        "later than the 6 September date fixed in June.\n\n"
        "The tribunal said the decision followed new health projections.\n\n"
        "It is the second delay to the vote, which was originally set for 3 May."
    )
    assert found(text, D(2026, 7, 24)) == [(D(2026, 10, 18), "postponed", D(2026, 9, 6))]


def test_a_day_glossed_in_brackets_after_another_calendar_s_is_the_new_one() -> None:
    text = (
        "The commission on Monday deferred the second phase of the local elections by a "
        "fortnight, to Asar 14 (28 June), in line with a cabinet decision taken on Sunday."
    )
    assert found(text, D(2038, 6, 6)) == [(D(2038, 6, 28), "postponed", D(2038, 6, 14))]


def test_a_long_object_between_push_and_back() -> None:
    text = (
        "The bill pushes the open, simultaneous and mandatory primaries (PASO) back by five "
        "weeks, to Sunday 12 September."
    )
    assert found(text, D(2038, 4, 16)) == [(D(2038, 9, 12), "postponed", D(2038, 8, 8))]


def test_a_start_that_won_t_come_until_a_day_is_put_off() -> None:
    text = "The new limits won't take effect until April 7, 2038, instead of February 10, 2038."
    assert found(text, D(2038, 1, 21)) == [(D(2038, 4, 7), "postponed", D(2038, 2, 10))]


def test_a_span_later_than_before_counts_the_old_day() -> None:
    text = "The commission now has until November 23 to decide, two weeks later than before."
    assert found(text, D(2038, 11, 4)) == [(D(2038, 11, 23), "extended", D(2038, 11, 9))]


def test_a_hedge_that_a_day_may_be_extended_is_no_proposal() -> None:
    text = (
        "The offer was previously scheduled to expire at 5:00 p.m. on September 27, 2038. The "
        "offer will now expire at 5:00 p.m. on October 5, 2038 (such time and date, as the "
        "same may be further extended, the Expiration Date)."
    )
    assert found(text, D(2038, 9, 28)) == [(D(2038, 10, 5), "extended", D(2038, 9, 27))]


def test_a_term_which_passed_is_the_old_one_of_its_new_end() -> None:
    text = (
        "The nomination deadline in the club's rules, which passed on March 8, will now run "
        "until April 30."
    )
    assert found(text, D(2038, 4, 19)) == [(D(2038, 4, 30), "extended", D(2038, 3, 8))]


def test_a_market_s_close_or_a_routine_opening_is_no_event() -> None:
    published = D(2038, 9, 13)
    assert found("Stocks in Asia ended mostly lower on Monday, and oil slipped.", published) == []
    text = "Federal offices opened as usual on Monday after Congress approved a stopgap bill."
    assert found(text, published) == []


def test_a_new_day_after_a_line_break_in_the_clause_of_a_reopening() -> None:
    text = (
        "The original comment period ended on 21 February 2038.\n\n"
        "DATES: Comments. The comment period is reopened; written comments must \n"
        "now be received on or before 10 April 2038.\n"
        "    Public hearing. The agency will hold a public hearing on 27 March 2038."
    )
    assert sorted(found(text, D(2038, 3, 11))) == [
        (D(2038, 3, 27), "scheduled", None),
        (D(2038, 4, 10), "extended", D(2038, 2, 21)),
    ]


def test_a_call_off_under_an_opening_condition_is_none() -> None:
    text = (
        "Speakers must register no later than 24 March 2038. If no one has registered by that "
        "date, the hearing will be cancelled."
    )
    assert {(due, status) for due, status, _p in found(text, D(2038, 3, 11))} == {
        (D(2038, 3, 24), "scheduled")
    }


def test_a_thing_that_looked_likely_to_begin_on_a_weekday_looks_ahead() -> None:
    text = (
        "A partial shutdown of the government appeared increasingly likely to begin on "
        "Tuesday, as the two chambers remained deadlocked."
    )
    assert found(text, D(2024, 9, 27)) == [(D(2024, 10, 1), "expected", None)]


def test_a_span_s_own_word_tells_its_way() -> None:
    text = (
        "Better news for riders: the tram line extension will open on Oct. 21, two weeks ahead "
        "of the date announced last spring."
    )
    assert found(text, D(2024, 10, 2)) == [(D(2024, 10, 21), "advanced", D(2024, 11, 4))]


def test_a_delay_named_as_a_cause_moves_no_day() -> None:
    text = (
        "The county will not have enough cash to meet its payroll on June 9, the treasurer "
        "warned. The fund drained faster because of delayed tax receipts."
    )
    assert [s for _d, s, _p in found(text, D(2024, 5, 18))] != ["postponed"]
    assert [s for _d, s, _p in found(text, D(2024, 5, 18))] != ["extended"]


def test_a_new_day_told_of_it_right_after_the_old_one_is_the_same_thing_s() -> None:
    text = (
        "Because of the ice, the county review board has postponed tonight's hearing on "
        "valuation protests. It will now meet next Tuesday at the same time."
    )
    assert found(text, D(2025, 1, 28)) == [(D(2025, 2, 4), "postponed", D(2025, 1, 28))]


def test_a_deadline_that_was_a_day_and_is_now_another() -> None:
    text = "The filing deadline was this Friday; it's now February 14."
    assert found(text, D(2025, 1, 28)) == [(D(2025, 2, 14), "extended", D(2025, 1, 31))]


def test_a_plan_placed_on_an_agenda_is_the_old_one() -> None:
    text = (
        "The final vote, which staff had placed on the agenda for next Monday, will now be "
        "taken on July 7."
    )
    assert found(text, D(2025, 6, 5)) == [(D(2025, 7, 7), "postponed", D(2025, 6, 9))]


def test_as_advertised_tells_no_past() -> None:
    text = "The public hearing on the fares will go ahead as advertised at 6 p.m. Monday."
    assert found(text, D(2025, 6, 5)) == [(D(2025, 6, 9), "scheduled", None)]


def test_a_day_that_holds_as_planned_is_not_changed_by_an_effect_after_it() -> None:
    text = (
        "Schools will now close on Friday, July 25, a week earlier than set out in the "
        "calendar. The third term will open on Monday, Aug. 25, as originally planned, giving "
        "pupils an extra week of holiday."
    )
    assert sorted(found(text, D(2025, 6, 12))) == [
        (D(2025, 7, 25), "advanced", D(2025, 8, 1)),
        (D(2025, 8, 25), "scheduled", None),
    ]


def test_the_speaker_s_words_name_no_kind_or_end() -> None:
    text = (
        "The five-day truce had been due to run out at midnight on Monday. It will now hold "
        "until midnight on Tuesday, an official in the talks said."
    )
    assert found(text, D(2025, 8, 18)) == [(D(2025, 8, 19), "extended", D(2025, 8, 18))]


def test_a_plan_an_earlier_paper_told_is_the_old_one() -> None:
    text = (
        "The new rules, which an earlier notice said would apply from 2 April, will now apply "
        "from 16 April."
    )
    assert found(text, D(2026, 3, 20)) == [(D(2026, 4, 16), "postponed", D(2026, 4, 2))]


def test_an_old_day_told_again_by_a_decree_that_had_set_it_is_no_item() -> None:
    text = (
        "Voters will decide on the new charter on Oct. 13, three weeks later than planned, the "
        "commission said Wednesday.\n\n"
        "The commission blamed delays in updating the register.\n\n"
        "A decree issued in May had set the referendum for Sept. 22."
    )
    assert found(text, D(2026, 8, 15)) == [(D(2026, 10, 13), "postponed", D(2026, 9, 22))]


def test_a_shift_then_a_day_told_as_new_right_after_it() -> None:
    text = (
        "The commission has pushed back the by-elections in three districts by two weeks.\n\n"
        "Voting will now take place on April 12, the commission said in a statement late on "
        "Tuesday.\n\n"
        "The campaign period, which had been due to end on March 27, will now close on April 10."
    )
    assert found(text, D(2012, 3, 14)) == [
        (D(2012, 4, 12), "postponed", D(2012, 3, 29)),
        (D(2012, 4, 10), "extended", D(2012, 3, 27)),
    ]
