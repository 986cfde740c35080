"""What is drawn over an article's text: entities, noted passages and hits, row by row."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from briefing_tui.textsafety import visible

if TYPE_CHECKING:
    from briefing_tui.entities import Mention

Span = tuple[int, int]
StyledSpan = tuple[int, int, Style]

NOTE_MARK = "▎"
"""The mark in the left margin of a row that holds part of a noted passage."""


class TextMarks:
    """Entity mentions (sorted, non-overlapping), noted passages and hits of one body."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self.notes: list[Span] = []
        self.hits: list[Span] = []
        self.hidden: set[str] = set()

    def set_mentions(self, mentions: Sequence[Mention]) -> None:
        """Take the recogniser's mentions."""
        self.mentions = list(mentions)
        self._starts = [m.start for m in self.mentions]

    def set_notes(self, ranges: Iterable[Span]) -> None:
        """Take the passages that carry notes."""
        self.notes = sorted((s, e) for s, e in ranges if e >= s)

    def set_hits(self, ranges: Iterable[Span]) -> None:
        """Take the hits that ``n`` and ``N`` move through."""
        self.hits = sorted(ranges)

    def mentions_in(self, span: Span) -> list[Mention]:
        """The mentions that overlap a passage (found by bisection, never by a scan)."""
        start, end = span
        index = max(0, bisect_right(self._starts, start) - 1)
        found = []
        mentions = self.mentions
        for position in range(index, len(mentions)):
            mention = mentions[position]
            if mention.start >= max(end, start + 1):
                break
            if mention.end > start:
                found.append(mention)
        return found

    def hit_after(self, offset: int, length: int) -> Span | None:
        """The first hit after an offset, wrapping round to the first."""
        index = bisect_right(self.hits, (offset, length + 1))
        if index < len(self.hits):
            return self.hits[index]
        return self.hits[0] if self.hits else None

    def hit_before(self, offset: int) -> Span | None:
        """The last hit before an offset, wrapping round to the last."""
        if not self.hits:
            return None
        return self.hits[bisect_left(self.hits, (offset, -1)) - 1]

    def spans(
        self,
        start: int,
        end: int,
        entity_styles: dict[str, Style],
        note_style: Style,
        hit_style: Style,
    ) -> tuple[list[StyledSpan], bool]:
        """The styled spans over one row, and whether a noted passage touches it."""
        spans: list[StyledSpan] = []
        for mention in self.mentions_in((start, end)):
            if mention.type not in self.hidden:
                spans.append((mention.start, mention.end, entity_styles.get(mention.type, Style())))
        noted = False
        for note_start, note_end in self.notes:
            if note_start > end:
                break
            if note_end > start and note_start < max(end, start + 1):
                noted = True
                spans.append((note_start, note_end, note_style))
        index = max(0, bisect_left(self.hits, (start, start)) - 1)
        for hit_start, hit_end in islice(self.hits, index, None):
            if hit_start >= end:
                break
            if hit_end > start:
                spans.append((hit_start, hit_end, hit_style))
        return spans, noted


def paint_row(
    text: str,
    row: Span,
    spans: list[StyledSpan],
    *,
    width: int,
    left_pad: int,
    base: Style,
    mark_style: Style | None,
) -> Strip:
    """One screen row: margin, note mark, then the row's text cut where its styles change.

    Text is passed through ``visible`` piece by piece, so nothing in it can act on
    the terminal, and it is never read as markup.
    """
    start, end = row
    cuts = {start, end}
    for span_start, span_end, _ in spans:
        if start < span_start < end:
            cuts.add(span_start)
        if start < span_end < end:
            cuts.add(span_end)
    segments = [
        Segment(" " * left_pad, base),
        Segment(NOTE_MARK, mark_style) if mark_style is not None else Segment(" ", base),
        Segment(" ", base),
    ]
    for piece_start, piece_end in itertools.pairwise(sorted(cuts)):
        style = base
        for span_start, span_end, span_style in spans:
            if span_start <= piece_start and span_end >= piece_end:
                style = style + span_style
        segments.append(Segment(visible(text[piece_start:piece_end], keep_tabs=False), style))
    if start == end and spans:
        style = base
        for span_start, span_end, span_style in spans:
            if span_start <= start < span_end:
                style = style + span_style
        segments.append(Segment(" ", style))
    return Strip(segments).adjust_cell_length(width, base)
