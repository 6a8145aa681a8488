"""Forms found by labelling sports, culture, election, legislature, technology and market
news, written in other words: options weighed and dropped, requests refused, days told only
as needed, sittings and suspensions that run until a day, deadlines told with a clock time,
moves that tell no direction, proposals that name the day they would move from, a day of
the month named before, a weekday and its date across a hard-wrapped line."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_an_option_weighed_and_dropped_is_no_plan() -> None:
    weighed = (
        "The league had considered holding the playoff on Sunday, May 9, but dropped the idea."
    )
    assert found(weighed, D(2027, 3, 2)) == []
    refused = "A request from the players to start the season on June 3 was rejected."
    assert found(refused, D(2027, 3, 2)) == []
    # a plan told plainly stands
    plain = "The league will hold the playoff on Sunday, May 9."
    assert found(plain, D(2027, 3, 2)) == [(D(2027, 5, 9), "scheduled", None)]


def test_a_day_told_only_as_needed_is_no_commitment() -> None:
    before = "A second round of talks, if one is needed, would take place on April 9."
    assert found(before, D(2027, 3, 2)) == []
    after = "The inquiry opens on April 7 and may sit on the following day if required."
    assert found(after, D(2027, 3, 2)) == [(D(2027, 4, 7), "scheduled", None)]


def test_a_sitting_that_now_runs_until_a_later_day_is_extended() -> None:
    text = "The assembly had been due to rise on Friday. Members will now sit until March 6."
    assert found(text, D(2027, 2, 24)) == [(D(2027, 3, 6), "extended", D(2027, 2, 26))]
    suspended = "The duties, suspended since May, will remain suspended until March 31."
    assert [c[1] for c in found(suspended, D(2027, 2, 24))] != ["postponed"]


def test_a_deadline_with_a_clock_time_moved_later_is_extended() -> None:
    text = (
        "Bids must arrive no later than 4pm on 2 March 2027. The window has been kept open "
        "until that date to allow for the later auction; it would otherwise have closed on "
        "20 February 2027."
    )
    assert found(text, D(2027, 2, 10)) == [(D(2027, 3, 2), "extended", D(2027, 2, 20))]


def test_a_window_reopened_until_a_day_is_extended() -> None:
    text = "Enrolment, which closed on Friday, will reopen for late applicants until March 19."
    assert found(text, D(2027, 3, 8)) == [(D(2027, 3, 19), "extended", D(2027, 3, 5))]


def test_more_time_given_until_a_day_is_an_extension() -> None:
    text = "The regulator gave the firm 21 more days, until May 4, to file its plan."
    assert [c[1] for c in found(text, D(2027, 4, 1))] == ["extended"]


def test_a_move_that_tells_no_direction_keeps_the_year_of_the_new_day() -> None:
    text = "The board's September meeting has been moved from 22 September to 15 September."
    assert found(text, D(2027, 6, 1)) == [(D(2027, 9, 15), "advanced", D(2027, 9, 22))]
    pulled = "The first auction was pulled forward from 12 May to 5 May."
    assert found(pulled, D(2027, 3, 1)) == [(D(2027, 5, 5), "advanced", D(2027, 5, 12))]


def test_a_proposed_move_is_a_proposal_with_no_previous_date() -> None:
    # (the day a proposed move would go from is no item of its own, and no previous date:
    # only a move made has one)
    text = "The regulator proposed moving the filing deadline from June 30 to September 30."
    assert found(text, D(2027, 3, 1)) == [(D(2027, 9, 30), "proposed", None)]


def test_the_original_date_named_in_another_clause_is_not_that_clause_s_day() -> None:
    text = (
        "The final had been pencilled in for Saturday, April 17. It will now be played a "
        "week later. Fans holding tickets for the original date will be refunded within 14 "
        "days of the announcement."
    )
    moved = [c for c in found(text, D(2027, 3, 3)) if c[1] == "postponed"]
    assert moved == [(D(2027, 4, 24), "postponed", D(2027, 4, 17))]


def test_a_participle_after_its_noun_dates_its_own_phrase() -> None:
    text = "Members will sit longer under a motion approved in a late vote on Tuesday."
    assert ("Tuesday", "DATE", "2027-02-23") in triples(text, D(2027, 2, 24))


def test_a_day_of_the_month_named_before_is_that_month_s() -> None:
    text = "The gala had been set for April 18. Guests who booked rooms for the 18th may cancel."
    assert ("the 18th", "DATE", "2027-04-18") in triples(text, D(2027, 3, 4))


def test_a_weekday_and_its_date_across_a_wrapped_line_are_one_day() -> None:
    text = (
        "Notice is given that the public inquiry into the application for a\n"
        "bus depot on land north of the ring road will open as planned in the\n"
        "council chamber, where plans and papers may be seen in office hours.\n"
        "Objectors who wish to speak should tell the programme officer in\n"
        "writing and give a telephone number at which they may be reached.\n"
        "The accompanied site visit that was arranged for Monday\n"
        "4 October 2027 is cancelled; the inspector will view the site alone.\n"
    )
    assert found(text, D(2027, 9, 13)) == [(D(2027, 10, 4), "cancelled", None)]
    # a title line ending on a weekday is not joined to the dateline under it
    title = "Markets to stay shut until Friday\nSeptember 17, 2027\n\nTrading resumes then."
    assert ("Friday", "DATE", "2027-09-17") in triples(title, D(2027, 9, 15))
