"""Data types returned by the extraction package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

STATUSES: tuple[str, ...] = (
    "scheduled",
    "postponed",
    "extended",
    "cancelled",
    "advanced",
    "expected",
    "proposed",
    "occurred",
)

KINDS: tuple[str, ...] = (
    "tariff",
    "truce",
    "meeting",
    "rule",
    "deadline",
    "sanction",
    "vote",
    "ruling",
    "other",
)


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


@dataclass(frozen=True)
class Commitment:
    """A dated (or dateable) future-relevant event that some actor is bound to."""

    what: str
    due: dt.date | None
    date_text: str | None
    status: str
    previous_due: dt.date | None
    actors: tuple[str, ...]
    evidence: str
    confidence: float
    kind: str = "other"
    subject: str = ""
    shift: str | None = None
    cue: str | None = None  # the words that tell a change ("postponed to"), when any

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "due": self.due.isoformat() if self.due else None,
            "date_text": self.date_text,
            "status": self.status,
            "previous_due": self.previous_due.isoformat() if self.previous_due else None,
            "actors": list(self.actors),
            "evidence": self.evidence,
            "confidence": self.confidence,
            "kind": self.kind,
            "subject": self.subject,
            "shift": self.shift,
            "cue": self.cue,
        }
