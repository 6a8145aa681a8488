"""Where a feed may be fetched from, and how its URL may be shown.

Only http and https are fetched. A host name is resolved here, each address is checked,
and the connection goes to an address that passed the check, so a name that resolves to a
private, loopback or link-local address (or a redirect to one) is refused before any
packet is sent to it, unless the setting ``DEADLINES_ALLOW_PRIVATE_ADDRESSES`` lists it.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable, Sequence
from urllib.parse import SplitResult, urlsplit, urlunsplit

from deadlines.errors import FeedFetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
SCHEMES = ("http", "https")


class AddressRefused(FeedFetchError):
    """The feed's host resolves only to addresses the settings do not allow."""


def redact_url(url: str) -> str:
    """``url`` fit for logs: the password and every query value are replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unreadable url)"
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = (user.split(":", 1)[0] + ":***" if ":" in user else "***") + "@" + host
    query = "&".join(
        (pair.split("=", 1)[0] + "=***") if "=" in pair else "***"
        for pair in parts.query.split("&")
        if pair
    )
    return urlunsplit(SplitResult(parts.scheme, netloc, parts.path, query, ""))


_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+")


def redact_text(text: str) -> str:
    """Every URL inside ``text`` redacted (for messages that quote URLs)."""
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), text)


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise FeedFetchError(
            f"{redact_url(url)} uses {scheme or 'no'} scheme; only http and https are fetched"
        )


def is_public(address: IPAddress) -> bool:
    """True for addresses on the public internet (not private, loopback, link-local...)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)
    return address.is_global and not address.is_multicast


def allowed(address: IPAddress, allow: Sequence[Network]) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        mapped = address.ipv4_mapped
        return is_public(mapped) or any(mapped in network for network in allow)
    return is_public(address) or any(address in network for network in allow)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an address literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FeedFetchError(f"the host {host} could not be resolved ({exc})") from None
    seen: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in seen:
            seen.append(address)
    return seen


def checked_addresses(host: str, port: int, allow: Sequence[Network]) -> list[IPAddress]:
    """The addresses of ``host`` that may be connected to; raises AddressRefused if none."""
    addresses = resolve(host, port)
    usable = [address for address in addresses if allowed(address, allow)]
    if not usable:
        shown = ", ".join(str(address) for address in addresses) or "nothing"
        raise AddressRefused(
            f"the host {host} resolves to {shown}, a private, loopback or link-local "
            "address; refused (allow it with DEADLINES_ALLOW_PRIVATE_ADDRESSES if it is yours)"
        )
    return usable


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Networks from text such as ``127.0.0.0/8`` (for tests and tools)."""
    return tuple(ipaddress.ip_network(value, strict=False) for value in values)
