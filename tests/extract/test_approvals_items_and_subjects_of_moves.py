"""Changes that wait on an approval, items of a numbered list, the subject of a move told
before a relative clause, old plans told by "was to" or "had faced", and words that look
like call-offs, days or tellings but are none."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

from deadlines.extract import find_temporal_expressions

D = dt.date


def test_a_change_that_waits_on_an_approval_is_proposed() -> None:
    text = (
        "The trust will lengthen the fair by a day, to Sunday 9 August, if the grant is approved."
    )
    assert found(text, D(2034, 6, 1)) == [(D(2034, 8, 9), "proposed", None)]
    text = "The new fees apply from 1 September 2034, if the assembly approves them."
    assert found(text, D(2034, 6, 1)) == [(D(2034, 9, 1), "proposed", None)]
    text = "The pact sets a levy from March 1, 2035, which would apply only if every member state backs it."
    text = text.replace("backs", "approves")
    assert found(text, D(2034, 6, 1)) == [(D(2035, 3, 1), "proposed", None)]
    # (not an approval the change is made for: "so that, if funding is approved, ...")
    text = (
        "Referendum day is Saturday, October 21. The referendum was first pencilled in for "
        "November 11. The council moved it three weeks earlier so that, if funding is "
        "approved, building can start before winter."
    )
    assert found(text, D(2034, 9, 1)) == [(D(2034, 10, 21), "advanced", D(2034, 11, 11))]


def test_a_day_of_another_subject_with_an_aside_is_no_old_day() -> None:
    text = "The deadline was extended to June 30, and the levy, if approved, would start on July 1."
    got = found(text, D(2034, 5, 2))
    assert (D(2034, 6, 30), "extended", None) in got
    assert all(p is None for _d, _s, p in got)


def test_words_that_only_look_like_call_offs() -> None:
    # a stance given up
    text = "The fund was renewed after the treasurer dropped her objections late on Friday."
    assert found(text, D(2034, 3, 6)) == []
    # a thing called off before, named by it
    text = "Travellers booked on cancelled sailings can rebook free of charge until 30 April."
    assert found(text, D(2034, 3, 6)) == [(D(2034, 4, 30), "scheduled", None)]
    # a compound and a noun of a thing about cancelling
    text = (
        "Regulators delayed the 'easy-cancel' rule to 1 October. Shops had been required to "
        "comply by 1 July. Retailers said they needed time to rebuild their cancellation pages."
    )
    text = text.replace("pages", "flows")
    assert found(text, D(2034, 3, 6)) == [(D(2034, 10, 1), "postponed", D(2034, 7, 1))]
    # but a meeting called off still is
    text = "The club will cancel the vote set for 3 May."
    assert found(text, D(2034, 4, 2)) == [(D(2034, 5, 3), "cancelled", None)]


def test_days_that_date_nothing() -> None:
    # a weekday naming a timetable
    assert found("Trams will run on a Sunday schedule.", D(2034, 1, 18)) == []
    # the days of letters, listed after "dated"
    text = "The office received two petitions, dated 3 May and 9 May, 2034, asking for more time."
    assert found(text, D(2034, 5, 20)) == []
    # a choice of an event and a day
    text = "The mandate lapses at the close of the next congress or on 30 June 2036, whichever is earlier."
    assert found(text, D(2034, 5, 20)) == []
    # a span counted from another paper's publication
    text = "The agency will issue its review within 30 days of the publication of the annual audit."
    assert found(text, D(2034, 5, 20)) == []
    # (but one counted from this notice's publication still dates a deadline)
    text = "Objections must be lodged within 30 days of publication of this notice."
    assert found(text, D(2034, 5, 1)) == [(D(2034, 5, 31), "scheduled", None)]


def test_the_subject_of_a_move_told_before_a_relative_clause() -> None:
    text = (
        "The county clerk said the deadline to enrol for the Nov. 7 poll, which was due to "
        "fall on Friday, has been extended to Tuesday, Oct. 17."
    )
    got = sorted(found(text, D(2034, 10, 11)))
    assert got == [
        (D(2034, 10, 17), "extended", D(2034, 10, 13)),
        (D(2034, 11, 7), "scheduled", None),
    ]


def test_old_plans_told_by_was_to_first_pencilled_and_had_faced() -> None:
    text = (
        "The console, which was to go on sale in Europe on Sept. 20, will now be sold from Oct. 18."
    )
    assert found(text, D(2034, 9, 1)) == [(D(2034, 10, 18), "postponed", D(2034, 9, 20))]
    text = "The tablet was to go on sale on Sept. 20. It will now be sold from Oct. 18."
    assert found(text, D(2034, 9, 1)) == [(D(2034, 10, 18), "postponed", D(2034, 9, 20))]
    text = "Referendum day is Saturday, October 21. The referendum was first pencilled in for November 11."
    assert found(text, D(2034, 9, 1)) == [(D(2034, 10, 21), "advanced", D(2034, 11, 11))]
    text = (
        "Growers who had a permit had faced a deadline of Friday, October 13. They too now "
        "have until May 4, 2035."
    )
    assert found(text, D(2034, 10, 16)) == [(D(2035, 5, 4), "extended", D(2034, 10, 13))]


def test_a_pause_and_a_move_of_its_own_object_move_no_other_thing() -> None:
    text = (
        "The union said it had suspended the stoppage while members weigh the offer. A ballot "
        "of members on the offer will close at noon on April 3, a spokesman said. Commuters "
        "who bought tickets can claim a refund until March 30, the operator said."
    )
    assert sorted(found(text, D(2034, 3, 14))) == [
        (D(2034, 3, 30), "scheduled", None),
        (D(2034, 4, 3), "scheduled", None),
    ]


def test_a_change_told_by_a_pronoun_is_of_the_thing_before() -> None:
    text = (
        "The board will hold a public hearing on Thursday, May 25, 2034. The hearing was "
        "originally advertised for May 11, 2034. It was rescheduled to allow a new noise "
        "survey. Written comments must be received by Thursday, May 18, 2034."
    )
    assert sorted(found(text, D(2034, 5, 2))) == [
        (D(2034, 5, 18), "scheduled", None),
        (D(2034, 5, 25), "postponed", D(2034, 5, 11)),
    ]


def test_a_move_told_by_its_span_takes_no_far_old_day_of_another_thing() -> None:
    text = (
        "College pushes back start of term by a week\n\n"
        "The college has pushed back the start of its spring term by one week after a flood.\n\n"
        "Classes had been due to begin on Monday, January 9. They will now start on Monday, "
        "January 16.\n\n"
        "The senate meets on Thursday to approve a new exam timetable. Under the draft, exams "
        "would run May 15-20 instead of May 8-13."
    )
    got = found(text, D(2034, 1, 2))
    assert (D(2034, 1, 16), "postponed", D(2034, 1, 9)) in got
    assert all(d.month != 5 for d, _s, _p in got)


def test_tense_from_the_verb_that_governs_the_day() -> None:
    # another thing's verb ends a telling's reach
    text = "The scheme that has governed water releases since 2030 expires on 31 March."
    assert found(text, D(2034, 1, 13)) == [(D(2034, 3, 31), "scheduled", None)]
    # a participle after its noun governs the day of its by-phrase
    text = "Under the accord reached by trade ministers on 14 November, parcels will carry a fee."
    (tx,) = find_temporal_expressions(text, D(2034, 12, 10))
    assert tx.value == "2034-11-14"
    # (not a passive's: "is expected to be adopted by the council on June 12")
    text = "The budget is expected to be adopted by the council on June 12."
    (tx,) = find_temporal_expressions(text, D(2034, 5, 10))
    assert tx.value == "2034-06-12"
    # a quotation opens its own clause
    text = 'Ms Reyes, who voted against it, said: "October 21 gives people little time."'
    (tx,) = find_temporal_expressions(text, D(2034, 9, 6))
    assert tx.value == "2034-10-21"


def test_a_day_told_as_new_later_keeps_a_title_move_from_another_thing() -> None:
    text = (
        "Maker recalls 90,000 vans over loose seats; radio fix for trucks delayed\n\n"
        "The recall covers vans built since 2031. Dealers will check the seats free of charge "
        "starting Nov. 28, the company said.\n\n"
        "Separately, the maker pushed back by a week the start of repairs under an earlier "
        "recall of trucks with faulty radios. Dealers will now begin the repairs on Monday, "
        "Oct. 30."
    )
    got = found(text, D(2034, 10, 9))
    assert (D(2034, 11, 28), "scheduled", None) in got


def test_an_item_of_a_numbered_list_tells_its_own_thing() -> None:
    text = (
        "Subject: Changes to the council calendar\n\n"
        "1. The ministerial meeting scheduled for 24 October 2034 has been postponed. A new\n"
        "date will be communicated in due course.\n\n"
        "2. The preparatory session originally set for 22 October 2034 is cancelled.\n\n"
        "3. The signing ceremony will take place on Monday, 6 November 2034, at 11:00.\n"
    )
    assert sorted(found(text, D(2034, 10, 16))) == [
        (D(2034, 10, 22), "cancelled", None),
        (D(2034, 10, 24), "postponed", None),
        (D(2034, 11, 6), "scheduled", None),
    ]


def test_a_passive_with_an_adverb_and_a_second_day_told_again() -> None:
    # a passive's participle after "be" and an adverb looks ahead with its modal
    text = (
        "The agency said its new pier, built for larger ships, would be formally opened on July 2."
    )
    assert found(text, D(2034, 6, 10)) == [(D(2034, 7, 2), "scheduled", None)]
    # a second day told "and again" is a second day of the plan, not where it moved
    text = (
        "The union had said its members would walk out for a day on Tuesday, June 13, and "
        "again on Thursday, June 15."
    )
    assert sorted(found(text, D(2034, 6, 6))) == [
        (D(2034, 6, 13), "scheduled", None),
        (D(2034, 6, 15), "scheduled", None),
    ]
