"""The visits an article can be moved to, the one it is in or was suggested first."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line

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
