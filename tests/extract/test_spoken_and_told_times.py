"""Forms found by labelling news and newscasts of our own writing for temporal expressions:
an hour in words, a length told in parts with commas, a weekday after "did not ... until" or
after a verb that lasted "through" it, a compound adjective ending in a participle, and a
result still ahead in "hoped to have the fire contained by Sunday"."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import triples

D = dt.date


def test_an_hour_in_words_is_a_clock_time() -> None:
    assert triples("The alarm sounded at three a.m. Tuesday.", D(2031, 3, 4)) == [
        ("three a.m. Tuesday", "TIME", "2031-03-04T03:00")
    ]
    assert triples("one of the two ferries", D(2031, 3, 4)) == []


def test_a_length_told_in_parts_with_commas_is_one() -> None:
    assert triples("She won in 2 hours, 19 minutes and 4 seconds.", D(2031, 3, 4)) == [
        ("2 hours, 19 minutes and 4 seconds", "DURATION", "PT2H19M4S")
    ]
    # (a smaller unit first is two lengths)
    assert (
        len(triples("It took 40 minutes, 2 hours of which were spent waiting.", D(2031, 3, 4))) == 2
    )


def test_a_weekday_after_did_not_until_or_a_verb_that_lasted_through_it_is_past() -> None:
    # (written on a Monday)
    assert triples("The rain did not ease until late Saturday.", D(2031, 3, 10))[0][2] == (
        "2031-03-08"
    )
    assert triples("Volunteers worked through Saturday night.", D(2031, 3, 10))[0][2] == (
        "2031-03-08TNI"
    )
    assert triples("The shelter will stay open through Saturday.", D(2031, 3, 10))[0][2] == (
        "2031-03-15"
    )


def test_a_participle_ending_a_compound_adjective_is_no_past_verb() -> None:
    text = "The minister is expected to tour the worst-hit villages Thursday."
    assert triples(text, D(2031, 3, 10)) == [("Thursday", "DATE", "2031-03-13")]


def test_a_result_hoped_for_by_a_day_is_still_ahead() -> None:
    text = "Officials said they hoped to have the road reopened by Sunday."
    assert triples(text, D(2031, 3, 13)) == [("Sunday", "DATE", "2031-03-16")]
    # (a perfect infinitive with no object is past)
    assert triples("He was said to have left on Monday.", D(2031, 3, 13))[0][2] == "2031-03-10"


def test_a_clock_time_after_a_reported_forecast_is_of_the_story_day() -> None:
    text = (
        "The storm could come ashore late Saturday or early Sunday, forecasters said. "
        "At 5 a.m. EDT, its center was about 300 miles offshore."
    )
    values = [v for _t, _k, v in triples(text, D(2031, 9, 19))]
    assert "2031-09-19T05:00" in values
