"""Find where a search hit sits in a text and cut a one-line snippet around it.

The offsets are code points into the body exactly as the reader shows it,
so a result opens the article at the hit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing_tui.search.query import Term

CONTEXT = 70
FOLD_LIMIT = 2_000_000
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Snippet:
    """A short one-line excerpt and where the hit sits inside it."""

    text: str
    hit_start: int
    hit_end: int


def hit_pattern(terms: list[Term]) -> re.Pattern[str] | None:
    """One expression that finds any of the terms, the way the index tokenises text."""
    if not terms:
        return None
    return re.compile("|".join(f"(?:{t.pattern()})" for t in terms), re.IGNORECASE)


def _fold(text: str) -> str:
    """Drop accents one character at a time, so offsets still match the original."""
    out = []
    for char in text:
        if ord(char) < 128:
            out.append(char)
        else:
            base = unicodedata.normalize("NFD", char)[0]
            out.append(base if len(base) == 1 else char)
    return "".join(out)


def find_hit(text: str, pattern: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The first place a term occurs in the text (accents ignored), or ``None``."""
    if pattern is None:
        return None
    found = pattern.search(text)
    if found is None and len(text) <= FOLD_LIMIT and not text.isascii():
        found = pattern.search(_fold(text))
    return None if found is None else (found.start(), found.end())


def all_hits(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Every place a term occurs in the text, in order, for stepping through hits."""
    if pattern is None:
        return []
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not found and len(text) <= FOLD_LIMIT and not text.isascii():
        found = [(m.start(), m.end()) for m in pattern.finditer(_fold(text))]
    return found


def cut_snippet(text: str, start: int, end: int, context: int = CONTEXT) -> Snippet:
    """A one-line excerpt of ``text`` around ``[start, end)``, cut at word boundaries."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    lead = ("…" if left > 0 else "") + _one_line(text[left:start])
    hit = _one_line(text[start:end])
    tail = _one_line(text[end:right]) + ("…" if right < len(text) else "")
    return Snippet(lead + hit + tail, len(lead), len(lead) + len(hit))


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text)


def opening(text: str, context: int = CONTEXT * 2) -> Snippet:
    """The start of a text as a snippet, for results matched by filters only."""
    snippet = cut_snippet(text, 0, 0, context)
    return Snippet(snippet.text, 0, 0)
