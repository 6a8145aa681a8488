"""What the tagger's tests share: a publication day and the tagger's output, checked."""

from __future__ import annotations

import datetime as dt

from deadlines.extract import TemporalExpression, find_temporal_expressions

SUNDAY = dt.date(2025, 10, 26)


def tag(text: str, dct: dt.date = SUNDAY) -> list[TemporalExpression]:
    """The expressions of ``text``, each checked to be the text at its offsets."""
    found = find_temporal_expressions(text, dct)
    for e in found:
        assert text[e.start : e.end] == e.text
    return found


def triples(text: str, dct: dt.date = SUNDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag(text, dct)]
