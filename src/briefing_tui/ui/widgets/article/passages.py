"""Sentences and words of a body, found on demand so a 5 MB article costs nothing up front."""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s)|[.!?…]+["'”’»)\]]*$""")
_WORD = re.compile(r"\w[\w'’-]*")


class Passages:
    """Sentence and word boundaries of one body, paragraph by paragraph."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._sentences = lru_cache(maxsize=256)(self._sentences_of)

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The line of the body (paragraph) that holds this offset."""
        body = self.body
        offset = max(0, min(offset, len(body)))
        start = body.rfind("\n", 0, offset) + 1
        end = body.find("\n", offset)
        return start, len(body) if end == -1 else end

    def _sentences_of(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        text = self.body[start:end]
        found: list[tuple[int, int]] = []
        position = len(text) - len(text.lstrip())
        for match in _SENTENCE_END.finditer(text):
            if match.end() <= position:
                continue
            found.append((start + position, start + match.end()))
            rest = text[match.end() :]
            position = match.end() + len(rest) - len(rest.lstrip())
        tail = text.rstrip()
        if position < len(tail):
            found.append((start + position, start + len(tail)))
        return tuple(found)

    def sentences_in(self, offset: int) -> tuple[tuple[int, int], ...]:
        """The sentences of the paragraph holding this offset."""
        return self._sentences(*self.paragraph(offset))

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding this offset, or the nearest one after it."""
        found = self.sentences_in(offset)
        for start, end in found:
            if offset < end or (start <= offset <= end):
                return start, end
        nxt = self.next_sentence(offset)
        if nxt is not None:
            return nxt
        prev = self.previous_sentence(offset)
        return prev if prev is not None else (offset, offset)

    def next_sentence(self, offset: int) -> tuple[int, int] | None:
        """The first sentence that starts after this offset."""
        body = self.body
        position = offset
        while position <= len(body):
            for start, end in self.sentences_in(position):
                if start > offset:
                    return start, end
            _, para_end = self.paragraph(position)
            if para_end >= len(body):
                return None
            position = para_end + 1
        return None

    def previous_sentence(self, offset: int) -> tuple[int, int] | None:
        """The last sentence that starts before this offset."""
        position = offset
        while position >= 0:
            for start, end in reversed(self.sentences_in(position)):
                if start < offset:
                    return start, end
            para_start, _ = self.paragraph(position)
            if para_start == 0:
                return None
            position = para_start - 1
        return None

    def next_word_end(self, offset: int) -> int:
        """Where the word at or after this offset ends."""
        match = _WORD.search(self.body, offset)
        if match is None:
            return len(self.body)
        if match.end() == offset:
            match = _WORD.search(self.body, offset + 1)
        return len(self.body) if match is None else match.end()

    def previous_word_start(self, offset: int) -> int:
        """Where the word before this offset starts."""
        start = max(0, offset - 200)
        last = 0
        while True:
            words = [m.start() for m in _WORD.finditer(self.body, start, offset)]
            if words:
                return words[-1]
            if start == 0:
                return last
            start = max(0, start - 2000)

    def previous_word_end(self, offset: int) -> int:
        """Where the last word that ends before this offset ends (0 when there is none)."""
        start = max(0, offset - 200)
        while True:
            ends = [m.end() for m in _WORD.finditer(self.body, start, offset)]
            ends = [end for end in ends if end < offset]
            if ends:
                return ends[-1]
            if start == 0:
                return 0
            start = max(0, start - 2000)
