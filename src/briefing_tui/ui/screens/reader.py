"""The main screen: visits, their articles and the article being read, with a status line.

The screen shows a ``ReadingSession``: it asks the session for work, hears its
events as ``SessionNews`` messages on the screen's own thread, and leaves each
concern to one part (start-up, entities, notes, cross-references, export,
assignment); its keys are in ``reader_keys``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static

from briefing_tui.session import (
    ArticleNotesRead,
    BodyFailed,
    BodyRead,
    BriefingFailed,
    BriefingWritten,
    CorpusFailed,
    CorpusLoaded,
    EntitiesFailed,
    Event,
    MentionsFound,
    NotesCounted,
    ReadingSession,
    VisitMentionsFound,
)
from briefing_tui.textsafety import one_line
from briefing_tui.ui.jobs import WorkerJobs
from briefing_tui.ui.screens.reader_assign import VisitAssignment
from briefing_tui.ui.screens.reader_crossref import CrossReferences
from briefing_tui.ui.screens.reader_entities import ReaderEntities
from briefing_tui.ui.screens.reader_export import BriefingExport
from briefing_tui.ui.screens.reader_keys import READER_BINDINGS
from briefing_tui.ui.screens.reader_loading import CorpusLoading
from briefing_tui.ui.screens.reader_notes import ReaderNotes
from briefing_tui.ui.screens.reader_panes import ReaderPanes
from briefing_tui.ui.widgets.article.header import header_text, status_text
from briefing_tui.ui.widgets.article.view import ArticleView
from briefing_tui.ui.widgets.pane_lists import ArticleList, VisitList

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Corpus
    from briefing_tui.paths import Locations
    from briefing_tui.session.reader_state import ReaderState
    from briefing_tui.ui.notes import NoteFilterBar, NotesPanel


def shorten_note(body: str, width: int = 48) -> str:
    """A note's body on one short, terminal-safe line."""
    line = one_line(body)
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


class SessionNews(Message):
    """An event of the reading session, brought to the screen's thread."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class ReaderScreen(Screen[None], inherit_bindings=False):
    """Three panes (visits, articles, the article), a notes pane on demand and a status line."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS

    filtering: reactive[bool] = reactive(False, init=False, repaint=False, bindings=True)
    """True while a filter hides visits: 'Clear filters' is offered only then."""

    status: reactive[Text] = reactive(Text(""), init=False, repaint=False, always_update=True)
    """What the status line says."""

    class VisitsShown(Message):
        """The visits are on screen: the reader's first useful frame has been drawn."""

    class CorpusShown(Message):
        """Every article has been read and the visits pane shows their counts."""

    def __init__(self, locations: Locations, state: ReaderState) -> None:
        super().__init__()
        self.locations = locations
        self.state = state
        self.place = state.place(locations.corpus)
        self.session = ReadingSession(locations, WorkerJobs(self))
        self.session.subscribe(self._hear)
        self.article: Article | None = None
        self.visit_id: str | None = None
        self.first_open = True
        """True until the first article shown is open (at the place read when last closed)."""
        self.entities = ReaderEntities(self)
        self.notes = ReaderNotes(self)
        self.crossref = CrossReferences(self)
        self.export = BriefingExport(self)
        self.assignment = VisitAssignment(self)
        self.corpus_loading = CorpusLoading(self)
        self.panes = ReaderPanes(self)

    @property
    def corpus(self) -> Corpus | None:
        """The corpus, once read."""
        return self.session.corpus

    @property
    def view(self) -> ArticleView:
        """The article view."""
        return self.query_one(ArticleView)

    def compose(self) -> ComposeResult:
        """The three panes, the status line and the footer."""
        visits, articles = VisitList(id="visits"), ArticleList(id="articles")
        visits.border_title, articles.border_title = "Visits", "Articles"
        reading = Vertical(id="reading")
        reading.border_title = "Article"
        with Horizontal(id="panes"):
            with Vertical(id="lists"):
                yield visits
                yield articles
            with reading:
                yield Static(id="article-header")
                yield Static(id="legend")
                yield ArticleView(id="article", jobs=self.session.jobs)
        yield Static("Loading the corpus…", id="status")

    def on_mount(self) -> None:
        """Get the article view ready and the corpus read."""
        self.view.set_hidden_types(self.state.hidden_types)
        self.view.set_dark(self.app.current_theme.dark)
        self.query_one(VisitList).focus()
        self.corpus_loading.start()

    def set_status(self, text: str) -> None:
        """Say something short in the status line."""
        self.status = Text(text, no_wrap=True, overflow="ellipsis")

    def watch_status(self, status: Text) -> None:
        """Show the status line."""
        self.query_one("#status", Static).update(status)

    # -- the session's events -----------------------------------------------------

    def _hear(self, event: Event) -> None:
        """Bring an event of the session (from any thread) to the screen's thread."""
        self.post_message(SessionNews(event))

    @on(SessionNews)
    def _news(self, message: SessionNews) -> None:
        event = message.event
        self.session.apply(event)
        if isinstance(event, CorpusLoaded):
            self.corpus_loading.loaded(event.corpus)
        elif isinstance(event, CorpusFailed):
            self.corpus_loading.failed(event.reason)
        elif isinstance(event, BodyRead):
            self._body_read(event)
        elif isinstance(event, BodyFailed):
            self.app.notify(
                event.reason, title="Cannot open the article", severity="error", markup=False
            )
        elif isinstance(event, MentionsFound):
            self.entities.found(event)
        elif isinstance(event, VisitMentionsFound):
            self.entities.visit_found(event)
        elif isinstance(event, EntitiesFailed):
            self.app.notify(
                event.reason, title="Entities are not shown", severity="warning", markup=False
            )
        elif isinstance(event, NotesCounted):
            self.notes.counted()
        elif isinstance(event, ArticleNotesRead):
            self.notes.read(event)
        elif isinstance(event, BriefingWritten):
            self.export.written(event)
        elif isinstance(event, BriefingFailed):
            self.export.failed(event)

    # -- the panes ----------------------------------------------------------------

    def open_article(self, article_id: str, offset: int = 0, focus: bool = True) -> None:
        """Have the session read an article's body, and show it, ready to read."""
        corpus = self.session.corpus
        if corpus is None or article_id not in corpus.articles:
            return
        article = self.article = corpus.articles[article_id]
        visit = corpus.visit(article.visit) if article.visit else None
        self.query_one("#article-header", Static).update(header_text(article, visit))
        self.place.visit = self.visit_id
        self.place.article = article_id
        self.place.offset = offset
        self.entities.update_legend()
        if focus:
            self.view.focus()
        self.session.read_body(article_id, offset)

    def _body_read(self, event: BodyRead) -> None:
        if self.article is None or event.article_id != self.article.id:
            return
        self.view.show_article(event.article_id, event.body, event.offset)
        self.first_open = False
        self.crossref.show_pending_hit()
        self.session.place_notes(event.article_id, event.body)
        self.entities.recognise(event.article_id, event.body, event.offset)

    @on(OptionList.OptionHighlighted, "#visits")
    def _visit_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        if message.option.id != self.visit_id:
            self.panes.show_articles_of(message.option.id)

    @on(OptionList.OptionSelected, "#visits")
    def _visit_selected(self, message: OptionList.OptionSelected) -> None:
        self.panes.show_articles_of(message.option.id)
        articles = self.query_one(ArticleList)
        if articles.option_count:
            articles.highlighted = 0
            first = articles.highlighted_id
            if first is not None:
                self.open_article(first)
        else:
            self.app.notify("No articles cover this visit yet.")

    @on(OptionList.OptionSelected, "#articles")
    def _article_selected(self, message: OptionList.OptionSelected) -> None:
        if message.option.id is not None:
            self.open_article(message.option.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer 'Clear filters' only while a filter hides something."""
        if action == "clear_filters":
            return self.filtering
        return True

    # -- the article view ---------------------------------------------------------

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.show_cursor()

    def show_cursor(self) -> None:
        """Say what is under the reading cursor, and remember it as the place read."""
        view = self.view
        if not self.first_open:
            self.place.offset = view.cursor[0]
        selection = view.selection
        exact = view.cursor in {(m.start, m.end) for m in view.mentions_in(view.cursor)}
        span = selection or view.cursor
        percent = round(100 * view.cursor[1] / len(view.body)) if view.body else 0
        status = status_text(
            view.mentions_in(span),
            exact and selection is None,
            self.app.current_theme.dark,
            view.hidden_types,
            None if selection is None else selection[1] - selection[0],
            percent,
        )
        note = self.notes.note_at(*view.cursor)
        if note is not None:
            status = Text.assemble(("✎ ", "bold"), (shorten_note(note), "italic"), "  ", status)
        self.status = status
        self.state.hidden_types = sorted(view.hidden_types)
        self.entities.update_legend()
        self.notes.follow_cursor()

    @on(ArticleView.PassageCopied)
    def _copied(self, message: ArticleView.PassageCopied) -> None:
        self.app.notify(f"Copied {len(message.text)} characters to the clipboard.", markup=False)

    @on(ArticleView.NoteRequested)
    def _passage_note_requested(self, message: ArticleView.NoteRequested) -> None:
        self.notes.on_passage(message.article_id, message.start, message.end)

    @on(ArticleView.ArticleNoteRequested)
    def _article_note_requested(self, message: ArticleView.ArticleNoteRequested) -> None:
        self.notes.on_article(message.article_id)

    def theme_changed(self) -> None:
        """Redraw the entity colours for the new theme's background."""
        self.view.set_dark(self.app.current_theme.dark)
        self.entities.update_legend()

    # -- the notes pane and the notes filter --------------------------------------

    # (handlers named after their messages, so the notes widgets load only when first used)

    def on_notes_panel_note_chosen(self, message: NotesPanel.NoteChosen) -> None:
        """Go to the passage of the note chosen in the pane."""
        self.notes.go_to_note(message.article_id, message.span)

    def on_notes_panel_notes_changed(self, message: NotesPanel.NotesChanged) -> None:
        """Redraw counts and marks after the pane changed a note, and tell the search index."""
        self.notes.refresh()
        self.notes.saved("article", message.article_id)

    def on_note_filter_bar_filter_changed(self, message: NoteFilterBar.FilterChanged) -> None:
        """Apply the notes filter as it is typed."""
        self.crossref.notes_filter_changed(message.note_filter)

    def on_note_filter_bar_finished(self, message: NoteFilterBar.Finished) -> None:
        """Hide the field once typed; the visits pane's title says the filter is on."""
        message.bar.display = False
        self.query_one(VisitList).focus()

    # -- actions ------------------------------------------------------------------

    def action_entities(self) -> None:
        """Show the entities of the open article (or of its visit) with their counts."""
        self.entities.show_panel()

    def action_search(self) -> None:
        """Search the corpus; the hit chosen opens its article with every match marked."""
        self.crossref.search()

    def action_notes_pane(self) -> None:
        """Show the notes pane and go to it; from the pane, hide it and go back to the text."""
        self.notes.toggle_panel()

    def action_timeline(self) -> None:
        """Show the visits on a time axis; the one chosen opens."""
        self.crossref.timeline()

    def action_entity_index(self) -> None:
        """Every entity of the corpus and what names it; start on the one being read."""
        self.crossref.entity_index()

    def action_all_notes(self) -> None:
        """Every note in the corpus, newest first; the one chosen opens at its passage."""
        self.crossref.all_notes()

    def action_notes_filter(self) -> None:
        """Type 'noted' or a tag: the visits and articles panes keep only what has such notes."""
        self.crossref.ask_notes_filter()

    def action_clear_filters(self) -> None:
        """Show every visit and article again."""
        self.crossref.clear_filters()

    def action_export_visit(self) -> None:
        """Write the briefing of the visit being read as Markdown."""
        self.export.of_visit()

    def action_export_all(self) -> None:
        """Write the briefing of every visit as Markdown."""
        self.export.ask(None)

    def action_visit_note(self) -> None:
        """Write a note on the visit highlighted in the visits pane."""
        self.notes.on_visit()

    def action_confirm_visit(self) -> None:
        """Confirm the highlighted article's visit, or assign the one suggested for it."""
        self.assignment.confirm()

    def action_move_visit(self) -> None:
        """Ask which visit the highlighted article belongs to, and move it there."""
        self.assignment.move()

    def action_reverse_visits(self) -> None:
        """Reverse the order of the visits (oldest or newest first)."""
        self.panes.reverse_visits()

    # -- for the palette, the app and scripts --------------------------------------

    def entity_at_cursor(self) -> str | None:
        """The entity named in the passage being read, if any."""
        return self.crossref.entity_at_cursor()

    def filter_by_entity(self, entity: str, visits: tuple[str, ...]) -> None:
        """Show only the visits that name an entity."""
        self.crossref.filter_by_entity(entity, visits)
