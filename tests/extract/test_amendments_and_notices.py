"""Forms found by labelling agency notices, amending acts, guidance pages, world news and
election reports, written in other words: dates replaced in an amending text, change notes,
a legislative proposal's own articles, dotted dates and citations, the new deadline with its
original one told after it, a move told "earlier" or "forward" with a span, a past year that
sets a sentence's scene, a request's clause, "Thursday next week", "Separately", and spans
alone, which name no day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_date_replaced_in_an_amending_text_is_moved() -> None:
    text = "(1) in Article 7(1), the date '1 March 2027' is replaced by '1 September 2027';"
    assert found(text, D(2026, 11, 2)) == [(D(2027, 9, 1), "postponed", D(2027, 3, 1))]


def test_two_replacements_in_one_sentence_pair_in_their_order() -> None:
    text = (
        "In Article 12, the date '31 May 2027' is replaced by '30 November 2027', and in "
        "Article 14 the date '1 July 2027' is replaced by '1 January 2028'."
    )
    assert found(text, D(2026, 11, 2)) == [
        (D(2027, 11, 30), "postponed", D(2027, 5, 31)),
        (D(2028, 1, 1), "postponed", D(2027, 7, 1)),
    ]


def test_a_change_note_from_one_day_to_another() -> None:
    text = "Changed the closing date for grant applications from 14 March 2027 to 4 April 2027."
    assert found(text, D(2027, 2, 1)) == [(D(2027, 4, 4), "extended", D(2027, 3, 14))]


def test_a_change_from_a_day_alone_is_when_something_starts() -> None:
    assert found("Bus fares will change from 1 April 2027.", D(2027, 2, 1)) == [
        (D(2027, 4, 1), "scheduled", None)
    ]


def test_a_legislative_proposal_only_proposes_the_dates_it_replaces() -> None:
    text = (
        "Proposal for a\nREGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n"
        "amending Regulation (EU) 2026/88 as regards its date of application\n\n"
        "Article 1\nIn Article 20, the date '2 February 2027' is replaced by '2 February 2028'."
    )
    assert found(text, D(2026, 10, 5)) == [(D(2028, 2, 2), "proposed", None)]


def test_dotted_dates_are_day_first_and_a_citation_dates_nothing() -> None:
    assert triples("Date of expiry: 3.11.2027") == [("3.11.2027", "DATE", "2027-11-03")]
    assert triples("Version 2.1.2027.5 of the tool") == []
    text = "Notice of expiry (OJ C 112, 4.3.2026, p. 9). Date of expiry: 3.11.2027"
    assert found(text, D(2027, 5, 1)) == [(D(2027, 11, 3), "scheduled", None)]


def test_the_new_deadline_and_the_original_one_told_after_it() -> None:
    text = (
        "The deadline for the submission of proposals is hereby extended.\n\n"
        "The new deadline for submission of proposals is 12 June 2027 at 17:00.\n\n"
        "The original deadline was 15 May 2027."
    )
    assert found(text, D(2027, 4, 20)) == [(D(2027, 6, 12), "extended", D(2027, 5, 15))]


def test_the_cancellation_of_a_named_meeting() -> None:
    text = (
        "The agency is announcing the cancellation of the meeting of the Marine Fisheries "
        "Advisory Panel scheduled for March 9, 2027."
    )
    assert found(text, D(2027, 2, 10)) == [(D(2027, 3, 9), "cancelled", None)]


def test_moved_earlier_and_moved_forward_by_a_span_are_advanced() -> None:
    text = "The board moves the close of the fishing season earlier, to August 2, 2027."
    assert found(text, D(2027, 7, 1)) == [(D(2027, 8, 2), "advanced", None)]
    text = "Ministers have moved their spring meeting forward by a week, to April 9."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 4, 9), "advanced", D(2027, 4, 16))]
    text = "Lawmakers approved a bill bringing forward the primaries by three weeks, to May 2."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 5, 2), "advanced", D(2027, 5, 23))]


def test_a_prior_date_named_after_its_thing() -> None:
    text = (
        "Small lenders must comply beginning March 1, 2029; the prior compliance date for "
        "small lenders was March 1, 2028."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2029, 3, 1), "postponed", D(2028, 3, 1))]


def test_more_time_given_counts_from_no_day_told() -> None:
    assert found("The fund gave applicants three more weeks to apply.", D(2027, 6, 1)) == []


def test_a_past_year_sets_the_scene_of_its_clause() -> None:
    text = "A similar standoff in 2013 ended only when the parties reached a deal on October 16."
    assert found(text, D(2027, 6, 1)) == [(D(2013, 10, 16), "occurred", None)]
    # (a year in a clause of its own says nothing of the day after the comma)
    text = (
        "Under a plan adopted in 2019 that set no limit, the firm had bought shares through May 28."
    )
    assert [t[2] for t in triples(text, D(2027, 6, 1)) if t[0] == "May 28"] == ["2027-05-28"]


def test_a_plan_put_off_with_no_new_day_is_the_one_in_force() -> None:
    text = (
        "The levy, originally due to take effect on February 1, was suspended in late January "
        "to give negotiators room."
    )
    assert found(text, D(2027, 4, 20)) == [(D(2027, 2, 1), "postponed", None)]


def test_separately_tells_of_another_thing() -> None:
    text = (
        "The envoys were to meet on Tuesday afternoon for a third round of talks.\n\n"
        "The session had first been planned for last Thursday but was pushed back.\n\n"
        "Separately, the lease on the mission's offices runs out on September 30."
    )
    assert (D(2027, 9, 30), "scheduled", None) in found(text, D(2027, 5, 18))


def test_a_term_noun_is_no_scope_of_an_extension() -> None:
    text = (
        "The party has extended the deadline for candidates to hand in their papers by four "
        "days, to June 11, an official said."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 11), "extended", D(2027, 6, 7))]


def test_what_a_request_s_clause_asks_for_is_proposed() -> None:
    text = "The mayor formally demanded that the by-election be held on October 3."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 10, 3), "proposed", None)]
    text = "The operator asks that the new permit take effect on January 1, 2028."
    assert found(text, D(2027, 6, 1)) == [(D(2028, 1, 1), "proposed", None)]


def test_a_weekday_of_next_week_is_one_expression() -> None:
    # Thursday 2 September 2027: "Wednesday next week" is the 8th
    assert triples("The window would have closed on Wednesday next week.", D(2027, 9, 2)) == [
        ("Wednesday next week", "DATE", "2027-09-08")
    ]
    assert triples("Talks resume on Monday of next week.", D(2027, 9, 2)) == [
        ("Monday of next week", "DATE", "2027-09-06")
    ]


def test_extended_until_a_day_is_the_end_of_a_term() -> None:
    text = (
        "A curfew in the northern districts, imposed after the vote, has been extended until "
        "July 20, the ministry said."
    )
    assert found(text, D(2027, 7, 1)) == [(D(2027, 7, 20), "extended", None)]


def test_a_compliance_date_moved_later_is_put_off() -> None:
    text = "Small plants must now comply by June 1, 2028, instead of June 1, 2027."
    assert found(text, D(2027, 3, 1)) == [(D(2028, 6, 1), "postponed", D(2027, 6, 1))]


def test_a_rescheduled_meeting_moves_none_of_the_notice_s_other_days() -> None:
    text = (
        "Dates and Times: The meeting previously scheduled for May 4-5, 2027, has been "
        "rescheduled. It will now be held on June 8, 2027.\n"
        "Written Comments: Written comments must be received on or before June 1, 2027."
    )
    assert found(text, D(2027, 4, 20)) == [
        (D(2027, 6, 8), "postponed", D(2027, 5, 4)),
        (D(2027, 6, 1), "scheduled", None),
    ]


def test_what_one_may_do_from_a_day_is_a_term_that_opens() -> None:
    text = "Seasonal workers may enter the country from 1 March 2028."
    assert found(text, D(2027, 12, 1)) == [(D(2028, 3, 1), "scheduled", None)]


def test_later_than_the_deadline_it_announced() -> None:
    text = (
        "The city has given street traders until August 20 to move, ten days later than the "
        "deadline it announced in June."
    )
    assert found(text, D(2027, 7, 1)) == [(D(2027, 8, 20), "extended", D(2027, 8, 10))]


def test_plans_dropped_and_another_measure_instead() -> None:
    text = (
        "The government said it had dropped plans to impose quotas on steel imports that were "
        "to take effect on May 1.\n\nInstead, a levy on imported aluminium will start on June 15."
    )
    assert found(text, D(2027, 4, 7)) == [
        (D(2027, 5, 1), "cancelled", None),
        (D(2027, 6, 15), "scheduled", None),
    ]


def test_a_bill_a_proposal_and_an_idea_floated_only_propose() -> None:
    text = "The Senate bill would keep the program running until March 15."
    assert found(text, D(2027, 2, 1)) == [(D(2027, 3, 15), "proposed", None)]
    text = "Under the proposals, the new allowance would start on 6 April 2028."
    assert found(text, D(2027, 11, 1)) == [(D(2028, 4, 6), "proposed", None)]
    text = (
        "The speaker has floated a shorter extension running only to February 28, but members "
        "of his own party oppose it."
    )
    assert found(text, D(2027, 2, 1)) == [(D(2027, 2, 28), "proposed", None)]


def test_a_weighed_change_does_not_reach_a_clause_of_the_thing_s_own() -> None:
    text = (
        "Analysts said a longer delay could push the congress into the campaign, which opens "
        "on October 3."
    )
    assert found(text, D(2027, 8, 1)) == [(D(2027, 10, 3), "scheduled", None)]


def test_what_is_not_affected_goes_ahead_and_what_will_not_begin_moves() -> None:
    text = "The northbound closure on Tuesday 9 March is not affected and will go ahead as planned."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 3, 9), "scheduled", None)]
    text = (
        "Checks at the border will not begin on 1 May 2027 as previously announced. They will "
        "instead start on 1 August 2027."
    )
    assert found(text, D(2027, 4, 1)) == [(D(2027, 8, 1), "postponed", D(2027, 5, 1))]
    text = "The remaining waivers will not be extended and will expire on June 30, as previously announced."
    assert found(text, D(2027, 4, 1)) == [(D(2027, 6, 30), "scheduled", None)]


def test_an_opening_moved_later_is_put_off() -> None:
    text = (
        "The opening of the new library has been put back by three weeks, the council said.\n\n"
        "The library will now open to readers on Monday 22 November.\n\n"
        "It had been due to open on Monday 1 November."
    )
    assert found(text, D(2027, 10, 15)) == [(D(2027, 11, 22), "postponed", D(2027, 11, 1))]


def test_a_change_note_s_own_day_is_no_commitment() -> None:
    text = (
        "Updates to this page\n"
        "12 January 2027: We have moved the date from which landlords must register.\n"
        "3 February 2027: The closing date for the second round has been extended."
    )
    assert found(text, D(2027, 2, 10)) == []
    text = (
        "What's changed\n8 January 2027: Return deadlines for the census moved to 11 February 2027."
    )
    assert found(text, D(2027, 1, 20)) == [(D(2027, 2, 11), "extended", None)]
    # (an item's own move told in brackets is the item)
    text = "June 21, 2027: Due date for written comments (moved from June 14, 2027)."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 21), "extended", D(2027, 6, 14))]


def test_a_plan_one_had_been_told_gives_way_to_the_new_one() -> None:
    text = (
        "The agency confirmed today that the final date for moving to the new system will now be "
        "30 November 2027.\n\nImporters had been told that all declarations must be made "
        "through the new system by 31 May 2027."
    )
    assert found(text, D(2027, 3, 1)) == [(D(2027, 11, 30), "extended", D(2027, 5, 31))]


def test_a_day_given_only_as_a_guide_is_expected() -> None:
    text = "- Signature of grant agreements: indicatively by 30 November 2027"
    assert found(text, D(2027, 3, 1)) == [(D(2027, 11, 30), "expected", None)]


def test_a_reopened_period_takes_the_close_told_as_past() -> None:
    text = (
        "The comment period closed on May 3, 2027.\n\n"
        "DATES: The comment period is reopened until July 12, 2027."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 7, 12), "extended", D(2027, 5, 3))]
    text = (
        "The notice established a deadline date of May 3, 2027, for applications.\n\n"
        "This notice extends the deadline for applications to May 17, 2027."
    )
    assert found(text, D(2027, 4, 20)) == [(D(2027, 5, 17), "extended", D(2027, 5, 3))]


def test_a_meeting_changed_to_another_day() -> None:
    text = (
        "The closed meeting scheduled for Thursday, June 17, 2027 at 2:00 p.m., has been changed "
        "to Wednesday, June 16, 2027 at 2:00 p.m."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 16), "advanced", D(2027, 6, 17))]
    assert found("The fee will change to 5% on 1 October 2027.", D(2027, 6, 1)) == [
        (D(2027, 10, 1), "scheduled", None)
    ]


def test_a_notice_s_header_day_takes_a_move_told_by_its_old_day() -> None:
    text = (
        "TIME AND DATE: 10:00 a.m. on Tuesday, November 16, 2027.\n\nSTATUS: Closed.\n\n"
        "CHANGES IN THE MEETING: This meeting was originally noticed for Monday, November 8, "
        "2027, and was postponed."
    )
    assert found(text, D(2027, 11, 10)) == [(D(2027, 11, 16), "postponed", D(2027, 11, 8))]


def test_a_move_told_by_its_old_day_moves_the_day_told_just_before() -> None:
    text = (
        "The new mayor will be sworn in on Thursday, the council confirmed, after a narrow win "
        "in the runoff.\n\nThe ceremony had been pencilled in for June 14, but it was brought "
        "forward so that the mayor can attend a regional summit."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 3), "advanced", D(2027, 6, 14))]


def test_a_forecast_s_would_is_expected() -> None:
    text = "We now estimate that the cash on hand would be exhausted on Friday, October 8, 2027."
    assert found(text, D(2027, 9, 1)) == [(D(2027, 10, 8), "expected", None)]


def test_a_rule_applicable_on_the_day_of_its_notice() -> None:
    assert found("DATES: Applicable May 4, 2027.", D(2027, 5, 4)) == [
        (D(2027, 5, 4), "scheduled", None)
    ]


def test_today_after_a_dateline_is_the_day_of_the_telling() -> None:
    text = (
        "DENVER (May 4, 2027) — Today, the agency announced that it is extending the comment "
        "period to June 18, 2027."
    )
    assert found(text, D(2027, 5, 4)) == [(D(2027, 6, 18), "extended", None)]


def test_what_is_suspended_on_a_day_starts_then() -> None:
    text = "The bureau will suspend sales of savings bonds at 12:00 noon on Friday, June 4, 2027."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 4), "scheduled", None)]


def test_a_day_s_number_is_no_count_of_changes() -> None:
    text = "The webinar that had been planned for Jan. 19 will not be held."
    assert found(text, D(2027, 1, 5)) == [(D(2027, 1, 19), "cancelled", None)]


def test_only_the_day_is_off_when_it_will_not_take_place_on_that_date() -> None:
    text = "The hearing, which was to be held on Tuesday, March 9, 2027, will not take place on that date."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 3, 9), "postponed", None)]


def test_a_move_told_by_its_old_day_is_not_put_off_to_an_earlier_day() -> None:
    text = (
        "The meeting, which was to be held on Tuesday, March 9, 2027, will not take place on "
        "that date.\n\nDATES: The withdrawal of the notice is effective March 2, 2027."
    )
    assert (D(2027, 3, 9), "postponed", None) in found(text, D(2027, 3, 1))


def test_a_change_asked_for_in_vain_or_left_undone_changes_nothing() -> None:
    text = (
        "The vote will go ahead on May 9 as planned, the commission said, despite calls from "
        "two parties for a delay."
    )
    assert found(text, D(2027, 5, 1)) == [(D(2027, 5, 9), "scheduled", None)]
    text = (
        "The mayor called the appeal a delaying tactic.\n\nThe new council will be sworn in on "
        "June 2."
    )
    assert found(text, D(2027, 5, 1)) == [(D(2027, 6, 2), "scheduled", None)]
    text = "Parliament rose for the summer without extending the subsidy, which expires on July 31."
    assert found(text, D(2027, 7, 1)) == [(D(2027, 7, 31), "scheduled", None)]


def test_a_noun_s_of_names_what_it_is_of() -> None:
    text = "Submission of nomination forms now closes on Friday, 12 November 2027 (previously Friday, 5 November 2027)."
    assert found(text, D(2027, 10, 1)) == [(D(2027, 11, 12), "extended", D(2027, 11, 5))]


def test_a_plan_that_was_meant_to_hold_or_had_been_ordered_is_the_old_one() -> None:
    text = "Registration, which was meant to stay open until July 23, will now close on June 25."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 25), "advanced", D(2027, 7, 23))]
    text = (
        "Firms that had been ordered to sell their stakes by July 1 now have until September 30 "
        "to do so."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 9, 30), "extended", D(2027, 7, 1))]


def test_a_request_lodged_to_keep_a_window_open_is_proposed() -> None:
    text = (
        "Two parties have lodged a formal request with the commission to keep registration open "
        "until July 9."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 7, 9), "proposed", None)]
    # (the papers a notice asks for are no request of a change)
    text = "Requests to make oral presentations should reach us on or before June 14, 2027."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 14), "scheduled", None)]


def test_a_broadcast_s_own_time_dates_nothing() -> None:
    text = (
        "Our top story tonight: the government has brought forward the referendum by four weeks. "
        "Voters will now go to the polls on Sunday, July 11, instead of August 8."
    )
    assert found(text, D(2027, 6, 4)) == [(D(2027, 7, 11), "advanced", D(2027, 8, 8))]


def test_an_opening_day_is_no_old_close() -> None:
    text = (
        "The window opens on 8 November 2027, four weeks later than the opening date we "
        "published in June, which was 11 October 2027.\n\nThe window will now close on 31 "
        "January 2028. It was previously due to close on 17 December 2027."
    )
    assert (D(2028, 1, 31), "extended", D(2027, 12, 17)) in found(text, D(2027, 10, 1))


def test_what_only_looks_like_these_forms_keeps_its_reading() -> None:
    may = D(2027, 5, 1)
    plain = [
        ("Officials changed the tariff from 10% to 25% on May 20.", D(2027, 5, 20)),
        ("The striker will be replaced by Marco Silva for the match on June 12.", D(2027, 6, 12)),
        ("The service will be replaced by May Bus Lines coaches, starting June 3.", D(2027, 6, 3)),
        (
            "The firm moved its offices earlier this year, and the new plant opens on June 3.",
            D(2027, 6, 3),
        ),
        ("Mark your calendars — on June 3, the mayor will announce the winners.", D(2027, 6, 3)),
        (
            "The event will not be held in Paris as previously announced, but it will still take place on June 3.",
            D(2027, 6, 3),
        ),
        (
            "The city floated a $50 million bond, with the first payment due on June 30.",
            D(2027, 6, 30),
        ),
        (
            "Lawmakers will vote on June 15 on a bill that would raise the minimum wage.",
            D(2027, 6, 15),
        ),
        (
            "The union demanded that wages be raised, and a strike will begin on June 3.",
            D(2027, 6, 3),
        ),
        (
            "Under paragraph 4.1.2030 of the treaty, the parties will meet again on June 15.",
            D(2027, 6, 15),
        ),
        (
            "The firmware version 3.2.2028 will be pushed to devices starting on June 1.",
            D(2027, 6, 1),
        ),
        (
            "The provisional agenda for the council meeting on June 3 has been published.",
            D(2027, 6, 3),
        ),
    ]
    for text, day in plain:
        assert found(text, may) == [(day, "scheduled", None)], text
    timetable = "Timetable\n10 June 2027: Shortlist published\n1 July 2027: Winners announced"
    assert [d for d, _s, _p in found(timetable, may)] == [D(2027, 6, 10), D(2027, 7, 1)]
    assert found("Town hall meeting (June 3) — residents are invited.", D(2027, 6, 2)) == [
        (D(2027, 6, 3), "scheduled", None)
    ]
    text = "The festival will not go ahead on the scheduled date of June 3, and organisers have cancelled it."
    assert found(text, may) == [(D(2027, 6, 3), "cancelled", None)]
    for text in (
        "The deadline to comply with the new reporting rules has been extended to June 30.",
        "The deadline for the opening of bids was extended to June 30.",
    ):
        assert found(text, may) == [(D(2027, 6, 30), "extended", None)], text
    text = (
        "Proposal for a regulation on AI delayed again\nThe Commission postponed the vote on "
        "its proposal to June 10, officials said."
    )
    assert found(text, may) == [(D(2027, 6, 10), "postponed", None)]
    assert found("The law passed in 2011 was repealed by parliament on March 3.", may) == [
        (D(2027, 3, 3), "occurred", None)
    ]
    text = "The talks were suspended at the request of the mediator until June 3."
    assert found(text, may) == [(D(2027, 6, 3), "postponed", None)]
    text = "Despite a two-week delay caused by the storm, the bridge will now open on June 3."
    assert found(text, may) == [(D(2027, 6, 3), "postponed", None)]
    text = "The date of the hearing was changed from 1 June to 1 July."
    assert found(text, may) == [(D(2027, 7, 1), "postponed", D(2027, 6, 1))]


def test_a_span_between_two_days_is_a_range() -> None:
    text = "The portal will be unavailable between 8pm on Friday 11 June and 6am on Monday 14 June."
    assert found(text, D(2027, 6, 1)) == []
    assert found("The office will be closed between 14 June and 17 June.", D(2027, 6, 1)) == []
    text = "Talks between the two ministers will take place on Friday."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 6, 4), "scheduled", None)]


def test_a_day_that_hangs_on_what_fails_is_a_trigger_but_a_forecast_stands() -> None:
    text = "Those levies could take effect on July 7 if no settlement is reached, an official said."
    assert found(text, D(2027, 6, 1)) == []
    text = "The bill would extend funding until July 13 if it clears both chambers."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 7, 13), "proposed", None)]
    text = (
        "We estimate that the measures would be exhausted on Friday, September 10, 2027, if "
        "Congress has not acted."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 9, 10), "expected", None)]


def test_results_and_publications_are_tellings() -> None:
    text = "Final results will be announced no later than Dec. 3, the commission said."
    assert found(text, D(2027, 11, 20)) == []
    text = "Publication of the final list of candidates: Monday, 29 November 2027."
    assert found(text, D(2027, 11, 1)) == []


def test_a_move_told_after_its_day_in_a_participle_clause() -> None:
    text = (
        "The premier on Thursday called an early election for November 7, bringing forward a "
        "vote that had been due in the spring.\n\nTown council elections, which had been fixed "
        "for November 7, will now be held two weeks later, on November 21."
    )
    assert found(text, D(2027, 9, 30)) == [
        (D(2027, 11, 7), "advanced", None),
        (D(2027, 11, 21), "postponed", D(2027, 11, 7)),
    ]


def test_a_close_gives_way_to_a_later_close_whatever_began_it() -> None:
    text = (
        "The two sides agreed on Wednesday to keep the tariffs suspended until January 31.\n\n"
        "The suspension, agreed in February, had been due to lapse on August 31."
    )
    assert found(text, D(2027, 8, 11))[0][2] == D(2027, 8, 31)
