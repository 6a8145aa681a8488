"""Error classes seen on wire news of other decades (the temporal corpora's articles): a
change told elsewhere in an article must not move a plan it does not speak of, and words
that only look like a plan or a meeting make none.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines.extract import Commitment, extract_commitments

PUB = dt.date(2025, 3, 3)  # a Monday


def found(text: str) -> list[Commitment]:
    return [c for c in extract_commitments(text, PUB, None) if c.due is not None]


def told(text: str) -> tuple[dt.date | None, str, dt.date | None]:
    """(due, status, previous due) of the one commitment of ``text``."""
    (c,) = found(text)
    return c.due, str(c.status), c.previous_due


def test_a_change_told_as_long_past_moves_no_plan_told_elsewhere() -> None:
    for history in (
        "Planting was delayed earlier in the year by heavy rain.",
        "The expansion comes barely a month after the carrier suspended several routes.",
        "The fair was postponed two years ago after a flood.",
    ):
        (c,) = found(f"Farm output rose again. {history} The harvest fair opens on April 12.")
        assert (c.due, c.status, c.previous_due) == (dt.date(2025, 4, 12), "scheduled", None)


def test_a_change_told_now_still_moves_the_plan_of_the_next_sentence() -> None:
    (c,) = found("The regional council postponed the harvest fair. The fair now opens on April 12.")
    assert (c.due, c.status) == (dt.date(2025, 4, 12), "postponed")


def test_the_longer_the_delay_is_a_condition_not_a_change() -> None:
    (c,) = found(
        "The longer the reform is put off, the harder it will be to pass. "
        "Parliament returns on March 24."
    )
    assert (c.due, c.status) == (dt.date(2025, 3, 24), "scheduled")


def test_initial_marks_an_old_date_only_when_it_qualifies_a_plan() -> None:
    payout = found(
        "The brewer declared its initial quarterly payout of ten cents, payable on June 2 "
        "to holders of record May 16."
    )
    assert payout and all((c.status, c.previous_due) == ("scheduled", None) for c in payout)
    (moved,) = found("The initial deadline was March 20; filings are now due on April 3.")
    assert (moved.due, moved.previous_due) == (dt.date(2025, 4, 3), dt.date(2025, 3, 20))


def test_the_day_of_an_editorial_or_of_statements_is_no_commitment() -> None:
    assert found("The Courier said in an editorial on Tuesday, March 4:") == []
    assert found("Following are statements made Friday by the mayor and her deputy.") == []


def test_meeting_a_goal_is_not_a_meeting() -> None:
    (c,) = found("The lender may not meet the new capital criteria effective July 1.")
    assert c.kind != "meeting" and c.due == dt.date(2025, 7, 1)
    (talks,) = found("The two ministers will meet on Thursday in Geneva.")
    assert (talks.kind, talks.due) == ("meeting", dt.date(2025, 3, 6))


def test_a_much_anticipated_thing_is_no_forecast_of_its_date() -> None:
    (c,) = found("The much-anticipated tablet goes on sale in Tokyo on March 14.")
    assert (c.due, c.status) == (dt.date(2025, 3, 14), "scheduled")
    (forecast,) = found("The tablet is anticipated to go on sale in Tokyo on March 14.")
    assert forecast.status == "expected"


def test_a_period_counted_from_another_event_dates_nothing_from_publication() -> None:
    assert found("The envoy said the convoy had been stopped within a week of its departure.") == []
    (c,) = found("Owners must register within 30 days of the publication of this notice.")
    assert c.due == dt.date(2025, 4, 2)


def test_a_plan_denied_in_the_date_s_clause_dates_nothing() -> None:
    assert found("Officials said they did not plan to close the crossing on Thursday.") == []
    assert found("The mill has no plans to resume shifts on June 2.") == []
    (c,) = found("The levy will not take effect until June 2.")
    assert (c.due, c.status) == (dt.date(2025, 6, 2), "scheduled")
    (c,) = found("The duties, which do not cover grain, start on June 2.")
    assert c.due == dt.date(2025, 6, 2)


def test_what_a_leading_date_dates_is_told_after_it() -> None:
    (c,) = found("By the end of the year, the two bottling plants will be closed.")
    assert c.what == "two bottling plants will be closed"
    (quoted,) = found("''The convoy will leave at dawn (6 a.m. Thursday),'' the mayor said.")
    assert quoted.what == "The convoy will leave at dawn"


def test_a_thing_effective_on_a_day_has_its_own_date_whatever_the_clause_s_modal() -> None:
    (c,) = found("The lender may not meet the new capital criteria effective July 1.")
    assert (c.due, c.status, c.kind) == (dt.date(2025, 7, 1), "scheduled", "rule")
    (maybe,) = found("The levy would be effective July 1 if the senate approves it.")
    assert maybe.status == "proposed"


def test_a_deed_done_today_in_the_present_perfect_has_occurred() -> None:
    (done,) = extract_commitments("The ministry has opened the tender today.", PUB, None)
    assert (done.due, done.status) == (PUB, "occurred")
    (due,) = found("The council has scheduled a vote for today.")
    assert (due.due, due.status) == (PUB, "scheduled")


def test_an_attempt_to_delay_is_no_delay() -> None:
    # an attempt is a change sought, as a request is: it moves no date of its thing
    for attempt in (
        "Opponents will try to delay the sale.",
        "Opponents tried to postpone the sale.",
        "Opponents made a bid to delay the sale.",
        "Opponents are fighting to delay the sale.",
        "Opponents will use all their resources to block or delay the sale.",
        "Opponents filed suit in order to postpone the sale.",
    ):
        (c,) = found(f"{attempt} The plant must be sold by April 12.")
        assert c.due == dt.date(2025, 4, 12), attempt
        assert c.status not in {"postponed", "extended"} and c.previous_due is None, attempt
    # a delay that happened still moves it
    (c,) = found("The agency delayed the sale. The plant must now be sold by April 12.")
    assert (c.due, c.status) == (dt.date(2025, 4, 12), "postponed")


def test_a_past_day_a_plan_was_due_on_is_its_old_date() -> None:
    # "due to expire last Friday": the day the offer was to end, not a day something was done
    text = "The port said it would extend its offer, due to expire last Friday, to March 14."
    assert told(text) == (dt.date(2025, 3, 14), "extended", dt.date(2025, 2, 28))
    # a past day of a deed in a sentence that tells a move stays a deed
    text = "The port said last Friday it would extend its offer to March 14."
    assert told(text) == (dt.date(2025, 3, 14), "extended", None)


def test_a_span_later_than_planned_gives_the_old_date() -> None:
    text = "The ferry will now sail on March 14, three days later than originally planned."
    assert told(text) == (dt.date(2025, 3, 14), "postponed", dt.date(2025, 3, 11))
    # a span compared with something else moves nothing
    text = "The ferry will sail on March 14, three days later than its rival."
    assert told(text) == (dt.date(2025, 3, 14), "scheduled", None)


def test_a_day_denied_outright_dates_nothing() -> None:
    text = "Guards stood at every door. It's not tonight we fear, the warden said. "
    (c,) = found(text + "A vigil planned for Saturday was called off.")
    assert (c.due, c.status) == (dt.date(2025, 3, 1), "cancelled")
    (c,) = found("The vote is not on Friday but on March 14.")
    assert c.due == dt.date(2025, 3, 14)
    # "not until", "not later than" give the day
    assert [c.due for c in found("The law will not take effect until June 1.")] == [
        dt.date(2025, 6, 1)
    ]
    assert [c.due for c in found("Bids are due not later than June 1.")] == [dt.date(2025, 6, 1)]


def test_a_day_between_a_subject_and_its_past_verb_is_that_verb_s() -> None:
    # PUB is a Monday: "Monday refused" is today's deed, whatever "will" said far before
    text = (
        "The mayor will keep his post for at least another month even after the city "
        "council Monday refused to hold a vote on his future."
    )
    (c,) = [c for c in found(text) if c.due == PUB]
    assert c.status == "occurred"
    (c,) = found("The council will meet Monday and vote on the budget.")
    assert (c.due, c.status) == (PUB, "scheduled")


def test_narrow_rules_leave_ordinary_plans_alone() -> None:
    # a negation that denies no plan, a comparative that is no correlative, a meeting over
    # goals, a plan for today told in the perfect, a forecast told predicatively
    assert [c.due for c in found("Tenants who do not apply by June 30 lose the grant.")] == [
        dt.date(2025, 6, 30)
    ]
    (vote,) = found("The vote on the more than $2 billion aid bill was postponed until June 12.")
    assert vote.status == "postponed"
    (talks,) = found("Dock workers will meet with the port over pay demands on June 12.")
    assert talks.kind == "meeting"
    (hearing,) = found("The council has summoned the mayor to testify at a hearing today.")
    assert hearing.status == "scheduled"
    (merger,) = found("The merger, long expected to close on June 30, faces a review.")
    assert merger.status == "expected"
    (filing,) = found("Firms must file the form within 30 days of its publication.")
    assert filing.due == dt.date(2025, 4, 2)


# Days that date no commitment, by class: the last day of an accounting period, the day of
# an article, a market's open or close, an activity begun, a charge, a prediction, an address,
# a day that frames the telling after it and the business of a court.
_DATING_NOTHING = {
    "accounts": (
        "The brewer said it expects net income in the year ending June 30, 2026, to fall.",
        "The brewer expects to post a loss for the year ending tomorrow.",
        "Sales in the nine months ended March 31 fell 4%.",
        "The miller reported a profit for the six months ended Feb. 28.",
        "It expects a loss for the fiscal year ending June 30.",
        "Profit rose 12 percent in the last quarter, which ended December 28, 2024.",
    ),
    "article": ("The agency answered an article in a weekly magazine on Friday about its budget.",),
    "market or activity": (
        "In heavy trading on Friday, the miller's shares closed at $12.40, down 30 cents.",
        "The index closed at its lowest level in a year on Friday.",
        "On Friday, the insurer began notifying customers about the error.",
        "Share prices closed sharply lower Friday in thin dealings.",
        "Buyers were expected to return as soon as trading opened Monday.",
    ),
    "telling": (
        "He was charged Thursday under the new rules on clinic access.",
        "Exiles will fight the ruling in every court, the minister predicted Wednesday.",
        "In a televised address Friday, the president said the new rule was historic.",
        "Also Thursday, the oil ministers called for an emergency conference on output.",
    ),
    "court": (
        "The high court will hear arguments over the import levies on November 5.",
        "A district judge set a hearing for May 20 on the growers' request to halt the rule.",
        "The fraud trial of the former mayor is due to open on April 14.",
        "Sentencing has been put off to June 2 at the request of the defense.",
        "Both sides must file their briefs by April 2, the clerk's order says.",
        "The appeals panel of judges is expected to rule by Friday.",
        "The smuggler will be arraigned on Friday.",
        "The appeals court takes up the levy case on July 31.",
    ),
}


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{kind}-{n}") for kind, texts in _DATING_NOTHING.items()
     for n, text in enumerate(texts)],
)  # fmt: skip
def test_a_day_that_dates_nothing(text: str) -> None:
    assert found(text) == []


def test_a_hearing_that_is_no_court_business_is_still_a_commitment() -> None:
    kept = (
        "The trade commission will hold a public hearing on the duties on May 20.",
        "The Senate panel will hold a confirmation hearing for the judge on May 20.",
        "The clinical trial of the vaccine is due to begin on May 20.",
        "The court fight goes on, but the levies take effect on May 20.",
    )
    for text in kept:
        assert [c.due for c in found(text)] == [dt.date(2025, 5, 20)], text


def test_a_period_of_a_rule_or_a_finite_verb_still_dates_its_end() -> None:
    text = "The agency will accept comments during the comment period ending April 14."
    assert told(text)[0] == dt.date(2025, 4, 14)
    due, _, _ = told("Federal funding lapses when the fiscal year ends on September 30.")
    assert due == dt.date(2025, 9, 30)
    assert told("Article 12 of the accord takes effect on April 1.")[0] == dt.date(2025, 4, 1)


def test_a_window_that_closed_or_an_agreement_on_a_past_day_still_occurred() -> None:
    assert told("Applications for the grant closed on Friday.")[:2] == (
        dt.date(2025, 2, 28),
        "occurred",
    )
    text = (
        "On Sunday, the finance ministers of the currency bloc, meeting in a late session, "
        "had agreed on a joint plan to shore up lenders."
    )
    assert told(text)[:2] == (dt.date(2025, 3, 2), "occurred")
    # a price in the sentence silences only a market's opening or close
    assert told("The deal, worth $5 billion, was agreed on Sunday.")[1] == "occurred"
    assert told("The 10% surcharge took effect on Saturday.")[1] == "occurred"
    # a sentence that opens on applications closing, wherever it stands in the report
    text = "The fund pays for new boilers. Applications close on February 28, 2025."
    assert told(text)[:2] == (dt.date(2025, 2, 28), "occurred")
    # a day that opens its sentence with "Also" still dates a plan told after it
    (meeting,) = found("Also on Monday, the ministers will meet in Vienna.")
    assert (meeting.due, meeting.status) == (PUB, "scheduled")


def test_a_day_kept_as_originally_planned_is_no_old_date() -> None:
    text = (
        "When the rebels ignored the truce, the army let the offensive begin as originally "
        "planned on Monday. Many of their trucks were left burned or abandoned by the road."
    )
    assert all(str(c.status) != "cancelled" for c in found(text))
    ahead = "The board said the vote on the merger will go ahead as previously planned on Friday."
    assert told(ahead) == (dt.date(2025, 3, 7), "scheduled", None)
