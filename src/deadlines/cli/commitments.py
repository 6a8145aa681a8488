"""Commitments for people at a terminal: list (and, as the store grows, show and history)."""

from __future__ import annotations

import argparse
import csv
import json
from typing import Any, TextIO

from sqlalchemy.orm import Session

from deadlines.cli.common import Subcommands, add_command, engine_for, write_table
from deadlines.settings import Settings

COLUMNS = ("id", "due_on", "status", "kind", "what", "previous_due_on", "actors", "confidence")


def commitment_rows(settings: Settings, include_closed: bool = True) -> list[dict[str, Any]]:
    from deadlines.store.commitments import list_commitments

    with Session(engine_for(settings)) as session:
        return [
            {
                "id": row.id,
                "due_on": row.due_on.isoformat() if row.due_on else None,
                "status": row.status,
                "kind": row.kind,
                "what": row.what,
                "previous_due_on": row.previous_due_on.isoformat() if row.previous_due_on else None,
                "actors": list(row.actors),
                "confidence": round(row.confidence, 2),
            }
            for row in list_commitments(session, include_closed=include_closed)
        ]


def cmd_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    rows = commitment_rows(settings, include_closed=not args.open)
    if args.format == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "actors": "; ".join(row["actors"])})
    elif rows:
        write_table(rows, COLUMNS, out)
    else:
        out.write("no commitments yet\n")
    return 0


def register(commands: Subcommands) -> None:
    listing = add_command(commands, "list", cmd_list, "print the commitments")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument("--open", action="store_true", help="hide cancelled and past events")
