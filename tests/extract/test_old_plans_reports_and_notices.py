"""Forms found by labelling wire news, school and council notices, court orders and
register notices, written in other words: an old plan told in the past perfect of its own
sentence, the past perfect of reported speech, a day put forward as a date, a reply owed
by a day, a filing owed by a day, a meeting called for a day, a register's page, a span
told after the move it counts, a term extended in the sentence after its old end, a poll
that will not take place this spring, a change spoken of for its effect, and a thing's
past told in an adjective."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.timex_helpers import found

D = dt.date


def test_a_change_told_without_its_day_folds_into_the_one_told_with_it() -> None:
    text = (
        "The period for deciding on the request is hereby extended by ten working days.\n\n"
        "The final deadline therefore falls on 14 June 2033."
    )
    items = found(text, D(2033, 5, 30))
    assert [due for due, _s, _p in items] == [D(2033, 6, 14)]
    assert items[0][1] == "extended"


def test_an_invitation_side_is_no_invitation_sent_on_a_day() -> None:
    text = (
        "The tour opens against a provincial invitation side on June 3, before Tests "
        "against the hosts on June 17 and June 24."
    )
    assert [due for due, _s, _p in found(text, D(2033, 4, 20))] == [
        D(2033, 6, 3),
        D(2033, 6, 17),
        D(2033, 6, 24),
    ]


def test_days_called_for_with_a_warning_after_them_keep_both_days() -> None:
    text = (
        "Their union said further stoppages had been called for October 4 and October 11 "
        "and warned that more dates could follow."
    )
    assert found(text, D(2033, 9, 20)) == [
        (D(2033, 10, 4), "scheduled", None),
        (D(2033, 10, 11), "scheduled", None),
    ]


def test_an_old_plan_in_the_past_perfect_after_the_new_day() -> None:
    text = (
        "The last day of term will now be Wednesday, June 22. The calendar adopted in the "
        "spring had pupils finishing on Friday, June 17."
    )
    assert found(text, D(2033, 2, 18)) == [(D(2033, 6, 22), "extended", D(2033, 6, 17))]


def test_a_change_spoken_of_for_its_effect_gives_no_modality_to_other_days() -> None:
    text = (
        "The office said on Tuesday it would extend the exemptions until March 31. "
        "Comments will be accepted until February 14.\n\n"
        "Importers said the short extension would make planning hard."
    )
    assert (D(2034, 2, 14), "scheduled", None) in found(text, D(2033, 12, 29))


def test_a_long_delayed_agreement_is_not_moved() -> None:
    text = "Ministers will sign their long-delayed trade agreement on September 10."
    assert found(text, D(2033, 8, 23)) == [(D(2033, 9, 10), "scheduled", None)]


def test_talks_that_ended_on_a_day_are_no_old_plan() -> None:
    text = (
        "Ministers will sign the accord in Cartagena on September 10. The negotiators "
        "closed the last chapter at talks that ended on Wednesday."
    )
    assert found(text, D(2033, 8, 23)) == [
        (D(2033, 9, 10), "scheduled", None),
        (D(2033, 8, 17), "occurred", None),
    ]


def test_a_day_put_forward_as_the_new_date_is_proposed() -> None:
    text = (
        "Registration is due to close on Friday. In its written request, the alliance "
        "proposed February 27 as the new cut-off date."
    )
    assert (D(2033, 2, 27), "proposed", None) in found(text, D(2033, 2, 8))


def test_a_reply_owed_by_a_day_is_a_deadline() -> None:
    text = "Squad members must confirm their availability by August 18."
    assert found(text, D(2033, 8, 11)) == [(D(2033, 8, 18), "scheduled", None)]


def test_a_span_of_days_written_day_first_is_no_commitment() -> None:
    text = "Key dates\n\n- 16 February: lists close\n- 27 February to 28 March: campaign period"
    assert found(text, D(2033, 1, 20)) == [(D(2033, 2, 16), "scheduled", None)]


def test_ministers_who_meet_in_a_city_on_a_weekday_meet_ahead() -> None:
    text = "Farm ministers meet in Luxembourg on Monday."
    assert found(text, D(2033, 10, 6)) == [(D(2033, 10, 10), "scheduled", None)]


def test_put_back_with_its_object_by_a_span_then_the_new_day() -> None:
    text = (
        "The electoral board has put back the general election by three weeks. Polling "
        "will now be held on 3 February."
    )
    assert found(text, D(2033, 11, 22)) == [(D(2034, 2, 3), "postponed", D(2034, 1, 13))]


def test_a_day_after_a_register_page_is_the_day_it_appeared() -> None:
    text = (
        "DATES: The effective date of the rule published at 98 FR 2871 (January 16, 2033) "
        "is delayed until May 18, 2033."
    )
    assert all(due != D(2033, 1, 16) for due, _s, _p in found(text, D(2033, 2, 2)))


def test_a_span_told_after_the_moved_meeting_counts_its_old_day() -> None:
    text = (
        "The regular meeting of the board will now be held on Monday, January 23, 2034. "
        "The meeting has been pushed back two weeks because of building works."
    )
    assert found(text, D(2034, 1, 6)) == [(D(2034, 1, 23), "postponed", D(2034, 1, 9))]


def test_a_poll_that_will_not_take_place_this_spring_is_put_off() -> None:
    text = (
        "The by-election, which was to be held on Thursday 5 May 2033, will not now take "
        "place this spring. Local polls due in May have been put back by a year, and the "
        "poll will instead be held on Thursday 4 May 2034."
    )
    assert found(text, D(2033, 3, 20)) == [(D(2034, 5, 4), "postponed", D(2033, 5, 5))]


def test_a_filing_owed_by_a_day_is_a_deadline() -> None:
    text = (
        "Nominating petitions must be filed with the district clerk no later than 5 p.m. "
        "on Monday, April 18, 2033."
    )
    assert found(text, D(2033, 4, 5)) == [(D(2033, 4, 18), "scheduled", None)]


def test_a_special_called_meeting_is_held_on_its_day() -> None:
    text = (
        "A public hearing on the budget will be held at a special called meeting on "
        "Monday, September 26, 2033, at 6 p.m."
    )
    assert found(text, D(2033, 9, 13)) == [(D(2033, 9, 26), "scheduled", None)]


def test_the_day_owners_were_reminded_is_no_commitment() -> None:
    text = (
        "The second phase of the rule takes effect tomorrow, the department reminded owners today."
    )
    assert found(text, D(2033, 6, 30)) == [(D(2033, 7, 1), "scheduled", None)]


def test_the_day_parliament_was_told_is_no_commitment() -> None:
    text = (
        "The government will hold the referendum on Sunday, November 27, three weeks earlier "
        "than planned, the interior minister told parliament on Monday."
    )
    assert [due for due, _s, _p in found(text, D(2033, 9, 13))] == [D(2033, 11, 27)]


def test_comments_invited_by_a_day_are_due_then() -> None:
    text = "Comments on the draft are invited by 5.00pm on Friday 2 September 2033."
    assert found(text, D(2033, 8, 10)) == [(D(2033, 9, 2), "scheduled", None)]


def test_a_penalty_for_each_day_of_delay_moves_no_deadline() -> None:
    text = (
        "Growers have until Friday, May 13 to send in their aid claims. Claims received "
        "after that date will be accepted until June 7, but payments will be cut by one per "
        "cent for each working day of delay."
    )
    assert found(text, D(2033, 4, 20)) == [
        (D(2033, 5, 13), "scheduled", None),
        (D(2033, 6, 7), "scheduled", None),
    ]


def test_more_time_given_in_the_present_perfect_is_news_whatever_past_day_it_cites() -> None:
    text = (
        "The Treasury has given companies an additional 30 days to unwind their business "
        "with a shipping firm it blacklisted in July. Firms now have until Nov. 12 to end "
        "their contracts."
    )
    assert found(text, D(2033, 10, 9)) == [(D(2033, 11, 12), "extended", D(2033, 10, 13))]


def test_a_calendar_line_and_its_note_in_capitals_are_one_item() -> None:
    text = (
        "Revised calendar\n\n"
        "Thursday, September 8 - Town Council. MOVED TO FRIDAY, SEPTEMBER 9.\n"
        "Thursday, September 15 - Budget workshop. RESCHEDULED TO THURSDAY, SEPTEMBER 29, "
        "5:30 p.m.\n"
        "Saturday, September 17 - Planning Commission. CANCELLED.\n"
        "Monday, September 19 - Parks Board."
    )
    assert found(text, D(2033, 8, 28)) == [
        (D(2033, 9, 9), "postponed", D(2033, 9, 8)),
        (D(2033, 9, 29), "postponed", D(2033, 9, 15)),
        (D(2033, 9, 17), "cancelled", None),
        (D(2033, 9, 19), "scheduled", None),
    ]


def test_a_term_closed_by_a_day_is_a_deadline_whatever_its_object_names() -> None:
    text = (
        "The deadline for lodging renewal applications has been pushed back by two weeks.\n\n"
        "Licence holders now have until Sunday, 14 August 2033 to submit applications, "
        "together with proof of payment of the prescribed fee."
    )
    assert found(text, D(2033, 7, 26)) == [(D(2033, 8, 14), "extended", D(2033, 7, 31))]


def test_a_quoted_day_corrected_to_another() -> None:
    text = 'In the "Date and Time" paragraph, "June 12, 2033" is corrected to read "June 14, 2033".'
    assert found(text, D(2033, 5, 4)) == [(D(2033, 6, 14), "scheduled", None)]


def test_an_amendment_that_adds_a_day_in_place_of_another() -> None:
    text = 'In paragraph (b), remove "June 1, 2033" and add in its place "December 1, 2033".'
    assert found(text, D(2033, 3, 1)) == [(D(2033, 12, 1), "postponed", D(2033, 6, 1))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past perfect with no day told as new beside it stays a plan of its own
        (
            "The union had called a strike for Monday, March 11. A second strike will take "
            "place on Monday, March 18.",
            D(2024, 3, 1),
            [(D(2024, 3, 11), "scheduled", None), (D(2024, 3, 18), "scheduled", None)],
        ),
        (
            "The last day of school will now be Friday, June 14. Teachers who had planned "
            "trips will return on Monday, August 19.",
            D(2024, 3, 1),
            [(D(2024, 6, 14), "scheduled", None), (D(2024, 8, 19), "scheduled", None)],
        ),
        # the past perfect of what was said still tells the old plan
        (
            "The university said graduation had been scheduled for May 18. The ceremony has "
            "been moved to May 25.",
            D(2024, 3, 1),
            [(D(2024, 5, 25), "postponed", D(2024, 5, 18))],
        ),
        # a second thing said may tell the first one's move
        (
            "The ministry said the exam will be held on June 10 and that it had been postponed "
            "because of the strike.",
            D(2024, 3, 1),
            [(D(2024, 6, 10), "postponed", None)],
        ),
        # a reminder of a day is not the day of the reminding
        (
            "Residents are reminded that bulk waste collection begins on Monday, January 8.",
            D(2024, 1, 3),
            [(D(2024, 1, 8), "scheduled", None)],
        ),
        # an edition that will not take place this year is called off
        (
            "The carnival, which was due to be held on 25 August, will not take place this "
            "year, organisers said.",
            D(2024, 3, 1),
            [(D(2024, 8, 25), "cancelled", None)],
        ),
        # a term of one thing is no old day of another's extension
        (
            "The bridge will stay closed until March 20. The detour on Main Street has been "
            "extended through April 5.",
            D(2024, 3, 1),
            [(D(2024, 3, 20), "scheduled", None), (D(2024, 4, 5), "extended", None)],
        ),
        # a move told with "now" is a move, whatever adjective tells the thing's past
        (
            "The twice-postponed election will now be held on March 24.",
            D(2024, 3, 1),
            [(D(2024, 3, 24), "postponed", None)],
        ),
        # a filing owed on a day is due then
        (
            "Nominating petitions must be filed on Monday, April 15.",
            D(2024, 3, 1),
            [(D(2024, 4, 15), "scheduled", None)],
        ),
    ],
)
def test_forms_near_the_new_rules_keep_their_reading(
    text: str, published: dt.date, expected: list[tuple[dt.date, str, dt.date | None]]
) -> None:
    assert found(text, published) == expected
