"""TimeBank's conventions for news text, one test per class of expression they settle."""

from __future__ import annotations

from tests.extract.timex_helpers import triples


def test_a_fiscal_year_is_valued_as_its_year() -> None:
    found = triples("The retailer expects lower margins in fiscal 2026 than in fiscal year 2025.")
    assert ("fiscal 2026", "DATE", "2026") in found
    assert ("fiscal year 2025", "DATE", "2025") in found
