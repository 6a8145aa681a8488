"""Clock times in words, weekdays counted a week on, events told in the simple present
before a bare weekday, and the year of an old date told beside its new one."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract.timex import find_temporal_expressions

D = dt.date


def _tagged(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_temporal_expressions(text, published)]


def test_a_clock_time_in_words_belongs_to_its_day() -> None:
    text = "The walkout was due to start at six o'clock on Monday, but was called off today."
    assert ("six o'clock on Monday", "2041-04-15T06:00") in _tagged(text, D(2041, 4, 12))
    assert found(text, D(2041, 4, 12)) == [(D(2041, 4, 15), "cancelled", None)]
    text = "The ring road reopens at 10 o'clock in the evening on Friday."
    assert _tagged(text, D(2041, 4, 10)) == [
        ("10 o'clock in the evening on Friday", "2041-04-12T22:00")
    ]


def test_a_week_from_a_weekday_is_that_weekday_a_week_on() -> None:
    text = "The regulator will hold a roundtable on the proposal a week from Thursday."
    assert found(text, D(2041, 4, 9)) == [(D(2041, 4, 18), "scheduled", None)]


def test_an_event_told_in_the_simple_present_before_a_bare_weekday_is_ahead() -> None:
    # written on a Thursday: Monday is the one to come
    for text in ("Talks with the mediator resume Monday.", "Talks begin Monday in Lyon."):
        assert found(text, D(2041, 4, 11)) == [(D(2041, 4, 15), "scheduled", None)]
    # a past verb still places it behind
    assert found("Talks with the mediator resumed Monday.", D(2041, 4, 11)) == [
        (D(2041, 4, 8), "occurred", None)
    ]


def test_an_old_date_beside_its_new_one_is_read_in_the_year_near_both() -> None:
    text = (
        "The largest lenders must now file their recovery plans by 30 September, rather than "
        "31 December as originally planned, the regulator said."
    )
    assert found(text, D(2041, 6, 5)) == [(D(2041, 9, 30), "advanced", D(2041, 12, 31))]
    # an old date gone by a little before the time of writing stays in its year
    text = "The vote, originally planned for 3 March, will now be held on 5 June."
    assert found(text, D(2041, 4, 20)) == [(D(2041, 6, 5), "postponed", D(2041, 3, 3))]


def test_a_participle_joined_to_one_after_be_is_no_past() -> None:
    text = (
        "The board will hold a public meeting on how local news should be defined and "
        "measured on Feb. 12."
    )
    assert found(text, D(2041, 1, 8)) == [(D(2041, 2, 12), "scheduled", None)]


def test_a_term_counted_to_a_weekend_rolls_over_to_the_monday_the_text_writes() -> None:
    text = (
        "The comment period, which was scheduled to close on October 25, 2041, is extended "
        "by 30 days. Comments must be received by November 25, 2041."
    )
    # October 25 and 30 days is Sunday, November 24: the text gives the Monday after
    assert found(text, D(2041, 10, 18)) == [(D(2041, 11, 25), "extended", D(2041, 10, 25))]
    # a Monday of another thing stays apart from the counted Saturday
    text = (
        "The comment period, which was scheduled to close on October 25, 2041, is extended "
        "by 30 days. The board meets on November 25, 2041."
    )
    assert len(found(text, D(2041, 10, 18))) == 2
