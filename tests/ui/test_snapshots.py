"""How the reader looks: main screen at two sizes, help, entity panel, light theme, injection."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from reading_steps import open_first_article, settle
from textual.pilot import Pilot

from briefing_tui.paths import Locations
from briefing_tui.ui.app import LIGHT_THEME, ReaderApp
from briefing_tui.ui.reader_state import ReaderState

Snap = Callable[..., bool]


def reading(then: tuple[str, ...] = ()) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Open the first visit's first article, wait for its entities, then press keys."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await open_first_article(pilot)
        await pilot.press("j")
        for key in then:
            await pilot.press(key)
        await pilot.pause(0.1)

    return run_before


def test_main_screen_at_80x24(snap_compare: Snap, locations: Locations) -> None:
    assert snap_compare(ReaderApp(locations), terminal_size=(80, 24), run_before=reading())


def test_main_screen_at_160x45(snap_compare: Snap, locations: Locations) -> None:
    assert snap_compare(ReaderApp(locations), terminal_size=(160, 45), run_before=reading())


def test_help(snap_compare: Snap, locations: Locations) -> None:
    app = ReaderApp(locations)
    assert snap_compare(app, terminal_size=(100, 40), run_before=reading(("question_mark",)))


def test_entity_panel(snap_compare: Snap, locations: Locations) -> None:
    app = ReaderApp(locations)
    assert snap_compare(app, terminal_size=(100, 30), run_before=reading(("e",)))


def test_light_theme(snap_compare: Snap, locations: Locations) -> None:
    app = ReaderApp(locations, state=ReaderState(theme=LIGHT_THEME))
    assert snap_compare(app, terminal_size=(100, 30), run_before=reading(("v", "j")))


def test_injection_article_shown_literally(snap_compare: Snap, locations: Locations) -> None:
    app = ReaderApp(locations)

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("j", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id is not None and bool(view.mentions))
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
