"""Commitments for people at a terminal: list, show, history, correct, merge, dismiss, export."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from deadlines.cli.common import (
    Subcommands,
    add_command,
    engine_for,
    now_of,
    parse_date,
    parse_id,
    parse_now,
    write_table,
)
from deadlines.cli.progress import add_quiet, progress_for
from deadlines.errors import DeadlinesError
from deadlines.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SOURCE_COLUMNS = (
    "published_at",
    "feed",
    "reported_due_on",
    "reported_status",
    "change_cue",
    "confidence",
    "url",
)
EXPORT_CHUNK = 2000  # commitments converted between two counts of the progress line
CLAIM_COLUMNS = ("due_on", "reports", "feeds", "statuses", "cues", "first_published")
HISTORY_COLUMNS = (
    "changed_at",
    "version",
    "change",
    "old_due_on",
    "new_due_on",
    "old_status",
    "new_status",
    "by",
    "source",
)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def commitment_rows(settings: Settings, include_closed: bool = True) -> list[dict[str, Any]]:
    from sqlalchemy.orm import Session

    from deadlines.exports import LIST_FIELDS, plain_rows
    from deadlines.store.queries import Filters, list_commitments

    with Session(engine_for(settings, write=False)) as session:
        rows = list_commitments(session, Filters(open_only=not include_closed))
    return plain_rows(rows, LIST_FIELDS, digits=2)


def _dump(value: Any, out: TextIO) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False, default=_iso)
    out.write("\n")


def cmd_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.exports import LIST_FIELDS, write_csv

    rows = commitment_rows(settings, include_closed=not args.open)
    if args.format == "json":
        _dump(rows, out)
    elif args.format == "csv":
        write_csv(rows, out, LIST_FIELDS, lineterminator="\n")
    elif rows:
        write_table(rows, LIST_FIELDS, out)
    else:
        out.write("no commitments yet\n")
    return 0


_SHOWN = (
    "id", "kind", "subject", "what", "due_on", "status", "previous_due_on", "date_text",
    "actors", "confidence", "version", "confirmed_by", "merged_into_id", "evidence",
    "first_seen_at", "updated_at", "last_seen_at", "disputed",
)  # fmt: skip


def _details(session: Session, commitment_id: int) -> dict[str, Any]:
    from deadlines.store.queries import claims_by_date, one_commitment, sources

    row = one_commitment(session, commitment_id)
    if row is None:
        raise DeadlinesError(f"there is no commitment {commitment_id}: `deadlines list` shows ids")
    details = {name: _iso(getattr(row, name)) for name in _SHOWN}
    details["actors"] = list(row.actors)
    reports = sources(session, commitment_id)
    details["claims"] = [
        {
            "due_on": _iso(group.due_on),
            "reports": group.reports,
            "feeds": list(group.feeds),
            "statuses": list(group.statuses),
            "cues": list(group.cues),
            "first_published": _iso(group.first_published),
        }
        for group in claims_by_date(reports)
    ]
    details["sources"] = [
        {
            "seen_at": _iso(source.seen_at),
            "published_at": _iso(source.published_at),
            "feed": source.feed,
            "reported_due_on": _iso(source.reported_due_on),
            "reported_status": source.reported_status,
            "change_cue": source.change_cue,
            "confidence": round(source.confidence, 2),
            "url": source.url,
            "sentence": source.sentence,
        }
        for source in reports
    ]
    return details


def cmd_show(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    with Session(engine_for(settings, write=False)) as session:
        details = _details(session, args.id)
    if args.format == "json":
        _dump(details, out)
        return 0
    sources = details.pop("sources")
    claims = details.pop("claims")
    width = max(len(name) for name in details)
    for name, value in details.items():
        text = ", ".join(value) if isinstance(value, list) else ("" if value is None else value)
        out.write(f"{name.ljust(width)}  {text}\n")
    out.write(f"\nclaims by date ({len(claims)} dates)\n")
    if claims:
        shown = [
            {name: ", ".join(v) if isinstance(v, list) else v for name, v in claim.items()}
            for claim in claims
        ]
        write_table(shown, CLAIM_COLUMNS, out)
    out.write(f"\n{len(sources)} sources\n")
    if sources:
        write_table(sources, SOURCE_COLUMNS, out)
    return 0


def cmd_history(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.history import state_as_of
    from deadlines.store.queries import changes

    with Session(engine_for(settings, write=False)) as session:
        _details(session, args.id)  # a plain error for an unknown id
        if args.as_of is not None:
            state = state_as_of(session, args.id, args.as_of)
            if state is None:
                out.write(f"commitment {args.id} was not known at {args.as_of.isoformat()}\n")
                return 1
            values = {name: _iso(value) for name, value in vars(state).items()}
            if args.format == "json":
                _dump(values, out)
            else:
                write_table([values], tuple(values), out)
            return 0
        entries = [
            {
                "changed_at": _iso(entry.changed_at),
                "version": entry.version,
                "change": entry.change,
                "old_due_on": _iso(entry.old_due_on),
                "new_due_on": _iso(entry.new_due_on),
                "old_status": entry.old_status,
                "new_status": entry.new_status,
                "by": entry.changed_by or "extractor",
                "source": f"article {entry.article_id}" if entry.article_id else None,
                "note": entry.note,
                "evidence": entry.evidence,
            }
            for entry in changes(session, args.id)
        ]
    if args.format == "json":
        _dump(entries, out)
    else:
        write_table(entries, HISTORY_COLUMNS, out)
    return 0


def _who(args: argparse.Namespace) -> Any:
    from deadlines.store.corrections import Who

    return Who(by=args.by or getpass.getuser(), at=now_of(args), note=args.note)


def cmd_correct(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.corrections import confirm, correct

    with Session(engine_for(settings)) as session, session.begin():
        if args.confirm:
            if args.due is not None or args.status is not None:
                raise DeadlinesError("--confirm keeps the commitment as it is: drop --due/--status")
            confirm(session, args.id, _who(args))
            out.write(f"commitment {args.id} confirmed\n")
            return 0
        event = correct(session, args.id, _who(args), due_on=args.due, status=args.status)
    out.write(
        f"commitment {args.id} corrected (version {event.version})\n"
        if event
        else f"commitment {args.id} already said so; correction kept\n"
    )
    return 0


def cmd_merge(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.corrections import merge

    with Session(engine_for(settings)) as session, session.begin():
        merge(session, args.keep, args.other, _who(args))
    out.write(f"commitment {args.other} merged into {args.keep}\n")
    return 0


def cmd_dismiss(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.corrections import dismiss

    with Session(engine_for(settings)) as session, session.begin():
        dismiss(session, args.id, _who(args))
    out.write(f"commitment {args.id} dismissed\n")
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.exports import plain_rows, to_csv, to_ics, to_json
    from deadlines.store.queries import list_commitments

    with progress_for(args, "commitments") as progress:
        with Session(engine_for(settings, write=False)) as session:
            rows = list_commitments(session)
        progress(0, len(rows))
        if args.format == "ics":
            data = to_ics(rows, lead_times=settings.lead_times, now=now_of(args))
            progress(len(rows), len(rows))
        else:
            plain = []
            for start in range(0, len(rows), EXPORT_CHUNK):
                plain.extend(plain_rows(rows[start : start + EXPORT_CHUNK]))
                progress(len(plain), len(rows))
            data = (to_csv(plain) if args.format == "csv" else to_json(plain)).encode("utf-8")
    if args.output in (None, "-"):
        if out is sys.stdout:
            sys.stdout.buffer.write(data)
        else:
            out.write(data.decode("utf-8"))
    else:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            raise DeadlinesError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"wrote {len(rows)} commitments to {args.output}", file=sys.stderr)
    return 0


def _correction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", help="who makes the correction (default: your login name)")
    parser.add_argument("--note", help="why, in a few words; kept in the history")


def register(commands: Subcommands) -> None:
    formats = ("table", "json")
    listing = add_command(commands, "list", cmd_list, "print the commitments")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument(
        "--open", action="store_true", help="hide cancelled, past, dismissed and merged ones"
    )

    show = add_command(
        commands, "show", cmd_show, "print one commitment with every report (source) of it"
    )
    show.add_argument("id", type=parse_id, help="the commitment's id, as `deadlines list` shows it")
    show.add_argument("--format", choices=formats, default="table")

    past = add_command(
        commands, "history", cmd_history, "print how a commitment changed, and who said so"
    )
    past.add_argument("id", type=parse_id, help="the commitment's id")
    past.add_argument("--format", choices=formats, default="table")
    past.add_argument(
        "--as-of",
        type=parse_now,
        default=None,
        help="show the commitment as the store knew it at this instant (ISO, UTC if no offset)",
    )

    _register_corrections(commands)
    export = add_command(
        commands,
        "export",
        cmd_export,
        "write every commitment as CSV, JSON or an iCalendar file a calendar can subscribe to",
        now=True,
    )
    export.add_argument("--format", choices=("csv", "json", "ics"), required=True)
    export.add_argument("--output", "-o", help="a file to write (default: standard output)")
    add_quiet(export)


def _register_corrections(commands: Subcommands) -> None:
    fix = add_command(
        commands,
        "correct",
        cmd_correct,
        "confirm a commitment or set its date or status; people's corrections win over "
        "later extraction",
        now=True,
    )
    fix.add_argument("id", type=parse_id, help="the commitment's id")
    fix.add_argument("--due", type=parse_date, help="the right due date, e.g. 2025-11-10")
    fix.add_argument("--status", help="the right status, e.g. cancelled or postponed")
    fix.add_argument("--confirm", action="store_true", help="vouch for it as it stands")
    _correction_options(fix)

    merge = add_command(
        commands, "merge", cmd_merge, "fold a duplicate commitment into another", now=True
    )
    merge.add_argument("keep", type=parse_id, help="the id that stays")
    merge.add_argument("other", type=parse_id, help="the duplicate's id; its reports move over")
    _correction_options(merge)

    dismiss = add_command(
        commands, "dismiss", cmd_dismiss, "mark a commitment as false: no more alerts", now=True
    )
    dismiss.add_argument("id", type=parse_id, help="the commitment's id")
    _correction_options(dismiss)
