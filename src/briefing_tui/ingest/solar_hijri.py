"""Dates in the Solar Hijri calendar Iranian sites print ("۲۱ شهریور ۱۳۹۸", "1398/06/21").

Read into the Gregorian calendar by the 33-year arithmetic rule, which agrees with the
official calendar in the years news pages print (1 Farvardin 1398 is 21 March 2019).
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("فروردین",),
            ("اردیبهشت",),
            ("خرداد",),
            ("تیر",),
            ("مرداد", "امرداد"),
            ("شهریور",),
            ("مهر",),
            ("آبان",),
            ("آذر",),
            ("دی",),
            ("بهمن",),
            ("اسفند",),
        ),
        start=1,
    )
    for name in names
}
_YEAR = r"(?P<year>1[34]\d\d)"
_NAMED = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + rf")(?![^\W\d_])\s*(?:ماه\s+)?،?\s*{_YEAR}(?!\d)"
)
_NUMERIC = re.compile(
    rf"(?<![\d/.-]){_YEAR}([/.-])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)(?![\d/.-])"
)


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date, or ``None`` for a day the calendar lacks."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    days = (
        -355668
        + 365 * (year + 1595)
        + ((year + 1595) // 33) * 8
        + ((year + 1595) % 33 + 3) // 4
        + day
        + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)
    )
    # the rule counts its days from 366 days before 1 January of year 1
    return dt.date(1, 1, 1) + dt.timedelta(days=days - 366)


def solar_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every Solar Hijri date in the text (digits already Western), as (day, start, end)."""
    found: list[tuple[dt.date, int, int]] = []
    for pattern in (_NAMED, _NUMERIC):
        for match in pattern.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS[month]
            date = to_gregorian(int(match.group("year")), number, int(match.group("day")))
            if date is not None:
                found.append((date, match.start(), match.end()))
    return found
