"""The day and place of the meeting a story reports, read as a careful reader would.

A preview says "will meet Putin on Thursday, his office announced Monday, five days
before the April 9 election": the meeting is on Thursday, not on the day of the
announcement nor on the election day.  A report of talks "over Syria" after a flight
to Moscow puts the meeting in Moscow.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.event import find_event

PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


def test_a_preview_counts_the_weekday_forward_past_the_announcement_and_the_election() -> None:
    event = find_event(
        "Netanyahu to meet Putin in Moscow days before election",
        "Prime Minister Benjamin Netanyahu will meet Russian President Vladimir Putin on "
        "Thursday in Moscow, his office announced Monday, in a trip that comes five days "
        "before the April 9 Knesset election.",
        dt.date(2019, 4, 1),
        ["Moscow"],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2019, 4, 4) and event.place == "Moscow"


def test_the_day_an_official_spoke_is_not_the_day_of_the_trip() -> None:
    event = find_event(
        "Netanyahu made secret trip to Moscow, aide says",
        "Israeli Prime Minister Benjamin Netanyahu flew secretly to Moscow this week, an "
        "Israeli official said on Wednesday.",
        dt.date(2009, 9, 9),
        ["Moscow"],
        PEOPLE,
    )
    assert event is not None and event.date is None and event.place == "Moscow"


def test_a_country_discussed_gives_way_to_the_city_travelled_to() -> None:
    event = find_event(
        "Netanyahu, Putin agree to coordinate military action in Syria",
        "Prime Minister Benjamin Netanyahu and Russian President Vladimir Putin agreed on "
        "Monday on a mechanism to coordinate military action over Syria. Netanyahu, who flew "
        "to Moscow for a one-day visit, said he had told Putin that Israel would act.",
        dt.date(2015, 9, 21),
        ["Syria", "Moscow"],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


def test_a_ceremony_in_the_kremlin_is_in_moscow_not_where_someone_was_buried() -> None:
    event = find_event(
        "Putin hands Netanyahu belongings of fallen soldier",
        "Putin met Netanyahu at a ceremony in the Kremlin, hours after the soldier was buried "
        "in Jerusalem.",
        None,
        ["Jerusalem"],
        PEOPLE,
    )
    assert event is not None and event.place == "Moscow"


def test_a_hungarian_weekday_with_its_ending_is_resolved() -> None:
    event = find_event(
        "Netanjahu Moszkvában tárgyalt Putyinnal",
        "Benjamin Netanjahu izraeli miniszterelnök hétfőn Moszkvában tárgyalt Vlagyimir "
        "Putyin orosz elnökkel a szíriai helyzetről.",
        dt.date(2015, 9, 22),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


def test_a_german_report_that_he_travelled_to_moscow_on_monday() -> None:
    event = find_event(
        "Netanjahu in Moskau",
        "Der israelische Ministerpräsident Benjamin Netanjahu ist am Montag nach Moskau "
        "gereist, um mit Präsident Wladimir Putin zu sprechen.",
        dt.date(2015, 9, 22),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


def test_a_spanish_report_of_a_meeting_this_monday() -> None:
    event = find_event(
        "Netanyahu se reúne con Putin en Moscú",
        "El primer ministro israelí, Benjamín Netanyahu, se reunió este lunes en Moscú con el "
        "presidente ruso, Vladímir Putin.",
        dt.date(2015, 9, 22),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


def test_a_french_report_that_he_went_to_moscow_on_monday() -> None:
    event = find_event(
        "Nétanyahou chez Poutine",
        "Le premier ministre israélien Benyamin Nétanyahou s'est rendu lundi à Moscou pour "
        "parler de la Syrie avec Vladimir Poutine.",
        dt.date(2015, 9, 22),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


def test_a_polish_report_that_he_talked_in_moscow_on_thursday() -> None:
    event = find_event(
        "Netanjahu i Putin",
        "Premier Izraela Benjamin Netanjahu rozmawiał w czwartek w Moskwie z prezydentem "
        "Rosji Władimirem Putinem.",
        dt.date(2016, 4, 21),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2016, 4, 21) and event.place == "Moscow"


def test_an_arabic_report_that_putin_received_him_yesterday() -> None:
    event = find_event(
        "بوتين ونتنياهو",
        "استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء الإسرائيلي بنيامين نتنياهو في موسكو أمس.",
        dt.date(2015, 9, 22),
        [],
        PEOPLE,
    )
    assert event is not None
    assert event.date == dt.date(2015, 9, 21) and event.place == "Moscow"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Netanyahu è arrivato giovedi a Mosca per incontrare Putin.", dt.date(2019, 4, 4)),
        ("Netanyahu llegó el miercoles a Moscú para reunirse con Putin.", dt.date(2019, 4, 3)),
        ("Netanyahu ha incontrato Putin lunedi a Mosca.", dt.date(2019, 4, 1)),
        ("التقى نتنياهو بوتين يوم الإثنين في موسكو.", dt.date(2019, 4, 1)),
        ("التقى نتنياهو بوتين يوم الاربعاء في موسكو.", dt.date(2019, 4, 3)),
        ("وصل نتنياهو إلى موسكو اليوم الخميس للقاء بوتين.", dt.date(2019, 4, 4)),
    ],
)
def test_a_weekday_spelt_without_its_accent_or_hamza_still_dates_the_meeting(
    sentence: str, day: dt.date
) -> None:
    event = find_event("Netanyahu in Moscow", sentence, dt.date(2019, 4, 4), ["Moscow"], PEOPLE)
    assert event is not None and event.place == "Moscow"
    assert event.date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "De premier reist woensdag naar Moskou voor een gesprek met Poetin.",
        "Der Regierungschef fliegt am Mittwoch nach Moskau und trifft dort Putin.",
        "O encontro com Putin no Kremlin está marcado para quarta-feira.",
        "Su oficina anunció este lunes que Netanyahu volará el miércoles a Moscú"
        " para reunirse con Putin.",
    ],
)
def test_a_preview_in_the_present_tense_or_set_for_a_day_counts_the_weekday_forward(
    sentence: str,
) -> None:
    # published on Monday 2019-04-01; the trip is on Wednesday 2019-04-03
    event = find_event("Netanyahu to Moscow", sentence, dt.date(2019, 4, 1), ["Moscow"], PEOPLE)
    assert event is not None and event.place == "Moscow"
    assert event.date == dt.date(2019, 4, 3)


def test_a_past_trip_in_german_still_counts_the_weekday_back() -> None:
    sentence = "Der Regierungschef flog am Mittwoch nach Moskau und traf dort Putin."
    event = find_event("Netanyahu in Moskau", sentence, dt.date(2019, 4, 5), ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 4, 3)


def test_a_meeting_reported_with_the_next_one_ahead_keeps_the_day_it_was_held() -> None:
    sentence = "Netanyahu met Putin in Moscow on Monday, and the two will meet again on Friday."
    event = find_event("Netanyahu in Moscow", sentence, dt.date(2019, 4, 3), ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 4, 1)


def test_a_visit_told_in_the_german_perfect_is_counted_back() -> None:
    sentence = "Netanjahu hat Putin in Moskau besucht, am Montag, und über Syrien gesprochen."
    event = find_event("Netanjahu in Moskau", sentence, dt.date(2019, 4, 3), ["Moscow"], PEOPLE)
    assert event is not None and event.date == dt.date(2019, 4, 1)
