"""The shared vocabulary: statuses with their groupings, kinds with their cue words, UTC."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from deadlines.extract.cues import KIND_PATTERNS
from deadlines.model import CLOSED_STATUSES, Commitment, Kind, Status, aware_utc, parse_instant, utc
from deadlines.store.models.commitments import OPEN_PREDICATE


def test_every_kind_has_its_cue_words_and_every_cue_names_a_kind() -> None:
    cued = [kind for kind, _ in KIND_PATTERNS]
    assert set(cued) == set(Kind) - {Kind.OTHER}
    assert all(isinstance(Kind(kind), Kind) for kind in cued)


def test_statuses_compare_with_their_strings() -> None:
    assert Status.CANCELLED == "cancelled" and f"{Status.MERGED}" == "merged"
    assert Status("dismissed") is Status.DISMISSED


def test_groupings() -> None:
    assert {s.value for s in Status if s.is_closed} == {
        "cancelled",
        "occurred",
        "dismissed",
        "merged",
    }
    assert {s.value for s in Status if s.is_move} == {"postponed", "extended", "advanced"}
    assert {s.value for s in Status if not s.is_extracted} == {"dismissed", "merged"}
    assert {s.value for s in Status if s.is_withdrawn} == {"dismissed", "merged"}
    assert [s for s in Status if s.is_quiet] == [Status.OCCURRED]
    ics = {s.value: s.ics_status for s in Status}
    assert {k for k, v in ics.items() if v == "CANCELLED"} == {"cancelled", "dismissed", "merged"}
    assert {k for k, v in ics.items() if v == "TENTATIVE"} == {"expected", "proposed"}
    # The partial index's predicate names the closed statuses, in the migration's order.
    assert OPEN_PREDICATE == "status NOT IN ('cancelled', 'occurred', 'dismissed', 'merged')"
    assert CLOSED_STATUSES == ("cancelled", "occurred", "dismissed", "merged")


def test_a_commitment_keeps_its_status_and_kind_as_enums() -> None:
    found = Commitment(
        what="vote", due=date(2025, 11, 5), date_text="November 5", status="scheduled",
        previous_due=None, actors=("Senate",), evidence="A vote.", confidence=0.7, kind="vote",
    )  # fmt: skip
    assert found.status is Status.SCHEDULED and found.kind is Kind.VOTE
    moved = replace(found, status="postponed")
    assert moved.status is Status.POSTPONED and moved.status.is_move
    assert moved.to_dict()["status"] == "postponed" and type(moved.to_dict()["kind"]) is str
    with pytest.raises(ValueError):
        replace(found, status="maybe")


def test_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert utc(datetime(2025, 10, 26, 14, tzinfo=plus_two)) == datetime(
        2025, 10, 26, 12, tzinfo=UTC
    )
    assert utc(datetime(2025, 10, 26, 12)).tzinfo is UTC
    assert parse_instant("2025-10-26") == datetime(2025, 10, 26, tzinfo=UTC)
    assert parse_instant("2025-10-26T14:00+02:00") == datetime(2025, 10, 26, 12, tzinfo=UTC)
    with pytest.raises(ValueError, match="naive"):
        aware_utc(datetime(2025, 10, 26))
