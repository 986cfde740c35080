"""What the reader screen's parts share: the corpus, the open article and the place read."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from briefing_tui.paths import Locations
from briefing_tui.ui.article_view import ArticleView
from briefing_tui.ui.reader_state import ReaderState

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Corpus, Visit
    from briefing_tui.entities import Mention
    from briefing_tui.ui.notes import ArticleNotes, NoteFilter, NotesIndex, NotesPanel


class ReaderBase(Screen[None], inherit_bindings=False):
    """The state of the reader screen, shared by its entity and note parts."""

    def __init__(self, locations: Locations, state: ReaderState) -> None:
        super().__init__()
        self._corpus_future: Future[Corpus] | None = None
        self.locations = locations
        self.state = state
        self.place = state.place(locations.corpus)
        self.corpus: Corpus | None = None
        self._early_visits: list[Visit] = []
        self._visits_announced = False
        self.article: Article | None = None
        self.visit_id: str | None = None
        self._mentions: dict[str, list[Mention]] = {}
        self._visit_mentions: dict[str | None, dict[str, list[Mention]]] = {}
        self._tagger: Any = None
        self._pending_entity: str | None = None
        self._entities_failed = False
        self._placed_notes: list[tuple[int, int, str]] = []
        self._pending_hit: tuple[str, int, int] | None = None
        self._last_query = ""
        self._first_open = True
        self._note_counts: dict[str, int] = {}
        self._type_counts: tuple[object, dict[str, int]] = (None, {})
        self._visit_note_counts: dict[str | None, int] = {}
        self._article_notes: ArticleNotes | None = None
        self._notes_panel: NotesPanel | None = None
        self._notes_index: NotesIndex | None = None
        self._note_filter: NoteFilter | None = None
        self._entity_filter: tuple[str, frozenset[str]] | None = None

    @property
    def view(self) -> ArticleView:
        """The article view."""
        return self.query_one(ArticleView)

    def set_status(self, text: str) -> None:
        """Say something short in the status line."""
        self.query_one("#status", Static).update(Text(text, no_wrap=True, overflow="ellipsis"))

    def show_visits(self) -> None:
        """List the visits with their counts (the reader screen does it)."""
        raise NotImplementedError

    def show_articles_of(self, visit_id: str | None) -> None:
        """List the articles of a visit (the reader screen does it)."""
        raise NotImplementedError

    def open_article(self, article_id: str, offset: int = 0, focus: bool = True) -> None:
        """Open an article (the reader screen does it)."""
        raise NotImplementedError

    def show_cursor(self) -> None:
        """Say what is under the reading cursor (the reader screen does it)."""
        raise NotImplementedError
