"""Names the words before them announce, in languages other than English.

A noun of place ("provincia di Daraa", "stadio Luzhniki", "провинции Дараа")
makes the capitalised word after it a place; in Arabic, which has no capitals,
a title ("الرقيب", "الوزير", "رئيس الوزراء الإسرائيلي") makes the two words after
it, past any adjectives with the article, a person.  These hits only fill the
gaps the known names leave.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing_tui.entities.cues import (
    NAME_LETTER,
    NAME_UPPER,
    NOT_NAMES,
    ROLES,
    TITLE_WORDS,
    TRIGGERS,
    is_role,
    mention_of,
)
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.overlaps import fill
from briefing_tui.entities.wordlists import words

_PLACE_NOUNS = {
    "it": """
        stadio provincia regione città villaggio governatorato distretto quartiere aeroporto
        residenza base
        """,
    "pl": """
        stadion stadionie prowincja prowincji regionie regionu mieście miasta wiosce lotnisko
        lotnisku lotniska rezydencji rezydencja bazie
        """,
    "de": "Stadion Provinz Region Stadt Dorf Gouvernement Flughafen Residenz",
    "ru": """
        стадион стадионе провинция провинции провинцию городе города деревне район районе
        аэропорт аэропорту аэропорта аэропорте резиденции резиденция
        """,
    "uk": """
        стадіон стадіоні провінції місті міста селі район районі району області аеропорт
        аеропорту аеропорті резиденції резиденція
        """,
    "fr": "aéroport base résidence ville village région province district quartier",
    "es": "aeropuerto base residencia ciudad pueblo región provincia distrito barrio",
    "cs": "letiště letišti rezidence rezidenci města městě obci základně",
}
_OF = {
    "it": "(?:di|del|della|dello) ",
    "de": "(?:von )",
    "fr": "(?:de |du |d'|d’)",
    "es": "(?:de |del )",
}
# Nouns that belong to the name after them, as "Park" and "Theatre" do in English
# ("parku Sachera", "Teatrze Bolszoj", "placu Czerwonym", "parco Sacher").
_NAMED_WITH = {
    "pl": """
        park parku parkiem teatr teatrze teatru teatrem plac placu placem ulica ulicy ulicę
        ulicą aleja alei aleję pałac pałacu pałacem most moście mostu
        """,
    "it": "parco teatro piazza palazzo ponte via viale",
    "fr": "rue avenue boulevard palais parc pont",
    "es": "calle avenida plaza palacio parque puente",
    "uk": "вулиця вулиці вулицю площа площі палац палаці парк парку",
    "ru": "улица улице улицу площадь площади дворец дворце парк парке",
    "cs": "ulice ulici náměstí náměstím palác paláci park parku",
}
_NAMED_AFTER = {
    language: re.compile(
        rf"(?<![^\W\d_])((?:{'|'.join(w for n in words(nouns) for w in (n, n.capitalize()))}) "
        rf"[{NAME_UPPER}][{NAME_LETTER}]+(?:-[{NAME_UPPER}][{NAME_LETTER}]+)?)"
        rf"(?![{NAME_LETTER}'’-])"
    )
    for language, nouns in _NAMED_WITH.items()
}
_PLACE_AFTER = {
    language: re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(words(nouns))}) (?:{_OF.get(language, '')})?[\"«„]?"
        rf"([{NAME_UPPER}][{NAME_LETTER}]+(?:-[{NAME_UPPER}][{NAME_LETTER}]+)?)"
        rf"(?![{NAME_LETTER}'’-])"
    )
    for language, nouns in _PLACE_NOUNS.items()
}

# Titles before a name in Arabic (with the article, or heading a phrase with it:
# "وزير الخارجية", "رئيس الوزراء", "المتحدث باسم الكرملين"), a colleague ("وزميله") or
# the pronoun that names a pair ("جنديين آخرين هما ..."), and the words that never belong to a name.
_ARABIC_TITLES = frozenset(
    words(
        """
        الرئيس الوزير الرقيب السفير الجنرال اللواء العقيد النقيب الجندي الملك الأمير الشيخ
        المستشار الحاخام المبعوث رئيس وزير المتحدث المتحدثة زميله زميلها هما
        """
    )
)
_ARABIC_STOP = frozenset(
    words(
        """
        في على إلى الى من عن أن إن ان مع قد كان كانت لم لن ما لا هو هي بعد قبل خلال حول بين
        أمس يوم عند منذ حتى ثم أو أي كل غير عبر لدى نحو ضد دون إلى وقال قال أكد أعلن أشار
        باسم جهاز مجلس حكومة دولة
        """
    )
)
_ARABIC_WORD = re.compile("[\u0621-\u064a\u064b-\u0652\u0640]+")
_ARABIC_PREFIXES = ("و", "ف", "ل", "ب")
# "Son of", "father of" inside a name ("مئير بن شبات", "أبو مازن").
_ARABIC_SON_OF = frozenset(words("بن ابن أبو"))


def announced(text: str, language: str, known: list[Mention]) -> list[Mention]:
    """Places and people announced by the words before them, sorted, never overlapping.

    ``known`` are the names already found; a person's name never overlaps one.
    """
    if language == "ar":
        return _arabic_people(text, known)
    pattern = _PLACE_AFTER.get(language)
    places = (
        []
        if pattern is None
        else [mention_of(text, m.start(1), m.end(1), "PLACE") for m in pattern.finditer(text)]
    )
    named = _NAMED_AFTER.get(language)
    if named is not None:
        sites = [mention_of(text, m.start(1), m.end(1), "PLACE") for m in named.finditer(text)]
        places = fill(sites, places) if sites else places
    people = _titled_people(text, known)
    return sorted(fill(places, people)) if people else places


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BETWEEN = 2  # lower-case words a title may have before the name ("premier israeliano")
_NAME_WORDS = 3


def _role(word: str) -> bool:
    word = word.lower()
    return is_role(word) or ("-" in word and word.rsplit("-", 1)[1] in ROLES)


# Verbs of saying and "according to" in each language, which a speaker's name follows
# ("a déclaré Marc Dupont", "según Ana Ruiz", "powiedział Jan Nowak", "за словами ...").
_SPEECH = frozenset(
    words(
        """
        déclaré dit indiqué affirmé expliqué souligné estimé précisé ajouté selon dijo
        afirmó declaró explicó señaló aseguró indicó según añadió subrayó detto dichiarato
        affermato spiegato sottolineato aggiunto secondo powiedział powiedziała stwierdził
        stwierdziła dodał dodała podkreślił podkreśliła według zdaniem ocenił oceniła сказав
        сказала заявив заявила зазначив зазначила додав додала словами словам сказал
        заявил заявила отметил отметила добавил добавила řekl řekla uvedl uvedla podle
        dodal dodala prohlásil prohlásila sagte erklärte betonte laut
        """
    )
)
# Kin before a name given alone, and the words that may stand between ("его жена Сара",
# "il fratello maggiore Viktor", "sa femme Claire", "jego żona Anna").
_KIN = frozenset(
    words(
        """
        жена муж сын дочь брат сестра вдова дружина чоловік донька син moglie marito figlio
        figlia fratello sorella vedova żona mąż syn córka brat siostra wdowa femme épouse
        mari fils fille frère sœur veuve esposa marido hijo hija hermano hermana viuda
        manželka manžel dcera bratr sestra vdova Frau Ehefrau Ehemann Sohn Tochter Bruder
        Schwester Witwe
        """
    )
)
_KIN_BETWEEN = frozenset(
    words(
        """
        maggiore minore старший младший старшая младшая старший молодший starszy młodszy
        aîné cadet mayor menor starší mladší ältere jüngere
        """
    )
)
# Small words that join a department to its title ("ministre de la Défense Avigdor
# Lieberman", "ministro della Difesa ..."): a capitalised word after one is the
# department's, and the name is the two words after it.
_DEPARTMENT_OF = frozenset(words("de la del della des du di dei degli of"))
# Articles that open a newspaper's name, never a person's ("según El País").
_FOREIGN_ARTICLES = frozenset(words("Le La Les El Los Las Il Lo Gli Der Die Das L"))


def _titled_people(text: str, known: list[Mention]) -> list[Mention]:
    """Names after a title and up to two lower-case words, past a place the title names.

    "il premier israeliano Naftali Bennett", "министр иностранных дел России Сергей
    Лавров": the title's words are all lower case, the name's words all capitalised.
    A name set off by a comma ("el presidente ruso, Vladimir Putin") counts too, and so
    does one after a verb of saying ("a déclaré Marc Dupont", "według Jana Nowaka").
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    starts = {m.start: m for m in known}
    ends = [m.end for m in known]
    found: list[Mention] = []
    i = 0
    count = len(tokens)
    while i < count:
        if tokens[i][2] in _KIN:
            j = i + 2 if i + 1 < count and tokens[i + 1][2] in _KIN_BETWEEN else i + 1
            if _lone_name(text, tokens, j) and not _covers(known, ends, tokens[j][:2]):
                found.append(mention_of(text, tokens[j][0], tokens[j][1], "PERSON"))
            i = j
            continue
        lower = tokens[i][2].lower()
        if lower in _SPEECH:
            j = i + 1
            if j < count and _role(tokens[j][2]) and tokens[j][2][0].isupper():
                j += 1  # a German title written before the name ("sagte Ministerin ...")
            name = _capitalised(text, tokens, j, comma=False)
            if (
                name is not None
                and tokens[j][2] not in _FOREIGN_ARTICLES
                and not _covers(known, ends, name)
            ):
                found.append(mention_of(text, name[0], name[1], "PERSON"))
            i = j
            continue
        if not (is_role(lower) or ("-" in lower and lower.rsplit("-", 1)[1] in ROLES)):
            i += 1
            continue
        j = i + 1
        while (
            j < count
            and j - i <= _BETWEEN
            and tokens[j][2][0].islower()
            and not _role(tokens[j][2])
            and text[tokens[j - 1][1] : tokens[j][0]] == " "
        ):
            j += 1
        if j < count and text[tokens[j - 1][1] : tokens[j][0]] in (" ", ", "):
            head = starts.get(tokens[j][0])
            if head is not None and head.type in ("PLACE", "ORG"):
                while j < count and tokens[j][0] < head.end:
                    j += 1
            name = _capitalised(text, tokens, j)
            if (
                name is not None
                and tokens[j - 1][2] in _DEPARTMENT_OF
                and _capitalised(text, tokens, j + 1) == (tokens[j + 1][0], name[1])
            ):
                name = (tokens[j + 1][0], name[1])
            if name is not None and not _covers(known, ends, name):
                found.append(mention_of(text, name[0], name[1], "PERSON"))
        i = j if j > i else i + 1
    return found


def _capitalised(
    text: str, tokens: list[tuple[int, int, str]], j: int, comma: bool = True
) -> tuple[int, int] | None:
    """Two or three capitalised words from ``j``, one space apart, and nothing more.

    With ``comma``, the words may be set off by a comma before them.
    """
    if j >= len(tokens) or j == 0:
        return None
    gap = text[tokens[j - 1][1] : tokens[j][0]]
    if gap != " " and not (comma and gap == ", "):
        return None
    k = j
    while (
        k < len(tokens)
        and tokens[k][2][0].isupper()
        and tokens[k][2] not in NOT_NAMES
        and tokens[k][2] not in TRIGGERS
        and tokens[k][2] not in TITLE_WORDS
        and (k == j or text[tokens[k - 1][1] : tokens[k][0]] == " ")
    ):
        k += 1
    if not 2 <= k - j <= _NAME_WORDS:
        return None
    if (
        k < len(tokens)
        and text[tokens[k - 1][1] : tokens[k][0]] == " "
        and tokens[k][2][0].isupper()
    ):
        return None
    return tokens[j][0], tokens[k - 1][1]


def _lone_name(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """One capitalised word at ``j``, a space after the word before, no capital after it."""
    if j >= len(tokens) or text[tokens[j - 1][1] : tokens[j][0]] != " ":
        return False
    word = tokens[j][2]
    if not word[0].isupper() or word.isupper() or word in NOT_NAMES or word in TRIGGERS:
        return False
    return not (
        j + 1 < len(tokens)
        and text[tokens[j][1] : tokens[j + 1][0]] == " "
        and tokens[j + 1][2][0].isupper()
    )


def _covers(known: list[Mention], ends: list[int], span: tuple[int, int]) -> bool:
    at = bisect_right(ends, span[0])
    return at < len(known) and known[at].start < span[1]


def _is_title(word: str) -> bool:
    if word in _ARABIC_TITLES:
        return True
    return word[:1] in _ARABIC_PREFIXES and word[1:] in _ARABIC_TITLES


def _arabic_people(text: str, known: list[Mention]) -> list[Mention]:
    tokens = [(m.start(), m.end(), m.group()) for m in _ARABIC_WORD.finditer(text)]
    bodies = {m.start: m.end for m in known if m.type == "ORG"}
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not _is_title(tokens[i][2]):
            i += 1
            continue
        j = i + 1
        if j < len(tokens) and tokens[j][2] == "باسم":
            j += 1  # the spokesman "in the name of" a body: "المتحدث باسم الكرملين"
        while j < len(tokens) and j - i <= 4 and tokens[j][2].startswith("ال"):
            j += 1
        body_end = bodies.get(tokens[j][0]) if j < len(tokens) and j == i + 1 else None
        if body_end is not None:
            # The head of a body ("رئيس مجلس الأمن القومي مئير بن شبات").
            while j < len(tokens) and tokens[j][1] <= body_end:
                j += 1
        if (
            j + 2 < len(tokens)
            and tokens[j + 1][2] in _ARABIC_SON_OF
            and _name_pair(text, tokens[j], tokens[j + 2], tokens[j - 1], tokens[j + 1])
        ):
            # "مئير بن شبات": "son of" joins the two words of the name.
            found.append(mention_of(text, tokens[j][0], tokens[j + 2][1], "PERSON"))
            i = j + 3
        elif j + 1 < len(tokens) and _name_pair(text, tokens[j], tokens[j + 1], tokens[j - 1]):
            found.append(mention_of(text, tokens[j][0], tokens[j + 1][1], "PERSON"))
            i = j + 2
        else:
            i = j
    return found


def _name_pair(
    text: str,
    first: tuple[int, int, str],
    second: tuple[int, int, str],
    before: tuple[int, int, str],
    between: tuple[int, int, str] | None = None,
) -> bool:
    """Two words right after a title (one space apart each) that may be a name.

    ``between`` is a word that joins them ("بن"), one space from each.
    """
    if text[before[1] : first[0]] != " ":
        return False
    if between is None:
        if text[first[1] : second[0]] != " ":
            return False
    elif text[first[1] : between[0]] != " " or text[between[1] : second[0]] != " ":
        return False
    return all(
        not w.startswith("ال") and w not in _ARABIC_STOP and not _is_title(w) and len(w) > 2
        for w in (first[2], second[2])
    )
