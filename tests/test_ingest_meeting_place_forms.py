"""The meeting's city is found however the language attaches words to its name.

Arabic joins "in" to the name ("بموسكو", "بالكرملين"), Hungarian adds its case endings
("a Kremlben", "Szocsiba"): the analyst still expects the meeting in Moscow or Sochi,
on the day the sentence gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.event import find_event

PEOPLE = ["Benjamin Netanyahu", "Vladimir Putin"]
THURSDAY = dt.date(2019, 4, 4)


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("التقى نتنياهو بوتين اليوم الخميس بموسكو.", "Moscow"),
        ("استقبل بوتين نتنياهو اليوم الخميس بالكرملين.", "Moscow"),
        ("وصل نتنياهو اليوم الخميس بسوتشي للقاء بوتين.", "Sochi"),
        ("Netanjahu csütörtökön a Kremlben tárgyalt Putyinnal.", "Moscow"),
        ("Netanjahu csütörtökön Szocsiba utazott Putyinhoz.", "Sochi"),
        ("Netanjahu és Putyin csütörtökön a moszkvai Kremlben találkozott.", "Moscow"),
    ],
)
def test_a_city_with_the_languages_own_prefix_or_ending_is_the_meetings_place(
    sentence: str, city: str
) -> None:
    event = find_event("Netanyahu and Putin", sentence, THURSDAY, ["Moscow", "Sochi"], PEOPLE)
    assert event is not None
    assert event.place == city and event.date == THURSDAY
