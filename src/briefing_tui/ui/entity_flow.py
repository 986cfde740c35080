"""The reader's entities: recognised in workers, drawn in colour, listed in the panel."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual import on
from textual.widgets import Static

from briefing_tui.problems import BriefingError
from briefing_tui.ui.article_header import legend_text
from briefing_tui.ui.article_view import LARGE, WINDOW_AFTER, WINDOW_BEFORE
from briefing_tui.ui.loading import MentionsFound, VisitMentionsFound
from briefing_tui.ui.pane_lists import UNASSIGNED, ArticleList
from briefing_tui.ui.reader_base import ReaderBase
from briefing_tui.ui.text_layout import window_around

if TYPE_CHECKING:
    from briefing_tui.entities import Mention


class EntityFlow(ReaderBase):
    """Recognises entities off the UI thread and walks the analyst through their mentions."""

    def _tag(self, article_id: str, body: str) -> list[Mention] | None:
        """Recognise entities (in a worker); a failure is reported once and shows no colours."""
        try:
            from briefing_tui.entities import tagger_for

            if self._tagger is None and self.corpus is not None:
                self._tagger = tagger_for(self.corpus)
            found: list[Mention] = self._tagger.mentions(article_id, body)
        except Exception as exc:  # a recogniser fault must not close the reader
            if not self._entities_failed:
                self._entities_failed = True
                reason = f"{type(exc).__name__}: {exc}"
                self.app.call_from_thread(
                    self.app.notify,
                    reason,
                    title="Entities are not shown",
                    severity="warning",
                    markup=False,
                )
            return None
        return found

    def _recognise(self, article_id: str, body: str, offset: int = 0) -> None:
        if len(body) > LARGE:
            start, stop = window_around(body, offset, WINDOW_BEFORE // 4, WINDOW_AFTER // 4)
            near = self._tag(article_id, body[start:stop]) or []
            shifted = [m._replace(start=m.start + start, end=m.end + start) for m in near]
            self.post_message(MentionsFound(article_id, shifted, complete=False))
            return
        self._recognise_all(article_id, body)

    def _recognise_all(self, article_id: str, body: str) -> None:
        found = self._tag(article_id, body)
        self.post_message(MentionsFound(article_id, found if found is not None else []))

    def _warm_up(self) -> None:
        """Build the recogniser after the first screen, so the first article opens fast."""
        self._tag("", "Warm-up in Moscow.")

    @on(MentionsFound)
    def _mentions_found(self, message: MentionsFound) -> None:
        if message.complete:
            self._mentions[message.article_id] = message.mentions
        self._show_mentions(message.article_id, message.mentions)
        view = self.view
        if not message.complete and view.article_id == message.article_id:
            article_id, body = view.article_id, view.body

            def recognise_all() -> None:
                if view.article_id == article_id:
                    self.run_worker(
                        lambda: self._recognise_all(article_id, body),
                        thread=True,
                        group="entities",
                        exclusive=True,
                    )

            self.call_after_refresh(recognise_all)

    def _show_mentions(self, article_id: str, mentions: list[Mention]) -> None:
        if self.view.article_id != article_id:
            return
        self.view.set_mentions(mentions)
        self._update_legend()
        if self._pending_entity is not None:
            name, self._pending_entity = self._pending_entity, None
            self.go_to_entity(name)

    def _update_legend(self) -> None:
        mentions = self.view.mentions if self.view.article_id else None
        counts = None
        if mentions:
            key = (self.view.article_id, id(mentions))
            if self._type_counts[0] != key:
                self._type_counts = (key, dict(Counter(m.type for m in mentions)))
            counts = self._type_counts[1]
        elif self.article is not None and self.article.id in self._mentions:
            counts = {}
        self.query_one("#legend", Static).update(
            legend_text(self.app.current_theme.dark, self.view.hidden_types, counts)
        )

    def go_to_entity(self, name: str) -> None:
        """Mark every mention of an entity in the open article and move to the first."""
        ranges = [(m.start, m.end) for m in self.view.mentions if m.name == name]
        self.view.set_hits(ranges)
        self.view.focus()
        if ranges:
            self.set_status(f"{len(ranges)} mentions; n and N move through them")

    def _recognise_visit(self, visit_id: str | None) -> None:
        if self.corpus is None:
            return
        found: dict[str, list[Mention]] = {}
        key = None if visit_id == UNASSIGNED else visit_id
        for article in self.corpus.articles_of(key):
            known = self._mentions.get(article.id)
            if known is None:
                try:
                    body = self.corpus.body(article)
                except BriefingError:
                    continue
                known = self._tag(article.id, body) or []
            found[article.id] = known
        self.post_message(VisitMentionsFound(visit_id, found))

    @on(VisitMentionsFound)
    def _visit_mentions_found(self, message: VisitMentionsFound) -> None:
        self._visit_mentions[message.visit_id] = message.mentions
        self._mentions.update(message.mentions)
        from briefing_tui.ui.entity_panel import EntityPanel

        if isinstance(self.app.screen, EntityPanel):
            self.app.screen.set_visit_mentions(message.mentions)

    def action_entities(self) -> None:
        """Show the entities of the open article (or of its visit) with their counts."""
        from briefing_tui.ui.entity_panel import EntityPanel

        article_id = self.article.id if self.article else None
        visit_id = self.visit_id
        panel = EntityPanel(
            self._mentions.get(article_id or "", []),
            self._visit_mentions.get(visit_id),
            article_scope=article_id is not None,
            dark=self.app.current_theme.dark,
        )
        if visit_id not in self._visit_mentions:
            self.run_worker(
                lambda: self._recognise_visit(visit_id),
                thread=True,
                group="visit-entities",
                exclusive=True,
            )
        self.app.push_screen(panel, self._entity_chosen)

    def _entity_chosen(self, choice: tuple[str, str | None] | None) -> None:
        if choice is None:
            return
        name, article_id = choice
        if article_id is None or (self.article is not None and article_id == self.article.id):
            self.go_to_entity(name)
            return
        self._pending_entity = name
        self.query_one(ArticleList).highlight_id(article_id)
        self.open_article(article_id)
