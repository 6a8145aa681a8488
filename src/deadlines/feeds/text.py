"""HTML turned into plain text, markup dropped, nothing executed: fragments from feeds by a
small parser here, whole article pages by trafilatura (boilerplate removal)."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
_CELL_TAGS = {"td", "th"}
_HIDDEN = {"script", "style", "template", "noscript", "iframe", "object", "svg"}


class _TextOnly(HTMLParser):
    """Collects the text of HTML; drops scripts, styles and every tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._cells = 0  # cells of the table row so far
        self._in_cell = 0  # open table cells

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._skipping += 1
        elif tag in _CELL_TAGS:
            # (the cells of a row stay apart: "Date of poll | 14.02.2022 | 20.02.2022")
            self.parts.append(" | " if self._cells else " ")
            self._cells += 1
            self._in_cell += 1
        elif tag in _BLOCK_TAGS:
            self._cells = 0 if tag == "tr" else self._cells
            # (a paragraph or a break inside a cell keeps the row on one line)
            self.parts.append(" " if self._in_cell and tag != "tr" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _CELL_TAGS:
            self._in_cell = max(0, self._in_cell - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" " if self._in_cell and tag != "tr" else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _tidy(text: str) -> str:
    text = CONTROL.sub("", text)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs kept as lines, markup and scripts dropped."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    parser = _TextOnly()
    parser.feed(CONTROL.sub("", fragment))
    parser.close()
    return _tidy("".join(parser.parts))


def article_text(page: str | bytes, url: str) -> tuple[str, date | None]:
    """The main text of a web page, without navigation, banners, asides and footers, and
    the publication date the page states in its own metadata (None if it states none).

    ``page`` is text, or bytes whose encoding trafilatura works out. Nothing is fetched:
    ``url`` only tells trafilatura where the page came from."""
    import trafilatura  # heavy (lxml and its extractors): imported when pages are read

    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return "", None
    text = _tidy(str(getattr(document, "text", "") or ""))
    stated = getattr(document, "date", None)
    try:
        published = date.fromisoformat(str(stated)[:10]) if stated else None
    except ValueError:
        published = None
    return text, published
