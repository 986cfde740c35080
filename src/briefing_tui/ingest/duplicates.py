"""Tell an article already in the corpus from a new one: same text, or nearly the same."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

SHINGLE_WORDS = 5
NEAR_DUPLICATE = 0.7

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    return _WORD.findall(folded)


def fingerprint(text: str) -> str:
    """A hash of the words of ``text``, blind to spacing, case and typographic quotes."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of five words, the units near-duplicates share."""
    words = _words(text)
    if len(words) < SHINGLE_WORDS:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(
        hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


@dataclass
class KnownTexts:
    """The bodies already in the corpus (and in this batch), to check new ones against."""

    exact: dict[str, str] = field(default_factory=dict)
    near: list[tuple[str, frozenset[int]]] = field(default_factory=list)

    def add(self, article_id: str, body: str) -> None:
        """Remember one article's body."""
        self.exact.setdefault(fingerprint(body), article_id)
        self.near.append((article_id, shingles(body)))

    def duplicate_of(self, body: str) -> tuple[str, str] | None:
        """The id of an article with the same or nearly the same text, and how alike they are."""
        same = self.exact.get(fingerprint(body))
        if same is not None:
            return same, "the same text as"
        mine = shingles(body)
        if not mine:
            return None
        for article_id, theirs in self.near:
            if not theirs:
                continue
            shared = len(mine & theirs)
            # Containment, so that a copy with a paragraph cut or added still counts.
            if shared / min(len(mine), len(theirs)) >= NEAR_DUPLICATE:
                share = round(100 * shared / max(len(mine), len(theirs)))
                return article_id, f"nearly the same text ({share}% shared) as"
        return None
