"""An election's day is never taken for the day of the meeting, in any language of the corpus.

Netanyahu's trips to Putin often fell days before an Israeli election, and every
paper says so: "a cinco días de las elecciones legislativas del 9 de abril", "vor
der Wahl am 9. April", "the April 9 vote".  The analyst expects the meeting on the
day the story gives for the trip itself, and no date at all rather than the vote's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.event import find_event

PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]
THURSDAY = dt.date(2019, 4, 4)


def test_a_spanish_stopover_this_thursday_is_the_meeting_not_the_election_day() -> None:
    event = find_event(
        "Netanyahu agradece a Putin la devolución de los restos de un soldado israelí",
        "Benjamín Netanyahu ha hecho este jueves una escala relámpago en Moscú para dar las"
        " gracias a Vladímir Putin. La visita se produce a cinco días de las elecciones"
        " legislativas del 9 de abril.",
        THURSDAY,
        ["Moscow"],
        PEOPLE,
    )
    assert event is not None
    assert event.date == THURSDAY and event.place == "Moscow"


@pytest.mark.parametrize(
    "sentence",
    [
        "La visita de Netanyahu a Moscú se produce antes de las elecciones del 9 de abril.",
        "Netanjahu besucht Putin in Moskau kurz vor der Wahl am 9. April.",
        "La visite de Nétanyahou à Moscou intervient avant les élections du 9 avril.",
        "La visita di Netanyahu a Mosca arriva prima delle elezioni del 9 aprile.",
        "Wizyta Netanjahu w Moskwie odbywa się tuż przed wyborami 9 kwietnia.",
        "Netanjahu moszkvai látogatása az április 9-i választás előtt zajlik.",
        "Визит Нетаньяху в Москву проходит накануне выборов 9 апреля.",
        "Netanyahu's visit to Moscow comes days ahead of the April 9 general election.",
        "Netanyahu's visit to Moscow comes days ahead of the 9 April vote.",
    ],
)
def test_a_visit_dated_only_by_the_coming_election_has_no_meeting_day(sentence: str) -> None:
    event = find_event("Netanyahu in Moscow", sentence, THURSDAY, ["Moscow"], PEOPLE)
    assert event is not None and event.place == "Moscow"
    assert event.date != dt.date(2019, 4, 9)


def test_a_meeting_on_a_named_day_before_elections_keeps_its_day() -> None:
    event = find_event(
        "Netanyahu meets Putin",
        "Netanyahu met Putin in Moscow on 4 April, ahead of elections at home.",
        THURSDAY,
        ["Moscow"],
        PEOPLE,
    )
    assert event is not None and event.date == THURSDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahu made a brief stopover in Moscow on Thursday to thank Putin.",
        "Nétanyahou a fait jeudi une courte escale à Moscou pour remercier Poutine.",
        "Netanyahu ha fatto giovedì uno scalo a Mosca per ringraziare Putin.",
        "Netanjahu legte am Donnerstag einen Zwischenstopp in Moskau ein.",
    ],
)
def test_a_stopover_in_the_city_is_a_visit_there(sentence: str) -> None:
    event = find_event("Netanyahu thanks Putin", sentence, THURSDAY, ["Moscow"], PEOPLE)
    assert event is not None
    assert event.date == THURSDAY and event.place == "Moscow"
