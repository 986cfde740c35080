"""The reader's ways across the corpus: search, timeline, entity index, every note, list filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.session import EntityFilter
from briefing_tui.textsafety import one_line
from briefing_tui.ui.widgets.pane_lists import VisitList

if TYPE_CHECKING:
    from briefing_tui.session.notes_index import NoteFilter
    from briefing_tui.ui.notes import NoteFilterBar
    from briefing_tui.ui.screens.entity_index import EntityChoice
    from briefing_tui.ui.screens.notes_browser import NoteChoice
    from briefing_tui.ui.screens.reader import ReaderScreen
    from briefing_tui.ui.screens.search import SearchChoice


class CrossReferences:
    """Opens the corpus-wide dialogs, goes where they point, and filters the visits and articles."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session
        self._pending_hit: tuple[str, int, int] | None = None
        self._last_query = ""

    def open_at(self, article_id: str, start: int | None, end: int | None) -> None:
        """Open an article with the passage ``start``..``end`` marked and under the cursor."""
        view = self.screen.view
        if start is not None and end is not None and end > start:
            self._pending_hit = (article_id, start, end)
        if view.article_id == article_id and view.body:
            self.show_pending_hit()
            view.focus()
        else:
            self.screen.panes.open_article(article_id)

    # -- search -------------------------------------------------------------------

    def search(self) -> None:
        """Search the corpus; the hit chosen opens its article with every match marked."""
        from briefing_tui.ui.screens.search import SearchScreen

        locations = self.session.locations
        screen = SearchScreen(
            locations.corpus,
            locations.annotations,
            self.session.search_index(),
            query=self._last_query,
            jobs=self.session.jobs,
        )
        self.screen.app.push_screen(screen, self._hit_chosen)

    def _hit_chosen(self, choice: SearchChoice | None) -> None:
        if choice is None or choice.article is None:
            return
        self._last_query = choice.query
        if choice.start is not None and choice.end is not None:
            self._pending_hit = (choice.article, choice.start, choice.end)
        view = self.screen.view
        if view.article_id == choice.article and view.body:
            self.show_pending_hit()
        else:
            self.screen.panes.open_article(choice.article)

    def show_pending_hit(self) -> None:
        """Mark every match of the chosen search hit in the open article and go to it."""
        if self._pending_hit is None:
            return
        article_id, start, end = self._pending_hit
        view = self.screen.view
        if view.article_id != article_id:
            return
        self._pending_hit = None
        body = view.body
        start, end = max(0, min(start, len(body))), max(0, min(end, len(body)))
        needle = body[start:end].casefold()
        ranges: list[tuple[int, int]] = []
        if needle:
            folded = body.casefold() if len(body) == len(body.casefold()) else None
            if folded is not None:
                position = folded.find(needle)
                while position != -1 and len(ranges) < 10_000:
                    ranges.append((position, position + len(needle)))
                    position = folded.find(needle, position + 1)
        if (start, end) not in ranges:
            ranges.append((start, end))
            ranges.sort()
        view.set_hits(ranges, go_to=ranges.index((start, end)))
        view.focus()
        self.screen.set_status(f"{len(ranges)} matches here; n and N move through them")

    # -- timeline -----------------------------------------------------------------

    def timeline(self) -> None:
        """Show the visits on a time axis; the one chosen opens."""
        from briefing_tui.ui.screens.timeline import TimelineScreen

        current = self.screen.query_one(VisitList).highlighted_id
        locations = self.session.locations

        def chosen(visit_id: str | None) -> None:
            if visit_id is not None:
                self.screen.panes.open_visit(visit_id)

        screen = TimelineScreen(
            locations.corpus,
            locations.annotations,
            self.session.search_index(),
            current=current,
            jobs=self.session.jobs,
        )
        self.screen.app.push_screen(screen, chosen)

    # -- entity index -------------------------------------------------------------

    def entity_at_cursor(self) -> str | None:
        """The entity named in the passage being read, if any."""
        view = self.screen.view
        if view.article_id is None or not view.body:
            return None
        found = view.mentions_in(view.passage)
        return found[0].name if found else None

    def entity_index(self) -> None:
        """Every entity of the corpus and what names it; start on the one being read."""
        from briefing_tui.ui.screens.entity_index import EntityIndexScreen

        locations = self.session.locations
        screen = EntityIndexScreen(
            locations.corpus,
            locations.annotations,
            self.session.search_index(),
            entity=self.entity_at_cursor(),
            jobs=self.session.jobs,
        )
        self.screen.app.push_screen(screen, self._entity_chosen)

    def _entity_chosen(self, choice: EntityChoice | None) -> None:
        if choice is None:
            return
        if choice.kind == "visit" and choice.id is not None:
            self.screen.panes.open_visit(choice.id)
        elif choice.kind == "article" and choice.id is not None:
            self.open_at(choice.id, choice.start, choice.end)
        elif choice.kind == "filter":
            self.filter_by_entity(choice.entity, choice.visits)

    def filter_by_entity(self, entity: str, visits: tuple[str, ...]) -> None:
        """Show only the visits that name an entity."""
        screen = self.screen
        self.session.entity_filter = EntityFilter(entity, frozenset(visits))
        screen.panes.show_visits()
        pane = screen.query_one(VisitList)
        pane.focus()
        if pane.highlighted_id is not None:
            screen.panes.show_articles_of(pane.highlighted_id)
        count = len(visits)
        said = "1 visit names" if count == 1 else f"{count} visits name"
        screen.set_status(f"{said} {one_line(entity)}; F shows every visit")

    # -- every note ---------------------------------------------------------------

    def all_notes(self) -> None:
        """Every note in the corpus, newest first; the one chosen opens at its passage."""
        from briefing_tui.ui.screens.notes_browser import NotesBrowserScreen

        locations = self.session.locations
        screen = NotesBrowserScreen(
            locations.corpus,
            locations.annotations,
            self.session.search_index(),
            jobs=self.session.jobs,
        )
        self.screen.app.push_screen(screen, self._note_chosen)

    def _note_chosen(self, choice: NoteChoice | None) -> None:
        if choice is None:
            return
        if choice.kind == "visit" or choice.article is None:
            if choice.visit is not None:
                self.screen.panes.open_visit(choice.visit)
            return
        self.open_at(choice.article, choice.start, choice.end)

    # -- filters of the lists -----------------------------------------------------

    @property
    def filter_bar(self) -> NoteFilterBar | None:
        """The notes filter field above the visits, once asked for."""
        from briefing_tui.ui.notes import NoteFilterBar

        found = self.screen.query(NoteFilterBar)
        return found.first() if found else None

    def ask_notes_filter(self) -> None:
        """Type 'noted' or a tag: the visits and articles panes keep only what has such notes."""
        from briefing_tui.ui.notes import NoteFilterBar

        index = self.session.notes_index
        bar = self.filter_bar
        if bar is None:
            bar = NoteFilterBar(index.tags() if index is not None else (), id="notes-filter-bar")
            self.screen.query_one("#lists").mount(bar, before=0)
        elif index is not None:
            bar.set_tags(index.tags())
        bar.display = True
        bar.focus()

    def notes_filter_changed(self, note_filter: NoteFilter) -> None:
        """Apply the notes filter as it is typed."""
        screen = self.screen
        self.session.note_filter = note_filter if note_filter.active else None
        screen.panes.show_visits()
        screen.panes.show_articles_of(screen.query_one(VisitList).highlighted_id)

    def clear_filters(self) -> None:
        """Show every visit and article again."""
        screen = self.screen
        self.session.clear_filters()
        bar = self.filter_bar
        if bar is not None:
            bar.value = ""
            bar.display = False
        screen.panes.show_visits()
        screen.panes.show_articles_of(screen.query_one(VisitList).highlighted_id)
        screen.set_status("Every visit is shown")
