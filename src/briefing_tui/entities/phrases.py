"""Find every surface form of a gazetteer in a text in one pass, whole words only.

An Aho-Corasick automaton (pyahocorasick, in C) finds the leftmost longest
forms; Python then only checks the two characters around each hit.  The text
is folded first (same length), so a name broken by a no-break space or a line
break, or written with a curly apostrophe, matches its plain form.

Where the package was built with its C extension (``_scanner``), a word trie in C
does the same scan and builds the mentions itself, several times faster; the
automaton path stays as the reference and the fallback, and the tests hold the two
to the same results.  ``BRIEFING_NO_SPEEDUPS=1`` in the environment turns the
extension off.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

import ahocorasick

from briefing_tui.entities.gazetteer import _FOLD, fold
from briefing_tui.entities.mention import Mention, new_mention

_scanner: Any
try:
    from briefing_tui.entities import _scanner  # type: ignore[attr-defined,no-redef]
except ImportError:  # built without a C compiler: the automaton path does the work
    _scanner = None

# Whether new matchers use the C scan; tests turn it off to compare both paths.
FAST = _scanner is not None and not os.environ.get("BRIEFING_NO_SPEEDUPS")

DESIGNATOR = re.compile(r"^([A-Za-z]{1,5})-(\d{1,4}[A-Za-z]{0,4})$")


def designator_variants(form: str) -> list[str]:
    """Other spellings of a letters-digits designator: "S-300" also as "S300" and "S 300"."""
    found = DESIGNATOR.match(form)
    if found is None:
        return []
    letters, digits = found.groups()
    return [f"{letters}{digits}", f"{letters} {digits}"]


def _right_check(form: str) -> int:
    """How the end of a hit is checked: 0 never (ends in a symbol), 1 whole word, 2 plural too."""
    if form[-1:].islower():
        return 1
    if not form[-1:].isalnum():
        return 0
    if form[-1:].isdigit() or (len(form) > 1 and form[-1:].isupper() and form[-2:-1].isdigit()):
        return 2
    return 1


# Characters that open a quotation or an aside act as spaces for the matcher (same length).
_OPENERS = {
    "(": " ",
    "[": " ",
    "{": " ",
    '"': " ",
    "\u201c": " ",
    "\u201d": " ",
    "\u2018": " ",
    "\u00ab": " ",
    "\u00bb": " ",
    "/": " ",
    "*": " ",
    "_": " ",
}


if _scanner is not None:
    _scanner.set_maps(_FOLD, _OPENERS)


def fold_and_space(text: str) -> tuple[str, str]:
    """``fold(text)`` and ``spaced_text`` of it (in one pass in C, where built)."""
    if FAST:
        pair: tuple[str, str] = _scanner.fold_and_space(text)
        return pair
    folded = fold(text)
    return folded, spaced_text(folded)


def spaced_text(folded: str) -> str:
    """The folded text between two spaces, with openers made spaces too.

    The trailing space lets a hit's right edge be checked without a bounds test.
    """
    for char, replacement in _OPENERS.items():
        if char in folded:
            folded = folded.replace(char, replacement)
    return f" {folded} "


class PhraseMatcher:
    """Leftmost-longest, whole-word matching of many phrases, each with a type and a name.

    Every phrase is stored behind a space, so the automaton's root has a single
    branch and the scan only fans out at the start of a word (several times
    faster than a root with one branch per capital letter).  Words that start
    after a hyphen ("Tel Aviv-Israeli") or glued to a lowercase letter
    ("deliveredS-300") are looked up separately around each hyphen.  A phrase
    that ends in a digit is stored with its plural too ("S-300s"), so the one
    check left for each hit is that no letter or digit follows it.

    A phrase whose type is the empty string is a trigger: it is reported with
    ``name`` holding the trigger's kind, for the pattern rules to pick up.
    """

    def __init__(
        self, phrases: Iterable[tuple[str, str, str | int]], fast: bool | None = None
    ) -> None:
        self.fast = FAST if fast is None else fast and _scanner is not None
        self._automaton = ahocorasick.Automaton()
        self._trie = _scanner.WordTrie() if self.fast else None
        count = 0
        longest = 0
        plurals: list[tuple[str, str, str | int]] = []
        triggers = False
        for phrase, kind, name in phrases:
            if not phrase:
                continue
            right = _right_check(phrase)
            if not self._store(phrase, (len(phrase), right != 0, kind, name, _plain(phrase))):
                continue
            if right == 2:
                plurals.append((phrase + "s", kind, name))
            longest = max(longest, len(phrase))
            triggers = triggers or not kind
            count += 1
        for phrase, kind, name in plurals:
            self._store(phrase, (len(phrase), True, kind, name, _plain(phrase)))
        self.size = count
        self._longest = longest
        self._triggers = triggers
        if self._trie is not None:
            self._trie.freeze()
        elif count:
            self._automaton.make_automaton()

    def _store(self, phrase: str, value: tuple[int, bool, str, str | int, str]) -> bool:
        """Store a phrase unless it is already there (the first one stored wins)."""
        if self._trie is not None:
            return bool(self._trie.add(phrase, value))
        key = " " + phrase
        if key in self._automaton:
            return False
        self._automaton.add_word(key, value)
        return True

    def find(self, text: str, folded: str, spaced: str | None = None) -> list[Mention]:
        """Every whole-word hit in order, never overlapping (triggers included).

        ``folded`` is ``fold(text)`` and ``spaced`` is ``spaced_text(folded)`` (made when
        not given).
        """
        names, triggers = self.find_with_triggers(text, folded, spaced)
        if triggers:
            names = sorted(
                names + [Mention(s, e, text[s:e], "", str(kind)) for s, e, kind in triggers]
            )
        return names

    def find_with_triggers(
        self, text: str, folded: str, spaced: str | None = None
    ) -> tuple[list[Mention], list[tuple[int, int, int]]]:
        """The hits of names, and apart the trigger words as ``(start, end, kind)``."""
        if not self.size or not text:
            return [], []
        triggers: list[tuple[int, int, int]]
        if self._trie is not None:
            hits, triggers = self._trie.scan(spaced or spaced_text(folded), text, Mention)
        else:
            hits = self._scan(text, spaced or spaced_text(folded))
            triggers = []
            if self._triggers:
                triggers = [(m[0], m[1], m[4]) for m in hits if not m[3]]  # type: ignore[misc]
                if triggers:
                    hits = [m for m in hits if m[3]]
        if "-" in folded:
            count = len(triggers)
            extra = self._after_hyphens(text, folded, triggers)
            if extra:
                hits = _merge(hits, extra)
            if len(triggers) > count:
                triggers.sort()
        return hits, triggers

    def _scan(self, text: str, spaced: str) -> list[Mention]:
        """Hits in ``spaced`` (``spaced_text`` of the folded text), as offsets into ``text``.

        A trigger comes out as a mention whose type is empty and whose name is its kind.
        """
        new = new_mention
        mention = Mention
        return [
            new(mention, (end - length, end, plain or text[end - length : end], kind, name))
            for end, (length, right, kind, name, plain) in self._automaton.iter_long(spaced)
            if not (right and spaced[end + 1].isalnum())
        ]

    def _at(self, text: str, folded: str, start: int) -> Mention | None:
        """The longest phrase that starts exactly at ``start``, if any (a trigger has no type).

        As the scan would find it: the longest stored phrase the text begins with, and
        nothing when a letter or digit follows that one.
        """
        if self._trie is not None:
            found = self._trie.longest_at(folded, start)
            if found is None:
                return None
            size, (_, right, kind, name, _) = found
            if right and folded[start + size : start + size + 1].isalnum():
                return None
            end = start + size
            return new_mention(Mention, (start, end, text[start:end], kind, name))
        window = " " + folded[start : start + self._longest + 2] + " "
        automaton = self._automaton
        size = automaton.longest_prefix(window)
        while size > 1:
            value = automaton.get(window[:size], None)
            if value is not None:
                length, right, kind, name, _ = value
                if right and window[size].isalnum():
                    return None
                end = start + length
                return new_mention(Mention, (start, end, text[start:end], kind, name))
            size -= 1
        return None

    def _after_hyphens(
        self, text: str, folded: str, triggers: list[tuple[int, int, int]]
    ) -> list[Mention]:
        """Names that start right after a hyphen, or designators glued to a lowercase word.

        Trigger words found there ("mid-September") are added to ``triggers``.
        """
        found: list[Mention] = []
        for match in _HYPHEN_WORD.finditer(folded):
            hyphen = match.start()
            if match.group(1) is None:
                start = hyphen + 1
            else:
                back = hyphen
                while back > 0 and hyphen - back < 6 and folded[back - 1].isalpha():
                    back -= 1
                while back < hyphen and not folded[back].isupper():
                    back += 1
                if not (back < hyphen and back and folded[back - 1].islower()):
                    continue
                start = back
            hit = self._at(text, folded, start)
            if hit is None:
                continue
            if hit[3]:
                found.append(hit)
            else:
                triggers.append((hit[0], hit[1], hit[4]))  # type: ignore[arg-type]
        return found


# A hyphen that may start a name: a capital after a hyphen glued to the word before
# ("Tel Aviv-Israeli"), or digits after letters where a lowercase letter is followed by
# a capital ("deliveredS-300"; group 1 is the digit).  The second case is only a
# first sieve, the loop in ``_after_hyphens`` decides.
_LOWER = r"[^\W\d_A-Z]"
_UPPER = r"[^\W\d_a-z]"
_GLUED = "|".join(rf"(?<={_LOWER}{_UPPER}[^\W\d_]{{{k}}}-)" for k in range(6))
_HYPHEN_WORD = re.compile(rf"-(?:(?<=[^ ]-)[A-Z]|(?:{_GLUED})([0-9]))")


def _plain(phrase: str) -> str:
    """``phrase`` when every hit of it is spelt exactly so in the text, else ``""``.

    Folding and spacing only ever write a space, an apostrophe or a hyphen (see
    ``fold`` and ``_OPENERS``), so a phrase without one matches only where the text was
    left as it is, and the hit's text need not be cut from the text.
    """
    return "" if " " in phrase or "'" in phrase or "-" in phrase else phrase


def _merge(hits: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add the extra hits that overlap none of ``hits``, keeping the order."""
    starts = [m.start for m in hits]
    merged = list(hits)
    for mention in extra:
        at = bisect_left(starts, mention.start)
        if at and hits[at - 1].end > mention.start:
            continue
        if at < len(hits) and hits[at].start < mention.end:
            continue
        merged.append(mention)
    merged.sort()
    return merged
