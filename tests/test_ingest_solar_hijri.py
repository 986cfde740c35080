"""An Iranian page dated in its own calendar ("۲۱ شهریور ۱۳۹۸") is dated on ours.

The analyst saves a Persian page whose date line reads "۲۱ شهریور ۱۳۹۸، ساعت ۱۴:۳۰"
or "تاریخ انتشار: ۱۳۹۸/۰۶/۲۱": that is 12 September 2019, the day of the Sochi
meeting, and a page that prints both calendars gives the same day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.ingest.dates import is_date_line
from briefing_tui.ingest.dating import publication_day
from briefing_tui.ingest.solar_hijri import to_gregorian


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1398, 6, 21), dt.date(2019, 9, 12)),
        ((1398, 1, 1), dt.date(2019, 3, 21)),
        ((1399, 1, 1), dt.date(2020, 3, 20)),
        ((1397, 12, 29), dt.date(2019, 3, 20)),
        ((1396, 11, 9), dt.date(2018, 1, 29)),
        ((1388, 6, 16), dt.date(2009, 9, 7)),
    ],
)
def test_a_solar_hijri_day_is_read_into_the_gregorian_calendar(
    solar: tuple[int, int, int], gregorian: dt.date
) -> None:
    assert to_gregorian(*solar) == gregorian


def test_a_day_the_calendar_lacks_is_no_date() -> None:
    assert to_gregorian(1398, 7, 31) is None
    assert to_gregorian(1398, 13, 1) is None


@pytest.mark.parametrize(
    "line",
    [
        "۲۱ شهریور ۱۳۹۸، ساعت ۱۴:۳۰",
        "تاریخ انتشار: ۱۳۹۸/۰۶/۲۱ - ۱۴:۳۰",
        "پنجشنبه ۲۱ شهریور ۱۳۹۸",
        "۲۱ شهریور ۱۳۹۸ - ۱۲ سپتامبر ۲۰۱۹",
    ],
)
def test_a_persian_date_line_gives_the_publication_day(line: str) -> None:
    assert is_date_line(line)
    assert publication_day(line) == dt.date(2019, 9, 12)
