"""Old plans told after the plan that replaced them, plans reported and then called off,
the days of a court's business, and words that look like changes or tenses but are not."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments

D = dt.date


def test_an_old_plan_told_after_the_plan_in_force_is_its_previous_date() -> None:
    text = (
        "The orbiter's final engine burn is planned for 14 March 2039.\n\n"
        "The final engine burn had originally been planned for 2 March."
    )
    assert found(text, D(2039, 2, 20)) == [(D(2039, 3, 14), "postponed", D(2039, 3, 2))]
    # (a plan told to someone before, in the past perfect, is old too)
    text = (
        "Existing stalls must move out no later than 30 June 2039. Traders had been told in "
        "January that stalls would have to move out by 31 May."
    )
    assert found(text, D(2039, 4, 2)) == [(D(2039, 6, 30), "extended", D(2039, 5, 31))]


def test_a_plan_reported_as_told_before_and_called_off_next_is_cancelled() -> None:
    text = (
        "In March the utility announced that the Harwell depot would be closed on 30 September "
        "2039. The utility is reversing that decision."
    )
    assert found(text, D(2039, 6, 1)) == [(D(2039, 9, 30), "cancelled", None)]
    text = (
        "The mill said last spring that it would shut the north line on October 2, 2039. On "
        "Monday it called off the shutdown."
    )
    assert found(text, D(2039, 6, 8)) == [(D(2039, 10, 2), "cancelled", None)]


def test_sentencings_status_conferences_and_court_papers_are_the_court_s() -> None:
    published = D(2039, 5, 3)
    assert (
        found("The former mayor will be sentenced on June 14 by a federal judge.", published) == []
    )
    text = "Judge Orla Meaney set a status conference for May 20 in the fraud case."
    assert found(text, published) == []
    text = (
        "The appeals court heard the quarry case last week. The county has until May 27 to "
        "file its reply brief."
    )
    assert found(text, published) == []
    text = "The judge gave both sides until May 30 to file any motions."
    assert found(text, published) == []


def test_a_cue_that_gives_a_reason_or_names_a_thing_tells_no_change() -> None:
    published = D(2039, 5, 3)
    text = "The old booking form will be switched off on May 20, since it is no longer needed."
    assert found(text, published) == [(D(2039, 5, 20), "scheduled", None)]
    text = "The club said members will see the new renewal rate from June 1."
    assert found(text, published) == [(D(2039, 6, 1), "scheduled", None)]
    text = "The browser will turn off all legacy extensions on August 9."
    assert found(text, published) == [(D(2039, 8, 9), "scheduled", None)]


def test_a_move_compared_with_the_plan_is_read_in_its_own_tense() -> None:
    # ("earlier than planned" compares; it is no past of the clause)
    text = (
        "The council will vote on a long-debated riverside housing plan three days earlier "
        "than planned, on May 17."
    )
    assert found(text, D(2039, 5, 3)) == [(D(2039, 5, 17), "advanced", D(2039, 5, 20))]
    # (and the proposal voted on is not the move's modality)
    text = (
        "The council will vote on a proposed tenants' board a week earlier than planned, on May 17."
    )
    assert found(text, D(2039, 5, 3)) == [(D(2039, 5, 17), "advanced", D(2039, 5, 24))]


def test_a_new_date_denied_leaves_a_call_off_standing() -> None:
    text = (
        "The board has cancelled the spring craft fair, which was to open on June 9. The fair "
        "will not be moved online or to a later date."
    )
    assert found(text, D(2039, 4, 2)) == [(D(2039, 6, 9), "cancelled", None)]


def test_days_kept_before_a_contrast_hold_what_is_dropped_after_it() -> None:
    text = (
        "The forum will keep its original dates, May 5 and May 6, but the talks will be "
        "streamed, and the gala dinner has been dropped."
    )
    assert found(text, D(2039, 4, 2)) == [
        (D(2039, 5, 5), "scheduled", None),
        (D(2039, 5, 6), "scheduled", None),
    ]
    text = (
        "The forum will keep its original dates, May 5 and May 6, but the dinner has been dropped."
    )
    assert [c[1] for c in found(text, D(2039, 4, 2))] == ["scheduled", "scheduled"]


def test_more_time_given_then_a_new_day_is_an_extension() -> None:
    text = (
        "State officials on Tuesday gave the county more time to count the ballots.\n\n"
        "Counting staff now have until May 16 to finish, the officials said."
    )
    assert found(text, D(2039, 5, 10)) == [(D(2039, 5, 16), "extended", None)]
    # (the day of writing, as a dateline's day or an act's, dates no change of its own)
    text = (
        "HALSTEAD, May 10 (Wire) - State officials on Tuesday gave the county more time to "
        "count the ballots.\n\nCounting staff now have until May 16 to finish."
    )
    assert found(text, D(2039, 5, 10)) == [(D(2039, 5, 16), "extended", None)]


def test_an_event_told_to_take_place_or_to_reopen_on_a_weekday_is_ahead() -> None:
    published = D(2039, 5, 10)  # a Tuesday
    assert found("The runoff takes place Monday.", published) == [
        (D(2039, 5, 16), "scheduled", None)
    ]
    text = "Applications for the grant reopen Monday."
    assert found(text, published) == [(D(2039, 5, 16), "scheduled", None)]


def test_those_left_out_of_an_extension_keep_their_day() -> None:
    text = (
        "Landlords cited in last year's survey are not covered by the extension and must file "
        "their reports by June 3."
    )
    assert found(text, D(2039, 5, 10)) == [(D(2039, 6, 3), "scheduled", None)]


def test_a_hearing_held_to_consider_a_change_is_scheduled() -> None:
    text = (
        "The supervisors will hold a public hearing on Tuesday, June 7, 2039, at 10:00 a.m., "
        "in the council chamber, to consider an ordinance extending the permit freeze."
    )
    assert found(text, D(2039, 5, 10)) == [(D(2039, 6, 7), "scheduled", None)]


def test_a_day_named_as_an_event_s_is_no_new_day_of_a_move() -> None:
    text = (
        "The second campaign report for the September 12, 2039 primary election was due on "
        "Monday, July 25, 2039."
    )
    got = found(text, D(2039, 7, 27))
    assert (D(2039, 9, 12), "scheduled", None) in got
    assert all(c[1] == "scheduled" or c[1] == "occurred" for c in got)


def test_a_time_clause_with_a_change_of_its_own_leaves_the_day_before_it() -> None:
    text = (
        "Party leaders said they would convene a special session on Nov. 7, a day after the "
        "elections board moved the filing deadline up by a week, to Jan. 13, 2040, from Jan. 20."
    )
    got = found(text, D(2039, 10, 18))
    assert (D(2039, 11, 7), "scheduled", None) in got
    assert (D(2040, 1, 13), "advanced", D(2040, 1, 20)) in got


def test_a_measure_if_passed_gives_every_day_it_names_as_proposed() -> None:
    text = "If passed, the panel would be seated by Oct. 1 and begin hearing complaints on Jan. 2, 2040."
    assert found(text, D(2039, 5, 13)) == [
        (D(2039, 10, 1), "proposed", None),
        (D(2040, 1, 2), "proposed", None),
    ]


def test_a_turn_of_phrase_with_case_names_no_court_business() -> None:
    text = "Owners must, in any case, register their boats by May 2."
    (c,) = extract_commitments(text, D(2039, 4, 1))
    assert c.kind != "ruling"


def test_a_law_s_sunset_pushed_back_is_extended() -> None:
    text = (
        "The governor signed a bill on Tuesday that pushes the parklet law's sunset date back "
        "to April 30, 2041."
    )
    assert found(text, D(2040, 2, 1)) == [(D(2041, 4, 30), "extended", None)]


def test_an_infinitive_of_its_own_after_a_change_keeps_its_days() -> None:
    text = (
        "The council voted to hold two more open sessions, on Feb. 6 and Feb. 20, and to "
        "reopen until March 3 the period for written objections."
    )
    assert found(text, D(2040, 1, 22)) == [
        (D(2040, 2, 6), "scheduled", None),
        (D(2040, 2, 20), "scheduled", None),
        (D(2040, 3, 3), "extended", None),
    ]


def test_a_bill_s_hearing_and_a_matter_taken_up_are_scheduled() -> None:
    published = D(2040, 1, 10)
    text = (
        "A second bill that would let cafes keep the tables is scheduled for a hearing "
        "before the housing committee on Jan. 26."
    )
    assert found(text, published) == [(D(2040, 1, 26), "scheduled", None)]
    text = "The clerk said the contract will be considered on Jan. 30."
    assert found(text, published) == [(D(2040, 1, 30), "scheduled", None)]


def test_a_forecast_does_not_reach_into_a_relative_clause_s_own_day() -> None:
    text = (
        "The startup is widely expected to show its first drone at a trade fair, which opens "
        "on Thursday, Jan. 19."
    )
    assert found(text, D(2040, 1, 10)) == [(D(2040, 1, 19), "scheduled", None)]


def test_a_notice_of_a_proposed_extension_changes_no_date_and_what_it_leaves_stands() -> None:
    text = (
        "Notice of proposed extension\n\n"
        "The Office proposes to extend the compliance date for kiosks from March 4, 2041 to "
        "June 3, 2041.\n\n"
        "Reply comments are due March 1, 2040.\n\n"
        "The rules for websites are not affected by this proposal and still apply from "
        "March 4, 2041."
    )
    assert found(text, D(2040, 1, 10)) == [
        (D(2041, 6, 3), "proposed", None),
        (D(2040, 3, 1), "scheduled", None),
        (D(2041, 3, 4), "scheduled", None),
    ]


def test_a_news_conference_or_a_media_briefing_is_a_telling_s_day() -> None:
    published = D(2040, 3, 2)
    assert found("A news conference will be held on March 9.", published) == []
    text = "The agency will hold a media briefing on March 9, and the launch is set for March 12."
    assert found(text, published) == [(D(2040, 3, 12), "scheduled", None)]


def test_a_journey_and_a_newscast_s_weather_date_nothing() -> None:
    published = D(2040, 3, 7)  # a Wednesday
    text = "The envoy will travel to Harlow on Sunday and hold talks with the premier on Monday."
    assert found(text, published) == [(D(2040, 3, 12), "scheduled", None)]
    text = "And the weather: rain spreading from the west, clearing by tomorrow afternoon."
    assert found(text, published) == []
    text = "The weather for the weekend: dry, with a chance of showers on Sunday evening."
    assert found(text, published) == []


def test_a_new_day_told_before_the_vague_plan_it_replaces_is_moved() -> None:
    # (told on 5 April: "next month" is May, so the first of June is later)
    text = (
        "The ministry says the new bypass toll will now be introduced on the first of June "
        "rather than next month, to give drivers more time to buy tags."
    )
    assert found(text, D(2040, 4, 5)) == [(D(2040, 6, 1), "postponed", None)]
