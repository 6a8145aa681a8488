"""How far a change reaches, and other phrasings found by labelling reports written in other
words: a change told with its new date moves no other date of the document; a list of bare
dates after a change is its list; an event called off and held again later is put off, from
the day its possessive names; wire datelines with a state; the usual date of a recurring
thing; what is due has a deadline; the close of comments on a proposal is set; a trailing
attribution, an aside's "had", "unchanged" and "expect" in the tense of a date; and "the
quarter" told in the past."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found, triples

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the change gave its own new date: the next sentence's deadline is another thing
        (
            "Lenders agreed to extend the forbearance agreement to Jan. 20. The amended "
            "agreement requires the retailer to deliver a restructuring plan by Jan. 9.",
            D(2025, 12, 22),
            [(D(2026, 1, 20), "extended", None), (D(2026, 1, 9), "scheduled", None)],
        ),
        (
            "The county board moved the final to Saturday, July 19. Fans can ask for a refund "
            "until July 31, the board said.",
            D(2025, 7, 7),
            [(D(2025, 7, 19), "postponed", None), (D(2025, 7, 31), "scheduled", None)],
        ),
        # a change told without a day, then its day: the other dates of the notice stay put
        (
            "The agency is extending the comment period on its pipeline rule. The comment "
            "period now closes on March 14, 2025. Speakers must register by February 4, 2025.",
            D(2025, 1, 10),
            [(D(2025, 3, 14), "extended", None), (D(2025, 2, 4), "scheduled", None)],
        ),
        # a restatement on the new date, or a day inside a new date given loosely, is it
        (
            "The agency postponed the hearing until the end of February. The new hearing "
            "date is February 25.",
            D(2026, 1, 30),
            [(D(2026, 2, 28), "postponed", None), (D(2026, 2, 25), "postponed", None)],
        ),
    ],
)
def test_a_change_with_its_own_date_moves_no_other_date(
    text: str, published: dt.date, expected: list
) -> None:
    assert found(text, published) == expected


def test_a_list_of_bare_dates_after_a_change_is_its_list() -> None:
    text = (
        "The council will postpone its monthly calls, beginning with March 4, 2026, until "
        "further notice. This notice applies to the following dates:\n"
        "March 4, 2026;\nApril 1, 2026;\nMay 6, 2026."
    )
    statuses = {due: status for due, status, _prev in found(text, D(2026, 2, 20))}
    assert statuses == {
        D(2026, 3, 4): "postponed",
        D(2026, 4, 1): "postponed",
        D(2026, 5, 6): "postponed",
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The launch company called off Thursday's flight a minute before liftoff and said "
            "it would try again on Sunday.",
            D(2025, 3, 14),
            [(D(2025, 3, 16), "postponed", D(2025, 3, 13))],
        ),
        (
            "Sunday's semi-final was abandoned after rain flooded the ground, and the board "
            "said the match would be replayed on Thursday.",
            D(2025, 7, 7),
            [(D(2025, 7, 10), "postponed", D(2025, 7, 6))],
        ),
        (
            "Thursday's derby was postponed because of fog and has been rearranged for "
            "Wednesday, Jan. 21.",
            D(2026, 1, 1),
            [(D(2026, 1, 21), "postponed", D(2026, 1, 1))],
        ),
    ],
)
def test_called_off_and_held_again_later_is_put_off(
    text: str, published: dt.date, expected: list
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    "dateline",
    ["NEWARK, N.J., Oct 17 —", "CAPE CANAVERAL, Fla., Oct 17 —", "TULSA, Okla., Oct 17, 2025 --"],
)
def test_a_dateline_with_its_state_is_no_commitment(dateline: str) -> None:
    text = f"{dateline} The hearing is scheduled for Dec. 4."
    assert found(text, D(2025, 10, 17)) == [(D(2025, 12, 4), "scheduled", None)]


def test_the_usual_date_of_a_recurring_deadline_is_the_old_one() -> None:
    text = (
        "The county said the first property tax installment, normally due November 1, will "
        "now be due December 2."
    )
    assert found(text, D(2025, 10, 3)) == [(D(2025, 12, 2), "extended", D(2025, 11, 1))]


def test_what_is_due_moved_later_is_extended() -> None:
    text = "Payments that were due on Jan. 31 will now be accepted through Feb. 14."
    assert found(text, D(2025, 1, 27)) == [(D(2025, 2, 14), "extended", D(2025, 1, 31))]


@pytest.mark.parametrize(
    "text",
    [
        "Businesses may submit written comments on the proposed levy until Sept. 26.",
        "Written comments on the draft plan are due Sept. 26.",
    ],
)
def test_the_close_of_comments_on_a_proposal_is_set(text: str) -> None:
    assert found(text, D(2025, 8, 29)) == [(D(2025, 9, 26), "scheduled", None)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a trailing attribution is when it was said, not when the meeting is
        (
            "The board's following meeting, on Feb. 19, is unchanged, a spokesman said.",
            D(2025, 12, 31),
            [(D(2026, 2, 19), "scheduled", None)],
        ),
        # the "had" of an aside is not the clause's
        (
            "The chairmen's meeting, which had been set for Jan. 8, was brought forward to Monday.",
            D(2026, 1, 1),
            [(D(2026, 1, 5), "advanced", D(2026, 1, 8))],
        ),
    ],
)
def test_the_clause_that_governs_a_date(text: str, published: dt.date, expected: list) -> None:
    assert found(text, published) == expected


def test_an_expectation_looks_ahead_past_a_participle() -> None:
    text = (
        "By early July, engineers expect the pictures to be sharper than any ever "
        "captured by the old telescope."
    )
    assert triples(text, D(2015, 4, 20)) == [("early July", "DATE", "2015-07")]


def test_the_quarter_told_in_the_past_is_one_already_over() -> None:
    text = (
        "The company said its profit rose in the third quarter but warned of slower sales in "
        "the fourth quarter. Net income for the quarter was $412 million, up from $349 "
        "million a year earlier."
    )
    assert triples(text, D(2011, 10, 25)) == [
        ("the third quarter", "DATE", "2011-Q3"),
        ("the fourth quarter", "DATE", "2011-Q4"),
        ("the quarter", "DATE", "2011-Q3"),
        ("a year earlier", "DATE", "2010-Q3"),
    ]


def test_a_plan_in_an_aside_before_a_new_date_is_the_old_one() -> None:
    text = "The budget session, set for Tuesday evening, will now be held Thursday, January 9."
    assert found(text, D(2025, 1, 5)) == [(D(2025, 1, 9), "postponed", D(2025, 1, 7))]


def test_a_day_that_ran_its_course_beside_no_longer_is_past() -> None:
    text = (
        "The merger no longer faces an antitrust hurdle: the waiting period expired on "
        "Dec. 19 without a request for more information."
    )
    assert found(text, D(2025, 12, 29)) == [(D(2025, 12, 19), "occurred", None)]


def test_shelves_the_noun_calls_nothing_off() -> None:
    text = "Stores must remove the heaters from shelves no later than Monday, November 24, 2025."
    assert found(text, D(2025, 11, 20)) == [(D(2025, 11, 24), "scheduled", None)]
