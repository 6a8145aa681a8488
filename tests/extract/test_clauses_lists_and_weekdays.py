"""Forms found by labelling central-bank calendars, customs notices, recall notices, local
news and regulators' releases, written in other words: what was to apply from a day, a term
taken in until a day, a year named in the clause, a clause compared with the plan, a start
and an end told apart, a bare weekday after a past-perfect plan, the weather of its own day,
a list of days beside a move of one meeting, and a ban lifted from a day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments, find_temporal_expressions

D = dt.date


def test_what_was_to_apply_from_a_day_is_the_old_start() -> None:
    text = "The labelling rules, which were to apply from 1 May 2032, will now apply from 1 October 2032."
    assert found(text, D(2032, 1, 10)) == [(D(2032, 10, 1), "postponed", D(2032, 5, 1))]


def test_a_term_taken_in_until_a_day_is_extended() -> None:
    text = "Paper forms will now be accepted until 30 June, 45 days later than planned."
    assert found(text, D(2032, 4, 2)) == [(D(2032, 6, 30), "extended", D(2032, 5, 16))]


def test_what_must_now_reach_someone_by_a_day_is_extended() -> None:
    text = "Nominations must now reach the returning officer by 9 May, a week later than first set."
    assert found(text, D(2032, 4, 2)) == [(D(2032, 5, 9), "extended", D(2032, 5, 2))]


def test_a_year_named_in_the_sentence_is_the_days_year() -> None:
    text = "The bank said its 2033 calendar, including the meeting on February 9, was unaffected."
    assert found(text, D(2033, 1, 20)) == [(D(2033, 2, 9), "scheduled", None)]
    text = (
        "The board's last meeting of 2032 will take place, as previously announced, on 8 December."
    )
    assert found(text, D(2032, 11, 3)) == [(D(2032, 12, 8), "scheduled", None)]


def test_a_meeting_that_will_now_gather_takes_the_span_told_before() -> None:
    text = (
        "The central bank will hold its next rate meeting a day later than scheduled "
        "because of a public holiday. The Monetary Policy Board will now gather on "
        "Thursday, May 13."
    )
    assert found(text, D(2032, 5, 3)) == [(D(2032, 5, 13), "postponed", D(2032, 5, 12))]


def test_a_day_that_cannot_be_changed_and_a_stance_on_an_extension() -> None:
    text = (
        "In a letter on Sunday, the party requested a two-week extension for the flooded "
        "districts. Polling day, June 20, is fixed by law and cannot be changed.\n\n"
        "The ruling party said it would not oppose a short extension."
    )
    assert found(text, D(2032, 5, 3)) == [(D(2032, 6, 20), "scheduled", None)]


def test_a_close_told_as_past_goes_to_the_new_close_not_the_reopening() -> None:
    text = (
        "The grant round, which closed at 17:00 on 5 March, will reopen on Monday 15 March "
        "and will now close at 17:00 on Friday 9 April 2032."
    )
    assert found(text, D(2032, 3, 8)) == [
        (D(2032, 3, 15), "scheduled", None),
        (D(2032, 4, 9), "extended", D(2032, 3, 5)),
    ]


def test_a_clause_compared_with_the_plan_moves_its_own_day_only() -> None:
    text = (
        "The board will take comments until March 2 and has set a public hearing for "
        "February 10, three days later than first announced."
    )
    assert found(text, D(2032, 1, 6)) == [
        (D(2032, 3, 2), "scheduled", None),
        (D(2032, 2, 10), "postponed", D(2032, 2, 7)),
    ]


def test_an_old_start_is_no_old_day_of_a_comment_deadline() -> None:
    text = (
        "The agency on Monday proposed pushing back the compliance date for its ladder "
        "standard to September 1, 2033.\n\n"
        "Makers had been told to comply by March 1, 2033.\n\n"
        "The agency will take comments on the proposal until February 14."
    )
    assert found(text, D(2032, 12, 8)) == [
        (D(2033, 9, 1), "proposed", None),
        (D(2033, 2, 14), "scheduled", None),
    ]


def test_a_weekday_after_a_past_perfect_plan_looks_ahead() -> None:
    text = "The tutorial that had been planned for Monday will instead be held on Tuesday."
    days = [t.value for t in find_temporal_expressions(text, D(2032, 3, 10))]
    assert days[-1] == "2032-03-16"
    text = "Traders who had booked stalls can ask for a refund until Wednesday."
    assert found(text, D(2032, 3, 11)) == [(D(2032, 3, 17), "scheduled", None)]


def test_the_weather_belongs_to_its_own_day_and_a_scrapped_evening_is_ahead() -> None:
    text = (
        "The street parade will be held on Sunday afternoon after forecasters warned that a "
        "storm would bring heavy rain and strong winds on Saturday."
    )
    assert found(text, D(2032, 8, 19)) == [(D(2032, 8, 22), "scheduled", None)]
    text = "Saturday night's fireworks display has been scrapped altogether."
    assert found(text, D(2032, 8, 19)) == [(D(2032, 8, 21), "cancelled", None)]


def test_a_list_of_days_beside_a_move_of_one_meeting_stays_as_listed() -> None:
    text = (
        "The summer meeting, provisionally set for 14 July 2032, has been moved back one week.\n\n"
        "Meeting dates\n"
        "Wednesday 3 March 2032\n"
        "Wednesday 21 July 2032\n"
        "Wednesday 6 October 2032"
    )
    assert found(text, D(2032, 1, 20)) == [
        (D(2032, 7, 21), "postponed", D(2032, 7, 14)),
        (D(2032, 3, 3), "scheduled", None),
        (D(2032, 10, 6), "scheduled", None),
    ]


def test_a_ban_lifted_from_a_day_ends_then() -> None:
    # (a guard: a start and an end are told apart, and lifting a ban is its end)
    text = (
        "The hosepipe ban will be lifted from Monday 7 June, the water company said.\n\n"
        "The ban had been due to stay in force until 30 June."
    )
    assert found(text, D(2032, 6, 2)) == [(D(2032, 6, 7), "advanced", D(2032, 6, 30))]


def test_a_headline_pushing_an_event_back_by_a_span_moves_its_next_day() -> None:
    text = (
        "Storm pushes city parade back a day\n\n"
        "The opening parade will be held on Sunday afternoon, organisers said."
    )
    assert found(text, D(2032, 8, 19)) == [(D(2032, 8, 22), "postponed", D(2032, 8, 21))]


def test_a_meeting_that_still_takes_place_on_the_day_of_a_call_off_is_its_own() -> None:
    text = (
        "The board met on 2 March and decided to cancel the annual conference set for "
        "14 April. The annual general meeting will still take place on that date, online."
    )
    assert found(text, D(2032, 3, 5)) == [
        (D(2032, 4, 14), "cancelled", None),
        (D(2032, 4, 14), "scheduled", None),
    ]


def test_a_wrapped_line_closing_on_a_clock_abbreviation_runs_on() -> None:
    text = (
        "CHANGES IN THE MEETING: The open part of the meeting has been withdrawn from\n"
        "the agenda, and the papers listed for it will be taken at a later meeting. The\n"
        "closed session will be held in the board room on the second floor at 3 p.m.\n"
        "on the same day, rather than at 10 a.m. as previously announced in the notice.\n"
        "The board will meet again at 10 a.m. on Thursday, May 13, 2032, in the same room.\n"
    )
    evidence = [c.evidence for c in extract_commitments(text, D(2032, 4, 1))]
    assert any(e.startswith("The\nclosed session") for e in evidence)


def test_a_day_counted_back_from_the_day_before_is_its_old_day() -> None:
    text = (
        "The by-election in the northern district will take place on Sunday 12 June 2033.\n\n"
        "The commission had initially fixed polling day two weeks earlier. The later date "
        "leaves time to revise the register."
    )
    assert found(text, D(2033, 3, 20)) == [(D(2033, 6, 12), "postponed", D(2033, 5, 29))]


def test_the_close_of_nominations_moved_later_is_extended() -> None:
    text = "- Close of nominations: 12:00, Friday 15 April 2033 (previously Friday 1 April 2033)"
    assert found(text, D(2033, 3, 20)) == [(D(2033, 4, 15), "extended", D(2033, 4, 1))]
