"""Rules that start at a trigger word the automaton found: dates, money, titled people, cues."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

from briefing_tui.entities.cues import (
    EVENT_CUE,
    GOVERNMENT,
    KIN,
    MONTH,
    MONTH_AMBIGUOUS,
    MONTH_SURNAMES,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAMES,
    ORG_CUE,
    ORG_CUE_OF,
    PAPER_HEADS,
    PLACE_CUE,
    SETTLEMENT,
    SITE_AFTER,
    SYMBOL,
    TITLE,
    TRIGGERS,
    WEEKDAY,
    mention_of,
    open_left,
    word_before,
)
from briefing_tui.entities.mention import Mention, new_mention
from briefing_tui.entities.wordlists import words

_PARTICLES = (
    r"(?:al|el|bin|ibn|bint|abu|Abu|ben|de|da|di|del|della|van|von|der|den|la|le|du|dos|das|ter)"
)
# A name word: "Putin", "McFaul", "Ben-Gurion", "Ze'ev", "O'Brien", or an initial ("J.").
# Apostrophes and hyphens of every form are folded to ASCII first; "'s" ends a word.
_U = f"[{NAME_UPPER}]"
_L = f"[{NAME_LOWER}]"
_NAME_TOKEN = (
    rf"(?:{_U}(?:{_L}*{_U}{_L}+|{_L}*'(?!s\b)[{NAME_UPPER}{NAME_LOWER}]{_L}+"
    rf"|{_L}+(?:-[{NAME_UPPER}{NAME_LOWER}]{_L}+)?|\.))"
)
_NAME_GAP = rf"(?:(?:[ ]+{_PARTICLES})+[ ]+|[ ]+{_PARTICLES}-|[ ]+)"
_NAME = re.compile(rf"[ ]+({_NAME_TOKEN}(?:{_NAME_GAP}{_NAME_TOKEN}){{0,3}})")
_CAP_TOKEN = r"(?:People's|[A-Z][A-Za-z.&-]*(?<=s)'|[A-Z][A-Za-z.&-]*)"
_RUN_BEFORE = re.compile(rf"((?:{_CAP_TOKEN}[ ]+(?:(?:of|and|for|the|de)[ ]+)?){{1,4}})$")
_OF_AFTER = re.compile(
    rf"[ ]+(?:of|for)[ ]+(?:the[ ]+)?"
    rf"({_CAP_TOKEN}(?:[ ]+(?:and[ ]+|for[ ]+|of[ ]+)?{_CAP_TOKEN}){{0,3}})"
)
_ROMAN_AFTER = re.compile(r"[ ]+(?:I|II|III|IV)\b")

_DATE_PREFIX = re.compile(
    r"(?:\b(?:the (?:end|beginning|middle|start) of |(?:early|late|mid|last|next|this|end)[ -])"
    r"|mid-|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?)$"
)
_DATE_AFTER = re.compile(r"(?:[ ](\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?[ ](\d{4})\b)?")
_MONTH_CONTEXT = frozenset(
    words(
        """
        in of since until till by from before after during through early late mid last next
        this and or to between around
        """
    )
)
_AMOUNT_AFTER = re.compile(
    r"[ ]?\d[\d,]*(?:\.\d+)?(?:[ ]?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?"
)


def _date_from_month(text: str, folded: str, start: int, end: int, kind: int) -> Mention | None:
    """A month with what dates it: "February 26, 2019", "mid-September", "the end of June"."""
    new_end = end
    if folded[end : end + 1] in _DAY_OR_YEAR_START and (
        folded[end + 1 : end + 2] == " " or folded[end + 1 : end + 2].isdigit()
    ):
        after = _DATE_AFTER.match(folded, end)
        if after is not None:
            new_end = after.end()
    new_start = start
    if start and folded[start - 1] in " -" and _may_prefix_date(folded, start - 1):
        window = folded[max(0, start - 24) : start]
        before = _DATE_PREFIX.search(window)
        if before is not None:
            new_start = start - (len(window) - before.start())
    if (
        kind == MONTH_AMBIGUOUS
        and new_end == end
        and new_start == start
        and word_before(folded, start) not in _MONTH_CONTEXT
    ):
        return None
    if new_start < start and folded[new_start].isupper() and folded[new_start] != "T":
        new_start = start
    if new_start == start and new_end == end:
        span = text[start:end]
        return new_mention(Mention, (start, end, span, "DATE", span))
    return mention_of(text, new_start, new_end, "DATE")


# How the text just before the space or hyphen ends when ``_DATE_PREFIX`` can match.
_PREFIX_ENDINGS = tuple(words("of early late mid last next this end st nd rd th"))


def _may_prefix_date(folded: str, gap: int) -> bool:
    """False when the text before ``gap`` cannot end a ``_DATE_PREFIX`` (skips the search)."""
    return folded.endswith(_PREFIX_ENDINGS, 0, gap) or folded[gap - 1 : gap].isdigit()


_DAY_OR_YEAR_START = frozenset({" ", ","})
_WEEKDAY_PREFIXES = ("last ", "next ", "this ")


def _date_from_weekday(text: str, folded: str, start: int, end: int, _: int) -> Mention | None:
    """A weekday, with "last", "next" or "this" when written before it."""
    if (
        start >= 5
        and folded[start - 5 : start] in _WEEKDAY_PREFIXES
        and (start == 5 or not folded[start - 6].isalnum())
    ):
        return mention_of(text, start - 5, end, "DATE")
    span = text[start:end]
    return new_mention(Mention, (start, end, span, "DATE", span))


def _person_after_title(text: str, folded: str, start: int, end: int, kind: int) -> Mention | None:
    """The name after a title ("President Joe Biden"), without the title."""
    if not folded[end + 1 : end + 2].isupper():
        return None
    found = _NAME.match(folded, end)
    if found is None:
        return None
    name_start = found.start(1)
    name_end = found.end(1)
    tokens = folded[name_start:name_end].split()
    if _NAME_STOPS.isdisjoint(tokens):
        kept_end = name_end
        count = sum(map(str.isupper, map(_FIRST, tokens)))
    else:
        kept_end = name_start
        count = 0
        for token in _WORD.finditer(folded, name_start, name_end):
            word = token.group()
            if word in _NAME_STOPS and not (
                word in MONTH_SURNAMES and count and _surname_not_date(folded, token.end())
            ):
                break
            kept_end = token.end()
            if word[0].isupper():
                count += 1
    line = text.find("\n", name_start, kept_end)
    if line >= 0:
        kept_end = len(folded[:line].rstrip(" "))
        count = sum(map(str.isupper, map(_FIRST, folded[name_start:kept_end].split())))
    if count == 0 or (count < 2 and folded[start:end] in _WEAK_TITLES):
        return None
    if folded[kept_end - 1] == "." and kept_end - folded.rfind(" ", name_start, kept_end) > 3:
        kept_end -= 1
    return mention_of(text, name_start, kept_end, "PERSON")


_WORD = re.compile(r"[^ ]+")
# Month names that are also surnames ("Theresa May"): after a given name they stay in it.


def _surname_not_date(folded: str, end: int) -> bool:
    """True when no day or year follows the month-like word that ends at ``end``."""
    after = folded[end : end + 3].lstrip(" ,")
    return not after[:1].isdigit()


_FIRST = itemgetter(0)
# A word that ends the name after a title: a stop word, a trigger, or a trigger without its dot.
_NAME_STOPS = NOT_NAMES | frozenset(TRIGGERS) | frozenset(w[:-1] for w in TRIGGERS if w[-1] == ".")
_PLACES_WITH_OF = frozenset(
    words(
        """
        Strait Gulf Bay Sea Isle Island Islands Valley Church Cathedral Basilica Mosque
        Monastery
        """
    )
)

_WEAK_TITLES = frozenset({"General", "Captain", "Justice", "Judge", "Director", "Speaker"})


def _cue_run(text: str, folded: str, start: int, end: int, kind: int) -> Mention | None:
    new_end = end
    if kind == ORG_CUE_OF or folded[start:end] in _PLACES_WITH_OF:
        after = _OF_AFTER.match(folded, end)
        if after is not None:
            new_end = _within_sentence(text, folded, end, after.end())
    elif kind == EVENT_CUE:
        roman = _ROMAN_AFTER.match(folded, end)
        if roman is not None:
            new_end = roman.end()
    window = folded[max(0, start - 80) : start]
    run = _RUN_BEFORE.search(window) if _may_end_run(window) else None
    new_start = start
    if run is not None:
        offset = start - len(window) + run.start(1)
        tokens = [(m.start() + offset, m.group()) for m in re.finditer(r"\S+", run.group(1))]
        tokens = _after_last_break(text, tokens, start)
        if tokens and open_left(folded, tokens[0][0]):
            for index in range(len(tokens) - 2, -1, -1):
                if TRIGGERS.get(tokens[index][1]) in _CUE_TYPES and tokens[index + 1][1].islower():
                    tokens = tokens[index + 1 :]
                    break
            the = (
                tokens[0][1] == "The"
                and kind == ORG_CUE
                and folded[start:end] in PAPER_HEADS
                and _mid_sentence(folded, tokens[0][0])
            )
            while tokens and (
                (tokens[0][1] in NOT_NAMES and tokens[0][1] not in _KEEP_IN_ORG)
                or not tokens[0][1][0].isupper()
            ):
                if the and len(tokens) > 1 and tokens[0][1] == "The":
                    break
                tokens.pop(0)
            if tokens:
                new_start = tokens[0][0]
    if new_start == start and new_end == end:
        return None
    return mention_of(text, new_start, new_end, _CUE_TYPES[kind])


def _mid_sentence(folded: str, at: int) -> bool:
    """True when a word at ``at`` follows another word of its sentence."""
    before = folded[max(0, at - 3) : at].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


_RUN_JOINERS = frozenset(words("of and for the de"))
# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    words(
        """
        Mr. Mrs. Ms. Dr. St. Sen. Rep. Gen. Col. Lt. Maj. Brig. Capt. Adm. Prof. Jr. Sr. Inc.
        Ltd. Co. Corp. No. Mt. Ft. Gov. Sgt. Cpl. Pvt.
        """
    )
)


def ends_sentence(word: str) -> bool:
    """True when ``word`` ends with a full stop (or ! or ?) that closes its sentence.

    Abbreviations ("Dr."), initials ("J.") and dotted acronyms ("U.S.") do not.
    """
    if word[-1:] in "!?":
        return bool(word)
    if word[-1:] != "." or word in _ABBREVIATIONS:
        return False
    body = word[:-1]
    return len(body) > 1 and "." not in body


def _after_last_break(text: str, tokens: list[tuple[int, str]], end: int) -> list[tuple[int, str]]:
    """The tokens after the last sentence end or line break before ``end``."""
    for index in range(len(tokens) - 1, -1, -1):
        at, word = tokens[index]
        following = tokens[index + 1][0] if index + 1 < len(tokens) else end
        if ends_sentence(word) or "\n" in text[at + len(word) : following]:
            return tokens[index + 1 :]
    return tokens


def _within_sentence(text: str, folded: str, start: int, end: int) -> int:
    """``end``, or where the sentence or line that holds ``start`` ends before it."""
    line = text.find("\n", start, end)
    if line >= 0:
        end = line
    for token in _WORD.finditer(folded, start, end):
        if ends_sentence(token.group()):
            return token.end() - 1
    return len(folded[:end].rstrip(" ")) if line >= 0 else end


def _may_end_run(window: str) -> bool:
    """False when ``window`` cannot end with a ``_RUN_BEFORE`` match (skips the search).

    Such a run ends in spaces, after a joining word or a word with a capital.
    """
    if window[-1:] != " ":
        return False
    head = window.rstrip(" ")
    word = head[head.rfind(" ") + 1 :]
    return bool(word) and (not word.islower() or word in _RUN_JOINERS)


_CUE_TYPES = {ORG_CUE: "ORG", ORG_CUE_OF: "ORG", EVENT_CUE: "EVENT", PLACE_CUE: "PLACE"}
_KEEP_IN_ORG = frozenset(
    words(
        """
        Foreign Defense Defence Interior Finance State National Security Federal Supreme
        United Islamic Democratic General Republic Party Government Prime People's
        """
    )
)


def _money_after_symbol(text: str, folded: str, start: int, end: int, _: int) -> Mention | None:
    amount = _AMOUNT_AFTER.match(folded, end)
    if amount is None:
        return None
    return mention_of(text, start, amount.end(), "MONEY")


def _site_word(text: str, folded: str, start: int, end: int, kind: int) -> Mention | None:
    """Nothing here: the layout pass names the site next to the word."""
    return None


_GOVERNMENT_OF = re.compile(r"\bthe ([A-Z][a-z]+) $")


def _surname_of_government(
    text: str, folded: str, start: int, end: int, kind: int
) -> Mention | None:
    """The surname that names a government ("the Obama administration") is a person's."""
    before = _GOVERNMENT_OF.search(folded, max(0, start - 24), start)
    if before is None or before.group(1) in NOT_NAMES or before.group(1) in TRIGGERS:
        return None
    return mention_of(text, before.start(1), before.end(1), "PERSON")


# Words that may stand between kin and the name ("her late husband", "il fratello
# maggiore", "его младший брат" reads the other way and needs none).
_KIN_BETWEEN = frozenset(
    words("late elder older younger eldest youngest maggiore minore aîné cadet mayor menor")
)
_LONE_WORD = re.compile(rf"[ ]([{NAME_UPPER}][{NAME_LOWER}]+)(?![{NAME_UPPER}{NAME_LOWER}'-])")
_PLACE_WORDS = re.compile(
    rf"[ ]({_U}{_L}+(?:[- ]{_U}{_L}+){{0,2}})(?![{NAME_UPPER}{NAME_LOWER}'-])"
)


def _lone_name_after(folded: str, end: int) -> tuple[int, int] | None:
    """One capitalised word after ``end`` with no capitalised word after it."""
    word = _LONE_WORD.match(folded, end)
    if word is None or word.group(1) in NOT_NAMES or word.group(1) in TRIGGERS:
        return None
    after = word.end()
    if folded[after : after + 1] == " " and folded[after + 1 : after + 2].isupper():
        return None
    return word.start(1), word.end(1)


def _person_after_kin(text: str, folded: str, start: int, end: int, _: int) -> Mention | None:
    """A name given alone after kin ("his wife Sara", "il fratello maggiore Viktor")."""
    if folded[end : end + 1] != " ":
        return None
    space = folded.find(" ", end + 1)
    if 0 < space - end <= 12 and folded[end + 1 : space] in _KIN_BETWEEN:
        end = space
    span = _lone_name_after(folded, end)
    return None if span is None else mention_of(text, span[0], span[1], "PERSON")


def wives_named(text: str, folded: str) -> list[Mention]:
    """The name after each "wife" ("his wife Sara"), which is no automaton key.

    As a key it would send every English word that starts with "w" down the automaton;
    one search of the text costs a fraction of that.
    """
    found: list[Mention] = []
    at = folded.find("wife ")
    while at >= 0:
        if at > 0 and folded[at - 1] == " ":
            mention = _person_after_kin(text, folded, at, at + 4, KIN)
            if mention is not None:
                found.append(mention)
        at = folded.find("wife ", at + 5)
    return found


def _place_after_settlement(
    text: str, folded: str, start: int, end: int, kind: int
) -> Mention | None:
    """The place a settlement's noun or "near" announces ("village of Mishmar Ha'emek")."""
    match = _PLACE_WORDS.match(folded, end)
    if match is None or match.group(1).split()[0] in NOT_NAMES:
        return None
    return mention_of(text, match.start(1), match.end(1), "PLACE")


BY_KIND: dict[int, Callable[[str, str, int, int, int], Mention | None]] = {
    MONTH: _date_from_month,
    MONTH_AMBIGUOUS: _date_from_month,
    WEEKDAY: _date_from_weekday,
    TITLE: _person_after_title,
    ORG_CUE: _cue_run,
    ORG_CUE_OF: _cue_run,
    EVENT_CUE: _cue_run,
    PLACE_CUE: _cue_run,
    SYMBOL: _money_after_symbol,
    SITE_AFTER: _site_word,
    GOVERNMENT: _surname_of_government,
    KIN: _person_after_kin,
    SETTLEMENT: _place_after_settlement,
}
