"""Further things on a day a move gives, old days told as asides or as the history of an old
day, numbered lines of a notice, approvals told in the passive, and words that look like a
journey, a ruling, a vote or a telling but are none."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_a_travel_permit_is_no_journey() -> None:
    text = "The ministry will delay the launch of its travel permit scheme until March 3."
    assert found(text, D(2035, 1, 10)) == [(D(2035, 3, 3), "postponed", None)]


def test_a_further_thing_told_with_as_well_or_too_is_its_own_commitment() -> None:
    text = (
        "The harbour tunnel will now open on May 9, two weeks later than planned.\n\n"
        "Toll discounts for residents will start on May 9 as well."
    )
    got = found(text, D(2035, 4, 1))
    assert (D(2035, 5, 9), "scheduled", None) in got
    assert len([g for g in got if g[0] == D(2035, 5, 9)]) == 2
    text = (
        "Pensioners in the valley will have until August 4 to claim the heating grant. Carers, "
        "too, can now claim as late as August 4."
    )
    assert len(found(text, D(2035, 6, 1))) == 2


def test_the_report_s_own_words_are_the_evidence_rather_than_a_quotation() -> None:
    from deadlines.extract import extract_commitments

    text = (
        "The port authority will delay the opening of the new ferry terminal until Nov. 14, "
        "its director said on Monday.\n\nThe terminal had been slated to open on Sept. 1.\n\n"
        '"We would rather open on Nov. 14 with every gangway tested," she said.'
    )
    got = extract_commitments(text, D(2035, 9, 3))
    assert [c.due for c in got] == [D(2035, 11, 14)]
    assert got[0].evidence.startswith("The port authority")


def test_a_clause_put_before_the_subject_names_no_thing_of_the_change() -> None:
    text = (
        "Relining of the reservoir was due to start on Monday 4 June. To avoid the end of the "
        "fishing season, this work has been put back to Monday 18 June."
    )
    assert found(text, D(2035, 5, 1)) == [(D(2035, 6, 18), "postponed", D(2035, 6, 4))]


def test_ahead_of_the_date_previously_announced_is_an_advance() -> None:
    text = (
        "The new library will now open on March 20, ahead of the summer date previously announced."
    )
    assert found(text, D(2035, 1, 5)) == [(D(2035, 3, 20), "advanced", None)]


def test_an_old_plan_named_by_the_verb_of_the_new_one_and_the_old_plan_s_own_history() -> None:
    text = (
        "Northline said the tram route would not reopen until Monday, December 10.\n\n"
        "The route has been shut since September for track renewal and had been due to reopen "
        "on December 3. That date had itself been pushed back from November 26 after a "
        "landslip."
    )
    assert found(text, D(2035, 11, 28)) == [(D(2035, 12, 10), "postponed", D(2035, 12, 3))]


def test_the_keyword_of_a_day_stays_in_its_own_clause() -> None:
    text = (
        "The winter fair will open three days earlier than usual, on Thursday, November 22, "
        "the town hall announced, while the reopening of the concert hall slips into spring."
        "\n\nThe fair had originally been scheduled to open on Sunday, November 25."
    )
    assert found(text, D(2035, 10, 30)) == [(D(2035, 11, 22), "advanced", D(2035, 11, 25))]


def test_an_old_day_told_as_an_aside_is_no_cue_for_the_new_one() -> None:
    text = "The deadline, previously Dec. 12, now falls on March 6."
    assert found(text, D(2035, 12, 1)) == [(D(2036, 3, 6), "extended", D(2035, 12, 12))]


def test_extended_to_allow_more_time_is_an_extension() -> None:
    text = (
        "Foreign crews must apply for passes by March 19. The deadline was extended to allow "
        "more time for checks."
    )
    assert found(text, D(2035, 3, 1)) == [(D(2035, 3, 19), "extended", None)]


def test_a_title_s_change_is_not_carried_to_the_thing_its_other_clause_names() -> None:
    text = (
        "Observatory Sets Launch for Comet Probe; Press Deadline Extended\n\n"
        "The observatory and its launch partner are targeting Tuesday, May 15, for the launch "
        "of the comet probe."
    )
    assert found(text, D(2035, 4, 2)) == [(D(2035, 5, 15), "scheduled", None)]


def test_reversed_its_plan_and_will_therefore_not_go_ahead_call_off() -> None:
    text = "The bank has reversed its plan to close the old branch on Friday, June 8."
    assert found(text, D(2035, 5, 20)) == [(D(2035, 6, 8), "cancelled", None)]
    text = "A tasting that had been set for Oct. 12 will therefore not go ahead."
    assert found(text, D(2035, 10, 1)) == [(D(2035, 10, 12), "cancelled", None)]


def test_the_old_day_of_a_pair_names_no_start() -> None:
    text = (
        "The firm said the regulator had extended its target action date for the filing by "
        "three months, to Sept. 27 from June 27, after new data were classed as a major "
        "amendment."
    )
    assert found(text, D(2035, 3, 1)) == [(D(2035, 9, 27), "extended", D(2035, 6, 27))]


def test_each_numbered_line_of_a_notice_is_its_own_thing() -> None:
    text = (
        "NOTICE OF RESCHEDULED AND CANCELLED MEETINGS\n\n"
        "1. The board meeting set for June 4 has been rescheduled to June 18.\n"
        "2. Speakers must register by 5 p.m. on June 12.\n"
        "3. The open day set for June 9 is cancelled. Visitors may instead book a tour until "
        "June 30."
    )
    assert found(text, D(2035, 5, 20)) == [
        (D(2035, 6, 18), "postponed", D(2035, 6, 4)),
        (D(2035, 6, 12), "scheduled", None),
        (D(2035, 6, 9), "cancelled", None),
        (D(2035, 6, 30), "scheduled", None),
    ]


def test_a_move_only_proposed_gives_no_new_day_to_a_decided_change() -> None:
    text = (
        "The agency proposes to delay the rules. The amendment would instead require "
        "compliance by July 1, 2036.\n\n"
        "The hearing on the proposal, originally noticed for September 3, 2035, has been "
        "rescheduled. The hearing will be held on Tuesday, September 11, 2035."
    )
    got = found(text, D(2035, 8, 1))
    assert (D(2035, 9, 11), "postponed", D(2035, 9, 3)) in got


def test_a_telling_owed_is_a_deadline() -> None:
    text = "Under the takeover code Marlow must announce a firm offer or walk away by May 17."
    assert found(text, D(2035, 4, 20)) == [(D(2035, 5, 17), "scheduled", None)]


def test_a_relative_clause_tells_what_a_change_moves() -> None:
    text = (
        "To ease the squeeze, the current freeze on water tariffs, which had been due to expire "
        "on December 31, will be extended by a month, to January 31, the ministry said."
    )
    assert found(text, D(2035, 12, 5)) == [(D(2036, 1, 31), "extended", D(2035, 12, 31))]


def test_a_plain_day_in_the_next_paragraph_replaces_an_old_plan_only_if_it_is_the_same_thing() -> (
    None
):
    text = (
        "The merger had been slated to complete on November 20.\n\n"
        "Under the agreement, the buyer must pay a break fee by August 8."
    )
    got = found(text, D(2035, 7, 20))
    assert (D(2035, 8, 8), "scheduled", None) in got


def test_what_a_day_is_for_named_by_its_change_is_no_change() -> None:
    text = "Entries for the postponed marathon close on Thursday, February 15."
    assert found(text, D(2035, 2, 4)) == [(D(2035, 2, 15), "scheduled", None)]
    text = (
        "The general meeting will now be held on 6 March.\n\nForms of proxy for the "
        "rescheduled meeting must be received no later than 11 a.m. on 1 March."
    )
    assert (D(2035, 3, 1), "scheduled", None) in found(text, D(2035, 2, 10))


def test_as_planned_is_a_comparison_not_a_past() -> None:
    text = "A drop-in session will go ahead as planned at the library on Thursday."
    assert found(text, D(2035, 3, 13)) == [(D(2035, 3, 15), "scheduled", None)]


def test_a_question_s_still_holds_nothing() -> None:
    text = (
        "Q. Will paper tickets still be withdrawn on May 2?\n"
        "A. No. That change has been postponed until further notice."
    )
    assert found(text, D(2035, 4, 1)) == [(D(2035, 5, 2), "postponed", None)]


def test_a_span_s_first_day_may_carry_its_clock_and_weekday() -> None:
    text = (
        "The portal will be unavailable from 6:00 p.m. on Friday, March 2, 2035 until 7:00 a.m. "
        "on Tuesday, March 6, 2035 while it is upgraded."
    )
    assert found(text, D(2035, 2, 26)) == []


def test_decide_on_a_day_and_ballot_papers() -> None:
    text = (
        "Voters will decide on November 18 whether to merge the two parishes.\n\n"
        "The referendum was initially to be held alongside the county ballot on September 16, "
        "but the council said it needed more time.\n\n"
        "Ballot papers will be sent to all voters by October 26."
    )
    got = found(text, D(2035, 8, 10))
    assert (D(2035, 11, 18), "postponed", D(2035, 9, 16)) in got
    assert (D(2035, 10, 26), "scheduled", None) in got


def test_approval_told_in_the_passive_or_with_a_pronoun_after_it_is_a_proposal() -> None:
    for text in (
        "If the measure is approved, it will take effect on January 1, 2036.",
        "If voters approve the measure, it would take effect on January 1, 2036.",
    ):
        assert found(text, D(2035, 8, 1)) == [(D(2036, 1, 1), "proposed", None)]
    text = "If talks fail, the duties will take effect on January 1, 2036."
    assert found(text, D(2035, 8, 1)) == []


def test_a_participle_clause_with_its_own_day_leaves_the_day_before_it_old() -> None:
    text = (
        "The island will not start charging visitors a landing fee on Aug. 1 as planned, the "
        "council said, pushing the fee back to Jan. 1 next year."
    )
    assert found(text, D(2035, 7, 8)) == [(D(2036, 1, 1), "postponed", D(2035, 8, 1))]


def test_a_day_pointed_back_to_from_another_paragraph_is_a_further_thing() -> None:
    text = (
        "The new fee will now apply from 1 April 2036. It had been due to start on 1 July "
        "2036 and has been brought forward.\n\n"
        "The new booking portal will go live on the same date."
    )
    got = found(text, D(2036, 2, 9))
    assert (D(2036, 4, 1), "advanced", D(2036, 7, 1)) in got
    assert (D(2036, 4, 1), "scheduled", None) in got


def test_extending_a_person_s_stay_is_no_change() -> None:
    text = (
        "Transitional rules for students seeking to extend their stay will remain open until "
        "30 June 2036, rather than closing on 31 March 2036 as previously announced."
    )
    assert found(text, D(2036, 2, 9)) == [(D(2036, 6, 30), "extended", D(2036, 3, 31))]


def test_whose_proposal_a_thing_was_is_no_proposal() -> None:
    text = (
        "Three governments had planned to convene the event, proposed by the United States, "
        "in Istanbul starting this Saturday."
    )
    assert found(text, D(2035, 5, 16)) == [(D(2035, 5, 19), "scheduled", None)]
    text = "US-Proposed Summit Postponed\n\nThe summit had been set for Saturday, May 19."
    assert found(text, D(2035, 5, 16)) == [(D(2035, 5, 19), "postponed", None)]


def test_a_thing_moved_twice_has_the_second_day_as_its_previous_one() -> None:
    text = (
        "The last round of the league, first scheduled for 15 April and moved to 22 April in "
        "March, will now be played on 29 April."
    )
    assert found(text, D(2035, 4, 2)) == [(D(2035, 4, 29), "postponed", D(2035, 4, 22))]
    # (a day the place closed on is no move: "which closed last Monday, will now stay shut")
    text = "The pier, which closed last Monday, will now stay shut until May 29."
    assert (D(2035, 5, 29), "scheduled", None) in found(text, D(2035, 5, 9))


def test_releasing_a_thing_is_no_telling_releasing_a_paper_is() -> None:
    text = "The game will now be released on February 12, 2036, for consoles, the studio said."
    assert found(text, D(2035, 8, 13)) == [(D(2036, 2, 12), "scheduled", None)]
    text = "Results of the survey will be released at 4 p.m. on Thursday, August 16."
    assert found(text, D(2035, 8, 13)) == []


def test_a_forecast_of_a_plain_event_takes_no_old_day_and_purpose_names_no_thing() -> None:
    text = (
        "A second group of detainees is expected to be freed by June 25.\n\n"
        "The truce that has held since May 21 was due to lapse at midnight on Friday. Both "
        "sides agreed to extend it to June 30 to cover the talks, the mediators said."
    )
    got = found(text, D(2035, 6, 6))
    assert (D(2035, 6, 25), "expected", None) in got
    assert (D(2035, 6, 30), "extended", D(2035, 6, 8)) in got


def test_a_tax_withdrawn_is_called_off() -> None:
    text = "The surtax on steel coil that was to begin on July 15, 2035 has been withdrawn."
    assert found(text, D(2035, 6, 30)) == [(D(2035, 7, 15), "cancelled", None)]


def test_a_reader_who_does_not_want_a_change_has_a_deadline() -> None:
    text = "If you do not want to be moved, you must tell us by 20 February 2036."
    assert found(text, D(2036, 2, 9)) == [(D(2036, 2, 20), "scheduled", None)]


def test_a_title_pulled_from_its_date_is_called_off() -> None:
    text = (
        "The studio also pulled its thriller Low Tide from the Dec. 8 theatrical date it had held."
    )
    assert found(text, D(2035, 10, 12)) == [(D(2035, 12, 8), "cancelled", None)]


def test_a_case_of_the_reader_s_with_the_reader_s_own_term_is_a_deadline() -> None:
    text = (
        "If you could not reach the online service between 15 and 19 December 2035, you will "
        "have until 28 February 2036 to file your return."
    )
    assert found(text, D(2036, 1, 6)) == [(D(2036, 2, 28), "scheduled", None)]


def test_the_deadline_as_it_was_belongs_to_the_sentence_before() -> None:
    text = (
        "Foreign crews must apply for passes by March 19. The deadline had been March 12 and "
        "was extended to allow more time for checks. Local crews must apply by April 2."
    )
    assert found(text, D(2035, 3, 1)) == [
        (D(2035, 3, 19), "extended", D(2035, 3, 12)),
        (D(2035, 4, 2), "scheduled", None),
    ]
