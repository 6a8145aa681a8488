"""Forms found by labelling notices, bulletins, letters, fixture news and question-and-answer
pages written in other words: a change told in one item or paragraph stays with its own
thing; an old date told after the new one; what must be received by a day is due then;
posting and emailing date nothing; permissions and choices are no hedges and no
cancellations; a time of day ends its sentence before a new one; recurring weekdays recur."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_weekday_joined_to_a_recurring_one_recurs_too() -> None:
    text = "Extra ferries will sail on Friday and Saturday evenings from 4 June."
    assert ("Friday", "SET", "XXXX-WXX-5TEV") in triples(text, D(2027, 5, 10))
    # (a single day beside one evening is still a day)
    solo = triples("They met on Friday and Saturday evening.", D(2027, 5, 10))
    assert ("Friday", "DATE", "2027-05-07") in solo


def test_a_reporting_clause_that_closes_the_sentence_makes_would_a_plan() -> None:
    said = "Lead line.\n\nThe depot would reopen on Monday, the operator said."
    assert found(said, D(2027, 3, 3)) == [(D(2027, 3, 8), "scheduled", None)]
    hedged = "Lead line.\n\nThe depot would reopen on Monday, the operator said, if repairs held."
    assert found(hedged, D(2027, 3, 3)) == [(D(2027, 3, 8), "proposed", None)]


def test_what_must_be_received_by_a_time_on_a_day_is_due_then() -> None:
    text = (
        "Objections must now be received by noon on Friday 9 July 2027 (previously 25 June 2027)."
    )
    assert found(text, D(2027, 6, 1)) == [(D(2027, 7, 9), "extended", D(2027, 6, 25))]
    # the day a letter was received is no commitment
    assert found("The council received the petition on 14 June 2027.", D(2027, 6, 20)) == []


def test_a_session_that_will_not_now_take_place_is_called_off_and_lends_no_old_date() -> None:
    text = (
        "Staff will run a drop-in clinic at the library on Saturday 12 June 2027. "
        "The clinic previously advertised for Tuesday 15 June 2027 at the town hall will "
        "not now take place."
    )
    assert found(text, D(2027, 6, 2)) == [
        (D(2027, 6, 12), "scheduled", None),
        (D(2027, 6, 15), "cancelled", None),
    ]


def test_an_old_plan_of_a_thing_named_in_its_own_sentence_moves_no_date_before_it() -> None:
    text = (
        "The ferry vote will take place on Thursday 18 November.\n"
        "The harbour study, which was due on 1 December, will now come out early next year."
    )
    assert (D(2027, 11, 18), "scheduled", None) in found(text, D(2027, 11, 4))


def test_a_court_hearing_put_off_moves_no_hearing_of_a_board() -> None:
    text = (
        "A judge on Monday postponed a hearing in the fraud case until 10 July. "
        "The licensing board will hold a public hearing on the firm's revised site plan "
        "on Wednesday, 14 July."
    )
    assert found(text, D(2027, 6, 30)) == [(D(2027, 7, 14), "scheduled", None)]


def test_a_time_of_day_ends_its_sentence_before_a_new_one() -> None:
    text = (
        "The open day, first set for 3 May, will be held on 10 May from 10 a.m. to 3 p.m. "
        "Bookings for guided tours close on 6 May."
    )
    assert found(text, D(2027, 4, 20)) == [
        (D(2027, 5, 10), "postponed", D(2027, 5, 3)),
        (D(2027, 5, 6), "scheduled", None),
    ]
    # a zone or a day after the time belongs to it
    zoned = "Entries close at 5 p.m. Eastern Time on 6 May."
    assert found(zoned, D(2027, 4, 20)) == [(D(2027, 5, 6), "scheduled", None)]


def test_a_blank_line_ends_a_sentence_after_an_abbreviation() -> None:
    text = (
        "The choir will still sing on Sunday 9 May at 7 p.m.\n\n"
        "Because of the storm, we have moved the closing date for the £30 coach trip "
        "payment from 1 May to Monday 10 May."
    )
    assert found(text, D(2027, 4, 28)) == [
        (D(2027, 5, 9), "scheduled", None),
        (D(2027, 5, 10), "extended", D(2027, 5, 1)),
    ]


def test_posting_or_emailing_something_dates_no_commitment() -> None:
    text = (
        "We will post an update on the club website on Sunday evening. "
        "A new rota will be emailed to volunteers today."
    )
    assert found(text, D(2027, 2, 3)) == []


def test_a_date_by_a_verb_joined_to_the_change_is_the_new_one() -> None:
    text = (
        "Sunday's county final has been postponed because of flooding and will be played "
        "on Saturday, 20 March instead, the board said."
    )
    assert found(text, D(2027, 3, 11)) == [(D(2027, 3, 20), "postponed", D(2027, 3, 14))]


def test_changes_counted_in_general_date_no_change() -> None:
    text = "The tribunal meets on Tuesday to clear a list of twelve postponed appeals."
    assert found(text, D(2027, 3, 11)) == [(D(2027, 3, 16), "scheduled", None)]


def test_a_possessive_day_far_from_its_call_off_is_called_off() -> None:
    text = (
        "Lead line.\n\nTonight's recital by the visiting string quartet from the northern "
        "conservatory at the old corn exchange has also been called off."
    )
    assert found(text, D(2027, 3, 11)) == [(D(2027, 3, 11), "cancelled", None)]


def test_an_old_date_told_after_the_new_one_in_its_own_sentence() -> None:
    text = (
        "Has the deadline for receipts changed?\n"
        "Yes. Claimants now have until 30 November 2027 to send receipts. "
        "The previous deadline was 15 October 2027.\n\n"
        "When do the new rates apply?\n"
        "The new rates were originally due to apply from 1 March 2028. "
        "To match the tax year, they will now apply from 1 February 2028."
    )
    assert found(text, D(2027, 10, 1)) == [
        (D(2027, 11, 30), "extended", D(2027, 10, 15)),
        (D(2028, 2, 1), "advanced", D(2028, 3, 1)),
    ]


def test_a_vote_on_a_proposal_is_scheduled_and_a_proposed_date_is_proposed() -> None:
    text = (
        "The trust has proposed that the new parking charges start on 1 April 2028. "
        "Its board will vote on the proposal at its meeting on Thursday, 9 December 2027."
    )
    assert found(text, D(2027, 11, 20)) == [
        (D(2028, 4, 1), "proposed", None),
        (D(2027, 12, 9), "scheduled", None),
    ]


def test_what_one_may_or_can_do_until_a_day_is_a_term_granted() -> None:
    text = (
        "Members may send written questions until Friday 12 May 2028. "
        "Ticket holders can change or cancel their seats without charge until 20 May 2028."
    )
    assert found(text, D(2028, 5, 1)) == [
        (D(2028, 5, 12), "scheduled", None),
        (D(2028, 5, 20), "scheduled", None),
    ]
    # a hedge stays one
    assert found("The council may close the road on 1 June 2028.", D(2028, 5, 1)) == [
        (D(2028, 6, 1), "proposed", None)
    ]


def test_a_dropped_service_is_called_off_and_what_keeps_going_is_extended() -> None:
    text = (
        "The ferry line has dropped its winter service to the islands, which was due to "
        "start on 4 November, for this year. It will keep running the summer timetable "
        "until 30 October, instead of ending it on 25 September as planned."
    )
    assert found(text, D(2027, 9, 1)) == [
        (D(2027, 11, 4), "cancelled", None),
        (D(2027, 10, 30), "extended", D(2027, 9, 25)),
    ]
