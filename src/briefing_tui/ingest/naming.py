"""Ids for new articles, made from their date, outlet and title, in ``[a-z0-9-]+``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Container

from briefing_tui.ids import is_valid_id

_LITTLE = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "at", "with", "from", "by", "s"}
_OUTLET_WORDS = {"the", "news", "times", "post", "daily"}


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)
_ARABIC = dict(
    zip(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ",
        [
            "a",
            "b",
            "t",
            "th",
            "j",
            "h",
            "kh",
            "d",
            "dh",
            "r",
            "z",
            "s",
            "sh",
            "s",
            "d",
            "t",
            "z",
            "a",
            "gh",
            "f",
            "q",
            "k",
            "l",
            "m",
            "n",
            "h",
            "w",
            "y",
            "a",
            "a",
            "a",
            "a",
            "i",
            "a",
            "w",
            "y",
        ],
        strict=True,
    )
)
# Greek (with its accented vowels), Hebrew (with its final forms) and the letters Persian
# adds to the Arabic alphabet.
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
        str.split("a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i y i y"),
        strict=True,
    )
)
_HEBREW = dict(
    zip(
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        str.split("a b g d h v z kh t y k k l m m n n s a p f ts ts k r sh t"),
        strict=True,
    )
)
_PERSIAN = dict(zip("پچژگکی", str.split("p ch zh g k y"), strict=True))
_TRANSLITERATION = str.maketrans(
    {
        k: ("" if v == "_" else v)
        for k, v in {**_CYRILLIC, **_ARABIC, **_GREEK, **_HEBREW, **_PERSIAN}.items()
    }
)


def slug(text: str, words: int = 6, skip: set[str] = _LITTLE) -> str:
    """A few plain words of ``text``, lower case and joined by hyphens (Cyrillic, Arabic,
    Persian, Greek and Hebrew letters spelled in Latin ones)."""
    text = re.sub("ο[υύ]", "ou", text.lower()).translate(_TRANSLITERATION)  # Greek "ου" is "ou"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("'", "")
    parts = [p for p in re.split(r"[^a-z0-9]+", ascii_text.lower()) if p and p not in skip]
    return "-".join(parts[:words])


def article_id(
    title: str, source: str | None, published: dt.date | None, taken: Container[str], body: str
) -> str:
    """A readable id not yet taken, such as ``2017-08-ledger-netanyahu-presses-putin-iran``."""
    pieces = [f"{published:%Y-%m}" if published else ""]
    if source:
        pieces.append(slug(source, 1, _LITTLE | _OUTLET_WORDS) or slug(source, 1))
    pieces.append(slug(title, 5) or "article-" + hashlib.sha256(body.encode()).hexdigest()[:8])
    base = "-".join(p for p in pieces if p)[:100].strip("-")
    if not is_valid_id(base):
        base = "article-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:10]
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def latin_letters(text: str) -> str:
    """The text in Latin letters (Cyrillic, Arabic, Persian, Greek and Hebrew spelled out)."""
    text = re.sub("ο[υύ]", "ou", text.lower()).translate(_TRANSLITERATION)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
