"""Score commitment extraction against the labelled reports in bench/data/commitments.jsonl.

Usage: python bench/commitments_eval.py [FILE] [--json] [--verbose]

A predicted commitment is correct when its (due, status) pair equals an expected one (one to
one, per report). Predicted "occurred" items that match nothing are not counted against
precision: reporting past events is allowed but not required. Confidence calibration is
reported as reliability bins, expected calibration error (ECE) and Brier score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parent / "data" / "commitments.jsonl"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from deadlines.extract import extract_commitments

    tp = fp = fn = kind_ok = due_tp = 0
    scored: list[tuple[float, bool]] = []
    details = []
    for row in rows:
        published = dt.date.fromisoformat(row["published"])
        found = extract_commitments(row["text"], published, row.get("title"))
        expected = [(e["due"], e["status"], e.get("kind")) for e in row["expected"]]
        unmatched = list(expected)
        due_left = [e[0] for e in expected]
        for c in found:
            key = (c.due.isoformat() if c.due else None, c.status)
            if key[0] in due_left:
                due_left.remove(key[0])
                due_tp += 1
            hit = next((e for e in unmatched if (e[0], e[1]) == key), None)
            if hit is not None:
                unmatched.remove(hit)
                tp += 1
                kind_ok += hit[2] == c.kind
                scored.append((c.confidence, True))
            elif c.status != "occurred":
                fp += 1
                scored.append((c.confidence, False))
        fn += len(unmatched)
        details.append(
            {
                "id": row["id"],
                "missed": unmatched,
                "found": [
                    (c.due.isoformat() if c.due else None, c.status, c.kind, c.confidence, c.what)
                    for c in found
                ],
            }
        )
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    n_exp = sum(len(row["expected"]) for row in rows)
    return {
        "reports": len(rows),
        "expected": n_exp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "due_recall": due_tp / n_exp if n_exp else 0.0,
        "kind_accuracy_on_matches": kind_ok / tp if tp else 0.0,
        "calibration": calibration(scored),
        "details": details,
    }


def calibration(scored: list[tuple[float, bool]]) -> dict[str, Any]:
    bins = []
    ece = 0.0
    n = len(scored)
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [(c, ok) for c, ok in scored if lo <= c < hi]
        if not inside:
            bins.append({"range": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": 0})
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += abs(acc - conf) * len(inside) / n
        bins.append(
            {
                "range": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                "n": len(inside),
                "mean_confidence": conf,
                "accuracy": acc,
            }
        )
    brier = sum((c - ok) ** 2 for c, ok in scored) / n if n else 0.0
    return {"ece": ece, "brier": brier, "bins": bins}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="show per-report predictions")
    args = ap.parse_args(argv)
    res = evaluate(load(args.file))
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"{res['reports']} reports, {res['expected']} expected commitments")
    print(
        f"(due, status)  precision {res['precision']:.3f}  recall {res['recall']:.3f}  "
        f"F1 {res['f1']:.3f}   (tp {res['tp']}, fp {res['fp']}, fn {res['fn']})"
    )
    print(
        f"due-only recall {res['due_recall']:.3f}   "
        f"kind accuracy on matches {res['kind_accuracy_on_matches']:.3f}"
    )
    cal = res["calibration"]
    print(f"calibration: ECE {cal['ece']:.3f}  Brier {cal['brier']:.3f}")
    print(f"  {'confidence':>12} {'n':>4} {'mean conf':>10} {'accuracy':>9}")
    for b in cal["bins"]:
        if b["n"]:
            print(
                f"  {b['range']:>12} {b['n']:>4} {b['mean_confidence']:>10.2f} "
                f"{b['accuracy']:>9.2f}"
            )
        else:
            print(f"  {b['range']:>12} {0:>4}")
    if args.verbose:
        for d in res["details"]:
            print(d["id"], "missed:", d["missed"], file=sys.stdout)
            for f in d["found"]:
                print("     ", f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
