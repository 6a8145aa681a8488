"""A quick reading of the plainest feeds; anything unusual is left to feedparser.

Most feeds are well-formed RSS 2.0 or Atom 1.0 with plain elements. For those, reading the
few fields deadlines needs with the standard library's C XML parser is many times faster
than feedparser, which matters at a thousand feeds a poll. The quick reading knows exactly
which elements may stand in an item or entry; any doubt returns None and the document goes
to feedparser: a DOCTYPE, xml:base, a charset the HTTP header and the document disagree on,
XML that is not well-formed, an element outside the known set (``dc:title``, a body, a
module of chapters...), an element given twice, markup inside a text field, text that
feedparser would re-decode (characters of windows-1252 or UTF-8 read as Latin-1), a date
the standard library cannot read, another feed format. The entries read here are the ones
feedparser would give: a test compares both readings over feedparser's own test feeds.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from deadlines.model import utc

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC = "{http://purl.org/dc/elements/1.1/}"
DC_DATE = f"{DC}date"
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")
_UTF8 = ("utf-8", "utf8")
_ENTITY_IN_LINK = re.compile(r"&[A-Za-z0-9_]+;")
_ENTRY_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) "
    r"(\d{2}):(\d{2}):(\d{2}) (GMT|UTC|UT|Z|[+-]\d{4})"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_C1 = re.compile("[\x80-\x9f]")

# What may stand in an RSS 2.0 item: the fields read here, and fields feedparser keeps
# apart from them (author, categories, comments, enclosures). Each at most once, except
# categories and enclosures; none with child elements.
_RSS_FIELDS = frozenset(
    {"title", "link", "description", "guid", "pubDate", CONTENT, DC_DATE, "author", "comments"}
)
_RSS_REPEATABLE = frozenset({"category", "enclosure"})
_ATOM_FIELDS = frozenset(
    f"{ATOM}{name}" for name in ("id", "title", "content", "summary", "published", "updated")
)
_ATOM_REPEATABLE = frozenset(f"{ATOM}{name}" for name in ("link", "category"))
_ATOM_PEOPLE = frozenset({f"{ATOM}author", f"{ATOM}contributor"})
_ATOM_PERSON = frozenset(f"{ATOM}{name}" for name in ("name", "email", "uri"))


class _Unsure(Exception):
    """This document is left to feedparser."""


def quick_entries(content: bytes, content_type: str = "") -> list[dict[str, Any]] | None:
    """The entries of a plain RSS 2.0 or Atom document, or None to use feedparser."""
    head = content[:4096].lower()
    if b"<!doctype" in head or b"xml:base" in content:
        return None
    if not _charset_agrees(content, content_type):
        return None
    try:
        root = ElementTree.fromstring(content)
        if root.tag == "rss" and root.get("version") in ("2.0", "2.0.1"):
            entries = _rss_items(root)
        elif root.tag == f"{ATOM}feed":
            entries = _atom_entries(root)
        else:
            return None
        _only(content, len(entries))
        for entry in entries:
            _as_feedparser_keeps(entry)
        return entries
    except (ElementTree.ParseError, _Unsure, ValueError, LookupError, OverflowError):
        return None
    return None


def _rss_items(root: ElementTree.Element) -> list[dict[str, Any]]:
    channel = root.find("channel")
    if channel is None:
        raise _Unsure
    return [_rss_item(item) for item in channel.findall("item")]


def _atom_entries(root: ElementTree.Element) -> list[dict[str, Any]]:
    return [_atom_entry(entry) for entry in root.findall(f"{ATOM}entry")]


def _only(content: bytes, count: int) -> None:
    """feedparser takes every element named item or entry, in any namespace and at any
    depth, for an entry: the document is left to it unless those are the ``count`` read.
    (Start tags are counted in the bytes; one inside a comment or CDATA also sends the
    document to feedparser.)"""
    if len(_ENTRY_TAG.findall(content)) != count:
        raise _Unsure


def _charset_agrees(content: bytes, content_type: str) -> bool:
    match = _DECLARED.match(content[:200])
    declared = match.group(1).decode().lower() if match else "utf-8"
    header = ""
    kind = content_type.split(";", 1)[0].strip().lower()
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            header = value.strip().strip("\"'").lower()
    if header:
        return header == declared or (header in _UTF8 and declared in _UTF8)
    if kind.startswith("text/"):
        return content.isascii()  # text/* without a charset: feedparser's rules differ
    return declared in _UTF8 or content.isascii()


def _fields(
    parent: ElementTree.Element,
    once: frozenset[str],
    repeatable: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> dict[str, ElementTree.Element]:
    """The known fields of an item or entry by tag; raises _Unsure for an unknown element,
    a field given twice (feedparser keeps the last, a quick reading the first), or child
    elements anywhere but in ``people`` (Atom's author and contributor)."""
    found: dict[str, ElementTree.Element] = {}
    for child in parent:
        tag = child.tag
        if tag in people:
            for part in child:
                if part.tag not in _ATOM_PERSON or len(part):
                    raise _Unsure
            continue
        if len(child):
            raise _Unsure
        if tag in once and tag not in found:
            found[tag] = child
        elif tag not in repeatable:
            raise _Unsure
    return found


def _plain(value: str) -> str:
    """``value`` if feedparser keeps it as it is; it re-decodes some non-ASCII text."""
    if value.isascii():
        return value
    if _C1.search(value):
        raise _Unsure  # windows-1252 code points, mapped by feedparser
    try:
        value.encode("iso-8859-1").decode("utf-8")
    except UnicodeError:
        return value
    raise _Unsure  # UTF-8 read as Latin-1: feedparser decodes it again


def _as_feedparser_keeps(entry: dict[str, Any]) -> None:
    """Raises _Unsure if feedparser would change a text of ``entry`` (see ``_plain``) or
    its link (what looks like an entity in a link is rewritten)."""
    for key in ("id", "link", "title", "body"):
        value = entry[key]
        if value and not value.isascii():
            _plain(value)
    link = entry["link"]
    if link and "&" in link and _ENTITY_IN_LINK.search(link):
        raise _Unsure


def _text(element: ElementTree.Element | None, *, bare: bool = True) -> str:
    """An element's text (child elements were refused by ``_fields``); attributes on a
    bare field are a case for feedparser."""
    if element is None:
        return ""
    if bare and element.attrib:
        raise _Unsure
    return (element.text or "").strip()


def _date(value: str, *, rfc822: bool) -> datetime | None:
    if not value:
        return None
    if rfc822:
        moment = _common_rfc822(value) or parsedate_to_datetime(value)  # ValueError -> feedparser
    else:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise _Unsure  # feedparser has its own view of dates without a zone
    if moment.microsecond:
        moment = moment.replace(microsecond=0)  # feedparser keeps whole seconds
    return utc(moment)


def _common_rfc822(value: str) -> datetime | None:
    """The usual shape of an RSS date (``Sun, 26 Oct 2025 09:00:00 GMT``) read directly;
    None for any other shape."""
    match = _RFC822.fullmatch(value)
    if match is None or match.group(2) not in _MONTHS or match.group(7) == "-0000":
        return None  # -0000: a zone not known, left to the general reader
    day, month, year, hour, minute, second, zone = match.groups()
    offset = 0
    if zone[0] in "+-":
        offset = (int(zone[1:3]) * 60 + int(zone[3:5])) * (-1 if zone[0] == "-" else 1)
    moment = datetime(
        int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=UTC
    )
    return moment - timedelta(minutes=offset)


def _rss_item(item: ElementTree.Element) -> dict[str, Any]:
    fields = _fields(item, _RSS_FIELDS, _RSS_REPEATABLE)
    guid_element = fields.get("guid")
    guid = _text(guid_element, bare=False)
    link = _text(fields.get("link"))
    if not link and guid and guid_element is not None:
        if guid_element.get("isPermaLink", "true").lower() != "false" and guid.startswith(
            ("http://", "https://")
        ):
            link = guid
    encoded = _text(fields.get(CONTENT))
    published = _date(_text(fields.get("pubDate")), rfc822=True) or _date(
        _text(fields.get(DC_DATE)), rfc822=False
    )
    return {
        "id": guid or None,
        "link": link or None,
        "title": _text(fields.get("title")),
        "body": encoded or _text(fields.get("description")),
        "has_content": bool(encoded),
        "published": published,
    }


def _atom_text(element: ElementTree.Element | None) -> str:
    if element is None:
        return ""
    if set(element.attrib) - {"type"} or element.get("type", "text") not in ("text", "html"):
        raise _Unsure  # xhtml, other types, content kept elsewhere
    return _text(element, bare=False)


def _atom_link(entry: ElementTree.Element) -> str:
    for candidate in entry.findall(f"{ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate":
            return (candidate.get("href") or "").strip()
    return ""


def _atom_entry(entry: ElementTree.Element) -> dict[str, Any]:
    fields = _fields(entry, _ATOM_FIELDS, _ATOM_REPEATABLE, _ATOM_PEOPLE)
    body = _atom_text(fields.get(f"{ATOM}content"))
    published = _date(_text(fields.get(f"{ATOM}published")), rfc822=False) or _date(
        _text(fields.get(f"{ATOM}updated")), rfc822=False
    )
    return {
        "id": _text(fields.get(f"{ATOM}id")) or None,
        "link": _atom_link(entry) or None,
        "title": _atom_text(fields.get(f"{ATOM}title")),
        "body": body or _atom_text(fields.get(f"{ATOM}summary")),
        "has_content": bool(body),
        "published": published,
    }
