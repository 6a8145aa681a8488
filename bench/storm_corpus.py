"""A generated news storm with a known truth: many feeds reporting a few dozen commitments.

Every commitment has a true story: announced for a date, then maybe moved (with the words
of a change), called off, or left alone. Feeds report it in varied wordings: agreeing
copies, a one-off slip by a day, stale copies of the old date published before a change but
read after it, syndicated copies of the change itself. The truth at the end is known, so a
bench can count rows per true commitment, alerts per true change and wrong end states.

The texts are written for this bench; nothing is copied from real reports.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

UTC = dt.UTC
START = dt.datetime(2025, 10, 20, 6, tzinfo=UTC)

PAIRS = (
    (
        ("the United States", "Washington", "the U.S."),
        ("China", "Beijing", "the Chinese government"),
    ),
    (("the European Union", "Brussels", "the EU"), ("Japan", "Tokyo", "the Japanese government")),
    (
        ("Canada", "Ottawa", "the Canadian government"),
        ("Mexico", "Mexico City", "Mexican officials"),
    ),
    (
        ("India", "New Delhi", "the Indian government"),
        ("Brazil", "Brasilia", "Brazilian officials"),
    ),
    (
        ("Australia", "Canberra", "the Australian government"),
        ("Indonesia", "Jakarta", "Indonesian officials"),
    ),
    (
        ("South Korea", "Seoul", "the South Korean government"),
        ("Vietnam", "Hanoi", "Vietnamese officials"),
    ),
)

# kind -> (plain wordings, change wordings by status); {a} and {b} are the parties, {d} the
# date, {old} the replaced date
PLAIN = {
    "truce": (
        "The tariff truce between {a} and {b} expires on {d}.",
        "{a} and {b} said their trade truce runs until {d}.",
        "The pause on tariffs agreed by {a} and {b} is due to end on {d}.",
    ),
    "tariff": (
        "New tariffs by {a} on goods from {b} are set to start on {d}.",
        "{a} will begin charging higher duties on imports from {b} on {d}.",
        "Higher levies on {b}'s exports to {a} take effect on {d}.",
    ),
    "meeting": (
        "Leaders of {a} and {b} are scheduled to meet on {d}.",
        "{b} and {a} will hold a summit on {d}, officials said.",
        "A meeting between {a} and {b} is planned for {d}.",
    ),
    "rule": (
        "The export licensing rules agreed by {a} and {b} come into force on {d}.",
        "New export licensing rules between {a} and {b} take effect on {d}.",
        "The joint export licensing rules of {a} and {b} apply from {d}.",
    ),
}
CHANGE = {
    "postponed": (
        "{a} and {b} postponed the {event} to {d}.",
        "The {event} of {a} and {b}, first set for {old}, was pushed back to {d}.",
    ),
    "extended": (
        "{a} and {b} extended the {event} until {d}.",
        "The {event} between {a} and {b} was prolonged until {d}, beyond {old}.",
    ),
    "advanced": (
        "{a} and {b} brought forward the {event} to {d}.",
        "The {event} of {a} and {b} was moved up to {d} from {old}.",
    ),
    "cancelled": (
        "{a} and {b} called off the {event} planned for {d}.",
        "The {event} between {a} and {b} set for {d} has been cancelled.",
    ),
}
EVENT = {
    "truce": "tariff truce",
    "tariff": "new tariffs",
    "meeting": "summit",
    "rule": "licensing rules",
}
MOVE_FOR = {"truce": "extended", "tariff": "postponed", "meeting": "postponed", "rule": "postponed"}


@dataclass(frozen=True)
class Report:
    feed: str
    published: dt.datetime
    title: str
    text: str
    guid: str


@dataclass
class Truth:
    """What a commitment ends as."""

    key: str
    kind: str
    due: dt.date
    status: str
    previous: dt.date | None = None
    changes: int = 0  # real changes told with change words


@dataclass
class Storm:
    reports: list[Report] = field(default_factory=list)
    truths: list[Truth] = field(default_factory=list)


def _day(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _wording(rng: random.Random, names: tuple[str, ...]) -> str:
    return rng.choice(names)


def generate(n_commitments: int = 24, n_feeds: int = 1000, seed: int = 7) -> Storm:
    """``n_commitments`` true commitments told by ``n_feeds`` feeds."""
    rng = random.Random(seed)
    storm = Storm()
    feeds = [f"feed{i:04d}" for i in range(n_feeds)]
    kinds = list(PLAIN)
    for i in range(n_commitments):
        kind = kinds[i % len(kinds)]
        # one commitment per kind and pair of parties: as many as there are of both
        a_names, b_names = PAIRS[(i // len(kinds)) % len(PAIRS)]
        base = dt.date(2025, 11, 3) + dt.timedelta(days=i % 9)
        fate = ("keep", "move", "cancel", "advance", "keep", "move")[i % 6]
        truth = Truth(f"c{i:02d}", kind, base, "scheduled")
        _tell(rng, storm, feeds, truth, a_names, b_names, fate)
        storm.truths.append(truth)
    storm.reports.sort(key=lambda r: (r.published, r.feed))
    return storm


def _tell(
    rng: random.Random,
    storm: Storm,
    feeds: list[str],
    truth: Truth,
    a_names: tuple[str, ...],
    b_names: tuple[str, ...],
    fate: str,
) -> None:
    """Reports of one commitment: plain copies, one slip, and its change if it has one."""
    tellers = rng.sample(feeds, k=rng.randint(20, 40))
    change_at = START + dt.timedelta(hours=rng.randint(30, 50))
    old = truth.due
    new = {
        "move": old + dt.timedelta(days=14),
        "advance": old - dt.timedelta(days=2),
    }.get(fate)
    for j, feed in enumerate(tellers):
        published = START + dt.timedelta(hours=rng.uniform(0, 70))
        a, b = _wording(rng, a_names), _wording(rng, b_names)
        day = old
        if j == 0:
            day = old + dt.timedelta(days=1)  # the one-off slip
        after_change = new is not None and published > change_at
        if after_change and j % 3:
            day = new  # later copies repeat the new date without change words
        sentence = rng.choice(PLAIN[truth.kind]).format(a=a, b=b, d=_day(day))
        title = f"{a[0].upper()}{a[1:]} and {b}: {EVENT[truth.kind]}"
        storm.reports.append(Report(feed, published, title, sentence, f"{truth.key}-{j}"))
    if fate == "keep":
        return
    status = {"move": MOVE_FOR[truth.kind], "advance": "advanced", "cancel": "cancelled"}[fate]
    for k in range(rng.randint(2, 4)):  # syndicated copies of the change
        feed = rng.choice(feeds)
        published = change_at + dt.timedelta(minutes=7 * k)
        a, b = _wording(rng, a_names), _wording(rng, b_names)
        wording = rng.choice(CHANGE[status])
        day = old if status == "cancelled" else new
        assert day is not None
        text = wording.format(a=a, b=b, d=_day(day), old=_day(old), event=EVENT[truth.kind])
        title = f"{a[0].upper()}{a[1:]} and {b}: {EVENT[truth.kind]} {status}"
        storm.reports.append(Report(feed, published, title, text, f"{truth.key}-x{k}"))
    truth.changes = 1
    truth.status = status
    if new is not None:
        truth.previous, truth.due = old, new
