"""The cities these meetings happen in, in the forms each language writes them, and countries.

A visit goes to a city: "Moskwie", "Кремле" and "Kremlin" are Moscow; a country the
story names ("Syria", "Russia") is more likely its subject than the meeting's place.
"""

from __future__ import annotations

import functools

# Where these meetings happen, in the forms the languages of the corpus write them (Polish and
# Russian inflect the name: "w Moskwie", "в Москве"); a venue stands for its city.
PLACE_FORMS: dict[str, tuple[str, ...]] = {
    "Moscow": (
        "Moscow", "Moskau", "Moscou", "Mosca", "Moscú", "Moskwa", "Moskwie", "Moskwy", "Moskwę",
        "Moszkva", "Moszkvában", "Moszkvába", "Moszkvából", "Moszkvai", "moszkvai", "Москва",
        "Москве", "Москву", "Москвы", "Москвой", "موسكو", "بموسكو", "لموسكو", "Kremlin", "Kreml",
        "Kremla", "Kremlu", "Kremlben", "Kremlbe", "بالكرملين", "للكرملين", "Moskova",
        "Cremlino", "Кремль", "Кремле", "Кремля", "الكرملين", "Red Square", "Roter Platz",
        "Piazza Rossa", "Place Rouge", "Plac Czerwony", "Placu Czerwonym", "Vörös tér",
        "Vörös téren", "Красная площадь", "Красной площади", "الساحة الحمراء", "Novo-Ogaryovo",
        "Novo-Ogarjowo", "Novo-Ogarevo", "Novo-Ogariovo", "Nowo-Ogarjowo", "Novo-Ogarjovo",
        "Ново-Огарёво", "Ново-Огарево",
        # Dutch, Ukrainian, Greek, Czech, Persian, Hebrew
        "Moskou", "Москві", "Кремлі", "Μόσχα", "Μόσχας", "Κρεμλίνο", "Κρεμλίνου", "Moskvě",
        "Moskvy", "Moskvu", "مسکو", "کرملین", "מוסקבה", "במוסקבה", "הקרמלין", "בקרמלין",
    ),
    "Sochi": (
        "Sochi", "Sotschi", "Sotchi", "Soči", "Soczi", "Szocsi", "szocsi", "Szocsiban", "Сочи",
        "Szocsiba", "Szocsiból", "Soçi", "سوتشي", "بسوتشي", "لسوتشي", "Bocharov Ruchei",
        "Botcharov Routchéi", "Бочаров Ручей", "Sotsji", "Сочі", "Σότσι", "سوچی", "סוצ'י",
        "בסוצ'י",
    ),
    "Jerusalem": ("Jerusalem", "Jérusalem", "Jerusalén", "Gerusalemme", "Jerozolima",
                  "Jerozolimie", "Jeruzsálem", "Jeruzsálemben", "Kudüs", "Иерусалим",
                  "Иерусалиме", "القدس", "بالقدس", "Jerusalém", "Jeruzalem", "Єрусалим",
                  "Єрусалимі", "Ιερουσαλήμ", "Jeruzalém", "Jeruzalémě", "اورشلیم", "ירושלים",
                  "בירושלים"),
    "Tel Aviv": ("Tel Aviv", "Tel-Aviv", "Tel Awiw", "Тель-Авив", "تل أبيب", "Тель-Авів",
                 "Τελ Αβίβ", "تل‌آویو", "תל אביב"),
}  # fmt: skip
_CANONICAL_PLACE = {form: city for city, forms in PLACE_FORMS.items() for form in forms}


_SHORT_COUNTRY_NAMES = frozenset(
    ["Russia", "Turkey", "Türkiye", "United States", "US", "U.S.", "USA", "America", "Britain",
     "UK", "Great Britain", "Palestine", "Syria", "Iran", "South Korea", "North Korea"]
)  # fmt: skip
"""Countries ISO 3166 names otherwise ("Russian Federation")."""


@functools.lru_cache(maxsize=512)
def is_country(place: str) -> bool:
    """True for a country's name (ISO 3166, with the short names the world data adds)."""
    import pycountry

    words = place.split()
    # "Nazi Germany", "northern Syria": a country with a word before it is still a country
    for name in dict.fromkeys([place, " ".join(words[1:]), words[-1] if words else ""]):
        if not name:
            continue
        if name in _SHORT_COUNTRY_NAMES:
            return True
        try:
            pycountry.countries.lookup(name)
        except LookupError:
            continue
        return True
    return False


def canonical_place(place: str) -> str:
    """The city a place's form names (``Moskwie`` and ``Kremlin`` give ``Moscow``)."""
    return _CANONICAL_PLACE.get(place, place)
