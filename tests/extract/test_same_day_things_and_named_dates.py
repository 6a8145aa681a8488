"""Several things due on one day, moves of a date named by what it is ("the applicability
date"), and years that are part of a name ("the Water Code of 1974")."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import extract_commitments

D = dt.date


def _evidence(text: str, published: dt.date) -> list[str]:
    return [" ".join(c.evidence.split()) for c in extract_commitments(text, published)]


def test_a_further_thing_on_a_day_told_with_also_or_that_date_is_its_own_commitment() -> None:
    text = (
        "The county will close the Elm Street bridge on March 15 for repairs. The ferry "
        "service will also end on that date, the council said."
    )
    got = _evidence(text, D(2034, 3, 6))
    assert len(got) == 2 and got[1].startswith("The ferry service")
    text = "Voter registration ends on Friday. Candidates must also file their papers by Friday."
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 10), "scheduled", None)] * 2
    text = "New port fees take effect on May 2. Shipping lines said surcharges would start the same day."
    assert len(found(text, D(2034, 4, 20))) == 2
    text = "The county will close the bridge on March 15. Also on March 15, the ferry timetable changes."
    assert len(found(text, D(2034, 3, 6))) == 2


def test_a_restatement_told_with_also_said_stays_one_commitment() -> None:
    text = (
        "Elm Street bridge to close March 15\n\n"
        "The county will close the Elm Street bridge on March 15 for repairs. The county also "
        "confirmed on Monday that the bridge would close on March 15."
    )
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 15), "scheduled", None)]
    text = (
        "The county will close the Elm Street bridge on March 15 for repairs. The council has "
        "also told residents the bridge will shut on March 15."
    )
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 15), "scheduled", None)]


def test_a_proposed_move_by_a_span_leaves_the_date_in_force_told_after_it() -> None:
    text = (
        "This notice proposes to extend for 60 days the applicability date of the reporting "
        "rule. The rule has an applicability date of April 10, 2034."
    )
    assert found(text, D(2034, 3, 2)) == [(D(2034, 4, 10), "proposed", None)]
    # told as the day it would move to, it is the new one
    text = (
        "This notice proposes to extend for 60 days the applicability date of the rule. "
        "The rule would then apply from June 9, 2034."
    )
    assert found(text, D(2034, 3, 2)) == [(D(2034, 6, 9), "proposed", None)]


def test_every_date_named_as_the_one_moved_takes_the_proposal() -> None:
    text = (
        "The board proposes to delay by 90 days the applicability date of the disclosure rule "
        "and of the related exemptions. The rule has an applicability date of July 1, 2034. "
        "The exemptions also have applicability dates of July 1, 2034."
    )
    assert found(text, D(2034, 5, 2)) == [(D(2034, 7, 1), "proposed", None)] * 2


def test_a_year_naming_a_law_does_not_make_the_sentence_history() -> None:
    text = (
        "This notice proposes to extend for 60 days the applicability date of rules made under "
        "the Water Code of 1974. The rules have an applicability date of April 10, 2034."
    )
    assert found(text, D(2034, 3, 2)) == [(D(2034, 4, 10), "proposed", None)]


def test_a_weekday_named_as_the_day_of_writing_is_a_week_on_when_the_text_dates_it_so() -> None:
    text = (
        "The envoy wants to open the border talks on Monday, though no delegation has yet "
        "confirmed.\n\nThe March 13 session in Vienna is the first in a year."
    )
    # written on Monday, March 6: "on Monday" is the Monday the text writes out
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 13), "scheduled", None)]
    # with no day written out, the day of writing stays
    text = "The envoy wants to open the border talks on Monday in Vienna."
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 6), "scheduled", None)]
    # and a day told in the past is the day of writing whatever the text gives
    text = "The envoy said on Monday that the talks would open on March 13."
    assert found(text, D(2034, 3, 6)) == [(D(2034, 3, 13), "scheduled", None)]


def test_a_change_in_the_matter_an_event_is_held_on_is_not_the_events() -> None:
    text = "MPs will vote on the regulations needed to extend the scheme on Jan. 10."
    assert found(text, D(2034, 12, 20)) == [(D(2035, 1, 10), "scheduled", None)]
    text = "The board will vote Aug. 26 on a revised budget that pushes back the opening."
    assert found(text, D(2034, 8, 1)) == [(D(2034, 8, 26), "scheduled", None)]
    # a day the change itself goes to stays the change's, only proposed
    text = "The council will vote on Tuesday on a bill that would delay the ban to March 1."
    got = found(text, D(2034, 2, 20))
    assert (D(2034, 2, 21), "scheduled", None) in got
    assert (D(2034, 3, 1), "proposed", None) in got


def test_the_day_of_an_event_told_as_moved_is_its_old_day() -> None:
    # written on Thursday, February 23: the meeting on Monday (the 20th) moved to Friday
    for text in (
        "The meeting on Monday was postponed to Friday.",
        "The hearing on Monday has been moved to Friday.",
    ):
        assert found(text, D(2034, 2, 23)) == [(D(2034, 2, 24), "postponed", D(2034, 2, 20))]
    # the council's own day of acting stays no commitment of the moved thing
    text = "The council on Monday postponed the vote to Friday."
    assert found(text, D(2034, 2, 23)) == [(D(2034, 2, 24), "postponed", None)]


def test_a_day_pointed_back_to_for_the_same_thing_is_a_restatement() -> None:
    text = (
        "The customs truce between the two blocs expires on May 10.\n\n"
        "The trade minister said she expects the truce to be extended beyond that date."
    )
    assert found(text, D(2034, 4, 26)) == [(D(2034, 5, 10), "expected", None)]
