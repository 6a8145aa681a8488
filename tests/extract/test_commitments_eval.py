"""The scorer and the calibration fit of bench/commitments_eval.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

import commitments_eval  # noqa: E402

ROWS = [
    {
        "id": "a",
        "published": "2025-10-26",
        "text": "The embargo takes effect on November 14. Talks ended on Sunday.",
        "expected": [{"due": "2025-11-14", "status": "scheduled", "kind": "sanction"}],
    },
    {
        "id": "b",
        "published": "2025-10-26",
        "text": "Negotiators expect the pact to be extended beyond its expiry on December 1.",
        "expected": [
            {"due": "2025-12-01", "status": "scheduled", "kind": "other", "evidence": "pact"}
        ],
    },
]


def test_pairs_count_due_and_evidence_and_status_is_scored_on_them() -> None:
    res = commitments_eval.evaluate(ROWS)
    assert res["pair_counts"] == {"tp": 2, "fp": 0, "fn": 0}
    assert res["status_accuracy"] == 0.5  # the pact is "expected", labelled "scheduled"
    assert (res["tp"], res["fn"]) == (1, 1)
    assert len(res["by_report"]) == 2


def test_logistic_fit_orders_probabilities_with_the_score() -> None:
    points = [(x / 10, x >= 5) for x in range(10)] + [(0.45, True), (0.55, False)]
    a, b = commitments_eval.fit_logistic(points)
    assert a > 0
    low, high = commitments_eval._apply(a, b, [(0.1, False), (0.9, True)])
    assert low[0] < 0.5 < high[0]


def test_calibration_bins_and_ece() -> None:
    cal = commitments_eval.calibration([(0.9, True), (0.9, True), (0.3, False), (0.3, True)])
    assert abs(cal["ece"] - (0.5 * 0.1 + 0.5 * 0.2)) < 1e-9
    assert [b["n"] for b in cal["bins"]] == [0, 2, 0, 0, 2]
