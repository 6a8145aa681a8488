"""What the command modules share: argument types, the store's engine, subcommand set-up."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from deadlines.errors import DeadlinesError
from deadlines.model import parse_instant
from deadlines.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

Handler = Callable[[argparse.Namespace, Settings, TextIO], int]
Subcommands = Any  # argparse's private _SubParsersAction


def parse_now(text: str | None) -> datetime:
    """``--now``: an ISO date or instant; a date means midnight UTC, a naive time means UTC."""
    if not text:
        return datetime.now(UTC)
    try:
        return parse_instant(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now {text!r}: give an ISO date or time, e.g. 2025-10-26T12:00"
        ) from None


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-10-26") from None


def read_text(path: str | None) -> str:
    """A file's text, or standard input for no path or ``-``."""
    if path in (None, "-"):
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DeadlinesError(f"cannot read {path}: {exc.strerror}") from None


def engine_for(settings: Settings) -> Engine:
    from deadlines.store import make_engine

    return make_engine(settings.database_url)


def safe_url(url: str) -> str:
    """A database URL with its password hidden."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def add_command(
    commands: Subcommands, name: str, handler: Handler, text: str, *, now: bool = False
) -> argparse.ArgumentParser:
    """Add subcommand ``name``; with ``now``, it takes ``--now`` to replay a past moment."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=text, description=text)
    sub.set_defaults(handler=handler)
    if now:
        sub.add_argument(
            "--now",
            type=parse_now,
            default=None,
            help="act as if it were this instant (ISO date or time, UTC if no offset)",
        )
    return sub


def now_of(args: argparse.Namespace) -> datetime:
    return args.now if getattr(args, "now", None) is not None else datetime.now(UTC)


def write_table(rows: list[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> None:
    """A plain aligned table; long cells are cut with an ellipsis."""

    def cell(value: Any) -> str:
        text = (
            ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        )
        return text if len(text) <= 60 else text[:59] + "…"

    table = [list(columns)] + [[cell(row[c]) for c in columns] for row in rows]
    sizes = [max(len(line[i]) for line in table) for i in range(len(columns))]
    lines = [
        "  ".join(value.ljust(size) for value, size in zip(line, sizes, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * size for size in sizes))
    out.write("\n".join(lines) + "\n")
