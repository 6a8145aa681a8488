"""Hand alerts to apprise and check what it says; secrets in URLs are masked in logs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apprise

import deadlines.alerts.channels  # noqa: F401  (registers our own schemes with apprise)
from deadlines.errors import ConfigError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    """One apprise URL and the tags that route alerts to it."""

    url: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeliveryResult:
    ok: bool
    detail: str


def targets_from_extra(extra: Mapping[str, Any] | str | None) -> list[Target]:
    """Targets from an apprise Airflow connection's extras: ``{"config": {...} | [...]}``.

    Each entry is ``{"path": URL, "tag": "a,b"}``, as the Airflow apprise provider stores it.
    """
    import json

    parsed: Mapping[str, Any] = json.loads(extra or "{}") if isinstance(extra, str) else extra or {}
    config: Any = parsed.get("config")
    if isinstance(config, str):
        config = json.loads(config)
    if isinstance(config, dict):
        config = [config]
    if not isinstance(config, list) or not config:
        raise ConfigError(
            'the apprise connection needs extras {"config": [{"path": URL, "tag": T}]}'
        )
    targets = []
    for entry in config:
        if not isinstance(entry, dict) or not entry.get("path"):
            raise ConfigError(f"apprise connection entry without a path: {entry!r}")
        tags = entry.get("tag") or ()
        if isinstance(tags, str):
            tags = [tag.strip() for tag in tags.split(",") if tag.strip()]
        targets.append(Target(url=str(entry["path"]), tags=tuple(tags)))
    return targets


class AppriseNotifier:
    """Delivers through a set of apprise targets and reports success only when apprise does."""

    def __init__(self, client: apprise.Apprise) -> None:
        if len(client) == 0:
            raise ConfigError("no alert targets: give an apprise config with at least one URL")
        self._client = client

    @classmethod
    def from_targets(cls, targets: Iterable[Target]) -> AppriseNotifier:
        client = apprise.Apprise()
        for target in targets:
            if not client.add(target.url, tag=list(target.tags) or None):
                raise ConfigError(f"apprise cannot use the URL {mask(target.url)}")
        return cls(client)

    @classmethod
    def from_config_file(cls, path: Path) -> AppriseNotifier:
        if not path.is_file():
            raise ConfigError(
                f"no apprise config at {path}: write one (apprise's YAML format) or set "
                "DEADLINES_APPRISE_CONFIG"
            )
        config = apprise.AppriseConfig()
        if not config.add(str(path)):
            raise ConfigError(f"apprise cannot read the config file {path}")
        client = apprise.Apprise()
        client.add(config)
        return cls(client)

    def describe(self) -> list[str]:
        """The targets' URLs with secrets masked, safe to print or log."""
        return [server.url(privacy=True) for server in self._client]

    def send(self, title: str, body: str, tag: str | Sequence[str] = "all") -> DeliveryResult:
        result = self._client.notify(title=title, body=body, tag=tag)
        status = getattr(getattr(result, "status", None), "name", None)
        if result:
            return DeliveryResult(True, status or "SUCCESS")
        if status == "NOMATCH" or result is None:
            detail = f"no alert target has the tag {tag!r}"
        else:
            failures = [
                f"{getattr(item, 'name', 'target')}: {item.status.name}"
                for item in getattr(result, "results", ())
                if not item
            ]
            detail = (
                f"apprise reported {status or 'FAILURE'} ({'; '.join(failures) or 'no detail'})"
            )
        log.warning("alert %r not delivered: %s", title, detail)
        return DeliveryResult(False, detail)


def mask(url: str) -> str:
    """An apprise URL with its secrets hidden (as apprise prints it), or its scheme alone."""
    client = apprise.Apprise()
    if client.add(url):
        return str(next(iter(client)).url(privacy=True))
    return url.split("://", 1)[0] + "://…"
