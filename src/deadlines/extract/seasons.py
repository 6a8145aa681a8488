"""The year a season told with a tense falls in."""

from __future__ import annotations

import datetime as dt

from .lexicon import SEASON_START
from .tense import FUTURE, PAST


def season_year(code: str, dct: dt.date, tense: str | None, begun: bool = False) -> int:
    """The year of a season told with a tense: one already over this year is next year's
    when told ahead ("will go on sale in the spring", written in October), one not yet
    begun is last year's when told in the past."""
    start = SEASON_START[code]
    if begun:  # "this past summer": the latest such season begun in an earlier month
        return dct.year if start < dct.month else dct.year - 1
    if tense == FUTURE and code != "WI" and start + 2 < dct.month:
        return dct.year + 1
    if tense == PAST and start > dct.month:
        return dct.year - 1
    return dct.year
