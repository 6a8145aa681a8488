"""More phrasings found by writing reports in other words than the development set's: a
move's span told right after its verb or in another sentence, a plan compared with ("later
than planned"), a day set right ("June 8, not May 25"), the day of an event called off
("postponed Wednesday's final"), a plan told in the future of the past ("was to close"),
lists of old and new days, and modalities that do not govern the date; then intentions in
the plural, signings to come, agreements reached in a sentence that calls something off,
"through" as a place passed, and what would have been."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import MONDAY, found, triples

THURSDAY = dt.date(2025, 5, 8)
D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the span right after the verb of the move, no "by"
        (
            "The regulator extended the deadline 30 days, to June 20.",
            [(D(2025, 6, 20), "extended", D(2025, 5, 21))],
        ),
        (
            "The filing deadline was pushed back two weeks, to May 30.",
            [(D(2025, 5, 30), "extended", D(2025, 5, 16))],
        ),
        # the span in one sentence, the old date in the next: the new day is counted
        (
            "Officials extended the ceasefire by 60 days. It had been due to expire on May 10.",
            [(D(2025, 7, 9), "extended", D(2025, 5, 10))],
        ),
    ],
)
def test_a_span_and_an_old_date_give_the_new_day(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "than planned" is a plan compared with, not a verb that puts the day in the past
        (
            "The probe now targets June 2, two weeks later than planned.",
            [(D(2025, 6, 2), "postponed", D(2025, 5, 19))],
        ),
        (
            "The ferry will restart on June 9, a week earlier than it had announced.",
            [(D(2025, 6, 9), "advanced", D(2025, 6, 16))],
        ),
    ],
)
def test_a_move_told_against_what_was_announced(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_verb_of_moving_with_its_object_tells_a_move() -> None:
    assert found("The board moved the filing deadline to June 30.") == [
        (D(2025, 6, 30), "extended", None)
    ]
    assert found("The board proposed moving the filing deadline to June 30.") == [
        (D(2025, 6, 30), "proposed", None)
    ]


def test_what_a_move_is_for_is_not_what_was_moved() -> None:
    text = (
        "The hearing on the permit, set for May 13, was moved to June 3 to allow more "
        "time for comments."
    )
    assert found(text) == [(D(2025, 6, 3), "postponed", D(2025, 5, 13))]


def test_a_plan_told_in_the_future_of_the_past_is_the_old_date() -> None:
    text = "The comment window, which was to close on May 9, will stay open through June 9."
    assert found(text) == [(D(2025, 6, 9), "extended", D(2025, 5, 9))]
    # either side of now: the nearer day, not one almost a year back
    text = "The forum has been cancelled. It was to be held in Oslo on May 20 and 21."
    assert found(text) == [(D(2025, 5, 20), "cancelled", None), (D(2025, 5, 21), "cancelled", None)]


def test_a_plan_in_the_past_perfect_is_no_forecast() -> None:
    text = "Talks that had been expected to resume on Thursday were put off indefinitely."
    assert found(text) == [(D(2025, 5, 8), "postponed", None)]


def test_a_day_set_right_replaces_the_day_it_denies() -> None:
    text = "The council said the vote would take place on June 8, not May 25 as first announced."
    assert found(text) == [(D(2025, 6, 8), "postponed", D(2025, 5, 25))]
    # a denied day is never a commitment of its own
    assert found("Prices fell on Friday, not Thursday as some feared.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league postponed Wednesday's final to May 21.",
            [(D(2025, 5, 21), "postponed", D(2025, 5, 7))],
        ),
        ("Organisers called off Saturday's march.", [(D(2025, 5, 10), "cancelled", None)]),
        (
            "Officials delayed Friday's launch by a week.",
            [(D(2025, 5, 16), "postponed", D(2025, 5, 9))],
        ),
    ],
)
def test_the_day_of_an_event_called_off(text: str, expected: list) -> None:
    published = MONDAY if "league" in text else THURSDAY
    assert found(text, published) == expected


def test_a_possessive_day_of_a_report_stays_past() -> None:
    assert ("Friday", "DATE", "2025-05-02") in triples(
        "Friday's closing price was the low.", MONDAY
    )


def test_a_weekday_and_date_before_a_clock_time_are_one_expression() -> None:
    text = "The board meets on Thursday, May 15, 2025, at 9 a.m."
    assert triples(text, MONDAY) == [
        ("Thursday, May 15, 2025, at 9 a.m.", "TIME", "2025-05-15T09:00")
    ]
    assert found(text) == [(D(2025, 5, 15), "scheduled", None)]


def test_a_plan_first_set_for_a_day_is_the_old_date() -> None:
    text = "The runoff, first set for May 18, will take place a week later, on May 25."
    assert found(text) == [(D(2025, 5, 25), "postponed", D(2025, 5, 18))]


def test_old_and_new_days_in_lists_pair_in_order() -> None:
    text = "The workshop, originally set for May 20 and 21, will now be held on June 3 and 4."
    assert found(text) == [
        (D(2025, 6, 3), "postponed", D(2025, 5, 20)),
        (D(2025, 6, 4), "postponed", D(2025, 5, 21)),
    ]


def test_a_change_refused_changes_nothing() -> None:
    text = "The comment period closes on June 2. The agency rejected requests to extend it."
    assert found(text) == [(D(2025, 6, 2), "scheduled", None)]


def test_a_proposal_governs_the_clause_it_introduces() -> None:
    text = "Two senators have proposed that the levy take effect on January 1, 2026."
    assert found(text) == [(D(2026, 1, 1), "proposed", None)]
    # and a participle clause after it: "..., pushing its start to ..."
    text = "The ministry proposed on Friday to delay the levy by a year, pushing its start to July 1, 2026."
    assert found(text) == [(D(2026, 7, 1), "proposed", None)]
    # the act of proposing dates nothing; "proposed" before a date is an adjective
    dates = [
        due for due, _status, _prev in found("The agency kept the proposed June 1 compliance date.")
    ]
    assert dates == [D(2025, 6, 1)]


def test_an_intention_in_the_plural_looks_ahead() -> None:
    # a Tuesday in March: the September before is nearer than the one after
    tuesday = D(2025, 3, 11)
    for text in (
        "The two sides hope to reach a deal by Sept. 30.",
        "Both unions expect to settle the dispute by Sept. 30.",
    ):
        assert found(text, tuesday) == [(D(2025, 9, 30), "expected", None)], text


def test_a_signing_to_come_is_an_event_a_signing_done_is_a_telling() -> None:
    assert found("Leaders will sign the pact at the summit on June 5.") == [
        (D(2025, 6, 5), "scheduled", None)
    ]
    assert found("The order was signed on May 2.") == []


def test_the_day_an_agreement_was_reached_is_not_the_day_called_off() -> None:
    text = (
        "The rail strike that was set to start on Monday has been averted after the union "
        "and the operator reached a tentative deal late Sunday."
    )
    # (a plan told in the past, "was set to start on Monday", may have lapsed since: the
    # Monday right after the Sunday deal, not the one ahead)
    assert found(text, D(2025, 3, 11)) == [
        (D(2025, 3, 10), "cancelled", None),
        (D(2025, 3, 9), "occurred", None),
    ]


def test_through_runs_a_period_only_to_the_date_right_after_it() -> None:
    saturday = D(1998, 8, 8)
    assert [
        v for _t, _k, v in triples("Flood water poured through the old town on Friday.", saturday)
    ] == ["1998-08-07"]
    assert [v for _t, _k, v in triples("The truce holds through at least Friday.", saturday)] == [
        "1998-08-14"
    ]


def test_what_would_have_been_is_the_old_date_or_nothing() -> None:
    text = "The truce, which would have expired on May 10, now runs until Aug. 8."
    assert found(text) == [(D(2025, 8, 8), "extended", D(2025, 5, 10))]
    assert found("Without the deal, the levy would have doubled on Friday.") == []
    # "would have to" is an obligation, not what would have been
    assert found("The pact would have to be ratified by June 20.") == [
        (D(2025, 6, 20), "proposed", None)
    ]


def test_a_day_compared_with_is_the_old_date_of_the_day_before_it() -> None:
    text = "The line will reopen on June 9, later than the May 26 date the operator gave."
    assert found(text) == [(D(2025, 6, 9), "postponed", D(2025, 5, 26))]
    text = "The poll will be held on June 1, a week earlier than the June 8 date set in law."
    assert found(text) == [(D(2025, 6, 1), "advanced", D(2025, 6, 8))]
    # "no later than" sets a deadline, no comparison
    assert found("Firms must apply no later than the June 20 deadline.") == [
        (D(2025, 6, 20), "scheduled", None)
    ]


def test_a_plan_superseded_by_a_month_or_a_year_tells_the_way_of_a_move() -> None:
    text = "The summit, first planned for March, will now be held on June 12 in Lisbon."
    assert found(text) == [(D(2025, 6, 12), "postponed", None)]
    text = "The filing deadline, originally set for April, now falls on June 30."
    assert found(text) == [(D(2025, 6, 30), "extended", None)]
    text = "The launch, initially planned for 2026, is now scheduled for November 2."
    assert found(text) == [(D(2025, 11, 2), "advanced", None)]
    # the same month tells no way
    text = "The summit, first planned for June, will now be held on June 30."
    assert found(text) == [(D(2025, 6, 30), "scheduled", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board meets on the third Thursday of June.", ("DATE", "2025-06-19")),
        ("Caucuses open on the first Tuesday in March 2026.", ("DATE", "2026-03-03")),
        ("The fair ends on the last Monday in May.", ("DATE", "2025-05-26")),
        ("The club meets on the second Tuesday of each month.", ("SET", "P1M")),
    ],
)
def test_a_weekday_ranked_in_its_month(text: str, expected: tuple[str, str]) -> None:
    ((_text, typ, value),) = triples(text, MONDAY)
    assert (typ, value) == expected


def test_a_span_after_the_particle_of_a_move_counts_the_move() -> None:
    text = "Voting, scheduled for Sunday, has been pushed back a week because of flooding."
    assert found(text, D(2025, 5, 26)) == [(D(2025, 6, 8), "postponed", D(2025, 6, 1))]
    text = "The launch, set for June 3, was put off a month."
    assert found(text) == [(D(2025, 7, 3), "postponed", D(2025, 6, 3))]
    assert triples("The crew waited a week.", MONDAY) == [("a week", "DURATION", "P1W")]


def test_a_plan_that_will_not_hold_is_put_off() -> None:
    text = "The levy will not take effect on June 1 as planned, officials said."
    assert found(text) == [(D(2025, 6, 1), "postponed", None)]
    text = "The levy will not take effect on June 1 as planned but on July 1."
    assert found(text) == [(D(2025, 7, 1), "postponed", D(2025, 6, 1))]
    # doubt is no change, and a plan that holds stays
    text = "It is not clear whether the vote will go ahead on Friday as planned."
    assert found(text) == [(D(2025, 5, 9), "scheduled", None)]
    assert found("The talks will resume on Friday as planned.") == [
        (D(2025, 5, 9), "scheduled", None)
    ]


def test_a_compound_is_its_last_noun() -> None:
    # a tariff truce is a truce: moved later, its end is extended, not its start postponed
    text = "The cabinet extended the tariff truce until August 8, averting a rise due on Friday."
    assert found(text) == [(D(2025, 8, 8), "extended", D(2025, 5, 9))]
