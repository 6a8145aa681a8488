"""Each phrase that announces, moves, ends or reports a dated commitment."""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines.extract import Commitment, extract_commitments

PUB = dt.date(2025, 10, 26)  # a Sunday


def live(text: str, published: dt.date = PUB) -> list[Commitment]:
    return [c for c in extract_commitments(text, published) if c.status != "occurred"]


def only(text: str, published: dt.date = PUB) -> Commitment:
    found = live(text, published)
    assert len(found) == 1, found
    return found[0]


def test_set_to_start_then_threat_eliminated_is_cancelled() -> None:
    c = only(
        "Port fees on foreign ships were set to start on November 1, but the weekend deal "
        "eliminated the threat."
    )
    assert (c.status, c.due) == ("cancelled", dt.date(2025, 11, 1))


def test_postpone_by_a_year_is_postponed_with_a_shift() -> None:
    c = only("Officials said the ministry will postpone its new export licensing regime by a year.")
    assert (c.status, c.due, c.shift) == ("postponed", None, "P1Y")
    assert "licensing" in c.subject


def test_extended_beyond_current_expiration_date_is_expected() -> None:
    c = only(
        "Negotiators expect the customs truce to be extended beyond its current expiration "
        "date of November 10."
    )
    assert (c.status, c.due, c.kind) == ("expected", dt.date(2025, 11, 10), "truce")


def test_pushed_back_to_keeps_the_previous_date() -> None:
    c = only("The regulator pushed back the reporting rules to March 2 from December 1.")
    assert (c.status, c.due, c.previous_due) == (
        "postponed",
        dt.date(2026, 3, 2),
        dt.date(2025, 12, 1),
    )
    assert c.subject == "reporting rule"


def test_delayed_until() -> None:
    c = only("The launch of the digital levy was delayed until January 15.")
    assert (c.status, c.due) == ("postponed", dt.date(2026, 1, 15))


def test_brought_forward_to() -> None:
    c = only("The central bank brought forward its rate meeting to November 3.")
    assert (c.status, c.due, c.kind) == ("advanced", dt.date(2025, 11, 3), "meeting")


def test_takes_effect() -> None:
    c = only("The new emissions standard takes effect on January 1.")
    assert (c.status, c.due, c.kind) == ("scheduled", dt.date(2026, 1, 1), "rule")


def test_expires() -> None:
    c = only("The ceasefire expires on November 9.")
    assert (c.status, c.due, c.kind) == ("scheduled", dt.date(2025, 11, 9), "truce")
    assert "expiry" in c.what


def test_no_later_than() -> None:
    c = only("Member states must submit their budget plans no later than November 15.")
    assert (c.status, c.due) == ("scheduled", dt.date(2025, 11, 15))


def test_no_later_than_under_a_hope_is_expected() -> None:
    c = only("Both sides hope to sign the text no later than December 5.")
    assert (c.status, c.due) == ("expected", dt.date(2025, 12, 5))


def test_by_the_end_of_the_month_is_its_last_day() -> None:
    c = only("Lenders must file the stress test results by the end of the month.")
    assert (c.status, c.due) == ("scheduled", dt.date(2025, 10, 31))
    assert c.what == "Lenders must file the stress test results"


def test_a_span_counted_from_the_notice_itself_is_a_deadline() -> None:
    c = only("Foreign contractors must leave the country within 14 days from today.")
    assert (c.status, c.due) == ("scheduled", dt.date(2025, 11, 9))


def test_a_span_alone_names_no_day() -> None:
    # the labelling conventions: a duration without a stated end is not a commitment
    assert live("Lawmakers must approve the bill within 30 days.") == []
    assert live("The council gave the two parties 14 days to settle the dispute.") == []
    assert live("Parliament must approve the extension within seven days of the vote.") == []


def test_later_than_planned_is_postponed_and_not_a_second_date() -> None:
    c = only("The plant will open on December 3, a week later than planned.")
    assert (c.status, c.due) == ("postponed", dt.date(2025, 12, 3))


def test_negated_extension_does_not_extend() -> None:
    c = only("The truce expires on November 30 and cannot be extended again.")
    assert (c.status, c.due) == ("scheduled", dt.date(2025, 11, 30))


def test_expectation_in_another_clause_does_not_hedge_a_fixed_date() -> None:
    c = only("The summit is set for November 12, and analysts expect little progress.")
    assert (c.status, c.due) == ("scheduled", dt.date(2025, 11, 12))


def test_mid_month_is_not_a_day() -> None:
    # "mid-November", like "late November", names no calendar day: no dated commitment
    found = extract_commitments(
        "Brussels delayed its retaliation on bourbon until mid-November.", PUB
    )
    assert [c for c in found if c.due is not None] == []


def test_year_naming_a_budget_is_not_a_due_date() -> None:
    c = only(
        "The parliament postponed its final vote on the 2026 budget by a week, to December 16."
    )
    assert (c.status, c.due, c.kind) == ("postponed", dt.date(2025, 12, 16), "vote")


@pytest.mark.parametrize(
    "text",
    [
        "The leaders met on Friday and signed the accord on Saturday.",
        "Exports fell 3% in September, and the central bank cut rates last week.",
        "The court ruled on Tuesday that the levies were unlawful.",
    ],
)
def test_past_events_are_occurred_not_commitments(text: str) -> None:
    assert live(text) == []
    assert all(c.status == "occurred" for c in extract_commitments(text, PUB))


def test_narrated_next_day_is_counted_from_the_narrated_day() -> None:
    found = live("The president will land in Seoul on Wednesday and meet the premier the next day.")
    assert {c.due for c in found} == {dt.date(2025, 10, 29), dt.date(2025, 10, 30)}


def test_change_told_as_history_is_not_a_new_postponement() -> None:
    text = "In April, the ministry paused the higher duties for 90 days."
    assert live(text) == []
    fresh = only("The ministry paused the higher duties for 90 days on Friday.")
    assert (fresh.status, fresh.shift) == ("postponed", "P90D")


def test_would_after_a_reporting_verb_is_a_plan_and_alone_a_condition() -> None:
    reported = only("The minister said the export ban would start on November 4.")
    conditional = only(
        "Ottawa would impose counter-tariffs on November 4 if Washington goes ahead."
    )
    assert (reported.status, conditional.status) == ("scheduled", "proposed")
    # a day that hangs on what fails to happen is a trigger, no commitment (the labelling
    # conventions: "if need be we will continue until Friday")
    assert live("Ottawa would impose counter-tariffs on November 4 if talks fail.") == []
