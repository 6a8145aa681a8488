"""Calendars to subscribe to: ``calendar-token add|list|revoke`` and ``serve-calendar``."""

from __future__ import annotations

import argparse
import signal
from typing import Any, TextIO

from deadlines.cli.common import (
    Subcommands,
    add_command,
    engine_for,
    now_of,
    parse_port,
    parse_share,
    write_table,
)
from deadlines.settings import Settings

LIST_COLUMNS = ("id", "name", "state", "tags", "actors", "kinds", "min_confidence", "created_at")


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def cmd_token_add(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.calendars.tokens import TokenFilters, add_token, route_filters

    filters = TokenFilters.of(
        _split(args.tag), _split(args.actor), _split(args.kind), args.min_confidence
    )
    with Session(engine_for(settings)) as session, session.begin():
        if args.route:
            filters = filters.joined(route_filters(session, args.route))
        made = add_token(session, args.name, filters, now=now_of(args))
    print(f"calendar token {made.token.name} (id {made.token.id}) made.", file=out)
    print("Its secret is shown only now; the store keeps only a hash of it.", file=out)
    print(f"  secret:   {made.secret}", file=out)
    print(f"  URL path: {made.path}", file=out)
    print(
        "Subscribe to that path on Airflow's API server (https://AIRFLOW-HOST"
        f"{made.path})\nor on `deadlines serve-calendar` (http://127.0.0.1:8091{made.path}).",
        file=out,
    )
    return 0


def cmd_token_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.calendars.tokens import list_tokens

    with Session(engine_for(settings, write=False)) as session:
        tokens = list_tokens(session)
    if not tokens:
        print("no calendar tokens: `deadlines calendar-token add NAME` makes one", file=out)
        return 0
    rows: list[dict[str, Any]] = [
        {
            "id": token.id,
            "name": token.name,
            "state": "revoked" if token.revoked_at else "active",
            "tags": list(token.match_tags),
            "actors": list(token.match_actors),
            "kinds": list(token.match_kinds),
            "min_confidence": token.min_confidence,
            "created_at": token.created_at.isoformat(timespec="seconds"),
        }
        for token in tokens
    ]
    write_table(rows, LIST_COLUMNS, out)
    return 0


def cmd_token_revoke(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from deadlines.calendars.tokens import revoke_token

    with Session(engine_for(settings)) as session, session.begin():
        revoked = revoke_token(session, args.token, now=now_of(args))
    print(
        f"calendar token {revoked.name} (id {revoked.id}) revoked: its URL now answers 404",
        file=out,
    )
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.calendars import PATH_PREFIX
    from deadlines.calendars.server import make_server

    server = make_server(
        engine_for(settings), host=args.host, port=args.port, lead_times=settings.lead_times
    )
    print(f"serving calendars on {server.url}{PATH_PREFIX}SECRET.ics (Ctrl-C stops)", file=out)
    out.flush()
    # a service manager's stop (SIGTERM) ends it as cleanly as Ctrl-C: a process started in
    # the background by a shell ignores SIGINT, so SIGTERM is how such a run is stopped
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
    return 0


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def _register_token(commands: Subcommands) -> None:
    token = add_command(
        commands,
        "calendar-token",
        cmd_token_list,
        "make, list and revoke the secret URLs of calendars to subscribe to",
    )
    actions = token.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")

    def action(name: str, handler: Any, text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(
            name, help=text, description=text, prog=f"deadlines calendar-token {name}"
        )
        sub.set_defaults(handler=handler, now=None)
        return sub

    add = action("add", cmd_token_add, "make a token; its secret URL is printed once")
    add.add_argument("name", help="who the calendar is for, e.g. trade-desk")
    add.add_argument("--tag", action="append", help="feed tags (any of), comma-separated")
    add.add_argument("--actor", action="append", help="actors (any of)")
    add.add_argument("--kind", action="append", help="kinds (any of), e.g. tariff")
    add.add_argument("--min-confidence", type=parse_share, default=0.0, help="0 to 1")
    add.add_argument(
        "--route", help="also take the filters of this alert route (`deadlines routes`)"
    )
    action("list", cmd_token_list, "list the tokens and their filters (never a secret)")
    revoke = action("revoke", cmd_token_revoke, "revoke a token: its URL answers 404")
    revoke.add_argument("token", help="the token's name or id (`deadlines calendar-token list`)")


def register(commands: Subcommands) -> None:
    _register_token(commands)
    serve = add_command(
        commands,
        "serve-calendar",
        cmd_serve,
        "serve the calendars over HTTP without Airflow (127.0.0.1 unless --host says otherwise)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument(
        "--port", type=parse_port, default=8091, help="port (default 8091; 0: any free)"
    )
