"""Pushed news from the terminal: serve (the WebSub callback), websub, ingest."""

from __future__ import annotations

import argparse
import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from deadlines.cli.common import Subcommands, add_command, engine_for, now_of, read_text
from deadlines.settings import Settings

if TYPE_CHECKING:
    from deadlines.jobs.subscribe import SubscriptionReport


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.jobs.announce import announcer
    from deadlines.serve import CallbackServer

    server = CallbackServer(
        (args.host, args.port),
        engine_for(settings),
        max_bytes=settings.max_feed_bytes,
        on_stored=announcer(settings.announce_url),
    )
    print(f"WebSub callback at {server.url}/<id> (Ctrl-C stops)", file=out, flush=True)
    stop = threading.Event()
    if settings.websub_callback and args.maintain_every > 0:
        keeper = threading.Thread(
            target=_keep_subscriptions, args=(settings, args.maintain_every, stop), daemon=True
        )
        keeper.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
    return 0


def _keep_subscriptions(settings: Settings, every: float, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            _maintain(settings, datetime.now(UTC))
        except Exception:  # the callback keeps serving; the next round tries again
            logging.getLogger(__name__).exception("websub: keeping subscriptions failed")
        stop.wait(every)


def _maintain(settings: Settings, now: datetime) -> SubscriptionReport:
    from deadlines.jobs.subscribe import maintain_as_set

    return maintain_as_set(engine_for(settings), settings, now=now)


def cmd_websub(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    report = _maintain(settings, now_of(args))
    for kind in ("subscribed", "renewed", "unsubscribed"):
        for name in getattr(report, kind):
            print(f"{name}: {kind}", file=out)
    for name, error in report.errors.items():
        print(f"{name}: {error}", file=out)
    return 1 if report.errors else 0


def cmd_ingest(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.jobs.announce import announcer
    from deadlines.jobs.ingest import ingest

    body = read_text(args.file).encode("utf-8")
    report = ingest(
        engine_for(settings),
        body,
        now=now_of(args),
        max_bytes=settings.max_feed_bytes,
        feed=args.feed,
        on_stored=announcer(settings.announce_url),
    )
    print(
        f"{report.items} items into {report.feed}: {report.new} new, {report.revised} revised",
        file=out,
    )
    return 0


def register(commands: Subcommands) -> None:
    serve = add_command(
        commands,
        "serve",
        cmd_serve,
        "answer WebSub hubs at /deadlines-websub/<id> (for installs without Airflow's UI); "
        "keeps subscriptions when DEADLINES_WEBSUB_CALLBACK is set",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8090, help="port to bind (default 8090)")
    serve.add_argument(
        "--maintain-every",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="subscribe, renew and unsubscribe this often (0: never; default 60)",
    )
    add_command(
        commands,
        "websub",
        cmd_websub,
        "subscribe to the hubs feeds name, renew leases, unsubscribe disabled feeds",
        now=True,
    )
    ingest = add_command(
        commands, "ingest", cmd_ingest, "store JSON Feed items from FILE or - (stdin)", now=True
    )
    ingest.add_argument("file", metavar="FILE", help="a JSON Feed, {'items': [...]} or a list")
    ingest.add_argument("--feed", default="pushed", help="the feed they are kept under")
