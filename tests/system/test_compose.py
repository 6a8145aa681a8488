"""docker-compose.yaml is valid for Compose and has the deployment's parts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_file_validates_with_docker_compose() -> None:
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.fail("docker-compose is missing: `make system-deps` installs it from Debian")
    result = subprocess.run(
        [tool, "-f", str(ROOT / "docker-compose.yaml"), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


def test_compose_has_celery_postgres_redis_init_and_mail_catcher() -> None:
    spec = yaml.safe_load((ROOT / "docker-compose.yaml").read_text())
    services = spec["services"]
    assert {
        "postgres",
        "redis",
        "airflow-init",
        "airflow-apiserver",
        "airflow-scheduler",
        "airflow-dag-processor",
        "airflow-worker",
        "airflow-triggerer",
        "mailpit",
    } <= set(services)
    env = services["airflow-scheduler"]["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
    assert env["DEADLINES_DATABASE_URL"].startswith("postgresql://")
    init = " ".join(services["airflow-init"]["command"])
    assert "airflow db migrate" in init and "deadlines init-db" in init
    assert services["airflow-worker"]["deploy"]["replicas"] == 2
    assert (ROOT / "Dockerfile").read_text().startswith("# ")
    assert "mailto://mailpit:1025" in env["AIRFLOW_CONN_APPRISE_DEFAULT"]
