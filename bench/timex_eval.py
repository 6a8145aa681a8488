"""Score the temporal tagger on gold TimeML (.tml) or MEANTIME CAT (.xml) files.

Usage: python bench/timex_eval.py DIR [--json] [--no-baseline]

Scoring follows TempEval-3: spans are matched one to one, by overlap (relaxed) and by
identity (strict); value and type accuracy are measured over the relaxed matches and the
headline "value F1" is value accuracy times relaxed F1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int, str, str]  # start, end, type, value


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: dt.date
    timexes: list[Span]
    dateline: list[Span] = field(default_factory=list)  # anchored CREATION_TIME mentions


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)

    def _f1(self, hits: int) -> float:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float]:
        relaxed_f1 = self._f1(self.relaxed)
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_p": self.strict / self.system if self.system else 0.0,
            "strict_r": self.strict / self.gold if self.gold else 0.0,
            "strict_f1": self._f1(self.strict),
            "relaxed_p": self.relaxed / self.system if self.system else 0.0,
            "relaxed_r": self.relaxed / self.gold if self.gold else 0.0,
            "relaxed_f1": relaxed_f1,
            "value_accuracy": value_acc,
            "value_f1": value_acc * relaxed_f1,
            "type_accuracy": self.type_ok / self.relaxed if self.relaxed else 0.0,
            "chars_per_second": self.chars / self.seconds if self.seconds else 0.0,
        }


def _parse_date(value: str) -> dt.date | None:
    v = value.strip()[:10]
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        pass
    try:  # day-month-year, seen in a few hand-made values
        return dt.datetime.strptime(v, "%d-%m-%Y").date()
    except ValueError:
        return None


def read_cat(path: Path) -> GoldDoc:
    """Read a MEANTIME CAT XML file, cut after the last annotated sentence."""
    root = ET.parse(path).getroot()
    tokens: dict[str, tuple[int, str]] = {}
    order: list[tuple[int, str, str]] = []
    for tok in root.iter("token"):
        tid, sent = tok.get("t_id", ""), int(tok.get("sentence", "0"))
        order.append((sent, tid, tok.text or ""))
    markables = root.find("Markables")
    annotated: set[int] = set()
    sent_of = {tid: sent for sent, tid, _ in order}
    dct: dt.date | None = None
    raw: list[tuple[list[str], str, str, bool]] = []
    if markables is not None:
        for m in markables:
            ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
            if m.tag in {"EVENT_MENTION", "TIMEX3"} and ids:
                annotated.update(sent_of[i] for i in ids if i in sent_of)
            if m.tag == "TIMEX3":
                if m.get("functionInDocument") == "CREATION_TIME" and dct is None:
                    dct = _parse_date(m.get("value", ""))
                if ids:
                    is_dct = m.get("functionInDocument") == "CREATION_TIME"
                    raw.append((ids, m.get("type", ""), m.get("value", ""), is_dct))
    last = max(annotated) if annotated else max((s for s, _, _ in order), default=0)
    parts: list[str] = []
    prev_sent: int | None = None
    pos = 0
    for sent, tid, word in order:
        if sent > last:
            break
        if prev_sent is not None:
            sep = " " if sent == prev_sent else "\n"
            parts.append(sep)
            pos += 1
        tokens[tid] = (pos, word)
        parts.append(word)
        pos += len(word)
        prev_sent = sent
    text = "".join(parts)
    spans: list[Span] = []
    dateline: list[Span] = []
    for ids, typ, value, is_dct in raw:
        offs = [tokens[i] for i in ids if i in tokens]
        if not offs:
            continue
        start = min(o for o, _ in offs)
        end = max(o + len(w) for o, w in offs)
        (dateline if is_dct else spans).append((start, end, typ, value))
    return GoldDoc(
        path.name, text, dct or dt.date.today(), sorted(spans + dateline), sorted(dateline)
    )


def read_tml(path: Path) -> GoldDoc:
    """Read a TimeML file with inline TIMEX3 tags inside <TEXT> and the DCT in <DCT>."""
    root = ET.parse(path).getroot()
    dct_el = root.find(".//DCT/TIMEX3")
    dct = _parse_date(dct_el.get("value", "")) if dct_el is not None else None
    body = root.find(".//TEXT")
    buf: list[str] = []
    spans: list[Span] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            buf.append(el.text)
            length += len(el.text)
        for child in el:
            if child.tag == "TIMEX3":
                start = length
                inner = "".join(child.itertext())
                buf.append(inner)
                length += len(inner)
                spans.append((start, length, child.get("type", ""), child.get("value", "")))
            else:
                walk(child)
            if child.tail:
                buf.append(child.tail)
                length += len(child.tail)

    if body is not None:
        walk(body)
    return GoldDoc(path.name, "".join(buf), dct or dt.date.today(), spans)


def read_dir(folder: Path) -> list[GoldDoc]:
    """All gold documents under ``folder`` (.tml as TimeML, .xml as MEANTIME CAT)."""
    docs = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".tml":
            docs.append(read_tml(path))
        elif path.suffix == ".xml":
            docs.append(read_cat(path))
    return docs


def match(gold: list[Span], system: list[Span]) -> tuple[int, list[tuple[Span, Span]]]:
    """One-to-one matching: strict hit count and relaxed (overlapping) pairs."""
    strict = 0
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and s[0] == g[0] and s[1] == g[1]:
                used.add(i)
                strict += 1
                break
    pairs: list[tuple[Span, Span]] = []
    used = set()
    for g in gold:
        best = None
        for i, s in enumerate(system):
            if i in used or s[1] <= g[0] or s[0] >= g[1]:
                continue
            if best is None or (s[0], s[1]) == (g[0], g[1]):
                best = i
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return strict, pairs


def score(
    docs: Iterable[GoldDoc],
    tagger: Callable[[str, dt.date], list[Span]],
    progress: bool = False,
    exclude_dateline: bool = False,
) -> Score:
    """Score ``tagger``; with ``exclude_dateline`` the anchored creation-time mentions
    (MEANTIME's dateline) are left out of the gold and of the system output."""
    sc = Score()
    doc_list = list(docs)
    for n, doc in enumerate(doc_list, 1):
        t0 = time.perf_counter()
        system = tagger(doc.text, doc.dct)
        sc.seconds += time.perf_counter() - t0
        sc.chars += len(doc.text)
        gold = doc.timexes
        if exclude_dateline and doc.dateline:
            gold = [g for g in gold if g not in doc.dateline]
            system = [
                s for s in system if not any(s[0] < d[1] and d[0] < s[1] for d in doc.dateline)
            ]
        strict, pairs = match(gold, system)
        sc.gold += len(gold)
        sc.system += len(system)
        sc.strict += strict
        sc.relaxed += len(pairs)
        for g, s in pairs:
            sc.value_ok += g[3] == s[3]
            sc.type_ok += g[2] == s[2]
            if g[3] != s[3]:
                sc.errors.append(
                    {
                        "doc": doc.name,
                        "gold": doc.text[g[0] : g[1]],
                        "gv": g[3],
                        "sys": doc.text[s[0] : s[1]],
                        "sv": s[3],
                    }
                )
        if progress and n % 20 == 0:
            print(f"  {n}/{len(doc_list)} documents", file=sys.stderr)
    return sc


def ours(text: str, dct: dt.date) -> list[Span]:
    from deadlines.extract import find_temporal_expressions

    return [(e.start, e.end, e.type, e.value) for e in find_temporal_expressions(text, dct)]


def dateparser_tagger() -> Callable[[str, dt.date], list[Span]] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def tag(text: str, dct: dt.date) -> list[Span]:
        base = dt.datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        out: list[Span] = []
        pos = 0
        for sub, when in found:
            i = text.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            out.append((i, pos, "DATE", when.date().isoformat()))
        return out

    return tag


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--no-baseline", action="store_true", help="skip the dateparser row")
    ap.add_argument("--errors", action="store_true", help="list value mismatches")
    ap.add_argument(
        "--exclude-dateline",
        action="store_true",
        help="leave out MEANTIME's anchored creation-time (dateline) mentions",
    )
    args = ap.parse_args(argv)
    docs = read_dir(args.folder)
    print(
        f"{len(docs)} documents, {sum(len(d.timexes) for d in docs)} gold expressions",
        file=sys.stderr,
    )
    rows: dict[str, dict[str, float]] = {}
    ex = args.exclude_dateline
    mine = score(docs, ours, progress=True, exclude_dateline=ex)
    rows["deadlines.extract"] = mine.summary()
    notes = []
    if not args.no_baseline:
        dp = dateparser_tagger()
        if dp is None:
            notes.append("dateparser is not installed: baseline row skipped")
        else:
            print("running dateparser baseline ...", file=sys.stderr)
            rows["dateparser.search_dates"] = score(
                docs, dp, progress=True, exclude_dateline=ex
            ).summary()
    if args.json:
        print(json.dumps({"rows": rows, "notes": notes}, indent=2))
        return 0
    cols = [
        "relaxed_f1",
        "strict_f1",
        "value_accuracy",
        "value_f1",
        "type_accuracy",
        "chars_per_second",
    ]
    n_gold = int(rows["deadlines.extract"]["gold"])
    print(f"{len(docs)} documents, {n_gold} gold expressions scored")
    print(f"{'system':26}" + "".join(f"{c:>16}" for c in cols))
    for name, r in rows.items():
        cells = "".join(
            f"{r[c]:>16.0f}" if c == "chars_per_second" else f"{r[c]:>16.3f}" for c in cols
        )
        print(f"{name:26}{cells}")
    for note in notes:
        print(note)
    if args.errors:
        for e in mine.errors:
            print(f"{e['doc'][:40]:40} {e['gold']!r:30} {e['gv']:14} {e['sys']!r:30} {e['sv']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
