"""Data types returned by the extraction package.

``Commitment`` is the shared vocabulary's (:mod:`deadlines.model`); it is re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from deadlines.model import Commitment

__all__ = ["Commitment", "TemporalExpression"]


@dataclass(frozen=True)
class TemporalExpression:
    """A TIMEX3-style temporal expression found in a text.

    ``start`` and ``end`` are character offsets such that ``text[start:end]`` equals
    :attr:`text`.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }
