"""Which plain dates of a document take the status of a change it tells elsewhere: a
restatement of the changed plan does, another plan of the same report does not."""

from __future__ import annotations

import datetime as dt

from deadlines.extract import extract_commitments

PUB = dt.date(2031, 10, 26)

REPORT = (
    "The harbour board said on Thursday it would postpone a rise in mooring fees, which had "
    "been due on November 1, until January 15.\n\n"
    'The board approved the delay after shipping lines complained. "We listened," its chair '
    "said.\n\n"
    "A consultation on the wider tariff review will close on December 5, and the board will "
    "meet again on December 12 to weigh the replies."
)


def statuses(text: str) -> dict[dt.date | None, str]:
    return {c.due: c.status for c in extract_commitments(text, PUB)}


def test_other_plans_of_the_report_keep_their_own_status() -> None:
    found = statuses(REPORT)
    assert found[dt.date(2032, 1, 15)] == "postponed"
    assert found[dt.date(2031, 12, 5)] == "scheduled"
    assert found[dt.date(2031, 12, 12)] == "scheduled"


def test_a_fee_is_a_tariff() -> None:
    (moved,) = [c for c in extract_commitments(REPORT, PUB) if c.status == "postponed"]
    assert moved.kind == "tariff"
    assert moved.previous_due == dt.date(2031, 11, 1)


def test_the_next_sentence_restates_an_undated_change() -> None:
    text = (
        "The period for deciding on this request is hereby extended by 12 working days. "
        "The final deadline therefore expires on 29 November 2031."
    )
    assert statuses(text)[dt.date(2031, 11, 29)] == "extended"


def test_a_request_named_as_a_thing_does_not_make_the_change_a_proposal() -> None:
    text = "The time for deciding on this request is extended until 29 November 2031."
    assert statuses(text)[dt.date(2031, 11, 29)] == "extended"
    asked = "The company filed a request to extend the deadline until 29 November 2031."
    assert statuses(asked)[dt.date(2031, 11, 29)] == "proposed"
