"""Gold temporal expressions read from TimeML (.tml) and MEANTIME CAT (.xml) files.

MEANTIME files are read as the dataset's README says: the tokens of a sentence joined by
single spaces, sentences by newlines, the text cut after the last sentence holding an
annotated event or time expression; the creation time (the TIMEX3 whose
functionInDocument is CREATION_TIME) is the document date and not a gold expression.
TimeML files give the text of <TEXT> with its tags stripped, the offsets of its inline
TIMEX3 elements and the date of the TIMEX3 in <DCT>.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
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


def _join_tokens(
    order: list[tuple[int, str, str]], last: int, tokens: dict[str, tuple[int, str]]
) -> str:
    """The text of sentences up to ``last``: tokens joined by spaces, sentences by
    newlines; ``tokens`` receives each token's offset and word."""
    parts: list[str] = []
    prev_sent: int | None = None
    pos = 0
    for sent, tid, word in order:
        if sent > last:
            break
        if prev_sent is not None:
            parts.append(" " if sent == prev_sent else "\n")
            pos += 1
        tokens[tid] = (pos, word)
        parts.append(word)
        pos += len(word)
        prev_sent = sent
    return "".join(parts)


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
    values: dict[str, str] = {}
    anchored_to: dict[str, int] = {}
    if markables is not None:
        for m in markables:
            if m.tag == "TIMEX3":
                values[m.get("m_id", "")] = m.get("value", "")
                target = m.get("anchorTimeID") or ""
                anchored_to[target] = anchored_to.get(target, 0) + 1
            ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
            if m.tag in {"EVENT_MENTION", "TIMEX3"} and ids:
                annotated.update(sent_of[i] for i in ids if i in sent_of)
            if m.tag == "TIMEX3":
                if m.get("functionInDocument") == "CREATION_TIME" and dct is None:
                    dct = _parse_date(m.get("value", ""))
                if ids:
                    is_dct = m.get("functionInDocument") == "CREATION_TIME"
                    raw.append((ids, m.get("type", ""), m.get("value", ""), is_dct))
    if dct is None:
        # no CREATION_TIME: the date most expressions are anchored to is the document's
        for target, _n in sorted(anchored_to.items(), key=lambda kv: -kv[1]):
            dct = _parse_date(values.get(target, "")) if target else None
            if dct is not None:
                break
    last = max(annotated) if annotated else max((s for s, _, _ in order), default=0)
    text = _join_tokens(order, last, tokens)
    spans: list[Span] = []
    dateline: list[Span] = []
    for ids, typ, value, is_dct in raw:
        offs = [tokens[i] for i in ids if i in tokens]
        if not offs:
            continue
        start = min(o for o, _ in offs)
        end = max(o + len(w) for o, w in offs)
        (dateline if is_dct else spans).append((start, end, typ, value))
    if dct is None:
        raise ValueError(f"{path}: no creation time and no anchored date to read one from")
    return GoldDoc(path.name, text, dct, sorted(spans), sorted(dateline))


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
    if dct is None:
        raise ValueError(f"{path}: no <DCT> TIMEX3 with a date value")
    return GoldDoc(path.name, "".join(buf), dct, spans)


def read_dir(folder: Path) -> list[GoldDoc]:
    """All gold documents under ``folder``, recursing (.tml as TimeML, .xml as MEANTIME CAT).

    A file whose bytes repeat one already read is skipped: TBAQ-cleaned ships a copy of a
    TimeBank article in ``testpipeline/`` (a sample for running a pipeline), and scoring it
    twice would count that article double."""
    return [doc for _corpus, doc in read_corpora(folder)]


def read_corpora(folder: Path) -> list[tuple[str, GoldDoc]]:
    """(corpus, document) for every gold file under ``folder``; the corpus is the folder
    directly under ``folder`` that holds the file ("TimeBank", "AQUAINT" in tbaq/), or the
    folder's own name for the files at its top."""
    out: list[tuple[str, GoldDoc]] = []
    seen: set[str] = set()
    for path in sorted(folder.rglob("*")):
        if path.suffix not in {".tml", ".xml"} or not path.is_file():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        doc = read_tml(path) if path.suffix == ".tml" else read_cat(path)
        rel = path.relative_to(folder).parts
        out.append((rel[0] if len(rel) > 1 else folder.name, doc))
    return out
