"""Pipeline steps from the terminal: init-db, poll, extract, alerts, run."""

from __future__ import annotations

import argparse
from typing import TextIO

from deadlines.cli.common import (
    Subcommands,
    add_command,
    engine_for,
    loading,
    now_of,
    safe_url,
)
from deadlines.cli.progress import add_quiet, progress_for
from deadlines.settings import Settings


def cmd_init_db(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.store import make_engine, migrate

    migrate(make_engine(settings.database_url))
    print(f"store ready: {safe_url(settings.database_url)}", file=out)
    return 0


def cmd_poll(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    with loading():
        from deadlines.feeds.config import load_feeds
        from deadlines.jobs.polling import PollOptions, poll

    feeds = load_feeds(settings.feeds_path)
    options = PollOptions.from_settings(settings)
    with progress_for(args, "feeds") as progress:
        report = poll(
            engine_for(settings), feeds, now=now_of(args), options=options, progress=progress
        )
    print(
        f"polled {report.polled} feeds ({report.not_due} not due): {report.feeds_ok} ok "
        f"({report.unchanged} unchanged), {len(report.errors)} failed; "
        f"{report.new_articles} new articles, {report.revised_articles} revised",
        file=out,
    )
    for name, error in report.errors.items():
        print(f"  {name}: {error}", file=out)
    return 1 if report.run_failed else 0


def cmd_extract(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.jobs.extraction import extract

    with progress_for(args, "articles") as progress:
        report = extract(
            engine_for(settings),
            now=now_of(args),
            alert_tag=settings.alert_tag,
            dispute_alerts=settings.dispute_alerts,
            progress=progress,
        )
    print(
        f"read {report.articles} articles: {report.new} new commitments, {report.changed} "
        f"changed, {report.alerts_queued} alerts queued",
        file=out,
    )
    return 0


def cmd_alerts(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from deadlines.alerts.delivery import AppriseNotifier
    from deadlines.jobs.alerting import plan_alerts, send

    engine, now = engine_for(settings), now_of(args)
    planned = plan_alerts(
        engine, now=now, lead_times=settings.lead_times, alert_tag=settings.alert_tag
    )
    notifier = AppriseNotifier.from_config_file(settings.apprise_config_path)
    report = send(engine, notifier, now=now)
    print(
        f"{planned} reminders queued (lead times, overdue); sent {report.sent}, "
        f"failed {report.failed} (retried later), gave up on {report.dead}, "
        f"dropped {report.held} silenced, acknowledged, dismissed or merged "
        f"(targets: {', '.join(notifier.describe())})",
        file=out,
    )
    if report.leased:
        print(f"  {report.lease_note()}", file=out)
    if report.failed or report.dead:
        print("  see `deadlines outbox --state failed` and `--state dead`", file=out)
    return 1 if report.run_failed else 0


def cmd_run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    status = cmd_poll(args, settings, out)
    cmd_extract(args, settings, out)
    return cmd_alerts(args, settings, out) or status


def register(commands: Subcommands) -> None:
    add_command(commands, "init-db", cmd_init_db, "create or upgrade the store's tables")
    polling = add_command(
        commands, "poll", cmd_poll, "fetch the configured feeds and store new articles", now=True
    )
    extracting = add_command(
        commands, "extract", cmd_extract, "find commitments in articles not yet read", now=True
    )
    add_command(
        commands, "alerts", cmd_alerts, "queue lead-time alerts and deliver queued ones", now=True
    )
    running = add_command(commands, "run", cmd_run, "poll, extract and alert in one go", now=True)
    for sub in (polling, extracting, running):
        add_quiet(sub)
