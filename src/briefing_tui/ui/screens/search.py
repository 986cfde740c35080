"""The search dialog: results as you type, and the screens that share the corpus's search index.

``IndexedScreen`` opens (or first builds) the index in a job of the reading
session with a progress bar, so every dialog over the index starts at once even
on an archive; ``SearchScreen`` is the ``/`` dialog, which returns the chosen hit.
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

from briefing_tui.session.events import (
    IndexEvent,
    IndexFailed,
    IndexOpened,
    IndexProgress,
    IndexRefreshed,
)
from briefing_tui.session.search_indexes import IndexJobs
from briefing_tui.textsafety import one_line
from briefing_tui.ui.jobs import WorkerJobs
from briefing_tui.ui.notes.safe_fields import SafeInput

if TYPE_CHECKING:
    from briefing_tui.search import SearchHit, SearchIndex
    from briefing_tui.search.as_you_type import LiveAnswer
    from briefing_tui.session.jobs import Jobs

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


class IndexNews(Message, bubble=False):
    """What a job over the search index reported, brought to the dialog's thread."""

    def __init__(self, event: IndexEvent) -> None:
        super().__init__()
        self.event = event


class IndexedScreen(ModalScreen[Answer]):
    """A dialog over the search index: it opens the index in a job, with a progress bar."""

    DEFAULT_CSS = INDEX_CSS

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        index: SearchIndex | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__()
        self.corpus = Path(corpus)
        self.annotations = Path(annotations)
        self.index = index
        self.index_jobs = IndexJobs(jobs or WorkerJobs(self), self._tell)

    def compose_progress(self) -> ComposeResult:
        """The progress bar and status line every such dialog shows while the index builds."""
        yield ProgressBar(show_eta=False, id="index-progress")
        yield Static("", classes="index-status", id="index-status")

    def start_index(self) -> None:
        """Open the index in a job, or bring the one handed over up to date.

        Each dialog calls this from its own ``on_mount``, once its widgets are in place.
        """
        bar = self.query_one("#index-progress", ProgressBar)
        if self.index is None:
            self.status("opening the search index…")
            self.index_jobs.open(self.corpus, self.annotations)
        else:
            bar.display = False
            self.index_ready()
            self.index_jobs.refresh(self.index)

    def status(self, text: str) -> None:
        """Show one line under the progress bar (never markup)."""
        self.query_one("#index-status", Static).update(Text(one_line(text)))

    def index_ready(self) -> None:
        """Called on the UI thread once ``self.index`` can answer; dialogs fill themselves here."""

    def index_changed(self) -> None:
        """Called after a refresh found changed files; dialogs re-run what they show."""
        self.index_ready()

    def answered(self, answer: LiveAnswer) -> None:
        """Called on the UI thread with hits for some typed text; the search dialog shows them."""

    def _tell(self, event: IndexEvent) -> None:
        """Bring what a job found (on the job's thread) to the dialog's thread."""
        self.post_message(IndexNews(event))

    def on_index_news(self, message: IndexNews) -> None:
        """Show what a job over the index found."""
        event = message.event
        if isinstance(event, IndexProgress):
            self._progress(event)
        elif isinstance(event, IndexOpened):
            self._opened(event.index)
        elif isinstance(event, IndexRefreshed):
            self.index_changed()
        elif isinstance(event, IndexFailed):
            self._index_failed(event.reason)
        else:
            self.answered(event.answer)

    def _progress(self, event: IndexProgress) -> None:
        """Move the bar along while articles are indexed."""
        bar = self.query_one("#index-progress", ProgressBar)
        bar.update(total=max(event.total, 1), progress=event.done)
        if event.total:
            self.status(f"indexing articles for search: {event.done} of {event.total}")

    def _opened(self, index: SearchIndex) -> None:
        """Keep the index, hide the bar, report warnings and fill the dialog."""
        self.index = index
        self.query_one("#index-progress", ProgressBar).display = False
        notes = [*index.warnings, *(str(p) for p in index.problems[:3])]
        self.status("; ".join(notes) if notes else "")
        self.index_ready()

    def _index_failed(self, reason: str) -> None:
        """Say why there is no index; the dialog stays open so the reason can be read."""
        self.query_one("#index-progress", ProgressBar).display = False
        self.status(reason)


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
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(corpus, annotations, index, jobs)
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
        """Answer the typed text in a job: within a keystroke's budget, or fully ranked."""
        index = self.index
        if index is None:
            return
        if self._rank_timer is not None:
            self._rank_timer.stop()
            self._rank_timer = None
        from briefing_tui.search.as_you_type import LIVE_BUDGET

        self.index_jobs.answer(index, text, None if ranked else LIVE_BUDGET)

    def _rank_when_idle(self, text: str) -> None:
        def rank() -> None:
            self._rank_timer = None
            if self.query_one("#search-input", Input).value == text:
                self._ask(text, ranked=True)

        self._rank_timer = self.set_timer(RANK_AFTER, rank)

    def answered(self, answer: LiveAnswer) -> None:
        """Show the hits if they still answer what is in the box."""
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
