"""Forms found by labelling business, court, transport and government stories written in
other words: the day of a document or a result; a deadline an order sets; a change told in
another clause, or only debated; reach widened, not time; permissions; an old plan told in
the next paragraph; a day named by its number alone; spans to a bare day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_the_day_of_a_document_dates_no_commitment_but_its_deadline_does() -> None:
    ruling = "Lead line.\n\nThe May 4 ruling gave the county until June 30 to redraw its wards."
    assert found(ruling, D(2027, 5, 10)) == [(D(2027, 6, 30), "scheduled", None)]
    notice = "Lead line.\n\nThe Sept. 2 notice set a deadline of Oct. 8 for written objections."
    assert found(notice, D(2027, 9, 10)) == [(D(2027, 10, 8), "scheduled", None)]
    # (a filing deadline is a deadline, not a filing)
    tax = "Lead line.\n\nOwners now have until the July 31 filing deadline."
    assert found(tax, D(2027, 3, 1)) == [(D(2027, 7, 31), "scheduled", None)]


def test_results_filings_and_findings_handed_down_date_no_commitment() -> None:
    results = (
        "Lead line.\n\nHarwick Foods will report second-quarter and half-year results before "
        "the market opens on Tuesday, Aug. 10. It reported first-quarter net income of $12.1 "
        "million on May 11. Its annual meeting will be held on Sept. 14."
    )
    assert found(results, D(2027, 8, 2)) == [(D(2027, 9, 14), "scheduled", None)]
    filing = (
        "Lead line.\n\nThe shareholder vote will now take place on Oct. 19, the company said "
        "in a filing on Monday."
    )
    assert found(filing, D(2027, 10, 6)) == [(D(2027, 10, 19), "scheduled", None)]
    judgment = (
        "Lead line.\n\nIn a report handed down on Tuesday, the auditor said the ministry must "
        "draw up a new plan by 31 January."
    )
    assert found(judgment, D(2027, 11, 4)) == [(D(2028, 1, 31), "scheduled", None)]


def test_a_deadline_an_order_sets_is_still_ahead() -> None:
    # written on a Wednesday: the order came that day, the money is due the next Monday
    grants = (
        "Lead line.\n\nA judge on Wednesday ordered the agency to release the withheld "
        "grants by 5 p.m. on Monday."
    )
    assert found(grants, D(2027, 3, 10)) == [(D(2027, 3, 15), "scheduled", None)]
    people = (
        "Lead line.\n\nThe envoys gave the junta until the end of the month to release 9 "
        "detained reporters."
    )
    assert found(people, D(2027, 3, 10)) == [(D(2027, 3, 31), "scheduled", None)]
    # (a report's release is still a telling, and a clause after "and" is another's)
    report = "Lead line.\n\nThe regulator will release its final report by Friday."
    assert found(report, D(2027, 3, 10)) == []
    replies = (
        "Lead line.\n\nReplies are due by 20 April, and the board plans to publish its rules "
        "in the autumn."
    )
    assert found(replies, D(2027, 3, 10)) == [(D(2027, 4, 20), "scheduled", None)]


def test_a_vote_that_slips_to_next_week_is_put_off() -> None:
    text = (
        "Lead line.\n\nParty leaders had hoped to hold the budget vote on Thursday, but aides "
        "said it would slip to next week."
    )
    assert found(text, D(2027, 3, 10)) == [(D(2027, 3, 11), "postponed", None)]
    hoped = "Lead line.\n\nParty leaders had hoped to hold the budget vote on Thursday."
    assert found(hoped, D(2027, 3, 10)) == [(D(2027, 3, 11), "expected", None)]


def test_a_clock_in_a_named_zone_does_not_end_the_sentence() -> None:
    text = (
        "Lead line.\n\nThe offer, which had been due to expire at 5 p.m. New York time on "
        "March 3, will now expire at 5 p.m. on March 17."
    )
    assert found(text, D(2027, 3, 4)) == [(D(2027, 3, 17), "extended", D(2027, 3, 3))]


def test_a_change_told_in_a_contrasting_clause_or_only_debated_is_anothers() -> None:
    text = (
        "Lead line.\n\nThe carrier will start flights to Oslo on May 20, while scrapping a "
        "route it had planned for the spring."
    )
    assert found(text, D(2027, 2, 10)) == [(D(2027, 5, 20), "scheduled", None)]
    debated = (
        "Lead line.\n\nA March 9 vote by the parish board on extending the curfew has been "
        "called off."
    )
    assert found(debated, D(2027, 3, 1)) == [(D(2027, 3, 9), "cancelled", None)]
    proposal = "Lead line.\n\nThe upper house will debate the proposal at its session on 14 May."
    assert found(proposal, D(2027, 4, 20)) == [(D(2027, 5, 14), "scheduled", None)]


def test_an_opening_condition_keeps_an_initialism_inside() -> None:
    text = (
        "Lead line.\n\nIf U.S. regulators approve its request, the airline said it would also "
        "like to start a service to Denver on July 2."
    )
    assert found(text, D(2027, 2, 10)) == []


def test_reach_widened_and_renewals_by_a_day_are_no_extension() -> None:
    widened = (
        "Key dates\n\n- 1 March 2027: Ban on plastic straws takes effect.\n"
        "- 30 April 2027: Consultation on extending the ban to plastic cups closes.\n"
        "- 1 September 2027: Ban extended to foam trays."
    )
    assert found(widened, D(2027, 1, 20)) == [
        (D(2027, 3, 1), "scheduled", None),
        (D(2027, 4, 30), "scheduled", None),
        (D(2027, 9, 1), "scheduled", None),
    ]
    place = (
        "Lead line.\n\nThe board expects to award the contract for the tram extension to "
        "Millbrook by 15 December."
    )
    assert found(place, D(2027, 10, 1)) == [(D(2027, 12, 15), "expected", None)]
    renew = "Lead line.\n\nMembers must renew by Friday to keep their seats."
    assert found(renew, D(2027, 10, 5)) == [(D(2027, 10, 8), "scheduled", None)]
    # (extended to a day is still an extension)
    control = "Lead line.\n\nThe pause was extended to 14 November."
    assert found(control, D(2027, 10, 5)) == [(D(2027, 11, 14), "extended", None)]


def test_what_may_be_done_until_a_day_is_a_term_not_a_proposal() -> None:
    permit = "Lead line.\n\nForms may be handed in at any branch until 30 June."
    assert found(permit, D(2027, 5, 2)) == [(D(2027, 6, 30), "scheduled", None)]
    last = "Key dates\n\n- 31 July 2027: Last day on which shops may sell old stock."
    assert found(last, D(2027, 5, 2)) == [(D(2027, 7, 31), "scheduled", None)]
    # (a change that may come is still only possible)
    change = "Lead line.\n\nThe vote may be postponed until 30 June."
    assert found(change, D(2027, 5, 2)) == [(D(2027, 6, 30), "proposed", None)]


def test_cancelled_outright_stays_cancelled_when_another_thing_seeks_a_date() -> None:
    text = (
        "Lead line.\n\nThe talks set for Friday have been called off. Both sides are looking "
        "for a new date. A trade fair that was to run beside the talks on June 4 has "
        "been cancelled outright."
    )
    assert found(text, D(2027, 5, 25)) == [
        (D(2027, 5, 28), "postponed", None),
        (D(2027, 6, 4), "cancelled", None),
    ]


def test_an_old_plan_told_in_the_next_paragraph_is_the_old_date() -> None:
    text = (
        "Ban to end early\n\nThe garden watering ban will be lifted from Monday 8 November, "
        "the utility said.\n\nThe ban, which began on 2 August, had been due to remain in "
        "force until 30 November."
    )
    assert found(text, D(2027, 11, 3)) == [
        (D(2027, 11, 8), "advanced", D(2027, 11, 30)),
        (D(2027, 8, 2), "occurred", None),
    ]


def test_an_undirected_old_date_is_read_in_the_year_of_the_text() -> None:
    text = (
        "Lead line.\n\nNominations, which were due to close on 20 May, will now stay open "
        "until 30 November."
    )
    assert found(text, D(2027, 5, 2)) == [(D(2027, 11, 30), "extended", D(2027, 5, 20))]


def test_a_participle_after_the_day_does_not_send_it_back() -> None:
    text = "Lead line.\n\nThe new tablet goes on sale on 4 March, priced at 300 euros."
    assert found(text, D(2027, 2, 10)) == [(D(2027, 3, 4), "scheduled", None)]


def test_a_day_named_by_its_number_alone() -> None:
    assert triples("The board meets on the 15th.", D(2027, 5, 3)) == [
        ("the 15th", "DATE", "2027-05-15")
    ]
    assert triples("The board met on the 2nd.", D(2027, 5, 3)) == [
        ("the 2nd", "DATE", "2027-05-02")
    ]
    assert triples("Families can enrol until the 5th.", D(2027, 5, 20)) == [
        ("the 5th", "DATE", "2027-06-05")
    ]
    assert triples("She finished 15th. The 15th anniversary is near.", D(2027, 5, 3)) == []
    text = "Lead line.\n\nFamilies can still enrol online until the 5th, the school said."
    assert found(text, D(2027, 5, 20)) == [(D(2027, 6, 5), "scheduled", None)]


def test_a_fee_schedule_is_not_a_new_date_and_a_span_to_a_bare_day_is_no_day() -> None:
    text = (
        "Lead line.\n\nThe rule, which was due to take effect on 1 March 2027, will now take "
        "effect on 1 March 2028, after the council voted to postpone it by one year. Comments "
        "on the revised fee schedule may be sent to the clerk until 9 April 2027."
    )
    assert found(text, D(2027, 2, 1)) == [
        (D(2028, 3, 1), "postponed", D(2027, 3, 1)),
        (D(2027, 4, 9), "scheduled", None),
    ]
    span = "Lead line.\n\nThe ministers' summit runs from June 27 to 28."
    assert found(span, D(2027, 5, 2)) == []
