"""Small dialect-aware helpers shared by the store's queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def table_of(model: type[Any]) -> Table:
    """The Table behind a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def insert_ignoring_duplicates(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> int:
    """Insert rows, skipping those whose natural key exists; returns how many went in."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    inserted = 0
    for row in rows:
        statement = (
            module.insert(table)
            .values(**row)
            .on_conflict_do_nothing(index_elements=keys)
            .returning(table.c[keys[0]])
        )
        inserted += len(session.execute(statement).all())
    return inserted
