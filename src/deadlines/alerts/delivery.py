"""Hand alerts to apprise, one target at a time, and check what apprise says.

Each apprise URL gets its own ``Apprise`` instance, so that every target receives the
message in its own format (text, Slack's Markdown, HTML for email, see alerts/render.py),
carries the alert's key (the last body line and, where the target has headers, an
``X-Deadlines-Alert-Key`` header) and reports on its own: a retry skips the targets that
already took the alert. Secrets inside the URLs are masked in every log (alerts/secrets.py).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apprise

import deadlines.alerts.channels  # noqa: F401  (registers our own schemes with apprise)
from deadlines.alerts.dispatch import DeliveryResult
from deadlines.alerts.render import HTML, MARKDOWN, TEXT, render
from deadlines.alerts.secrets import mask_text, register_url
from deadlines.errors import ConfigError

log = logging.getLogger(__name__)

KEY_HEADER = "X-Deadlines-Alert-Key"
# apprise waits 5.5 s between two emails of one instance (about 11 a minute). The outbox
# already paces itself, so a mail server on loopback or a private network gets no wait,
# and any other one REMOTE_EMAIL_INTERVAL seconds, well under providers' usual limits.
REMOTE_EMAIL_INTERVAL = 1.0


@dataclass(frozen=True)
class Target:
    """One apprise URL and the tags that route alerts to it."""

    url: str
    tags: tuple[str, ...] = ()


def targets_from_extra(extra: Mapping[str, Any] | str | None) -> list[Target]:
    """Targets from an apprise Airflow connection's extras: ``{"config": {...} | [...]}``.

    Each entry is ``{"path": URL, "tag": "a,b"}``, as the Airflow apprise provider stores it.
    """
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
            raise ConfigError("an apprise connection entry has no path")
        tags = entry.get("tag") or ()
        if isinstance(tags, str):
            tags = [tag.strip() for tag in tags.split(",") if tag.strip()]
        targets.append(Target(url=str(entry["path"]), tags=tuple(tags)))
    return targets


_FORMATS = {"text": TEXT, "markdown": MARKDOWN, "html": HTML}


@dataclass
class _Endpoint:
    """One configured target: its own apprise instance, format and fingerprint."""

    client: apprise.Apprise
    server: Any
    format: str
    fingerprint: str
    masked: str
    # The key header is set on the shared plugin object just before each send.
    lock: threading.Lock = field(default_factory=threading.Lock)


def _is_local(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private


def _endpoint(server: Any, email_interval: float | None) -> _Endpoint:
    masked = str(server.url(privacy=True))
    full = str(server.url(privacy=False))
    register_url(full, masked)
    if getattr(server, "service_name", "") and "mail" in server.service_name.lower():
        wanted = email_interval
        if wanted is None:
            wanted = 0.0 if _is_local(getattr(server, "host", None)) else REMOTE_EMAIL_INTERVAL
        server.request_rate_per_sec = wanted
    resolved = server.resolve_format(None)
    format = _FORMATS.get(str(getattr(resolved, "value", resolved)), TEXT)
    client = apprise.Apprise()
    client.add(server)
    fingerprint = hashlib.sha256(full.encode()).hexdigest()[:12]
    return _Endpoint(client, server, format, fingerprint, masked)


class AppriseNotifier:
    """Delivers through apprise targets and reports success only when apprise does."""

    def __init__(self, client: apprise.Apprise, *, email_interval: float | None = None) -> None:
        if len(client) == 0:
            raise ConfigError("no alert targets: give an apprise config with at least one URL")
        self._endpoints = [_endpoint(server, email_interval) for server in client]
        self._by_tag: dict[str | tuple[str, ...], list[_Endpoint]] = {}

    @classmethod
    def from_targets(
        cls, targets: Iterable[Target], *, email_interval: float | None = None
    ) -> AppriseNotifier:
        client = apprise.Apprise()
        for target in targets:
            if not client.add(target.url, tag=list(target.tags) or None):
                raise ConfigError(f"apprise cannot use the URL {mask(target.url)}")
        return cls(client, email_interval=email_interval)

    @classmethod
    def from_config_file(
        cls, path: Path, *, email_interval: float | None = None
    ) -> AppriseNotifier:
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
        return cls(client, email_interval=email_interval)

    def describe(self) -> list[str]:
        """The targets' URLs with secrets masked, safe to print or log."""
        return [endpoint.masked for endpoint in self._endpoints]

    def deliver(
        self,
        title: str,
        body: str,
        *,
        tag: str | Sequence[str] = "all",
        key: str = "",
        skip: frozenset[str] = frozenset(),
    ) -> DeliveryResult:
        """Send to every target the tag selects, except those in ``skip``.

        ``ok`` only when each of them took it; ``delivered`` names the ones that did.
        """
        delivered: list[str] = []
        failures: list[str] = []
        chosen = self._chosen(tag)
        for endpoint in chosen:
            if endpoint.fingerprint in skip:
                delivered.append(endpoint.fingerprint)
                continue
            rendered = render(title, body, endpoint.format)
            headers = getattr(endpoint.server, "headers", None)
            try:
                with endpoint.lock:
                    if key and isinstance(headers, dict):
                        headers[KEY_HEADER] = key
                    # The target's own plugin, called as apprise calls it for one target
                    # (format already resolved): no thread pool per message.
                    ok = endpoint.server.notify(
                        body=rendered.body,
                        title=rendered.title,
                        notify_type=apprise.NotifyType.INFO,
                        body_format=apprise.NotifyFormat(rendered.format),
                    )
            except Exception as exc:  # one broken target must not stop the others
                failures.append(f"{endpoint.masked}: {type(exc).__name__}")
                continue
            if ok:
                delivered.append(endpoint.fingerprint)
            else:
                failures.append(f"{endpoint.masked}: FAILURE")
        if not chosen:
            detail = f"no alert target has the tag {tag!r}"
            log.warning("alert %r not delivered: %s", title, detail)
            return DeliveryResult(False, detail)
        if failures:
            detail = mask_text("apprise reported FAILURE (" + "; ".join(failures) + ")")
            log.warning("alert %r not delivered to every target: %s", title, detail)
            return DeliveryResult(False, detail, tuple(delivered))
        return DeliveryResult(True, "SUCCESS", tuple(delivered))

    def _chosen(self, tag: str | Sequence[str]) -> list[_Endpoint]:
        """The targets apprise selects for ``tag`` (its own matching, remembered per tag)."""
        key = tag if isinstance(tag, str) else tuple(tag)
        if key not in self._by_tag:
            self._by_tag[key] = [
                endpoint
                for endpoint in self._endpoints
                if any(True for _ in endpoint.client.find(tag=tag))
            ]
        return self._by_tag[key]

    def send(self, title: str, body: str, tag: str | Sequence[str] = "all") -> DeliveryResult:
        """One message to the targets of ``tag`` (no key; the outbox uses ``deliver``)."""
        return self.deliver(title, body, tag=tag)


def mask(url: str) -> str:
    """An apprise URL with its secrets hidden (as apprise prints it), or its scheme alone."""
    client = apprise.Apprise()
    if client.add(url):
        return str(next(iter(client)).url(privacy=True))
    return url.split("://", 1)[0] + "://…"
