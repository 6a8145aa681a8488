"""Score commitment extraction against the labelled reports in bench/data/commitments.jsonl.

Usage: python bench/commitments_eval.py [FILE] [--json] [--verbose] [--misses]

A FILE whose records carry a ``commitments`` list (the development set,
``../shared/datasets/commitments-dev/dev.jsonl``) is scored by its own rules (see
``devset.py``): precision, recall and F1 over forward-looking and all items, status and
previous-date accuracy, a status confusion table, and the same figures on each half of a
two-fold split. Other files are the project's own labelled reports, scored as follows.

Two scores, both matched one to one per report. The headline pairs a found commitment with
a labelled one by due date and evidence sentence (the sentence must contain the label's
"evidence" words when the label gives them); status accuracy is measured over those pairs.
The strict score also asks for the status: a found commitment is correct when its
(due, status) pair equals a labelled one. Predicted "occurred" items that match nothing are not counted against
precision: reporting past events is allowed but not required. Confidence calibration is
reported as reliability bins, expected calibration error (ECE) and Brier score.

``--fit`` fits the Platt scaling of the extractor's evidence score (a logistic regression of
"right or wrong" on the score) and prints its two constants with the ECE before the mapping,
after it on the same reports, and after it with each report left out of its own fit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parent / "data" / "commitments.jsonl"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _score_report(row: dict[str, Any], found: list[Any], tally: dict[str, int],
                  scored: list[tuple[float, bool]]) -> list[Any]:  # fmt: skip
    """Tally one report's (due, status) matches; returns what it missed."""
    expected = [(e["due"], e["status"], e.get("kind")) for e in row["expected"]]
    unmatched = list(expected)
    due_left = [e[0] for e in expected]
    for c in found:
        key = (c.due.isoformat() if c.due else None, c.status)
        if key[0] in due_left:
            due_left.remove(key[0])
            tally["due_tp"] += 1
        hit = next((e for e in unmatched if (e[0], e[1]) == key), None)
        if hit is not None:
            unmatched.remove(hit)
            tally["tp"] += 1
            tally["kind_ok"] += hit[2] == c.kind
            scored.append((c.confidence, True))
        elif c.status != "occurred":
            tally["fp"] += 1
            scored.append((c.confidence, False))
    tally["fn"] += len(unmatched)
    return unmatched


def _score_pairs(row: dict[str, Any], found: list[Any], tally: dict[str, int]) -> None:
    """Tally one report's (due, evidence sentence) pairs, and the status of each pair."""
    open_labels = list(row["expected"])
    for c in found:
        due = c.due.isoformat() if c.due else None
        label = next(
            (e for e in open_labels if e["due"] == due and e.get("evidence", "") in c.evidence),
            None,
        )
        if label is not None:
            open_labels.remove(label)
            tally["pair_tp"] += 1
            tally["status_ok"] += label["status"] == c.status
        elif c.status != "occurred":
            tally["pair_fp"] += 1
    tally["pair_fn"] += len(open_labels)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from deadlines.extract import extract_commitments

    names = ("tp", "fp", "fn", "kind_ok", "due_tp", "pair_tp", "pair_fp", "pair_fn", "status_ok")
    t = dict.fromkeys(names, 0)
    scored: list[tuple[float, bool]] = []
    by_report: list[list[tuple[float, bool]]] = []
    details = []
    for row in rows:
        published = dt.date.fromisoformat(row["published"])
        found = extract_commitments(row["text"], published, row.get("title"))
        first = len(scored)
        missed = _score_report(row, found, t, scored)
        by_report.append(scored[first:])
        _score_pairs(row, found, t)
        details.append({
            "id": row["id"],
            "missed": missed,
            "found": [(c.due.isoformat() if c.due else None, c.status, c.kind, c.confidence,
                       c.what) for c in found],
        })  # fmt: skip
    p, r = _ratio(t["tp"], t["tp"] + t["fp"]), _ratio(t["tp"], t["tp"] + t["fn"])
    pp = _ratio(t["pair_tp"], t["pair_tp"] + t["pair_fp"])
    pr = _ratio(t["pair_tp"], t["pair_tp"] + t["pair_fn"])
    n_exp = sum(len(row["expected"]) for row in rows)
    return {
        "reports": len(rows), "expected": n_exp, "tp": t["tp"], "fp": t["fp"], "fn": t["fn"],
        "precision": p, "recall": r, "f1": _f1(p, r),
        "pair_precision": pp, "pair_recall": pr, "pair_f1": _f1(pp, pr),
        "pair_counts": {"tp": t["pair_tp"], "fp": t["pair_fp"], "fn": t["pair_fn"]},
        "status_accuracy": _ratio(t["status_ok"], t["pair_tp"]),
        "due_recall": _ratio(t["due_tp"], n_exp),
        "kind_accuracy_on_matches": _ratio(t["kind_ok"], t["tp"]),
        "calibration": calibration(scored), "by_report": by_report, "details": details,
    }  # fmt: skip


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


def fit_logistic(points: list[tuple[float, bool]]) -> tuple[float, float]:
    """(a, b) maximising the likelihood of P(right) = 1 / (1 + exp(-(a x + b))) (Newton's
    method with a small ridge so that a separable set still gives finite constants)."""
    a, b = 1.0, 0.0
    ridge = 1e-3
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for x, ok in points:
            p = 1.0 / (1.0 + math.exp(-(a * x + b)))
            r = (1.0 if ok else 0.0) - p
            w = p * (1 - p)
            ga += r * x
            gb += r
            haa += w * x * x
            hab += w * x
            hbb += w
        ga -= ridge * a
        haa += ridge
        det = haa * hbb - hab * hab
        if abs(det) < 1e-12:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a, b = a + da, b + db
        if abs(da) + abs(db) < 1e-9:
            break
    return a, b


def _apply(a: float, b: float, points: list[tuple[float, bool]]) -> list[tuple[float, bool]]:
    return [(1.0 / (1.0 + math.exp(-(a * x + b))), ok) for x, ok in points]


def fit_report(by_report: list[list[tuple[float, bool]]]) -> dict[str, Any]:
    """The Platt fit on the evidence scores, with ECE before, after, and left-out-report."""
    from deadlines.extract.confidence import evidence_score

    raw = [[(evidence_score(c), ok) for c, ok in rep] for rep in by_report]
    flat = [p for rep in raw for p in rep]
    a, b = fit_logistic(flat)
    held_out: list[tuple[float, bool]] = []
    for i, rep in enumerate(raw):
        rest = [p for j, other in enumerate(raw) if j != i for p in other]
        held_out.extend(_apply(*fit_logistic(rest), rep))
    return {
        "a": a,
        "b": b,
        "before": calibration(flat),
        "after_in_sample": calibration(_apply(a, b, flat)),
        "after_report_left_out": calibration(held_out),
    }


def devset_main(rows: list[dict[str, Any]], as_json: bool, misses: bool) -> int:
    """Score the development set: the whole set, then each half of the two-fold check."""
    import devset
    from deadlines.extract import extract_commitments

    whole = devset.evaluate(rows, extract_commitments)
    folds = [devset.evaluate(half, extract_commitments) for half in devset.halves(rows)]
    if as_json:
        out = {"whole": whole, "fold_1": folds[0], "fold_2": folds[1]}
        for res in out.values():
            res.pop("per_doc")
        print(json.dumps(out, indent=2))
        return 0
    devset.print_report("whole set", whole)
    devset.print_confusion(whole)
    for i, res in enumerate(folds, 1):
        devset.print_report(f"fold {i} of 2 (rules frozen)", res)
    if misses:
        devset.print_misses(whole)
    return 0


def print_own(res: dict[str, Any]) -> None:
    """The figures of the own-written reports, their calibration and its fit."""
    print(f"{res['reports']} reports, {res['expected']} expected commitments")
    pc = res["pair_counts"]
    print(
        f"(due, evidence)  precision {res['pair_precision']:.3f}  recall {res['pair_recall']:.3f}"
        f"  F1 {res['pair_f1']:.3f}   (tp {pc['tp']}, fp {pc['fp']}, fn {pc['fn']})"
    )
    print(f"status accuracy on those pairs {res['status_accuracy']:.3f}")
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
    if "fit" in res:
        fit = res["fit"]
        print(f"Platt fit of the evidence score: CALIBRATION = ({fit['a']:.3f}, {fit['b']:.3f})")
        for label, key in (
            ("raw evidence score", "before"),
            ("fitted, same reports", "after_in_sample"),
            ("fitted, report left out", "after_report_left_out"),
        ):
            c = fit[key]
            print(f"  ECE {c['ece']:.3f}  Brier {c['brier']:.3f}   {label}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="show per-report predictions")
    ap.add_argument(
        "--fit", action="store_true", help="fit the confidence calibration and show its effect"
    )
    ap.add_argument(
        "--misses", action="store_true", help="development set: list documents with errors"
    )
    args = ap.parse_args(argv)
    rows = load(args.file)
    if rows and "commitments" in rows[0]:
        return devset_main(rows, args.json, args.misses)
    res = evaluate(rows)
    if args.fit:
        res["fit"] = fit_report(res["by_report"])
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print_own(res)
    if args.verbose:
        for d in res["details"]:
            print(d["id"], "missed:", d["missed"], file=sys.stdout)
            for f in d["found"]:
                print("     ", f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
