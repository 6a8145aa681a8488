"""The ``deadlines`` command. Each subcommand is thin over a function in ``deadlines.jobs``.

Subcommands live in one module per area; each module has a ``register(commands)``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from deadlines.cli import alerts, commitments, feeds, pipeline, push, text
from deadlines.errors import DeadlinesError
from deadlines.settings import Settings

AREAS = (pipeline, commitments, text, feeds, alerts, push)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings.from_env()
        return int(args.handler(args, settings, out or sys.stdout))
    except DeadlinesError as exc:
        print(f"deadlines: {exc}", file=sys.stderr)
        return 2
