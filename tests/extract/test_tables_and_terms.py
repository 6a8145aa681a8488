"""Forms found by labelling notices and news stories of our own writing whose dates move:
a table of old and new days, a list line told as "was ..., now ...", a term named by its
day ("the March 1 deadline is now April 15"), a past term moved after it ran out, a move by
a span with both days told, a plan's weekday called off in the present perfect, a further
move told with a pronoun, a weekday in brackets after its day, and a day of the month in
words as a newscast says it."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

from deadlines.extract import extract_commitments
from deadlines.feeds.parse import html_to_text

D = dt.date


def test_a_table_of_old_and_new_days_gives_each_row_its_previous_day() -> None:
    text = (
        "The revised timetable for the county referendum:\n"
        "Stage | Original date | Revised date\n"
        "Close of voter registration | 02.03.2032 | 09.03.2032\n"
        "Polling day | 25.03.2032 | 01.04.2032\n"
        "Declaration of results | 27.03.2032 | 27.03.2032\n"
    )
    got = found(text, D(2032, 2, 20))
    assert (D(2032, 3, 9), "extended", D(2032, 3, 2)) in got
    assert (D(2032, 4, 1), "postponed", D(2032, 3, 25)) in got
    assert (D(2032, 3, 27), "scheduled", None) in got  # (a day the revision kept)
    assert D(2032, 3, 2) not in [due for due, _s, _p in got]  # (folded into its row)
    rows = {c.due: c.evidence for c in extract_commitments(text, D(2032, 2, 20))}
    assert rows[D(2032, 4, 1)].startswith("Polling day |")  # (a row is its own line)


def test_table_cells_from_html_stay_apart() -> None:
    html = "<table><tr><th>Stage</th><th>Old</th></tr><tr><td>Poll</td><td>1 May</td></tr></table>"
    assert html_to_text(html) == "Stage | Old\nPoll | 1 May"


def test_a_list_line_told_as_was_and_now_is_a_move() -> None:
    text = "• Candidate briefing – was Monday 9 August, now Monday 23 August"
    assert found(text, D(2032, 7, 30)) == [(D(2032, 8, 23), "postponed", D(2032, 8, 9))]
    text = "• Nominations close – was Friday 13 August, now Friday 27 August"
    assert found(text, D(2032, 7, 30)) == [(D(2032, 8, 27), "extended", D(2032, 8, 13))]


def test_a_term_named_by_its_day_and_now_another_day_is_a_move() -> None:
    text = "The Feb. 2, 2032, deadline for ferry licence renewals is now March 1, 2032."
    assert found(text, D(2032, 1, 14)) == [(D(2032, 3, 1), "extended", D(2032, 2, 2))]


def test_a_term_that_ran_out_and_then_moved_keeps_its_day_as_the_previous() -> None:
    text = "The March 1 deadline for grazing permits has been extended to May 3."
    assert found(text, D(2032, 3, 10)) == [(D(2032, 5, 3), "extended", D(2032, 3, 1))]
    text = "Returns that had a 31 March 2032 due date can now be lodged by 30 April 2032."
    assert found(text, D(2032, 4, 6)) == [(D(2032, 4, 30), "extended", D(2032, 3, 31))]
    text = "For the winter quarter: the due date of 28 January 2032 has moved to 28 March 2032."
    assert found(text, D(2032, 2, 3)) == [(D(2032, 3, 28), "extended", D(2032, 1, 28))]


def test_a_move_by_a_span_with_both_days_told_is_read() -> None:
    text = "The regional council elections have been moved by a week, from May 8 to May 15."
    assert found(text, D(2032, 4, 20)) == [(D(2032, 5, 15), "postponed", D(2032, 5, 8))]
    # (and a day marked old before a new one told with its span stays old)
    text = (
        "Grant applications, which were to close on 30 June, will now close on 30 July, "
        "a month later than planned."
    )
    assert found(text, D(2032, 6, 2)) == [(D(2032, 7, 30), "extended", D(2032, 6, 30))]


def test_a_plans_weekday_called_off_in_the_present_perfect_is_still_ahead() -> None:
    # (written on a Sunday: the march was to be on the coming Friday)
    text = "A protest march to the port authority, planned for Friday, has been called off."
    assert found(text, D(2032, 5, 2)) == [(D(2032, 5, 7), "cancelled", None)]
    text = "Thursday's lantern parade along the harbour front has been cancelled."
    assert found(text, D(2032, 5, 4)) == [(D(2032, 5, 6), "cancelled", None)]


def test_a_further_move_told_with_a_pronoun_starts_from_the_move_before() -> None:
    text = (
        "The deadline for the fisheries census, first set for May 31, had already been "
        "extended once, to June 30. On Monday the ministry pushed it again, to August 31."
    )
    assert found(text, D(2032, 6, 22)) == [(D(2032, 8, 31), "extended", D(2032, 6, 30))]


def test_the_deadline_for_requests_is_no_request() -> None:
    text = "The deadline for requests for interim relief is moved from 4 June to 18 June."
    assert found(text, D(2032, 5, 20)) == [(D(2032, 6, 18), "extended", D(2032, 6, 4))]


def test_a_weekday_in_brackets_after_its_day_is_that_days_name() -> None:
    assert triples("Scrutiny of papers: 16.02.2032 (Monday).", D(2032, 1, 20)) == [
        ("16.02.2032", "DATE", "2032-02-16")
    ]


def test_a_day_of_the_month_in_words_after_its_month() -> None:
    assert triples("The hearing is set for March twenty-second.", D(2032, 2, 9)) == [
        ("March twenty-second", "DATE", "2032-03-22")
    ]
    assert triples("Doors open on June first at noon.", D(2032, 2, 9))[0][2] == "2032-06-01"
    # (not an ordinal that starts another word)
    values = [v for _t, _k, v in triples("Its March first-quarter figures", D(2032, 2, 9))]
    assert "2032-03-01" not in values


def test_a_day_naming_the_thing_moved_is_its_previous_day() -> None:
    text = "The April 9 match at Riverside was rained off and will be replayed on May 21."
    assert found(text, D(2032, 4, 15)) == [(D(2032, 5, 21), "postponed", D(2032, 4, 9))]
    text = "The harbour board voted to move the May 20 meeting to June 1."
    assert found(text, D(2032, 5, 14)) == [(D(2032, 6, 1), "postponed", D(2032, 5, 20))]


def test_a_dateline_naming_two_places_dates_no_old_plan() -> None:
    text = (
        "OSLO/STOCKHOLM, May 3 (Nordwire) - Ministers have postponed the fisheries talks, which "
        "had been due on Tuesday, to Friday, May 7."
    )
    assert found(text, D(2032, 5, 3)) == [(D(2032, 5, 7), "postponed", D(2032, 5, 4))]


def test_a_plan_told_as_what_was_to_hold_on_a_day_is_the_old_day() -> None:
    text = "The board has postponed the elections, which were to hold today, to Saturday, May 15."
    assert found(text, D(2032, 5, 8)) == [(D(2032, 5, 15), "postponed", D(2032, 5, 8))]


def test_the_weather_a_move_is_put_down_to_is_not_the_days() -> None:
    text = "The night resurfacing has been postponed to Jan. 27 because heavy snow is forecast."
    assert found(text, D(2032, 1, 14)) == [(D(2032, 1, 27), "postponed", None)]


def test_a_change_whose_new_date_is_still_to_come_moves_no_later_day() -> None:
    text = (
        "The open day at the depot, set for Saturday, Jan. 24, is cancelled. The agency will "
        "reschedule it for a date in the spring and will announce the new date on its website."
        "\n\nThe consultation on the bus plan closes Feb. 6."
    )
    assert (D(2032, 2, 6), "scheduled", None) in found(text, D(2032, 1, 14))


def test_a_weekday_naming_a_kind_of_service_is_no_day() -> None:
    assert triples("The change brings new Sunday service on Route 8.", D(2032, 1, 14)) == [
        ("Sunday", "SET", "XXXX-WXX-7")
    ]


def test_two_days_told_day_first_share_the_month_after_the_second() -> None:
    text = "The line will be closed on Saturday 15 and Sunday 16 January for track work."
    assert triples(text, D(2032, 12, 8))[:2] == [
        ("Saturday 15", "DATE", "2033-01-15"),
        ("Sunday 16 January", "DATE", "2033-01-16"),
    ]


def test_a_plan_called_off_in_the_past_keeps_its_nearest_year() -> None:
    # (written eight days after the day planned: not next year's)
    text = "A walkout planned for May 11 was called off at the last minute."
    assert triples(text, D(2032, 5, 19)) == [("May 11", "DATE", "2032-05-11")]


def test_a_measure_if_adopted_in_the_passive_is_proposed() -> None:
    text = "If adopted, the revised parking charges would apply from 1 July 2032."
    assert found(text, D(2032, 2, 7)) == [(D(2032, 7, 1), "proposed", None)]


def test_the_weather_of_a_day_is_no_commitment() -> None:
    text = "The coast is likely to swelter through its hottest day in years on Saturday."
    assert found(text, D(2032, 2, 8)) == []
    text = "Forecasters are forecasting the wettest day of the year on Saturday."
    assert found(text, D(2032, 2, 8)) == []


def test_on_or_after_a_day_starts_then_and_a_bounded_span_is_no_day() -> None:
    text = "The new water rates apply to bills issued on or after October 1, 2032."
    assert found(text, D(2032, 8, 11)) == [(D(2032, 10, 1), "scheduled", None)]
    text = "The district proposes that the rates apply on and after October 1, 2032."
    assert found(text, D(2032, 8, 11)) == [(D(2032, 10, 1), "proposed", None)]
    text = "Deadlines falling on or after Oct. 26, 2032, and on or before Nov. 1, 2032, are eased."
    assert D(2032, 10, 26) not in [due for due, _s, _p in found(text, D(2032, 10, 30))]


def test_a_day_before_a_span_it_is_told_with_stays_new_unless_marked_outright() -> None:
    text = "The envoy is due to brief lawmakers on Wednesday, a day later than originally planned."
    assert found(text, D(2032, 2, 23)) == [(D(2032, 2, 25), "postponed", D(2032, 2, 24))]
    text = "The derby will be played on Friday night instead of Saturday, moving it up a day."
    assert found(text, D(2032, 9, 8)) == [(D(2032, 9, 10), "advanced", D(2032, 9, 11))]


def test_a_weekday_with_its_day_of_the_month_before_unless() -> None:
    assert triples("The walkout will begin on Monday the 21st unless talks resume.", D(2032, 6, 9))[
        0
    ] == ("Monday the 21st", "DATE", "2032-06-21")


def test_a_trigger_told_as_without_a_measure_is_no_commitment() -> None:
    text = "Without a stopgap funding bill, a partial shutdown of the agency would begin Friday."
    assert found(text, D(2032, 9, 28)) == []
    text = "Without fanfare, the harbour council will meet on Friday."
    assert found(text, D(2032, 9, 28)) == [(D(2032, 10, 1), "scheduled", None)]


def test_a_statement_day_and_a_rejected_appeal_for_a_delay_change_nothing() -> None:
    text = (
        "New duties on imported steel take effect at 12:01 a.m. on Sunday, the trade ministry "
        "confirmed this morning, rejecting last-minute appeals from carmakers for a delay."
    )
    assert found(text, D(2032, 1, 20)) == [(D(2032, 1, 25), "scheduled", None)]


def test_a_move_whose_span_counts_its_old_day_keeps_it() -> None:
    text = (
        "The steel duties had been due to take effect on Sunday.\n\n"
        "The presidential runoff has been pushed back by one week, to the 8th of February."
    )
    assert (D(2032, 2, 8), "postponed", D(2032, 2, 1)) in found(text, D(2032, 1, 20))


def test_a_meeting_notice_rescheduled_to_a_labelled_day_takes_the_announced_one() -> None:
    text = (
        "PREVIOUSLY ANNOUNCED DATE AND TIME: Wednesday, June 9, 2032, 10:00 a.m.\n"
        "Meeting open to the public.\n\n"
        "THIS MEETING WAS RESCHEDULED TO: Thursday, June 10, 2032, 10:00 a.m.\n\n"
        "DATE AND TIME: Tuesday, June 15, 2032 at 10:00 a.m."
    )
    got = found(text, D(2032, 6, 7))
    assert (D(2032, 6, 10), "postponed", D(2032, 6, 9)) in got
    assert (D(2032, 6, 15), "scheduled", None) in got


def test_a_term_named_back_takes_the_day_the_sentence_before_gave_it() -> None:
    text = (
        "The March 3, 2032, rule also set a compliance date of August 16, 2032, for the new "
        "labels. The agency is now delaying that compliance date to October 18, 2032."
    )
    assert found(text, D(2032, 5, 2)) == [(D(2032, 10, 18), "postponed", D(2032, 8, 16))]


def test_near_misses_of_the_new_readings_stay_as_they_were() -> None:
    # (a term named back needs its qualifier and the day given to it; "said that the
    # deadline" names nothing back)
    text = (
        "The deadline for tax returns is April 15. The agency said that the deadline for "
        "hardship grant applications has been extended to May 30."
    )
    assert found(text, D(2032, 3, 13)) == [
        (D(2032, 4, 15), "scheduled", None),
        (D(2032, 5, 30), "extended", None),
    ]
    # (a move "again" of another kind of thing keeps its own kind)
    text = (
        "The election was postponed from May 1 to June 1. The deadline for postal vote "
        "applications was extended again, to July 1."
    )
    assert found(text, D(2032, 3, 13)) == [
        (D(2032, 6, 1), "postponed", D(2032, 5, 1)),
        (D(2032, 7, 1), "extended", None),
    ]
    # ("was ..., now" needs a day after "now")
    text = "The peak was March 3 - now cases are falling, and the ward reopens on April 2."
    assert found(text, D(2032, 3, 13)) == [(D(2032, 4, 2), "scheduled", None)]
    assert found("The final has been confirmed for Saturday.", D(2032, 3, 10)) == [
        (D(2032, 3, 13), "scheduled", None)
    ]
    text = "Applications must be submitted by April 1 and before any work begins."
    assert found(text, D(2032, 3, 10)) == [(D(2032, 4, 1), "scheduled", None)]
    text = "Without a deal in sight, negotiators will meet again on Friday."
    assert found(text, D(2032, 3, 10)) == [(D(2032, 3, 12), "scheduled", None)]
    text = "The target has shifted in recent years to 2 percent, and the bank meets on Thursday."
    assert found(text, D(2032, 3, 10)) == [(D(2032, 3, 11), "scheduled", None)]


def test_near_misses_of_the_new_tagger_readings() -> None:
    assert triples("In Friday trading, the Dow fell 200 points.", D(2032, 3, 10))[0][1:] == (
        "DATE",
        "2032-03-05",
    )
    assert triples("He was the one PM who refused to resign.", D(2032, 3, 10)) == []
    text = "The minister is believed to have quietly signed the order on Friday."
    assert triples(text, D(2032, 3, 10))[0][2] == "2032-03-05"
    assert [v for _t, _k, v in triples("extended by 12 months, 30 days later", D(2032, 3, 10))][
        :2
    ] == ["P12M", "P30D"]
    assert triples("The storm didn’t let up until early Sunday.", D(2032, 3, 10))[0][2] == (
        "2032-03-07"
    )


def test_table_cells_holding_paragraphs_stay_on_their_row() -> None:
    html = (
        "<table><tr><th>Stage</th><th>Original date</th><th>Revised date</th></tr>"
        "<tr><td><p>Polling day</p></td><td><p>25.03.2032</p></td><td>01.04.2032<br></td></tr>"
        "</table>"
    )
    text = html_to_text(html)
    assert text == "Stage | Original date | Revised date\nPolling day | 25.03.2032 | 01.04.2032"
    ruled = (
        "Stage | Original date | Revised date\n|---|---|---|\nPolling day | 25.03.2032 | 01.04.2032"
    )
    assert found(ruled, D(2032, 2, 20)) == [(D(2032, 4, 1), "postponed", D(2032, 3, 25))]
