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
    ("Al Jazeera", ("Al-Jazeera", "الجزيرة"), ("aljazeera.com", "aljazeera.net")),
    ("Reuters", (), ("reuters.com",)),
    ("Associated Press", ("AP News",), ("apnews.com",)),
    ("Agence France-Presse", ("AFP",), ("afp.com",)),
    ("TASS", ("ТАСС",), ("tass.com", "tass.ru")),
    ("RT", ("Russia Today",), ("rt.com",)),
    ("The Moscow Times", ("Moscow Times",), ("themoscowtimes.com",)),
    ("Kommersant", ("Коммерсантъ", "Коммерсант"), ("kommersant.ru",)),
    ("BBC News", ("BBC",), ("bbc.com", "bbc.co.uk")),
    ("The Guardian", ("Guardian",), ("theguardian.com",)),
    ("The New York Times", ("New York Times", "NYT"), ("nytimes.com",)),
    ("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
    # News agencies, as datelines name them: "MOSCOW (Reuters) -", "(AFP)", "MOSKWA (PAP) -".
    ("ANSAmed", ("ANSA Med",), ("ansamed.info", "ansamed.it")),
    ("ANSA", ("Agenzia ANSA",), ("ansa.it",)),
    ("PAP", ("Polska Agencja Prasowa", "Polish Press Agency"), ("pap.pl",)),
    ("MTI", ("Magyar Távirati Iroda", "Hungarian News Agency"), ("mti.hu",)),
    ("dpa", ("Deutsche Presse-Agentur",), ("dpa.com",)),
    ("Interfax", ("Интерфакс",), ("interfax.ru", "interfax.com")),
    ("RIA Novosti", ("RIA", "РИА Новости"), ("ria.ru",)),
    ("Sputnik", (), ("sputniknews.com",)),
    ("Xinhua", (), ("xinhuanet.com", "news.cn")),
    ("Anadolu Agency", ("Anadolu", "AA"), ("aa.com.tr",)),
    ("UPI", ("United Press International",), ("upi.com",)),
    ("Bloomberg", (), ("bloomberg.com",)),
    ("EFE", ("Agencia EFE",), ("efe.com",)),
    ("Europa Press", (), ("europapress.es",)),
    ("Lusa", (), ("lusa.pt",)),
    ("APA", ("Austria Presse Agentur",), ("apa.at",)),
    ("ANP", (), ("anp.nl",)),
    ("Kyodo News", ("Kyodo",), ("kyodonews.net",)),
    ("KUNA", ("Kuwait News Agency",), ("kuna.net.kw",)),
    ("WAFA", (), ("wafa.ps",)),
    ("IRNA", (), ("irna.ir",)),
    # Newspapers, broadcasters and sites that cover the visits.
    ("i24NEWS", ("i24 News",), ("i24news.tv",)),
    ("Israel National News", ("Arutz Sheva",), ("israelnationalnews.com",)),
    ("Globes", (), ("globes.co.il", "en.globes.co.il")),
    ("Maariv", (), ("maariv.co.il",)),
    ("Walla", ("Walla!",), ("walla.co.il",)),
    ("Kan", ("Kan News",), ("kan.org.il",)),
    ("Channel 12", ("N12",), ("mako.co.il", "n12.co.il")),
    ("Israel Radio", (), ()),
    ("Deutsche Welle", ("DW",), ("dw.com",)),
    ("Der Spiegel", ("Spiegel Online",), ("spiegel.de",)),
    ("Frankfurter Allgemeine Zeitung", ("FAZ", "Frankfurter Allgemeine"), ("faz.net",)),
    ("Süddeutsche Zeitung", ("Sueddeutsche Zeitung",), ("sueddeutsche.de",)),
    ("Die Welt", (), ("welt.de",)),
    ("Die Zeit", ("Zeit Online",), ("zeit.de",)),
    ("Tagesschau", (), ("tagesschau.de",)),
    ("Le Monde", (), ("lemonde.fr",)),
    ("Le Figaro", (), ("lefigaro.fr",)),
    ("France 24", (), ("france24.com",)),
    ("RFI", ("Radio France Internationale",), ("rfi.fr",)),
    ("Corriere della Sera", ("Corriere",), ("corriere.it",)),
    ("la Repubblica", ("Repubblica",), ("repubblica.it",)),
    ("Il Sole 24 Ore", (), ("ilsole24ore.com",)),
    ("Rzeczpospolita", (), ("rp.pl",)),
    ("Gazeta Wyborcza", ("Wyborcza",), ("wyborcza.pl",)),
    ("TVN24", (), ("tvn24.pl",)),
    ("Polskie Radio", (), ("polskieradio.pl",)),
    ("Hungary Today", (), ("hungarytoday.hu",)),
    ("Index.hu", (), ("index.hu",)),
    ("Magyar Nemzet", (), ("magyarnemzet.hu",)),
    ("Hír24", ("Hir24",), ("24.hu",)),
    ("Al Arabiya", ("Al-Arabiya",), ("alarabiya.net", "english.alarabiya.net")),
    ("Al-Ahram", ("Ahram Online", "Al Ahram", "الأهرام"), ("ahram.org.eg", "english.ahram.org.eg")),
    ("The National", (), ("thenationalnews.com",)),
    ("Izvestia", ("Izvestiya", "Известия"), ("iz.ru",)),
    ("RBC", ("РБК",), ("rbc.ru",)),
    ("Novaya Gazeta", ("Новая газета",), ("novayagazeta.ru",)),
    ("Meduza", ("Медуза",), ("meduza.io",)),
    ("Euronews", (), ("euronews.com",)),
    ("CNN", (), ("cnn.com", "edition.cnn.com")),
    ("NBC News", (), ("nbcnews.com",)),
    ("Fox News", (), ("foxnews.com",)),
    ("Politico", (), ("politico.com", "politico.eu")),
    ("Financial Times", ("FT",), ("ft.com",)),
    ("The Wall Street Journal", ("Wall Street Journal", "WSJ"), ("wsj.com",)),
    ("The Independent", (), ("independent.co.uk",)),
    ("The Telegraph", ("Telegraph",), ("telegraph.co.uk",)),
    ("Sky News", (), ("news.sky.com", "sky.com")),
)

AGENCIES = frozenset(
    ["Reuters", "Associated Press", "Agence France-Presse", "TASS", "ANSAmed", "ANSA", "PAP",
     "MTI", "dpa", "Interfax", "RIA Novosti", "Sputnik", "Xinhua", "Anadolu Agency", "UPI",
     "Bloomberg", "EFE", "Europa Press", "Lusa", "APA", "ANP", "Kyodo News", "KUNA", "WAFA",
     "IRNA"]
)  # fmt: skip
"""Outlets whose copy other outlets reprint under a dateline such as ``MOSCOW (Reuters) -``."""

_SHORT = {"AP": "Associated Press", "AFP": "Agence France-Presse", "AA": "Anadolu Agency"}
_DOMAIN = re.compile(r"(?<![\w.@-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s]*)?", re.IGNORECASE)
# "(Reuters) -", "(EFE).-", and TASS's "/ТАСС/." after the place and date
_DATELINE_AGENCY = re.compile(
    r"\((?P<name>[^\W\d_][\w .&/-]{0,30}?)\)\.?\s*(?:[-–—:]|$)"
    r"|(?<!\w)/(?P<slashed>[^\W\d_][\w .&-]{1,20}?)/\.?\s"
)


def agency_of_dateline(paragraph: str) -> str | None:
    """The agency a story's dateline credits: ``JERUSALEM, Sept 9 (AFP) -`` gives AFP's name."""
    head = paragraph.strip()[:120]
    for match in _DATELINE_AGENCY.finditer(head):
        name = (match.group("name") or match.group("slashed")).strip()
        for part in re.split(r"\s*/\s*", name):
            if part in _SHORT:
                return _SHORT[part]
            known = canonical_outlet(part)
            if known in AGENCIES or known != part:
                return known
    return None


def outlet_of_domain_in(text: str) -> str | None:
    """The known outlet of the first web address or bare domain (``tass.com``) in the text."""
    for match in _DOMAIN.finditer(text):
        known = outlet_of_url("http://" + match.group(1).lower())
        if known is not None:
            return known
    return None


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


_KNOWN_NAMES = frozenset(
    [
        *(
            name.casefold()
            for canonical, aliases, _ in KNOWN_OUTLETS
            for name in (canonical, *aliases)
        ),
        *(short.casefold() for short in _SHORT),
    ]
)


def is_known_outlet(name: str) -> bool:
    """True for a known outlet's name or other spelling, in any case ("MTI", "Reuters")."""
    return " ".join(name.split()).casefold() in _KNOWN_NAMES


def canonical_outlet(name: str) -> str:
    """A known outlet's usual spelling, or the name as given, trimmed."""
    name = " ".join(name.split())
    known = outlet_named_in(name)
    if known is not None and _pattern(name).fullmatch(known):
        return known
    for canonical, aliases, _ in KNOWN_OUTLETS:
        if name.lower() in (canonical.lower(), *(a.lower() for a in aliases)):
            return canonical
    # a site named by its address: "Haaretz.com"
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", name, re.IGNORECASE):
        by_address = outlet_of_url("http://" + name.lower())
        if by_address is not None:
            return by_address
    # a site named as its address without the ending: "Index" for index.hu, "Spiegel"
    squeezed = re.sub(r"[\s.-]+", "", name).casefold()
    if len(squeezed) >= 4:
        for canonical, _, domains in KNOWN_OUTLETS:
            if any(d.split(".")[0] == squeezed for d in domains):
                return canonical
    return name
