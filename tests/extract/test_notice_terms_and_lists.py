"""Terms of notices: a 24-hour time before "on" and the day ("extended from 12:00 on Friday
20 May to 12:00 on Friday 3 June"), what holds unless something is done ("Unless the
council renews them, they will expire on"), a measure expected to apply if adopted with a
rider, a notice owed to an office ("must notify OAS no later than"), items of a list that
share a day, and an event that could not go ahead and "will now be held" on another day."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found

D = dt.date
PUB = D(2031, 5, 9)  # a Friday


def test_a_twenty_four_hour_time_before_the_day() -> None:
    text = (
        "(b) Deadline for submission of tenders: extended from 12:00 on Friday 23 May 2031 "
        "to 12:00 on Friday 6 June 2031."
    )
    assert found(text, PUB) == [(D(2031, 6, 6), "extended", D(2031, 5, 23))]
    text = (
        "(a) Deadline for questions: extended to 17:00 on Wednesday 28 May 2031 "
        "(originally Friday 16 May 2031)."
    )
    assert found(text, PUB) == [(D(2031, 5, 28), "extended", D(2031, 5, 16))]


def test_what_holds_unless_something_is_done_is_a_commitment() -> None:
    text = "Unless the council decides to renew them, the measures will expire on 30 June 2031."
    assert found(text, PUB) == [(D(2031, 6, 30), "scheduled", None)]
    # (a day that follows only if something happens is still none)
    assert found("If the talks fail, the strike will begin on 2 June 2031.", PUB) == []


def test_a_measure_expected_if_adopted_with_a_rider() -> None:
    text = (
        "If adopted without major changes, the amended rules are expected to take effect on "
        "July 1, 2031."
    )
    assert found(text, PUB) == [(D(2031, 7, 1), "expected", None)]
    text = "If adopted as drafted, the rules would apply from 1 July 2031."
    assert found(text, PUB) == [(D(2031, 7, 1), "proposed", None)]


def test_a_notice_owed_to_an_office_is_a_deadline() -> None:
    text = "Persons who wish to speak at the meeting must notify OAS no later than May 30, 2031."
    assert found(text, PUB) == [(D(2031, 5, 30), "scheduled", None)]
    text = "Residents must notify the clerk by Friday 16 May 2031."
    assert found(text, PUB) == [(D(2031, 5, 16), "scheduled", None)]
    # (the office telling the public is a day of telling)
    assert found("The agency will notify applicants by May 30, 2031.", PUB) == []


def test_items_of_a_list_that_share_a_day_are_two_things() -> None:
    text = (
        "Trade measures\n"
        "- The export of luxury goods is prohibited from 1 June 2031.\n"
        "- Imports of iron and steel products are banned from 1 June 2031.\n"
    )
    assert found(text, PUB) == [
        (D(2031, 6, 1), "scheduled", None),
        (D(2031, 6, 1), "scheduled", None),
    ]
    # (a title restated by its body stays one)
    text = "Levy on imports to start 1 June 2031\n\nA levy on imports will start on 1 June 2031."
    assert found(text, PUB) == [(D(2031, 6, 1), "scheduled", None)]


def test_an_event_that_could_not_go_ahead_and_will_now_be_held() -> None:
    text = (
        "Our information evening could not go ahead on Tuesday because of the blackout. "
        "It will now be held on Tuesday 13 May 2031 at 7pm in the library."
    )
    assert found(text, PUB) == [(D(2031, 5, 13), "postponed", D(2031, 5, 6))]
    text = (
        "The site visit, which had been arranged for Thursday 17 April 2031, did not take "
        "place. It will now be held on the morning of Wednesday 21 May 2031."
    )
    assert found(text, PUB) == [(D(2031, 5, 21), "postponed", D(2031, 4, 17))]


def test_a_bound_of_the_things_a_participle_tells_of_is_no_day_of_theirs() -> None:
    assert found("All road tests scheduled before June 1 have been cancelled.", PUB) == []
    text = (
        "Products placed on the market before 1 January 2032 may continue to be sold until "
        "31 December 2032."
    )
    assert found(text, PUB) == [(D(2032, 12, 31), "scheduled", None)]
    # (a deadline told with its verb stays one)
    assert found("Applications must be made before 1 June 2031.", PUB) == [
        (D(2031, 6, 1), "scheduled", None)
    ]
