"""Scoring of the dated-commitments development set (records with a ``commitments`` list).

The rules are those of the set's README: a found commitment matches a labelled one of the
same document when its due date equals the label's date and either the label's date words
occur in the found evidence or the two evidence sentences share a span of the text (both
compared with runs of whitespace collapsed). Matching is one to one, in document order.
Scores are given over forward-looking items (not ``occurred``, due on or after publication)
and over all items; status and previous-date accuracy are measured on the matched pairs.
A found commitment that matches nothing but has the date of a labelled commitment of its
document that was matched is a restatement: counted as a false positive in the headline,
and reported apart so that the README's optional setting aside can be read off.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

_WS = re.compile(r"\s+")
STATUSES = (
    "scheduled",
    "postponed",
    "extended",
    "cancelled",
    "advanced",
    "expected",
    "proposed",
    "occurred",
)


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Item:
    """A commitment, labelled or found, reduced to what the scoring reads."""

    due: str | None
    status: str
    previous: str | None
    evidence: str
    date_text: str
    span: tuple[int, int] | None  # of the evidence in the squashed document text


@dataclass
class Tally:
    """Counts over a set of documents, for one selection of items (forward or all): ``n``
    holds tp, fp, fn, restated, status_ok, previous_ok, previous_given, previous_given_ok."""

    n: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    gold_by_status: Counter[str] = field(default_factory=Counter)
    hit_by_status: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for mine, theirs in (
            (self.n, other.n),
            (self.confusion, other.confusion),
            (self.gold_by_status, other.gold_by_status),
            (self.hit_by_status, other.hit_by_status),
        ):
            mine.update(theirs)  # type: ignore[arg-type]

    def summary(self) -> dict[str, Any]:
        p = self.n["tp"] / (self.n["tp"] + self.n["fp"]) if self.n["tp"] + self.n["fp"] else 0.0
        r = self.n["tp"] / (self.n["tp"] + self.n["fn"]) if self.n["tp"] + self.n["fn"] else 0.0
        lenient_p = (
            self.n["tp"] / (self.n["tp"] + self.n["fp"] - self.n["restated"])
            if self.n["tp"] + self.n["fp"]
            else 0.0
        )
        return {
            "tp": self.n["tp"],
            "fp": self.n["fp"],
            "fn": self.n["fn"],
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "restatements": self.n["restated"],
            "precision_restatements_set_aside": lenient_p,
            "status_accuracy": self.n["status_ok"] / self.n["tp"] if self.n["tp"] else 0.0,
            "previous_accuracy": self.n["previous_ok"] / self.n["tp"] if self.n["tp"] else 0.0,
            "previous_given": self.n["previous_given"],
            "previous_accuracy_where_given": (
                self.n["previous_given_ok"] / self.n["previous_given"]
                if self.n["previous_given"]
                else 0.0
            ),
            "recall_by_status": {
                s: (self.hit_by_status[s], self.gold_by_status[s])
                for s in STATUSES
                if self.gold_by_status[s]
            },
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def _span(doc: str, evidence: str) -> tuple[int, int] | None:
    at = doc.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if at >= 0 else None


def _matches(found: Item, gold: Item) -> bool:
    if found.due != gold.due:
        return False
    if gold.date_text and gold.date_text in found.evidence:
        return True
    a, b = found.span, gold.span
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def score_document(gold: list[Item], found: list[Item]) -> Tally:
    """One-to-one matching of one document's items, in document order."""
    t = Tally()
    open_gold = sorted(gold, key=lambda g: g.span or (1 << 30, 0))
    matched_dues = set()
    for f in sorted(found, key=lambda f: f.span or (1 << 30, 0)):
        hit = next((g for g in open_gold if _matches(f, g)), None)
        if hit is None:
            t.n["fp"] += 1
            if f.due in matched_dues or any(g.due == f.due for g in gold if g not in open_gold):
                t.n["restated"] += 1
            continue
        open_gold.remove(hit)
        matched_dues.add(hit.due)
        t.n["tp"] += 1
        t.hit_by_status[hit.status] += 1
        t.confusion[(hit.status, f.status)] += 1
        t.n["status_ok"] += f.status == hit.status
        t.n["previous_ok"] += f.previous == hit.previous
        if hit.previous is not None:
            t.n["previous_given"] += 1
            t.n["previous_given_ok"] += f.previous == hit.previous
    t.n["fn"] = len(open_gold)
    for g in gold:
        t.gold_by_status[g.status] += 1
    return t


def _forward(item: Item, published: str) -> bool:
    return item.status != "occurred" and item.due is not None and item.due >= published


Extractor = Callable[[str, dt.date], Iterable[Any]]


def items_of(row: dict[str, Any], extract: Extractor) -> tuple[list[Item], list[Item]]:
    """(labelled, found) items of one record."""
    doc = squash(row["text"])
    gold = []
    for c in row["commitments"]:
        ev = squash(c["evidence"])
        gold.append(
            Item(
                c["date"],
                c["status"],
                c.get("previous_date"),
                ev,
                squash(c["date_text"]),
                _span(doc, ev),
            )
        )
    found = []
    for c in extract(row["text"], dt.date.fromisoformat(row["published"])):
        ev = squash(c.evidence)
        found.append(
            Item(
                c.due.isoformat() if c.due else None,
                str(c.status),
                c.previous_due.isoformat() if c.previous_due else None,
                ev,
                squash(c.date_text or ""),
                _span(doc, ev),
            )
        )
    return gold, found


def evaluate(rows: list[dict[str, Any]], extract: Extractor) -> dict[str, Any]:
    forward, every = Tally(), Tally()
    per_doc = []
    for row in rows:
        gold, found = items_of(row, extract)
        pub = row["published"]
        fw = score_document(
            [g for g in gold if _forward(g, pub)], [f for f in found if _forward(f, pub)]
        )
        al = score_document(gold, found)
        forward.add(fw)
        every.add(al)
        per_doc.append({"id": row["id"], "gold": gold, "found": found, "all": al})
    return {
        "documents": len(rows),
        "labelled": sum(len(r["commitments"]) for r in rows),
        "forward": forward.summary(),
        "all": every.summary(),
        "per_doc": per_doc,
    }


def halves(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The two folds of the two-fold check: documents alternately, in file order."""
    return rows[0::2], rows[1::2]


def print_report(name: str, res: dict[str, Any]) -> None:
    print(f"{name}: {res['documents']} documents, {res['labelled']} labelled commitments")
    print(
        f"  {'':8} {'precision':>9} {'recall':>7} {'F1':>6} {'status':>7} {'previous':>9}"
        f" {'prev|given':>10}  (tp fp fn; restatements among fp)"
    )
    for label in ("forward", "all"):
        s = res[label]
        print(
            f"  {label:8} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f}"
            f" {s['status_accuracy']:7.3f} {s['previous_accuracy']:9.3f}"
            f" {s['previous_accuracy_where_given']:10.3f}"
            f"  ({s['tp']} {s['fp']} {s['fn']}; {s['restatements']})"
        )


def print_confusion(res: dict[str, Any]) -> None:
    pairs = res["all"]["confusion"]
    cols = [s for s in STATUSES if any(k.endswith("->" + s) for k in pairs)]
    print("  status confusion on matched pairs (rows: labelled, columns: found)")
    print("  " + " " * 10 + "".join(f"{c[:9]:>10}" for c in cols))
    for g in STATUSES:
        row = [pairs.get(f"{g}->{c}", 0) for c in cols]
        if any(row):
            print(f"  {g:10}" + "".join(f"{n:>10}" for n in row))
    rec = res["all"]["recall_by_status"]
    print("  recall by labelled status: " + ", ".join(f"{s} {h}/{n}" for s, (h, n) in rec.items()))


def print_misses(res: dict[str, Any]) -> None:
    for d in res["per_doc"]:
        t = d["all"]
        if not (
            t.n["fp"] or t.n["fn"] or t.n["status_ok"] < t.n["tp"] or t.n["previous_ok"] < t.n["tp"]
        ):
            continue
        print(f"== {d['id']}")
        for g in d["gold"]:
            print(
                f"   gold  {g.due} {g.status:9} prev={g.previous}  [{g.date_text}] {g.evidence[:110]}"
            )
        for f in d["found"]:
            print(
                f"   found {f.due} {f.status:9} prev={f.previous}  [{f.date_text}] {f.evidence[:110]}"
            )
