"""Forms found by labelling agency news, radio bulletins, tax relief notices, rule delays and
guidance pages, written in other words: more time given as a span and the new deadline told
next, a request refused or told in an aside, a clause that did the calling off, talks that
resume on a day, a day that fell due or would normally be due, a withdrawal's own day, the
old day told as "It was ...", a meeting that will go ahead, a document's own day, and a
rule's day delayed by a span to a day the notice gives."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import find_temporal_expressions

D = dt.date


def test_an_extra_fortnight_then_the_new_deadline() -> None:
    text = (
        "The tax office has given filers an extra fortnight to send in their returns. "
        "The new deadline is the fifteenth of June."
    )
    assert found(text, D(2033, 5, 20)) == [(D(2033, 6, 15), "extended", D(2033, 6, 1))]


def test_more_days_given_then_the_new_deadline_replaces_the_old_target() -> None:
    text = (
        "The two blocs agreed on Friday to give themselves another 20 days to finish the "
        "deal, after missing the end of April, the target they had set in the autumn.\n\n"
        "The new deadline is May 20."
    )
    assert found(text, D(2033, 4, 30)) == [(D(2033, 5, 20), "extended", D(2033, 4, 30))]


def test_a_refused_petition_to_delay_leaves_the_vote_as_set() -> None:
    text = "The court on Monday rejected a petition to delay the referendum set for June 12."
    assert (D(2033, 6, 12), "scheduled", None) in found(text, D(2033, 5, 3))


def test_a_demand_told_in_an_aside_does_not_reach_the_day_of_the_clause() -> None:
    text = (
        "The farmers' union, which had demanded a delay of a year, said it would decide at a "
        "meeting on Sunday whether to join the scheme."
    )
    assert found(text, D(2033, 5, 5)) == [(D(2033, 5, 8), "scheduled", None)]


def test_a_clause_that_did_the_calling_off_is_not_the_days_change() -> None:
    text = "The union held a one-day strike on March 3, which cancelled most of the flights."
    assert all(status != "cancelled" for _d, status, _p in found(text, D(2033, 3, 20)))


def test_talks_that_resume_on_a_day_look_ahead() -> None:
    text = "Talks on the border dispute resume in Vienna on Monday, a week later than planned."
    assert found(text, D(2033, 3, 10)) == [(D(2033, 3, 14), "postponed", D(2033, 3, 7))]


def test_a_day_that_would_normally_be_due_or_fell_due_is_the_old_one() -> None:
    text = (
        "Payroll returns that would normally be due July 31 may be filed without penalty "
        "through Friday, September 30, 2033."
    )
    assert found(text, D(2033, 7, 20)) == [(D(2033, 9, 30), "extended", D(2033, 7, 31))]
    text = (
        "The quarterly payment, which fell due on July 15, will be treated as on time if "
        "paid by Monday, August 15, 2033."
    )
    assert found(text, D(2033, 7, 20)) == [(D(2033, 8, 15), "extended", D(2033, 7, 15))]


def test_the_day_a_withdrawal_takes_effect_is_its_own() -> None:
    text = "DATES: The proposed amendments are withdrawn as of March 9, 2033."
    assert found(text, D(2033, 3, 9)) == [(D(2033, 3, 9), "scheduled", None)]


def test_it_was_a_day_after_a_move_is_the_old_day() -> None:
    text = (
        "2.1 The deadline for existing operators has moved. It was 31 May 2033.\n\n"
        "2.2 Existing operators now have until 31 August 2033 to register."
    )
    assert found(text, D(2033, 4, 2)) == [(D(2033, 8, 31), "extended", D(2033, 5, 31))]


def test_a_meeting_that_will_go_ahead_is_no_proposal() -> None:
    text = (
        "Sewer fee hearing moved from Oct. 11\n\n"
        "The public hearing on the ordinance, which would raise sewer fees 5 percent, will "
        "now take place at the council's Oct. 25 meeting. Staff requested the delay because "
        "a study arrived late.\n\n"
        "The council's regular meeting on Tuesday will go ahead at 7 p.m."
    )
    assert (D(2033, 10, 11), "scheduled", None) in found(text, D(2033, 10, 6))


def test_the_day_a_notice_bears_dates_nothing() -> None:
    text = (
        "SUMMARY: This document reopens the comment period on our March 2, 2033, proposed "
        "rule. Comments will now be accepted until June 1, 2033."
    )
    dues = [d for d, _s, _p in found(text, D(2033, 5, 2))]
    assert D(2033, 3, 2) not in dues and D(2033, 6, 1) in dues


def test_a_span_in_the_summary_moves_the_dates_line() -> None:
    text = (
        "SUMMARY: This document extends by 30 days the comment period on the agency's "
        "March 10, 2033, notice of proposed rulemaking.\n\n"
        "DATES: Comments must be received on or before June 8, 2033."
    )
    assert found(text, D(2033, 5, 1)) == [(D(2033, 6, 8), "extended", D(2033, 5, 9))]


def test_a_day_referred_to_that_a_span_moves_to_a_day_given_later() -> None:
    text = (
        "SUMMARY: On March 1, 2033, the agency published its rule, with an effective date "
        "of April 30, 2033. This action delays that effective date by 60 days.\n\n"
        "DATES: The effective date of the rule is delayed until June 29, 2033."
    )
    assert found(text, D(2033, 4, 20)) == [(D(2033, 6, 29), "postponed", D(2033, 4, 30))]


def test_a_meeting_moved_to_the_date_above_moves_the_notice_header() -> None:
    text = (
        "DATE AND TIME: Thursday, June 16, 2033, at 10 a.m.\n\n"
        "CHANGES IN THE MEETING: The open meeting that had been slated for Thursday, June 9, "
        "2033, was not held for lack of a quorum and has been moved to the date and time above. "
        "One item noticed for the earlier meeting has been withdrawn by the requestor and will "
        "not be considered."
    )
    assert found(text, D(2033, 6, 13)) == [(D(2033, 6, 16), "postponed", D(2033, 6, 9))]


def test_a_further_suspension_takes_the_day_of_the_one_before() -> None:
    text = (
        "By an earlier decision, the board suspended the new tariff until October 29, 2033. "
        "We therefore further suspend the new tariff until March 7, 2034."
    )
    found_items = found(text, D(2033, 10, 20))
    assert found_items == [(D(2034, 3, 7), "postponed", D(2033, 10, 29))]


def test_proposals_explained_at_meetings_leave_the_meetings_as_planned() -> None:
    text = (
        "Officials will explain the proposals at two public meetings, in Leeds on Monday 6 "
        "June and in York on Wednesday 8 June."
    )
    assert found(text, D(2033, 5, 20)) == [
        (D(2033, 6, 6), "scheduled", None),
        (D(2033, 6, 8), "scheduled", None),
    ]


def test_a_statement_day_is_not_what_the_same_day_refers_to() -> None:
    text = (
        "The congress will now be held on September 19, the federation said in a statement "
        "on Friday. The election of its president will take place on the same day."
    )
    days = {t.text: t.value for t in find_temporal_expressions(text, D(2033, 4, 22))}
    assert days["the same day"] == "2033-09-19"


def test_a_change_criticised_is_a_change_told() -> None:
    text = (
        "Food makers win reprieve on labels\n\n"
        "Manufacturers will get more time to redesign their labels, the council said on "
        "Wednesday.\n\n"
        '"They are getting until the first of January and not a day more," the chairwoman '
        "said.\n\n"
        "The labelling rule, published last autumn, had been due to apply from July 1.\n\n"
        "Consumer groups criticised the delay."
    )
    assert found(text, D(2032, 3, 12)) == [(D(2033, 1, 1), "postponed", D(2032, 7, 1))]


def test_what_is_proposed_across_a_condition_stays_a_proposal() -> None:
    text = (
        "The government is proposing that, if the order is extended, it remain in force "
        "for a further three years, to December 31, 2036."
    )
    assert found(text, D(2033, 2, 1)) == [(D(2036, 12, 31), "proposed", None)]


def test_guards_against_reading_too_much() -> None:
    # a noun that is also a past verb, a termination still to come, a date followed by an
    # unowned notice, and an extra week given
    assert found("Residents can get a booster shot on Friday at the town hall.", D(2033, 3, 1)) == [
        (D(2033, 3, 4), "scheduled", None)
    ]
    assert found("The contract will be terminated on May 1, 2033.", D(2033, 3, 1)) == [
        (D(2033, 5, 1), "scheduled", None)
    ]
    text = (
        "The agency extended the comment period to March 1, notice of the change was posted "
        "on its website."
    )
    assert found(text, D(2033, 2, 1)) == [(D(2033, 3, 1), "extended", None)]
    text = (
        "The tax office has given filers an extra week to send in their returns. "
        "The new deadline is the fifteenth of June."
    )
    assert found(text, D(2033, 5, 20)) == [(D(2033, 6, 15), "extended", D(2033, 6, 8))]
