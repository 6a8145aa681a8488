"""One row per real-world commitment: reports from many feeds join on what they speak of."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import (
    _load_families,
    history,
    list_commitments,
    record_commitments,
)
from deadlines.store.identity import Candidate, best_match, identity_of, subject_words
from deadlines.store.models.commitments import Commitment, Source

NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
LATER = datetime(2025, 10, 28, 9, tzinfo=UTC)

THREE_REPORTS = [
    ("wire", "US and China agree", "The United States and China agreed that the tariff truce "
     "expires on November 10, officials said."),
    ("daily", "Truce deadline", "Washington and Beijing said their trade truce will expire on "
     "November 10."),
    ("markets", "Talks", "The 90-day truce on tariffs between China and the US runs until "
     "November 10."),
]  # fmt: skip
POSTPONEMENT = "The United States and China postponed the expiry of the tariff truce by a year."


def test_three_feeds_one_commitment_then_a_postponement_by_a_year(
    engine: Engine, add_article
) -> None:
    ids = [add_article(feed, text, title=title) for feed, title, text in THREE_REPORTS]
    report = jobs.extract(engine, now=NOW)
    assert (report.articles, report.new, report.changed) == (3, 1, 0)
    with Session(engine) as session:
        (truce,) = [row for row in list_commitments(session) if row.kind == "truce"]
        assert truce.due_on == date(2025, 11, 10)
        sources = session.scalars(
            select(Source).where(Source.commitment_id == truce.id).order_by(Source.id)
        ).all()
        assert [s.article_id for s in sources] == ids
        assert all(0 < s.confidence <= 1 and s.sentence for s in sources)

    fourth = add_article("evening", POSTPONEMENT, title="Truce postponed")
    report = jobs.extract(engine, now=LATER)
    assert (report.articles, report.new, report.changed) == (1, 0, 1)
    with Session(engine) as session:
        (row,) = [row for row in list_commitments(session) if row.kind == "truce"]
        assert row.id == truce.id
        assert row.due_on == date(2026, 11, 10)
        assert row.previous_due_on == date(2025, 11, 10)
        assert row.status == "extended"  # an expiry moved later is an extension
        last = history(session, row.id)[-1]
        assert (last.article_id, last.change, last.changed_at) == (fourth, "extended", LATER)
        assert (last.old_due_on, last.new_due_on) == (date(2025, 11, 10), date(2026, 11, 10))
        assert len(session.scalars(select(Source).where(Source.commitment_id == row.id)).all()) == 4


def test_reading_the_same_report_again_changes_nothing(engine: Engine, add_article) -> None:
    article = add_article("wire", THREE_REPORTS[0][2])
    moved = _found(due=date(2025, 11, 20), evidence="The truce now runs to November 20.")

    def counts() -> tuple[int, int]:
        with Session(engine) as session:
            (row,) = list_commitments(session)
            return len(history(session, row.id)), len(session.scalars(select(Source)).all())

    with Session(engine) as session, session.begin():
        record_commitments(session, [(_found(), article)], now=NOW)
        assert [e.change for e in record_commitments(session, [(moved, article)], now=NOW)] == [
            "moved"
        ]
    assert counts() == (2, 2)
    with Session(engine) as session, session.begin():
        assert record_commitments(session, [(moved, article), (_found(), article)], now=LATER) == []
    assert counts() == (2, 2)


def test_a_second_postponement_report_does_not_move_the_date_twice(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        record_commitments(session, [(_found(), None)], now=NOW)
        moved = _found(due=None, status="postponed", shift="P1Y", evidence="Postponed a year.")
        repeat = _found(due=None, status="postponed", shift="P1Y", evidence="Delayed one year.")
        events = record_commitments(session, [(moved, None), (repeat, None)], now=LATER)
        assert [e.change for e in events] == ["postponed"]
    with Session(engine) as session:
        (row,) = list_commitments(session)
        assert (row.due_on, row.previous_due_on) == (date(2026, 11, 10), date(2025, 11, 10))


def test_different_actors_make_different_commitments(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        events = record_commitments(
            session,
            [(_found(), None), (_found(actors=("European Union", "India")), None)],
            now=NOW,
        )
        assert [e.reason for e in events] == ["new", "new"]
    with Session(engine) as session:
        assert len(list_commitments(session)) == 2


def test_one_batch_creates_then_updates_the_same_commitment(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        events = record_commitments(
            session,
            [(_found(), None), (_found(due=date(2025, 11, 20), evidence="Now November 20."), None)],
            now=NOW,
        )
        assert [(e.reason, e.version) for e in events] == [("new", 1), ("changed", 2)]
    with Session(engine) as session:
        (row,) = list_commitments(session)
        assert (row.due_on, row.previous_due_on, row.version) == (
            date(2025, 11, 20),
            date(2025, 11, 10),
            2,
        )
        assert [h.change for h in history(session, row.id)] == ["new", "moved"]


def test_identity_is_kind_and_actors_whatever_their_order() -> None:
    assert identity_of("truce", ("China", "United States"), "x") == identity_of(
        "truce", ("United States", "China"), "y"
    )
    assert identity_of("rule", (), "The export rules") == identity_of("rule", (), "export rule")


def test_matching_prefers_the_date_then_the_subject_words() -> None:
    words = subject_words("truce", "tariff truce")
    first = Candidate(1, "k1", "i", date(2025, 11, 10), "scheduled", {"tariff"})
    other = Candidate(2, "k2", "i", date(2026, 3, 1), "scheduled", {"shipping", "fee"})
    assert best_match([first, other], frozenset({"trade"}), date(2025, 11, 10)) is first
    assert best_match([first, other], words, date(2025, 12, 1)) is first
    assert best_match([first, other], frozenset({"port"}), date(2025, 12, 1)) is None
    # Without a date, only a single open commitment of the identity is a safe match.
    assert best_match([first, other], frozenset({"port"}), None) is None
    assert best_match([first], frozenset({"port"}), None) is first


REPORT = Found(
    what="tariff truce expires",
    due=date(2025, 11, 10),
    date_text="November 10",
    status="scheduled",
    previous_due=None,
    actors=("United States", "China"),
    evidence="The tariff truce expires on November 10.",
    confidence=0.8,
    kind="truce",
    subject="tariff truce",
    shift=None,
)


def _found(**changes: Any) -> Found:
    """The report above, with ``changes``."""
    return replace(REPORT, **changes)


def test_a_large_batch_is_written_in_bulk_and_read_back_exactly(engine: Engine) -> None:
    """More rows than one lookup chunk: every row, history entry and source is written."""
    count = 2500
    first = [
        _found(actors=(f"Party {n}",), due=date(2025, 11, 1) + timedelta(days=n % 90))
        for n in range(count)
    ]
    moved = [
        _found(
            actors=(f"Party {n}",),
            due=date(2026, 1, 1) + timedelta(days=n % 90),
            evidence=f"Report {n} moves it.",
        )
        for n in range(count)
    ]
    with Session(engine) as session, session.begin():
        events = record_commitments(session, [(f, None) for f in first], now=NOW)
        assert len({e.commitment_id for e in events}) == count
    with Session(engine) as session, session.begin():
        events = record_commitments(session, [(f, None) for f in moved], now=LATER)
        assert {(e.reason, e.version, e.change) for e in events} == {("changed", 2, "moved")}
    with Session(engine) as session:
        rows = list_commitments(session)
        assert len(rows) == count
        row = rows[0]
        assert row.due_on == date(2026, 1, 1) and row.previous_due_on == date(2025, 11, 1)
        assert (row.first_seen_at, row.updated_at, row.last_seen_at) == (NOW, LATER, LATER)
        assert row.actors == ["Party 0"] and row.due_corrected is False
        assert len(session.scalars(select(Source)).all()) == 2 * count
        assert [h.change for h in history(session, row.id)] == ["new", "moved"]


def test_identities_that_begin_alike_keep_their_own_commitments(engine: Engine) -> None:
    """Stored commitments are found by the keys their identity begins: "party-1" begins
    "party-10" and "party-1,party-2", yet a report of Party 1 moves Party 1's alone."""
    parties = [("Party 1",), ("Party 10",), ("Party 1", "Party 2")]
    with Session(engine) as session, session.begin():
        first = record_commitments(session, [(_found(actors=a), None) for a in parties], now=NOW)
    moved = _found(actors=("Party 1",), due=date(2026, 1, 1), evidence="It moves to January.")
    with Session(engine) as session, session.begin():
        (event,) = record_commitments(session, [(moved, None)], now=LATER)
    assert (event.commitment_id, event.change) == (first[0].commitment_id, "moved")
    with Session(engine) as session:
        due = {tuple(row.actors): row.due_on for row in list_commitments(session)}
    assert due == {
        ("Party 1",): date(2026, 1, 1),
        ("Party 10",): REPORT.due,
        ("Party 1", "Party 2"): REPORT.due,
    }


def test_a_commitment_with_a_very_long_identity_is_found_again(engine: Engine) -> None:
    """Keys are cut to fit their column; the identity's cut start still finds them."""
    subject = " ".join(f"clause{n:03d}" for n in range(60))  # about 480 characters of words
    report = _found(actors=(), subject=subject)
    assert len(identity_of(report.kind, (), subject)) == 300
    with Session(engine) as session, session.begin():
        (new,) = record_commitments(session, [(report, None)], now=NOW)
    later = replace(report, due=date(2026, 2, 1), evidence="The clauses wait for February.")
    with Session(engine) as session, session.begin():
        (moved,) = record_commitments(session, [(later, None)], now=LATER)
    assert (moved.commitment_id, moved.reason, moved.version) == (new.commitment_id, "changed", 2)
    with Session(engine) as session:
        (row,) = list_commitments(session)
    assert len(row.key) <= 300 and row.due_on == date(2026, 2, 1)


def test_a_mixed_batch_reports_its_changes_in_batch_order(engine: Engine) -> None:
    """Reports of known identities are matched before those of new ones (so that their
    writes start early); what a batch returns still follows the order of its reports, and
    new identities that make more than one commitment each get ids of their own."""
    with Session(engine) as session, session.begin():
        record_commitments(session, [(_found(actors=("Party 1",)), None)], now=NOW)
    batch = [
        _found(actors=("Party 2",), subject="licensing rules"),
        _found(actors=("Party 1",), due=date(2026, 3, 1), evidence="Moved to March."),
        _found(actors=("Party 2",), subject="export controls", due=date(2026, 4, 1)),
        _found(actors=("Party 1",), subject="port fees", due=date(2026, 5, 1)),
    ]
    with Session(engine) as session, session.begin():
        events = record_commitments(session, [(f, None) for f in batch], now=LATER)
    assert [(e.reason, e.change) for e in events] == [
        ("new", "new"), ("changed", "moved"), ("new", "new"), ("new", "new"),
    ]  # fmt: skip
    assert len({e.commitment_id for e in events}) == 4
    with Session(engine) as session:
        stored = {row.id: (tuple(row.actors), row.due_on) for row in list_commitments(session)}
    assert [stored[e.commitment_id] for e in events] == [
        (("Party 2",), REPORT.due),
        (("Party 1",), date(2026, 3, 1)),
        (("Party 2",), date(2026, 4, 1)),
        (("Party 1",), date(2026, 5, 1)),
    ]


def test_long_identities_that_begin_alike_get_keys_of_their_own(engine: Engine) -> None:
    """Two subjects that part only after the length kept in a key make two commitments, in
    one batch or in two."""
    common = " ".join(f"clause{n:03d}" for n in range(28))
    first, second, third = (_found(actors=(), subject=f"{common} zzzzzzz{n}") for n in "123")
    identities = {identity_of(f.kind, (), f.subject) for f in (first, second, third)}
    assert len(identities) == 3 and len({identity[:292] for identity in identities}) == 1
    with Session(engine) as session, session.begin():
        made = record_commitments(session, [(first, None), (second, None)], now=NOW)
    with Session(engine) as session, session.begin():
        made += record_commitments(session, [(third, None)], now=LATER)
    assert [e.reason for e in made] == ["new", "new", "new"]
    with Session(engine) as session:
        keys = [row.key for row in list_commitments(session)]
    assert len(set(keys)) == 3 and all(len(key) <= 300 for key in keys)


def test_a_long_identity_stored_whole_in_its_key_is_found_again(engine: Engine) -> None:
    """Keys written before keys were cut to 292 characters held a long identity whole; a
    later report of it still joins that commitment."""
    subject = " ".join(f"clause{n:03d}" for n in range(60))
    report = _found(actors=(), subject=subject)
    identity = identity_of(report.kind, (), subject)
    assert len(identity) == 300
    with Session(engine) as session, session.begin():
        (new,) = record_commitments(session, [(report, None)], now=NOW)
        session.execute(update(Commitment).values(key=identity))  # as the old writer keyed it
    later = replace(report, due=date(2026, 2, 1), evidence="The clauses wait for February.")
    with Session(engine) as session, session.begin():
        (moved,) = record_commitments(session, [(later, None)], now=LATER)
    assert (moved.commitment_id, moved.reason) == (new.commitment_id, "changed")


def test_a_family_is_read_with_its_actor_list_neighbours_only(engine: Engine) -> None:
    """The range of an identity's keys ends before "0": it holds the identity's own keys and
    those of identities that name more actors or a longer actor ("," and "-" go on), not
    those of another actor whose name goes on with a letter or digit."""
    parties = [("Party 1",), ("Party 10",), ("Party 1", "Party 2"), ("Party 1b",)]
    with Session(engine) as session, session.begin():
        record_commitments(session, [(_found(actors=a), None) for a in parties], now=NOW)
    with Session(engine) as session, session.begin():
        rows, keys = _load_families(session, {identity_of("truce", ("Party 1",), "")})
    assert [row.candidate.identity for row in rows] == ["truce|party-1"]
    assert sorted(keys) == ["truce|party-1,party-2/tariff", "truce|party-1/tariff"]
