"""How the reader looks: main screen at two sizes, help, entity panel, light theme, injection,
the notes pane and a filtered visits pane."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from reading_steps import open_first_article, settle
from textual.pilot import Pilot

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target
from briefing_tui.paths import Locations
from briefing_tui.session.reader_state import ReaderState
from briefing_tui.ui.app import LIGHT_THEME, ReaderApp

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


def test_notes_pane_at_160x45(snap_compare: Snap, locations: Locations) -> None:
    body = load_corpus(locations.corpus).body("2020-01-tass-stop-in-moscow")
    quote = "He met Vladimir Putin at the Kremlin for two hours."
    start = body.index(quote)
    store = NoteStore(locations.annotations)
    note = store.new_note(
        "Two hours: longer than planned.",
        ("kremlin",),
        make_target(body, start, start + len(quote)),
    )
    store.add("article", "2020-01-tass-stop-in-moscow", note)
    app = ReaderApp(locations)

    async def run_before(pilot: Pilot[Any]) -> None:
        await open_first_article(pilot)
        await settle(pilot, lambda: bool(app.reader.view.note_ranges))
        await pilot.press("p")
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=(160, 45), run_before=run_before)


def test_visits_filtered_by_an_entity_at_80x24(snap_compare: Snap, locations: Locations) -> None:
    app = ReaderApp(locations)

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot, lambda: app.reader.corpus is not None)
        app.reader.filter_by_entity("S-300", ("2020-01-moscow",))
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
