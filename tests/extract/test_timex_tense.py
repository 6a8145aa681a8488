"""Which day a year-less date or weekday means: the tense, aspect and modality of the verb
that governs it, and the years the text speaks of."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import tag, triples

THURSDAY = dt.date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the quarter just reported, even when the report is still to come
        (
            "The miller will report third-quarter results next month.",
            dt.date(2025, 10, 20),
            "2025-Q3",
        ),
        ("Profit fell in the fourth quarter.", dt.date(2026, 1, 22), "2025-Q4"),
        ("Sales should recover in the first quarter.", dt.date(2025, 11, 5), "2026-Q1"),
        ("Sales recovered in the first quarter.", dt.date(2025, 11, 5), "2025-Q1"),
    ],
)
def test_a_quarter_without_a_year_is_the_nearest_one(text: str, dct: dt.date, value: str) -> None:
    assert [e.value for e in tag(text, dct) if e.value.startswith(str(dct.year)[:3])][0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "next to" is a place, not the future
        ("Two shops burned next to the station on Tuesday.", "2025-10-21"),
        # a present perfect takes no definite past date: the limit it sets lies ahead
        ("The court has given the firm until Monday to reply.", "2025-10-27"),
        # "would" looks ahead from a past time: the nearest such day
        ("She said the envoy would fly home Friday.", "2025-10-24"),
        ("They said they would challenge Wednesday's ruling.", "2025-10-22"),
        ("The pilot could not be reached Tuesday.", "2025-10-21"),
        # plans look ahead; a participle after "remain" is no past verb
        ("The crew planned to leave on Saturday.", "2025-10-25"),
        ("The port will remain closed until Monday.", "2025-10-27"),
        ("Lawmakers could vote on the bill on Saturday.", "2025-10-25"),
    ],
)
def test_weekday_follows_the_verb_that_governs_it(text: str, value: str) -> None:
    assert [e.value for e in tag(text, THURSDAY)] == [value]


def test_a_plan_told_in_the_past_perfect_is_for_the_nearest_such_day() -> None:
    text = "The offer had been scheduled to lapse at midnight Friday, but was extended."
    assert triples(text) == [("midnight Friday", "TIME", "2025-10-24T24:00")]
    text = "Voting had been expected to run until midnight Friday. Then it was cut short."
    assert triples(text, THURSDAY)[0] == ("midnight Friday", "TIME", "2025-10-24T24:00")
    assert triples(text, dt.date(2025, 10, 22))[0][2] == "2025-10-24T24:00"
    saturday = dt.date(2025, 10, 25)
    text = "The agency had set Friday as the deadline for the filing."
    assert triples(text, saturday) == [("Friday", "DATE", "2025-10-24")]
    text = "The vote, which had been scheduled for Friday, was put off."
    assert triples(text, saturday) == [("Friday", "DATE", "2025-10-24")]
    assert triples("The agency set Friday as the deadline.", saturday)[0][2] == "2025-10-31"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an adjective in -ed is no verb: the auxiliary decides
        ("The bank will buy back its preferred stock on Nov. 3.", "2025-11-03"),
        # a participle right before the day governs it
        ("Lawyers will appeal the order issued Tuesday.", "2025-10-21"),
        # "effective" names the day something starts
        ("The board named a new chief, effective March 1.", "2026-03-01"),
    ],
)
def test_the_governing_verb_decides_not_the_nearest_participle(text: str, value: str) -> None:
    assert [e.value for e in tag(text, THURSDAY)] == [value]


def test_without_a_tense_a_date_falls_in_the_year_its_sentence_speaks_of() -> None:
    text = "The 2024 tally: a record in March, a loss on June 3."
    found = triples(text, dt.date(2025, 1, 20))
    assert found[1:] == [("March", "DATE", "2024-03"), ("June 3", "DATE", "2024-06-03")]
    # in another sentence the year no longer holds: the nearest June 3
    later = triples("The 2024 tally is out. A loss on June 3.", dt.date(2025, 1, 20))
    assert later[-1] == ("June 3", "DATE", "2025-06-03")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a verb after the date governs it in its own tense
        ("On Friday, the council planned to raise fares.", THURSDAY, "2025-10-17"),
        ("A March 3 vote has been scheduled.", THURSDAY, "2026-03-03"),
        # a past perfect anywhere in the clause
        ("Until Monday, the police had not named him.", THURSDAY, "2025-10-20"),
        # ... but it does not send a date a few days ahead a year back
        ("The bid had been due to lapse on Oct. 27.", THURSDAY, "2025-10-27"),
        # "three days later" is a time, not a cue of the future
        ("Three days later, as of Monday's close, the index was flat.", THURSDAY, "2025-10-20"),
    ],
)
def test_verb_order_and_aspect(text: str, dct: dt.date, value: str) -> None:
    assert [e.value for e in tag(text, dct) if e.type == "DATE"][-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a present statement's date is the next one after publication
        ("The hearing is on Tuesday.", "2025-10-28"),
        ("Ferry service is suspended through May 3.", "2026-05-03"),
        # a participle does not make the statement past: the period still runs
        ("The regulator extended the waiver through May 3.", "2026-05-03"),
        # a past perfect plan was for the last such day before publication
        ("The club had booked May 3 for the final.", "2025-05-03"),
        # a finite past verb nearer the date decides over a present one further off
        ("The report is about storms that flooded the coast in June.", "2025-06"),
    ],
)
def test_present_statements_look_ahead(text: str, value: str) -> None:
    assert [e.value for e in tag(text)] == [value]


def test_a_finite_verb_after_the_date_governs_it() -> None:
    found = triples("Over the weekend, the union continued to picket.", dt.date(2025, 10, 27))
    assert found == [("the weekend", "DATE", "2025-W43-WE")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "through" runs on, unless a finite verb says the period ended; "until" sets
        # a limit ahead even after a past verb ("gave them until")
        ("Sales fell through May.", "2025-05"),
        ("The port stays closed until May.", "2026-05"),
        ("The court gave the firm until May 2 to appeal.", "2026-05-02"),
        ("The ban, extended through May 3, is hurting farmers.", "2026-05-03"),
    ],
)
def test_through_yields_to_a_finite_verb_until_looks_ahead(text: str, value: str) -> None:
    assert [e.value for e in tag(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the date belongs to the infinitive, whose event follows the past asking: nearest
        ("The council asked the builder to reply by Nov. 4.", "2025-11-04"),
        ("The grocer signed a deal to buy the mill in January.", "2026-01"),
        ("The lender set out a plan to repay the notes by February.", "2026-02"),
        # a past verb with no infinitive still looks back
        ("The grocer bought the mill in January.", "2025-01"),
        # a plan told as future stays in the future
        ("The shop is scheduled to open in April.", "2026-04"),
    ],
)
def test_an_infinitive_leaves_the_direction_to_the_nearest_date(text: str, value: str) -> None:
    assert [e.value for e in tag(text, dt.date(2025, 10, 28))] == [value]


def test_the_verb_before_an_infinitive_keeps_its_tense() -> None:
    from deadlines.extract.tense import PAST, tense_at

    text = "The union asked the board to meet on Friday."
    start = text.index("Friday")
    assert tense_at(text, start, start + 6) == PAST


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a fiscal quarter takes the year of the date it ended on, not the nearest quarter
        ("The brewer earned more in its fiscal first quarter ended Sept. 30.", THURSDAY, "2025-Q1"),
        ("In the second quarter ended Oct. 31, sales slipped.", THURSDAY, "2024-Q2"),
        ("Margins should widen in the fourth quarter ending Jan. 31.", THURSDAY, "2026-Q4"),
        ("Revenue rose in the third quarter ended Sept. 30, 2024.", THURSDAY, "2024-Q3"),
    ],
)
def test_a_quarter_that_ended_on_a_date_is_of_that_year(
    text: str, dct: dt.date, value: str
) -> None:
    assert tag(text, dct)[0].value == value


def test_a_weak_cue_does_not_push_a_recent_date_a_year_ahead() -> None:
    # "through" looks ahead, but a day a week ago is nearer than one a year away
    found = tag("The index has gained 3% this year through Oct. 16.", THURSDAY)
    assert [e.value for e in found] == ["2025", "2025-10-16"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "could be" + participle tells of a past attempt as often as of a possibility
        ("The owners could be found Saturday at their farm.", "2025-10-25"),
        ("The owners could be found Monday at their farm.", "2025-10-27"),
        # "could" + a bare verb looks ahead
        ("The ferry could sail Saturday.", "2025-11-01"),
    ],
)
def test_could_be_leaves_the_weekday_to_the_nearest(text: str, value: str) -> None:
    assert [e.value for e in tag(text, dt.date(2025, 10, 27))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "of the year" is the year the text is in, unless the period is told as past
        ("Deliveries are due in the second half of the year.", "2026-H2"),
        ("Margins should widen in the fourth quarter of the year.", "2026-Q4"),
        ("Deliveries slowed in the second half of the year.", "2025-H2"),
    ],
)
def test_a_part_of_the_year_is_this_years_unless_past(text: str, value: str) -> None:
    assert tag(text, dt.date(2026, 3, 12))[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "as planned" says the plan held: the clause's own verb places the day
        ("Despite the strike, the ferries resumed as initially scheduled on Friday.", "2025-10-17"),
        ("The ferries will resume as planned on Friday.", "2025-10-24"),
    ],
)
def test_as_planned_leaves_the_day_to_the_clause_verb(text: str, value: str) -> None:
    assert [e.value for e in tag(text, dt.date(2025, 10, 20))] == [value]
