"""The search dialog: results as you type, and the screens that share the corpus's search index.

``IndexedScreen`` opens (or first builds) the index in a thread worker with a
progress bar, so every dialog over the index starts at once even on an
archive; ``SearchScreen`` is the ``/`` dialog, which returns the chosen hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.safe_fields import SafeInput

if TYPE_CHECKING:
    from briefing_tui.search import SearchHit, SearchIndex
    from briefing_tui.search.as_you_type import LiveAnswer

Answer = TypeVar("Answer")

RANK_AFTER = 0.3
"""Seconds of quiet after which an answer shown unranked is ranked."""

INDEX_CSS = """
IndexedScreen {
    align: center middle;
}
IndexedScreen > .index-dialog {
    width: 90%;
    height: 85%;
    border: round $accent;
    background: $surface;
    padding: 0 1;
}
IndexedScreen ProgressBar {
    width: 100%;
    height: 1;
}
IndexedScreen .index-status {
    height: 1;
    color: $text-muted;
}
IndexedScreen OptionList {
    height: 1fr;
    border: none;
}
"""


class IndexOpened(Message):
    """The search index is open: the app may keep it and hand it to the next dialog."""

    def __init__(self, index: SearchIndex) -> None:
        super().__init__()
        self.index = index


class IndexProgress(Message):
    """How far the first build of the index has come."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class IndexFailed(Message):
    """The index could not be opened; the message says why in one sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class IndexRefreshed(Message):
    """The index has caught up with files changed since it was opened."""


class IndexedScreen(ModalScreen[Answer]):
    """A dialog over the search index: it opens the index in a worker, with a progress bar."""

    DEFAULT_CSS = INDEX_CSS

    def __init__(self, corpus: Path, annotations: Path, index: SearchIndex | None = None) -> None:
        super().__init__()
        self.corpus = Path(corpus)
        self.annotations = Path(annotations)
        self.index = index

    def compose_progress(self) -> ComposeResult:
        """The progress bar and status line every such dialog shows while the index builds."""
        yield ProgressBar(show_eta=False, id="index-progress")
        yield Static("", classes="index-status", id="index-status")

    def start_index(self) -> None:
        """Open the index in a worker, or bring the one handed over up to date.

        Each dialog calls this from its own ``on_mount``, once its widgets are in place.
        """
        bar = self.query_one("#index-progress", ProgressBar)
        if self.index is None:
            self.status("opening the search index…")
            self.run_worker(self._open_index, thread=True, group="index", exclusive=True)
        else:
            bar.display = False
            self.index_ready()
            self.run_worker(self._refresh_index, thread=True, group="index", exclusive=True)

    def status(self, text: str) -> None:
        """Show one line under the progress bar (never markup)."""
        self.query_one("#index-status", Static).update(Text(one_line(text)))

    def index_ready(self) -> None:
        """Called on the UI thread once ``self.index`` can answer; dialogs fill themselves here."""

    def index_changed(self) -> None:
        """Called after a refresh found changed files; dialogs re-run what they show."""
        self.index_ready()

    def _open_index(self) -> None:
        from briefing_tui.problems import BriefingError
        from briefing_tui.session.search_indexes import open_shared_index

        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgress(done, total))

        try:
            index = open_shared_index(self.corpus, self.annotations, progress=progress)
        except BriefingError as exc:
            self.post_message(IndexFailed(str(exc)))
            return
        self.post_message(IndexOpened(index))

    def _refresh_index(self) -> None:
        from briefing_tui.problems import BriefingError

        index = self.index
        if index is None:
            return
        try:
            report = index.refresh()
        except BriefingError as exc:
            self.post_message(IndexFailed(str(exc)))
            return
        if not report.nothing_to_do:
            self.post_message(IndexRefreshed())

    def on_index_progress(self, message: IndexProgress) -> None:
        """Move the bar along while articles are indexed."""
        bar = self.query_one("#index-progress", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        if message.total:
            self.status(f"indexing articles for search: {message.done} of {message.total}")

    def on_index_opened(self, message: IndexOpened) -> None:
        """Keep the index, hide the bar, report warnings and fill the dialog."""
        self.index = message.index
        self.query_one("#index-progress", ProgressBar).display = False
        notes = [*message.index.warnings, *(str(p) for p in message.index.problems[:3])]
        self.status("; ".join(notes) if notes else "")
        self.index_ready()

    def on_index_refreshed(self, message: IndexRefreshed) -> None:
        """Show what changed on disk since the index was last used."""
        message.stop()
        self.index_changed()

    def on_index_failed(self, message: IndexFailed) -> None:
        """Say why there is no index; the dialog stays open so the reason can be read."""
        message.stop()
        self.query_one("#index-progress", ProgressBar).display = False
        self.status(message.reason)


@dataclass(frozen=True)
class SearchChoice:
    """The hit the analyst chose: open ``article`` (or ``visit``) at ``start``..``end``."""

    kind: Literal["article", "note"]
    article: str | None
    visit: str | None
    start: int | None
    end: int | None
    note: str | None
    query: str


class SearchAnswered(Message):
    """A thread worker has the hits for some typed text."""

    def __init__(self, answer: LiveAnswer) -> None:
        super().__init__()
        self.answer = answer


def hit_prompt(hit: SearchHit) -> Text:
    """Three lines for one hit: title, where it is from, and the snippet with the hit marked."""
    title = Text(
        one_line(hit.title) or "(untitled)", style="bold", no_wrap=True, overflow="ellipsis"
    )
    if hit.kind == "note":
        title = Text("note  ", style="reverse") + title
    facts = " · ".join(
        f for f in (hit.published or "date unknown", hit.outlet or "", hit.visit or "") if f
    )
    snippet = Text(one_line(hit.snippet), no_wrap=True, overflow="ellipsis")
    start, end = hit.snippet_hit
    if end > start:
        snippet.stylize("reverse bold", start, end)
    prompt = Text("\n").join([title, Text(one_line(facts), style="dim"), snippet])
    prompt.no_wrap = True
    prompt.overflow = "ellipsis"
    return prompt


class SearchScreen(IndexedScreen[SearchChoice | None]):
    """Search the corpus and its notes as you type; ``enter`` opens the chosen hit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="search.close"),
        Binding("down,ctrl+n", "move(1)", "Next hit", show=False, id="search.next"),
        Binding("up,ctrl+p", "move(-1)", "Previous hit", show=False, id="search.previous"),
    ]

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        index: SearchIndex | None = None,
        query: str = "",
    ) -> None:
        super().__init__(corpus, annotations, index)
        self.initial_query = query
        self.hits: list[SearchHit] = []
        self._rank_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """The query box, the progress of a first build, and the hits."""
        with Vertical(classes="index-dialog", id="search-dialog"):
            yield SafeInput(
                value=self.initial_query,
                placeholder='words, "a phrase", prefix*, visit:ID outlet:NAME entity:NAME '
                "from:DATE to:DATE",
                id="search-input",
            )
            yield from self.compose_progress()
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        """Title the dialog, focus the query box and open the index."""
        dialog = self.query_one("#search-dialog")
        dialog.border_title = "Search"
        dialog.border_subtitle = "enter opens · escape closes"
        self.query_one("#search-input", Input).focus()
        self.start_index()

    def index_ready(self) -> None:
        """Search for whatever has been typed so far."""
        self._ask(self.query_one("#search-input", Input).value)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self._ask(event.value)

    def _ask(self, text: str, ranked: bool = False) -> None:
        """Answer the typed text in a worker: within a keystroke's budget, or fully ranked."""
        index = self.index
        if index is None:
            return
        if self._rank_timer is not None:
            self._rank_timer.stop()
            self._rank_timer = None
        from briefing_tui.search.as_you_type import LIVE_BUDGET, answer_as_typed

        budget = None if ranked else LIVE_BUDGET

        def work() -> None:
            self.post_message(SearchAnswered(answer_as_typed(index, text, budget=budget)))

        self.run_worker(work, thread=True, group="search", exclusive=True)

    def _rank_when_idle(self, text: str) -> None:
        def rank() -> None:
            self._rank_timer = None
            if self.query_one("#search-input", Input).value == text:
                self._ask(text, ranked=True)

        self._rank_timer = self.set_timer(RANK_AFTER, rank)

    def on_search_answered(self, message: SearchAnswered) -> None:
        """Show the hits if they still answer what is in the box."""
        answer = message.answer
        if answer.text != self.query_one("#search-input", Input).value:
            return
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        self.hits = list(answer.results.hits) if answer.results else []
        results.add_options(
            [Option(hit_prompt(hit), id=str(number)) for number, hit in enumerate(self.hits)]
        )
        if self.hits:
            results.highlighted = 0
        if answer.message:
            self.status(answer.message)
        elif answer.results is None:
            self.status("")
        else:
            skipped = [str(p) for p in answer.results.problems]
            count = f"{len(self.hits)} hit{'s' if len(self.hits) != 1 else ''}"
            if not answer.results.ranked:
                count += " (newest first; ranked when typing pauses)"
                self._rank_when_idle(answer.text)
            self.status("; ".join([count, *skipped]) if skipped else count)

    def action_move(self, step: int) -> None:
        """Move the highlight through the hits while the query box keeps the focus."""
        results = self.query_one("#search-results", OptionList)
        if not self.hits:
            return
        current = results.highlighted if results.highlighted is not None else -step
        results.highlighted = max(0, min(len(self.hits) - 1, current + step))

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if self.hits:
            self._choose(results.highlighted or 0)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, number: int) -> None:
        hit = self.hits[number]
        self.dismiss(
            SearchChoice(
                kind=hit.kind,
                article=hit.article,
                visit=hit.visit,
                start=hit.start,
                end=hit.end,
                note=hit.note,
                query=self.query_one("#search-input", Input).value,
            )
        )

    def action_close(self) -> None:
        """Back to reading, nothing chosen."""
        self.dismiss(None)
