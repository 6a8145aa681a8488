"""Forms found by labelling notices and reports written in other words than the development
set's: British clock times and day-first dates after a time, a weekday that fixes the year of
an old date, datelines closed by a colon, the verb an infinitive hangs on, an aside or a
reported clause in the tense of a date, "now" and "the new date" that mark no new date, a
generic "every delay", a proposal with its old date, a fortnight, and a year far from the
document's that is not the year in view."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found, triples

from deadlines.extract import extract_commitments

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a clock time before a day-first date: the date is its own expression, the time's day
        (
            "Postal ballots must arrive by noon on Thursday 11 June.",
            D(2026, 6, 1),
            [("noon", "TIME", "2026-06-11T12:00"), ("Thursday 11 June", "DATE", "2026-06-11")],
        ),
        # British clock times with a dot
        (
            "On 2 May the ferry leaves at 8.15am and returns at 5.45pm.",
            D(2026, 4, 20),
            [
                ("2 May", "DATE", "2026-05-02"),
                ("8.15am", "TIME", "2026-05-02T08:15"),
                ("5.45pm.", "TIME", "2026-05-02T17:45"),
            ],
        ),
        # "as planned" after the date compares; the clause's present verb looks ahead
        (
            "The second stage goes ahead on 12 October as planned.",
            D(2026, 9, 1),
            [("12 October", "DATE", "2026-10-12")],
        ),
        # a fortnight is two weeks; "1,200" is one number
        (
            "The panel will report within a fortnight on a record unseen in 1,300 years.",
            D(2026, 9, 1),
            [("within a fortnight", "DURATION", "P2W")],
        ),
        # a year far from the document's, told in an aside, is not the year in view
        (
            "The bakery, which opened in 1904, said it would shut its last shop by the end "
            "of the year.",
            D(2026, 9, 1),
            [("1904", "DATE", "1904"), ("the end of the year", "DATE", "2026")],
        ),
        # after "that", the date is the subject of a clause with its own verb
        (
            "The forecaster warned that February could bring heavy snow.",
            D(2026, 12, 30),
            [("February", "DATE", "2027-02")],
        ),
        # "a hearing expected to last": a participle after a noun, no past verb
        (
            "Senators come back on Feb. 3 for a hearing expected to run two days.",
            D(2026, 1, 20),
            [("Feb. 3", "DATE", "2026-02-03"), ("two days", "DURATION", "P2D")],
        ),
        # a clause reported without "that" has its own verb
        (
            "The chief executive said sales over Easter would be decisive.",
            D(2026, 2, 10),
            [("Easter", "DATE", "2026-04-05")],
        ),
    ],
)
def test_the_tagger_reads_these_forms(text: str, published: dt.date, expected: list) -> None:
    assert triples(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekday of the old date fixes its year: the match comes two days earlier
        (
            "The cup tie, originally set for Saturday, 16 May, will now be played on "
            "Thursday, 14 May.",
            D(2026, 5, 2),
            [(D(2026, 5, 14), "advanced", D(2026, 5, 16))],
        ),
        # a plan told in the future of the past ("were to close on") is the old date
        (
            "Tax offices that were to stop taking paper forms on March 31 will now keep taking them until "
            "April 14.",
            D(2026, 3, 2),
            [(D(2026, 4, 14), "extended", D(2026, 3, 31))],
        ),
        # a dateline closed by a colon is no commitment
        (
            "CHENNAI, May 4: Organisers on Sunday announced changes to two league matches "
            "because of the polls.",
            D(2026, 5, 4),
            [],
        ),
        # the verb an infinitive hangs on tells the status, not the infinitive's event
        (
            "The levy is proposed to take effect on 1 October 2026.",
            D(2026, 3, 2),
            [(D(2026, 10, 1), "proposed", None)],
        ),
        (
            "Engineers expect the new bridge to open on Monday, 7 September.",
            D(2026, 8, 3),
            [(D(2026, 9, 7), "expected", None)],
        ),
        # a year in the possessive calls off no day of its own
        (
            "The committee has scrapped this year's regatta, which was due on Saturday 8 August.",
            D(2026, 6, 1),
            [(D(2026, 8, 8), "cancelled", None)],
        ),
        # an aside's past verb does not make the main clause's date past
        (
            "A review of bus fares, which began last month, closes on 9 December.",
            D(2026, 11, 20),
            [(D(2026, 12, 9), "scheduled", None)],
        ),
        # a proposal to move a date stays a proposal, from the day it would move from
        (
            "The ministry on Tuesday proposed moving the start of the rules to 1 March 2028 "
            "from 1 September 2027. The cabinet will discuss it on 3 December.",
            D(2026, 11, 18),
            [(D(2028, 3, 1), "proposed", None), (D(2026, 12, 3), "scheduled", None)],
        ),
    ],
)
def test_commitments_of_these_forms(text: str, published: dt.date, expected: list) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "open now through": a state at present, not a date told as new
        (
            "Parent meetings have been brought forward to Monday 9 March. Sign-up is open "
            "now through the school app and closes at 4pm on Thursday 5 March.",
            D(2026, 2, 16),
            [(D(2026, 3, 9), "advanced", None), (D(2026, 3, 5), "scheduled", None)],
        ),
        # "on the new date" names the other date; the refund window is its own
        (
            "The concert has been put back to Friday 12 March. Fans who cannot come on the "
            "new date can ask for a refund until Monday 1 March.",
            D(2027, 2, 15),
            [(D(2027, 3, 12), "postponed", None), (D(2027, 3, 1), "scheduled", None)],
        ),
        # "every delay": delays in general move no date
        (
            'Consultation on the guidance closes on 4 December. "Every delay costs us '
            'customers," a retailer said.',
            D(2026, 11, 20),
            [(D(2026, 12, 4), "scheduled", None)],
        ),
    ],
)
def test_no_change_reaches_these_dates(text: str, published: dt.date, expected: list) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day of the saying stays past, whatever the reported clause says after it
        (
            "The carmaker said in a statement Monday it would cut 300 jobs.",
            D(2026, 2, 13),
            [("Monday", "DATE", "2026-02-09")],
        ),
        # a date heading its clause: "members of the board voted" is a finite verb
        (
            "On Friday, members of the board voted to close the plant.",
            D(2026, 2, 11),
            [("Friday", "DATE", "2026-02-06")],
        ),
        # a year after the document's is the year in view
        (
            "The bank expects prices to settle in 2029 and to fall by the end of the year.",
            D(2026, 3, 4),
            [("2029", "DATE", "2029"), ("the end of the year", "DATE", "2029")],
        ),
        # "would have" after "that" tells what did not happen
        (
            "She conceded that Friday would have been too late.",
            D(2026, 2, 10),
            [("Friday", "DATE", "2026-02-06")],
        ),
    ],
)
def test_where_these_readings_do_not_apply(text: str, published: dt.date, expected: list) -> None:
    assert triples(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Dockers will be put back to work on Monday, 11 May.", D(2026, 5, 1), "scheduled"),
        ("Both heats were called off. Each was postponed to 5 June.", D(2026, 5, 1), "postponed"),
        ("Key dates, May 29: bids close for the ferry contract.", D(2026, 5, 28), "scheduled"),
        (
            "The poll, first set for Sun., May 17, will now be held on Fri., May 15.",
            D(2026, 5, 1),
            "advanced",
        ),
    ],
)
def test_these_change_words_keep_their_reach(text: str, published: dt.date, expected: str) -> None:
    assert [str(c[1]) for c in found(text, published)] == [expected]


def test_a_day_written_out_is_the_evidence_of_a_day_counted_from_a_shift() -> None:
    text = (
        "LONDON, 5 March — A vote on the bus lane scheme has been pushed back by a fortnight "
        "after members asked for more time. The board had been due to decide the matter on "
        "Tuesday 10 March. It will now meet on 24 March, the council said."
    )
    (c,) = extract_commitments(text, D(2026, 3, 5))
    assert (c.due, str(c.status), c.previous_due) == (D(2026, 3, 24), "postponed", D(2026, 3, 10))
    assert c.evidence.startswith("It will now meet on 24 March")
