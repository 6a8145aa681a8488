"""Moves told with plain words: "moved to Monday from Friday", "six months later than
planned", "to Tuesday from Thursday". The dates say which way the plan went."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import SUNDAY, triples

from deadlines.extract import Commitment, extract_commitments


def live(text: str) -> list[tuple[dt.date | None, str, dt.date | None]]:
    found: list[Commitment] = extract_commitments(text, SUNDAY)
    return [(c.due, c.status, c.previous_due) for c in found if c.status != "occurred"]


def test_a_span_before_later_than_is_a_duration() -> None:
    assert ("six months", "DURATION", "P6M") in triples(
        "The rule takes effect on July 1, 2026, six months later than planned."
    )
    assert ("two weeks", "DURATION", "P2W") in triples(
        "The plant opened on March 3, two weeks earlier than expected."
    )


def test_a_span_later_than_planned_counts_the_old_date_back() -> None:
    assert live("The rule takes effect on July 1, 2026, six months later than planned.") == [
        (dt.date(2026, 7, 1), "postponed", dt.date(2026, 1, 1))
    ]


def test_moved_to_a_day_is_a_move_whose_dates_tell_the_way() -> None:
    assert live("The talks were moved to Monday from Friday.") == [
        (dt.date(2025, 10, 27), "postponed", dt.date(2025, 10, 24))
    ]
    assert live("The vote has been shifted from November 3 to November 10.") == [
        (dt.date(2025, 11, 10), "postponed", dt.date(2025, 11, 3))
    ]


def test_moved_to_a_day_earlier_than_planned_is_advanced() -> None:
    assert live("The final was moved to Thursday, a day earlier than planned.") == [
        (dt.date(2025, 10, 30), "advanced", dt.date(2025, 10, 31))
    ]


def test_moving_to_a_place_is_no_move_of_a_date() -> None:
    statuses = [s for _d, s, _p in live("The company moved to new offices on Monday.")]
    assert statuses == ["scheduled"]


def test_a_bare_weekday_as_old_date_is_the_next_one_on_the_move_s_side() -> None:
    assert live("Parliament brought forward the vote to Tuesday from Thursday.") == [
        (dt.date(2025, 10, 28), "advanced", dt.date(2025, 10, 30))
    ]
    assert live("Parliament pushed back the vote to Thursday from Tuesday.") == [
        (dt.date(2025, 10, 30), "postponed", dt.date(2025, 10, 28))
    ]


def test_another_year_is_a_span_that_a_move_counts_by() -> None:
    assert ("another year", "DURATION", "P1Y") in triples(
        "The pause was extended for another year."
    )
    assert live(
        "The tariff pause, set to lapse on November 10, was extended for another year."
    ) == [(dt.date(2026, 11, 10), "extended", dt.date(2025, 11, 10))]


def test_adjourned_until_and_slipped_to_a_date_are_moves() -> None:
    assert live("The hearing was adjourned until December 2.") == [
        (dt.date(2025, 12, 2), "postponed", None)
    ]
    assert [s for _d, s, _p in live("The opening slipped from October to December 15.")] == [
        "postponed"
    ]
    assert live("The team slipped to second place on Sunday.") == []


def test_a_day_a_plan_is_moved_beyond_is_its_old_date_not_a_vague_time() -> None:
    assert live("The truce is likely to be extended beyond November 10, officials said.") == [
        (dt.date(2025, 11, 10), "expected", None)
    ]
    # the past tense of the move does not push the day a year back
    assert live("The truce was extended beyond November 10.") == [
        (dt.date(2025, 11, 10), "extended", None)
    ]
    assert live("The truce was extended beyond November 10, to February 10.") == [
        (dt.date(2026, 2, 10), "extended", dt.date(2025, 11, 10))
    ]


def test_after_a_day_with_no_move_stays_a_vague_time() -> None:
    assert live("The offices reopen after November 10.") == []


def test_a_bare_weekday_old_date_already_on_the_move_s_side_stays() -> None:
    text = "Originally scheduled to end on Friday, the consultation will now close on November 14."
    assert [(d, p) for d, _s, p in live(text)] == [(dt.date(2025, 11, 14), dt.date(2025, 10, 31))]


def test_a_day_named_right_after_had_been_or_replacing_is_the_old_date() -> None:
    assert live(
        "The shutdown deadline, which had been Friday, was pushed to December 19 by the bill."
    ) == [(dt.date(2025, 12, 19), "extended", dt.date(2025, 10, 24))]
    assert live("The board set a new vote date of March 3, replacing the January 12 date.") == [
        (dt.date(2026, 3, 3), "postponed", dt.date(2026, 1, 12))
    ]
    # "replacing" a few words off names no date
    assert live("The new rules, replacing the 2019 framework, take effect on May 1.") == [
        (dt.date(2026, 5, 1), "scheduled", None)
    ]


def test_a_plan_to_end_or_close_moved_later_is_extended() -> None:
    text = "Originally scheduled to end on Friday, the consultation will now close on November 14."
    assert [s for _d, s, _p in live(text)] == ["extended"]
    assert [
        s for _d, s, _p in live("The meeting will now start on Monday, later than planned.")
    ] == ["postponed"]


def test_extending_an_event_moves_its_end() -> None:
    text = "The two sides agreed to extend the talks for seven more days, until July 7."
    assert [s for _d, s, _p in live(text)] == ["extended"]
    assert [s for _d, s, _p in live("The summit was postponed to December 4.")] == ["postponed"]


def test_a_weekday_after_an_indefinite_article_is_no_day_of_its_own() -> None:
    assert ("Saturday", "DATE", "XXXX-WXX-6") in triples("The deadline falls on a Saturday.")
    # before a noun it is that day: "a Wednesday media event"
    assert ("Wednesday", "DATE", "2025-10-22") in triples("In a Wednesday media event, it spoke.")
    text = (
        "The deadline falls on a Saturday, so comments will be accepted through Monday, December 1."
    )
    assert [d for d, _s, _p in live(text)] == [dt.date(2025, 12, 1)]


def test_a_change_forecast_after_its_noun_is_expected_not_done() -> None:
    text = (
        "Trade Talks Near Deadline, Extension Expected\n\n"
        "The negotiators face a deadline on Friday, November 7, 2025."
    )
    assert live(text) == [(dt.date(2025, 11, 7), "expected", None)]
    assert live("Vote on November 4, 2025: delay likely")[0][1] == "expected"
    granted = text.replace("Expected", "Granted")
    assert live(granted)[0][1] == "extended"
