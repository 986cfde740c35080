"""An outlet's Latin name from its name in another script: 'וואלה!' is Walla, 'РБК' is RBC.

A masthead in Hebrew, Arabic, Greek or Cyrillic letters and the Latin name the outlet
goes by spell the same consonants; so do its own web address and its name ('عنب بلدي'
on enabbaladi.net is Enab Baladi, 'النهار' on annahar.com is An-Nahar).
"""

from __future__ import annotations

import re
import unicodedata

from briefing_tui.ingest.known_outlets import AGENCIES, KNOWN_OUTLETS
from briefing_tui.ingest.naming import latin_letters

_LATIN = re.compile(r"[A-Za-z]")
_SOUNDS = str.maketrans("vqczx", "wkkss")
_SILENT = re.compile(r"[aeiouyh]")
# Arabic's article, as a name spells it in Latin: "al", or "a" and the doubled letter it
# takes before some consonants ("an-Nahar", "ash-Sharq").
_ARTICLE = re.compile(r"^(?:(?P<al>al)|(?P<a>a)(?=([tdrzsn])\3)|(?P<ash>a)(?=sh))(?=[a-z])")


def skeleton(latin: str) -> str:
    """The consonants a Latin spelling keeps, as transliterations agree on them."""
    letters = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", latin.lower()))
    letters = _SILENT.sub("", letters.replace("th", "t").replace("kh", "k").translate(_SOUNDS))
    return re.sub(r"(.)\1+", r"\1", letters)


def is_native(name: str) -> bool:
    """True for a name with no Latin letter in it ('النهار', 'РБК')."""
    return _LATIN.search(name) is None and any(c.isalpha() for c in name)


def known_outlet_spelled(native: str) -> str | None:
    """The known outlet whose Latin name a masthead in another script spells, if one does.

    The words may be followed by a section ('וואלה! חדשות' is Walla's news) or preceded
    by an article ('Η ΚΑΘΗΜΕΡΙΝΗ'); agencies' short names are left out, being too short
    to tell from another word.
    """
    words = [re.sub(r"[^a-z]", "", latin_letters(w)) for w in native.split()]
    starts = [0, 1] if len(words) > 1 and len(words[0]) <= 2 else [0]
    # the name's opening words, spelled in Latin: "vvalh", "vvalhkhdshvt"
    runs = [
        "".join(words[start:end]) for start in starts for end in range(start + 1, len(words) + 1)
    ]
    for canonical, aliases, domains in KNOWN_OUTLETS:
        if canonical in AGENCIES:
            continue
        for form in [canonical, *aliases, *(d.split(".")[0] for d in domains)]:
            letters = re.sub(r"[^a-z]", "", form.lower())
            if len(skeleton(form)) >= 2 and any(
                skeleton(run) == skeleton(form)
                and abs(len(run) - len(letters)) <= max(2, len(letters) // 3)
                for run in runs
            ):
                return canonical
    return None


def name_from_address(native: str, label: str) -> str | None:
    """The Latin name a site's address spells for its name in another script, word by word.

    'عنب بلدي' and enabbaladi give 'Enab Baladi'; 'النهار' and annahar give 'An-Nahar'.
    """
    words = [latin_letters(w) for w in native.split()]
    if not words or not label.isalpha() or not label.isascii():
        return None
    pieces = _align([skeleton(w) for w in words], label.lower())
    if pieces is None:
        return None
    return " ".join(pieces)


def _align(wanted: list[str], label: str) -> list[str] | None:
    if not wanted:
        return [] if not label else None
    first, rest = wanted[0], wanted[1:]
    article = ""
    if first.startswith("l") and (match := _ARTICLE.match(label)) is not None:
        # the article is spelled "al" in the script and assimilated in the address
        # "an" of "annahar" and "ash" of "asharq" share their letter with the name
        article = match.group("al") or match.group(0) + label[match.end()] + (
            "h" if match.group("ash") else ""
        )
        label, first = label[match.end() + (1 if match.group("a") else 0) :], first[1:]
    for end in range(1, len(label) + 1):
        piece = label[:end]
        if skeleton(piece) != first:
            continue
        tail = _align(rest, label[end:])
        if tail is not None:
            word = piece.capitalize()
            return [f"{article.capitalize()}-{word}" if article else word, *tail]
    return None


def latin_outlet(native: str, labels: list[str]) -> str | None:
    """The Latin name of an outlet named in another script: a known outlet's it spells,
    else one its address spells (``labels``, the names in the page's web addresses)."""
    known = known_outlet_spelled(native)
    if known is not None:
        return known
    for label in labels:
        name = name_from_address(native, label)
        if name is not None:
            return name.upper() if native.isupper() and len(name) <= 4 else name
    return None
