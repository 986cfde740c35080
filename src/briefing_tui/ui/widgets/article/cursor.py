"""The reading cursor and the passage selection: where the analyst is, in body offsets.

Plain logic with no drawing, so every move can be reasoned about (and tested)
on its own; the article view asks it to move, then scrolls and redraws.
"""

from __future__ import annotations

from briefing_tui.ui.widgets.article.passages import Passages

Span = tuple[int, int]


class ReadingCursor:
    """The current sentence (or an exact passage), and a selection from ``anchor`` to ``head``."""

    def __init__(self, passages: Passages, offset: int = 0) -> None:
        self.passages = passages
        self.cursor: Span = passages.sentence_at(offset) if passages.body else (0, 0)
        self.anchor: int | None = None
        self.head = self.cursor[1]

    @property
    def selection(self) -> Span | None:
        """The selected passage, if a selection is being made."""
        if self.anchor is None:
            return None
        return (min(self.anchor, self.head), max(self.anchor, self.head))

    @property
    def passage(self) -> Span:
        """The selection if there is one, else the current sentence."""
        return self.selection or self.cursor

    def _length(self) -> int:
        return len(self.passages.body)

    def jump(self, start: int, end: int) -> Span:
        """Put the cursor on an exact passage, dropping the selection."""
        self.anchor = None
        self.cursor = (start, end)
        self.head = end
        return self.cursor

    def sentence(self, offset: int) -> Span:
        """Put the cursor on the sentence at an offset, dropping the selection."""
        return self.jump(*self.passages.sentence_at(offset))

    def first_sentence_from(self, offset: int) -> Span:
        """Put the cursor on the first sentence that starts at or after an offset."""
        found = self.passages.sentence_at(offset)
        if found[0] < offset:
            found = self.passages.next_sentence(found[0]) or found
        return self.jump(*found)

    def down(self) -> Span:
        """The next sentence (or, while selecting, extend to it)."""
        if self.anchor is not None:
            return self.extend_sentence()
        found = self.passages.next_sentence(self.cursor[0])
        if found is not None:
            self.jump(*found)
        return self.cursor

    def up(self) -> Span:
        """The previous sentence (or, while selecting, pull back from it)."""
        if self.anchor is not None:
            return self.shrink_sentence()
        found = self.passages.previous_sentence(self.cursor[0])
        return self.jump(*(found or self.passages.sentence_at(self.cursor[0])))

    def top(self) -> Span:
        """The first sentence."""
        return self.sentence(0)

    def bottom(self) -> Span:
        """The last sentence."""
        return self.jump(*(self.passages.previous_sentence(self._length() + 1) or (0, 0)))

    def select(self) -> Span:
        """Start a selection on the current sentence, or extend it by the next sentence."""
        if self.anchor is None:
            self.anchor, self.head = self.cursor
            return self.cursor
        return self.extend_sentence()

    def drag(self, anchor: int, head: int) -> Span:
        """Select exactly from ``anchor`` to ``head`` (a mouse drag), the cursor following."""
        length = self._length()
        self.anchor = max(0, min(anchor, length))
        self.head = max(0, min(head, length))
        self.cursor = self.passages.sentence_at(min(self.head, max(length - 1, 0)))
        return (self.head, self.head)

    def clear(self) -> bool:
        """Drop the selection; True if there was one."""
        had = self.anchor is not None
        self.anchor = None
        return had

    def _start_selection(self, at_start: bool = False) -> int:
        if self.anchor is None:
            if at_start:
                self.anchor, self.head = self.cursor[0], self.cursor[0]
            else:
                self.anchor, self.head = self.cursor
        return self.anchor

    def _move_head(self, head: int) -> Span:
        self.head = max(0, min(head, self._length()))
        return (self.head, self.head)

    def extend_sentence(self) -> Span:
        """Extend the selection to the end of the sentence (or the next one)."""
        self._start_selection()
        here = self.passages.sentence_at(self.head)
        if here[0] <= self.head < here[1]:
            found: Span | None = here
        else:
            found = self.passages.next_sentence(max(self.head - 1, 0))
        if found is not None and found[1] > self.head:
            self.cursor = found
            return self._move_head(found[1])
        return (self.head, self.head)

    def shrink_sentence(self) -> Span:
        """Pull the selection's end back to the previous sentence boundary."""
        anchor, head = self._start_selection(), self.head
        last = self.passages.sentence_at(max(head - 1, 0)) if head > anchor else (head, head)
        found = self.passages.previous_sentence(last[0])
        if found is None:
            return self._move_head(0 if head <= anchor else anchor)
        self.cursor = found
        return self._move_head(found[1] if head > anchor and found[1] > anchor else found[0])

    def extend_word(self) -> Span:
        """Extend the selection by one word."""
        self._start_selection(at_start=True)
        return self._move_head(self.passages.next_word_end(self.head))

    def shrink_word(self) -> Span:
        """Pull the selection back by one word."""
        anchor = self._start_selection(at_start=True)
        if self.head > anchor:
            return self._move_head(max(self.passages.previous_word_end(self.head), anchor))
        return self._move_head(self.passages.previous_word_start(self.head))
