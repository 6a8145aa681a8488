"""Each target's format is escaped: a headline cannot add markup, links or mentions."""

from __future__ import annotations

import re

import pytest

from deadlines.alerts.render import (
    HTML,
    MARKDOWN,
    TEXT,
    Rendered,
    markdown_escape,
    render,
    unmention,
)

TITLE = 'Due tomorrow: <script>alert("x")</script> & <!channel> talks'
BODY = "\n".join(
    [
        "Reason: lead time 1d reached",
        "What: <img src=x onerror=alert(1)> *bold* _it_ ~gone~ `code` @here <!everyone>",
        'Evidence: "see <http://evil.invalid|this>"',
        "Source: https://news.invalid/a?x=1&y=2",
        "Alert key: c1:lead:1d:2025-10-27:default",
    ]
)


def test_plain_text_is_left_as_written_but_for_mentions() -> None:
    rendered = render(TITLE, BODY, TEXT)
    zwsp = "\u200b"
    assert rendered.title == TITLE.replace("<!channel>", f"<{zwsp}!channel>")
    unmentioned = BODY.replace("@here", f"@{zwsp}here").replace("<!everyone>", f"<{zwsp}!everyone>")
    assert rendered.body == unmentioned


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("@everyone", "@\u200beveryone"),
        ("talks (@here)", "talks (@\u200bhere)"),
        ("@channel: now", "@\u200bchannel: now"),
        ("<!everyone> <@U0123> <#C0123>", "<\u200b!everyone> <\u200b@\u200bU0123> <\u200b#C0123>"),
        ("write to desk@example.org", "write to desk@example.org"),
        ("https://news.invalid/@desk/a", "https://news.invalid/@desk/a"),
    ],
)
def test_plain_text_names_no_one(text: str, shown: str) -> None:
    assert unmention(text) == shown
    assert render(text, text, TEXT) == Rendered(shown, shown, TEXT)


def test_html_escapes_every_piece_of_feed_text() -> None:
    rendered = render(TITLE, BODY, HTML)
    assert rendered.format == HTML
    assert "<script>" not in rendered.body and "<img" not in rendered.body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in rendered.body
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered.body
    # Our own markup survives: labels in bold, the source as a link with an escaped href.
    assert "<b>What:</b>" in rendered.body
    href = "https://news.invalid/a?x=1&amp;y=2"
    assert f'<a href="{href}">{href}</a>' in rendered.body


def test_html_does_not_link_what_is_not_a_web_address() -> None:
    rendered = render("t", "Source: javascript:alert(1)", HTML)
    assert "<a " not in rendered.body
    assert "javascript:alert(1)" in rendered.body


def test_markdown_disarms_links_mentions_and_formatting() -> None:
    rendered = render(TITLE, BODY, MARKDOWN)
    body = rendered.body
    # Every bracket from the feed is escaped: Markdown and Slack show it, never act on it.
    assert not re.search(r"(?<!\\)[<>\[\]]", body.replace("[source](", ""))
    assert "\\<!everyone\\>" in body and "\\<http://evil.invalid\\|this\\>" in body
    assert "@here" not in body and "@\u200bhere" in body
    for marker in ("*bold*", "_it_", "~gone~", "`code`"):
        assert marker not in body
    assert "\\*bold\\*" in body
    assert body.startswith("**Reason:** lead time 1d reached")
    assert "**Source:** [source](https://news.invalid/a?x=1&y=2)" in body


def test_markdown_escape_of_a_mention_inside_brackets() -> None:
    assert "<@U123>" not in markdown_escape("ping <@U123> now")
    assert markdown_escape("a [b](c)") == "a \\[b\\](c)"
