"""A small store for calendar tests: two feeds with tags, one commitment from each, and
tokens that select them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.calendars.tokens import NewToken, TokenFilters, add_token
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitments
from deadlines.store.models import Article, Feed

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Seeded:
    trade: int  # a commitment from the feed tagged "trade"
    energy: int  # one from the feed tagged "energy"
    everything: NewToken  # no filters
    trade_only: NewToken  # --tag trade


def found(subject: str, due: date, kind: str = "rule") -> Found:
    return Found(
        what=f"the {subject} begins", due=due, date_text=due.isoformat(),
        status="scheduled", previous_due=None, actors=("Harbour Board",),
        evidence=f"Officials said the {subject} begins as planned.", confidence=0.8,
        kind=kind, subject=subject,
    )  # fmt: skip


def _article(session: Session, name: str, tags: list[str]) -> int:
    feed = Feed(name=name, url=f"http://127.0.0.1:9/{name}.xml", tags=tags)
    session.add(feed)
    session.flush()
    article = Article(
        feed_id=feed.id, guid=name, url=f"http://127.0.0.1:9/{name}.html", title=name,
        text="...", published_at=NOW, fetched_at=NOW, content_hash=f"{feed.id:064d}",
    )  # fmt: skip
    session.add(article)
    session.flush()
    return article.id


def seed(engine: Engine) -> Seeded:
    with Session(engine) as session, session.begin():
        trade_article = _article(session, "harbour-wire", ["Trade"])
        energy_article = _article(session, "grid-news", ["energy"])
        reports = [
            (found("berth levy", date(2025, 11, 14), kind="tariff"), trade_article),
            (found("grid tariff review", date(2025, 11, 20)), energy_article),
        ]
        trade, energy = (
            event.commitment_id for event in record_commitments(session, reports, now=NOW)
        )
        everything = add_token(session, "everyone", TokenFilters(), now=NOW)
        trade_only = add_token(
            session, "trade-desk", TokenFilters.of(tags=["trade"]), now=NOW + timedelta(minutes=1)
        )
    return Seeded(trade, energy, everything, trade_only)
