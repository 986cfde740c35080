"""The date line of a page the rules were never tuned on is read, whatever sits around the date.

An analyst saves pages from many sites: each prints its date with its own furniture
(a time, "Updated 10 years ago", a Hijri date and an issue number, a city before a
comma, an ISO stamp).  The line is still a date line, so the article gets its date
and the line stays out of the body.
"""

from __future__ import annotations

import pytest

from briefing_tui.ingest.dates import find_date, is_date_line


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("September 9, 2009 / 12:23 PM / Updated 10 years ago", "2009-09-09"),
        ("Updated: 21 September 2015 12:23 PM", "2015-09-21"),
        ("Published: 2015-09-21T10:00", "2015-09-21"),
        ("2015-09-21T10:00:00+03:00", "2015-09-21"),
        ("Jerusalem, 21.09.2015", "2015-09-21"),
        ("MOSCOW, Sept. 21, 2015", "2015-09-21"),
        ("Moscow, September 21, 2015 12:23 PM", "2015-09-21"),
        ("21 сентября 2015", "2015-09-21"),
        ("٢١ سبتمبر ٢٠١٥", "2015-09-21"),
        ("2015. szeptember 21.", "2015-09-21"),
        ("21.09.2015, 14:05 Uhr", "2015-09-21"),
        ("vor 3 Stunden, 21.09.2015", "2015-09-21"),
        ("الجمعة - 14 محرم 1441 هـ - 13 سبتمبر 2019 مـ رقم العدد [14898]", "2019-09-13"),
    ],
)
def test_a_date_line_with_the_sites_furniture_around_it_is_read(line: str, date: str) -> None:
    assert is_date_line(line)
    assert str(find_date(line)) == date


@pytest.mark.parametrize(
    "line",
    [
        "Netanyahu met Putin on September 21, 2015",
        "Moscow, 21 April 2016 said the minister",
        "The talks of September 21, 2015 lasted three hours and ended without a statement",
    ],
)
def test_a_sentence_that_holds_a_date_is_not_a_date_line(line: str) -> None:
    assert not is_date_line(line)
