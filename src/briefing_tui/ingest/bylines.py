"""Bylines as pages print them: the writer's name, and what comes with it.

"By HERB KEINON", "Autor: Tomasz Wielgosz (PAP)", "Noa Ben-Ami and news agencies",
"Peter Beaumont in Jerusalem", "By Jane Doe, Gulf Daily", "تل أبيب: سامر حداد":
the name is the author; an agency or paper after it may be the outlet; the city is
where the writer files from; a desk ("Reuters Staff") is nobody's name.
"""

from __future__ import annotations

import re

from briefing_tui.ingest.outlets import canonical_outlet, is_known_outlet, outlet_named_in

_BYLINE = re.compile(
    r"^\s*(?:avatar\s+)?(?:(?:written\s+)?by|von|par|por|di|de|autor(?:in)?(?:\s*/\s*autor)?|autorka"
    r"|szerző|автор|بقلم|كتب|текст|text|texte|testo|texto|tekst|szöveg"
    # Dutch, Portuguese, Turkish, Czech, Greek, Hebrew and Persian labels
    r"|door|escrito\s+por|yazan|haber|muhabir|napsal[ai]?|του|της|από\s+(?:τον|την)|מאת|نویسنده)\s*(?::|\s[-–]|(?<=[\u0600-\u06ff])\s*[-–])?\s+(?P<name>[^|,;:()]{3,80}?)\s*"
    r"(?:\((?:[^()]{1,30})\)|[,/|]\s*[^,/|]{2,30})?\s*\|?\s*$",
    re.I,
)
_BYLINE_CUE = re.compile(
    r"^\s*(?:(?:written\s+)?by|von|par|por|di|de|autor(?:in|ka|zy)?|autorzy|szerzők?|авторы?"
    r"|door|escrito\s+por|yazan|napsal[ai]?)\s*:?\s+",
    re.I,
)
# What a byline adds after the name: "and news agencies", "with Reuters", "(PAP)", ", AFP".
_BYLINE_TAIL = re.compile(
    r"\s*(?:\((?:[^()]{1,30})\)|[,/|]\s*[^,/|]{2,30}|\s(?:and|with|und|et|e|i|és|и|و)\s+"
    r"(?:news\s+)?(?:agencies|wires|agenturen|agences|agenzie|agencje|ügynökségek|агентства"
    r"|reuters|ap|afp|dpa|tass|pap|mti|ansa)"
    # where the writer files from: "Peter Beaumont in Jerusalem"
    r"|\s(?:in|aus|à|a|z|w|из|في)\s+[^\W\d_][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*$",
    re.I,
)
# A wire story's credits: "(Reporting by Jane Doe; Editing by John Roe)".
_REPORTING = re.compile(
    r"^\s*\(?\s*reporting\s+by\s+(?P<name>[^;,()]+?)(?:\s+in\s+[A-Z][\w ]+)?\s*(?:[;,)]|$)", re.I
)
# An Arabic paper's byline is the reporter's city, a colon or a dash and the name:
# "تل أبيب: سامر حداد", "موسكو - رامي الحسيني", maybe with the reporter's post between
# them: "موسكو - مراسل الميادين: زياد الحلبي" ("Moscow - Al Mayadeen correspondent: ...").
_ARABIC_BYLINE = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?)\s*(?::|\s[-–])\s*"
    r"(?:(?:مراسل|مراسلة|موفد|موفدة)(?:\s[\u0600-\u06ff]+){0,2}\s*:\s*)?"
    r"(?P<name>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,3})$"
)
# A byline that says where the writer files from before the name: "Aus Moskau berichtet
# Katharina Lindner", "De notre correspondant à Moscou, Laurent Dassier".
_FILED_FROM = re.compile(
    r"^\s*(?:(?:aus|from|de|desde|da|dal|z|ze|из|من)\s+[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?"
    r"\s+(?:berichtet|berichten|reports|informa|relata|racconta|relacjonuje|tudósít|сообщает)"
    r"|(?:de\s+notre|dal\s+nostro|dalla\s+nostra|our|unser(?:e)?|nasz(?:a)?|наш"
    r"|(?:door\s+|van\s+)?onze|(?:por\s+|do\s+|da\s+)?(?:nosso|nossa)|(?:od\s+)?(?:našeho|naší|náš)"
    r"|(?:від\s+)?(?:нашого|наша|наш)|ο\s+ανταποκριτής\s+μας)\s+"
    r"(?:envoyée?\s+spéciale?|correspondante?|inviat[oa](?:\s+speciale)?|corrispondente"
    r"|(?:special\s+)?correspondent|korrespondent(?:in)?|korespondent(?:ka)?|корреспондент"
    r"|correspondente|enviad[oa](?:\s+especial)?|zpravodaj(?:e|ky|ka)?|кореспондент(?:а|ка|ки)?)"
    r"(?:\s+(?:à|a|in|en|w|we|в|em|v|ve|у)\s+[^\W\d_][\w'’-]+)?)"
    r"\s*[,:–—-]?\s+(?P<name>[^,;|()]{3,60}?)\s*$",
    re.I,
)
# A byline with the writer's city first: "MOSCOW — Jane Doe", "Jerusalem - By Jane Doe",
# "MADRID · Jane Doe".
_CITY_FIRST = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)\s*(?P<dash>[—–-]{1,2}|·)\s*"
    r"(?P<label>(?:by|von|par|por|di|door|da)\s+)?(?P<name>[^\W\d_][^|,;:()]{2,58}?)\s*$",
    re.I,
)
_UPPER = r"(?:[^\W\d_](?<=[A-ZÀ-ÞĀ-Ž\u0386-\u03ab\u0400-\u042f\u0490]))"
# The small words a surname may begin with: "van den Berg", "da Silva", "de la Cruz".
_PARTICLES = r"(?:(?:von|van|de|den|der|del|della|da|das|do|dos|di|du|la|le|ter|ten|zu|bin|ibn)\s+)"
_NAME = re.compile(rf"^(?:{_UPPER}[\w'’.-]*\.?\s+){{1,3}}{_PARTICLES}{{0,2}}{_UPPER}[\w'’-]+$")
# A short run of capitalised words, as an outlet's name reads ("Gulf Daily", "Der Spiegel").
SITE_NAME = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}$")
# Words that make a name a newspaper's, not a person's ("Gulf Daily", "Evening Standard").
_PAPER_WORDS = frozenset(
    str.split(
        "daily news times post journal herald tribune gazette courier telegraph press today monitor"
        " observer chronicle review express standard mail star sun agency online zeitung rundschau"
        " presse nachrichten gazeta dziennik kurier hírlap napló nemzet corriere gazzetta giornale"
        " messaggero stampa quotidien известия газета правда"
    )
)
_NOT_NAMES = frozenset(
    [
        "select",
        "page",
        "home",
        "menu",
        "print",
        "comment",
        "comments",
        "share",
        "adjust",
        "search",
        "subscribe",
        "login",
        "email",
        "advertisement",
        "related",
        "coverage",
        "news",
        "opinion",
        "archive",
        "english",
        "more",
        "latest",
        "video",
        "photos",
        "world",
        # a byline that names a desk, not a person: "Reuters Staff", "Times of Israel Staff"
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "editors",
        "editorial",
        "desk",
        "team",
        "agencies",
        "wires",
        "redaktion",
        "rédaction",
        "redazione",
        "redakcja",
        "szerkesztőség",
        "редакция",
        "redação",
        "redacao",
        "redactie",
        "redakce",
        "редакція",
        "σύνταξη",
        "מערכת",
        "تحریریه",
        "merkezi",
    ]
)


def byline_name(line: str) -> str | None:
    """The name a byline gives ("By HERB KEINON", "Autor: Tomasz Wielgosz (PAP)", "كتب: ...").

    A name that is an outlet's ("RFI - Radio France Internationale", "أبوظبي - سكاي نيوز
    عربية") is the site or the desk, not a writer.
    """
    name = _byline_name(line)
    if name is None or is_known_outlet(name) or outlet_named_in(name) is not None:
        return None
    return name


def _byline_name(line: str) -> str | None:
    filed = _FILED_FROM.match(line)
    if filed is not None:
        name = filed.group("name")
        return name_case(name) if is_name(name) else _names(name)
    byline = _BYLINE.match(line)
    if byline is not None:
        name = _BYLINE_TAIL.sub("", byline.group("name").strip())
        if is_name(name):
            return name_case(name)
        if caseless_name(name) is not None:  # "بقلم سامر حداد", "מאת דנה לוי"
            return caseless_name(name)
    city_first = _CITY_FIRST.match(line)
    if city_first is not None and len(line) < 70:
        place, name = city_first.group("place"), city_first.group("name")
        # without "By", only a name in capitals: "WORLD - Netanyahu Meets Putin" is a headline
        labelled = city_first.group("label") is not None
        # a middle dot after a city in capitals sets it apart from the name as "By" would
        dotted = city_first.group("dash") == "·" and place.isupper()
        if (labelled or dotted or (place.isupper() and name.isupper())) and is_name(name):
            return name_case(name)
    several = _BYLINE_CUE.match(line)
    if several is not None:
        return _names(_BYLINE_TAIL.sub("", line[several.end() :].strip(" |")))
    arabic = _ARABIC_BYLINE.match(line.strip())
    if arabic is not None and len(line) < 60:
        return arabic.group("name")
    return None


# A word of a script without capitals (Arabic, Persian, Hebrew), where a name cannot be
# told by its case: "وسام فرحات الشامي", "דנה כהן-לוי".
_CASELESS_WORD = re.compile(
    r"^[\u0590-\u05ff\u0600-\u06ff\u200c]{2,}(?:-[\u0590-\u05ff\u0600-\u06ff]{2,})?$"
)


def caseless_name(line: str) -> str | None:
    """A line of two to four words in a script without capitals, as a name stands alone.

    Such a line is only a name by where it stands (beside the date line); this says
    only that it could be one: no digits, no punctuation, not an outlet's name.
    """
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(_CASELESS_WORD.match(w) for w in words):
        return None
    if is_known_outlet(line) or outlet_named_in(line) is not None:
        return None
    return " ".join(words)


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names after the writer ("By Jane Doe, Gulf Daily", "(PAP)")."""
    byline = _BYLINE.match(line)
    if byline is None:
        return None
    tail = line[byline.end("name") :].strip(" |")
    name = tail.strip("()").lstrip(",/ ").strip()
    if not name or len(name.split()) > 4 or re.search(r"\b(?:and|with)\b", name, re.I):
        return None
    if outlet_named_in(name) is not None or is_known_outlet(name):
        return outlet_named_in(name) or canonical_outlet(name)
    if not SITE_NAME.match(name):
        return None
    # an unknown name counts only when it reads as a paper's: "Moskau" is where the writer is
    looks_like_paper = any(w.casefold() in _PAPER_WORDS for w in name.split())
    return canonical_outlet(name) if looks_like_paper else None


# An editor's initials a site sets before or after the writer's name, with a slash:
# "dk/ Jan Kowalski", "Jan Kowalski /mm".
_EDITOR_INITIALS = re.compile(r"^\s*[^\W\d_]{1,4}\s*/\s*(?=\S)|\s*/\s*[^\W\d_]{1,4}\s*$")


def names_only_an_outlet(line: str) -> bool:
    """True for a byline that names an agency or a paper and no writer ("By REUTERS")."""
    cue = _BYLINE_CUE.match(line)
    if cue is None:
        return False
    rest = line[cue.end() :].strip(" |()")
    if not 0 < len(rest.split()) <= 4 or re.search(r",|\s(?:and|und|et|y|i|e)\s", rest):
        return False  # "By Jane Doe, Haaretz" names a writer beside the paper
    return is_known_outlet(rest) or outlet_named_in(rest) is not None


_OUTLET_AFTER_DASH = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+(?P<outlet>[^-–—]{2,40})$")


def bare_name(line: str) -> str | None:
    """A line that is only a name, maybe with its wire ("Noa Ben-Ami and news agencies").

    A byline ("By The Associated Press") is read by ``byline_name``, which gives no writer
    for an outlet; it is not a name of its own.
    """
    line = _initials_off(line)
    if _BYLINE.match(line) is not None or _BYLINE_CUE.match(line) is not None:
        return None
    dashed = _OUTLET_AFTER_DASH.match(line)
    if dashed is not None and (
        is_known_outlet(dashed.group("outlet")) or outlet_named_in(dashed.group("outlet"))
    ):
        line = dashed.group("name")  # "Jane Doe — Reuters"
    name = _BYLINE_TAIL.sub("", line.strip(" |"))
    if is_known_outlet(name) or outlet_named_in(name) is not None:
        return None
    return name_case(name) if is_name(name) else _names(name)


def _initials_off(line: str) -> str:
    """The line without an editor's initials in lower case beside a slash ("dk/ Jan Nowak")."""
    match = _EDITOR_INITIALS.search(line)
    if match is None or not match.group(0).strip(" /").islower():
        return line
    return line[: match.start()] + line[match.end() :]


def _names(text: str) -> str | None:
    """Two or three writers ("Jane Doe and John Roe", "Jane Doe, John Roe"), as printed."""
    parts = [
        p.strip()
        for p in re.split(r",\s*|\s+(?:and|AND|und|UND|et|ET|e|i|és|и|і|y|en|ve|a|και)\s+", text)
    ]
    if 1 < len(parts) <= 3 and all(is_name(p) for p in parts):
        return name_case(text)
    return None


def names_a_desk(text: str) -> bool:
    """True for a byline that names a desk or a newsroom, not a writer ("Reuters Staff")."""
    return any(w.casefold().strip(".,") in _NOT_NAMES for w in text.split())


def is_name(text: str) -> bool:
    """A person's name as bylines print it, in any case ("HERB KEINON", "Matthias von Hein")."""
    words = text.split()
    if not 1 < len(words) <= 5 or any(w.lower() in _NOT_NAMES for w in words):
        return False
    return _NAME.match(name_case(text)) is not None


# The words that join two writers' names printed in capitals ("JANE DOE AND JOHN ROE").
_LINKS = frozenset(["AND", "UND", "ET", "EN", "VE", "ΚΑΙ"])


def _capitalised(word: str) -> str:
    """A word in capitals with a capital after each hyphen or apostrophe ("O'Connell-Price")."""
    return re.sub(r"(?:^|(?<=[-'’]))(\w)(\w*)", lambda m: m[1].upper() + m[2].lower(), word)


def name_case(text: str) -> str:
    """A name printed in capitals, in ordinary capitalisation; any other name as it is."""
    if text.isupper():
        return " ".join(
            w.lower() if w in _LINKS else _capitalised(w) if len(w) > 1 else w for w in text.split()
        )
    return " ".join(text.split())


def reporter_in(lines: list[str]) -> str | None:
    """The writer a wire story credits below it: "(Reporting by Jane Doe; Editing by ...)"."""
    for line in lines:
        credit = _REPORTING.match(line)
        if credit is not None and is_name(credit.group("name")):
            return name_case(credit.group("name"))
    return None
