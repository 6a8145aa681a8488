"""Forms found by labelling wire reports on diplomacy, trade and public affairs, and official
notices, written in other words: a change aimed at or named, not made; reports and findings
released; a request to another; old plans told by a span, a past plan, the next paragraph or
an adjective; two clauses with two changes; two things on one day; the earliest day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date


def test_a_change_aimed_at_or_named_is_no_change() -> None:
    # averting is the aim of the race, not a change of the deadline
    aim = "Lead line.\n\nLawmakers have until midnight Friday to avert a shutdown of the agencies."
    assert found(aim, D(2018, 1, 16)) == [(D(2018, 1, 19), "scheduled", None)]
    # a change word inside a name changes nothing
    name = (
        "Lead line.\n\nWork permits issued under the Deferred Enforcement for Young Farmers "
        "program begin to lapse on March 5, officials said."
    )
    assert found(name, D(2018, 1, 16)) == [(D(2018, 3, 5), "scheduled", None)]
    # a change ruled out is none
    ruled_out = "Lead line.\n\nThe minister will leave office on Friday. She has ruled out extending her term."
    assert found(ruled_out, D(2020, 1, 29)) == [(D(2020, 1, 31), "scheduled", None)]
    # control: an averted strike is called off
    averted = "Lead line.\n\nThe strike planned for May 7 was averted after a late deal."
    assert found(averted, D(2012, 5, 2)) == [(D(2012, 5, 7), "cancelled", None)]


def test_results_and_findings_released_are_no_commitments() -> None:
    assert (
        found(
            "Lead line.\n\nThe board will release final, certified tallies and results on Friday.",
            D(2019, 6, 20),
        )
        == []
    )
    assert (
        found(
            "Lead line.\n\nThe monitors are due to present their preliminary findings on Tuesday, May 12.",
            D(2026, 5, 5),
        )
        == []
    )
    # control: the vote itself is a commitment
    assert found("Lead line.\n\nThe runoff will be held on Sunday, Aug. 11.", D(2019, 6, 20)) == [
        (D(2019, 8, 11), "scheduled", None)
    ]


def test_proposals_handed_in_and_requests_to_another() -> None:
    tabled = "Lead line.\n\nMembers have until the end of the month to table proposals on farm subsidies."
    assert found(tabled, D(2017, 3, 8)) == [(D(2017, 3, 31), "scheduled", None)]
    asked = (
        "Lead line.\n\nTwo parties urged the board to keep the rolls open until the end of April."
    )
    assert found(asked, D(2024, 3, 1)) == [(D(2024, 4, 30), "proposed", None)]


def test_an_old_date_moved_by_a_span_is_read_near_the_text() -> None:
    text = (
        "Lead line.\n\nThe waiver now runs until June 1. It was first due to lapse May 1 before "
        "officials extended it by a month."
    )
    assert found(text, D(2018, 5, 13)) == [(D(2018, 6, 1), "extended", D(2018, 5, 1))]


def test_newly_elected_is_no_new_date() -> None:
    text = (
        "Lead line.\n\nThe waiver now runs until June 1 after officials extended it by a month."
        "\n\nThe newly elected council will hold its first sitting on May 22."
    )
    assert (D(2018, 5, 22), "scheduled", None) in found(text, D(2018, 5, 13))


def test_a_lede_date_moved_by_the_next_paragraphs_old_plan() -> None:
    text = (
        "Lead line.\n\nThe country will leave the bloc on Friday.\n\nIts departure had last been "
        "set for October 31 before leaders granted a further extension."
    )
    assert found(text, D(2020, 1, 29)) == [(D(2020, 1, 31), "extended", D(2019, 10, 31))]


def test_a_plan_called_off_is_the_old_date_of_the_thing_put_off() -> None:
    text = (
        "Lead line.\n\nA vaccination drive, postponed last month because of threats, will "
        "start next Monday.\n\nThe drive had been planned for Jan. 20 but was called off."
    )
    assert found(text, D(2014, 2, 10)) == [(D(2014, 2, 17), "postponed", D(2014, 1, 20))]


def test_a_written_old_date_wins_over_one_counted_from_a_span() -> None:
    text = (
        "Lead line.\n\nClasses will begin on Sept. 8, a week later than planned. The district "
        "had been scheduled to open Aug. 31."
    )
    assert found(text, D(2020, 8, 14)) == [(D(2020, 9, 8), "postponed", D(2020, 8, 31))]


def test_a_new_date_told_before_the_move() -> None:
    text = "Lead line.\n\nThe opening game will now be played July 3, after organizers moved the event up a week."
    assert found(text, D(2021, 6, 22)) == [(D(2021, 7, 3), "advanced", D(2021, 7, 10))]


def test_a_move_told_by_its_old_date_then_the_new_one() -> None:
    text = (
        "Lead line.\n\nThe sides agreed on May 12 to extend a ceasefire that had been due to end "
        "that day. The truce now runs until the end of June."
    )
    assert (D(2019, 6, 30), "extended", D(2019, 5, 12)) in found(text, D(2019, 6, 2))


def test_two_clauses_with_two_changes() -> None:
    text = (
        "Lead line.\n\nOfficials cancelled early voting for Monday and said the voting period, "
        "which was to end Thursday, Nov. 1, would be extended by one day, to Friday, Nov. 2."
    )
    assert sorted(found(text, D(2012, 10, 27))) == [
        (D(2012, 10, 29), "cancelled", None),
        (D(2012, 11, 2), "extended", D(2012, 11, 1)),
    ]
    # control: called off and held again is one move
    again = (
        "Lead line.\n\nThe crew called off Thursday's flight and said it would try again on Sunday."
    )
    assert found(again, D(2025, 3, 14)) == [(D(2025, 3, 16), "postponed", D(2025, 3, 13))]


def test_the_earliest_day_is_a_forecast() -> None:
    text = "Lead line.\n\nThe Treasury could run out of cash as soon as June 1."
    assert found(text, D(2023, 5, 1)) == [(D(2023, 6, 1), "expected", None)]


def test_two_things_on_one_day_when_the_second_is_brought_in() -> None:
    text = (
        "Lead line.\n\nThe four leaders are expected to meet in Minsk on Wednesday.\n\n"
        "Finance ministers hold an emergency meeting in Brussels on Wednesday."
    )
    assert sorted(found(text, D(2015, 2, 10)), key=str) == [
        (D(2015, 2, 11), "expected", None),
        (D(2015, 2, 11), "scheduled", None),
    ]
    # control: the summit named again is the same thing
    again = (
        "Lead line.\n\nThe four leaders are expected to meet in Minsk on Wednesday.\n\n"
        "The summit on Wednesday follows weeks of fighting."
    )
    assert len(found(again, D(2015, 2, 10))) == 1


def test_the_original_date_named_after_the_day() -> None:
    text = "Lead line.\n\nElections will now be held on March 28, six weeks after the original February 14 date."
    assert found(text, D(2015, 2, 10)) == [(D(2015, 3, 28), "postponed", D(2015, 2, 14))]


def test_a_request_answered_since_weighs_on_nothing() -> None:
    text = (
        "Lead line.\n\nCampaigning will open on Nov. 20.\n\nOpposition parties, which had "
        "called for a delay of six months, said the timetable did not go far enough."
    )
    assert found(text, D(2009, 10, 25)) == [(D(2009, 11, 20), "scheduled", None)]


def test_notices_off_for_good_tolled_and_moved_from_one_day_to_another() -> None:
    off = (
        "Lead line.\n\nThe Commission will announce a new date for the vote in a separate "
        "notice. The meeting set for January 15, 2019 is also cancelled. Its matters will not "
        "be rescheduled."
    )
    assert found(off, D(2019, 1, 9)) == [(D(2019, 1, 15), "cancelled", None)]
    tolled = (
        "Lead line.\n\nThe final determination, which had been due January 14, 2019, is tolled "
        "for the duration of the lapse."
    )
    assert found(tolled, D(2019, 1, 9)) == [(D(2019, 1, 14), "extended", None)]
    moved = (
        "Lead line.\n\nThe agency is proposing to move the date by which producers must file "
        "their first yearly statement on water use from March 31, 2027, to March 31, 2029."
    )
    assert found(moved, D(2026, 1, 7)) == [(D(2029, 3, 31), "proposed", None)]
