"""Local notices and market news: another thing on the day a change moved something from,
a plan that "was to be due", moves told by a span and "later", the days of a cause the
sentence opens on, a thing named as proposed, a dateline of the date alone, a list of bare
days, a means after a due day, a weighed change in another paragraph, a deadline missed, a
clause after a colon, what is expected "to have it open", a term up to a clock and its zone,
"possible" things spoken of, a cue before a semicolon, "deferred payment" as a name, a day
heading a clause in the present, and the day an event is named by ("next Sunday's
election")."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_another_thing_on_the_day_a_change_moved_something_from_stays() -> None:
    text = (
        "Grant forms for the harbour repair fund, which were due July 31, will now be "
        "accepted through Aug. 31, the port office said.\n\n"
        "The state fishing moratorium is set to expire Saturday, and boat owners expect a "
        "busy week."
    )
    got = found(text, D(2032, 7, 30))  # a Friday
    assert (D(2032, 8, 31), "extended", D(2032, 7, 31)) in got
    assert (D(2032, 7, 31), "scheduled", None) in got


def test_a_plan_that_was_to_be_due_is_the_old_date() -> None:
    text = (
        "Remarks on the draft park plan, which were to be due on April 9, 2032, will now be "
        "accepted through May 7, 2032."
    )
    assert found(text, D(2032, 3, 20)) == [(D(2032, 5, 7), "extended", D(2032, 4, 9))]


def test_a_move_told_by_a_span_and_later() -> None:
    text = "* The May 8 blood drive at the fire hall has been moved two weeks later, to May 22."
    assert found(text, D(2032, 4, 30)) == [(D(2032, 5, 22), "postponed", D(2032, 5, 8))]
    text = (
        "The county has also moved its open house on the bypass plan back one day, to "
        "Sept. 9 at 6 p.m. in the library."
    )
    assert found(text, D(2032, 8, 30)) == [(D(2032, 9, 9), "postponed", D(2032, 9, 8))]


def test_the_days_of_a_cause_the_sentence_opens_on_are_not_moved() -> None:
    text = (
        "TAXES: Because the town office will be closed Monday for Labor Day and staff will "
        "be at the fair Tuesday morning, the due date for water bills has been moved from "
        "Tuesday, September 7 to Thursday, September 9."
    )
    assert found(text, D(2032, 9, 3)) == [(D(2032, 9, 9), "extended", D(2032, 9, 7))]
    # a day named again in the cause is the old one
    text = (
        "The board set a public hearing for Monday, March 8, 2032.\n\n"
        "Because the school gym is not free on that date, the hearing has been "
        "rescheduled and will be held on Wednesday, March 17, 2032."
    )
    assert found(text, D(2032, 2, 20)) == [(D(2032, 3, 17), "postponed", D(2032, 3, 8))]


def test_a_thing_named_as_proposed_leaves_its_day_plain() -> None:
    text = (
        "The commission will hold a public hearing on proposed trash collection fees on "
        "Thursday, April 15, 2032, at 6 p.m."
    )
    assert found(text, D(2032, 4, 1)) == [(D(2032, 4, 15), "scheduled", None)]
    text = (
        "Under the waiver, the shipper must give its lenders a detailed refinancing "
        "proposal, covering all of its debt, by Oct. 12, 2032."
    )
    assert found(text, D(2032, 9, 1)) == [(D(2032, 10, 12), "scheduled", None)]
    # a day itself put forward stays proposed
    text = "The union proposed November 3 as the new date for the ballot."
    assert found(text, D(2032, 10, 1)) == [(D(2032, 11, 3), "proposed", None)]


def test_a_dateline_of_the_date_alone_dates_nothing() -> None:
    text = (
        "June 14, 2032 -- Harlan Mills has postponed its special meeting on the sale to "
        "June 30, 2032, from June 16."
    )
    assert found(text, D(2032, 6, 14)) == [(D(2032, 6, 30), "postponed", D(2032, 6, 16))]


def test_a_list_of_bare_days_is_no_span() -> None:
    text = "The board's 2033 meeting dates are:\n\n  - 26 January\n  - 9 March\n  - 20 April\n"
    dues = [d for d, _s, _p in found(text, D(2032, 11, 20))]
    assert dues == [D(2033, 1, 26), D(2033, 3, 9), D(2033, 4, 20)]
    text = "Closures:\n Sat Aug 7 - Sun Aug 8   All day   Pier St - Bay Rd\n"
    assert found(text, D(2032, 7, 20)) == []


def test_the_means_after_a_due_day_is_no_telling() -> None:
    text = "Comments will be accepted through July 6, 2032 by email, by mail or at any branch."
    assert found(text, D(2032, 6, 20)) == [(D(2032, 7, 6), "scheduled", None)]


def test_a_change_weighed_in_another_paragraph_leaves_a_plain_day() -> None:
    text = (
        "The lease between the county and Ridgeline expires Dec. 31.\n\n"
        "A bridge loan from Pine Bank also expires Jan. 15. The bank has said it would "
        "consider an extension."
    )
    got = found(text, D(2032, 10, 1))
    assert (D(2032, 12, 31), "scheduled", None) in got


def test_a_deadline_missed_lies_in_the_past() -> None:
    text = "The developer missed the state agency's Feb. 1 deadline for housing credits."
    assert found(text, D(2032, 9, 29)) == [(D(2032, 2, 1), "occurred", None)]


def test_the_clause_after_a_colon_has_its_own_tense() -> None:
    text = "Organizers made the call Friday morning: the lantern parade on Saturday evening is off."
    dues = [d for d, s, _p in found(text, D(2032, 10, 22)) if s == "cancelled"]  # a Friday
    assert D(2032, 10, 23) in dues and D(2032, 10, 16) not in dues


def test_expecting_to_have_it_open_is_a_forecast() -> None:
    text = "Right now we expect to have it open again by Friday, August 27th."
    assert found(text, D(2032, 7, 16)) == [(D(2032, 8, 27), "expected", None)]


def test_what_holders_may_do_until_a_clock_and_zone_is_a_term() -> None:
    text = (
        "Holders may convert their notes at any time before 5:00 p.m., New York City time, "
        "on June 12, 2032."
    )
    assert found(text, D(2032, 5, 14)) == [(D(2032, 6, 12), "scheduled", None)]


def test_a_thing_spoken_of_as_possible_leaves_its_day_plain() -> None:
    text = "Responses to the notice of possible remedies should be sent by 5pm on 27 August 2032."
    assert found(text, D(2032, 8, 12)) == [(D(2032, 8, 27), "scheduled", None)]


def test_a_cue_before_a_semicolon_is_another_clause_s() -> None:
    text = "Mills may also ask to be heard; a hearing has been fixed for Jan. 17, 2033."
    assert found(text, D(2032, 12, 8)) == [(D(2033, 1, 17), "scheduled", None)]


def test_a_thing_of_finance_named_deferred_is_no_move() -> None:
    text = (
        "Regulating Deferred Payment Credit: Proposed Rules\n\n"
        "We are asking for comments on this paper by 5pm on 6 February 2033."
    )
    assert found(text, D(2032, 11, 14)) == [(D(2033, 2, 6), "scheduled", None)]


def test_a_day_heading_its_clause_with_an_event_in_the_present_is_ahead() -> None:
    text = "The week ahead:\n\n- Friday, too: the producers' committee meets in Vienna."
    assert found(text, D(2032, 9, 19)) == [(D(2032, 9, 24), "scheduled", None)]  # a Sunday


def test_the_day_an_event_is_named_by_is_its_date() -> None:
    text = "Then next Sunday's federal election looms over everything."
    assert found(text, D(2032, 9, 19)) == [(D(2032, 9, 26), "scheduled", None)]
    # a possessive of no event still dates nothing
    assert found("Today's news was quiet, and markets drifted.", D(2032, 9, 19)) == []


def test_a_day_due_in_court_is_no_commitment() -> None:
    text = "The driver was charged, and he is due in district court Oct. 14, 2032."
    assert found(text, D(2032, 10, 2)) == []


def test_the_last_day_of_a_school_year_moved_later_is_extended() -> None:
    text = (
        "The last student day, which had been Friday, June 11, will now be Tuesday, "
        "June 15, the district said."
    )
    assert found(text, D(2032, 3, 6)) == [(D(2032, 6, 15), "extended", D(2032, 6, 11))]


def test_a_span_later_told_with_the_day_moved_to_dates_nothing() -> None:
    text = (
        "The branch library will not reopen on April 24 as announced. Director Ann Lee said "
        "Tuesday that the new units arrived damaged, pushing the reopening three weeks "
        "later, to Saturday, May 15."
    )
    assert found(text, D(2032, 4, 14)) == [(D(2032, 5, 15), "postponed", D(2032, 4, 24))]


def test_dates_spoken_in_a_newscast() -> None:
    text = "In the Comoros, the electoral commission has set October the twentieth as the date for a referendum."
    assert found(text, D(2032, 7, 19)) == [(D(2032, 10, 20), "scheduled", None)]


def test_a_would_be_candidate_asks_for_nothing() -> None:
    text = "Would-be candidates now have until September 30, 2032 to file their papers."
    assert [s for _d, s, _p in found(text, D(2032, 9, 1))] != ["proposed"]


def test_a_vote_lawmakers_had_expected_to_hold_is_the_old_plan() -> None:
    text = (
        "Deputies had expected to vote on the spending plan on November 10; the bureau has "
        "now put it on the agenda for November 3."
    )
    assert found(text, D(2032, 10, 27)) == [(D(2032, 11, 3), "advanced", D(2032, 11, 10))]


def test_weekdays_of_a_span_that_ran_to_late_sunday_date_nothing() -> None:
    text = "The session, which ran from Friday to late Sunday, was the eighth round of talks."
    assert found(text, D(2032, 12, 7)) == []


def test_the_round_of_an_election_is_an_event_named_by_its_day() -> None:
    text = "The Labour Party came out on top in Sunday's first round of parliamentary elections."
    assert found(text, D(2032, 10, 19)) == [(D(2032, 10, 17), "occurred", None)]


def test_a_plan_not_held_after_all_is_called_off() -> None:
    text = "Island leaders will not hold their planned retreat in Fiji this Friday."
    assert found(text, D(2032, 2, 23)) == [(D(2032, 2, 27), "cancelled", None)]
    text = "Regional leaders will not be meeting in the capital on Monday after all."
    assert found(text, D(2032, 7, 16)) == [(D(2032, 7, 19), "cancelled", None)]
