"""A headline that sends its people 'al Cremlino' places the meeting in Moscow."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.event import find_event, headline_place

THURSDAY = dt.date(2017, 3, 9)
PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]


def test_a_venue_after_an_italian_or_spanish_article_is_the_headline_s_city() -> None:
    assert headline_place("Netanyahu al Cremlino cita la Bibbia a Putin", ["Moscow"]) == "Moscow"
    assert headline_place("Netanyahu llega al Kremlin para ver a Putin", ["Moscow"]) == "Moscow"


def test_a_land_of_the_past_in_a_quotation_is_not_the_meeting_s_place() -> None:
    body = (
        "Benjamin Netanyahu ha incontrato oggi Vladimir Putin e gli ha detto: "
        "«Duemilacinquecento anni fa in Persia ci fu un tentativo di distruggere il popolo "
        "ebraico». Il presidente russo ha ascoltato e poi ha replicato con un sorriso."
    )
    event = find_event(
        "Netanyahu al Cremlino cita la Bibbia a Putin", body, THURSDAY, ["Moscow", "Persia"], PEOPLE
    )
    assert event is None or event.place == "Moscow"
