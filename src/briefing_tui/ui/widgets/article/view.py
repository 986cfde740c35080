"""The article body as a Line-API widget: only visible rows are drawn, from cached strips.

The view owns the reading cursor (the current sentence), the passage selection
and the marks drawn over the text (entities, notes, search or entity hits).
Every piece of text it draws goes through ``textsafety.visible`` (row by row,
so a 5 MB body costs nothing up front); it keeps lengths, so every offset here
is a code-point offset into the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import get_character_cell_size
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.textsafety import visible
from briefing_tui.ui.jobs import WorkerJobs
from briefing_tui.ui.widgets.article.cursor import ReadingCursor
from briefing_tui.ui.widgets.article.layout import Layout, window_around, wrap
from briefing_tui.ui.widgets.article.marks import TextMarks, paint_row
from briefing_tui.ui.widgets.article.passages import Passages
from briefing_tui.ui.widgets.entity_colours import ENTITY_TYPES, entity_styles

if TYPE_CHECKING:
    from briefing_tui.entities import Mention
    from briefing_tui.session.jobs import Jobs

MAX_MEASURE = 96
"""The widest a line of prose gets, in cells: longer lines are tiring to read."""

GUTTER = 2
"""Columns left of the text: the note mark and a space."""

LARGE = 200_000
"""Bodies longer than this are wrapped around the reading position first, the rest in a thread."""

WINDOW_BEFORE, WINDOW_AFTER = 20_000, 60_000

Span = tuple[int, int]


def _binding(key: str, action: str, description: str, id: str, show: bool = True) -> Binding:
    return Binding(key, action, description, show=show, id=id)


class ArticleView(ScrollView, can_focus=True):
    """One article's body, wrapped to the pane, with a reading cursor and a selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("j,down", "cursor_down", "Next sentence", "article.next-sentence"),
        _binding("k,up", "cursor_up", "Previous sentence", "article.previous-sentence", False),
        _binding("pagedown,space,ctrl+f", "page_down", "Page down", "article.page-down", False),
        _binding("pageup,ctrl+b", "page_up", "Page up", "article.page-up", False),
        _binding("g,home", "top", "Top", "article.top", False),
        _binding("G,end", "bottom", "Bottom", "article.bottom", False),
        _binding("v", "select", "Select", "article.select"),
        _binding("w,shift+right", "extend_word", "Extend by word", "article.extend-word", False),
        _binding("b,shift+left", "shrink_word", "Back by word", "article.back-word", False),
        _binding("shift+down", "extend_sentence", "Extend", "article.extend-sentence", False),
        _binding("shift+up", "shrink_sentence", "Back", "article.back-sentence", False),
        _binding("escape", "clear_selection", "Clear selection", "article.clear", False),
        _binding("a", "note_passage", "Note", "article.note"),
        _binding("A", "note_article", "Article note", "article.note-article", False),
        _binding("y", "copy", "Copy", "article.copy"),
        _binding("n", "next_hit", "Next hit", "article.next-hit", False),
        _binding("N", "previous_hit", "Previous hit", "article.previous-hit", False),
        *[
            _binding(
                str(number),
                f"toggle_type('{kind}')",
                f"{kind.title()} on/off",
                f"article.toggle-{kind.lower()}",
                False,
            )
            for number, kind in enumerate(ENTITY_TYPES, start=1)
        ],
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--cursor",
        "article-view--selection",
        "article-view--note",
        "article-view--note-mark",
        "article-view--hit",
    }

    DEFAULT_CSS = """
    ArticleView { background: $surface; color: $foreground; }
    ArticleView > .article-view--cursor { background: $boost; }
    ArticleView:focus > .article-view--cursor { background: $primary 25%; }
    ArticleView > .article-view--selection { background: $accent 45%; }
    ArticleView > .article-view--note { text-style: underline; }
    ArticleView > .article-view--note-mark { color: $warning; }
    ArticleView > .article-view--hit { text-style: bold reverse; }
    """

    class CursorMoved(Message):
        """The reading cursor or the selection moved; the status line and notes follow it."""

        def __init__(self, view: ArticleView, start: int, end: int) -> None:
            super().__init__()
            self.view = view
            self.start = start
            self.end = end

    class NoteRequested(Message):
        """The analyst asked for a note on a passage of the article."""

        def __init__(self, article_id: str, start: int, end: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.start = start
            self.end = end

    class ArticleNoteRequested(Message):
        """The analyst asked for a note on the whole article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class LayoutReady(Message):
        """The whole body has been wrapped in a job."""

        def __init__(self, generation: int, layout: Layout) -> None:
            super().__init__()
            self.generation = generation
            self.layout = layout

    class PassageCopied(Message):
        """A passage was put on the clipboard."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, jobs: Jobs | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.jobs = jobs or WorkerJobs(self)
        self.article_id: str | None = None
        self.body = ""
        self._shown = ""
        self._passages = Passages("")
        self._layout = Layout(1, [], [])
        self._reading = ReadingCursor(self._passages)
        self._marks = TextMarks()
        self._dark = True
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._generation = 0
        self._partial = False
        self._drag_from: int | None = None
        self._dragged = False

    # -- what others read and set -------------------------------------------------

    @property
    def cursor(self) -> Span:
        """The current sentence (or mention) as ``(start, end)`` offsets into the body."""
        return self._reading.cursor

    @property
    def selection(self) -> Span | None:
        """The selected passage, if a selection is being made."""
        return self._reading.selection

    @property
    def passage(self) -> Span:
        """The selection if there is one, else the current sentence: what a note or copy takes."""
        return self._reading.passage

    @property
    def mentions(self) -> list[Mention]:
        """The entity mentions drawn in the text."""
        return self._marks.mentions

    @property
    def note_ranges(self) -> list[Span]:
        """The noted passages drawn in the text."""
        return self._marks.notes

    @property
    def hits(self) -> list[Span]:
        """The hits that ``n`` and ``N`` move through."""
        return self._marks.hits

    @property
    def hidden_types(self) -> frozenset[str]:
        """The entity types switched off."""
        return frozenset(self._marks.hidden)

    @property
    def row_count(self) -> int:
        """How many rows the wrapped body takes."""
        return len(self._layout)

    def show_article(self, article_id: str, body: str, offset: int = 0) -> None:
        """Show a body, with the reading cursor on the sentence at ``offset``."""
        self.article_id = article_id
        self.body = body
        self._shown = body
        self._passages = Passages(body)
        hidden = self._marks.hidden
        self._marks = TextMarks()
        self._marks.hidden = hidden
        self._layout = Layout(1, [], [])
        offset = min(max(offset, 0), len(body))
        self._reading = ReadingCursor(self._passages, offset)
        self._relayout()
        self._reveal(self._reading.cursor, centre=offset > 0)
        self._moved()

    def set_mentions(self, mentions: Sequence[Mention]) -> None:
        """Draw these entity mentions (sorted, non-overlapping offsets into the body)."""
        self._marks.set_mentions(mentions)
        self._redraw()
        self._moved()

    def set_note_ranges(self, ranges: Iterable[Span]) -> None:
        """Mark these passages as noted: underlined, with a mark in the left margin."""
        self._marks.set_notes(ranges)
        self._redraw()

    def set_hits(self, ranges: Iterable[Span], go_to: int | None = 0) -> None:
        """Mark these passages as hits for ``n``/``N`` and move to hit ``go_to``."""
        self._marks.set_hits(ranges)
        hits = self._marks.hits
        self._redraw()
        if hits and go_to is not None:
            self.move_to(*hits[min(go_to, len(hits) - 1)])

    def set_dark(self, dark: bool) -> None:
        """Pick entity colours for a dark or a light background."""
        if dark != self._dark:
            self._dark = dark
            self._redraw()

    def toggle_type(self, kind: str) -> None:
        """Switch the highlighting of one entity type off or on."""
        self._marks.hidden ^= {kind}
        self._redraw()

    def set_hidden_types(self, kinds: Iterable[str]) -> None:
        """Switch off exactly these entity types."""
        self._marks.hidden = set(kinds)
        self._redraw()

    def mentions_in(self, span: Span) -> list[Mention]:
        """The mentions that overlap a passage."""
        return self._marks.mentions_in(span)

    def move_to(self, start: int, end: int) -> None:
        """Put the reading cursor on an exact passage (a mention, a hit) and bring it into view."""
        self._go(self._reading.jump(start, end), centre=True)

    # -- layout -------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(8, min(MAX_MEASURE, self.scrollable_content_region.width - GUTTER - 1))

    def _left_pad(self) -> int:
        spare = self.scrollable_content_region.width - GUTTER - self._text_width() - 1
        return max(0, spare // 2)

    def _relayout(self) -> None:
        width = self._text_width()
        if width == self._layout.width and len(self._layout):
            return
        self._generation += 1
        if len(self._shown) <= LARGE:
            self._adopt(wrap(self._shown, width))
            return
        around = self._layout.starts[int(self.scroll_y)] if len(self._layout) else self.cursor[0]
        start, stop = window_around(self._shown, around, WINDOW_BEFORE, WINDOW_AFTER)
        self._partial = True
        self._adopt(wrap(self._shown, width, start, stop))
        generation, shown = self._generation, self._shown

        def wrap_all() -> None:
            self.post_message(self.LayoutReady(generation, wrap(shown, width)))

        def begin() -> None:
            if generation == self._generation:
                self.jobs.run(wrap_all, group="layout")

        self.call_after_refresh(begin)

    def _adopt(self, layout: Layout) -> None:
        top_offset = self._layout.starts[int(self.scroll_y)] if len(self._layout) else None
        self._layout = layout
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(layout))
        if top_offset is not None:
            self.scroll_to(y=layout.row_of(top_offset), animate=False, immediate=True)
            self._reveal(self.cursor)
        self.refresh()

    def on_article_view_layout_ready(self, message: ArticleView.LayoutReady) -> None:
        """Swap the partial layout of a large body for the whole one, keeping the position."""
        message.stop()
        if message.generation == self._generation:
            self._partial = False
            self._adopt(message.layout)

    def on_resize(self, event: events.Resize) -> None:
        """Reflow the text to the new width, keeping the reading position."""
        if not self.body:
            return
        self._relayout()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._layout))
        self._cache.clear()

    def _redraw(self) -> None:
        self._cache.clear()
        self.refresh()

    def _reveal(self, span: Span, centre: bool = False) -> None:
        if not len(self._layout):
            return
        height = max(1, self.scrollable_content_region.height)
        first = self._layout.row_of(span[0])
        last = self._layout.row_of(max(span[0], span[1] - 1))
        top = int(self.scroll_y)
        if centre and not (top <= first and last < top + height):
            target = max(0, first - height // 3)
        elif first < top:
            target = first
        elif last >= top + height:
            target = max(first if last - first >= height else last - height + 1, 0)
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def _moved(self) -> None:
        self.refresh()
        start, end = self.passage
        self.post_message(self.CursorMoved(self, start, end))

    # -- drawing ------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """Draw one screen row from the cached strip of its wrapped row."""
        row = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if row >= len(self._layout) or not self.body:
            return Strip.blank(width, self.rich_style)
        start, end = self._layout.starts[row], self._layout.ends[row]
        overlays = self._overlays(start, end)
        if overlays:
            return self._build_row(start, end, width, overlays)
        strip = self._cache.get(row)
        if strip is None:
            strip = self._build_row(start, end, width, [])
            self._cache[row] = strip
        return strip

    def _overlays(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        found: list[tuple[int, int, Style]] = []
        lo, hi = start, max(end, start + 1)
        cursor = self.cursor
        if cursor[0] < hi and cursor[1] > lo:
            found.append((*cursor, self.get_component_rich_style("article-view--cursor")))
        selection = self.selection
        if selection and selection[0] < hi and selection[1] > lo:
            found.append((*selection, self.get_component_rich_style("article-view--selection")))
        return found

    def _build_row(
        self, start: int, end: int, width: int, overlays: list[tuple[int, int, Style]]
    ) -> Strip:
        spans, noted = self._marks.spans(
            start,
            end,
            entity_styles(self._dark),
            self.get_component_rich_style("article-view--note", partial=True),
            self.get_component_rich_style("article-view--hit", partial=True),
        )
        return paint_row(
            self._shown,
            (start, end),
            spans + overlays,
            width=width,
            left_pad=self._left_pad(),
            base=self.rich_style,
            mark_style=self.get_component_rich_style("article-view--note-mark") if noted else None,
        )

    # -- mouse --------------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The body offset under a point of the widget, if it falls on text."""
        row = int(self.scroll_y) + y
        if row >= len(self._layout) or row < 0:
            return None
        start, end = self._layout.starts[row], self._layout.ends[row]
        column = x - self._left_pad() - GUTTER
        if column < 0:
            return start
        cells = 0
        for index in range(start, end):
            cells += get_character_cell_size(self._shown[index])
            if cells > column:
                return index
        return end

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Remember where a drag may start a selection."""
        if event.button == 1:
            self._drag_from = self.offset_at(event.x, event.y)
            self._dragged = False
            if self._drag_from is not None:
                self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Select from where the button went down to the character under the pointer."""
        if self._drag_from is None or not event.button:
            return
        offset = self.offset_at(event.x, event.y)
        if offset is None or offset == self._drag_from:
            return
        self._dragged = True
        head = offset + 1 if offset > self._drag_from else offset
        self._go(self._reading.drag(self._drag_from, head))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """End a drag; the selection stays for a note or a copy."""
        if self._drag_from is not None:
            self._drag_from = None
            self.release_mouse()

    def on_click(self, event: events.Click) -> None:
        """Put the reading cursor on the sentence clicked (or the entity, when on one)."""
        if self._dragged:
            self._dragged = False
            return
        offset = self.offset_at(event.x, event.y)
        if offset is None:
            return
        self.focus()
        mention = next(iter(self.mentions_in((offset, offset + 1))), None)
        if mention is not None:
            self.move_to(mention.start, mention.end)
            return
        self._reading.sentence(offset)
        self._moved()

    # -- actions ------------------------------------------------------------------

    def _go(self, span: Span, centre: bool = False) -> None:
        self._reveal(span, centre)
        self._moved()

    def action_cursor_down(self) -> None:
        """Move the reading cursor to the next sentence (extending a selection, if any)."""
        self._go(self._reading.down())

    def action_cursor_up(self) -> None:
        """Move the reading cursor to the previous sentence (or shrink a selection)."""
        self._go(self._reading.up())

    def _page(self, direction: int) -> None:
        if not len(self._layout):
            return
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y) + direction * max(1, height - 1)
        top = max(0, min(top, max(0, len(self._layout) - height)))
        self.scroll_to(y=top, animate=False, immediate=True)
        cursor_row = self._layout.row_of(self._reading.cursor[0])
        if not top <= cursor_row < top + height:
            self._reading.first_sentence_from(self._layout.starts[top])
        self._moved()

    def action_page_down(self) -> None:
        """Move a screen down, the cursor to the first sentence in view."""
        self._page(1)

    def action_page_up(self) -> None:
        """Move a screen up."""
        self._page(-1)

    def action_top(self) -> None:
        """Go to the first sentence."""
        self._reading.top()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._moved()

    def action_bottom(self) -> None:
        """Go to the last sentence."""
        self._reading.bottom()
        self.scroll_to(y=max(0, len(self._layout)), animate=False, immediate=True)
        self._moved()

    def action_select(self) -> None:
        """Start a selection on the current sentence, or extend it by the next sentence."""
        self._go(self._reading.select())

    def action_clear_selection(self) -> None:
        """Drop the selection, keeping the reading cursor."""
        if self._reading.clear():
            self._moved()

    def action_extend_sentence(self) -> None:
        """Extend the selection to the end of the next sentence."""
        self._go(self._reading.extend_sentence())

    def action_shrink_sentence(self) -> None:
        """Pull the selection's end back to the previous sentence boundary."""
        self._go(self._reading.shrink_sentence())

    def action_extend_word(self) -> None:
        """Extend the selection by one word."""
        self._go(self._reading.extend_word())

    def action_shrink_word(self) -> None:
        """Pull the selection back by one word."""
        self._go(self._reading.shrink_word())

    def action_note_passage(self) -> None:
        """Ask for a note on the selection, or on the current sentence."""
        if self.article_id is not None:
            start, end = self.passage
            self.post_message(self.NoteRequested(self.article_id, start, end))

    def action_note_article(self) -> None:
        """Ask for a note on the whole article."""
        if self.article_id is not None:
            self.post_message(self.ArticleNoteRequested(self.article_id))

    def action_copy(self) -> None:
        """Copy the selection or the current sentence to the clipboard (OSC 52)."""
        start, end = self.passage
        # Control characters from the corpus never reach the clipboard, where a paste
        # into a shell would act on them.
        text = visible(self.body[start:end])
        if text:
            self.app.copy_to_clipboard(text)
            self.post_message(self.PassageCopied(text))

    def action_next_hit(self) -> None:
        """Go to the next hit (search result or entity mention) after the cursor."""
        hit = self._marks.hit_after(self.cursor[0], len(self.body))
        if hit is not None:
            self.move_to(*hit)

    def action_previous_hit(self) -> None:
        """Go to the hit before the cursor."""
        hit = self._marks.hit_before(self.cursor[0])
        if hit is not None:
            self.move_to(*hit)

    def action_toggle_type(self, kind: str) -> None:
        """Switch one entity type's highlighting off or on."""
        self.toggle_type(kind)
        self.post_message(self.CursorMoved(self, *self.passage))
