"""Calendar tokens in the store: made once, kept as a hash, listed without secrets, revoked."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines.alerts.routes import save_route
from deadlines.calendars.tokens import (
    TokenFilters,
    add_token,
    list_tokens,
    revoke_token,
    route_filters,
)
from deadlines.errors import ConfigError
from deadlines.store.calendars import active_token_by_hash
from deadlines.store.models import CalendarToken

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)


def test_only_the_hash_of_a_secret_is_stored(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        made = add_token(session, "trade-desk", TokenFilters.of(tags=["Trade "]), now=NOW)
    assert len(made.secret) >= 43 and made.path == f"/deadlines/calendar/{made.secret}.ics"
    with Session(engine) as session:
        (stored,) = session.scalars(select(CalendarToken)).all()
        columns = [getattr(stored, c.key) for c in CalendarToken.__table__.columns]
        assert not any(made.secret in str(value) for value in columns)
        assert stored.token_hash == hashlib.sha256(made.secret.encode()).hexdigest()
        assert stored.match_tags == ["trade"]
        found = active_token_by_hash(session, stored.token_hash)
        assert found is not None and found.name == "trade-desk"


def test_names_are_unique_among_active_tokens(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        first = add_token(session, "ops", TokenFilters(), now=NOW)
        with pytest.raises(ConfigError, match="exists: revoke it first"):
            add_token(session, "ops", TokenFilters(), now=NOW)
        with pytest.raises(ConfigError, match="lower-case"):
            add_token(session, "Ops Team", TokenFilters(), now=NOW)
        with pytest.raises(ConfigError, match="digits alone"):
            add_token(session, "2024", TokenFilters(), now=NOW)
    with Session(engine) as session, session.begin():
        revoked = revoke_token(session, "ops", now=NOW + timedelta(hours=1))
        assert revoked.id == first.token.id and revoked.revoked_at is not None
        second = add_token(session, "ops", TokenFilters(), now=NOW + timedelta(hours=2))
    assert second.secret != first.secret
    with Session(engine) as session:
        tokens = list_tokens(session)
        assert [(t.name, t.revoked_at is None) for t in tokens] == [("ops", False), ("ops", True)]
        assert active_token_by_hash(session, first.token.token_hash) is None


def test_revoke_by_id_and_unknown_tokens(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        made = add_token(session, "ops", TokenFilters(), now=NOW)
    with Session(engine) as session, session.begin():
        assert revoke_token(session, str(made.token.id), now=NOW).name == "ops"
    with Session(engine) as session, session.begin():
        with pytest.raises(ConfigError, match="no active calendar token"):
            revoke_token(session, str(made.token.id), now=NOW)
        with pytest.raises(ConfigError, match="no active calendar token"):
            revoke_token(session, "nobody", now=NOW)


def test_a_route_lends_its_filters(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        save_route(
            session, name="energy-team", tag="energy", now=NOW, match_tags=["Energy"],
            match_kinds=["tariff"], min_confidence=0.5,
        )  # fmt: skip
        filters = route_filters(session, "energy-team").joined(TokenFilters.of(actors=["Grid"]))
        with pytest.raises(ConfigError, match="no alert route named"):
            route_filters(session, "nobody")
    assert filters == TokenFilters(
        frozenset({"energy"}), frozenset({"grid"}), frozenset({"tariff"}), 0.5
    )
    with pytest.raises(ConfigError, match="between 0 and 1"):
        TokenFilters.of(min_confidence=1.5)
