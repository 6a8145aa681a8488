"""Forms found by labelling news, company releases and notices of our own writing: a move
told with no move word ("the meeting scheduled for 6 August will be held on 30 July"), a
day told "instead" after it, an old term named before its day ("its earlier target of"),
a list line labelled "was:", a weekday with its day of the month after a comma, a weekday
told against the new day ("rather than the Sunday"), asking words that ask for nothing of
the change, a court's hearing told of its case, and words that name a kind of thing rather
than a change ("renewal application", "the closing of the merger")."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def dues(text: str, published: dt.date) -> list[dt.date | None]:
    return [due for due, _s, _p in found(text, published)]


def test_a_plan_told_with_the_day_its_main_verb_gives_is_a_move() -> None:
    got = found(
        "The board meeting scheduled for 12 May 2031 will be held on 5 May 2031.", D(2031, 4, 1)
    )
    assert got == [(D(2031, 5, 5), "advanced", D(2031, 5, 12))]
    got = found("The ballot set for June 4 will take place on June 18.", D(2031, 4, 1))
    assert got == [(D(2031, 6, 18), "postponed", D(2031, 6, 4))]
    # (the same day told twice is no move)
    got = found("The hearing, scheduled for June 4, will begin at 9 a.m. on June 4.", D(2031, 4, 1))
    assert got == [(D(2031, 6, 4), "scheduled", None)]


def test_a_day_told_instead_after_it_replaces_the_plan_before_it() -> None:
    got = found("Trials due to begin on June 3 will begin on June 10 instead.", D(2031, 4, 1))
    assert got == [(D(2031, 6, 10), "postponed", D(2031, 6, 3))]


def test_an_old_term_named_before_its_day_is_no_commitment_of_its_own() -> None:
    text = "The firm now expects to complete the sale on July 20, later than its earlier target of June 30."
    assert dues(text, D(2031, 4, 1)) == [D(2031, 7, 20)]


def test_a_plan_told_with_an_adverb_in_the_past_perfect_is_the_old_day() -> None:
    text = (
        "The shareholders' vote has been put off again.\n\n"
        "The meeting will now be held on May 22. It had most recently been set for May 15."
    )
    assert found(text, D(2031, 5, 5)) == [(D(2031, 5, 22), "postponed", D(2031, 5, 15))]


def test_a_list_line_labelled_was_gives_the_line_after_it_its_previous_day() -> None:
    text = (
        "The calendar changes are:\n\n"
        "  Start of the autumn term\n"
        "    was: Tuesday, September 2, 2031\n"
        "    now: Monday, September 8, 2031\n"
    )
    assert found(text, D(2031, 8, 1)) == [(D(2031, 9, 8), "postponed", D(2031, 9, 2))]


def test_a_weekday_with_its_day_of_the_month_after_a_comma_takes_that_day() -> None:
    # (told on a Wednesday, "next Thursday" alone could be the next day)
    got = triples("The crew now aims for next Thursday, the ninth.", D(2031, 10, 1))
    assert ("next Thursday, the ninth", "DATE", "2031-10-09") in got
    assert triples("It will be replayed on Friday, the 3rd.", D(2031, 10, 1)) == [
        ("Friday, the 3rd", "DATE", "2031-10-03")
    ]
    # (an ordinal that starts a noun phrase is not the day's)
    assert triples("On Tuesday, the first batch of ballots went out.", D(2031, 10, 1)) == [
        ("Tuesday", "DATE", "2031-09-30")
    ]


def test_a_weekday_told_against_the_new_day_is_the_one_beside_it() -> None:
    text = "The final will now be played on Saturday 11 October rather than the Sunday."
    assert found(text, D(2031, 10, 1)) == [(D(2031, 10, 11), "advanced", D(2031, 10, 12))]


def test_asking_words_that_ask_for_nothing_of_the_change_leave_it_decided() -> None:
    published = D(2031, 3, 3)
    # documents sought, a proposal agreed to, a purpose before a result told after a comma
    text = "The window in which the club can hear rival proposals was extended by a week and now closes on March 14."
    assert found(text, published) == [(D(2031, 3, 14), "extended", D(2031, 3, 7))]
    text = "Lenders have approved the owner's proposal to extend the loan by two years, to May 1, 2033."
    assert found(text, published)[0][:2] == (D(2033, 5, 1), "extended")
    text = (
        "The board gave itself 30 more days to decide whether to renew the permit, moving its "
        "deadline to April 20."
    )
    assert found(text, published)[0][:2] == (D(2031, 4, 20), "extended")
    # (the asking is the main verb: the result told after the comma is only asked for)
    text = "The ministry proposed on Monday to delay the levy, pushing its start to July 1, 2032."
    assert found(text, published) == [(D(2032, 7, 1), "proposed", None)]


def test_asking_for_a_change_or_being_asked_to_hold_a_day_is_a_proposal() -> None:
    published = D(2031, 3, 3)
    text = "The operator has applied to the port authority to extend the licence to 30 June."
    assert found(text, published) == [(D(2031, 6, 30), "proposed", None)]
    text = "Trustees are being asked to hold the annual meeting on the ninth of April."
    assert found(text, published) == [(D(2031, 4, 9), "proposed", None)]


def test_an_event_dropped_is_called_off() -> None:
    text = "The coastal rally, provisionally set for May 17, has been dropped from the calendar."
    assert found(text, D(2031, 3, 3)) == [(D(2031, 5, 17), "cancelled", None)]


def test_a_hearing_told_of_a_case_after_a_court_is_named_is_no_commitment() -> None:
    text = "A tenants' group sued the landlord in the district court last week. A hearing in the case is set for May 6."
    assert dues(text, D(2031, 4, 1)) == []
    # (a hearing another body holds stays)
    text = (
        "A tenants' group sued the landlord in the district court last week. The housing board "
        "will hold a hearing on the rent rise on May 6."
    )
    assert dues(text, D(2031, 4, 1)) == [D(2031, 5, 6)]


def test_another_thing_told_as_separate_takes_no_old_day_of_the_first() -> None:
    text = (
        "The notes had been due to mature on June 1, 2032. The coupon will rise.\n\n"
        "A separate swap offer for the 2033 notes stays open for another two weeks."
    )
    assert all(prev is None for _d, _s, prev in found(text, D(2031, 11, 2)))


def test_a_day_its_owners_had_aimed_for_is_the_old_day() -> None:
    text = (
        "The two banks said they had agreed to move the closing of their previously announced "
        "merger to March 2, 2032.\n\nThe banks had targeted a closing on February 1, 2032."
    )
    # (a deal's closing is an event put off, not a term extended)
    assert found(text, D(2031, 12, 1)) == [(D(2032, 3, 2), "postponed", D(2032, 2, 1))]


def test_words_that_name_a_kind_of_thing_change_nothing() -> None:
    published = D(2031, 3, 3)
    text = "The commission will hold a public hearing on the renewal application on April 8."
    assert found(text, published) == [(D(2031, 4, 8), "scheduled", None)]
    text = "The line will be closed on Saturday 5 April for track renewal."
    assert found(text, published) == [(D(2031, 4, 5), "scheduled", None)]
    # (a renewal itself is one)
    text = "The council agreed the renewal of the licence until June 30, 2033."
    assert found(text, published)[0][:2] == (D(2033, 6, 30), "extended")


def test_a_titles_weekday_dated_in_full_by_the_body_is_that_day() -> None:
    text = (
        "Council vote pushed to Tuesday\n\n"
        "The council's vote on the harbour plan has been pushed back to Tuesday, March 25, "
        "officials said."
    )
    # (the title's "Tuesday" alone would be March 11, told on a Monday)
    assert dues(text, D(2031, 3, 10)) == [D(2031, 3, 25)]


def test_a_thing_called_off_and_told_again_with_a_new_day_is_put_off() -> None:
    published = D(2031, 5, 21)
    text = "The ballot will no longer take place on Friday. It will be held on June 13 instead."
    assert found(text, published) == [(D(2031, 6, 13), "postponed", D(2031, 5, 23))]
    text = "Sunday's parade has been called off. The parade will now take place on June 8."
    assert found(text, published) == [(D(2031, 6, 8), "postponed", D(2031, 5, 25))]
    # (another thing with a new day is no move of it)
    text = "Sunday's parade has been called off. The town will now hold a street fair on June 8."
    assert (D(2031, 5, 25), "cancelled", None) in found(text, published)


def test_two_full_dates_joined_by_a_spaced_dash_are_a_span() -> None:
    assert found("Half-term: October 27, 2031 - October 31, 2031", D(2031, 9, 1)) == []


def test_results_and_calls_to_the_market_date_no_commitment() -> None:
    published = D(2031, 3, 3)
    text = (
        "The group will publish its results for the second half and full year 2030 after the "
        "market closes on Thursday, March 13."
    )
    assert found(text, published) == []
    text = (
        "Rates will be set on Tuesday, May 20, after the price figures, which come out on the 15th."
    )
    assert dues(text, published) == [D(2031, 5, 20)]
    assert found("The bank will host a conference call on Thursday, March 13.", published) == []


def test_near_misses_of_the_plain_moves_stay_as_they_were() -> None:
    published = D(2031, 3, 3)
    # a start and an end of one thing, a plan "expected", "set up on": no move
    assert found("The stoppage planned for 7 April will end on 9 April.", published) == [
        (D(2031, 4, 7), "scheduled", None),
        (D(2031, 4, 9), "scheduled", None),
    ]
    text = "Entries for the regatta scheduled for 5 October will open on 2 May."
    assert all(prev is None for _d, _s, prev in found(text, published))
    text = "The panel expected to vote on 30 April will meet on 15 April to take evidence."
    assert (D(2031, 4, 30), "expected", None) in found(text, published)
    # "instead" in another sentence is another thing's
    text = "The cabinet is scheduled to meet on 6 March. Growers said they would march on 7 March instead."
    assert (D(2031, 3, 6), "scheduled", None) in found(text, published)
    # "an earlier deadline" is a sooner one, not an old one
    text = (
        "Large filers face an earlier deadline of 30 April, while small filers have until 30 June."
    )
    assert all(prev is None for _d, _s, prev in found(text, published))
    # an ordinal that goes on as a noun phrase after the comma
    got = triples("Porters will walk out on Friday, the third to be held this year.", published)
    assert ("Friday", "DATE", "2031-03-07") in got


def test_near_misses_of_the_asking_words_stay_as_they_were() -> None:
    published = D(2031, 3, 3)
    text = "Voters are being asked to return their postal ballots by 28 March."
    assert found(text, published) == [(D(2031, 3, 28), "scheduled", None)]
    text = "The duty has applied to imports since January and will be extended until 30 June."
    assert found(text, published)[0][:2] == (D(2031, 6, 30), "extended")
    text = "The ministry has published proposals to extend the consultation to 30 April."
    assert found(text, published) == [(D(2031, 4, 30), "proposed", None)]
    text = "Two parties plan to seek a delay, pushing the ballot to 30 June."
    assert found(text, published) == [(D(2031, 6, 30), "proposed", None)]
    text = "Lenders have not approved the owner's proposal to extend the loan to 1 May 2033."
    assert found(text, published) == [(D(2033, 5, 1), "proposed", None)]
    text = "The regulator rejected the plan to extend the deadline to 30 June."
    assert all(status != "extended" for _d, status, _p in found(text, published))


def test_near_misses_of_the_named_things_stay_as_they_were() -> None:
    published = D(2031, 3, 3)
    text = "Ticket prices for the show on 4 May have been dropped to £10 to lift sales."
    assert found(text, published) == [(D(2031, 5, 4), "scheduled", None)]
    text = "The exam on 4 May will go ahead, although the oral part has been dropped."
    assert found(text, published) == [(D(2031, 5, 4), "scheduled", None)]
    text = "A court struck down the zoning code last week. Lawmakers will hold a hearing on the code on 4 May."
    assert dues(text, published) == [D(2031, 5, 4)]
    text = "The book fair had been due to open on 4 May. A different hall will now host it from 18 May."
    assert found(text, published) == [(D(2031, 5, 18), "postponed", D(2031, 5, 4))]
    text = (
        "The two insurers agreed to push back the closing of their merger to 29 August.\n\n"
        "The rebels had targeted an airbase on 2 March."
    )
    assert (D(2031, 8, 29), "postponed", None) in found(text, published)
    text = "Organisers extended the closing of ticket sales to 30 April."
    assert found(text, published)[0][:2] == (D(2031, 4, 30), "extended")


def test_a_thing_due_on_a_day_let_be_done_by_a_later_one_is_extended() -> None:
    published = D(2031, 3, 3)
    # (a subject starting "Re..." is no present tense: "Returns due on")
    text = "Returns due on April 15 may now be filed by June 16."
    assert found(text, published) == [(D(2031, 6, 16), "extended", D(2031, 4, 15))]
    text = "Invoices due on 31 March can be paid in full by 30 April."
    assert found(text, published) == [(D(2031, 4, 30), "extended", D(2031, 3, 31))]
    # (another act by a later day moves nothing)
    text = "Fees due on 31 March can be waived by 30 April."
    assert all(prev is None for _d, _s, prev in found(text, published))


def test_a_table_set_out_with_spaces_gives_each_row_its_previous_day() -> None:
    text = (
        "REVISED TIMETABLE\n\n"
        "Stage                         Original date      Revised date\n"
        "Close of nominations          3 June 2031        10 June 2031\n"
        "Polling day                   26 June 2031       3 July 2031\n"
    )
    got = found(text, D(2031, 5, 20))
    assert (D(2031, 6, 10), "extended", D(2031, 6, 3)) in got
    assert (D(2031, 7, 3), "postponed", D(2031, 6, 26)) in got
    assert D(2031, 6, 3) not in [due for due, _s, _p in got]


def test_a_warning_of_what_could_come_is_a_forecast() -> None:
    text = "The finance ministry has warned that the state could run out of cash by June 2."
    assert found(text, D(2031, 5, 19)) == [(D(2031, 6, 2), "expected", None)]
    # (a plan told in a warning stays a plan)
    text = "She warned members that the ballot would be held on June 2 whatever happened."
    assert found(text, D(2031, 5, 19)) == [(D(2031, 6, 2), "scheduled", None)]


def test_a_request_named_as_a_thing_asks_nothing_of_the_change_after_it() -> None:
    text = (
        "The fund has given the city three more months to meet the terms of its second loan "
        "request, extending a deadline that would have expired on Friday."
    )
    assert found(text, D(2031, 6, 25)) == [(D(2031, 9, 27), "extended", D(2031, 6, 27))]


def test_a_meeting_convened_for_a_day_and_held_on_another_is_put_off() -> None:
    text = "The meeting was convened for 9 June 2031. It will now be held on 30 June 2031."
    assert found(text, D(2031, 5, 20)) == [(D(2031, 6, 30), "postponed", D(2031, 6, 9))]


def test_the_latest_time_for_lodging_is_a_deadline() -> None:
    text = (
        "The latest time for lodging proxy forms, previously 10.00 a.m. on 5 June 2031, will "
        "now be 10.00 a.m. on 26 June 2031."
    )
    assert found(text, D(2031, 5, 20)) == [(D(2031, 6, 26), "extended", D(2031, 6, 5))]


def test_near_misses_of_the_second_batch_stay_as_they_were() -> None:
    # a title's plain plan is this week's, whatever day of that name the body dates later
    text = (
        "Assembly to vote Wednesday\n\nMembers will vote on the bill this week, the clerk said. "
        "The upper house vote is scheduled for Wednesday, April 9."
    )
    assert D(2031, 3, 19) in dues(text, D(2031, 3, 17))
    # a call-off, then another act of the same subject
    text = "The parade planned for June 10 has been cancelled. It will now close the season, which ends on June 21."
    assert (D(2031, 6, 10), "cancelled", None) in found(text, D(2031, 6, 2))
    # a spaced dash between days without their years
    text = "The ballot will be held on March 10 - April 30 is the last day for postal votes."
    assert D(2031, 3, 10) in dues(text, D(2031, 3, 1))
    # another event after the results, and people who "come out" on strike
    text = "The group will report its results for the fourth quarter before members vote on the merger on March 20."
    assert dues(text, D(2031, 2, 3)) == [D(2031, 3, 20)]
    text = "Despite the poll results, porters say they will come out on February 20 for a 48-hour strike."
    assert dues(text, D(2031, 2, 3)) == [D(2031, 2, 20)]
    # a meeting held by webcast
    assert dues("The annual meeting will be held via a live webcast on May 6.", D(2031, 4, 20)) == [
        D(2031, 5, 6)
    ]
    # an earlier day to pay for a discount is no move
    text = "Rent due on May 1 can be paid by April 28 to receive a 2% discount."
    assert all(prev is None for _d, _s, prev in found(text, D(2031, 3, 20)))
    # the month of May is no modal; a request for the change itself asks
    text = "The regulator warned in May that the new reporting rules take effect on July 1."
    assert found(text, D(2031, 6, 2)) == [(D(2031, 7, 1), "scheduled", None)]
    text = "The opposition filed a formal request to postpone the ballot, moving it to July 1."
    assert found(text, D(2031, 6, 2)) == [(D(2031, 7, 1), "proposed", None)]


def test_an_old_date_line_over_a_new_date_still_to_be_confirmed_is_put_off() -> None:
    text = (
        "Only the sessions listed below are affected.\n\n"
        "Matter 4 - Retail centres\n"
        "  Old date: Tuesday 25 November 2031\n"
        "  New date: to be confirmed\n"
    )
    assert found(text, D(2031, 11, 3)) == [(D(2031, 11, 25), "postponed", None)]
