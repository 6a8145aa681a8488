"""Forms found by labelling wire stories and rule notices written in other words: spans
written with "from ... to" and "between ... and"; a day that qualifies an event; the weekday
of a plan called off; proposals, offers and requests; changes only possible; an old date
told as another thing's; a journey only in its own clause; a shift of "this deadline"; and
the clearest statement of a day as its evidence."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments

D = dt.date


def test_a_span_from_one_day_to_another_names_no_day_unless_a_change_moves_it() -> None:
    span = "Lead line.\n\nFinance ministers will gather in Lisbon from June 14 to June 16."
    assert found(span, D(2027, 5, 3)) == []
    between = "Lead line.\n\nMembers will vote on the offer between March 2 and March 5."
    assert found(between, D(2027, 2, 20)) == []
    # (a move from one day to another is no span)
    move = "Lead line.\n\nThe council vote was pushed from March 2 to March 16."
    assert found(move, D(2027, 2, 20)) == [(D(2027, 3, 16), "postponed", D(2027, 3, 2))]


def test_a_day_that_qualifies_an_event_is_not_dated_by_a_past_verb() -> None:
    text = (
        "Lead line.\n\nThe regional board said on Monday the county's May 9 referendum "
        "would go ahead as planned."
    )
    assert found(text, D(2027, 4, 12)) == [(D(2027, 5, 9), "scheduled", None)]


def test_the_weekday_of_a_plan_called_off_is_still_ahead() -> None:
    # written on a Thursday: the walkout was to come next Monday, the deal was reached on
    # the Wednesday just gone
    text = (
        "Nurses cancel Monday walkout\n\n"
        "The nurses' union called off a walkout planned for Monday after reaching a deal "
        "with the hospital group late Wednesday, officials said on Thursday."
    )
    assert found(text, D(2027, 3, 4)) == [
        (D(2027, 3, 8), "cancelled", None),
        (D(2027, 3, 3), "occurred", None),  # the deal, reached as told
    ]


def test_offers_requests_and_proposals_are_proposed() -> None:
    offer = "Lead line.\n\nThe employers have offered to extend the current agreement to Oct. 12."
    assert found(offer, D(2027, 9, 20)) == [(D(2027, 10, 12), "proposed", None)]
    asked = (
        "Lead line.\n\nSmall growers have asked that they be allowed to comply by Sept. 1, 2028."
    )
    assert found(asked, D(2027, 9, 20)) == [(D(2028, 9, 1), "proposed", None)]
    would = (
        "Lead line.\n\nThe opposition has proposed a shorter pause that would expire on "
        "November 30."
    )
    assert found(would, D(2027, 9, 20)) == [(D(2027, 11, 30), "proposed", None)]
    # "a proposed fare rise" is what the meeting is about, not a proposal of its day
    about = (
        "Lead line.\n\nThe transit board will debate a proposed fare rise at its meeting on "
        "Tuesday, October 5."
    )
    assert found(about, D(2027, 9, 20)) == [(D(2027, 10, 5), "scheduled", None)]


def test_a_change_that_is_only_possible_changes_nothing() -> None:
    text = (
        "Lead line.\n\nThe pause is due to end at midnight on June 3 and can be extended "
        "if both sides agree."
    )
    assert found(text, D(2027, 5, 25)) == [(D(2027, 6, 3), "scheduled", None)]


def test_on_track_for_a_day_holds_and_expected_to_open_talks_is_a_forecast() -> None:
    holds = "Lead line.\n\nThe second supply launch remains on track for Friday, June 11."
    assert found(holds, D(2027, 6, 1)) == [(D(2027, 6, 11), "scheduled", None)]
    forecast = (
        "Lead line.\n\nEnvoys are expected to open talks on an end to the fighting on June 20, "
        "diplomats said."
    )
    assert found(forecast, D(2027, 6, 1)) == [(D(2027, 6, 20), "expected", None)]


def test_figures_due_on_a_day_are_a_release() -> None:
    text = "Lead line.\n\nFigures on factory orders for May are due on June 24."
    assert found(text, D(2027, 6, 1)) == []


def test_an_old_date_told_as_another_things_day_stays_that_things_own() -> None:
    text = (
        "Lead line.\n\nThe new licence fee will apply from May 2, the regulator said.\n\n"
        "A higher charge for late renewals, which had been due to start on the same day, "
        "will now start on May 16."
    )
    assert found(text, D(2027, 3, 1)) == [
        (D(2027, 5, 2), "scheduled", None),
        (D(2027, 5, 16), "postponed", D(2027, 5, 2)),
    ]


def test_a_same_day_moved_a_year_keeps_the_year_before_as_its_old_date() -> None:
    text = (
        "Lead line.\n\nThe bank said stricter loan rules, which had been due to take effect "
        "on April 1, would now start on April 1 next year."
    )
    assert found(text, D(2027, 2, 8)) == [(D(2028, 4, 1), "postponed", D(2027, 4, 1))]


def test_a_journey_counts_only_in_the_days_own_clause() -> None:
    text = (
        "Lead line.\n\nMechanics will begin fitting the new brakes on Aug. 9, when the parts "
        "are due to arrive."
    )
    assert found(text, D(2027, 7, 1)) == [(D(2027, 8, 9), "scheduled", None)]
    assert found("Lead line.\n\nThe envoy will fly to Oslo on Aug. 9.", D(2027, 7, 1)) == []


def test_being_notified_from_a_day_is_a_telling() -> None:
    text = "Lead line.\n\nCustomers will be notified by letter starting Aug. 2."
    assert found(text, D(2027, 7, 1)) == []


def test_an_undated_shift_of_this_deadline_moves_the_day_told_before_it() -> None:
    text = (
        "KEY DATES\n\n"
        "October 8, 2027: Deadline for written submissions. Because of the holiday, this "
        "deadline has been extended by one week."
    )
    assert found(text, D(2027, 9, 1)) == [(D(2027, 10, 8), "extended", D(2027, 10, 1))]


def test_the_clearest_statement_of_a_day_is_its_evidence() -> None:
    text = (
        "Board extends grant deadline to May 20\n\n"
        "Growers now have until Friday, May 20, to apply for drought grants, the board said."
    )
    (c,) = extract_commitments(text, D(2027, 5, 4))
    assert c.date_text == "Friday, May 20"
    assert c.evidence.startswith("Growers now have until")
    counted = (
        "Lead line.\n\nWe are reopening the comment period for 45 days from today. "
        "We will accept comments received on or before July 19, 2027."
    )
    (c,) = extract_commitments(counted, D(2027, 6, 4))
    assert (c.due, c.date_text) == (D(2027, 7, 19), "July 19, 2027")
