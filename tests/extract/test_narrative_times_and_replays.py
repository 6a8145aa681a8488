"""Forms found by annotating news of our own writing with TimeML and by labelling wire
stories: a part of the day of the story's own day (not of a payment date ahead, a span's
bound or a quarter's end), "that evening", "through the morning", "that Tuesday", what
"is expected" on a day, an old plan's weekday still ahead of a delay to come, a match called off and now to be played on another day, a strike called off
for a day told "instead", a forecast told after its day, a day someone is to be told on,
a move proposed by its amount alone, and the neighbours of each that these readings must
leave alone (found by a review in sentences of its own)."""

from __future__ import annotations

import datetime as dt

from tests.extract.timex_helpers import found, triples

D = dt.date


def test_a_part_of_the_day_told_in_the_past_is_not_of_a_day_ahead() -> None:
    text = (
        "The brewer raised its dividend to 40 cents, payable April 14. "
        "Its shares fell 6% in morning trading."
    )
    assert triples(text, D(2031, 3, 20)) == [
        ("April 14", "DATE", "2031-04-14"),
        ("morning", "TIME", "2031-03-20TMO"),
    ]


def test_the_bound_of_a_span_is_not_the_day_the_story_moves_to() -> None:
    text = (
        "The index fell yesterday to its lowest close since May 15. "
        "It had been up 12 points in the morning."
    )
    assert ("the morning", "TIME", "2031-08-09TMO") in triples(text, D(2031, 8, 10))
    text = (
        "The firm said on Wednesday that profit for the three months to March 31 rose 4%. "
        "Its shares had closed up 2% earlier in the day."
    )
    assert ("the day", "DATE", "2031-04-23") in triples(text, D(2031, 4, 24))


def test_parts_of_the_day_the_story_is_speaking_of() -> None:
    text = "The talks opened on Sunday, and the delegations dined together that evening."
    assert ("that evening", "TIME", "2031-02-09TEV") in triples(text, D(2031, 2, 12))
    text = "Crews worked through the morning. By late afternoon, the line had reopened."
    assert triples(text, D(2031, 2, 12)) == [
        ("the morning", "TIME", "2031-02-12TMO"),
        ("late afternoon", "TIME", "2031-02-12TAF"),
    ]
    # "that" opening what was said is no determiner of the night
    assert triples("The manager said that night shifts would end.", D(2031, 2, 12)) == []


def test_that_weekday_is_the_one_the_text_has_named() -> None:
    text = (
        "The cup tie will be replayed on Tuesday, December 9. The league game, which had been "
        "set for that Tuesday, has been pushed back to Wednesday, December 17."
    )
    assert ("that Tuesday", "DATE", "2031-12-09") in triples(text, D(2031, 11, 27))
    assert found(text, D(2031, 11, 27)) == [
        (D(2031, 12, 9), "postponed", None),
        (D(2031, 12, 17), "postponed", D(2031, 12, 9)),
    ]


def test_what_is_expected_on_a_day_looks_ahead() -> None:
    text = "Negotiators meet daily through Friday, and a joint statement is expected Saturday."
    assert ("Saturday", "DATE", "2031-10-18") in triples(text, D(2031, 10, 13))
    # a period that begins on a day is read by its clause's own verb
    assert ("Monday", "DATE", "2031-03-17") in triples(
        "Beginning Monday, buses will run every ten minutes.", D(2031, 3, 12)
    )


def test_an_old_plan_of_a_delay_to_come_is_still_ahead() -> None:
    text = (
        "The bloc will delay by a month the start of duties on steel that had been due to take "
        "effect on Saturday. They will now apply from April 15."
    )
    assert found(text, D(2031, 3, 11)) == [(D(2031, 4, 15), "postponed", D(2031, 3, 15))]


def test_a_match_called_off_and_now_to_be_played_is_put_off() -> None:
    published = D(2031, 10, 17)
    for text in (
        "The cup match was called off on Saturday and will now be played on November 4.",
        "The cup match, which was called off on Saturday because of a frozen pitch, will now "
        "be played on November 4.",
        "The cup match, which was postponed, will now be played on November 4.",
    ):
        assert found(text, published) == [(D(2031, 11, 4), "postponed", None)], text
    # an aside of what someone else did still tells no change of the main clause's day
    text = "The union, which had demanded a delay, will hold a rally on November 4."
    assert found(text, published) == [(D(2031, 11, 4), "scheduled", None)]


def test_a_strike_called_off_for_a_day_told_instead() -> None:
    text = (
        "Drivers called off a strike that was due to begin on Saturday and said on Wednesday "
        "they would walk out on Monday, February 17, instead."
    )
    assert found(text, D(2031, 2, 5)) == [(D(2031, 2, 17), "postponed", D(2031, 2, 8))]
    # a plan's day before "and said" is the plan's, not the day of the saying
    text = "Drivers called off a strike that was due to begin on Saturday and said they were glad."
    assert found(text, D(2031, 2, 5)) == [(D(2031, 2, 8), "cancelled", None)]


def test_a_forecast_told_after_its_day_in_a_clause_of_its_own() -> None:
    text = (
        "Lawmakers have until Sunday, July 27, to pass a budget before the stopgap expires, "
        "and a shutdown from Monday, July 28, looks increasingly likely, aides said."
    )
    assert found(text, D(2031, 7, 22)) == [
        (D(2031, 7, 27), "scheduled", None),
        (D(2031, 7, 28), "expected", None),
    ]


def test_the_day_someone_is_to_be_told_on_is_no_commitment() -> None:
    text = "Agencies will tell staff on Friday, July 25, whether they should report for work."
    assert found(text, D(2031, 7, 22)) == []


def test_a_past_day_told_by_an_irregular_verb() -> None:
    text = "The striker, who hurt his knee in training on Monday, will have a scan on Friday."
    assert found(text, D(2031, 6, 18)) == [(D(2031, 6, 20), "scheduled", None)]


def test_a_move_proposed_by_its_amount_keeps_the_day_in_force() -> None:
    text = (
        "The wage freeze is due to expire on March 31, but the treasury has proposed extending "
        "it by a year."
    )
    assert found(text, D(2031, 1, 20)) == [(D(2031, 3, 31), "proposed", None)]


def test_a_quarter_named_by_its_months() -> None:
    text = "The economy shrank in the October-December quarter, and grew in the April-June period."
    assert triples(text, D(2033, 2, 1)) == [
        ("October-December quarter", "DATE", "2032-Q4"),
        ("April-June period", "DATE", "2032-Q2"),
    ]


def test_a_term_named_by_a_weekday_in_the_possessive_is_the_nearer_one() -> None:
    text = "Investors fretted about what would follow Tuesday's U.N. deadline."
    assert triples(text, D(2031, 1, 13)) == [("Tuesday", "DATE", "2031-01-14")]
    # the day of an event the report tells of is still gone by
    assert triples("Monday's ruling surprised lawyers.", D(2031, 1, 15)) == [
        ("Monday", "DATE", "2031-01-13")
    ]


def test_more_holidays_and_the_occasion_of_a_closure() -> None:
    text = "The bond market was closed Tuesday for Veterans Day."
    assert triples(text, D(2031, 11, 13)) == [
        ("Tuesday", "DATE", "2031-11-11"),
        ("Veterans Day", "DATE", "2031-11-11"),
    ]
    assert triples("Parades will mark St. Patrick's Day.", D(2031, 2, 2)) == [
        ("St. Patrick's Day", "DATE", "2031-03-17")
    ]


def test_a_span_of_what_it_holds() -> None:
    text = "The vote was followed by weeks of unrest, and a week of flooding followed."
    assert triples(text, D(2031, 7, 23)) == [
        ("weeks", "DURATION", "PXW"),
        ("a week", "DURATION", "P1W"),
    ]
    # not a part of a named time
    assert triples("Crowds gathered in the early hours of Thursday.", D(2031, 7, 23)) == [
        ("Thursday", "DATE", "2031-07-17")
    ]


def test_that_before_a_part_of_the_day_that_qualifies_a_noun_opens_a_clause() -> None:
    for text in (
        "Officials warned that evening rush hours would grow longer.",
        "The union fears that night work will become compulsory.",
        "Crews said that night has fallen too early for the search.",
        "The operator changed the timetable so that evening trains run later.",
    ):
        assert triples(text, D(2031, 11, 13)) == [], text
    text = "The minister said that evening that the talks had failed."
    assert triples(text, D(2031, 11, 13)) == [("that evening", "TIME", "2031-11-13TEV")]
    # a part of the day with its own day after it is that day's
    text = "In early morning raids on Tuesday, police arrested 12 people."
    assert triples(text, D(2031, 11, 13)) == [("Tuesday", "DATE", "2031-11-11")]


def test_that_night_is_the_day_the_story_told_not_today() -> None:
    text = (
        "The river burst its banks on June 20, 1980. The town has 3,100 people today. "
        "Many families lost their homes that night."
    )
    assert ("that night", "TIME", "1980-06-20TNI") in triples(text, D(2031, 6, 18))
    text = "Officials met today. That night, rioters burned cars."
    assert ("That night", "TIME", "2031-06-18TNI") in triples(text, D(2031, 6, 18))


def test_a_part_of_the_day_keeps_to_the_side_of_now_its_clause_tells() -> None:
    text = "Voting will take place on Sunday. Officials said polls open in the morning."
    assert ("the morning", "TIME", "2031-10-26TMO") in triples(text, D(2031, 10, 20))
    text = (
        "The council will hold a hearing on Tuesday, October 7. Its committee met on "
        "August 28. The council will also hold a workshop on the same day."
    )
    assert ("the same day", "DATE", "2031-10-07") in triples(text, D(2031, 9, 15))
    # an event's end is a time the story moves to
    text = "The ceasefire ended on Tuesday. The next day, fighting resumed."
    assert ("The next day", "DATE", "2031-10-15") in triples(text, D(2031, 10, 20))


def test_for_after_a_word_of_a_plan_or_a_future_still_looks_ahead() -> None:
    published = D(2031, 3, 12)
    assert triples("The meeting was rescheduled for November.", published) == [
        ("November", "DATE", "2031-11")
    ]
    assert triples("The bridge will open in time for Christmas.", published) == [
        ("Christmas", "DATE", "2031-12-25")
    ]


def test_a_call_off_beside_another_thing_told_anew_is_no_move() -> None:
    published = D(2031, 3, 12)
    text = "The protest was called off, and a vigil will now be held on Saturday."
    assert found(text, published) == [(D(2031, 3, 15), "cancelled", None)]
    text = "Organisers cancelled Sunday's parade and held a silence on Monday instead."
    assert (D(2031, 3, 10), "postponed", None) not in found(text, published)


def test_a_plan_s_day_and_what_follows_it() -> None:
    published = D(2031, 3, 12)
    text = "The referendum is set for Sunday and the board will publish the results on Monday."
    assert (D(2031, 3, 16), "scheduled", None) in found(text, published)
    text = "It is too soon to tell if the strike on Friday will go ahead."
    assert found(text, published) == [(D(2031, 3, 14), "scheduled", None)]
    # a "will" of another clause keeps a plan told in the past perfect where it was
    text = "He will testify about the contract, which had been due to be signed on Monday."
    assert ("Monday", "DATE", "2031-03-10") in triples(text, published)
    # a plan called off after its day is told is still ahead
    text = "A meeting of experts that had been planned for Monday has been called off."
    assert found(text, D(2031, 9, 3)) == [(D(2031, 9, 8), "cancelled", None)]


def test_court_appearances_and_visits_are_no_commitments() -> None:
    published = D(2031, 5, 9)
    for text in (
        "Two protesters are due to appear before magistrates on May 16.",
        "A hearing on the application for a stay of the order is listed for May 21.",
        "The minister will visit Beijing on Friday.",
    ):
        assert found(text, published) == [], text
    text = "Both sides have agreed to return to the table on Wednesday, May 14."
    assert found(text, published) == [(D(2031, 5, 14), "scheduled", None)]


def test_a_day_before_after_and_a_long_subject_of_would() -> None:
    published = D(2031, 2, 12)
    text = "The federation extended the deadline to March 31 after receiving two bids."
    assert found(text, published) == [(D(2031, 3, 31), "extended", None)]
    text = (
        "The federation said the provisional suspension imposed on the Romanian sculler in "
        "November would end on Sunday."
    )
    assert ("Sunday", "DATE", "2031-02-16") in triples(text, published)


def test_a_term_s_weekday_in_the_possessive_follows_its_clause() -> None:
    assert triples("Negotiators missed Wednesday's deadline.", D(2031, 11, 3)) == [
        ("Wednesday", "DATE", "2031-10-29")
    ]
    assert triples("The government will miss Tuesday's deadline.", D(2031, 8, 15)) == [
        ("Tuesday", "DATE", "2031-08-19")
    ]
    assert triples("Lawmakers blew through Monday's deadline.", D(2031, 12, 5)) == [
        ("Monday", "DATE", "2031-12-01")
    ]


def test_what_a_saying_or_a_condition_opens_is_no_time() -> None:
    published = D(2031, 3, 12)
    for text in (
        "Police believe that night, rather than day, is when burglars strike.",
        "He said that night after night, the shelling continued.",
    ):
        assert triples(text, published) == [], text
    # "beat" after "if" tells no past
    assert triples("If they beat Italy in June, they will qualify.", published) == [
        ("June", "DATE", "2031-06")
    ]
    # a part of the day with its weekday right after it is that weekday's
    text = "The storm is expected to hit the coast by late afternoon Friday."
    assert triples(text, published) == [("Friday", "DATE", "2031-03-14")]
    # a night of another time named after it has no day told
    assert ("that night", "TIME", "XXXX-XX-XXTNI") in triples(
        "On that night in 1989, the wall came down.", published
    )


def test_instead_of_another_act_and_asides_told_anew() -> None:
    published = D(2031, 1, 21)
    text = (
        "The union called off the walkout planned for Thursday and said it would hold a "
        "ballot on Monday instead."
    )
    assert all(c[1] != "postponed" for c in found(text, published))
    text = "Organizers scrapped Saturday's race and said they would stage it on Sunday instead."
    assert found(text, published) == [(D(2031, 1, 26), "postponed", D(2031, 1, 25))]
    text = "The launch, which was cancelled, is now set for Feb. 28."
    assert found(text, published) == [(D(2031, 2, 28), "postponed", None)]
    text = "The strike, which was postponed, will now take place on Feb. 2 and Feb. 3."
    assert found(text, published) == [
        (D(2031, 2, 2), "postponed", None),
        (D(2031, 2, 3), "postponed", None),
    ]
    text = "The referendum has been postponed to Feb. 2, and voters will also elect a mayor on Feb. 16."
    assert found(text, published) == [
        (D(2031, 2, 2), "postponed", None),
        (D(2031, 2, 16), "scheduled", None),
    ]


def test_neighbours_of_plans_called_off_tellings_and_visits() -> None:
    published = D(2031, 1, 21)
    text = (
        "The march planned for Saturday went ahead, though a counter-protest has been called off."
    )
    assert ("Saturday", "DATE", "2031-01-18") in triples(text, published)
    text = "Ministers are to delay the ban on vapes, which had been due to start on Monday."
    assert ("Monday", "DATE", "2031-01-27") in triples(text, D(2031, 1, 23))
    text = "Employers must tell staff by Friday whether they will be furloughed."
    assert found(text, published) == [(D(2031, 1, 24), "scheduled", None)]
    assert found("The pope will visit Lebanon on Feb. 27.", published) == []
    text = "Tourists will have to pay to visit Venice from April 25."
    assert found(text, published) == [(D(2031, 4, 25), "scheduled", None)]


def test_holidays_of_a_year_told_closures_and_events_named_after_them() -> None:
    assert ("Boxing Day", "DATE", "2004-12-26") in triples(
        "The Boxing Day tsunami killed 230,000 people in 2004.", D(2031, 5, 9)
    )
    assert triples("Markets were closed for Good Friday.", D(2031, 5, 9)) == [
        ("Good Friday", "DATE", "2031-04-11")
    ]
    assert ("Veterans Day", "DATE", "2031-11-11") in triples(
        "The Veterans Day sale ends on Sunday.", D(2031, 11, 13)
    )
    assert triples("Profit rose in the October-December quarter of 2029.", D(2031, 5, 9)) == [
        ("October-December quarter of 2029", "DATE", "2029-Q4")
    ]


def test_how_long_a_thing_took_and_the_weekend_before() -> None:
    published = D(2031, 6, 21)  # a Saturday
    assert triples("The gang hit seven stores in four months.", published) == [
        ("four months", "DURATION", "P4M")
    ]
    assert triples("I have not seen this in 25 years of doing it.", published) == [
        ("25 years", "DURATION", "P25Y")
    ]
    assert triples("The plant will reopen in four months.", published) == [
        ("in four months", "DATE", "2031-10")
    ]
    assert triples("Thousands marched last weekend.", published) == [
        ("last weekend", "DATE", "2031-W24-WE")
    ]
    assert triples("Winds reached 205 kilometers (127 miles) per hour.", published) == []


def test_a_season_by_its_tense_and_a_saying_with_its_speaker_after_it() -> None:
    published = D(2031, 10, 24)
    assert triples("The new line will go on sale in the spring.", published) == [
        ("the spring", "DATE", "2032-SP")
    ]
    assert triples("Sales fell in the winter.", published) == [("the winter", "DATE", "2030-WI")]
    text = "Nobody wants this to drag on into Thanksgiving, said the union's president."
    assert triples(text, D(2031, 11, 20)) == [("Thanksgiving", "DATE", "2031-11-27")]
    # a figure's month in an aside is not what is expected after it
    text = "The deficit with Japan, $3.3 billion in December, is expected to be discussed."
    assert ("December", "DATE", "2031-12") in triples(text, D(2032, 2, 15))


def test_a_vote_s_tally_listed_days_of_a_saying_and_a_name_s_last_word() -> None:
    published = D(2031, 4, 24)
    text = (
        "Voters will decide on the stadium on June 10, two weeks earlier than planned, after "
        "the council voted 7-2 on Wednesday to bring the referendum forward."
    )
    assert found(text, published) == [
        (D(2031, 6, 10), "advanced", D(2031, 6, 24)),
        (D(2031, 4, 23), "occurred", None),
    ]
    text = "The crew called off a strike, but said walkouts on May 3 and May 6 would go ahead."
    assert [c[0] for c in found(text, published)] == [D(2031, 5, 3), D(2031, 5, 6)]
    text = (
        "The Alliance for Renewal asked the board to keep registration open until May 21 and "
        "said it would decide on its candidates at a party congress on May 1."
    )
    assert found(text, published) == [
        (D(2031, 5, 21), "proposed", None),
        (D(2031, 5, 1), "scheduled", None),
    ]


def test_a_saying_after_a_fronted_day_and_in_n_units_at_a_sentence_s_start() -> None:
    published = D(2031, 5, 7)  # a Wednesday
    assert triples("On Friday, officials said the plant would close.", published) == [
        ("Friday", "DATE", "2031-05-02")
    ]
    assert triples("Talks on Tuesday are expected to focus on wages.", published) == [
        ("Tuesday", "DATE", "2031-05-13")
    ]
    assert triples("In three months, the plant will close.", published) == [
        ("In three months", "DATE", "2031-08")
    ]
    # a search that ran until a day is no term of it
    assert found("Rescuers searched until Sunday and said there was no hope.", published) == []
    text = "The union suspended the strike until May 21 and said talks would continue."
    assert found(text, published) == [(D(2031, 5, 21), "postponed", None)]
