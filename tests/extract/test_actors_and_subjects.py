"""Actors normalised, places kept apart, stable subjects and a calibrated confidence."""

from __future__ import annotations

import datetime as dt

import pytest

from deadlines.extract import extract_commitments
from deadlines.extract.actors import ActorIndex
from deadlines.extract.confidence import calibrated, evidence_score
from deadlines.extract.describe import subject_key

PUB = dt.date(2025, 10, 26)


def actors(text: str) -> tuple[str, ...]:
    return ActorIndex(text).names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. will respond.",
        "Washington will respond.",
        "The White House will respond.",
        "American officials will respond.",
    ],
)
def test_names_of_the_united_states(text: str) -> None:
    assert actors(text) == ("United States",)


def test_capital_after_a_preposition_of_place_is_a_venue() -> None:
    assert actors("Negotiators met in Kuala Lumpur on Sunday.") == ()
    assert actors("Beijing said talks in Washington went well.") == ("China",)


def test_country_after_a_city_is_a_venue() -> None:
    assert actors("The leaders meet in Gyeongju, South Korea.") == ()
    assert actors("South Korea hosts the leaders.") == ("South Korea",)


def test_full_name_learnt_from_a_title_resolves_the_surname() -> None:
    text = "Trade Representative Jamieson Greer spoke. Greer will travel on Monday."
    assert "Jamieson Greer" in actors(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("temporary truce on tariffs", "the tariff truce between Washington and Beijing"),
        ("new licensing requirements", "the licensing requirement"),
        ("100% tariffs on Chinese imports", "100% tariffs on imports"),
    ],
)
def test_subject_is_stable_across_wordings(a: str, b: str) -> None:
    assert subject_key(a) == subject_key(b)


def test_same_commitment_in_two_wordings_gets_one_key() -> None:
    one = extract_commitments("The temporary truce on tariffs expires on November 10.", PUB)
    two = extract_commitments(
        "The tariff truce between Washington and Beijing runs out on November 10.", PUB
    )
    assert (
        (one[0].kind, one[0].subject)
        == (two[0].kind, two[0].subject)
        == (
            "truce",
            "tariff truce",
        )
    )


def test_what_is_short_and_readable() -> None:
    c = extract_commitments(
        "The temporary tariff truce between Washington and Beijing expires on November 10.", PUB
    )[0]
    assert c.what == "temporary tariff truce (expiry)"
    assert set(c.actors) == {"United States", "China"}


def test_calibration_is_monotone_and_invertible() -> None:
    scores = [0.05, 0.3, 0.5, 0.7, 0.95]
    probabilities = [calibrated(s) for s in scores]
    assert probabilities == sorted(probabilities)
    assert all(0.0 < p < 1.0 for p in probabilities)
    for s in scores:
        assert abs(evidence_score(calibrated(s)) - s) < 0.05  # two-decimal rounding


def test_confidence_ranks_a_fixed_date_over_a_vague_hedge() -> None:
    strong = extract_commitments("The embargo takes effect on November 14.", PUB)[0]
    weak = extract_commitments("The embargo might come by the end of 2027.", PUB)[0]
    assert strong.confidence > weak.confidence


def test_quoted_official_speaks_for_a_country_and_is_no_party() -> None:
    c = extract_commitments(
        "U.S. Trade Representative Jane Roe said the levies on Canadian lumber start on "
        "November 3.",
        PUB,
    )[0]
    assert set(c.actors) == {"United States", "Canada"}


def test_leaders_meeting_at_a_summit_are_the_parties_not_the_summit_body() -> None:
    c = extract_commitments(
        "Chinese President Xi Jinping and Prime Minister Mark Carney will meet on Friday "
        "during the Asia-Pacific Economic Cooperation (APEC) summit in Gyeongju, South Korea.",
        PUB,
    )[0]
    assert c.kind == "meeting"
    assert set(c.actors) == {"Xi Jinping", "Mark Carney"}


def test_pronoun_speaker_is_replaced_by_the_country_he_speaks_for() -> None:
    text = (
        "Japanese Finance Minister Taro Sato met bankers on Friday. He expects the yen "
        "swap line to be extended beyond its expiry on December 31."
    )
    live = [c for c in extract_commitments(text, PUB) if c.status != "occurred"]
    assert live[0].actors == ("Japan",)


def test_leaders_named_bare_are_known_with_the_country_they_speak_for() -> None:
    a = extract_commitments("Trump and Xi will meet on Thursday in Gyeongju.", PUB)[0]
    b = extract_commitments("Xi Jinping and Donald Trump are set to hold talks on Thursday.", PUB)[
        0
    ]
    assert set(a.actors) == set(b.actors) == {"Donald Trump", "Xi Jinping"}


def test_the_place_of_a_meeting_is_no_party() -> None:
    c = extract_commitments(
        "The leaders of the United States and China will meet Thursday in South Korea.", PUB
    )[0]
    assert set(c.actors) == {"United States", "China"}


def test_a_fronted_phrase_with_a_date_of_its_own_is_not_what_is_dated() -> None:
    text = "Originally scheduled to end on Friday, the consultation will now close on November 14."
    (c,) = extract_commitments(text, PUB)
    assert c.what.startswith("consultation")
    assert "Friday" not in c.what
