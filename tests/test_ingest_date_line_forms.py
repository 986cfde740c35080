"""Date lines and time stamps as sites print them in each language date the page."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.dates import is_date_line
from briefing_tui.ingest.dating import publication_day

JAN_29 = dt.date(2018, 1, 29)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 9 a.m. ET, Mon January 29, 2018",
        "Aggiornato alle 14:41 del 29 gennaio 2018",
        "29 stycznia 2018 r., godz. 14:41",
        "29 Ocak 2018 Pazartesi 14:41",
        "Güncelleme: 29.01.2018 14:41",
        "Yayın tarihi: 29 Ocak 2018",
        "lun. 29 janv. 2018 à 14:41",
        "29 janvier 2018 à 14h41, mis à jour à 15h",
    ],
)
def test_a_date_line_in_the_site_s_own_language_is_a_date_line(line: str) -> None:
    assert is_date_line(line)
    assert publication_day(line) == JAN_29


def test_turkish_months_are_read_in_capitals_too() -> None:
    assert publication_day("9 MAYIS 2018") == dt.date(2018, 5, 9)
    assert publication_day("12 Eylül 2019, 17:40") == dt.date(2019, 9, 12)


def test_a_turkish_line_with_publication_and_update_gives_the_publication() -> None:
    line = "Yayınlanma: 28.01.2018 10:00 Güncelleme: 29.01.2018 14:41"
    assert publication_day(line) == dt.date(2018, 1, 28)


def test_a_sentence_with_a_turkish_date_is_not_a_date_line() -> None:
    assert not is_date_line(
        "Netanyahu 9 Mayıs 2018 günü Moskova'da Putin ile görüştü ve geçit töreni izledi"
    )


def test_a_numeric_date_with_only_a_time_zone_after_it_is_read_as_the_page_writes_dates() -> None:
    spanish = " ".join(["El primer ministro viajará a Moscú para reunirse con el presidente."] * 8)
    english = " ".join(["The prime minister will travel to Moscow to meet the president."] * 8)
    assert publication_day("02/04/2019 - 20:15 CEST", spanish) == dt.date(2019, 4, 2)
    assert publication_day("02/04/2019 6:12 AM ET", english) == dt.date(2019, 2, 4)
