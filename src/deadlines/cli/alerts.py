"""Alerts at the terminal: silence, ack, the outbox, and the routes alerts follow."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any, TextIO

from deadlines.cli.common import (
    Subcommands,
    add_command,
    engine_for,
    now_of,
    parse_count,
    parse_id,
    parse_share,
    write_table,
)
from deadlines.errors import ConfigError
from deadlines.settings import Settings, parse_duration

OUTBOX_COLUMNS = ("id", "state", "attempts", "route", "tag", "next_attempt_at", "key", "title")


def parse_until(text: str) -> Any:
    """``--until``: an ISO date or time (UTC if no offset), or a duration from now (``2d``)."""
    from deadlines.cli.common import parse_now

    if text[-1:].lower() in ("d", "h", "m", "s", "w"):  # an ISO date or time ends otherwise
        try:
            duration = parse_duration(text)
        except ConfigError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if not duration:
            raise argparse.ArgumentTypeError(f"{text!r}: give a duration longer than 0")
        return duration
    return parse_now(text)


def cmd_silence(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.controls import silence, unsilence

    now = now_of(args)
    until = args.until
    if until is not None and not isinstance(until, datetime):
        until = now + until
    with Session(engine_for(settings)) as session, session.begin():
        if args.lift:
            lifted = unsilence(session, args.id)
            print(
                f"commitment {args.id}: silence lifted"
                if lifted
                else f"{args.id} was not silenced",
                file=out,
            )
            return 0
        silence(session, args.id, now=now, until=until)
    when = f"until {until.isoformat()}" if until else "until lifted (--lift)"
    print(f"commitment {args.id} silenced {when}: no alert of any kind", file=out)
    return 0


def cmd_ack(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.controls import acknowledge

    with Session(engine_for(settings)) as session, session.begin():
        ack = acknowledge(session, args.id, now=now_of(args))
        due = ack.due_on.isoformat() if ack.due_on else "no date"
    print(
        f"commitment {args.id} acknowledged: no more reminders for {due}; changes still alert",
        file=out,
    )
    return 0


def cmd_outbox(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.alerts.secrets import mask_text
    from deadlines.store.outbox import recent_alerts

    with Session(engine_for(settings, write=False)) as session:
        rows: list[dict[str, Any]] = [
            {
                "id": alert.id,
                "key": alert.key,
                "state": alert.state,
                "attempts": alert.attempts,
                "route": alert.route,
                "tag": alert.tag,
                "reason": alert.reason,
                "next_attempt_at": alert.next_attempt_at.isoformat(timespec="seconds"),
                "sent_at": alert.sent_at.isoformat(timespec="seconds") if alert.sent_at else None,
                "title": alert.title,
                "last_error": mask_text(alert.last_error or "") or None,
            }
            for alert in recent_alerts(session, args.limit, state=args.state)
        ]
    if args.format == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif rows:
        write_table(rows, OUTBOX_COLUMNS, out)
        for row in rows:
            if row["last_error"] and row["state"] in ("failed", "dead"):
                print(f"  {row['id']}: {row['last_error']}", file=out)
    else:
        print("the outbox is empty" + (f" (state {args.state})" if args.state else ""), file=out)
    return 0


def cmd_routes(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.routes import stored_routes

    with Session(engine_for(settings, write=False)) as session:
        rows = [
            {
                "name": r.name,
                "apprise_tag": r.apprise_tag,
                "tags": r.match_tags,
                "actors": r.match_actors,
                "kinds": r.match_kinds,
                "min_confidence": r.min_confidence,
                "lead_times": r.lead_times or ["(default)"],
                "digest": "yes" if r.digest else "no",
            }
            for r in stored_routes(session)
        ]
    if not any(row["name"] == "default" for row in rows):
        from deadlines.alerts.outbox import lead_label

        leads = ",".join(lead_label(lead) for lead in settings.lead_times)
        rows.append(
            {
                "name": "default",
                "apprise_tag": settings.alert_tag,
                "tags": [],
                "actors": [],
                "kinds": [],
                "min_confidence": 0.0,
                "lead_times": [leads],
                "digest": "no",
            }
        )
    write_table(rows, tuple(rows[0]), out)
    return 0


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def cmd_route_add(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.alerts.routes import save_route

    with Session(engine_for(settings)) as session, session.begin():
        save_route(
            session,
            name=args.name,
            tag=args.tag,
            now=now_of(args),
            match_tags=_split(args.match_tag),
            match_actors=_split(args.match_actor),
            match_kinds=_split(args.match_kind),
            min_confidence=args.min_confidence,
            lead_times=_split(args.lead_times),
            digest=args.digest,
        )
    print(f"route {args.name} -> apprise tag {args.tag} saved", file=out)
    return 0


def cmd_route_remove(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.store.routes import remove_route

    with Session(engine_for(settings)) as session, session.begin():
        removed = remove_route(session, args.name)
    print(f"route {args.name} removed" if removed else f"no route named {args.name}", file=out)
    return 0 if removed else 1


def register(commands: Subcommands) -> None:
    silence = add_command(
        commands,
        "silence",
        cmd_silence,
        "stop every alert about a commitment, for a while or until lifted",
        now=True,
    )
    silence.add_argument("id", type=parse_id, help="the commitment's id (see `deadlines list`)")
    silence.add_argument(
        "--until",
        type=parse_until,
        help="an ISO date or time (UTC if no offset) or a duration such as 2d or 12h",
    )
    silence.add_argument("--lift", action="store_true", help="lift the commitment's silence")

    ack = add_command(
        commands,
        "ack",
        cmd_ack,
        "acknowledge a commitment: no more lead-time or overdue reminders for its date",
        now=True,
    )
    ack.add_argument("id", type=parse_id, help="the commitment's id (see `deadlines list`)")

    outbox = add_command(commands, "outbox", cmd_outbox, "print the alerts in the outbox")
    outbox.add_argument(
        "--state", choices=("queued", "sending", "sent", "failed", "dead", "silenced")
    )
    outbox.add_argument("--limit", type=parse_count, default=50, help="newest first (default 50)")
    outbox.add_argument("--format", choices=("table", "json"), default="table")

    add_command(commands, "routes", cmd_routes, "print the alert routes")
    route = add_command(
        commands, "route-add", cmd_route_add, "add or replace an alert route", now=True
    )
    route.add_argument("name", help="the route's name; 'default' replaces the default route")
    route.add_argument("--tag", required=True, help="the apprise tag its alerts go to")
    route.add_argument("--match-tag", action="append", help="feed tags (any of), comma-separated")
    route.add_argument("--match-actor", action="append", help="actors (any of)")
    route.add_argument("--match-kind", action="append", help="kinds (any of), e.g. tariff")
    route.add_argument("--min-confidence", type=parse_share, default=0.0, help="0 to 1")
    route.add_argument("--lead-times", action="append", help="e.g. 7d,1d,6h (default: setting)")
    route.add_argument(
        "--digest", action="store_true", help="one message per run instead of one per alert"
    )
    remove = add_command(commands, "route-remove", cmd_route_remove, "remove an alert route")
    remove.add_argument("name")
