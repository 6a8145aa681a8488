"""Airflow with the CeleryExecutor on this machine: `make cluster`.

Starts the API server, the scheduler, the DAG processor and two Celery workers against the
local PostgreSQL (Airflow's metadata and the store, in databases of their own) and Redis
(the broker); serves a live feed on 127.0.0.1; then drives the pipeline until an alert
reaches the local sink. `--until-alert` stops everything there (the system test and CI use
it); without it the cluster keeps running for you to explore until Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from livefeed import LiveFeed  # noqa: E402  (sibling scripts, not a package)
from processes import ProcessGroup  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DAGS = ("deadlines_poll_feeds", "deadlines_extract", "deadlines_alerts")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    def __init__(
        self,
        state: Path,
        *,
        workers: int = 2,
        pg: str = "postgresql://postgres@127.0.0.1:5432",
        redis: str = "redis://127.0.0.1:6379/7",
        prefix: str = "deadlines_cluster",
        poll_interval: str = "30s",
        alert_url: str | None = None,
    ) -> None:
        self.state = state.resolve()
        self.workers = workers
        self.pg, self.redis, self.prefix = pg, redis, prefix
        self.poll_interval = poll_interval
        self.port = free_port()
        self.sink = self.state / "alerts.jsonl"
        self.alert_url = alert_url or f"jsonl://{self.sink}"
        self.feed = LiveFeed()
        self.processes = ProcessGroup(self.state)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        meta = f"{self.pg}/{self.prefix}_airflow"
        connection = {
            "conn_type": "apprise",
            "extra": {"config": [{"path": self.alert_url, "tag": "all, ops"}]},
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "DEADLINES_"))}
        env.update(
            {
                "AIRFLOW_HOME": str(self.state / "airflow"),
                "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
                "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
                "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
                "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(
                    self.state / "airflow" / "passwords.json"
                ),
                "AIRFLOW__API_AUTH__JWT_SECRET": "cluster-on-loopback-only",
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": meta.replace(
                    "postgresql://", "postgresql+psycopg://"
                ),
                # psycopg 3 serves both Airflow's sync and async engines (no asyncpg needed).
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC": meta.replace(
                    "postgresql://", "postgresql+psycopg://"
                ),
                "AIRFLOW__CELERY__BROKER_URL": self.redis,
                # A queue of its own, so that two clusters on one Redis never take each
                # other's tasks.
                "AIRFLOW__OPERATORS__DEFAULT_QUEUE": self.prefix,
                "AIRFLOW__CELERY__RESULT_BACKEND": "db+"
                + meta.replace("postgresql://", "postgresql+psycopg://"),
                "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
                "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
                # an idle scheduler looks again after 0.1 s (default 1 s): each hop of
                # feeds -> articles -> commitments -> alerts waits for one of its loops
                "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.1",
                "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
                "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
                "AIRFLOW_CONN_APPRISE_DEFAULT": json.dumps(connection),
                "DEADLINES_HOME": str(self.state / "deadlines"),
                "DEADLINES_DATABASE_URL": f"{self.pg}/{self.prefix}_store",
                "DEADLINES_FEEDS": str(self.state / "feeds.yaml"),
                "DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32",
                # Pushed articles are announced on Redis; the triggerer hears them.
                "DEADLINES_ANNOUNCE_URL": self.redis,
                "AIRFLOW_CONN_DEADLINES_REDIS": self.redis,
            }
        )
        return env

    def prepare(self) -> None:
        """Fresh databases, the feeds file, both migrations."""
        (self.state / "airflow").mkdir(parents=True, exist_ok=True)
        (self.state / "airflow" / "passwords.json").write_text('{"admin": "admin"}')
        with psycopg.connect(f"{self.pg}/postgres", autocommit=True) as admin:
            for name in (f"{self.prefix}_airflow", f"{self.prefix}_store"):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{name}"')
        url = self.feed.serve()
        (self.state / "feeds.yaml").write_text(
            f"feeds:\n  - name: live-desk\n    url: {url}\n    tags: [live]\n"
            f"    poll_interval: {self.poll_interval}\n"
        )
        self.run("airflow", "db", "migrate")
        self.run("airflow", "pools", "set", "deadlines_feeds", "4", "deadlines feed fetching")
        self.run("deadlines", "init-db")

    def drop_databases(self) -> None:
        with psycopg.connect(f"{self.pg}/postgres", autocommit=True) as admin:
            for name in (f"{self.prefix}_airflow", f"{self.prefix}_store"):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [str(BIN / args[0]), *args[1:]], env=self.env(), capture_output=True, text=True
        )
        if result.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def start(self) -> None:
        airflow = str(BIN / "airflow")
        commands = {
            "api-server": [airflow, "api-server", "-H", "127.0.0.1", "-p", str(self.port)],
            "scheduler": [airflow, "scheduler"],
            "dag-processor": [airflow, "dag-processor"],
            "triggerer": [airflow, "triggerer"],  # runs the pushed articles' asset watcher
        }
        for number in range(1, self.workers + 1):
            commands[f"worker{number}"] = [
                airflow,
                "celery",
                "worker",
                "-H",
                f"worker{number}@%h",
                "-c",
                "2",
                "--without-mingle",
                "--without-gossip",
            ]
        for name, command in commands.items():
            self.processes.start(name, command, self.env(), ROOT)

    def wait(self, condition, timeout: float, what: str) -> float:  # type: ignore[no-untyped-def]
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            ended = self.processes.exited()
            if ended:
                raise RuntimeError(f"{ended} exited; see {self.state / (ended + '.log')}")
            if condition():
                return time.monotonic() - started
            time.sleep(1)
        raise TimeoutError(f"no {what} within {timeout:.0f}s; logs are in {self.state}")

    def dags_ready(self) -> bool:
        """The DAG processor has stored all three DAGs in the metadata database."""
        try:
            with psycopg.connect(f"{self.pg}/{self.prefix}_airflow") as connection:
                rows = connection.execute("select dag_id from dag").fetchall()
        except psycopg.Error:
            return False
        return set(DAGS) <= {row[0] for row in rows}

    def alerts(self) -> list[dict[str, str]]:
        if not self.sink.exists():
            return []
        return [json.loads(line) for line in self.sink.read_text().splitlines() if line]

    def tasks_per_worker(self) -> dict[str, int]:
        counts = {}
        for name in self.processes.running:
            if name.startswith("worker"):
                log = (self.state / f"{name}.log").read_text(errors="replace")
                counts[name] = len(re.findall(r"Task execute_workload\[[^\]]+\] received", log))
        return counts

    def stop(self) -> None:
        self.processes.stop()
        self.feed.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--state", type=Path, default=ROOT / ".deadlines" / "cluster")
    parser.add_argument("--until-alert", action="store_true", help="stop once an alert arrived")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for it")
    parser.add_argument("--prefix", default="deadlines_cluster", help="names of its databases")
    args = parser.parse_args(argv)
    cluster = Cluster(args.state, prefix=args.prefix)
    try:
        print(f"== preparing databases and migrations in {cluster.state}", flush=True)
        cluster.prepare()
        cluster.start()
        print(
            f"== Airflow on {cluster.base_url} (admin/admin), CeleryExecutor, "
            f"{cluster.workers} workers",
            flush=True,
        )
        cluster.wait(cluster.dags_ready, args.timeout, "parsed DAGs")
        marker = cluster.feed.add_deadline(1)
        print(
            f"== published news of the {marker} on the live feed; waiting for its alert", flush=True
        )
        cluster.run("airflow", "dags", "trigger", "deadlines_poll_feeds")
        took = cluster.wait(lambda: bool(cluster.alerts()), args.timeout, "alert")
        for alert in cluster.alerts():
            print(f"   alert: {alert['title']}")
        print(f"== first alert after {took:.0f}s; tasks per worker: {cluster.tasks_per_worker()}")
        if not args.until_alert:
            print("== running; Ctrl-C stops the cluster", flush=True)
            signal.sigwait({signal.SIGINT, signal.SIGTERM})
        return 0
    finally:
        cluster.stop()
        if args.until_alert:
            cluster.drop_databases()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
