"""The words that start or stop a rule: months, titles, cue words, currencies, stop words."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_tui.entities.gazetteer import surface_key
from briefing_tui.entities.mention import Mention, new_mention
from briefing_tui.entities.phrases import FAST, _scanner
from briefing_tui.entities.wordlists import words

# Letters of names beyond ASCII: Latin with its diacritics, Greek and Cyrillic, and
# Vietnamese Latin ("Orbán", "Łukaszenka", "Эрдоган"); the C scan reads the same blocks.
_NAME_BLOCKS = ((0x80, 0x530), (0x1E00, 0x1F00))


def _letters_where(test: Callable[[str], bool]) -> str:
    """The characters of ``_NAME_BLOCKS`` that pass ``test``, for a character class."""
    chars = (chr(c) for low, high in _NAME_BLOCKS for c in range(low, high))
    return "".join(re.escape(c) for c in chars if test(c))


# Character classes (without brackets) of a name's capitals, small letters, and
# letters and digits.
NAME_UPPER: str = "A-Z" + _letters_where(str.isupper)
NAME_LOWER: str = "a-z" + _letters_where(str.islower)
NAME_LETTER: str = "A-Za-z0-9" + _letters_where(str.isalpha)

MONTH, MONTH_AMBIGUOUS, WEEKDAY, TITLE, ROLE, ORG_CUE, ORG_CUE_OF, EVENT_CUE = range(1, 9)
SYMBOL, CURRENCY_WORD, PLACE_CUE = 9, 10, 11
# The nouns after a site's name ("Ben-Gurion airport"): the scan finds them, so the
# layout pass looks for a site's name only where one stands.
SITE_AFTER = 12
# "administration" after a surname ("the Obama administration").
GOVERNMENT = 13
# Kin before a name given alone ("his wife Sara", "его жена Сара", "il fratello Viktor").
KIN = 14
# Nouns of settlements before "of" and words of nearness ("the village of Kfar Yona",
# "near Quneitra"): the capitalised words after them are a place.
SETTLEMENT = 15

_MONTHS = words(
    """
    January February April June July August September October November December Jan. Feb.
    Apr. Aug. Sept. Sep. Oct. Nov. Dec.
    """
)
_TITLES = words(
    """
    President Minister Premier Chancellor King Queen Prince Princess Emir Sheikh Sultan
    Ambassador Secretary Senator Sen. Rep. Governor Mayor Speaker General Gen. Col. Colonel
    Adm. Admiral Lt. Maj. Brig. Capt. Captain Rabbi Pope Patriarch Ayatollah Imam Cardinal
    Mr. Mrs. Ms. Dr. Prof. Professor Sir Dame Lord Judge Justice Chairman Chairwoman
    Commander Marshal Director Envoy Spokesman Spokeswoman
    """
)
_ROLES = words(
    """
    spokesman spokeswoman spokesperson adviser advisor envoy ambassador minister secretary
    industrialist leader chief commander counterpart aide deputy chairman director
    journalist correspondent analyst businessman tycoon oligarch general president premier
    rabbi colonel officer diplomat negotiator writer producer head
    """
)
_ORG_CUES = words(
    """
    Ministry Council Front Party Agency Committee Corps Forces Army Navy Bank Commission
    Authority Organization Organisation Institute University Association Movement Brigades
    Brigade Service Services Department Parliament Assembly Court Police Union Group Company
    Corporation Airlines Times Post News Foundation Fund Alliance Coalition Congress Cabinet
    Office Agency Federation Guard Guards Mission Club Society Industries Limited Ltd Ltd.
    Inc. Technology Technologies Electric Motors Holdings Airways Aeronautics Systems Energy
    Dynamics Petroleum Media Network Press Tribune Herald Journal Gazette Review Daily
    Observatory Radio Centre Center Intelligence Force
    """
)
_ORG_CUES_OF = (
    "Ministry",
    "Council",
    "Department",
    "Bank",
    "University",
    "Organization",
    "Organisation",
    "Office",
    "Court",
    "Commission",
    "Institute",
    "Federation",
    "Observatory",
    "Committee",
    "Agency",
    "Authority",
    "Foundation",
    "Fund",
    "Front",
    "Movement",
    "Party",
    "Centre",
    "Center",
    "Union",
    "Association",
    "Alliance",
    "Coalition",
)
# Newspapers that print "The" in their name: a capital "The" before one is the name's
# own ("after The Wall Street Journal reported").
PAPER_HEADS = frozenset(words("Times Post Journal Herald Tribune Gazette Guardian Telegraph"))
_EVENT_CUES = words(
    """
    Summit Conference War Games Olympics Forum Revolution Uprising Festival Expo Accords
    Intifada Offensive Operation Day Talks Treaty Accord Agreement Crisis Election Elections
    """
)
_PLACE_CUES = words(
    """
    Strait Sea Gulf Bay Island Islands Mountains Hill Hills Valley River Lake Square Street
    Avenue Airport Province Region District Heights Peninsula Desert Canal Coast Plateau
    Basin Palace Airbase Harbour Harbor Bridge Crossing Lawn Gardens Park Camp County Oblast
    Governorate Prefecture Boulevard Highway Corridor Checkpoint Courtyard City Theatre
    Theater Church Cathedral Basilica Mosque Monastery Synagogue
    """
)
_SYMBOLS = ("$", "€", "£", "₪", "¥", "US$", "NIS", "USD", "EUR")
_CURRENCY_WORDS = words(
    """
    dollars euros rubles roubles shekels yuan rupees dinars riyals pounds sterling
    """
)

TRIGGERS: dict[str, int] = {}
for _word in _MONTHS:
    TRIGGERS[_word] = MONTH
TRIGGERS["May"] = MONTH_AMBIGUOUS
TRIGGERS["March"] = MONTH_AMBIGUOUS
TRIGGERS["Mar."] = MONTH
for _word in words(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """
):
    TRIGGERS[_word] = WEEKDAY
for _word in _TITLES:
    TRIGGERS[_word] = TITLE
TRIGGERS["Secretary of State"] = TITLE
TRIGGERS["Secretary-General"] = TITLE
TRIGGERS["Secretary General"] = TITLE
# Lowercase roles ("adviser Uzi Arad") are checked on capitalised runs instead: as
# automaton keys they would slow the scan of every lowercase word.
ROLES = frozenset(_ROLES) | frozenset(
    words(
        """
        präsident präsidenten präsidentin kanzler kanzlerin botschafter regierungschef
        presidente ministro premier ambasciatore portavoce prezydent prezydenta prezydentem
        premiera premierem ministra ministrem ambasador rzecznik elnök elnöke miniszterelnök
        miniszter külügyminiszter nagykövet szóvivő президент президента президентом
        премьер премьера министр министра министром посол посла глава главы председатель
        помощник генерал wiceprezydent wiceprezydenta prezes prezesa przewodniczący
        przewodniczącego rabin naczelny офицер офицера раввин раввина руководитель
        руководителя директор директора командующий dyrektor dyrektora
        ministre présidente porte-parole conseiller conseillère ambassadeur ambassadrice
        chercheur chercheuse directeur directrice secrétaire député experte analyste
        correspondant correspondante ministra portavoz asesor asesora embajador embajadora
        investigador investigadora directora jefe jefa secretario secretaria diputado
        experto experta analista corresponsal ricercatore ricercatrice consigliere
        direttore direttrice segretario deputato esperto esperta corrispondente
        ambasciatrice ekspert ekspertka ekspertki eksperta doradca doradcy analityk
        korespondent rzeczniczka rzecznika szef szefa generała ambasadora міністр міністра
        міністром президентом речник речника речниця посол радник радника голова голови
        директором експерт експерта генерал генерала кореспондент аналітик пресс-секретарь
        представитель советник советника эксперт аналитик ministr ministra ministrem
        prezident prezidenta premiér premiéra mluvčí velvyslanec velvyslance poradce ředitel
        ředitele generál analytik předseda předsedy
        """
    )
)
# The ends of titles written as one word with what they head ("Ministerpräsident",
# "Außenminister", "Mossad-Chef", "Regierungschefin", "Sicherheitsberater",
# "UN-Sondergesandten"), in lower case.
_ROLE_ENDINGS = tuple(
    words(
        """
        minister ministerin präsident präsidenten präsidentin chef chefin kanzler kanzlerin
        berater beraters beraterin gesandte gesandter gesandten sprecher sprechers sprecherin
        """
    )
)
# Titles that follow the name in Hungarian ("Orbán Viktor miniszterelnök"), as stems.
ROLES_AFTER = tuple(
    words(
        """
        miniszterelnök elnök külügyminiszter miniszter nagykövet szóvivő államfő kormányfő
        vezérőrnagy altábornagy tábornok ezredes főrabbi
        """
    )
)


def is_role(word: str) -> bool:
    """True when ``word`` (in lower case) is a title or role that a person's name follows."""
    return word in ROLES or (len(word) > 5 and word.endswith(_ROLE_ENDINGS))


for _word in _ORG_CUES:
    TRIGGERS[_word] = ORG_CUE_OF if _word in _ORG_CUES_OF else ORG_CUE
for _word in _EVENT_CUES:
    TRIGGERS[_word] = EVENT_CUE
for _word in _PLACE_CUES:
    TRIGGERS[_word] = PLACE_CUE
for _word in _SYMBOLS:
    TRIGGERS[_word] = SYMBOL
for _word in ("airport", "residence", "air base", "airbase", "base"):
    TRIGGERS[_word] = SITE_AFTER
TRIGGERS["administration"] = GOVERNMENT
# Only words whose first letter already starts a key are keys: each new first letter
# would send every English word that starts with it down the automaton ("wife" is
# searched for apart; kin in other languages is read with their titles).
for _word in ("brother", "daughter"):
    TRIGGERS[_word] = KIN
for _word in ("village of", "kibbutz"):
    TRIGGERS[_word] = SETTLEMENT
CURRENCY_WORDS = frozenset(_CURRENCY_WORDS)
# Month names that are also surnames ("Theresa May"): after a given name they stay in it.
MONTH_SURNAMES = frozenset(words("May March June April August"))

# Words that never start or belong to a name found by a rule.
NOT_NAMES = frozenset(
    words(
        """
        The A An In On At But And For By With From To As If When While Both After Before
        During Under His Her Their Its Our This That These Those It He She They We I You
        There Here Later Then Also However Meanwhile Speaking According Over Since Until
        Given Behind Not All Some Many Most Other Another Each Every No Yes So Such What
        Which Who Why How Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        January February March April May June July August September October November
        December Assembly Staff Council Committee Office Secretary Minister Ministry General
        Prosecutor Court House Elect Prime President Vice Deputy Foreign Defense Defence
        Interior Finance State National Security Affairs Chief Director Department
        Government Cabinet Parliament Party Federal Supreme Republic Kingdom United Islamic
        Democratic People's Sr. Jr. Mr. Mrs. Ms. Dr.
        """
    )
)
# Titles that head a person's name wherever they stand in a run of capitals.
PERSON_TITLES = frozenset(_TITLES) - {"General", "Gen."}
TITLE_WORDS = frozenset(_TITLES) | frozenset(
    words(
        """
        Prime Vice Deputy Foreign Defense Defence Interior Finance Security National Adviser
        Advisor Minister Ministers President Presidents Chief Head Leader Senior Sergeant
        Corporal Private Lieutenant Major Staff First Class Master Warrant Officer
        """
    )
)


def word_before(folded: str, start: int) -> str:
    """The word just before ``start`` (lowercased), skipping one space or hyphen."""
    j = start - 1
    while j >= 0 and folded[j] in " -":
        j -= 1
    k = j
    while k >= 0 and folded[k].isalpha():
        k -= 1
    return folded[k + 1 : j + 1].lower()


def open_left(folded: str, start: int) -> bool:
    """True when ``start`` begins a word (not inside a word or after an apostrophe)."""
    return start == 0 or not (folded[start - 1].isalnum() or folded[start - 1] == "'")


def mention_of(text: str, start: int, end: int, kind: str) -> Mention:
    """A rule's mention of ``text[start:end]``, named by its own words."""
    if _named_span is not None:
        found: Mention | None = _named_span(Mention, text, start, end, kind)
        if found is not None:
            return found
    return mention_of_python(text, start, end, kind)


def mention_of_python(text: str, start: int, end: int, kind: str) -> Mention:
    """``mention_of`` in Python: the reference, and the path for names to normalise."""
    span = text[start:end]
    if span.isalnum() or (
        # Words apart by single spaces (no other space is printable), nothing to fold.
        span.isprintable()
        and "  " not in span
        and span[0] != " "
        and span[-1] != " "
        and (span.isascii() or _TO_FOLD.search(span) is None)
    ):
        return new_mention(Mention, (start, end, span, kind, span))
    name = " ".join(span.split()) if span.isascii() else surface_key(span)
    return new_mention(Mention, (start, end, span, kind, name))


# The printable characters ``fold`` changes: curly apostrophes and dashes.
_TO_FOLD = re.compile("[\u2018\u2019\u02bc\u2010-\u2013\u2212]")


# The C fast path of ``mention_of`` for spans that are their own name.
_named_span = _scanner.named_span if FAST else None
