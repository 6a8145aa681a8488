"""An alert's plain-text message rendered for each kind of target, escaped on the way.

Messages are composed as plain text: a title and ``Label: value`` lines. Slack gets its
Markdown dialect (mrkdwn) and email gets HTML. Every piece of text taken from a feed is
escaped for the target, so a headline cannot open a tag, a link or a mention:

- Plain text (what apprise hands to Mattermost, Rocket.Chat and other chats as it is): an
  ``@`` that starts a word (``@everyone``, ``@here``, ``@channel``, ``@name``) and a ``<``
  before ``!``, ``@`` or ``#`` (Slack's ``<!everyone>``, ``<@U123>``) get a zero-width space
  after them, so the chat shows them and notifies no one; ``desk@example.org`` keeps its ``@``.
- HTML: ``& < > " '`` become entities; only our own ``<b>``, ``<br>`` and ``<a>`` remain.
- Markdown (what apprise turns into Slack's mrkdwn, Discord's or Teams' dialect): the
  CommonMark characters that make emphasis, code, links or tags get a backslash, so apprise
  hands ``<!channel>``, ``<@U123>`` and ``<url|text>`` to Slack as ``&lt;...&gt;`` (shown,
  never acted on), and ``@`` gets a zero-width space after it so no name is mentioned.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

TEXT, MARKDOWN, HTML = "text", "markdown", "html"
_ZWSP = "\u200b"
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_~\[\]<>|#])")
# An @ that starts a word (not an address's or a path's), and Slack's <!here>, <@U1>, <#C1>.
_MENTION = re.compile(r"(?<![\w./])@(?=[\w.-])")
_TAG = re.compile(r"<(?=[!@#])")
_LINK = re.compile(r"^https?://[^\s<>\"']+$")
_LINE = re.compile(r"^([A-Z][A-Za-z -]{0,30}): (.*)$")


@dataclass(frozen=True)
class Rendered:
    title: str
    body: str
    format: str


def markdown_escape(text: str) -> str:
    """Text that Markdown (and Slack after apprise's conversion) shows as written."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", text).replace("@", "@" + _ZWSP)


def unmention(text: str) -> str:
    """Text that a chat shows as written without notifying anyone it seems to name."""
    return _TAG.sub("<" + _ZWSP, _MENTION.sub("@" + _ZWSP, text))


def render(title: str, body: str, format: str) -> Rendered:
    """The message for a target that reads ``format`` (text, markdown or html)."""
    if format == HTML:
        return Rendered(title, _html(title, body), HTML)
    if format == MARKDOWN:
        return Rendered(unmention(title), _markdown(body), MARKDOWN)
    return Rendered(unmention(title), unmention(body), TEXT)


def _html(title: str, body: str) -> str:
    parts = [f"<p><b>{html.escape(title)}</b></p>", "<p>"]
    lines = []
    for line in body.splitlines():
        match = _LINE.match(line)
        if not match:
            lines.append(html.escape(line))
            continue
        label, value = match.groups()
        if label == "Source" and _LINK.match(value):
            shown = f'<a href="{html.escape(value)}">{html.escape(value)}</a>'
        else:
            shown = html.escape(value)
        lines.append(f"<b>{html.escape(label)}:</b> {shown}")
    parts.append("<br>\n".join(lines))
    parts.append("</p>")
    return "\n".join(parts)


def _markdown(body: str) -> str:
    lines = []
    for line in body.splitlines():
        match = _LINE.match(line)
        if not match:
            lines.append(markdown_escape(line))
            continue
        label, value = match.groups()
        if label == "Source" and _LINK.match(value):
            # A link built from the article's URL; its text is ours.
            target = value.replace("(", "%28").replace(")", "%29")
            lines.append(f"**{label}:** [source]({target})")
        else:
            lines.append(f"**{label}:** {markdown_escape(value)}")
    return "\n".join(lines)
