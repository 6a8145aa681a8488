"""The rule that derives a commitment's state from its claims."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from deadlines.store.truth import Claim, Correction, derive

T0 = datetime(2025, 10, 26, 8, tzinfo=UTC)
D0 = date(2025, 11, 10)
D1 = date(2025, 11, 11)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def plain(feed: str, due: date | None, hours: float, status: str = "scheduled") -> Claim:
    return Claim(due, status, at(hours), feed)


def change(feed: str, due: date | None, hours: float, status: str, **kw: object) -> Claim:
    return Claim(due, status, at(hours), feed, cue=True, **kw)  # type: ignore[arg-type]


def test_agreeing_feeds_give_one_date() -> None:
    state = derive([plain("a", D0, 0), plain("b", D0, 1), plain("c", D0, 2)])
    assert state is not None
    assert (state.due, state.status, state.votes, state.disputed) == (D0, "scheduled", 3, False)


def test_a_one_off_slip_against_three_feeds_is_settled_and_does_not_move_the_date() -> None:
    claims = [plain(f, D0, i) for i, f in enumerate("abc")] + [plain("d", D1, 0.5)]
    state = derive(claims)
    assert state is not None
    assert (state.due, state.disputed) == (D0, False)


def test_a_contradiction_without_a_change_cue_is_disputed_not_a_move() -> None:
    state = derive([plain("a", D0, 0), plain("b", D0, 1), plain("c", D1, 2)])
    assert state is not None
    assert (state.due, state.previous, state.status) == (D0, None, "scheduled")
    assert [(d.due, d.votes, d.feeds) for d in state.dissents] == [(D1, 1, ("c",))]
    # more reports settle it
    settled = derive([plain("a", D0, 0), plain("b", D0, 1), plain("c", D1, 2), plain("d", D0, 3)])
    assert settled is not None and not settled.disputed


def test_a_change_cue_moves_the_date_and_keeps_the_old_one() -> None:
    claims = [plain("a", D0, 0), plain("b", D0, 1), change("c", date(2025, 12, 1), 5, "extended")]
    state = derive(claims)
    assert state is not None
    assert (state.due, state.status, state.previous) == (date(2025, 12, 1), "extended", D0)
    assert state.changed_at == at(5)


def test_a_report_published_before_the_change_never_reverts_it_whatever_the_order() -> None:
    late = plain("late", D0, 4)  # written before the change, read after it
    claims = [plain("a", D0, 0), change("b", date(2025, 12, 1), 5, "postponed"), late]
    for _ in range(20):
        random.shuffle(claims)
        state = derive(claims)
        assert state is not None
        assert (state.due, state.status, state.previous) == (date(2025, 12, 1), "postponed", D0)


def test_a_copy_of_the_replaced_date_after_the_change_is_stale() -> None:
    claims = [plain("a", D0, 0), change("b", D1, 5, "postponed"), plain("copy", D0, 6)]
    state = derive(claims)
    assert state is not None
    assert (state.due, state.disputed) == (D1, False)


def test_copies_of_one_change_vote_for_it() -> None:
    claims = [
        plain("a", D0, 0),
        change("b", D1, 5, "postponed"),
        change("c", D1, 6, "postponed"),
        change("d", None, 7, "postponed", shift="P1D"),
    ]
    state = derive(claims)
    assert state is not None
    assert (state.due, state.previous, state.votes) == (D1, D0, 2)


def test_a_shift_moves_the_current_date() -> None:
    state = derive([plain("a", D0, 0), change("b", None, 3, "extended", shift="P1Y")])
    assert state is not None
    assert (state.due, state.previous, state.status) == (date(2026, 11, 10), D0, "extended")


def test_a_cancellation_keeps_the_date() -> None:
    state = derive([plain("a", D0, 0), change("b", None, 3, "cancelled")])
    assert state is not None
    assert (state.due, state.status) == (D0, "cancelled")


def test_a_forecast_does_not_dispute_a_decided_date() -> None:
    state = derive([plain("a", D0, 0), plain("b", D1, 1, status="expected")])
    assert state is not None
    assert (state.due, state.disputed, state.status) == (D0, False, "scheduled")
    alone = derive([plain("b", D1, 1, status="expected")])
    assert alone is not None and (alone.due, alone.status) == (D1, "expected")


def test_a_correction_wins_and_ends_the_dispute() -> None:
    claims = [plain("a", D0, 0), plain("b", D1, 1)]
    state = derive(claims, Correction(due=D1))
    assert state is not None
    assert (state.due, state.disputed) == (D1, False)


def test_no_claims_no_state() -> None:
    assert derive([]) is None
