"""The notes of one article placed in its current text, sorted the way the notes pane lists them."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.notes import Note, NoteFile, Placement, place_all


@dataclass(frozen=True)
class PlacedNote:
    """A note and where it sits in the text the analyst is reading."""

    note: Note
    placement: Placement

    @property
    def status(self) -> str:
        """anchored, moved, orphaned or article."""
        return self.placement.status

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the passage is now, if it was found."""
        p = self.placement
        if p.status in ("anchored", "moved") and p.start is not None and p.end is not None:
            return (p.start, p.end)
        return None


@dataclass(frozen=True)
class ArticleNotes:
    """One article's notes in three groups: on the whole article, on passages, orphaned."""

    article: list[PlacedNote]
    passages: list[PlacedNote]
    orphaned: list[PlacedNote]

    @property
    def all(self) -> list[PlacedNote]:
        """Every note, in the order the panel lists them."""
        return [*self.article, *self.passages, *self.orphaned]

    @property
    def ranges(self) -> list[tuple[int, int]]:
        """The noted passages, for the article view to mark."""
        return [span for placed in self.passages if (span := placed.span) is not None]

    def get(self, note_id: str) -> PlacedNote | None:
        """The placed note with this id."""
        for placed in self.all:
            if placed.note.id == note_id:
                return placed
        return None

    def at(self, offset: int) -> PlacedNote | None:
        """The first note whose passage holds ``offset`` (to show it as the cursor passes)."""
        for placed in self.passages:
            span = placed.span
            if span is not None and span[0] <= offset < max(span[1], span[0] + 1):
                return placed
        return None


def arrange(text: str, file: NoteFile) -> ArticleNotes:
    """Place every note of an article file in ``text`` and sort them for the panel."""
    placements = place_all(text, [note.target for note in file.notes])
    article: list[PlacedNote] = []
    passages: list[PlacedNote] = []
    orphaned: list[PlacedNote] = []
    for note, placement in zip(file.notes, placements, strict=True):
        placed = PlacedNote(note, placement)
        if placement.status == "article":
            article.append(placed)
        elif placed.span is None:
            orphaned.append(placed)
        else:
            passages.append(placed)
    passages.sort(key=lambda p: (p.span or (0, 0), p.note.created, p.note.id))
    return ArticleNotes(article, passages, orphaned)
