"""The main screen: visits, their articles and the article being read, with a status line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static

from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import one_line
from briefing_tui.ui.article_header import header_text, status_text
from briefing_tui.ui.article_view import ArticleView
from briefing_tui.ui.assign_flow import AssignFlow
from briefing_tui.ui.crossref_flow import CrossrefFlow
from briefing_tui.ui.entity_flow import EntityFlow
from briefing_tui.ui.export_flow import ExportFlow
from briefing_tui.ui.loading import (
    BodyFailed,
    BodyLoaded,
    CorpusFailed,
    CorpusLoaded,
    is_small_corpus,
    load_corpus_in_thread,
    load_corpus_soon,
)
from briefing_tui.ui.note_flow import NoteFlow
from briefing_tui.ui.pane_lists import UNASSIGNED, ArticleList, VisitList

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus


def shorten_note(body: str, width: int = 48) -> str:
    """A note's body on one short, terminal-safe line."""
    line = one_line(body)
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


class ReaderScreen(EntityFlow, NoteFlow, CrossrefFlow, ExportFlow, AssignFlow):
    """Three panes (visits, articles, the article), a notes pane on demand and a status line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next pane", show=False, id="app.next-pane"),
        Binding(
            "shift+tab", "app.focus_previous", "Previous pane", show=False, id="app.previous-pane"
        ),
        Binding("e", "entities", "Entities", id="reader.entities"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding(
            "p",
            "notes_pane",
            "Notes",
            tooltip="Show or hide the notes pane of the open article",
            id="reader.notes-pane",
        ),
        Binding("t", "timeline", "Timeline", show=False, id="reader.timeline"),
        Binding("i", "entity_index", "Entity index", show=False, id="reader.entity-index"),
        Binding("ctrl+n", "all_notes", "All notes", show=False, id="reader.all-notes"),
        Binding("f", "notes_filter", "Notes filter", show=False, id="reader.notes-filter"),
        Binding("F", "clear_filters", "Clear filters", id="reader.clear-filters"),
        Binding("x", "export_visit", "Export visit", show=False, id="reader.export-visit"),
        Binding("X", "export_all", "Export everything", show=False, id="reader.export-all"),
    ]

    class VisitsShown(Message):
        """The visits are on screen: the reader's first useful frame has been drawn."""

    class CorpusShown(Message):
        """Every article has been read and the visits pane shows their counts."""

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
                yield ArticleView(id="article")
        yield Static("Loading the corpus…", id="status")

    def on_mount(self) -> None:
        """Read a small corpus at once; of a large one, show the visits and read the rest later."""
        self.view.set_hidden_types(self.state.hidden_types)
        self.view.set_dark(self.app.current_theme.dark)
        self.query_one(VisitList).focus()
        root = self.locations.corpus
        if is_small_corpus(root):
            self._corpus_future = load_corpus_soon(root)
            self._corpus_done(self._corpus_future)
        else:
            self._show_visits_first(root)

    # -- loading ------------------------------------------------------------------

    def _show_visits_first(self, root: Path) -> None:
        """Show the visits of ``visits.yaml`` in the first frame; the articles follow in a thread.

        The thread starts once that frame is drawn, so it does not slow the frame down.
        """
        from briefing_tui.corpus.loader import load_visits

        self._early_visits, _ = load_visits(root / "visits.yaml", root)
        self.show_visits()

        def start() -> None:
            self._corpus_future = load_corpus_in_thread(root)
            self.run_worker(self._load_corpus, thread=True, group="corpus", exclusive=True)

        self.call_after_refresh(self._visits_on_screen, start)

    def _visits_on_screen(self, then: Callable[[], None] | None = None) -> None:
        """Say, once, that the visits are on screen; then do what waited for it."""
        if not self._visits_announced:
            self._visits_announced = True
            self.app.post_message(self.VisitsShown())
        if then is not None:
            then()

    def _load_corpus(self) -> None:
        future = self._corpus_future
        if future is None:
            return
        future.exception()
        self.app.call_from_thread(self._corpus_done, future)

    def _corpus_done(self, future: Future[Corpus]) -> None:
        error = future.exception()
        if isinstance(error, BriefingError):
            self._corpus_failed(CorpusFailed(str(error)))
        elif error is not None:
            raise error
        else:
            self._corpus_loaded(CorpusLoaded(future.result()))

    @on(CorpusFailed)
    def _corpus_failed(self, message: CorpusFailed) -> None:
        self.set_status(message.reason)
        self.app.notify(
            message.reason,
            title="Cannot open the corpus",
            severity="error",
            markup=False,
            timeout=30,
        )

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        corpus = self.corpus = message.corpus
        self._early_visits = []
        self.show_visits()
        self.call_after_refresh(self._first_frame_drawn)
        if corpus.problems:
            lines = "\n".join(str(p) for p in corpus.problems[:5])
            more = f"\n… and {len(corpus.problems) - 5} more" if len(corpus.problems) > 5 else ""
            self.app.notify(
                lines + more + "\n(briefing check lists them all)",
                title=f"{len(corpus.problems)} problems in the corpus",
                severity="warning",
                markup=False,
                timeout=12,
            )
        self.set_status(
            f"{len(corpus.visits)} visits, {len(corpus.articles)} articles"
            + (f", {len(corpus.problems)} problems" if corpus.problems else "")
        )
        visit_id = self.place.visit
        if visit_id is not None and (corpus.visit(visit_id) or visit_id == UNASSIGNED):
            self.query_one(VisitList).highlight_id(visit_id)
        self.show_articles_of(self.query_one(VisitList).highlighted_id)
        article = corpus.articles.get(self.place.article or "")
        if article is not None:
            self.query_one(ArticleList).highlight_id(article.id)
            self.open_article(article.id, self.place.offset)
        else:
            self._first_open = False

    def _first_frame_drawn(self) -> None:
        """Say the visits are on screen, then do what can wait a frame."""
        self._visits_on_screen()
        self.app.post_message(self.CorpusShown())
        self.call_after_refresh(self._after_first_screen)

    def _after_first_screen(self) -> None:
        """Add the footer, count notes and get the recogniser ready, once the visits show."""
        from textual.widgets import Footer

        if not self.is_attached:
            return
        self.mount(Footer(compact=True))
        self.mount_notes_panel()
        self.refresh_notes()
        self.call_after_refresh(self.offer_drafts)
        if self.view.article_id is None:
            self.run_worker(self._warm_up, thread=True, group="entities", exclusive=True)

    def show_visits(self) -> None:
        """List the visits, with their counts, in the order the analyst chose.

        Before the articles are read, the visits show without counts.
        """
        if self.corpus is None:
            if self._early_visits:
                self.query_one(VisitList).show_visits(
                    self._early_visits, None, {}, self.state.newest_first
                )
            return
        counts: dict[str | None, int] = dict(
            Counter(a.visit for a in self.corpus.articles.values())
        )
        self.query_one(VisitList).show_visits(
            self.visits_shown(list(self.corpus.visits)),
            counts,
            self._visit_note_counts,
            self.state.newest_first,
            waiting=not self.filtering,
        )
        self.refresh_bindings()

    def show_articles_of(self, visit_id: str | None) -> None:
        """List the articles of a visit (or those awaiting one) in the articles pane."""
        if self.corpus is None or visit_id is None:
            return
        self.visit_id = visit_id
        key = None if visit_id == UNASSIGNED else visit_id
        visit = self.corpus.visit(visit_id) if key else None
        pane = self.query_one(ArticleList)
        pane.border_title = Content(
            f"Articles · {visit.date.isoformat()} {one_line(visit.place)}"
            if visit
            else "Articles awaiting a visit"
        )
        pane.show_articles(
            self.articles_shown(list(self.corpus.articles_of(key))), self._note_counts
        )

    def open_article(self, article_id: str, offset: int = 0, focus: bool = True) -> None:
        """Read an article's body in a thread and show it, ready to read."""
        if self.corpus is None or article_id not in self.corpus.articles:
            return
        article = self.article = self.corpus.articles[article_id]
        visit = self.corpus.visit(article.visit) if article.visit else None
        self.query_one("#article-header", Static).update(header_text(article, visit))
        self.place.visit = self.visit_id
        self.place.article = article_id
        self.place.offset = offset
        self._update_legend()
        if focus:
            self.view.focus()
        corpus = self.corpus

        def read() -> None:
            try:
                body = corpus.body(article)
            except BriefingError as exc:
                self.post_message(BodyFailed(article_id, str(exc)))
                return
            self.post_message(BodyLoaded(article_id, body, offset))

        self.run_worker(read, thread=True, group="body", exclusive=True)

    @on(BodyFailed)
    def _body_failed(self, message: BodyFailed) -> None:
        self.app.notify(
            message.reason, title="Cannot open the article", severity="error", markup=False
        )

    @on(BodyLoaded)
    def _body_loaded(self, message: BodyLoaded) -> None:
        if self.article is None or message.article_id != self.article.id:
            return
        self.view.show_article(message.article_id, message.body, message.offset)
        self._first_open = False
        self.show_pending_hit()
        self._place_notes_later(message.article_id, message.body)
        known = self._mentions.get(message.article_id)
        if known is not None:
            self._show_mentions(message.article_id, known)
        else:
            self.run_worker(
                lambda: self._recognise(message.article_id, message.body, message.offset),
                thread=True,
                group="entities",
                exclusive=True,
            )

    # -- panes --------------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#visits")
    def _visit_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        if message.option.id != self.visit_id:
            self.show_articles_of(message.option.id)

    @on(OptionList.OptionSelected, "#visits")
    def _visit_selected(self, message: OptionList.OptionSelected) -> None:
        self.show_articles_of(message.option.id)
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

    def action_reverse_visits(self) -> None:
        """Reverse the order of the visits (oldest or newest first)."""
        self.state.newest_first = not self.state.newest_first
        self.show_visits()
        order = "newest" if self.state.newest_first else "oldest"
        self.set_status(f"Visits: {order} first")

    # -- the article view's messages ---------------------------------------------

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.show_cursor()

    def show_cursor(self) -> None:
        """Say what is under the reading cursor, and remember it as the place read."""
        view = self.view
        if not self._first_open:
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
        note = next(
            (
                body
                for start, end, body in self._placed_notes
                if start < view.cursor[1] and end > view.cursor[0]
            ),
            None,
        )
        if note is not None:
            status = Text.assemble(("✎ ", "bold"), (shorten_note(note), "italic"), "  ", status)
        self.query_one("#status", Static).update(status)
        self.state.hidden_types = sorted(view.hidden_types)
        self._update_legend()
        self.follow_cursor_in_pane()

    @on(ArticleView.PassageCopied)
    def _copied(self, message: ArticleView.PassageCopied) -> None:
        count = len(message.text)
        self.app.notify(f"Copied {count} characters to the clipboard.", markup=False)

    def theme_changed(self) -> None:
        """Redraw the entity colours for the new theme's background."""
        self.view.set_dark(self.app.current_theme.dark)
        self._update_legend()

    def open_visit(self, visit_id: str) -> None:
        """Show a visit and open its first article (from the palette)."""
        visits = self.query_one(VisitList)
        visits.highlight_id(visit_id)
        self.show_articles_of(visit_id)
        articles = self.query_one(ArticleList)
        first = articles.highlighted_id
        if first is not None:
            self.open_article(first)

    def open_article_by_id(self, article_id: str) -> None:
        """Show an article's visit and open it (from the palette)."""
        if self.corpus is None or article_id not in self.corpus.articles:
            return
        visit_id = self.corpus.articles[article_id].visit or UNASSIGNED
        self.query_one(VisitList).highlight_id(visit_id)
        self.show_articles_of(visit_id)
        self.query_one(ArticleList).highlight_id(article_id)
        self.open_article(article_id)

    @property
    def corpus_root(self) -> Path:
        """The corpus folder being read."""
        return self.locations.corpus
