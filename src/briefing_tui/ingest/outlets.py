"""Names of news outlets, so that a page header or a web address can be read as its outlet."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Canonical name, then the other spellings and the web domains that mean the same outlet.
KNOWN_OUTLETS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Haaretz", ("Ha'aretz",), ("haaretz.com", "haaretz.co.il")),
    ("Asharq Al-Awsat", ("Asharq Alawsat",), ("aawsat.com", "english.aawsat.com")),
    ("The Algemeiner", ("Algemeiner",), ("algemeiner.com",)),
    ("inContext", (), ("incontext.indiana.edu",)),
    ("The Times of Israel", ("Times of Israel",), ("timesofisrael.com",)),
    ("The Jerusalem Post", ("Jerusalem Post",), ("jpost.com",)),
    ("Israel Hayom", (), ("israelhayom.com",)),
    ("Ynetnews", ("Ynet",), ("ynetnews.com",)),
    ("Arab News", (), ("arabnews.com",)),
    ("Al-Monitor", ("Al Monitor",), ("al-monitor.com",)),
    ("Al Jazeera", ("Al-Jazeera",), ("aljazeera.com",)),
    ("Reuters", (), ("reuters.com",)),
    ("Associated Press", ("AP News",), ("apnews.com",)),
    ("Agence France-Presse", ("AFP",), ("afp.com",)),
    ("TASS", (), ("tass.com", "tass.ru")),
    ("RT", ("Russia Today",), ("rt.com",)),
    ("The Moscow Times", ("Moscow Times",), ("themoscowtimes.com",)),
    ("Kommersant", (), ("kommersant.ru",)),
    ("BBC News", ("BBC",), ("bbc.com", "bbc.co.uk")),
    ("The Guardian", ("Guardian",), ("theguardian.com",)),
    ("The New York Times", ("New York Times", "NYT"), ("nytimes.com",)),
    ("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
)


def _pattern(name: str) -> re.Pattern[str]:
    spaced = r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", name))
    return re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.IGNORECASE)


_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (canonical, _pattern(spelling))
    for canonical, aliases, _ in KNOWN_OUTLETS
    for spelling in sorted((canonical, *aliases), key=len, reverse=True)
    if len(spelling) > 3
)


def outlet_named_in(text: str) -> str | None:
    """The known outlet a header line names (``ASHARQ AL-AWSAT English`` gives Asharq Al-Awsat)."""
    for canonical, pattern in _NAMES:
        if pattern.search(text):
            return canonical
    return None


def outlet_of_url(url: str | None) -> str | None:
    """The known outlet a web address belongs to."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    for canonical, _, domains in KNOWN_OUTLETS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return canonical
    return None


def canonical_outlet(name: str) -> str:
    """A known outlet's usual spelling, or the name as given, trimmed."""
    name = " ".join(name.split())
    known = outlet_named_in(name)
    if known is not None and _pattern(name).fullmatch(known):
        return known
    for canonical, aliases, _ in KNOWN_OUTLETS:
        if name.lower() in (canonical.lower(), *(a.lower() for a in aliases)):
            return canonical
    return name
