"""The reader's ways across the corpus: search, timeline, entity index, notes, list filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from briefing_tui.textsafety import one_line
from briefing_tui.ui.pane_lists import VisitList
from briefing_tui.ui.reader_base import ReaderBase

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Visit
    from briefing_tui.search import SearchIndex
    from briefing_tui.ui.entity_index import EntityChoice
    from briefing_tui.ui.notes import NoteFilterBar
    from briefing_tui.ui.notes_browser import NoteChoice


class CrossrefFlow(ReaderBase):
    """Opens the corpus-wide dialogs and filters the visits and articles panes."""

    def open_visit(self, visit_id: str) -> None:
        """Show a visit and open its first article (the reader screen does it)."""
        raise NotImplementedError

    def open_article_by_id(self, article_id: str) -> None:
        """Show an article's visit and open it (the reader screen does it)."""
        raise NotImplementedError

    def _index(self) -> SearchIndex | None:
        from briefing_tui.ui.search_screen import shared_index

        return shared_index(self.locations.corpus, self.locations.annotations)

    def open_at(self, article_id: str, start: int | None, end: int | None) -> None:
        """Open an article with the passage ``start``..``end`` marked and under the cursor."""
        if start is not None and end is not None and end > start:
            self._pending_hit = (article_id, start, end)
        if self.view.article_id == article_id and self.view.body:
            self.show_pending_hit()
            self.view.focus()
        else:
            self.open_article_by_id(article_id)

    # -- search -------------------------------------------------------------------

    def action_search(self) -> None:
        """Search the corpus; the hit chosen opens its article with every match marked."""
        from briefing_tui.ui.search_screen import SearchChoice, SearchScreen

        def chosen(choice: SearchChoice | None) -> None:
            if choice is None or choice.article is None:
                return
            self._last_query = choice.query
            if choice.start is not None and choice.end is not None:
                self._pending_hit = (choice.article, choice.start, choice.end)
            if self.view.article_id == choice.article and self.view.body:
                self.show_pending_hit()
            else:
                self.open_article_by_id(choice.article)

        screen = SearchScreen(
            self.locations.corpus,
            self.locations.annotations,
            self._index(),
            query=self._last_query,
        )
        self.app.push_screen(screen, chosen)

    def show_pending_hit(self) -> None:
        """Mark every match of the chosen search hit in the open article and go to it."""
        if self._pending_hit is None:
            return
        article_id, start, end = self._pending_hit
        view = self.view
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
        self.set_status(f"{len(ranges)} matches here; n and N move through them")

    # -- timeline -----------------------------------------------------------------

    def action_timeline(self) -> None:
        """Show the visits on a time axis; the one chosen opens."""
        from briefing_tui.ui.timeline import TimelineScreen

        current = self.query_one(VisitList).highlighted_id

        def chosen(visit_id: str | None) -> None:
            if visit_id is not None:
                self.open_visit(visit_id)

        screen = TimelineScreen(
            self.locations.corpus, self.locations.annotations, self._index(), current=current
        )
        self.app.push_screen(screen, chosen)

    # -- entity index -------------------------------------------------------------

    def entity_at_cursor(self) -> str | None:
        """The entity named in the passage being read, if any."""
        view = self.view
        if view.article_id is None or not view.body:
            return None
        found = view.mentions_in(view.passage)
        return found[0].name if found else None

    def action_entity_index(self) -> None:
        """Every entity of the corpus and what names it; start on the one being read."""
        from briefing_tui.ui.entity_index import EntityIndexScreen

        screen = EntityIndexScreen(
            self.locations.corpus,
            self.locations.annotations,
            self._index(),
            entity=self.entity_at_cursor(),
        )
        self.app.push_screen(screen, self._entity_chosen_in_index)

    def _entity_chosen_in_index(self, choice: EntityChoice | None) -> None:
        if choice is None:
            return
        if choice.kind == "visit" and choice.id is not None:
            self.open_visit(choice.id)
        elif choice.kind == "article" and choice.id is not None:
            self.open_at(choice.id, choice.start, choice.end)
        elif choice.kind == "filter":
            self.filter_by_entity(choice.entity, choice.visits)

    def filter_by_entity(self, entity: str, visits: tuple[str, ...]) -> None:
        """Show only the visits that name an entity."""
        self._entity_filter = (entity, frozenset(visits))
        self.show_visits()
        pane = self.query_one(VisitList)
        pane.focus()
        if pane.highlighted_id is not None:
            self.show_articles_of(pane.highlighted_id)
        count = len(visits)
        said = "1 visit names" if count == 1 else f"{count} visits name"
        self.set_status(f"{said} {one_line(entity)}; F shows every visit")

    # -- every note ---------------------------------------------------------------

    def action_all_notes(self) -> None:
        """Every note in the corpus, newest first; the one chosen opens at its passage."""
        from briefing_tui.ui.notes_browser import NotesBrowserScreen

        screen = NotesBrowserScreen(
            self.locations.corpus, self.locations.annotations, self._index()
        )
        self.app.push_screen(screen, self._note_chosen_in_browser)

    def _note_chosen_in_browser(self, choice: NoteChoice | None) -> None:
        if choice is None:
            return
        if choice.kind == "visit" or choice.article is None:
            if choice.visit is not None:
                self.open_visit(choice.visit)
            return
        self.open_at(choice.article, choice.start, choice.end)

    # -- filters of the lists -----------------------------------------------------

    @property
    def filter_bar(self) -> NoteFilterBar | None:
        """The notes filter field above the visits, once asked for."""
        from briefing_tui.ui.notes import NoteFilterBar

        found = self.query(NoteFilterBar)
        return found.first() if found else None

    def action_notes_filter(self) -> None:
        """Type 'noted' or a tag: the visits and articles panes keep only what has such notes."""
        from briefing_tui.ui.notes import NoteFilterBar

        bar = self.filter_bar
        if bar is None:
            tags = self._notes_index.tags() if self._notes_index is not None else ()
            bar = NoteFilterBar(tags, id="notes-filter-bar")
            self.query_one("#lists").mount(bar, before=0)
        elif self._notes_index is not None:
            bar.set_tags(self._notes_index.tags())
        bar.display = True
        bar.focus()

    def on_note_filter_bar_filter_changed(self, message: NoteFilterBar.FilterChanged) -> None:
        """Apply the notes filter as it is typed."""
        self._note_filter = message.note_filter if message.note_filter.active else None
        self.show_visits()
        self.show_articles_of(self.query_one(VisitList).highlighted_id)

    def on_note_filter_bar_finished(self, message: NoteFilterBar.Finished) -> None:
        """Hide the field once typed; the visits pane's title says the filter is on."""
        message.bar.display = False
        self.query_one(VisitList).focus()

    def action_clear_filters(self) -> None:
        """Show every visit and article again."""
        self._entity_filter = None
        self._note_filter = None
        bar = self.filter_bar
        if bar is not None:
            bar.value = ""
            bar.display = False
        self.show_visits()
        self.show_articles_of(self.query_one(VisitList).highlighted_id)
        self.set_status("Every visit is shown")

    @property
    def filtering(self) -> bool:
        """True when the visits pane hides something."""
        return self._entity_filter is not None or self._note_filter is not None

    def visits_shown(self, visits: list[Visit]) -> list[Visit]:
        """The visits the filters keep, and the pane's title saying which filters are on."""
        pane = self.query_one(VisitList)
        kept = visits
        said: list[str] = []
        if self._entity_filter is not None:
            entity, ids = self._entity_filter
            kept = [v for v in kept if v.id in ids]
            said.append(f"naming {one_line(entity)}")
        chosen, index = self._note_filter, self._notes_index
        if chosen is not None and index is not None and self.corpus is not None:
            corpus = self.corpus
            by_visit = {v.id: [a.id for a in corpus.articles_of(v.id)] for v in kept}
            passing = set(index.visits_passing(chosen, by_visit))
            kept = [v for v in kept if v.id in passing]
        if chosen is not None:
            said.append(chosen.describe())
        pane.border_title = Content("Visits" + (" · " + ", ".join(said) if said else ""))
        pane.border_subtitle = "F clears the filter" if said else ""
        return kept

    def articles_shown(self, articles: list[Article]) -> list[Article]:
        """The articles the notes filter keeps."""
        chosen, index = self._note_filter, self._notes_index
        if chosen is None or index is None:
            return articles
        passing = set(index.articles_passing(chosen, [a.id for a in articles]))
        return [a for a in articles if a.id in passing]
