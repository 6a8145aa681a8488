"""The TimeML reader and the TempEval-3 scorer of bench/timex_eval.py."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

import timex_eval  # noqa: E402


def test_read_tml_offsets_and_dct() -> None:
    doc = timex_eval.read_tml(HERE / "sample_timeml.tml")
    assert doc.dct == dt.date(2024, 3, 4)
    assert len(doc.timexes) == 5
    texts = [doc.text[s:e] for s, e, _t, _v in doc.timexes]
    assert texts == ["Monday", "April 1", "three years", "last year", "every day"]


def test_scorer_counts_relaxed_strict_and_values() -> None:
    doc = timex_eval.read_tml(HERE / "sample_timeml.tml")
    gold = doc.timexes

    def fake(text: str, dct: dt.date) -> list[tuple[int, int, str, str]]:
        s0, e0, t0, v0 = gold[0]
        s1, e1, t1, _v1 = gold[1]
        return [
            (s0, e0, t0, v0),  # exact and right
            (s1 - 5, e1, t1, "2025-04-01"),  # overlapping, wrong value
            (0, 3, "DATE", "2024"),  # spurious
        ]

    sc = timex_eval.score([doc], fake)
    summary = sc.summary()
    assert (sc.gold, sc.system, sc.strict, sc.relaxed, sc.value_ok) == (5, 3, 1, 2, 1)
    assert abs(summary["relaxed_f1"] - 2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5)) < 1e-9
    assert abs(summary["value_f1"] - 0.5 * summary["relaxed_f1"]) < 1e-9


def test_our_tagger_on_sample() -> None:
    doc = timex_eval.read_tml(HERE / "sample_timeml.tml")
    summary = timex_eval.score([doc], timex_eval.ours).summary()
    assert summary["relaxed_f1"] >= 0.8
    assert summary["value_accuracy"] >= 0.75
