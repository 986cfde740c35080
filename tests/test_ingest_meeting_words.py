"""A meeting is found from more ways a story says where it took place."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.event import find_event
from briefing_tui.ingest.new_visit import dateline_place

PLACES = ["Moscow", "Jerusalem", "Israel", "Russia"]
PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


def test_a_stop_in_a_city_on_the_way_home_is_a_meeting_there() -> None:
    event = find_event(
        "Netanyahu brings a freed Israeli home",
        "Benjamin Netanyahu stopped in Moscow on his way home on Thursday to meet Putin.",
        dt.date(2020, 1, 30),
        PLACES,
        PEOPLE,
    )
    assert event is not None and (event.date, event.place) == (dt.date(2020, 1, 30), "Moscow")


def test_a_spanish_agreement_in_moscow_this_thursday_is_the_meeting() -> None:
    event = find_event(
        "Netanyahu y Putin refuerzan la coordinación en Siria",
        "Netanyahu y Putin acordaron este jueves en Moscú ampliar la coordinación militar.",
        dt.date(2016, 4, 21),
        PLACES,
        PEOPLE,
    )
    assert event is not None and (event.date, event.place) == (dt.date(2016, 4, 21), "Moscow")


def test_a_german_landing_in_moscow_places_the_meeting() -> None:
    event = find_event(
        "Netanjahu bittet Putin um Hilfe",
        "Wenige Stunden, bevor Netanjahu in Moskau landete, warnte die Armee vor Angriffen.",
        dt.date(2018, 5, 9),
        PLACES,
        PEOPLE,
    )
    assert event is not None and event.place == "Moscow"


def test_a_dateline_in_cyrillic_capitals_with_its_day_gives_the_place() -> None:
    assert dateline_place("ИЕРУСАЛИМ, 23 янв — РИА Новости. Путин прибыл.") == "Иерусалим"
    assert dateline_place("Президент России прибыл в Израиль — сообщает агентство.") is None


def test_a_private_plane_is_not_a_plan() -> None:
    event = find_event(
        "Where was the prime minister?",
        "Netanyahu left for Moscow in a private plane on Monday and met officials.",
        dt.date(2009, 9, 9),
        PLACES,
        PEOPLE,
    )
    assert event is not None and event.date == dt.date(2009, 9, 7)


def test_an_agreement_reported_in_more_languages_dates_the_meeting() -> None:
    # published on a Tuesday; the agreement was reached on the Monday before
    for title, body in (
        (
            "Israël et la Russie évitent les incidents",
            "Netanyahu et Putin sont convenus lundi d'un mécanisme de coordination militaire."
            " Dans la résidence de Novo-Ogarevo, le président a parlé de la Syrie.",
        ),
        (
            "Israele e Russia evitano incidenti",
            "Netanyahu e Putin hanno convenuto lunedì un meccanismo di coordinamento."
            " Mosca ha detto che la cooperazione continua.",
        ),
        (
            "Izrael i Rosja unikną incydentów",
            "Netanyahu i Putin uzgodnili w poniedziałek mechanizm koordynacji w Moskwie.",
        ),
        (
            "Израиль и Россия избегут инцидентов",
            "Netanyahu и Putin договорились в понедельник о механизме координации в Москве.",
        ),
    ):
        event = find_event(title, body, dt.date(2015, 9, 22), PLACES, PEOPLE)
        assert event is not None and (event.date, event.place) == (dt.date(2015, 9, 21), "Moscow")
