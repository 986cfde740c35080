"""Dates as news pages print them, in the languages the corpus meets.

English, German, French, Italian, Spanish, Polish, Hungarian, Russian,
Arabic and Turkish month names, and the Gregorian months in Portuguese, Dutch,
Ukrainian, Greek, Czech, Persian and Hebrew (full, abbreviated, and the
inflected forms that follow a day: Polish "kwietnia", Russian "апреля", Greek
"Σεπτεμβρίου"), the Levantine Arabic month names, Arabic-Indic and Persian
digits, numeric forms (``2016-04-21``, ``21.04.2016``, ``12. 9. 2019``,
``2016. április 21.``), and the Solar Hijri dates of Iranian sites.  The tables
(in ``date_words``) are kept rather than taken from a general date parser: a page
is read offline and must give the same answer on every machine and in every year,
and a general parser reads "yesterday" or a bare weekday against today's date,
which is never what a news page meant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing_tui.ingest.date_words import DATE_LINE_WORDS, DAY_FIRST_WORDS, MONTHS, WEEKDAYS
from briefing_tui.ingest.solar_hijri import solar_dates

_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTH = (
    r"(?P<month>"
    + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = (
    # September 9, 2009 · Sept. 9 2009
    re.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    # 9 September 2009 · 21. April 2016 · 21 de abril de 2016 · 21 апреля 2016 г. · 29.jan.2018
    re.compile(
        rf"(?<![\w.]){_DAY}\s*(?:de\s+)?{_MONTH}(?:,?\s+|(?<=\.))(?:de\s+)?{_YEAR}(?!\d)",
        re.IGNORECASE,
    ),
    # 2016. április 21.
    re.compile(rf"(?<![\w.]){_YEAR}\.?\s+{_MONTH}\s+(?P<day>[0-3]?\d)\.?(?!\d)", re.IGNORECASE),
    # 2016-04-21 · 2016.04.21 · 2016/04/21
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)([-./])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)(?!\d)"),
    # 2019. 09. 12. (Hungarian, with a space after each point)
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)\.\s(?P<month>[01]?\d)\.\s(?P<day>[0-3]?\d)\.?(?!\d)"
    ),
    # 12. 9. 2019 (Czech and Slovak, with a space after each point)
    re.compile(
        r"(?<![\d.])(?P<day>[0-3]?\d)\.\s(?P<month>[01]?\d)\.\s(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
    # 21.04.2016 · 21-04-2016 · 02-24-2019 (month first when no month could be 24)
    re.compile(
        r"(?<![\d.])(?P<day>[0-3]?\d)([.-])(?P<month>[0-3]?\d)\2\s?(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
    # 2/27/2019 (month first when it can be, as American sites write it) or 27/2/2019
    re.compile(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)"),
)
# 02.28.19 after a label ("Published: 02.28.19"), as some sites print it: the day is the
# number above 12 when there is one, else the first.
_SHORT_YEAR = re.compile(
    r"(?:published|updated|posted|datum|data|date|dátum|дата|publicado|gepubliceerd"
    r"|опубліковано|δημοσίευση|publikováno|פורסם|עודכן)\s*:?\s*"
    r"(?P<first>[0-3]?\d)[./](?P<second>[0-3]?\d)[./](?P<short>\d\d)(?![\d./])",
    re.IGNORECASE,
)
_WITHOUT_YEAR = (
    re.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY}(?![\d:])", re.IGNORECASE),
    re.compile(rf"(?<![\w.]){_DAY}\s*(?:de\s+)?{_MONTH}", re.IGNORECASE),
)
# "Updated 10 years ago", "vor 3 Stunden", "2 órája": how long ago, as sites add to a date line.
_AGO = re.compile(
    r"(?<![^\W\d_])(?:updated\s+|aktualisiert\s+|mis à jour\s+|aggiornato\s+)?"
    r"(?:vor\s+|il y a\s+|hace\s+|منذ\s+)?\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|hrs?"
    r"|minutes?|mins?|jahren?|monaten?|wochen?|tagen?|stunden?|minuten?|ans?|mois|jours?|heures?"
    r"|anni|mesi|giorni|ore|minuti|años|meses|días|horas|lat|miesięcy|dni|godzin[ay]?|minut[ay]?"
    r"|éve|hónapja|napja|órája|perce|лет|года?|месяцев|дней|дня|часов|часа|минут[ыу]?"
    r"|سنوات|ساعات|دقائق|أيام)(?:\s+(?:ago|fa|temu|назад))?(?![^\W\d_])",
    re.IGNORECASE,
)
# The Hijri date Arabic papers print beside the Gregorian one ("14 محرم 1441 هـ"), the era
# letters, and the issue number ("رقم العدد [14898]", "Issue No. 14898").
_BESIDE_DATE = re.compile(
    r"\d{1,2}\s+(?:محرم|صفر|ربيع\s+الأول|ربيع\s+الآخر|ربيع\s+الثاني|جمادى\s+الأولى"
    r"|جمادى\s+الآخرة|جمادى\s+الثانية|رجب|شعبان|رمضان|شوال|ذو\s+القعدة|ذو\s+الحجة)\s+\d{4}\s*هـ?"
    r"|(?<![^\W\d_])(?:هـ|مـ|م)(?![^\W\d_])"
    r"|(?:رقم\s+العدد|العدد|issue\s+no\.?|issue|nr\.?|№)\s*\[?\d{1,6}\]?"
    # a time zone as an offset: "6:12 PM (GMT+2)", "UTC-05:00"
    r"|\(?\b(?:GMT|UTC)\s*[+−-]\s*\d{1,2}(?::?\d\d)?\)?",
    re.IGNORECASE,
)
_ISO_TIME = re.compile(r"(?<=\d)T\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# "Jerusalem, 21.09.2015", "MOSCOW, Sept. 21, 2015": a place and a comma before the date.
_PLACE_BEFORE = re.compile(r"^\s*[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2},\s*(?=\S)")
_TIME = re.compile(r"^\d{1,2}[:.h]\d\d(?:[:.]\d\d)?$")
_HOURS = frozenset(["am", "pm", "a.m", "p.m", "uhr", "h", "ore", "godz"])
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_NUMBER = re.compile(r"\d")
_HARAKAT = re.compile("[\u064b-\u0652]")  # Arabic short vowels: "نُشر" is "نشر"
_TOKEN = re.compile(r"[^\W\d_][\w.]*|\d+(?:[:.h]\d+)*")


@dataclass(frozen=True)
class FoundDate:
    """A calendar date written in a text, and where."""

    date: dt.date
    start: int
    end: int


def _digits(text: str) -> str:
    return text.translate(_DIGITS)


def _month_number(text: str) -> int | None:
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return MONTHS.get(" ".join(text.casefold().rstrip(".").split()))


def writes_day_first(text: str) -> bool:
    """True when the words around a date are of a language that puts the day first."""
    if _NON_LATIN.search(text):
        return True
    return any(w.casefold().rstrip(".") in DAY_FIRST_WORDS for w in _TOKEN.findall(text))


_ENGLISH = frozenset(str.split("the and of to in was that with said for on is his has"))
_WORD = re.compile(r"[^\W\d_]+")


def page_writes_day_first(text: str) -> bool:
    """True for a page not in English, whose bare "08/09/2009" puts the day first.

    A date line with no word around it says nothing of its language; the page's own
    prose does: English pages use "the", "and", "of" far more than any other.
    """
    words = [w.casefold() for w in _WORD.findall(text[:4000])][:600]
    if len(words) < 40:
        return False
    return sum(w in _ENGLISH for w in words) < 0.08 * len(words)


def _build(
    match: re.Match[str], year: int | None = None, day_first: bool = False
) -> dt.date | None:
    groups = match.groupdict()
    if "first" in groups and groups["first"] is not None:
        first, second = int(groups["first"]), int(groups["second"])
        if second > 12 or (first <= 12 and not day_first):
            month, day = first, second
        else:
            month, day = second, first
    else:
        month_number = _month_number(groups["month"])
        if month_number is None and groups["month"].isdigit() and int(groups["day"]) <= 12:
            # "02-24-2019": no month 24, so an American site wrote the month first
            month_number, groups["day"] = _month_number(groups["day"]), groups["month"]
        if month_number is None:
            return None
        month, day = month_number, int(groups["day"])
    if groups.get("year"):
        year = int(groups["year"])
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full calendar date (with a year) written in ``text``, in reading order.

    ``day_first`` says how to read "08/09/2009"; by default the words around it decide.
    """
    text = _digits(text)
    found: dict[int, FoundDate] = {}
    for form in _FORMS:
        for match in form.finditer(text):
            if day_first is None and match.groupdict().get("first") is not None:
                day_first = writes_day_first(text)
            date = _build(match, day_first=bool(day_first))
            if date is None:
                continue
            known = found.get(match.start())
            if known is None or known.end < match.end():
                found[match.start()] = FoundDate(date, match.start(), match.end())
    for date, start, end in solar_dates(text):
        if start not in found:
            found[start] = FoundDate(date, start, end)
    for match in _SHORT_YEAR.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        day, month = (second, first) if second > 12 else (first, second)
        try:
            date = dt.date(2000 + int(match.group("short")), month, day)
        except ValueError:
            continue
        if match.start("first") not in found:
            found[match.start("first")] = FoundDate(date, match.start("first"), match.end())
    ordered = sorted(found.values(), key=lambda f: (f.start, -f.end))
    kept: list[FoundDate] = []
    for item in ordered:
        if kept and item.start < kept[-1].end:
            continue  # inside a date already found (the "21 April 2016" of "Mon, 21 April 2016")
        kept.append(item)
    return kept


def find_date(text: str) -> dt.date | None:
    """The first full calendar date (with a year) written in ``text``."""
    found = find_dates(text)
    return found[0].date if found else None


def find_day_and_month(text: str, year: int) -> FoundDate | None:
    """The first day and month written without a year ("Sept 9", "11 LUG"), in ``year``."""
    text = _digits(text)
    best: FoundDate | None = None
    for form in _WITHOUT_YEAR:
        for match in form.finditer(text):
            date = _build(match, year)
            if date is not None and (best is None or match.start() < best.start):
                best = FoundDate(date, match.start(), match.end())
            break
    return best


# The marks that set a date apart from the outlet, section, place or byline on its line:
# "LE MONDE | 03.06.2016 à 11h25 • Mis à jour ... | Par ...", "MOSCOW -- Jan 29, 2018".
_LINE_PARTS = re.compile(r"\s+(?:\||/|•|·|--|—|–)\s+")


def date_line_parts(line: str) -> list[str] | None:
    """The pieces of a date line that sets its date apart with bars, slashes or dashes.

    A line is a date line when a piece of it is one and every other piece is a short label
    (the outlet, a section, a place, a byline): the pieces come back so that a byline among
    them can be read. A line that is a date line as a whole comes back as one piece.
    """
    if _plain_date_line(line):
        return [line]
    if len(line) > 240 or _NUMBER.search(line) is None:
        return None
    parts = [part.strip() for part in _LINE_PARTS.split(line) if part.strip()]
    if len(parts) < 2 or not any(_plain_date_line(part) for part in parts):
        return None
    if all(_plain_date_line(part) or len(part.split()) <= 6 for part in parts):
        return parts
    return None


def is_date_line(line: str) -> bool:
    """True for a line that holds nothing but a date, maybe with a time, a label and a place.

    What sites print around a date counts as part of the line: a label ("Published:"),
    times and zones, a weekday, how long ago it was ("Updated 10 years ago"), a Hijri date
    and an issue number, a place before a comma ("Jerusalem, 21.09.2015"), and short labels
    set apart with bars or dashes ("LE MONDE | 03.06.2016", "MOSCOW -- Jan 29, 2018").
    """
    return date_line_parts(line) is not None


def _plain_date_line(line: str) -> bool:
    if len(line) > 200 or _NUMBER.search(line) is None:
        return False  # too long for a date line, or no number at all
    text = _AGO.sub(" ", _BESIDE_DATE.sub(" ", _ISO_TIME.sub(" ", _digits(line))))
    found = find_dates(text)
    if found and found[0].start > 0:
        place = _PLACE_BEFORE.match(text)
        if place is not None and place.end() == found[0].start and len(line) < 80:
            text = " " * place.end() + text[place.end() :]
    if not found:
        return False
    pieces, at = [], 0
    for item in found:
        pieces.append(text[at : item.start])
        at = item.end
    pieces.append(text[at:])
    tokens = _TOKEN.findall(_HARAKAT.sub("", " ".join(pieces)))
    if len(tokens) > 10:
        return False
    for index, token in enumerate(tokens):
        word = token.casefold().rstrip(".")
        if _TIME.match(token) or word in DATE_LINE_WORDS or word in WEEKDAYS:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.isdigit() and int(token) <= 24 and following.casefold().rstrip(".") in _HOURS:
            continue  # "9 a.m. ET", "15 h", "14 Uhr": an hour without its minutes
        if _CLOCK.match(token) and following.isupper() and len(following) <= 4:
            continue  # "1441 GMT (2241 HKT)": a time written without a colon, before its zone
        if token.isupper() and len(token) <= 4:
            continue  # a time zone
        return False
    return True


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from an ISO stamp such as ``2017-08-23`` or ``2017-08-23T17:42:00+00:00``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return find_date(value)
