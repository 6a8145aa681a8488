"""The ``deadlines`` command. Each subcommand is thin over a function in ``deadlines.jobs``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.errors import DeadlinesError
from deadlines.settings import Settings

COLUMNS = ("id", "due_on", "status", "kind", "what", "previous_due_on", "actors", "confidence")


def parse_now(text: str | None) -> datetime:
    """``--now``: an ISO date or instant; a date means midnight UTC, a naive time means UTC."""
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now {text!r}: give an ISO date or time, e.g. 2025-10-26T12:00"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-10-26") from None


def _read_text(path: str | None) -> str:
    if path in (None, "-"):
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DeadlinesError(f"cannot read {path}: {exc.strerror}") from None


def _engine(settings: Settings) -> Any:
    from deadlines.store import make_engine

    return make_engine(settings.database_url)


def cmd_init_db(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.store import migrate

    migrate(_engine(settings))
    print(f"store ready: {_safe_url(settings.database_url)}", file=out)
    return 0


def cmd_poll(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.feeds.config import load_feeds

    feeds = load_feeds(settings.feeds_path)
    report = jobs.poll(
        _engine(settings),
        feeds,
        now=args.now,
        timeout=settings.fetch_timeout,
        max_bytes=settings.max_feed_bytes,
        user_agent=settings.user_agent,
    )
    print(
        f"polled {len(feeds)} feeds: {report.feeds_ok} ok, {len(report.errors)} failed, "
        f"{report.new_articles} new articles",
        file=out,
    )
    for name, error in report.errors.items():
        print(f"  {name}: {error}", file=out)
    return 1 if feeds and not report.feeds_ok else 0


def cmd_extract(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    report = jobs.extract(_engine(settings), now=args.now, alert_tag=settings.alert_tag)
    print(
        f"read {report.articles} articles: {report.new} new commitments, {report.changed} changed, "
        f"{report.alerts_queued} alerts queued",
        file=out,
    )
    return 0


def cmd_alerts(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.alerts.delivery import AppriseNotifier

    engine = _engine(settings)
    planned = jobs.plan_alerts(
        engine, now=args.now, lead_times=settings.lead_times, alert_tag=settings.alert_tag
    )
    notifier = AppriseNotifier.from_config_file(settings.apprise_config_path)
    report = jobs.send(engine, notifier, now=args.now)
    print(
        f"{planned} lead-time alerts queued; sent {report.sent}, failed {report.failed}, "
        f"gave up on {report.dead} (targets: {', '.join(notifier.describe())})",
        file=out,
    )
    return 1 if report.failed or report.dead else 0


def cmd_run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    status = cmd_poll(args, settings, out)
    cmd_extract(args, settings, out)
    return cmd_alerts(args, settings, out) or status


def commitment_rows(settings: Settings, include_closed: bool = True) -> list[dict[str, Any]]:
    from deadlines.store.commitments import list_commitments

    with Session(_engine(settings)) as session:
        rows = list_commitments(session, include_closed=include_closed)
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
            for row in rows
        ]


def render_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], widths: dict[str, int] | None = None
) -> str:
    widths = widths or {}

    def cell(value: Any, column: str) -> str:
        text = (
            ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        )
        limit = widths.get(column, 60)
        return text if len(text) <= limit else text[: limit - 1] + "…"

    table = [[column for column in columns]] + [[cell(row[c], c) for c in columns] for row in rows]
    sizes = [max(len(line[i]) for line in table) for i in range(len(columns))]
    lines = [
        "  ".join(value.ljust(size) for value, size in zip(line, sizes, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * size for size in sizes))
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    rows = commitment_rows(settings, include_closed=not args.open)
    if args.format == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "actors": "; ".join(row["actors"])})
        out.write(buffer.getvalue())
    else:
        out.write(render_table(rows, COLUMNS) + "\n" if rows else "no commitments yet\n")
    return 0


def cmd_extract_text(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.extract import extract_commitments

    found = extract_commitments(_read_text(args.file), args.published, title=args.title)
    json.dump([c.to_dict() for c in found], out, indent=2, ensure_ascii=False)
    out.write("\n")
    return 0


def cmd_timex(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.extract import find_temporal_expressions

    found = find_temporal_expressions(_read_text(args.file), args.dct)
    json.dump([t.to_dict() for t in found], out, indent=2, ensure_ascii=False)
    out.write("\n")
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deadlines",
        description="Find dated commitments in news feeds, keep their history, and alert before "
        "they fall due or when they change. Settings come from DEADLINES_* environment variables.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress at INFO level")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Any, text: str, now: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        if now:
            sub.add_argument(
                "--now",
                type=parse_now,
                default=parse_now(None),
                help="act as if it were this instant (ISO date or time, UTC if no offset)",
            )
        return sub

    command("init-db", cmd_init_db, "create or upgrade the store's tables")
    command("poll", cmd_poll, "fetch the configured feeds and store new articles", now=True)
    command("extract", cmd_extract, "find commitments in articles not yet read", now=True)
    command("alerts", cmd_alerts, "queue lead-time alerts and deliver queued alerts", now=True)
    command("run", cmd_run, "poll, extract and alert in one go", now=True)
    listing = command("list", cmd_list, "print the commitments")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument("--open", action="store_true", help="hide cancelled and past events")
    text = command(
        "extract-text",
        cmd_extract_text,
        "print the commitments in one article as JSON (no database)",
    )
    text.add_argument(
        "--published", type=_date, required=True, help="the article's publication date"
    )
    text.add_argument("--title", help="the article's title")
    text.add_argument("file", nargs="?", help="a text file (default: standard input)")
    timex = command("timex", cmd_timex, "print the temporal expressions of a text as JSON")
    timex.add_argument("--dct", type=_date, required=True, help="the document's creation date")
    timex.add_argument("file", nargs="?", help="a text file (default: standard input)")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
