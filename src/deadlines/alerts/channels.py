"""Delivery channels of our own, registered with apprise by URL scheme.

apprise already knows email, Slack, Teams, webhooks and a hundred more; a channel here
adds a scheme it lacks. Each channel is a small class that names its scheme; registering
two channels for one scheme is an error.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from apprise.decorators import notify

from deadlines.errors import ConfigError

_REGISTRY: dict[str, type[Channel]] = {}
_LOCK = threading.Lock()


class Channel:
    """A delivery channel: ``send`` gets the title, body and the parsed apprise URL."""

    scheme: ClassVar[str]
    name: ClassVar[str]

    def send(self, title: str, body: str, meta: Mapping[str, Any]) -> bool:
        raise NotImplementedError


def register(channel: type[Channel]) -> type[Channel]:
    """Make ``channel`` known to apprise under its scheme (a class decorator)."""
    with _LOCK:
        if channel.scheme in _REGISTRY:
            raise ConfigError(
                f"two channels claim the scheme {channel.scheme}://: "
                f"{_REGISTRY[channel.scheme].__name__} and {channel.__name__}"
            )
        _REGISTRY[channel.scheme] = channel

    def deliver(
        body: str, title: str, notify_type: str, meta: dict[str, Any], *_: Any, **__: Any
    ) -> bool:
        return channel().send(title, body, meta)

    notify(on=channel.scheme, name=channel.name)(deliver)
    return channel


def registered() -> dict[str, type[Channel]]:
    return dict(_REGISTRY)


@register
class JsonLinesFile(Channel):
    """``jsonl:///absolute/path/alerts.jsonl``: appends one JSON object per alert.

    The local sink of the demo and of tests; also handy to feed alerts to another tool.
    """

    scheme = "jsonl"
    name = "JSON lines file"

    def send(self, title: str, body: str, meta: Mapping[str, Any]) -> bool:
        path = Path("/" + str(meta["url"])[len(f"{self.scheme}://") :].split("?")[0].lstrip("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"at": datetime.now(UTC).isoformat(), "title": title, "body": body}
        with path.open("a", encoding="utf-8") as sink:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        return True
