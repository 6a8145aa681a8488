"""The TimeML reader and the TempEval-3 scorer of bench/timex_eval.py."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

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
    kinds = [(e["kind"], e["gold"] or e["sys"]) for e in sc.errors]
    assert kinds == [
        ("wrong", "April 1"),
        ("missed", "three years"),
        ("missed", "last year"),
        ("missed", "every day"),
        ("spurious", doc.text[0:3]),
    ]


def test_our_tagger_on_sample() -> None:
    doc = timex_eval.read_tml(HERE / "sample_timeml.tml")
    summary = timex_eval.score([doc], timex_eval.ours).summary()
    assert summary["relaxed_f1"] >= 0.8
    assert summary["value_accuracy"] >= 0.75


CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="sample" lang="en">
<token number="0" sentence="0" t_id="1">Plant</token>
<token number="1" sentence="0" t_id="2">closes</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">4</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">shuts</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">Unannotated</token>
<token number="12" sentence="3" t_id="13">tail</token>
<token number="13" sentence="3" t_id="14">2011</token>
<Markables>
<EVENT_MENTION m_id="9"><token_anchor t_id="8"/></EVENT_MENTION>
<TIMEX3 m_id="1" type="DATE" value="2010-03-04" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>
<token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2010-03-05" functionInDocument="NONE">
<token_anchor t_id="10"/></TIMEX3>
</Markables></Document>
"""


def test_meantime_reader_follows_the_dataset_readme(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = timex_eval.read_cat(path)
    assert doc.dct == dt.date(2010, 3, 4)
    assert doc.text == "Plant closes\nMarch 4 , 2010\nIt shuts on Friday ."  # cut after sentence 2
    assert [doc.text[s:e] for s, e, _t, _v in doc.timexes] == ["Friday"]  # DCT is not gold
    assert [doc.text[s:e] for s, e, _t, _v in doc.dateline] == ["March 4 , 2010"]

    def tags_dateline(text: str, dct: dt.date) -> list[tuple[int, int, str, str]]:
        return [(13, 27, "DATE", "2010-03-04"), (40, 46, "DATE", "2010-03-05")]

    scored = timex_eval.score([doc], tags_dateline)
    assert (scored.gold, scored.system, scored.relaxed) == (1, 2, 1)
    excluded = timex_eval.score([doc], tags_dateline, dateline="exclude")
    assert (excluded.gold, excluded.system) == (1, 1)
    as_gold = timex_eval.score([doc], tags_dateline, dateline="gold")
    assert (as_gold.gold, as_gold.relaxed) == (2, 2)


def test_speed_and_memory_report_their_figures() -> None:
    doc = timex_eval.read_tml(HERE / "sample_timeml.tml")
    perf = timex_eval.speed_and_memory([doc], articles=20)
    assert perf["articles"] == 20
    assert perf["timex_chars_per_second"] > 0 and perf["commitments_chars_per_second"] > 0
    assert perf["rss_kib_at_end"] > 0 and perf["rss_kib_after_warmup"] > 0


def test_folders_under_the_root_are_corpora_and_copies_are_read_once(tmp_path: Path) -> None:
    sample = (HERE / "sample_timeml.tml").read_bytes()
    for sub in ("CorpusA", "CorpusB/nested", "extra"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "CorpusA" / "one.tml").write_bytes(sample)
    other = sample.replace(b"Monday", b"Sunday")
    (tmp_path / "CorpusB" / "nested" / "two.tml").write_bytes(other)
    (tmp_path / "extra" / "copy.tml").write_bytes(sample)  # the same bytes as CorpusA's
    corpora = timex_eval.read_corpora(tmp_path)
    assert [(name, doc.name) for name, doc in corpora] == [
        ("CorpusA", "one.tml"),
        ("CorpusB", "two.tml"),
    ]
    rows, whole = timex_eval.score_corpora(corpora, "root", "score")
    assert list(rows) == [
        "deadlines.extract CorpusA",
        "deadlines.extract CorpusB",
        "deadlines.extract root (all)",
    ]
    assert whole.gold == 10 and rows["deadlines.extract CorpusA"]["gold"] == 5


TBAQ = HERE.parents[1].parent / "shared" / "datasets" / "tbaq"


@pytest.mark.skipif(not TBAQ.is_dir(), reason=f"the TBAQ-cleaned corpus is not at {TBAQ}")
def test_tbaq_is_read_as_timebank_and_aquaint() -> None:
    corpora = timex_eval.read_corpora(TBAQ)
    counts: dict[str, int] = {}
    for name, _doc in corpora:
        counts[name] = counts.get(name, 0) + 1
    # testpipeline/ holds one TimeBank article again, byte for byte: it is not read twice
    assert counts == {"AQUAINT": 73, "TimeBank": 183}
