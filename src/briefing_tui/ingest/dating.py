"""Where a page prints its date besides a date line: the dateline, a revision stamp, its address.

``MOSCOW, Jan 29 (Reuters) -`` gives the day and month, the page's copyright or
addresses the year; "Updated: ... | Published: ..." gives two dates, of which the
publication counts; ``https://…/2015/09/21/…`` on a line of its own dates the page.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.ingest.dates import (
    find_date,
    find_dates,
    find_day_and_month,
    page_writes_day_first,
)

_YEAR_HINT = re.compile(
    r"(?:/|(?:©|copyright)\s*(?:[^\W\d][\w.&-]*\s+){0,3})((?:19|20)\d\d)(?=/|\b)", re.IGNORECASE
)


_LETTERS = re.compile(r"[^\W\d_]{2,}")
# A clock's own letters say nothing of the page's language: "20:15 CEST", "6:12 AM ET".
_CLOCK_LETTERS = re.compile(r"(?<=\d)\s*(?i:[ap]\.?m\.?|h)(?!\w)|\b[A-Z]{2,4}\s*$")
# A date line's label saying the date is a revision, not the publication.
UPDATED = re.compile(
    r"(?<![^\W\d_])(?:updated|update(?![^\W\d_])|last\s+modified|modified|aktualisiert|mise?\s+à\s+jour|modifié"
    r"|modifica|aggiornamento"
    r"|aggiornato|actualizado|aktualizacja|zaktualizowano|frissítve|frissítés|обновлено"
    r"|geändert|modificato|modificado|módosítva|изменено|آخر\s+تحديث|تحديث|güncelle\w*"
    r"|atualizado|atualização|bijgewerkt|gewijzigd|оновлено|ενημερώθηκε|ενημέρωση"
    r"|aktualizováno|به‌روزرسانی|بروزرسانی|עודכן|עדכון)",
    re.IGNORECASE,
)
PUBLISHED = re.compile(
    r"(?<![^\W\d_])(?:published|posted|veröffentlicht|publié|pubblicato|publicado|opublikowano"
    r"|publikacja|publikacji|publicación|erstellt|créé|közzétéve|publikálva|megjelent|опубликовано"
    r"|публикаци[яи]|yayın\w*|publicado|gepubliceerd|опубліковано|публікація|δημοσίευση"
    r"|δημοσιεύθηκε|publikováno|vydáno|انتشار|פורסם"
    r"|نشر|نُشر|النشر)",
    re.IGNORECASE,
)


def publication_day(line: str, page: str | None = None) -> dt.date | None:
    """The publication date of a date line: after "Published", else the earliest it gives.

    A line of bare numbers ("08/09/2009 19:24") is read day first when ``page``, the
    page's prose, is not English; a word on the line itself decides before the page does.
    """
    day_first = None
    clockless = _CLOCK_LETTERS.sub("", line)
    if page is not None and "/" in line and _LETTERS.search(clockless) is None:
        day_first = True if page_writes_day_first(page) else None
    found = find_dates(line, day_first)
    if not found:
        return None
    label = PUBLISHED.search(line)
    if label is not None:
        after = [f for f in found if f.start >= label.end()]
        if after:
            return after[0].date
    return min(f.date for f in found)


# A web address with the day in its path: ".../2015/09/21/netanyahu-..." or ".../2015-09-21/...".
_ADDRESS_DATE = re.compile(
    r"(?:https?://|www\.)\S*?/(?P<y>(?:19|20)\d\d)([/-])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?=[/-]|\.html?|$)"
)


_OWN_ADDRESS = re.compile(
    r"^\s*(?:(?:url|source|link|quelle|fonte|źródło|forrás|источник|المصدر)\s*:\s*)?\S+\s*$", re.I
)


def address_date(text: str) -> dt.date | None:
    """The day the page's own web address gives, on a line of its own as a saved page keeps it.

    An address inside a sentence or a "Read more" link is another story's, so it is not read.
    """
    for line in text.split("\n"):
        if "/" not in line or _OWN_ADDRESS.match(line) is None:
            continue
        match = _ADDRESS_DATE.search(line)
        if match is None:
            continue
        try:
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
    return None


def dateline_date(text: str, body: list[str]) -> dt.date | None:
    """The date of the story's dateline, ``MOSCOW, Jan 29 (Reuters) -``: its year from the page."""
    if not body:
        return None
    head = body[0][:80]
    cut = re.search(r"\)\.?\s*[-–—]|\s[-–—]\s|/[^\W\d_][\w .&-]{1,20}/\.?\s", head)
    if cut is None:
        return None
    dateline = head[: cut.end()]
    full = find_date(dateline)
    if full is not None:
        return full
    years = [int(y) for y in _YEAR_HINT.findall(text)]
    years += [found.date.year for found in find_dates(text)]
    if not years:
        return None
    year = max(set(years), key=years.count)
    found = find_day_and_month(dateline, year)
    return found.date if found is not None else None
