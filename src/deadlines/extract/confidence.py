"""How sure a commitment is: an evidence score mapped to a calibrated probability."""

from __future__ import annotations

import datetime as dt
import math

from .anchors import Anchor

_STRENGTH = {
    "scheduled": 0.2,
    "cancelled": 0.2,
    "postponed": 0.2,
    "advanced": 0.2,
    "extended": 0.2,
    "expected": 0.1,
    "proposed": 0.0,
    "occurred": 0.15,
}


def confidence(status: str, anchor: Anchor | None, kind: str, hedged: bool, cue_dist: int) -> float:
    c = 0.3
    if anchor is None:
        c += 0.1
    elif anchor.day_level:
        c += 0.25
    elif anchor.last - anchor.first <= dt.timedelta(days=7):
        c += 0.15
    elif anchor.last - anchor.first <= dt.timedelta(days=31):
        c += 0.1
    else:
        c += 0.03
    c += _STRENGTH.get(status, 0.0) * (1.0 if cue_dist < 40 else 0.6)
    c += 0.1 if kind != "other" else -0.1
    if hedged and status not in {"expected", "proposed"}:
        c -= 0.1
    return calibrated(max(0.05, min(0.95, c)))


# Platt scaling of the evidence score above: confidence = 1 / (1 + exp(-(A * score + B))),
# fitted by logistic regression on the labelled reports of bench/data/commitments.jsonl
# (python bench/commitments_eval.py --fit prints the fit and its calibration).
CALIBRATION: tuple[float, float] = (6.688, -2.032)
_IDENTITY = (1.0, 0.0)


def calibrated(score: float) -> float:
    """Probability that a commitment with this evidence score is right (date and status)."""
    if CALIBRATION == _IDENTITY:
        return round(score, 2)
    a, b = CALIBRATION
    return round(1.0 / (1.0 + math.exp(-(a * score + b))), 2)


def evidence_score(confidence: float) -> float:
    """The evidence score behind a calibrated confidence (the inverse of ``calibrated``)."""
    if CALIBRATION == _IDENTITY:
        return confidence
    a, b = CALIBRATION
    c = min(max(confidence, 1e-6), 1 - 1e-6)
    return (math.log(c / (1 - c)) - b) / a
