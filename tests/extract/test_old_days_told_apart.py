"""Forms found by labelling notices, guidance pages and trade bulletins, written in other
words: the old day told in a sentence of its own after the new one, a plan called off in the
sentence after it, a clause that moves a thing of its own beside a call-off, the first cue
of a sentence with no day, a start that will not come until a day, a closure counted from a
day, applications received before a day, and the days of a gazette or of a rule's proposal,
which date no commitment."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_the_deadline_first_set_told_after_the_new_one_is_its_old_day() -> None:
    text = (
        "Bids from member councils must now reach the panel by 18 May 2028. "
        "The deadline first set was 20 April 2028."
    )
    assert found(text, D(2028, 3, 1)) == [(D(2028, 5, 18), "extended", D(2028, 4, 20))]


def test_the_deadline_that_had_been_a_later_day_makes_the_new_one_brought_forward() -> None:
    text = (
        "Surveyors must now file their site reports by 10 June 2028. "
        "Until now the deadline had been 1 August 2028."
    )
    assert found(text, D(2028, 3, 1)) == [(D(2028, 6, 10), "advanced", D(2028, 8, 1))]


def test_the_previous_cut_off_belongs_to_the_day_before_it_not_the_next() -> None:
    text = (
        "Repairs must now be finished by 30 September 2028. The previous cut-off was "
        "31 July 2028, but the builders said that was too tight. "
        "Contractors must send their final invoices by 15 October 2028."
    )
    assert found(text, D(2028, 3, 1)) == [
        (D(2028, 9, 30), "extended", D(2028, 7, 31)),
        (D(2028, 10, 15), "scheduled", None),
    ]


def test_a_plan_called_off_in_the_next_sentence_is_cancelled_not_an_old_day() -> None:
    text = (
        "The spring round of the grant had been due to open on 6 March 2028. That round will "
        "not go ahead.\n\nWinners of the autumn round will have longer to spend the money. "
        "Projects must now be completed by 30 June 2028."
    )
    assert found(text, D(2028, 2, 1)) == [
        (D(2028, 3, 6), "cancelled", None),
        (D(2028, 6, 30), "scheduled", None),
    ]


def test_a_clause_that_moves_a_meeting_of_its_own_is_not_the_other_clauses_call_off() -> None:
    text = (
        "The board session that had been slated for Thursday, June 8, 2028, will now be held "
        "Tuesday, June 6, 2028, and the public forum previously noticed for Friday, June 16, "
        "2028, will not take place."
    )
    assert found(text, D(2028, 5, 20)) == [
        (D(2028, 6, 6), "advanced", D(2028, 6, 8)),
        (D(2028, 6, 16), "cancelled", None),
    ]


def test_a_sentence_with_no_day_is_read_by_its_first_cue() -> None:
    text = (
        "DATES:\nApril 9, 2028: Deadline for filing pre-hearing briefs.\n"
        "This deadline is extended; a new one will be set in the notice rescheduling the "
        "hearing."
    )
    assert found(text, D(2028, 3, 30)) == [(D(2028, 4, 9), "extended", None)]


def test_a_start_that_will_not_come_until_a_day_is_put_off() -> None:
    text = (
        "Small hauliers will not have to begin logging their journeys under the new rule "
        "until May 1, 2029. The requirement had been slated to apply starting January 1, 2029."
    )
    assert found(text, D(2028, 10, 3)) == [(D(2029, 5, 1), "postponed", D(2029, 1, 1))]


def test_a_closure_from_a_day_is_its_start_put_off() -> None:
    text = (
        "Engineers have rescheduled the closure of the harbour bridge. It had been set to "
        "begin on Saturday 3 June. The bridge will now close from 06:00 on Saturday 17 June."
    )
    assert found(text, D(2028, 5, 10)) == [(D(2028, 6, 17), "postponed", D(2028, 6, 3))]


def test_applications_received_before_a_day_are_due_then() -> None:
    text = "Applications received before noon on 9 March 2028 will be assessed as usual."
    assert found(text, D(2028, 3, 1)) == [(D(2028, 3, 9), "scheduled", None)]


def test_the_day_a_notice_appeared_in_a_gazette_is_no_commitment() -> None:
    for text in (
        "The agency is correcting the notice that appeared in the Federal Register on "
        "March 2, 2028.",
        "The amending act appeared in the Official Journal on Monday.",
    ):
        assert found(text, D(2028, 3, 8)) == []


def test_the_day_a_rule_was_proposed_is_no_commitment_but_its_days_are() -> None:
    assert found("The agency proposed the standards on February 2, 2028.", D(2028, 3, 8)) == []
    text = "The agency proposed that the standards take effect on July 1, 2028."
    assert found(text, D(2028, 3, 8)) == [(D(2028, 7, 1), "proposed", None)]
