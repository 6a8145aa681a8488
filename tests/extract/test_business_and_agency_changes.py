"""Forms found by labelling business, labour, court, transport, science and agency news,
written in other words: plans told in the past and their years, things convened or
targeted for a day, requests and recommendations, a change spoken of, a court's business,
the day an order was issued, alternatives, clauses of their own, a month's last day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_a_plan_told_in_the_past_takes_the_nearer_year() -> None:
    lapsed = "The permit, which was due to lapse on December 30, was extended by the city."
    assert [c[0] for c in found(lapsed, D(2027, 1, 12))] == [D(2026, 12, 30)]
    # told as still ahead, the day is the next one
    ahead = "The permit is due to lapse on December 30."
    assert found(ahead, D(2027, 1, 12)) == [(D(2027, 12, 30), "scheduled", None)]


def test_a_weekday_of_a_plan_told_in_the_past_is_still_ahead() -> None:
    text = "A council meeting that was due to take place on Tuesday has been called off."
    assert found(text, D(2027, 3, 5)) == [(D(2027, 3, 9), "cancelled", None)]


def test_a_thing_called_or_targeted_for_a_day_is_its_plan() -> None:
    called = "The ballot, which had been called for May 4, will now be held on May 18."
    assert found(called, D(2027, 4, 20)) == [(D(2027, 5, 18), "postponed", D(2027, 5, 4))]
    targeted = "The satellite, which was targeted to launch on June 9, is now targeted to launch on June 2."
    assert found(targeted, D(2027, 5, 10)) == [(D(2027, 6, 2), "advanced", D(2027, 6, 9))]
    # calling for a change is still asking for it
    asked = "The opposition called for the vote to be delayed to May 4."
    assert found(asked, D(2027, 4, 20)) == [(D(2027, 5, 4), "proposed", None)]


def test_meeting_earlier_looks_ahead() -> None:
    text = "Finance ministers will also meet earlier, on April 12 rather than April 26."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 4, 12), "advanced", D(2027, 4, 26))]


def test_requests_and_recommendations_are_proposals() -> None:
    meeting = "The pilots' union has formally asked for a meeting with the airline on March 3."
    assert found(meeting, D(2027, 2, 20)) == [(D(2027, 3, 3), "proposed", None)]
    delay = (
        "Planners have recommended delaying the new bus lanes, due to open on June 1, "
        "until September 1."
    )
    assert found(delay, D(2027, 4, 1)) == [(D(2027, 9, 1), "proposed", None)]
    # what one may ask for until a day is a term granted
    refund = "Fans can ask for a refund until March 3."
    assert found(refund, D(2027, 2, 20)) == [(D(2027, 3, 3), "scheduled", None)]


def test_a_change_spoken_of_changes_nothing() -> None:
    comments = "Comments on this extension must reach the board by May 20."
    assert found(comments, D(2027, 4, 1)) == [(D(2027, 5, 20), "scheduled", None)]
    hearing = "The assembly will hold a public hearing on the postponement on May 20."
    assert found(hearing, D(2027, 4, 1)) == [(D(2027, 5, 20), "scheduled", None)]


def test_a_courts_business_and_an_orders_issue_date_no_commitment() -> None:
    assert (
        found("The company's appeal will be heard in the district court on Monday.", D(2027, 5, 12))
        == []
    )
    assert found("A hearing on the motion is set for Thursday.", D(2027, 5, 12)) == []
    order = (
        "Mills must shut their kilns by June 30 under an order issued by the environment "
        "ministry on Tuesday."
    )
    assert found(order, D(2027, 5, 13)) == [(D(2027, 6, 30), "scheduled", None)]
    # an agency's public hearing is one
    public = "The agency will hold a public hearing on the plan on Monday."
    assert found(public, D(2027, 5, 12)) == [(D(2027, 5, 17), "scheduled", None)]


def test_late_one_day_or_early_the_next_is_no_day() -> None:
    text = "Forecasters expect the storm to reach the coast late Friday or early Saturday."
    assert found(text, D(2027, 9, 1)) == []


def test_a_clause_of_its_own_after_the_date_is_anothers() -> None:
    # a reporting clause joined after the date does not put it in the past
    vote = "Voting on the strike closes on Saturday, and union leaders said a yes vote was likely."
    assert found(vote, D(2027, 3, 3)) == [(D(2027, 3, 6), "scheduled", None)]
    # what is hoped for is ahead; a request joined after it asks for something else
    hoped = (
        "The mayor said she hoped to hold talks with the unions on Monday, and urged the "
        "council to suspend the new rota in the meantime."
    )
    assert found(hoped, D(2027, 3, 3)) == [(D(2027, 3, 8), "expected", None)]
    # a reason or a circumstance after the date moves no date
    shifts = (
        "The carrier will suspend its night service from March 1 as it shifts crews to day routes."
    )
    assert found(shifts, D(2027, 2, 1)) == [(D(2027, 3, 1), "scheduled", None)]
    adding = "The new timetable takes effect on December 12, adding early trains and extending late ones."
    assert found(adding, D(2027, 11, 1)) == [(D(2027, 12, 12), "scheduled", None)]


def test_a_modal_of_a_relative_clause_does_not_hedge_the_change() -> None:
    text = "The date after which either party may end the lease has been extended to June 30 from March 31."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 6, 30), "extended", D(2027, 3, 31))]


def test_a_months_last_day_moved_by_months_is_a_months_last_day() -> None:
    text = (
        "The old portal will close on 31 May 2027. We had planned to close it on 30 April "
        "2027, but we have moved the closure back by a month."
    )
    assert found(text, D(2027, 3, 1)) == [(D(2027, 5, 31), "extended", D(2027, 4, 30))]


def test_the_last_day_of_a_term_moved_later_is_extended() -> None:
    text = "The last day of term, previously July 14, will now be July 18."
    assert found(text, D(2027, 5, 1)) == [(D(2027, 7, 18), "extended", D(2027, 7, 14))]


def test_a_deadline_dropped_is_cancelled() -> None:
    text = (
        "The annual meeting has been postponed and a new date will be set. The board has "
        "also dropped the May 2 deadline it had set for written questions."
    )
    assert (D(2027, 5, 2), "cancelled", None) in found(text, D(2027, 4, 20))
