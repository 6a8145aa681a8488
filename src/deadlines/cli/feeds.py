"""`deadlines feeds add|list|disable|enable|status|import|export`: the feeds file, each
feed's health, and OPML in and out."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO

from deadlines.cli.common import Subcommands, add_command, engine_for, write_table
from deadlines.settings import Settings, parse_duration

LIST_COLUMNS = ("name", "url", "tags", "poll_interval", "enabled", "full_text")
STATUS_COLUMNS = (
    "name",
    "state",
    "last_success",
    "next_poll",
    "articles",
    "failures",
    "last_error",
    "page_error",
)


def _instant(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z") if value else None


def _interval(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60}h" if minutes % 60 == 0 and minutes >= 60 else f"{minutes}m"


def _write(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif rows:
        write_table(rows, columns, out)
    else:
        out.write("no feeds yet: add one with `deadlines feeds add NAME URL`\n")


def cmd_add(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.feeds.config import FeedConfig, add_feed

    feed = FeedConfig(
        name=args.name,
        url=args.url,
        tags=tuple(args.tag or ()),
        poll_interval=parse_duration(args.interval),
        enabled=not args.disabled,
        full_text=args.full_text,
    )
    feeds = add_feed(settings.feeds_path, feed)
    print(f"added {feed.name} to {settings.feeds_path} ({len(feeds)} feeds)", file=out)
    return 0


def cmd_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.feeds.address import redact_url
    from deadlines.feeds.config import load_feeds

    rows = [
        {
            "name": feed.name,
            "url": redact_url(feed.url),
            "tags": list(feed.tags),
            "poll_interval": _interval(feed.poll_interval.total_seconds()),
            "enabled": feed.enabled,
            "full_text": feed.full_text,
        }
        for feed in load_feeds(settings.feeds_path)
    ]
    _write(rows, LIST_COLUMNS, args.format, out)
    return 0


def _set_enabled(settings: Settings, name: str, enabled: bool, out: TextIO) -> int:
    from deadlines.feeds.config import set_enabled

    set_enabled(settings.feeds_path, name, enabled)
    word = "enabled" if enabled else "disabled: it stays in the file but is not polled"
    print(f"{name} {word}", file=out)
    return 0


def cmd_disable(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return _set_enabled(settings, args.name, False, out)


def cmd_enable(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    return _set_enabled(settings, args.name, True, out)


def cmd_import(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pathlib import Path

    from deadlines.errors import ConfigError
    from deadlines.feeds.opml import import_opml

    source = Path(args.file)
    try:
        content = source.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {source}: {exc.strerror or exc}") from None
    result = import_opml(
        settings.feeds_path,
        content,
        poll_interval=parse_duration(args.interval),
        full_text=args.full_text,
    )
    for line in result.refused:
        print(line, file=out)
    for feed in result.added:
        tags = f" [{', '.join(feed.tags)}]" if feed.tags else ""
        print(f"added {feed.name}{tags}", file=out)
    where = settings.feeds_path if result.added else f"{settings.feeds_path} (unchanged)"
    print(
        f"imported {len(result.added)} feeds, refused {len(result.refused)}, into {where}",
        file=out,
    )
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.feeds.config import load_feeds
    from deadlines.feeds.opml import write_opml

    document = write_opml(load_feeds(settings.feeds_path))
    if args.output:
        from pathlib import Path

        target = Path(args.output)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(document)
        partial.replace(target)
        print(f"wrote the feeds of {settings.feeds_path} to {target}", file=out)
    else:
        out.write(document.decode("utf-8"))
    return 0


def status_rows(settings: Settings) -> list[dict[str, Any]]:
    """Each configured feed with what the store knows of its polling."""
    from sqlalchemy.orm import Session

    from deadlines.feeds.config import load_feeds
    from deadlines.store.feeds import all_feeds, article_counts

    configured = load_feeds(settings.feeds_path)
    with Session(engine_for(settings, write=False)) as session:
        known = {feed.name: feed for feed in all_feeds(session)}
        counts = article_counts(session)
    rows = []
    for config in configured:
        feed = known.get(config.name)
        failures = feed.consecutive_failures if feed else 0
        if not config.enabled:
            state = "disabled"
        elif feed is None or feed.last_polled_at is None:
            state = "never polled"
        elif feed.last_error:
            state = f"failing ({failures}x)" if failures > 1 else "failing"
        else:
            state = "ok"
        rows.append(
            {
                "name": config.name,
                "state": state,
                "last_success": _instant(feed.last_success_at) if feed else None,
                "last_polled": _instant(feed.last_polled_at) if feed else None,
                "next_poll": _instant(feed.next_poll_at) if feed and config.enabled else None,
                "articles": counts.get(config.name, 0),
                "failures": failures,
                "last_error": feed.last_error if feed else None,
                "last_status": feed.last_status if feed else None,
                "page_error": feed.page_error if feed else None,
            }
        )
    return rows


def cmd_status(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    rows = status_rows(settings)
    _write(rows, STATUS_COLUMNS, args.format, out)
    return 0


def register(commands: Subcommands) -> None:
    feeds = add_command(
        commands, "feeds", cmd_list, "manage the feeds file and see how each feed is doing"
    )
    actions = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")

    def action(name: str, handler: Any, text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(
            name, help=text, description=text, prog=f"deadlines feeds {name}"
        )
        sub.set_defaults(handler=handler)
        return sub

    add = action("add", cmd_add, "add a feed to the feeds file (DEADLINES_FEEDS)")
    add.add_argument("name", help="a short unique name, e.g. trade-desk")
    add.add_argument("url", help="the feed's http:// or https:// address")
    add.add_argument("--tag", action="append", help="a tag (repeat for several)")
    add.add_argument("--interval", default="15m", help="how often to poll, e.g. 15m or 1h")
    add.add_argument(
        "--full-text",
        action="store_true",
        help="fetch each new entry's web page when the feed carries only a summary",
    )
    add.add_argument("--disabled", action="store_true", help="add it without polling it yet")

    listing = action("list", cmd_list, "print the feeds of the feeds file")
    listing.add_argument("--format", choices=("table", "json"), default="table")

    for name, handler, text in (
        ("disable", cmd_disable, "stop polling a feed (it stays in the file)"),
        ("enable", cmd_enable, "poll a disabled feed again"),
    ):
        sub = action(name, handler, text)
        sub.add_argument("name", help="the feed's name")

    opml_in = action(
        "import",
        cmd_import,
        "add the feeds of an OPML file (nested outlines become tags; duplicates and "
        "non-http addresses refused, a line each; written in one go)",
    )
    opml_in.add_argument("file", help="the OPML file, e.g. exported by a feed reader")
    opml_in.add_argument("--interval", default="15m", help="how often to poll them, e.g. 1h")
    opml_in.add_argument(
        "--full-text", action="store_true", help="fetch each new entry's web page (full_text)"
    )

    opml_out = action("export", cmd_export, "print the feeds file as an OPML feed list")
    opml_out.add_argument("--format", choices=("opml",), default="opml")
    opml_out.add_argument("--output", help="write to this file instead of standard output")

    status = action(
        "status",
        cmd_status,
        "per feed: state, last success, last error in plain words, next poll, articles stored",
    )
    status.add_argument("--format", choices=("table", "json"), default="table")
