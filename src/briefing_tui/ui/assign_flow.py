"""Confirming or moving the visit ingest chose for an article, from the articles pane."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import one_line
from briefing_tui.ui.pane_lists import UNASSIGNED, ArticleList
from briefing_tui.ui.reader_base import ReaderBase

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Visit

NO_VISIT = "~none"


class VisitChooser(ModalScreen[str | None]):
    """The visits to move an article to; dismisses with a visit id, ``NO_VISIT``, or None."""

    DEFAULT_CSS = """
    VisitChooser { align: center middle; }
    VisitChooser > Vertical {
        width: 72; height: auto; max-height: 80%; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    VisitChooser Label { margin-bottom: 1; }
    VisitChooser OptionList { height: auto; max-height: 20; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="visit-chooser.cancel"),
    ]

    def __init__(self, article: Article, visits: list[Visit]) -> None:
        super().__init__()
        self.article = article
        self.visits = visits

    def compose(self) -> ComposeResult:
        """The question and the visits, the article's own first."""
        options: list[Option] = []
        for visit in self.visits:
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append(visit.date.isoformat(), "bold")
            line.append(f" {one_line(visit.place)}  {one_line(visit.title)}")
            if visit.id == self.article.visit:
                line.append("  (now)", "dim")
            elif visit.id == self.article.suggested_visit:
                line.append("  (suggested)", "dim")
            options.append(Option(line, id=visit.id))
        options.append(Option(Text("No visit: awaiting assignment", "italic"), id=NO_VISIT))
        with Vertical():
            yield Label(f"Move “{one_line(self.article.title)}” to which visit?", markup=False)
            yield OptionList(*options, id="visit-choices")

    def on_mount(self) -> None:
        """Put the cursor on the suggested visit, else the one the article is in."""
        choices = self.query_one(OptionList)
        for wanted in (self.article.suggested_visit, self.article.visit):
            if wanted is not None:
                for index, visit in enumerate(self.visits):
                    if visit.id == wanted:
                        choices.highlighted = index
                        break
                break
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Choose the highlighted visit."""
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Leave the article where it is."""
        self.dismiss(None)


class AssignFlow(ReaderBase):
    """``c`` confirms the visit ingest chose or suggested; ``m`` moves the article to another."""

    def _chosen_article(self) -> Article | None:
        if self.corpus is None:
            return None
        article_id = self.query_one(ArticleList).highlighted_id
        return self.corpus.articles.get(article_id or "")

    def action_confirm_visit(self) -> None:
        """Confirm the highlighted article's visit, or assign the one suggested for it."""
        article = self._chosen_article()
        if article is None:
            return
        if not article.unconfirmed:
            self.app.notify("This article's visit is already confirmed.", markup=False, timeout=4)
            return
        target = article.visit or article.suggested_visit
        if target is None:
            self.action_move_visit()
            return
        self.reassign(article, target)

    def action_move_visit(self) -> None:
        """Ask which visit the highlighted article belongs to, and move it there."""
        article = self._chosen_article()
        if article is None or self.corpus is None:
            return

        def chosen(choice: str | None) -> None:
            if choice is not None:
                self.reassign(article, None if choice == NO_VISIT else choice)

        self.app.push_screen(VisitChooser(article, list(self.corpus.visits)), chosen)

    def reassign(self, article: Article, visit_id: str | None) -> None:
        """Rewrite the article's visit on disk, then show it where it now belongs."""
        from briefing_tui.corpus.assign import set_visit
        from briefing_tui.corpus.loader import load_article

        corpus = self.corpus
        if corpus is None:
            return
        try:
            set_visit(article.path, visit_id)
            fresh = load_article(article.path, corpus.root)
        except (BriefingError, OSError) as exc:
            self.app.notify(
                f"The visit was not changed: {one_line(str(exc))}",
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        articles = dict(corpus.articles)  # a new mapping, so the visit index is rebuilt
        articles[article.id] = fresh
        corpus.articles = articles
        if self.article is not None and self.article.id == article.id:
            self.article = fresh
        where = f"visit {visit_id}" if visit_id else "the articles awaiting a visit"
        self.app.notify(f"“{one_line(article.title)}” is now in {where}.", markup=False, timeout=5)
        self.show_visits()
        self.show_articles_of(self.visit_id or UNASSIGNED)
