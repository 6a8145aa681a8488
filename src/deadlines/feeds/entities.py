"""Entities a feed declares in its own DTD, expanded here before any XML parser reads it.

Old RSS sometimes declares named characters or short texts (``<!ENTITY nbsp "&#160;">``):
legal XML, and the entries are wanted. The internal entities are expanded in the bytes of
the document and its DOCTYPE removed, within a bound on the size they add (an entity bomb
is refused, in bounded memory). Nothing is ever fetched: an external entity (``SYSTEM`` or
``PUBLIC``) stands for nothing, and a parameter entity (the way DTDs include other DTDs) is
refused. Documents in an encoding that is not ASCII-compatible (UTF-16, UTF-32) keep the
old rule: declarations are refused.
"""

from __future__ import annotations

import re

from deadlines.errors import FeedParseError

# The bytes expanded entities may add to a document, all references together.
MAX_EXPANSION = 1024 * 1024
_NESTING = 16
_DOCTYPE = re.compile(
    rb"<!DOCTYPE\s+[^\s\[>]+"
    rb"(?:\s+(?:SYSTEM|PUBLIC)(?:\s+(?:\"[^\"]*\"|'[^']*'))+)?"
    rb"\s*\[(?P<subset>(?:[^\]\"']|\"[^\"]*\"|'[^']*')*)\]\s*>"
)
_DECLARATION = re.compile(
    rb"<!ENTITY\s+(?P<parameter>%\s+)?(?P<name>[^\s%&;<>\"']+)\s+"
    rb"(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<external>(?:SYSTEM|PUBLIC)\b[^>]*))"
    rb"\s*>"
)
_REFERENCE = re.compile(rb"&([A-Za-z_:][\w.:-]*);")
_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_PARAMETER_REFERENCE = re.compile(rb"%[A-Za-z_:][\w.:-]*;")
_PREDEFINED = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
_WIDE = (b"\xff\xfe", b"\xfe\xff", b"\x00<", b"<\x00")


def expand_entities(content: bytes, *, shown: str, limit: int = MAX_EXPANSION) -> bytes:
    """``content`` with its internal entities expanded and its DOCTYPE removed.

    Raises FeedParseError for a parameter entity, a wide encoding, a DOCTYPE not read here
    that declares entities, or references that would add more than ``limit`` bytes."""
    where = content.find(b"<!DOCTYPE", 0, 65536)
    if where == -1:
        return content
    match = _DOCTYPE.match(content, where)
    if match is None or b"<!ENTITY" not in match.group("subset"):
        if match is None and b"<!ENTITY" in content[where : where + 65536]:
            raise FeedParseError(f"feed {shown} declares its own XML entities oddly; refused")
        return content
    if content.startswith(_WIDE):
        raise FeedParseError(
            f"feed {shown} declares its own XML entities in a UTF-16 or UTF-32 document; refused"
        )
    values = _declared(match.group("subset"), shown=shown)
    body = content[: match.start()] + content[match.end() :]
    expander = _Expander(values, shown=shown, limit=limit)
    pieces = []
    for number, piece in enumerate(_CDATA.split(body)):
        pieces.append(piece if number % 2 else expander.expand(piece, depth=0))
    return b"".join(pieces)


def _declared(subset: bytes, *, shown: str) -> dict[bytes, bytes]:
    """Name -> replacement text of each general entity; external ones stand for nothing."""
    refused = FeedParseError(
        f"feed {shown} declares parameter entities (a DTD that includes others); refused"
    )
    values: dict[bytes, bytes] = {}
    for declaration in _DECLARATION.finditer(subset):
        if declaration.group("parameter") is not None:
            raise refused
        name = declaration.group("name")
        if name in _PREDEFINED or name in values:
            continue  # the first declaration binds, as in XML
        if declaration.group("external") is not None:
            values[name] = b""  # never fetched
        else:
            values[name] = declaration.group("double") or declaration.group("single") or b""
    rest = _COMMENT.sub(b"", _DECLARATION.sub(b"", subset))
    if _PARAMETER_REFERENCE.search(rest):
        raise refused
    return values


class _Expander:
    """Expands references, counting the bytes they add against one limit."""

    def __init__(self, values: dict[bytes, bytes], *, shown: str, limit: int) -> None:
        self.values = values
        self.shown = shown
        self.budget = self.limit = limit
        self.cache: dict[bytes, bytes] = {}

    def expand(self, text: bytes, *, depth: int) -> bytes:
        if depth > _NESTING:
            raise FeedParseError(f"feed {self.shown} nests its XML entities too deeply; refused")
        return _REFERENCE.sub(lambda found: self._one(found, depth), text)

    def _one(self, found: re.Match[bytes], depth: int) -> bytes:
        name = found.group(1)
        if name not in self.values:
            return found.group(0)  # predefined, or left for the parser to judge
        value = self.cache.get(name)
        if value is None:
            value = self.expand(self.values[name], depth=depth + 1)
            self.cache[name] = value
        self.budget -= len(value)
        if self.budget < 0:
            raise FeedParseError(
                f"feed {self.shown} declares its own XML entities, which expand to more than "
                f"{self.limit:,} bytes (an entity bomb); refused"
            )
        return value
