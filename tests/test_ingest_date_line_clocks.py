"""Date lines as US and international sites print them: month-first numbers, bare clocks."""

from __future__ import annotations

import datetime as dt

from briefing_tui.ingest.dates import find_dates, is_date_line
from briefing_tui.ingest.scraped import read_scraped

STORY = (
    "Israeli Prime Minister Benjamin Netanyahu will travel to Moscow to meet "
    "Russian President Vladimir Putin, his office said in a statement.\n\n"
    "The two leaders are expected to discuss Iran and Syria during the talks.\n"
)


def test_a_month_first_date_with_dashes_reads_the_only_way_it_can() -> None:
    assert [f.date for f in find_dates("02-24-2019")] == [dt.date(2019, 2, 24)]
    assert [f.date for f in find_dates("21-04-2016")] == [dt.date(2016, 4, 21)]
    assert find_dates("31.31.2016") == []


def test_an_american_published_line_with_a_month_first_date_dates_the_page() -> None:
    page = (
        "Israel Hayom\n\nNetanyahu to meet Putin in Moscow on Wednesday\n\n"
        "by Dana Levin\n\nPublished on  02-24-2019 21:05\n"
        "Last modified: 02-24-2019 21:40\n\n" + STORY
    )
    assert is_date_line("Published on  02-24-2019 21:05")
    assert read_scraped(page).published == dt.date(2019, 2, 24)


def test_a_clock_without_a_colon_before_its_zone_keeps_an_updated_line_a_date_line() -> None:
    line = "Updated 1441 GMT (2241 HKT) January 29, 2018"
    assert is_date_line(line)
    assert not is_date_line("Room 1441 GMT January 29, 2018 was booked for the talks")


def test_an_updated_line_that_is_the_only_date_dates_the_page() -> None:
    page = (
        "CNN\n\nNetanyahu brings Iran warning to Putin\n\nBy Dan Reyes, CNN\n\n"
        "Updated 1441 GMT (2241 HKT) January 29, 2018\n\n" + STORY
    )
    assert read_scraped(page).published == dt.date(2018, 1, 29)
