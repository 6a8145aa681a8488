"""Extraction on one text, no database: extract-text and timex."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from deadlines.cli.common import Subcommands, add_command, parse_date, read_text
from deadlines.settings import Settings


def cmd_extract_text(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.extract import extract_commitments

    found = extract_commitments(read_text(args.file), args.published, title=args.title)
    json.dump([c.to_dict() for c in found], out, indent=2, ensure_ascii=False)
    out.write("\n")
    return 0


def cmd_timex(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.extract import find_temporal_expressions

    found = find_temporal_expressions(read_text(args.file), args.dct)
    json.dump([t.to_dict() for t in found], out, indent=2, ensure_ascii=False)
    out.write("\n")
    return 0


def register(commands: Subcommands) -> None:
    text = add_command(
        commands,
        "extract-text",
        cmd_extract_text,
        "print the commitments in one article as JSON (no database)",
    )
    text.add_argument(
        "--published", type=parse_date, required=True, help="the article's publication date"
    )
    text.add_argument("--title", help="the article's title")
    text.add_argument("file", nargs="?", help="a text file (default: standard input)")
    timex = add_command(
        commands, "timex", cmd_timex, "print the temporal expressions of a text as JSON"
    )
    timex.add_argument("--dct", type=parse_date, required=True, help="the document's date")
    timex.add_argument("file", nargs="?", help="a text file (default: standard input)")
