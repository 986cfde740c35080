"""Publication dates as news sites print them: datelines, bylines, ISO stamps."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_LEFTOVER = re.compile(
    r"^(?:\s|[,|:\-–—]|published|updated|posted|on|at|[ap]\.?m\.?|\d{1,2}[:.]\d\d|[A-Z]{2,4}\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)*$",
    re.IGNORECASE,
)


def _build(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
    if month is None:
        return None
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def find_date(text: str) -> dt.date | None:
    """The first full calendar date (with a year) written in ``text``."""
    found: list[tuple[int, dt.date]] = []
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            date = _build(match)
            if date is not None:
                found.append((match.start(), date))
    return min(found)[1] if found else None


def is_date_line(line: str) -> bool:
    """True for a line that holds nothing but a date, maybe with a time (a dateline)."""
    for form in _DATE_FORMS:
        match = form.search(line)
        if match is not None and _build(match) is not None:
            rest = line[: match.start()] + " " + line[match.end() :]
            if _LEFTOVER.match(rest) is not None:
                return True
    return False


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from an ISO stamp such as ``2017-08-23`` or ``2017-08-23T17:42:00+00:00``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return find_date(value)
