"""Organisations and people in the languages other than English that no table lists.

A body's name is built on a head noun ("Instytutu Pamięci Narodowej",
"Федеральной таможенной службы", "ENSZ Közgyűlésén"): Polish capitalises every
word of it, Russian and Ukrainian only the first, with the country's name closing
it ("Федерации еврейских общин России"); French, Spanish, Italian and Czech put
the capitalised head first and what it is of after it ("Institut des relations
internationales", "Ministerio de Asuntos Exteriores", "Ministerstvo zahraničních
věcí"), up to a verb, an article or a stop. A place read from a single word that is
directly followed by an unknown capitalised word is a given name before a
surname ("Marek Magierowski", "Naamy Issachar", "Александр Печерский").
"""

from __future__ import annotations

import re

from briefing_tui.entities.cues import NOT_NAMES, is_role, mention_of
from briefing_tui.entities.given_names import GIVEN_NAMES
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.overlaps import fill, resolve
from briefing_tui.entities.wordlists import words

# Stems of the nouns that head a body's name, in lower case.
_HEADS = {
    "pl": tuple(
        words(
            """
            instytut ośrod centrum centr kongres ministerstw komitet rada rady radzie radę radą
            związ federacj
            fundacj agencj urząd urzędu urzędzie parti sejm senat trybunał sąd sądu muzeum
            uniwersytet stowarzyszeni organizacj służb kancelari zgromadzeni ambasad bank
            """
        )
    ),
    "ru": tuple(
        words(
            """
            федерац министерств служб комитет совет союз арми агентств управлени партии
            партия конгресс фонд правительств дума думы госдум академи университет институт
            организац ассоциац
            """
        )
    ),
    "uk": tuple(
        words(
            """
            федерац міністерств служб комітет рад союз арм агентств управлін парті конгрес
            фонд уряд академі університет інститут організац асоціац центр
            """
        )
    ),
    "hu": tuple(
        words(
            """
            közgyűlés tanács bizottság minisztérium kormány parlament hivatal szervezet
            kongresszus
            """
        )
    ),
}
# Capitalised head nouns that open a body's name in French, Spanish, Italian and Czech.
_HEADS_FIRST = frozenset(
    words(
        """
        Ministère Ministerio Ministero Ministerstvo Ministerstva Ministerstvu Institut
        Instituto Istituto Institutu Ústav Ústavu Centre Centro Centrum Conseil Consejo
        Consiglio Rada Rady Agence Agencia Agenzia Agentura Agentury Comité Comitato
        Commission Comisión Commissione Komise Université Universidad Università Univerzita
        Univerzity Fondation Fundación Fondazione Nadace Parti Partido Partito Strana
        Observatoire Observatorio Osservatorio Assemblée Asamblea Assemblea Cour Tribunal
        Tribunale Soud Service Servicio Servizio Služba Forces Fuerzas Forze Armée Ejército
        Esercito Armáda Ambassade Embajada Ambasciata Velvyslanectví Office Oficina Ufficio
        Úřad Úřadu Direction Dirección Direzione Banque Banco Banca Académie Academia
        Accademia Akademie Fédération Federación Federazione Federace Union Unión Unione
        Association Asociación Associazione Sdružení Organisation Organización
        Organizzazione Organizace Mouvement Movimiento Movimento Hnutí Fondo Fonds Fond
        """
    )
)
# Words inside such a name ("des", "de la", "per gli") and words that end it.
_JOINERS = frozenset(
    words(
        """
        de des du la del de los las della delle dello degli dei di per pour para por y et e
        i a pro the of for and d l
        """
    )
)
_ENDERS = frozenset(
    words(
        """
        a à au aux avec dans en sur par est sont ont été le les un une qui que ce cette il
        elle ils se sa son ses leur el los un una que es son ha han fue en con se su sus al
        lo il gli le uno che è sono ha hanno ad da su si suo sua con ne nel nella je jsou
        byl byla bylo se na ve v ze z k ke do od po že který která které jeho její
        """
    )
)
# Articles that stay inside a name after a joiner ("per gli studi", "de los Andes").
_ARTICLES = frozenset(words("le la les il lo gli el los las l"))
_HEAD_FIRST_LANGUAGES = ("fr", "es", "it", "cs")
_LONGEST_AFTER_HEAD = 6
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Endings of Russian verbs and short forms, which never continue a body's name.
_RU_VERB = ("ла", "ло", "ли", "ал", "ил", "ел", "ет", "ит", "ют", "ят", "ся", "ть")
_RU_OF = frozenset(words("дел"))
_RU_ADJECTIVE = (
    "ая",
    "ой",
    "ый",
    "ий",
    "ое",
    "ые",
    "ых",
    "их",
    "ого",
    "его",
    "ей",
    "ую",
    "ем",
    "ої",
    "ій",
    "і",
)


def _head(word: str, heads: tuple[str, ...]) -> bool:
    return word.lower().startswith(heads)


def bodies_and_people(text: str, language: str, known: list[Mention]) -> list[Mention]:
    """``known`` with the bodies and given names these languages write found too."""
    heads = _HEADS.get(language)
    if heads is None and language not in _HEAD_FIRST_LANGUAGES:
        return known
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    at = {m.start: m for m in known}
    if heads is None:
        orgs = _heads_first(text, tokens, at)
    elif language == "pl":
        orgs = _capitalised_bodies(text, tokens, at, heads)
    elif language in ("ru", "uk"):
        orgs = _russian_bodies(text, tokens, at, heads)
    else:
        orgs = _joined_heads(text, known, heads)
    # A known place keeps its span ("Związku Radzieckiego"); a person read from a
    # title gives way to the body ("przewodniczącego Europejskiego Kongresu Żydów").
    orgs = [
        o for o in orgs if (m := at.get(o.start)) is None or m.end != o.end or m.type == "PERSON"
    ]
    out = resolve(orgs, known) if orgs else known
    out = _given_before_surname(text, out)
    return _given_and_surname(text, tokens, out)


def _spaced(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    return text[left[1] : right[0]] == " "


def _capitalised_bodies(
    text: str, tokens: list[tuple[int, int, str]], at: dict[int, Mention], heads: tuple[str, ...]
) -> list[Mention]:
    """Runs of capitalised words, one of them a head noun, up to a person's name."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        j = i
        while (
            j < len(tokens)
            and tokens[j][2][0].isupper()
            and (j == i or _spaced(text, tokens[j - 1], tokens[j]))
            and not _given_name(tokens[j][2])
            and not (j > i and (m := at.get(tokens[j][0])) is not None and m.type == "PERSON")
        ):
            j += 1
        k = i
        while k < j and (is_role(tokens[k][2].lower()) or tokens[k][2] in NOT_NAMES):
            k += 1
        if j - k >= 2 and any(_head(t[2], heads) for t in tokens[k:j]):
            found.append(mention_of(text, tokens[k][0], tokens[j - 1][1], "ORG"))
        i = max(j, i + 1)
    return found


def _heads_first(
    text: str, tokens: list[tuple[int, int, str]], at: dict[int, Mention]
) -> list[Mention]:
    """A capitalised head noun and the words of what it is, up to a stop or an ending word.

    "Institut français des relations internationales", "Istituto per gli studi di
    politica internazionale", "Ministerstvo zahraničních věcí České republiky".
    """
    found: list[Mention] = []
    count = len(tokens)
    i = 0
    while i < count:
        if tokens[i][2] not in _HEADS_FIRST:
            i += 1
            continue
        last = i
        capitalised = False  # after a capitalised word, a small one ends the name
        k = i + 1
        while k < count and k - i <= _LONGEST_AFTER_HEAD:
            gap = text[tokens[k - 1][1] : tokens[k][0]]
            word = tokens[k][2]
            lower = word.lower()
            after_joiner = tokens[k - 1][2].lower() in _JOINERS
            if gap not in (" ", "'", "’") or (
                lower in _ENDERS and not (after_joiner and lower in _ARTICLES)
            ):
                break
            known = at.get(tokens[k][0])
            if known is not None and known.type == "PERSON":
                break
            if lower not in _JOINERS:
                if word[0].isupper():
                    capitalised = True
                elif capitalised:
                    break
                last = k
            k += 1
        if last > i:
            found.append(mention_of(text, tokens[i][0], tokens[last][1], "ORG"))
        i = last + 1
    return found


def _russian_bodies(
    text: str, tokens: list[tuple[int, int, str]], at: dict[int, Mention], heads: tuple[str, ...]
) -> list[Mention]:
    """A capitalised word, adjectives and a head noun, then what it is of and the country."""
    found: list[Mention] = []
    i = 0
    count = len(tokens)
    while i < count:
        word = tokens[i][2]
        if not word[0].isupper():
            i += 1
            continue
        j = i
        while (
            j < count
            and not _head(tokens[j][2], heads)
            and tokens[j][2].endswith(_RU_ADJECTIVE)
            and (j == i or (tokens[j][2][0].islower() and _spaced(text, tokens[j - 1], tokens[j])))
        ):
            j += 1
        if (
            j >= count
            or not _head(tokens[j][2], heads)
            or (
                j > i and (tokens[j][2][0].isupper() or not _spaced(text, tokens[j - 1], tokens[j]))
            )
        ):
            i += 1
            continue
        end = j
        k = j + 1
        while (
            k < count
            and k - j <= 3
            and _spaced(text, tokens[k - 1], tokens[k])
            and tokens[k][2][0].islower()
            and (tokens[k][2] in _RU_OF or not tokens[k][2].endswith(_RU_VERB))
        ):
            k += 1
        place = at.get(tokens[k][0]) if k < count else None
        if (
            k > j + 1
            and place is not None
            and place.type == "PLACE"
            and (_spaced(text, tokens[k - 1], tokens[k]))
        ):
            end = k
            while end + 1 < count and tokens[end + 1][1] <= place.end:
                end += 1
        if end > i:
            found.append(mention_of(text, tokens[i][0], tokens[end][1], "ORG"))
        i = end + 1
    return found


def _joined_heads(text: str, known: list[Mention], heads: tuple[str, ...]) -> list[Mention]:
    """A known body followed by a head noun of its own ("ENSZ Közgyűlésén")."""
    found: list[Mention] = []
    for mention in known:
        if mention.type != "ORG" or text[mention.end : mention.end + 1] != " ":
            continue
        word = _WORD.match(text, mention.end + 1)
        if word is not None and word.group()[0].isupper() and _head(word.group(), heads):
            found.append(mention_of(text, mention.start, word.end(), "ORG"))
    return found


def _given_before_surname(text: str, known: list[Mention]) -> list[Mention]:
    """A one-word place directly before an unknown capitalised word is a given name."""
    out: list[Mention] = []
    count = len(known)
    for index, mention in enumerate(known):
        if mention.type == "PLACE" and mention.text[0].isupper() and " " not in mention.text:
            end = mention.end
            word = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if (
                word is not None
                and word.group()[0].isupper()
                and not word.group().isupper()
                and word.group() not in NOT_NAMES
                and word.group() not in GIVEN_NAMES
                and (index + 1 == count or known[index + 1].start >= word.end())
                and not text[word.end() : word.end() + 2].lstrip(" ")[:1].isupper()
            ):
                out.append(mention_of(text, mention.start, word.end(), "PERSON"))
                continue
        out.append(mention)
    return out


def _given_and_surname(
    text: str, tokens: list[tuple[int, int, str]], known: list[Mention]
) -> list[Mention]:
    """A given name and a capitalised word after it that no other name covers."""
    people: list[Mention] = []
    count = len(tokens)
    for index in range(count - 1):
        first = tokens[index]
        if not first[2][0].isupper() or not _given_name(first[2]):
            continue
        last = index
        while (
            last + 1 < count
            and last - index < 2
            and _spaced(text, tokens[last], tokens[last + 1])
            and _surname(tokens[last + 1][2])
        ):
            last += 1
        if last > index:
            people.append(mention_of(text, first[0], tokens[last][1], "PERSON"))
    return fill(known, people) if people else known


# Case endings of given names in Polish and Russian ("Wiaczesława", "Naamy", "Борисом").
_GIVEN_ENDINGS = (
    "owi",
    "em",
    "om",
    "ом",
    "ым",
    "ой",
    "ем",
    "a",
    "u",
    "y",
    "ą",
    "ę",
    "а",
    "у",
    "е",
    "ы",
)


def _given_name(word: str) -> bool:
    if word in GIVEN_NAMES:
        return True
    for ending in _GIVEN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem in GIVEN_NAMES or stem + "a" in GIVEN_NAMES or stem + "а" in GIVEN_NAMES:
                return True
    return False


def _surname(word: str) -> bool:
    return (
        word[0].isupper()
        and not word.isupper()
        and word not in NOT_NAMES
        and word not in GIVEN_NAMES
    )
