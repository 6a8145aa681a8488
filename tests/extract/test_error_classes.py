"""One regression test or more per error class of commitment extraction on unseen news.

Every text here is written for these tests. The classes are those the development set
showed: changes told across sentences, status from the kind of date and the modality,
dates that are no commitment, and one commitment per thing in a document.
"""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines.extract import Commitment, extract_commitments

PUB = dt.date(2025, 3, 3)  # a Monday


def dated(text: str, published: dt.date = PUB, title: str | None = None) -> list[Commitment]:
    return [c for c in extract_commitments(text, published, title) if c.due is not None]


def one(text: str, published: dt.date = PUB, title: str | None = None) -> Commitment:
    found = [c for c in dated(text, published, title) if c.status != "occurred"]
    assert len(found) == 1, found
    return found[0]


# 1. Changes that span sentences and clauses -------------------------------------------


def test_new_date_in_the_next_sentence_takes_the_change_and_the_old_date() -> None:
    found = dated(
        "The port authority is postponing the auction of the harbour leases. "
        "Bidding was supposed to open on March 20. It is now set for April 15."
    )
    assert [(c.due, c.status, c.previous_due) for c in found] == [
        (dt.date(2025, 4, 15), "postponed", dt.date(2025, 3, 20))
    ]


def test_instead_of_folds_the_old_date_into_the_new_one() -> None:
    c = one(
        "The council will now hold its budget vote on Thursday, March 13, instead of "
        "Tuesday, March 11 as first planned, after two members fell ill."
    )
    assert (c.due, c.status, c.previous_due) == (
        dt.date(2025, 3, 13),
        "postponed",
        dt.date(2025, 3, 11),
    )


def test_shift_counts_the_new_date_from_the_planned_one() -> None:
    c = one("Organisers pushed back the fisheries summit planned for March 18 by one week.")
    assert (c.due, c.previous_due, c.status) == (
        dt.date(2025, 3, 25),
        dt.date(2025, 3, 18),
        "postponed",
    )


def test_moved_up_with_the_old_date_in_a_later_sentence() -> None:
    found = dated(
        "The regulator moved up the hearing on the merger to March 10. "
        "It had been scheduled for March 24."
    )
    assert [(c.due, c.status, c.previous_due) for c in found] == [
        (dt.date(2025, 3, 10), "advanced", dt.date(2025, 3, 24))
    ]


def test_change_told_after_the_date_it_moves() -> None:
    c = one(
        "Entries for the design contest close: 5 p.m. on 21 March 2025. "
        "Please note that the closing date has been brought forward because of demand."
    )
    assert (c.due, c.status) == (dt.date(2025, 3, 21), "advanced")


def test_hard_wrapped_notice_keeps_its_change_with_its_dates() -> None:
    text = (
        "SUMMARY: The advisory board meeting on water quality that was \n"
        "announced for March 12, 2025 is postponed. The board will instead \n"
        "meet on Wednesday, April 9, 2025, from 9 a.m. to 3 p.m. at the \n"
        "regional office, and written statements are due by April 2, 2025.\n"
    )
    found = {c.due: c for c in dated(text)}
    assert found[dt.date(2025, 4, 9)].status == "postponed"
    assert found[dt.date(2025, 4, 9)].previous_due == dt.date(2025, 3, 12)
    assert dt.date(2025, 3, 12) not in found


def test_anaphoric_old_date_that_date_reaches_the_named_day() -> None:
    found = dated(
        "The city is delaying its new parking fees. Drivers had asked for a pause before "
        "the lantern festival on March 24. The fees were supposed to start on that date. "
        "They are now set for April 7."
    )
    assert [(c.due, c.status, c.previous_due) for c in found] == [
        (dt.date(2025, 4, 7), "postponed", dt.date(2025, 3, 24))
    ]


def test_old_date_restated_in_another_sentence_is_no_commitment_of_its_own() -> None:
    found = dated(
        "In January the board said the review period would run through March 14. "
        "On Friday it said the review period, previously set to end on March 14, "
        "will now run through April 25."
    )
    assert [(c.due, c.status, c.previous_due) for c in found] == [
        (dt.date(2025, 4, 25), "extended", dt.date(2025, 3, 14))
    ]


def test_superseded_plan_replaced_in_the_next_sentence() -> None:
    found = dated(
        "The truce had required both militias to hand over their heavy guns by March 31. "
        "Mediators now say the militias will hand them over by June 30."
    )
    assert [(c.due, c.status, c.previous_due) for c in found] == [
        (dt.date(2025, 6, 30), "extended", dt.date(2025, 3, 31))
    ]


def test_superseded_plan_keeps_a_later_date_of_another_thing_apart() -> None:
    found = dated(
        "The board had scheduled its vote for March 20. "
        "Members will meet on March 25 to hear the auditors."
    )
    assert all(c.previous_due is None for c in found)
    assert dt.date(2025, 3, 25) in [c.due for c in found]


# 2. Status from the kind of date and the modality -------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry extended the start of the new labelling rules to June 2.", "postponed"),
        ("The ministry delayed the filing deadline for the new labels to June 2.", "extended"),
        (
            "The ministry brought forward the filing deadline for the labels to March 20.",
            "advanced",
        ),
        ("The agency postponed the effective date of its rule until June 2.", "postponed"),
        ("The ceasefire was prolonged until June 2.", "extended"),
    ],
)
def test_the_kind_of_date_moved_decides_the_status(text: str, status: str) -> None:
    assert one(text).status == status


def test_a_forecast_change_is_expected_and_a_proposed_one_proposed() -> None:
    forecast = one("Analysts expect the vote on the port bill to slip to April 4.")
    proposal = one("The committee proposed delaying the levy on plastics until July 1.")
    request = one("Farm groups asked regulators to extend the comment period to April 30.")
    assert forecast.status == "expected"
    assert proposal.status == "proposed"
    assert request.status == "proposed"


def test_a_condition_changes_nothing() -> None:
    c = one(
        "The tariff truce expires on April 12 unless both sides agree to prolong it before then."
    )
    assert (c.status, c.previous_due) == ("scheduled", None)


def test_lifting_a_restriction_is_no_cancellation_of_a_date() -> None:
    c = one("The city lifted the water restrictions, and the new meters start on April 1.")
    assert c.status == "scheduled"


def test_a_hypothetical_change_noun_decides_nothing() -> None:
    c = one(
        "Registration ends on Friday, March 7, though an official said a two-day "
        "extension would help rural voters."
    )
    assert c.status in {"scheduled", "proposed"}
    assert c.status != "extended"


def test_called_off_while_a_new_date_is_sought_is_postponed() -> None:
    c = one(
        "The regional trade forum, due to open on Thursday, has been called off after "
        "several ministers said they could not travel. "
        "The host said it was talking to members about a new date."
    )
    assert (c.due, c.status, c.previous_due) == (dt.date(2025, 3, 6), "postponed", None)


def test_called_off_with_no_new_date_sought_stays_cancelled() -> None:
    c = one(
        "The regional trade forum, due to open on Thursday, has been called off after "
        "several ministers said they could not travel."
    )
    assert (c.due, c.status) == (dt.date(2025, 3, 6), "cancelled")


# 3. Dates resolved from the governing verb and the document's time ------------------------


def test_past_act_that_set_a_plan_does_not_push_its_day_a_year_back() -> None:
    c = one("The electoral board said it had set a March 20 date for the vote on the charter.")
    assert (c.due, c.status) == (dt.date(2025, 3, 20), "scheduled")


def test_year_less_past_day_of_recent_months_stays_in_the_past() -> None:
    found = dated("The plant closed on January 17 after a fire in its boiler room.")
    assert [(c.due, c.status) for c in found] == [(dt.date(2025, 1, 17), "occurred")]


def test_participle_in_a_compound_adjective_sets_no_tense() -> None:
    # published on Wednesday 5 March: Friday is the coming one, not the one before
    text = "Both unions expect the strike to outlast its self-imposed Friday deadline."
    c = one(text, published=dt.date(2025, 3, 5))
    assert c.due == dt.date(2025, 3, 7)


def test_past_before_a_bare_weekday_is_a_preposition_not_last() -> None:
    found = dated("The negotiators plan to stay in the capital past Friday, aides said Monday.")
    assert [c.due for c in found if c.status != "occurred"] == []
    c = one("The negotiators held talks this past Friday and will meet again on Thursday.")
    assert c.due == dt.date(2025, 3, 6)


def test_year_after_a_range_is_the_year_of_its_first_day() -> None:
    from deadlines.extract.timex import find_temporal_expressions

    text = "The workshop, first planned for November 4-5, 2024, drew few bookings."
    found = [(t.text, t.value) for t in find_temporal_expressions(text, PUB)]
    assert ("November 4", "2024-11-04") in found


# 4. Is this date a commitment at all? --------------------------------------------------


def test_days_of_statements_and_publications_are_no_commitments() -> None:
    found = dated(
        "The ministry said on Friday that the new tolls start on April 1. The plan was "
        "published in the official gazette of February 27, 2025. On Tuesday, February 25, "
        "2025, the ministry announced a review."
    )
    assert [(c.due, c.status) for c in found] == [(dt.date(2025, 4, 1), "scheduled")]


def test_publication_header_lines_date_the_page_not_a_commitment() -> None:
    text = (
        "[Gazette Volume 12, Number 40 (Monday, March 3, 2025)]\n"
        "Release Date: March 3, 2025\n\n"
        "Comments on the draft rule are due by April 14, 2025.\n"
    )
    assert [c.due for c in dated(text)] == [dt.date(2025, 4, 14)]


@pytest.mark.parametrize(
    "text",
    [
        "The trade fair runs on March 18-19, 2025 in Lyon.",
        "The board meets on Monday or Tuesday next week.",
        "The report is due on or about April 30, 2025.",
        "The ban takes effect in July.",
        "The levy starts in the spring.",
        "The treaty will be reviewed in 2027.",
        "Talks resume later this month.",
        "Sessions run from 9 a.m. to 5 p.m. daily.",
    ],
)
def test_spans_choices_approximations_and_vague_times_are_no_commitments(text: str) -> None:
    assert dated(text) == []


def test_a_time_of_day_belongs_to_its_date() -> None:
    c = one("The emergency duties lapse at 12:01 a.m. on March 15.")
    assert c.due == dt.date(2025, 3, 15)


def test_day_by_which_something_is_to_be_told_is_no_commitment() -> None:
    found = dated(
        "The harbour board will publish the tender results on or before March 21. "
        "No later than March 14, the board will confirm the venue of the hearing. "
        "Bids must be received no later than March 10."
    )
    assert [c.due for c in found] == [dt.date(2025, 3, 10)]


def test_weekday_and_date_split_by_a_hard_line_break_are_one_date() -> None:
    found = dated(
        "DATES: The advisory panel will meet on Thursday, \nMarch 20, 2025, from 9 a.m. to noon."
    )
    assert [c.due for c in found] == [dt.date(2025, 3, 20)]


def test_journeys_are_no_commitments() -> None:
    found = dated(
        "The finance minister is expected in Lisbon on Thursday. "
        "The rebels said they would send a small delegation to Geneva on Friday. "
        "The donors' conference opens on Friday."
    )
    assert [c.due for c in found] == [dt.date(2025, 3, 7)]
    assert "conference" in found[0].evidence


# 5. One commitment per document per thing ---------------------------------------------


def test_a_title_restating_the_body_gives_one_commitment() -> None:
    found = dated(
        "Election officials set Sunday, April 6 for the runoff between the two leading "
        "candidates. The runoff on April 6 will use paper ballots.",
        title="Runoff set for April 6",
    )
    assert [c.due for c in found] == [dt.date(2025, 4, 6)]


def test_dates_listed_one_a_line_are_one_commitment_each() -> None:
    text = (
        "The council's monthly hearings are postponed until further notice.\n\n"
        "DATES: This notice applies to the following dates:\n"
        "     March 12, 2025;\n"
        "     April 9, 2025;\n"
        "     May 14, 2025.\n"
    )
    found = dated(text)
    assert [(c.due, c.status) for c in found] == [
        (dt.date(2025, 3, 12), "postponed"),
        (dt.date(2025, 4, 9), "postponed"),
        (dt.date(2025, 5, 14), "postponed"),
    ]


def test_the_most_explicit_mention_is_the_evidence() -> None:
    found = dated(
        "SUMMARY: The grain committee will meet on March 26. DATES: The committee will meet "
        "on Wednesday, March 26, 2025, from 10 a.m. to noon."
    )
    assert len(found) == 1
    assert found[0].date_text == "Wednesday, March 26, 2025"


def test_an_intention_is_a_plan_and_a_hope_an_expectation() -> None:
    assert one("The agency wants to hold the hearing on April 2.").status == "scheduled"
    assert one("The board plans to meet again on April 2.").status == "scheduled"
    assert one("The envoy said he hoped to meet both delegations on April 2.").status == "expected"


def test_deictic_words_that_date_nothing() -> None:
    assert dated("The plant will build the cars of tomorrow, the chief said.") == []
    assert dated("Today is a good day for the port, the mayor said.") == []
    assert dated("The tolls are among today's headlines.") == []


def test_days_of_announcements_and_agreements() -> None:
    past = dt.date(2025, 3, 1)  # Saturday
    found = extract_commitments(
        "The commission announced the runoff date Saturday. The two governments agreed on "
        "Saturday to share the river data.",
        dt.date(2025, 3, 3),
    )
    assert [(c.due, c.status) for c in found] == [(past, "occurred")]


def test_a_change_carries_the_words_that_tell_it_and_a_plan_none() -> None:
    moved = one("The council postponed the vote to March 20.")
    called_off = one("The summit set for March 20 was called off.")
    plain = one("The truce expires on March 20 unless both sides agree to prolong it.")
    assert (moved.cue, called_off.cue, plain.cue) == ("postponed", "called off", None)
    assert moved.to_dict()["cue"] == "postponed"
