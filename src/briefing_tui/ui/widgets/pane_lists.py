"""The visits pane and the articles pane: virtual lists with vim keys and remappable ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing_tui.session import UNASSIGNED
from briefing_tui.textsafety import one_line

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Visit

__all__ = ["UNASSIGNED", "ArticleList", "PaneList", "VisitList"]


class PaneList(OptionList, inherit_bindings=False):
    """An option list whose every binding has an id, so keys can be remapped."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="list.page-down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="list.page-up"),
        Binding("enter,l", "select", "Open", id="list.open"),
    ]

    @property
    def highlighted_id(self) -> str | None:
        """The id of the highlighted option, if any."""
        if self.highlighted is None or self.option_count == 0:
            return None
        return self.get_option_at_index(self.highlighted).id

    def highlight_id(self, option_id: str) -> None:
        """Highlight the option with this id, if it is listed."""
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:
            return


def _shorten(names: Sequence[str], limit: int = 2) -> str:
    surnames = [one_line(name).split()[-1] if name.split() else "" for name in names[:limit]]
    more = f" +{len(names) - limit}" if len(names) > limit else ""
    return ", ".join(surnames) + more


class VisitList(PaneList):
    """The visits by date (or reversed), then a heading for articles awaiting a visit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "screen.reverse_visits", "Reverse order", id="visits.reverse"),
        Binding("a", "screen.visit_note", "Note on visit", id="visits.note"),
    ]

    def show_visits(
        self,
        visits: Sequence[Visit],
        article_counts: dict[str | None, int] | None,
        note_counts: dict[str | None, int],
        newest_first: bool,
        waiting: bool = True,
    ) -> None:
        """List these visits with their counts (and the articles awaiting one, if ``waiting``).

        Without ``article_counts`` (the articles are still being read) no counts show.
        """
        keep = self.highlighted_id
        ordered = list(reversed(visits)) if newest_first else list(visits)
        options: list[Option] = []
        for visit in ordered:
            notes = note_counts.get(visit.id, 0)
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append(visit.date.isoformat(), "bold")
            line.append(" " + one_line(visit.place))
            counts = "" if article_counts is None else f"  {article_counts.get(visit.id, 0)} art"
            if notes:
                counts += f" · {notes} note{'' if notes == 1 else 's'}"
            line.append(counts, "dim")
            if visit.participants:
                line.append("\n  " + _shorten(visit.participants), "italic")
            options.append(Option(line, id=visit.id))
        awaiting = article_counts.get(None, 0) if waiting and article_counts else 0
        if awaiting:
            line = Text("Awaiting a visit", "bold")
            line.append(f"  {awaiting} art", "dim")
            options.append(Option(line, id=UNASSIGNED))
        self.clear_options()
        self.add_options(options)
        if keep is not None:
            self.highlight_id(keep)
        if self.highlighted is None and options:
            self.highlighted = 0


class ArticleList(PaneList):
    """The articles of the chosen visit: outlet, date, title, and a mark on unconfirmed visits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "screen.confirm_visit", "Confirm visit", show=False, id="articles.confirm"),
        Binding("m", "screen.move_visit", "Move to visit", show=False, id="articles.move"),
    ]

    def show_articles(self, articles: Sequence[Article], note_counts: dict[str, int]) -> None:
        """List these articles, keeping the highlighted one if it stays."""
        keep = self.highlighted_id
        options: list[Option] = []
        for article in articles:
            line = Text()
            line.append(one_line(article.outlet), "bold")
            date = article.published.isoformat() if article.published else "undated"
            line.append(f"  {date}", "dim")
            notes = note_counts.get(article.id, 0)
            if notes:
                line.append(f" · {notes} note{'' if notes == 1 else 's'}", "dim")
            if article.suggested_visit is not None and article.visit is None:
                line.append(f"  ? suggested {one_line(article.suggested_visit)}", "bold yellow")
            elif article.unconfirmed:
                weak = ", weak" if article.assignment == "publication date" else ""
                line.append(f"  ? unconfirmed{weak}", "bold yellow")
            line.append("\n" + one_line(article.title))
            options.append(Option(line, id=article.id))
        self.clear_options()
        self.add_options(options)
        if keep is not None:
            self.highlight_id(keep)
        if self.highlighted is None and options:
            self.highlighted = 0
