"""JSON Feed (version 1 and 1.1), which feedparser does not read, as plain entries."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from deadlines.errors import FeedParseError
from deadlines.model import utc


def looks_like_json(content: bytes, content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in ("application/feed+json", "application/json"):
        return True
    return content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def json_entries(content: bytes, *, shown: str) -> list[dict[str, Any]]:
    """The items of a JSON Feed as dicts with id, link, title, body, has_content, published."""
    try:
        document = json.loads(content.decode("utf-8-sig", errors="replace"))
    except ValueError as exc:
        raise FeedParseError(f"feed {shown} looks like JSON but cannot be read: {exc}") from None
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or "jsonfeed.org" not in version:
        raise FeedParseError(f"feed {shown} is JSON but not a JSON Feed (no jsonfeed.org version)")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedParseError(f"feed {shown} is a JSON Feed without an 'items' list")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        html = _text(item.get("content_html"))
        plain = _text(item.get("content_text"))
        summary = _text(item.get("summary"))
        entries.append(
            {
                "id": _text(item.get("id")) or None,
                "link": _text(item.get("url")) or _text(item.get("external_url")) or None,
                "title": _text(item.get("title")),
                "body": html or _escape(plain) or _escape(summary),
                "has_content": bool(html or plain),
                "published": _date(item.get("date_published")) or _date(item.get("date_modified")),
            }
        )
    return entries


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return utc(moment)
