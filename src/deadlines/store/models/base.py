"""The declarative base and column types shared by every table of the store."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from deadlines.model import utc


def require_aware(value: datetime | None) -> datetime | None:
    """``value`` itself, refused if it carries no offset: the store keeps UTC instants."""
    if value is not None and value.tzinfo is None:
        raise ValueError("naive datetime given to the store: pass an aware UTC instant")
    return value


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC instant on every backend (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        aware = require_aware(value)
        return None if aware is None else utc(aware)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return utc(value)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[dict[str, Any]]: JSON,
    }
