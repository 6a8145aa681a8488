"""HTML fragments and pages turned into plain text, markup dropped, nothing executed."""

from __future__ import annotations

import re
from html.parser import HTMLParser

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
_HIDDEN = {"script", "style", "template", "noscript", "iframe", "object", "svg"}
_PAGE_CHROME = {"nav", "header", "footer", "aside", "form", "head"}


class _TextOnly(HTMLParser):
    """Collects the text of HTML; drops scripts, styles and every tag."""

    def __init__(self, skip: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = skip
        self._skipping = 0
        self.article: list[str] | None = None
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._skip:
            self._skipping += 1
        elif tag == "article":
            self._in_article += 1
            if self.article is None:
                self.article = []
        elif tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skip:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "article":
            self._in_article = max(0, self._in_article - 1)
        elif tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self._in_article and self.article is not None:
            self.article.append(text)


def _tidy(text: str) -> str:
    text = CONTROL.sub("", text)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs kept as lines, markup and scripts dropped."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    parser = _TextOnly(_HIDDEN)
    parser.feed(CONTROL.sub("", fragment))
    parser.close()
    return _tidy("".join(parser.parts))


def page_to_text(page: str) -> str:
    """The readable text of a whole web page: its <article> if it has one, else the body
    without navigation, headers, footers and forms."""
    parser = _TextOnly(_HIDDEN | _PAGE_CHROME)
    parser.feed(CONTROL.sub("", page))
    parser.close()
    if parser.article:
        return _tidy("".join(parser.article))
    return _tidy("".join(parser.parts))
