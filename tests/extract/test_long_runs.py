"""Text with no sentence end for thousands of characters (a flattened table, a hostile
feed): read in bounded pieces, so that the work grows with its length, not with its
length times the dates in it."""

from __future__ import annotations

import datetime as dt

from deadlines.extract import extract_commitments, find_temporal_expressions, tense, tense_clause
from deadlines.extract.sentences import MAX_SENTENCE, split_sentences

PUBLISHED = dt.date(2025, 10, 26)
RUN = "the council meets on March 3, " * 400  # 12,000 characters, one "sentence"


def test_an_overlong_run_is_read_in_pieces_cut_after_a_comma() -> None:
    spans = split_sentences(RUN)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(RUN[e - 1] == "," for s, e in spans[:-1])
    # nothing is lost between pieces: every date is whole inside one of them
    inside = sum(RUN[s:e].count("March 3") for s, e in spans)
    assert inside == RUN.count("March 3") == 400


def test_every_date_of_an_overlong_run_is_still_found() -> None:
    found = find_temporal_expressions(RUN, PUBLISHED)
    assert len(found) == 400
    assert {t.value for t in found} == {"2026-03-03"}
    assert {c.due for c in extract_commitments(RUN, PUBLISHED)} == {dt.date(2026, 3, 3)}


def test_the_verbs_an_expression_is_read_with_are_sought_near_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # each expression looks at the words within a bounded reach, not at the whole run
    seen: list[int] = []
    cue = tense.word_cue

    def counting(words: list[tuple[int, str]], i: int) -> str | None:
        seen.append(i)
        return cue(words, i)

    monkeypatch.setattr(tense, "word_cue", counting)
    find_temporal_expressions(RUN, PUBLISHED)
    words_per_expression = len(seen) / 400
    assert words_per_expression < 2 * tense_clause.CLAUSE_REACH / 5
