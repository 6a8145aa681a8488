"""What the command modules share: argument types, the store's engine, subcommand set-up."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from deadlines.errors import DeadlinesError
from deadlines.model import check_day, parse_instant
from deadlines.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

Handler = Callable[[argparse.Namespace, Settings, TextIO], int]
Subcommands = Any  # argparse's private _SubParsersAction


# Store ids are signed 64-bit integers on both databases.
LARGEST_ID = 2**63 - 1


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (exit 2), pointing at --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


@contextmanager
def loading() -> Iterator[None]:
    """Around the imports of a command that works long. What they build lives as long as
    the process, so the garbage collector does not walk it while it is built, nor at each
    full collection after (``gc.freeze``): a re-poll of 1,000 feeds spent a tenth of its
    CPU there. A process freezes once; whatever is garbage by then is left for its end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
        if enabled:
            gc.enable()


def parse_now(text: str | None) -> datetime:
    """An instant option (``--now``, ``--as-of``, ``--until``): an ISO date or instant; a date
    means midnight UTC, a naive time means UTC. argparse names the option in its error."""
    if text is None:
        return datetime.now(UTC)
    try:
        return parse_instant(text)
    except ValueError as exc:
        if "out of range" in str(exc):
            raise argparse.ArgumentTypeError(str(exc)) from None
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date or time, e.g. 2025-10-26T12:00"
        ) from None


def parse_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-10-26") from None
    try:
        return check_day(day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_id(text: str) -> int:
    """A commitment id: a whole number from 1 to 2^63 - 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a commitment id (a whole number from 1): `deadlines list` shows them"
        )
    return number


def parse_count(text: str) -> int:
    """A count such as ``--limit``: a whole number from 1 to a million."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number from 1 to 1000000")
    return number


def parse_port(text: str) -> int:
    """A TCP port: 0 (any free one) to 65535."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: give a port from 0 to 65535")
    return number


def parse_share(text: str) -> float:
    """A fraction from 0 to 1 such as ``--min-confidence``."""
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r}: give a number from 0 to 1")
    return number


def read_text(path: str | None) -> str:
    """A file's text, or standard input for no path or ``-``."""
    try:
        if path in (None, "-"):
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DeadlinesError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        where = "standard input" if path in (None, "-") else path
        raise DeadlinesError(f"{where} is not UTF-8 text (a binary file?)") from None


def engine_for(settings: Settings, *, write: bool = True) -> Engine:
    """The engine of the store, which `deadlines init-db` must have made; with ``write``
    false, a store this process may not write is read as it stands."""
    from deadlines.store.problems import open_store

    return open_store(settings.database_url, write=write)


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
