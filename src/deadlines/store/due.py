"""The due scan: open commitments whose date falls inside a window, for the alert planner.

The planner runs it on every pass over every lead time, so it is the store's hot read
path. It returns small records of the columns the planner reads, built straight from the
driver's rows (see :mod:`deadlines.store.driver`), and its statement is compiled once per
database.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Date, Dialect, Select, bindparam, select, text
from sqlalchemy.orm import Session

from deadlines.store.driver import driver, read_date, read_json
from deadlines.store.models import Commitment
from deadlines.store.models.commitments import OPEN_PREDICATE

__all__ = ["PLANNER_COLUMNS", "DueCommitment", "due_between", "due_query"]


class DueCommitment(NamedTuple):
    """What the alert planner reads of a commitment found by the due scan."""

    id: int
    kind: str
    what: str
    due_on: date | None
    status: str
    previous_due_on: date | None
    actors: list[str]
    evidence: str
    confidence: float
    article_id: int | None
    version: int


PLANNER_COLUMNS = tuple(getattr(Commitment, name) for name in DueCommitment._fields)


def due_query(first: date | Any, last: date | Any) -> Select[Any]:
    """The lead-time scan: open commitments due from ``first`` to ``last`` inclusive (dates,
    or bound parameters for the compiled form :func:`due_between` runs).

    The open-status test is written as the partial index's own predicate so that both
    databases use ``ix_commitments_open_due``.
    """
    return (
        select(*PLANNER_COLUMNS)
        .where(Commitment.due_on >= first, Commitment.due_on <= last)
        .where(text(f"commitments.{OPEN_PREDICATE}"))
        .order_by(Commitment.due_on, Commitment.id)
    )


class _Compiled(NamedTuple):
    sql: str
    order: tuple[str, ...] | None  # parameter names in order, for positional drivers


_COMPILED: dict[tuple[str, str, str], _Compiled] = {}


def _compiled(dialect: Dialect) -> _Compiled:
    """The scan's SQL for this database and driver, compiled on first use."""
    key = (dialect.name, dialect.driver, dialect.paramstyle)
    found = _COMPILED.get(key)
    if found is None:
        statement = due_query(bindparam("first", type_=Date), bindparam("last", type_=Date))
        compiled = statement.compile(dialect=dialect)
        order = tuple(compiled.positiontup or ()) if dialect.positional else None
        found = _COMPILED[key] = _Compiled(compiled.string, order)
    return found


def _day(value: date) -> date:
    """A calendar date, also when given a datetime (whose time the scan ignores)."""
    return date(value.year, value.month, value.day)


def due_between(session: Session, first: date, last: date) -> list[DueCommitment]:
    """Open commitments due from ``first`` to ``last`` inclusive, soonest first.

    Like an ORM query, it first flushes the session's pending changes, so that a commitment
    cancelled or added in the same session is seen as it now is.
    """
    session.flush()
    dialect = session.get_bind().dialect
    compiled = _compiled(dialect)
    window: dict[str, Any] = {"first": _day(first), "last": _day(last)}
    if dialect.name == "sqlite":  # dates are ISO text there
        window = {name: day.isoformat() for name, day in window.items()}
    cursor = driver(session).cursor()
    cursor.execute(
        compiled.sql, window if compiled.order is None else [window[n] for n in compiled.order]
    )
    rows = cursor.fetchall()
    make = tuple.__new__  # what DueCommitment._make does, without its per-row checks
    if dialect.name != "sqlite":
        return [make(DueCommitment, row) for row in rows]
    return [
        make(DueCommitment, (ident, kind, what, read_date(due_on), status, read_date(previous),
                             read_json(actors), evidence, confidence, article_id, version))
        for ident, kind, what, due_on, status, previous, actors, evidence, confidence,
        article_id, version in rows
    ]  # fmt: skip
