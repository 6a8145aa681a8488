"""Wire, broadcast and trade news: clauses dated from other events, events held in the
present, old plans told after the new day or a paragraph before it, moves only weighed for
"it", moves gone by in an aside, forecasts and modals of other clauses, things spoken of as
proposals, and the clearer of two statements of one day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments

D = dt.date


def test_a_clause_dated_from_another_event_keeps_its_tense_to_itself() -> None:
    text = "The border talks resume Tuesday in Vienna, a month after they broke down."
    assert found(text, D(2033, 3, 15)) == [(D(2033, 3, 15), "scheduled", None)]  # a Tuesday
    # a day heading its sentence takes the verb after the aside
    text = "On Tuesday, a month after the talks broke down, the envoys met again in Vienna."
    assert found(text, D(2033, 3, 17)) == [(D(2033, 3, 15), "occurred", None)]


def test_a_day_read_as_put_off_is_the_new_one_when_the_old_plan_is_told_later() -> None:
    text = (
        "The first regional council elections will be held on August 9, the election board "
        "said on Monday, confirming a delay sought by the northern parties.\n\n"
        "Nominations close on July 2.\n\n"
        "The elections were originally scheduled for June 21."
    )
    got = found(text, D(2033, 5, 16))
    assert (D(2033, 8, 9), "postponed", D(2033, 6, 21)) in got
    assert all(day != D(2033, 6, 21) for day, _status, _prev in got)


def test_a_new_day_opening_the_next_paragraph_replaces_the_old_plan() -> None:
    text = (
        "Under the first timetable, the import ban on raw timber was to apply from July 1. "
        "Several mills asked for more time to find other suppliers.\n\n"
        "The embargo will now apply from Oct. 1, an official said."
    )
    assert found(text, D(2033, 6, 8)) == [(D(2033, 10, 1), "postponed", D(2033, 7, 1))]


def test_holding_an_event_in_the_present_looks_ahead() -> None:
    text = "The island holds a presidential election on Sunday, which its neighbour will not recognise."
    assert found(text, D(2033, 11, 15)) == [(D(2033, 11, 20), "scheduled", None)]  # a Tuesday
    assert found("The party holds its congress Sunday.", D(2033, 11, 15)) == [
        (D(2033, 11, 20), "scheduled", None)
    ]


def test_a_move_only_weighed_for_it_leaves_the_day_before_as_it_is() -> None:
    text = (
        "The grazing pause in the hill districts expires on Friday. The ministry formally "
        "proposed on Monday extending it by 30 days; herders have not yet replied."
    )
    assert found(text, D(2033, 3, 22)) == [(D(2033, 3, 25), "proposed", None)]
    text = (
        "The mandate of the river patrol expires on Sept. 30. Officials said the states "
        "were likely to renew it for another year."
    )
    assert found(text, D(2033, 9, 14)) == [(D(2033, 9, 30), "expected", None)]
    # (the thing named, not a pronoun: no count back from the day in force either)
    text = "The truce expires on June 1. The mediators proposed extending the truce by 90 days."
    assert found(text, D(2033, 5, 20)) == [(D(2033, 6, 1), "proposed", None)]


def test_plans_sent_to_an_office_are_no_plan_to_act() -> None:
    text = "The agencies sent closure plans to the budget office of the White House on Monday."
    got = found(text, D(2033, 9, 28))  # a Wednesday: the plans went on the Monday before
    assert [day for day, _status, _prev in got if day is None or day >= D(2033, 9, 28)] == []


def test_a_plan_told_after_a_day_given_as_new_is_its_old_day() -> None:
    text = (
        "The water company's chief will now appear before the audit panel on Tuesday 12 "
        "April, the panel said this afternoon. She had been due before members tomorrow "
        "morning."
    )
    assert found(text, D(2033, 3, 30)) == [(D(2033, 4, 12), "postponed", D(2033, 3, 31))]


def test_a_term_given_and_the_day_things_were_first_ordered_by() -> None:
    text = (
        "The transport panel has given the ferry operator until 5 p.m. Friday to hand over "
        "its maintenance logs.\n\n"
        "The panel had originally ordered the logs delivered by March 4. Members agreed to "
        "the change at a closed meeting Tuesday."
    )
    got = found(text, D(2033, 3, 9))  # a Wednesday
    assert (D(2033, 3, 11), "extended", D(2033, 3, 4)) in got
    assert all(day != D(2033, 3, 4) for day, _status, _prev in got)


def test_moves_gone_by_told_in_an_aside_change_nothing() -> None:
    text = "The agency's stopgap funding, extended twice since October, expires Jan. 30."
    assert found(text, D(2033, 1, 27)) == [(D(2033, 1, 30), "scheduled", None)]
    text = "The coastal truce, extended once already, will now expire on March 31."
    assert found(text, D(2033, 3, 4)) == [(D(2033, 3, 31), "extended", None)]


def test_leaving_without_acting_on_an_extension_extends_nothing() -> None:
    text = (
        "The assembly adjourned Thursday afternoon until Tuesday, Feb. 8, without acting "
        "on a short-term extension for the housing agency."
    )
    assert found(text, D(2033, 2, 3)) == [(D(2033, 2, 8), "scheduled", None)]


def test_a_day_told_as_still_set_is_not_moved() -> None:
    text = (
        "The delay means the new session will open after two by-elections in the north, "
        "which are still set for Thursday, Oct. 13."
    )
    assert found(text, D(2033, 9, 29)) == [(D(2033, 10, 13), "scheduled", None)]


def test_what_members_had_been_asked_to_do_by_a_day_is_the_old_deadline() -> None:
    text = (
        "Member states had been asked to send written comments on the draft charter by Aug. "
        "12. That deadline has been extended to Aug. 29, an official said."
    )
    assert found(text, D(2033, 8, 2)) == [(D(2033, 8, 29), "extended", D(2033, 8, 12))]


def test_a_deadline_to_respond_to_a_proposal_is_no_proposal() -> None:
    text = "Member states have until March 14 to respond to the proposal."
    assert found(text, D(2033, 2, 28)) == [(D(2033, 3, 14), "scheduled", None)]


def test_a_forecast_in_a_second_predicate_is_not_the_meetings() -> None:
    text = "Leaders of the bloc meet in Nairobi on Jan. 20 and are likely to discuss the talks."
    assert found(text, D(2033, 1, 10)) == [(D(2033, 1, 20), "scheduled", None)]


def test_what_is_hoped_for_is_expected() -> None:
    text = "Mediators hope a truce can take effect at midnight on Sunday, two officials said."
    assert found(text, D(2033, 2, 9)) == [(D(2033, 2, 13), "expected", None)]


def test_a_move_with_no_new_day_told_next_moves_nothing_before_it() -> None:
    text = (
        "The coastal bloc will hold a video summit on the fourth of March.\n\n"
        "On the islands, the authorities have postponed local elections that were due on "
        "Sunday, citing a rise in infections. No new date was given."
    )
    got = found(text, D(2033, 2, 18))  # a Friday
    assert (D(2033, 3, 4), "scheduled", None) in got
    assert (D(2033, 2, 20), "postponed", None) in got


def test_a_participle_after_its_noun_is_not_the_verb_of_the_day() -> None:
    text = (
        "The trade minister will meet a delegation led by the deputy commerce secretary in "
        "Ankara on Thursday."
    )
    assert found(text, D(2033, 5, 16)) == [(D(2033, 5, 19), "scheduled", None)]  # a Monday


def test_resuming_talks_in_the_present_looks_ahead() -> None:
    text = "Chile and Peru resume exploratory trade talks by video on Tuesday."
    assert found(text, D(2033, 6, 16)) == [(D(2033, 6, 21), "scheduled", None)]  # a Thursday


def test_a_modal_of_a_relative_clause_is_not_the_days() -> None:
    text = (
        "The public consultation on a second list of goods that could face duties closes "
        "on Friday, December 9."
    )
    assert found(text, D(2033, 11, 21)) == [(D(2033, 12, 9), "scheduled", None)]


def test_a_headlines_infinitive_of_holding_talks_looks_ahead() -> None:
    text = "* Chilean and Peruvian negotiators to hold video talks on Monday"
    assert found(text, D(2033, 4, 6)) == [(D(2033, 4, 11), "scheduled", None)]  # a Wednesday


def test_advanced_before_a_noun_moves_nothing() -> None:
    text = (
        "A new licence for sales of advanced tools abroad will now be required from 15 "
        "September, a month later than planned."
    )
    assert found(text, D(2033, 8, 26)) == [(D(2033, 9, 15), "postponed", D(2033, 8, 15))]


def test_a_round_called_off_with_no_new_date_sought_is_cancelled() -> None:
    text = (
        "The first round of the trade negotiations, scheduled for Monday, November 14, in "
        "Lima, has been called off. Neither side proposed a new date."
    )
    assert found(text, D(2033, 11, 1)) == [(D(2033, 11, 14), "cancelled", None)]


def test_a_call_for_evidence_is_a_consultation_not_a_request() -> None:
    text = "The commission's call for evidence on its tariff review closes on Friday, November 18."
    assert found(text, D(2033, 11, 1)) == [(D(2033, 11, 18), "scheduled", None)]


def test_the_comma_after_a_day_closes_the_relative_clause_it_is_in() -> None:
    text = "The bank's board, which meets on Monday, Sept. 26, weighs how far to cut rates."
    assert found(text, D(2033, 9, 13)) == [(D(2033, 9, 26), "scheduled", None)]


def test_a_sentence_is_clearer_evidence_than_a_timeline_line() -> None:
    text = (
        "The fifth round of talks on the free trade area opens in Tbilisi on Wednesday, a "
        "week later than planned.\n\n"
        "COMING UP\n"
        "Nov 23 - free trade area round 5 opens, Tbilisi\n"
    )
    got = extract_commitments(text, D(2033, 11, 18))  # a Friday
    assert [(c.due, c.status, c.previous_due) for c in got] == [
        (D(2033, 11, 23), "postponed", D(2033, 11, 16))
    ]
    assert got[0].evidence.startswith("The fifth round")


def test_a_forecast_of_what_is_done_when_a_body_meets_leaves_the_meeting_plain() -> None:
    text = (
        "Officials said they expected the dispute to be discussed when Andean presidents "
        "meet in Quito on Monday, June 20."
    )
    assert found(text, D(2033, 6, 1)) == [(D(2033, 6, 20), "scheduled", None)]


def test_proposals_a_meeting_will_discuss_leave_its_day_plain() -> None:
    text = "The advisory committee will discuss the satellite export proposals on Thursday."
    assert found(text, D(2033, 2, 22)) == [(D(2033, 2, 24), "scheduled", None)]


def test_a_modal_before_a_relative_clause_is_not_the_days_in_it() -> None:
    text = (
        "Officials say the duty may sit uneasily with the preferences the country enjoys "
        "under the Andean Trade Act, whose current authorisation runs out on 30 September 2035."
    )
    assert found(text, D(2033, 10, 19)) == [(D(2035, 9, 30), "scheduled", None)]
