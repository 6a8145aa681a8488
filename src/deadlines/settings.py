"""The one place that reads the environment. Everything else receives a Settings."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from deadlines.errors import ConfigError

DEFAULT_LEAD_TIMES = (timedelta(days=7), timedelta(days=1))
# The longest duration any setting, feed or option takes: a hundred years.
LONGEST = timedelta(days=36500)
# The numeric settings and the ranges they accept: (least, most).
FETCH_TIMEOUT_RANGE = (0.1, 3600.0)
MAX_FEED_BYTES_RANGE = (1, 1024**3)


def parse_duration(text: str) -> timedelta:
    """Read a duration such as ``7d``, ``36h``, ``90m``, ``30s`` or a plain number of days,
    no longer than ``LONGEST`` (a hundred years) and not negative."""
    value = text.strip().lower()
    units = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds", "w": "weeks"}
    unit = units.get(value[-1:], "")
    try:
        number = float(value[:-1] if unit else value)
    except ValueError:
        raise ConfigError(
            f"cannot read the duration {text!r}: write a number with d, h, m, s or w, e.g. 7d or 36h"
        ) from None
    if not math.isfinite(number) or number < 0:
        raise ConfigError(f"the duration {text!r} must be a finite number, 0 or more, e.g. 7d")
    if number > LONGEST / timedelta(**{unit or "days": 1}):
        raise ConfigError(f"the duration {text!r} is too long: at most {LONGEST.days}d")
    return timedelta(**{unit or "days": number})


def parse_lead_times(text: str) -> tuple[timedelta, ...]:
    try:
        leads = tuple(parse_duration(part) for part in text.split(",") if part.strip())
    except ConfigError as exc:
        raise ConfigError(f"DEADLINES_LEAD_TIMES={text!r}: {exc}") from None
    if not leads or any(lead <= timedelta(0) for lead in leads):
        raise ConfigError(f"DEADLINES_LEAD_TIMES={text!r}: give positive durations, e.g. 7d,1d")
    return tuple(sorted(set(leads), reverse=True))


def parse_number(
    env: Mapping[str, str], name: str, default: float, bounds: tuple[float, float]
) -> float:
    """A numeric setting within ``bounds`` (inclusive); unset is ``default``."""
    text = (env.get(name) or "").strip()
    least, most = bounds
    allowed = f"give a number from {least:.15g} to {most:.15g}"
    try:
        number = float(text) if text else float(default)
    except ValueError:
        raise ConfigError(f"{name}={text!r} is not a number: {allowed}") from None
    if not least <= number <= most:  # also refuses nan
        raise ConfigError(f"{name}={text!r} is out of range: {allowed}")
    return number


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[Network, ...]:
    """``DEADLINES_ALLOW_PRIVATE_ADDRESSES``: networks separated by commas or spaces."""
    networks = []
    for part in text.replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ConfigError(
                f"DEADLINES_ALLOW_PRIVATE_ADDRESSES: {part!r} is not a network like 127.0.0.0/8"
            ) from None
    return tuple(networks)


_ON = frozenset({"1", "true", "yes", "on"})
_OFF = frozenset({"0", "false", "no", "off"})


def parse_switch(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    """An on/off setting: 1/true/yes/on or 0/false/no/off; unset is ``default``."""
    text = (env.get(name) or "").strip().lower()
    if not text:
        return default
    if text in _ON | _OFF:
        return text in _ON
    raise ConfigError(f"{name}={text!r} is neither on nor off: use true or false")


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    feeds_path: Path
    apprise_config_path: Path
    lead_times: tuple[timedelta, ...] = DEFAULT_LEAD_TIMES
    alert_tag: str = "all"
    # a notice when feeds start to give other dates for a commitment than its own
    dispute_alerts: bool = True
    fetch_timeout: float = 20.0
    max_feed_bytes: int = 10 * 1024 * 1024
    user_agent: str = field(default="deadlines/0.1 (+feed poller)")
    # Private, loopback and link-local feed addresses are refused unless listed here.
    allow_private_addresses: tuple[Network, ...] = ()
    # The public base URL of the WebSub callback (None: hubs are noted, not subscribed to).
    websub_callback: str | None = None
    websub_lease: timedelta = timedelta(days=10)
    # Where stored pushed articles are announced (redis://host:port/db), None: not at all.
    announce_url: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = Path(env.get("DEADLINES_HOME") or "./.deadlines").expanduser().resolve()
        database_url = env.get("DEADLINES_DATABASE_URL") or f"sqlite:///{home / 'deadlines.db'}"
        feeds = Path(env.get("DEADLINES_FEEDS") or home / "feeds.yaml").expanduser()
        apprise = Path(env.get("DEADLINES_APPRISE_CONFIG") or home / "apprise.yaml").expanduser()
        lead_times = parse_lead_times(env.get("DEADLINES_LEAD_TIMES") or "7d,1d")
        timeout = parse_number(env, "DEADLINES_FETCH_TIMEOUT", 20, FETCH_TIMEOUT_RANGE)
        max_bytes = parse_number(
            env, "DEADLINES_MAX_FEED_BYTES", 10 * 1024 * 1024, MAX_FEED_BYTES_RANGE
        )
        if not max_bytes.is_integer():
            raise ConfigError(f"DEADLINES_MAX_FEED_BYTES={max_bytes:g} must be a whole number")
        return cls(
            home=home,
            database_url=database_url,
            feeds_path=feeds,
            apprise_config_path=apprise,
            lead_times=lead_times,
            alert_tag=env.get("DEADLINES_ALERT_TAG") or "all",
            dispute_alerts=parse_switch(env, "DEADLINES_DISPUTE_ALERTS", default=True),
            fetch_timeout=timeout,
            max_feed_bytes=int(max_bytes),
            allow_private_addresses=parse_networks(
                env.get("DEADLINES_ALLOW_PRIVATE_ADDRESSES") or ""
            ),
            websub_callback=_callback(env.get("DEADLINES_WEBSUB_CALLBACK") or ""),
            websub_lease=parse_duration(env.get("DEADLINES_WEBSUB_LEASE") or "10d"),
            announce_url=(env.get("DEADLINES_ANNOUNCE_URL") or "").strip() or None,
        )


def _callback(text: str) -> str | None:
    """``DEADLINES_WEBSUB_CALLBACK``: the public http(s) base URL hubs push to."""
    value = text.strip()
    if not value:
        return None
    if not value.startswith(("http://", "https://")):
        raise ConfigError(
            f"DEADLINES_WEBSUB_CALLBACK={value!r}: give the public base URL of the callback, "
            "e.g. https://news.example.org/deadlines-websub"
        )
    return value.rstrip("/")
