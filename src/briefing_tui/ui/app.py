"""The reader application: themes, keymap, help, palette and the memory of where we were."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from briefing_tui.paths import Locations, resolve
from briefing_tui.session.reader_state import ReaderState, load_state, save_state
from briefing_tui.ui.binding_index import BoundAction, bound_actions
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.settings import ReaderSettings, config_path, load_settings

if TYPE_CHECKING:
    from textual.command import Provider

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


def _open_by_name() -> type[Provider]:
    """The palette's visit and article finder, imported when the palette first opens."""
    from briefing_tui.ui.palette import OpenByName

    return OpenByName


class ReaderApp(App[int], inherit_bindings=False):
    """Briefing's reader: visits, their articles, and the article with its entities."""

    TITLE = "Briefing"
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    COMMANDS: ClassVar = App.COMMANDS | {lambda: _open_by_name()}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.force-quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding(
            "ctrl+p", "command_palette", "Palette", show=False, priority=True, id="app.palette"
        ),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(
        self,
        locations: Locations,
        settings: ReaderSettings | None = None,
        state: ReaderState | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.locations = locations
        self.settings = settings if settings is not None else load_settings()
        self.state = state if state is not None else load_state()
        self.remember = remember
        theme = self.state.theme or self.settings.theme
        if theme in self.available_themes:
            self.theme = theme
        self.set_keymap(self.settings.keymap)

    def get_default_screen(self) -> Screen[None]:
        """The reader screen is the app's base screen."""
        return ReaderScreen(self.locations, self.state)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen, under any dialog."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def on_mount(self) -> None:
        """Report a broken config file (its path and line) instead of failing."""
        for problem in self.settings.problems:
            self.notify(
                str(problem),
                title="Config not applied",
                severity="warning",
                markup=False,
                timeout=15,
            )

    def on_reader_screen_visits_shown(self) -> None:
        """Once the visits show: open drafts are saved if the reader is stopped or hung up."""
        from briefing_tui.ui.notes import keep_drafts_on_signals

        keep_drafts_on_signals(self)

    def watch_theme(self, theme: str) -> None:
        """Remember the theme and give the article colours that read on it."""
        self.state.theme = theme
        if self.screen_stack and isinstance(self.screen_stack[0], ReaderScreen):
            self.reader.theme_changed()

    def sections(self) -> list[tuple[str, DOMNode | type[DOMNode]]]:
        """The places where bindings live, in the order help lists them."""
        from briefing_tui.ui.notes import NoteEditor, NotesPanel
        from briefing_tui.ui.screens.entity_index import EntityIndexScreen
        from briefing_tui.ui.screens.entity_panel import EntityPanel
        from briefing_tui.ui.screens.help import HelpScreen
        from briefing_tui.ui.screens.notes_browser import NotesBrowserScreen
        from briefing_tui.ui.screens.search import SearchScreen
        from briefing_tui.ui.screens.timeline import TimelineScreen
        from briefing_tui.ui.widgets.article.view import ArticleView
        from briefing_tui.ui.widgets.pane_lists import ArticleList, VisitList

        reader = self.reader
        return [
            ("Everywhere", self),
            ("Panes", reader),
            ("Visits pane", reader.query_one(VisitList)),
            ("Articles pane", reader.query_one(ArticleList)),
            ("Article", reader.query_one(ArticleView)),
            ("Notes pane", NotesPanel),
            ("Entity panel", EntityPanel),
            ("Note editor", NoteEditor),
            ("Search", SearchScreen),
            ("Timeline", TimelineScreen),
            ("Entity index", EntityIndexScreen),
            ("All notes", NotesBrowserScreen),
            ("Help", HelpScreen),
        ]

    def bound_actions(self) -> list[BoundAction]:
        """Every action with the keys in force."""
        return bound_actions(self, self.sections())

    def action_help(self) -> None:
        """Show every key in force."""
        from briefing_tui.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        hint = f"Remap keys by binding id in {config_path()} (keymap: {{id: keys}})"
        self.push_screen(HelpScreen(self.bound_actions(), hint))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action of the reader, plus the themes, for the command palette."""
        yield SystemCommand(
            "Theme: dark", "Switch to the dark theme", partial(self._set_theme, DARK_THEME)
        )
        yield SystemCommand(
            "Theme: light", "Switch to the light theme", partial(self._set_theme, LIGHT_THEME)
        )
        yield SystemCommand("Theme: choose…", "Pick any installed theme", self.action_change_theme)
        if not isinstance(self.screen_stack[0], ReaderScreen):
            return
        for bound in self.bound_actions():
            if bound.action == "command_palette" or bound.node is None:
                continue
            keys = " ".join(bound.keys)
            where = f"{bound.section} · {keys}"
            yield SystemCommand(
                bound.description,
                f"{bound.tooltip} · {where}" if bound.tooltip else where,
                partial(self._run_bound, bound),
            )

    def _set_theme(self, name: str) -> None:
        self.theme = name

    def _run_bound(self, bound: BoundAction) -> None:
        if bound.node is not None:
            self.call_later(self.run_action, bound.action, bound.node)

    def remember_now(self) -> None:
        """Write where the analyst is, so the next start opens here."""
        if self.remember:
            save_state(self.state)

    async def action_quit(self) -> None:
        """Remember where we are, then quit."""
        self.remember_now()
        self.exit(0)


def run_reader(corpus: str | None, annotations: str | None) -> int:
    """Open the reader on a corpus (options, then environment, then defaults)."""
    app = ReaderApp(resolve(corpus, annotations))
    result = app.run()
    app.remember_now()
    if app.return_code:  # a crash (1) or a stop by a signal (128 + its number)
        return app.return_code
    return result if isinstance(result, int) else 0
