"""Names that the other languages give by their shape, where no table knows them.

- A paper or an agency in quotation marks after the noun that says what it is
  ('dziennika "Kommiersant"', 'газета «Ведомости»', 'le quotidien « Le Soir »'), or
  before the Hungarian "című" ("a Haarec című lap"), is an organisation.
- A single capitalised word after a preposition of place in Russian, Ukrainian and
  Polish ("суд в Химках", "w Kubince") is a place; a name of two words after one is
  left to the rules for people.
- A German compound on "-ministerium" is a body ("Außenministeriums"), and one joined
  by a hyphen to a site's noun is a place ("Bolschoi-Theater", "Rote-Platz").

A quoted paper's name wins over a shorter known name inside it ("«Северный вестник»"
is no town); the other hits only fill the gaps the known names leave.
"""

from __future__ import annotations

import re

from briefing_tui.entities.cues import NAME_LETTER, NAME_UPPER, mention_of
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.wordlists import words

_PAPER_NOUNS = {
    "pl": "dziennik dziennika dzienniku gazeta gazety gazecie tygodnik tygodnika agencja agencji",
    "ru": "газета газеты газете газету агентство агентства агентству издание издания журнал "
    "журнала телеканал телеканала радиостанция",
    "uk": "газета газети газеті агентство агентства видання журнал журналу телеканал",
    "it": "quotidiano giornale settimanale agenzia",
    "fr": "journal quotidien hebdomadaire agence",
    "es": "diario periódico semanario agencia",
    "cs": "deník deníku list listu týdeník týdeníku agentura agentury",
    "de": "Zeitung Zeitschrift Blatt Magazin Agentur Nachrichtenagentur",
    "hu": "napilap lap hetilap hírügynökség",
}
_OPEN = "\"«„“‘'"
_CLOSE = "\"»“”’'"
_QUOTED = f"[{_OPEN}][ ]?([{NAME_UPPER}][^{_CLOSE}\\n]{{1,40}}?)[ ]?[{_CLOSE}]"
_PAPER_QUOTED = {
    language: re.compile(rf"(?<![^\W\d_])(?:{'|'.join(words(nouns))}) {_QUOTED}")
    for language, nouns in _PAPER_NOUNS.items()
}
# "a Haarec című lap": the title before "című" (titled), up to three capitalised words.
_HU_TITLED = re.compile(
    rf"(?<![^\W\d_])([{NAME_UPPER}][{NAME_LETTER}'’-]*(?: [{NAME_UPPER}][{NAME_LETTER}'’-]*)"
    r"{0,2}) című"
)
_HU_ARTICLES = frozenset(words("A Az Egy"))
_PREPOSITIONS = {
    "ru": "в во на под около возле близ",
    "uk": "в у на під біля поблизу",
    "pl": "w we na pod koło",
}

_PLACE_AFTER = {
    language: re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(words(prepositions))}) "
        rf"([{NAME_UPPER}][{NAME_LETTER}]+)(?![{NAME_LETTER}'’-])(?! [{NAME_UPPER}])"
        rf"(?: ([{NAME_LETTER}]+))?"
    )
    for language, prepositions in _PREPOSITIONS.items()
}
# Endings of adjectives: a capitalised one after a preposition names a place only with
# a noun of place after it ("в Старом городе", "на Голанских высотах"); "w Starym
# Mieście" has two capitals and is left alone.
_ADJECTIVE_ENDINGS = tuple(
    words(
        """
        ый ий ой ая яя ое ее ые ие ых их ого его ому ему ым им ую юю ом ем ій ої ими
        ym im ej ą ego emu ych ich ymi imi
        """
    )
)
# Stems of the nouns of place such an adjective may name with.
_PLACE_NOUN_STEMS = tuple(
    words(
        """
        город высот подвор площад район област улиц мор озер долин гор остров полуостров
        пустын залив проспект бульвар кра міст висот майдан вулиц
        """
    )
)
_DE_MINISTRY = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜ][a-zäöüß]*ministeriums?(?![^\W\d_])")
_DE_SITE = re.compile(
    rf"(?<![^\W\d_-])([{NAME_UPPER}][{NAME_LETTER}]+-(?:Theater|Platz|Palast|Flughafen|"
    r"Kathedrale|Kirche|Moschee|Synagoge|Tor|Brücke|Straße|Allee))(?![^\W\d_])"
)


def quoted_papers(text: str, language: str) -> list[Mention]:
    """Papers and agencies named in quotation marks after their noun, sorted."""
    paper = _PAPER_QUOTED.get(language)
    if paper is None or not any(c in text for c in _OPEN):
        return []
    return [mention_of(text, m.start(1), m.end(1), "ORG") for m in paper.finditer(text)]


def shaped(text: str, language: str) -> list[Mention]:
    """The other organisations and places these shapes make, sorted, never overlapping."""
    found: list[Mention] = []
    if language == "hu" and " című" in text:
        for match in _HU_TITLED.finditer(text):
            start = match.start(1)
            first = match.group(1).split(" ", 1)
            if first[0] in _HU_ARTICLES:  # "A Haarec című lap": the article is no part
                if len(first) == 1:
                    continue
                start += len(first[0]) + 1
            found.append(mention_of(text, start, match.end(1), "ORG"))
    place = _PLACE_AFTER.get(language)
    if place is not None:
        for match in place.finditer(text):
            word, after = match.group(1), match.group(2)
            if word.isupper():
                continue
            if not word.endswith(_ADJECTIVE_ENDINGS):
                found.append(mention_of(text, match.start(1), match.end(1), "PLACE"))
            elif after is not None and after.islower() and after.startswith(_PLACE_NOUN_STEMS):
                found.append(mention_of(text, match.start(1), match.end(2), "PLACE"))
    if language == "de":
        found.extend(
            mention_of(text, m.start(), m.end(), "ORG") for m in _DE_MINISTRY.finditer(text)
        )
        found.extend(
            mention_of(text, m.start(1), m.end(1), "PLACE") for m in _DE_SITE.finditer(text)
        )
    found.sort()
    out: list[Mention] = []
    for mention in found:
        if not out or out[-1].end <= mention.start:
            out.append(mention)
    return out
