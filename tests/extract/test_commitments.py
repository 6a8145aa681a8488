"""Commitment extraction on short hand-written reports."""

from __future__ import annotations

import datetime as dt

from deadlines.extract import Commitment, extract_commitments
from deadlines.model import Status

PUB = dt.date(2025, 10, 26)  # a Sunday


def only(text: str, title: str | None = None, published: dt.date = PUB) -> Commitment:
    found = [c for c in extract_commitments(text, published, title) if c.status != "occurred"]
    assert len(found) == 1, found
    assert found[0].status in Status
    return found[0]


def test_pushed_back_with_previous_date() -> None:
    c = only(
        "Brussels pushed back its deforestation rules to December 30, 2026, from December 30, 2025."
    )
    assert (c.status, c.due, c.previous_due) == (
        "postponed",
        dt.date(2026, 12, 30),
        dt.date(2025, 12, 30),
    )
    assert c.kind == "rule"
    assert c.actors == ("European Union",)


def test_brought_forward() -> None:
    c = only("The Federal Reserve brought forward its policy meeting to November 3.")
    assert (c.status, c.due, c.kind) == ("advanced", dt.date(2025, 11, 3), "meeting")
    assert "Federal Reserve" in c.actors


def test_extended_until() -> None:
    c = only("Both sides agreed to extend the ceasefire until January 15.")
    assert (c.status, c.due, c.kind) == ("extended", dt.date(2026, 1, 15), "truce")


def test_hedged_vote_is_proposed() -> None:
    c = only("Lawmakers could vote on the bill on Friday.")
    assert (c.status, c.due, c.kind) == ("proposed", dt.date(2025, 10, 31), "vote")


def test_takes_effect_is_scheduled() -> None:
    c = only("The new reporting rules take effect on January 1.")
    assert (c.status, c.due, c.kind) == ("scheduled", dt.date(2026, 1, 1), "rule")


def test_deadline_by_end_of_month_is_last_day() -> None:
    c = only("Companies must file the reports by the end of the month.")
    assert c.due == dt.date(2025, 10, 31)
    assert c.status == "scheduled"


def test_past_ruling_is_occurred_not_scheduled() -> None:
    found = extract_commitments("The court ruled on Tuesday that the levies were unlawful.", PUB)
    assert found and all(c.status == "occurred" for c in found)
    assert found[0].due == dt.date(2025, 10, 21)


def test_title_is_read_as_a_sentence() -> None:
    c = only("No dates appear in this body.", title="Leaders to hold summit on December 4")
    assert (c.kind, c.due, c.status) == ("meeting", dt.date(2025, 12, 4), "scheduled")


def test_full_name_resolves_surname() -> None:
    text = (
        "Prime Minister Keir Starmer spoke on Friday. Starmer will travel to the summit "
        "on November 20."
    )
    c = only(text)
    assert "Keir Starmer" in c.actors


def test_confidence_ranks_explicit_over_vague() -> None:
    strong = only("The sanctions are scheduled to take effect on November 14.")
    weak = only("The sanctions could perhaps come by the end of 2027.")
    assert strong.confidence > weak.confidence


def test_no_date_no_commitment() -> None:
    assert extract_commitments("The ministers will meet again to discuss tariffs.", PUB) == []
