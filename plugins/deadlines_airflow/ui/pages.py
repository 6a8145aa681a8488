"""HTML of the Commitments view. Every value from the store is escaped."""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import urlencode

from deadlines.alerts.messages import countdown
from deadlines.store.queries import ChangeRow, CommitmentRow, Group, SourceRow, Timeline

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1f2933;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem} h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.muted{color:#616e7c;font-size:.9rem} a{color:#0b63ce}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #cbd2d9}
ol.timeline li{margin:0 0 .9rem 0;padding-left:1rem;position:relative}
ol.timeline li:before{content:"";position:absolute;left:-8px;top:.35rem;width:13px;height:13px;
 border-radius:50%;background:#0b63ce}
.due{font-weight:600;font-variant-numeric:tabular-nums}
.chip{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.8rem;background:#e4e7eb}
.chip.cancelled{background:#ffe3e3} .chip.postponed,.chip.extended{background:#fff3c4}
.chip.scheduled{background:#e3f8ff} .chip.expected,.chip.proposed{background:#f0f4f8}
.chip.disputed{background:#ffd8a8}
table{border-collapse:collapse;width:100%} td,th{text-align:left;padding:.3rem .5rem;
 border-bottom:1px solid #e4e7eb;font-size:.9rem;vertical-align:top}
"""


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>"
    )


def _chip(status: str) -> str:
    return f"<span class='chip {escape(status)}'>{escape(status)}</span>"


def _disputed(row: CommitmentRow) -> str:
    """A mark for a commitment whose feeds give other dates that are not settled."""
    return " " + _chip("disputed") if row.disputed else ""


def countdown_of(row: CommitmentRow, today: date) -> str:
    return countdown(row.due_on, today) if row.due_on else "no date"


def _item(row: CommitmentRow, today: date, prefix: str) -> str:
    due = row.due_on.isoformat() if row.due_on else "no date"
    moved = ""
    if row.previous_due_on and row.previous_due_on != row.due_on:
        moved = f" <span class='muted'>(was {escape(row.previous_due_on.isoformat())})</span>"
    actors = escape(", ".join(row.actors))
    return (
        f"<li data-id='{row.id}'><span class='due'>{escape(due)}</span>"
        f" <span class='muted'>{escape(countdown_of(row, today))}</span> {_chip(row.status)}"
        f"{_disputed(row)}{moved}<br>"
        f"<a href='{prefix}commitments/{row.id}'>{escape(row.what)}</a>"
        f" <span class='muted'>{escape(row.kind)} · {actors}</span></li>"
    )


def _list(group: Group, today: date, query: str, empty: str) -> str:
    """A group's page of rows, with links to its previous and next pages when it has more."""
    if not group.rows:
        return f"<p class='muted'>{escape(empty)}</p>"
    items = "".join(_item(r, today, "") for r in group.rows)
    return f"<ol class='timeline'>{items}</ol>" + _pager(group, query)


def _pager(group: Group, query: str) -> str:
    shown_to = group.offset + len(group.rows)
    if group.offset == 0 and shown_to >= group.total:
        return ""
    links = []
    if group.offset > 0:
        back = max(0, group.offset - group.limit)
        links.append(f"<a href='?{query}{group.name}={back}'>previous</a>")
    if shown_to < group.total:
        links.append(f"<a href='?{query}{group.name}={shown_to}'>next</a>")
    return (
        f"<p class='muted pager'>{group.offset + 1}–{shown_to} of {group.total} · "
        + " · ".join(links)
        + "</p>"
    )


def _changes(changes: list[ChangeRow], prefix: str) -> str:
    if not changes:
        return "<p class='muted'>No changes recorded yet.</p>"
    lines = []
    for c in changes:
        old_due = c.old_due_on.isoformat() if c.old_due_on else "–"
        new_due = c.new_due_on.isoformat() if c.new_due_on else "–"
        source = f"<a href='{escape(c.source_url)}'>source</a>" if c.source_url else ""
        lines.append(
            f"<tr><td>{escape(c.changed_at.strftime('%Y-%m-%d %H:%M'))} UTC</td>"
            f"<td><a href='{prefix}commitments/{c.commitment_id}'>{escape(c.what)}</a></td>"
            f"<td>v{c.version}</td><td>{escape(c.old_status or 'new')} → {_chip(c.new_status)}</td>"
            f"<td>{escape(old_due)} → {escape(new_due)}</td><td>{source}</td></tr>"
        )
    head = "<tr><th>seen</th><th>commitment</th><th></th><th>status</th><th>due</th><th></th></tr>"
    return f"<table>{head}{''.join(lines)}</table>"


def index(timeline: Timeline, changes: list[ChangeRow], now: str | None) -> str:
    """The timeline's groups, a page each, and the latest changes. ``now`` is the ``?now=``
    the page was asked with, kept in its links (URL-encoded, then escaped for HTML)."""
    kept = escape(urlencode({"now": now}, safe=":")) if now else ""
    query = f"?{kept}" if now else ""
    paging = f"{kept}&amp;" if now else ""
    groups, today = timeline.groups, timeline.today
    body = (
        "<h1>Commitments</h1>"
        f"<p class='muted'>As of {escape(today.isoformat())}. "
        f"<a href='api/commitments.csv{query}'>CSV</a> · "
        f"<a href='api/commitments.json{query}'>JSON</a> · "
        "<a href='api/commitments.ics'>Calendar (ICS)</a></p>"
        "<h2>Upcoming deadlines</h2>"
        + _list(groups["upcoming"], today, paging, "Nothing due from today on.")
        + "<h2>Recent changes</h2>"
        + _changes(changes, "")
        + "<h2>No date yet</h2>"
        + _list(groups["undated"], today, paging, "None.")
        + "<h2>Past due, no news since</h2>"
        + _list(groups["past"], today, paging, "None.")
        + "<h2>Cancelled or done</h2>"
        + _list(groups["closed"], today, paging, "None.")
    )
    return _page("Commitments", body)


def _actions(row: CommitmentRow, held: str, token: str | None) -> str:
    """The silence and acknowledge buttons, only for a user who may use them (``token``)."""
    state = f"<p class='muted'>Alerts: {escape(held)}.</p>" if held else ""
    if token is None:
        return state + "<p class='muted'>Your role may view alerts but not change them.</p>"
    base = f"../api/commitments/{row.id}"
    proof = f"<input type='hidden' name='form_token' value='{escape(token)}'>"
    return (
        state + f"<form method='post' action='{base}/silence' style='display:inline'>"
        "<button type='submit'>Silence 24 h</button><input type='hidden' name='hours' value='24'>"
        f"{proof}</form> "
        f"<form method='post' action='{base}/silence' style='display:inline'>"
        f"<button type='submit'>Silence</button>{proof}</form> "
        f"<form method='post' action='{base}/ack' style='display:inline'>"
        f"<button type='submit'>Acknowledge</button>{proof}</form>"
    )


def _sources(found: list[SourceRow]) -> str:
    if not found:
        return "<p class='muted'>No report recorded.</p>"
    lines = []
    for s in found:
        due = s.reported_due_on.isoformat() if s.reported_due_on else "no date"
        label = escape(s.title or s.url or "article")
        link = f"<a href='{escape(s.url)}'>{label}</a>" if s.url else label
        lines.append(
            f"<tr><td>{escape(s.seen_at.strftime('%Y-%m-%d %H:%M'))} UTC</td><td>{link}</td>"
            f"<td>“{escape(s.sentence)}”</td><td>{escape(due)} {_chip(s.reported_status)}</td>"
            f"<td>{s.confidence:.2f}</td></tr>"
        )
    head = "<tr><th>seen</th><th>article</th><th>sentence</th><th>said</th><th>conf.</th></tr>"
    return f"<table class='sources'>{head}{''.join(lines)}</table>"


def detail(
    row: CommitmentRow,
    today: date,
    changes: list[ChangeRow],
    held: str = "",
    found: list[SourceRow] | None = None,
    token: str | None = None,
) -> str:
    """A commitment's page; ``token`` is the form token of a user who may change its alerts
    (None: the page offers no button that changes anything)."""
    source = (
        f"<a href='{escape(row.source_url)}'>{escape(row.source_title or row.source_url)}</a>"
        if row.source_url
        else escape(row.source_title or "unknown")
    )
    due = row.due_on.isoformat() if row.due_on else "no date"
    body = (
        "<p><a href='../'>← all commitments</a></p>"
        f"<h1>{escape(row.what)}</h1>"
        f"<p><span class='due'>{escape(due)}</span> <span class='muted'>{escape(countdown_of(row, today))}"
        f"</span> {_chip(row.status)}{_disputed(row)}</p>"
        "<table>"
        f"<tr><th>kind</th><td>{escape(row.kind)}</td></tr>"
        f"<tr><th>who</th><td>{escape(', '.join(row.actors))}</td></tr>"
        f"<tr><th>confidence</th><td>{row.confidence:.2f}</td></tr>"
        f"<tr><th>evidence</th><td>“{escape(row.evidence)}”</td></tr>"
        f"<tr><th>latest source</th><td>{source}</td></tr>"
        "</table><h2>Alerts</h2>"
        + _actions(row, held, token)
        + "<h2>History</h2>"
        + _changes(changes, "../")
        + f"<h2>Sources ({len(found or [])})</h2>"
        + _sources(found or [])
    )
    return _page(row.what, body)
