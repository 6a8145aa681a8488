"""Pure extraction of temporal expressions and dated commitments from news text."""

from .commitments import extract_commitments
from .model import Commitment, TemporalExpression
from .timex import find_temporal_expressions

__all__ = [
    "Commitment",
    "TemporalExpression",
    "extract_commitments",
    "find_temporal_expressions",
]
