"""The claims a batch reads: each report of a stored commitment, told when and by which
feed its article was published (the order and the votes of :mod:`deadlines.store.truth`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from deadlines.store.bulk import select_in
from deadlines.store.models import Article
from deadlines.store.models.commitments import Source
from deadlines.store.rules import Row
from deadlines.store.sql import table_of
from deadlines.store.truth import Claim, tells_change

__all__ = ["Recorded", "Told", "load_claims", "told_by"]

# When and by which feed an article was published: what orders and counts its claims.
Told = tuple[datetime, str]


def told_by(session: Session, article_ids: set[int]) -> dict[int, Told]:
    found = select_in(
        session, table_of(Article), ["id", "published_at", "fetched_at", "feed_id"], "id",
        sorted(article_ids),
    )  # fmt: skip
    return {
        ident: (published or fetched, f"feed{feed}") for ident, published, fetched, feed in found
    }


_CLAIMED = (
    "commitment_id",
    "reported_due_on",
    "reported_status",
    "change_cue",
    "reported_previous_due_on",
    "reported_shift",
    "article_id",
    "seen_at",
    "sentence_hash",
)

# A report recorded before: (commitment id, article id, sentence hash).
Recorded = tuple[int, int | None, str]


def load_claims(session: Session, rows: Sequence[Row]) -> set[Recorded]:
    """Load the claims of stored rows: their sources, told when their articles were.
    Returns the reports of articles among them, recorded before (a batch skips those)."""
    if not rows:
        return set()
    by_id = {row.candidate.id: row for row in rows}
    found = select_in(session, table_of(Source), _CLAIMED, "commitment_id", sorted(by_id))
    told = told_by(session, {record[6] for record in found if record[6] is not None})
    recorded = set()
    for ident, due, status, cue, previous, shift, article_id, seen, sentence in found:
        published, feed = told.get(article_id, (seen, "")) if article_id else (seen, "")
        by_id[ident].claims.append(
            Claim(due, status, published, feed, tells_change(status, cue),
                  previous, shift, article_id or 0)
        )  # fmt: skip
        if article_id is not None:
            recorded.add((ident, article_id, sentence))
    return recorded
