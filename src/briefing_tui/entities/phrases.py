"""Find every surface form of a gazetteer in a text in one pass, whole words only.

An Aho-Corasick automaton (pyahocorasick, in C) finds the leftmost longest
forms; Python then only checks the two characters around each hit.  The text
is folded first (same length), so a name broken by a no-break space or a line
break, or written with a curly apostrophe, matches its plain form.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

import ahocorasick

from briefing_tui.entities.mention import Mention

DESIGNATOR = re.compile(r"^([A-Za-z]{1,5})-(\d{1,4}[A-Za-z]{0,4})$")

_new_mention = tuple.__new__


def designator_variants(form: str) -> list[str]:
    """Other spellings of a letters-digits designator: "S-300" also as "S300" and "S 300"."""
    found = DESIGNATOR.match(form)
    if found is None:
        return []
    letters, digits = found.groups()
    return [f"{letters}{digits}", f"{letters} {digits}"]


def _right_check(form: str) -> int:
    """How the end of a hit is checked: 0 never (ends in a symbol), 1 whole word, 2 plural too."""
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


def spaced_text(folded: str) -> str:
    """The folded text behind one leading space, with openers made spaces too."""
    for char, replacement in _OPENERS.items():
        if char in folded:
            folded = folded.replace(char, replacement)
    return " " + folded


class PhraseMatcher:
    """Leftmost-longest, whole-word matching of many phrases, each with a type and a name.

    Every phrase is stored behind a space, so the automaton's root has a single
    branch and the scan only fans out at the start of a word (several times
    faster than a root with one branch per capital letter).  Words that start
    after a hyphen ("Tel Aviv-Israeli") or glued to a lowercase letter
    ("deliveredS-300") are looked up separately around each hyphen.

    A phrase whose type is the empty string is a trigger: it is reported with
    ``name`` holding the trigger's kind, for the pattern rules to pick up.
    """

    def __init__(self, phrases: Iterable[tuple[str, str, str | int]]) -> None:
        self._automaton = ahocorasick.Automaton()
        count = 0
        longest = 0
        for phrase, kind, name in phrases:
            key = " " + phrase
            if not phrase or key in self._automaton:
                continue
            self._automaton.add_word(key, (len(phrase), _right_check(phrase), kind, name))
            longest = max(longest, len(phrase))
            count += 1
        self.size = count
        self._longest = longest
        if count:
            self._automaton.make_automaton()

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
        hits, triggers = self._scan(text, folded, spaced or spaced_text(folded), 0)
        if "-" in folded:
            count = len(triggers)
            extra = self._after_hyphens(text, folded, triggers)
            if extra:
                hits = _merge(hits, extra)
            if len(triggers) > count:
                triggers.sort()
        return hits, triggers

    def _scan(
        self, text: str, folded: str, spaced: str, offset: int
    ) -> tuple[list[Mention], list[tuple[int, int, int]]]:
        """Hits in ``spaced`` (a space then ``folded[offset:...]``), as offsets into ``text``."""
        n = len(folded)
        hits: list[Mention] = []
        triggers: list[tuple[int, int, int]] = []
        append = hits.append
        new = _new_mention
        mention = Mention
        for last, (length, right, kind, name) in self._automaton.iter_long(spaced):
            end = last + offset
            if right and end < n and folded[end].isalnum():
                if right == 1 or folded[end] != "s" or (end + 1 < n and folded[end + 1].isalnum()):
                    continue
                end += 1
            start = last + offset - length
            if kind:
                append(new(mention, (start, end, text[start:end], kind, name)))
            else:
                triggers.append((start, end, name))
        return hits, triggers

    def _after_hyphens(
        self, text: str, folded: str, triggers: list[tuple[int, int, int]]
    ) -> list[Mention]:
        """Names that start right after a hyphen, or designators glued to a lowercase word.

        Trigger words found there ("mid-September") are added to ``triggers``.
        """
        found: list[Mention] = []
        n = len(folded)
        for match in _HYPHEN_WORD.finditer(folded):
            hyphen = match.start()
            start = -1
            if (
                hyphen + 1 < n
                and folded[hyphen + 1].isupper()
                and hyphen
                and folded[hyphen - 1] != " "
            ):
                start = hyphen + 1
            elif hyphen + 1 < n and folded[hyphen + 1].isdigit():
                back = hyphen
                while back > 0 and hyphen - back < 6 and folded[back - 1].isalpha():
                    back -= 1
                while back < hyphen and not folded[back].isupper():
                    back += 1
                if back < hyphen and back and folded[back - 1].islower():
                    start = back
            if start < 0:
                continue
            window = " " + folded[start : start + self._longest + 1]
            names, words = self._scan(text, folded, window, start)
            if names and names[0].start == start:
                found.append(names[0])
            elif words and words[0][0] == start:
                triggers.append(words[0])
        return found


_HYPHEN_WORD = re.compile(r"-[A-Z0-9]")


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
