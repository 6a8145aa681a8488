"""The ``deadlines`` command. Each subcommand is thin over a function in ``deadlines.jobs``.

Subcommands live in one module per area; each module has a ``register(commands)``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from deadlines.cli import alerts, calendars, commitments, feeds, pipeline, push, text
from deadlines.cli.common import Parser
from deadlines.errors import DeadlinesError
from deadlines.settings import Settings

AREAS = (pipeline, commitments, text, feeds, alerts, calendars, push)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="deadlines",
        description="Find dated commitments in news feeds, keep their history, and alert "
        "before they fall due or when they change. Settings come from DEADLINES_* variables.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress at INFO")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for area in AREAS:
        area.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command. Exit status: 0 done, 1 done with failures it reports (a feed or an
    alert that failed), 2 refused: bad input, a bad setting or a store that cannot serve,
    said in one line on stderr. A reader that stops reading (``| head``) ends it quietly."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings: Settings | None = None
    try:
        settings = Settings.from_env()
        status = int(args.handler(args, settings, out or sys.stdout))
        if out is None:
            sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
        return status
    except DeadlinesError as exc:
        return _refuse(exc)
    except BrokenPipeError:
        # Python's own advice: point stdout at devnull, so that the flush at exit is quiet.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a program stopped by SIGPIPE
    except Exception as exc:
        if settings is None:
            raise
        from deadlines.store.problems import store_problem

        problem = store_problem(exc, settings.database_url)
        if problem is None:
            raise
        return _refuse(problem)


def _refuse(exc: Exception) -> int:
    print(f"deadlines: {' '.join(str(exc).split())}", file=sys.stderr)
    return 2
