"""Wrap an article body into screen rows, keeping every row's offsets into the body.

Wrapping is done on code-point offsets so that a row maps straight back to the
body (and so to notes, entities and the reading cursor); cell widths come from
Rich so wide characters take two columns, and a control character counts as the
one-cell placeholder ``textsafety.visible`` shows in its place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import get_character_cell_size

from briefing_tui.textsafety import BIDI_CONTROLS

# Code points that are one cell wide and never combine: ASCII, Latin, Greek,
# Cyrillic and general punctuation. Paragraphs made only of these wrap fast.
_NARROW = re.compile(r"[\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e]*")


@dataclass(frozen=True)
class Layout:
    """The rows of a body wrapped to one width: row ``i`` shows ``body[starts[i]:ends[i]]``."""

    width: int
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def row_of(self, offset: int) -> int:
        """The row that shows this offset (the last row for offsets at the very end)."""
        if not self.starts:
            return 0
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap(body: str, width: int, start: int = 0, stop: int | None = None) -> Layout:
    """Wrap a body (or the paragraphs from ``start`` to ``stop``) at spaces to ``width`` cells.

    A word longer than a row is cut. Offsets stay offsets into the whole body.
    """
    width = max(1, width)
    starts: list[int] = []
    ends: list[int] = []
    position = start
    size = len(body) if stop is None else stop
    while True:
        newline = body.find("\n", position, size)
        stop = size if newline == -1 else newline
        if _NARROW.fullmatch(body, position, stop) is not None:
            _wrap_narrow(body, position, stop, width, starts, ends)
        else:
            _wrap_wide(body, position, stop, width, starts, ends)
        if newline == -1:
            break
        position = newline + 1
    return Layout(width, starts, ends)


def window_around(body: str, offset: int, before: int, after: int) -> tuple[int, int]:
    """Whole paragraphs around an offset: about ``before`` characters before, ``after`` after."""
    start = body.rfind("\n", 0, max(0, offset - before)) + 1
    end = body.find("\n", min(len(body), offset + after))
    return start, len(body) if end == -1 else end


def _wrap_narrow(
    body: str, start: int, stop: int, width: int, starts: list[int], ends: list[int]
) -> None:
    """Wrap one paragraph whose characters are all one cell wide."""
    position = start
    while stop - position > width:
        cut = body.rfind(" ", position, position + width + 1)
        if cut <= position:
            starts.append(position)
            ends.append(position + width)
            position += width
            continue
        starts.append(position)
        ends.append(cut)
        position = cut + 1
    starts.append(position)
    ends.append(stop)


def _wrap_wide(
    body: str, start: int, stop: int, width: int, starts: list[int], ends: list[int]
) -> None:
    """Wrap one paragraph with wide or combining characters, counting cells one by one."""
    position = start
    while True:
        cells = 0
        index = position
        last_space = -1
        while index < stop:
            char = body[index]
            if char < " " or "\x7f" <= char <= "\x9f" or char in BIDI_CONTROLS:
                size = 1
            else:
                size = get_character_cell_size(char)
            if cells + size > width:
                break
            if char == " ":
                last_space = index
            cells += size
            index += 1
        if index >= stop:
            starts.append(position)
            ends.append(stop)
            return
        if body[index] == " ":
            starts.append(position)
            ends.append(index)
            position = index + 1
        elif last_space > position:
            starts.append(position)
            ends.append(last_space)
            position = last_space + 1
        else:
            index = max(index, position + 1)
            starts.append(position)
            ends.append(index)
            position = index
