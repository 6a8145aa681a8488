"""What the extraction tests share: a publication day, the tagger's output, checked, and the
commitments of a text as (due, status, previous) triples."""

from __future__ import annotations

import datetime as dt

from deadlines.extract import TemporalExpression, extract_commitments, find_temporal_expressions

SUNDAY = dt.date(2025, 10, 26)
MONDAY = dt.date(2025, 5, 5)


def tag(text: str, dct: dt.date = SUNDAY) -> list[TemporalExpression]:
    """The expressions of ``text``, each checked to be the text at its offsets."""
    found = find_temporal_expressions(text, dct)
    for e in found:
        assert text[e.start : e.end] == e.text
    return found


def triples(text: str, dct: dt.date = SUNDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag(text, dct)]


def found(
    text: str, published: dt.date = MONDAY
) -> list[tuple[dt.date | None, str, dt.date | None]]:
    """(due, status, previous due) of each commitment of ``text``."""
    return [(c.due, c.status, c.previous_due) for c in extract_commitments(text, published)]
