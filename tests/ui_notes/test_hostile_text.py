"""Notes holding control sequences are edited and listed without sending them to the terminal."""

from __future__ import annotations

from typing import Any

from textual.app import App

from briefing_tui.notes import NoteStore, Target
from briefing_tui.ui.notes import NoteEditor, NotesPanel, NoteSubject

from .conftest import ARTICLE_ID, BODY, ScreenApp

HOSTILE = (
    "title \x1b]0;PWNED\x07 colour \x1b[31mred\x1b[0m clip \x1b]52;c;ZXZpbA==\x07 "
    "link \x1b]8;;http://x\x1b\\x\x1b]8;;\x1b\\ bidi \u202eevil\u202c nul \x00 c1 \x9b2J "
    "[bold]markup[/] [link=http://x]l[/link] ["
)
SEQUENCES = ("\x1b]0;PWNED", "\x1b[31mred", "\x1b]52;", "\x1b]8;;http", "\u202e", "\x00", "\x9b")


def terminal_bytes(app: App[Any]) -> str:
    """What the app would write to the terminal for a full redraw of the current screen."""
    update = app.screen._compositor.render_full_update()
    return update.render_segments(app.console)


def assert_inert(written: str) -> None:
    for sequence in SEQUENCES:
        assert sequence not in written, repr(sequence)


async def test_a_hostile_note_is_edited_without_reaching_the_terminal(store: NoteStore) -> None:
    note = store.new_note(HOSTILE, ("tag\x1b[31m", "x\u202ey"), Target(HOSTILE, "", "", 0, 9))
    store.add("article", ARTICLE_ID, note)
    app = ScreenApp(lambda: NoteEditor(store, NoteSubject.article(ARTICLE_ID), note))
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        written = terminal_bytes(app)
        assert "PWNED" in written and "markup" in written
        assert_inert(written)
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.body == HOSTILE  # shown safely, kept exactly
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [saved] = store.article(ARTICLE_ID).notes
    assert saved.body == HOSTILE


async def test_a_hostile_note_is_listed_without_reaching_the_terminal(store: NoteStore) -> None:
    note = store.new_note(HOSTILE, ("tag\x1b[31m",), Target(HOSTILE, "", "", 0, 9))
    store.add("article", ARTICLE_ID, note)

    class PanelApp(App[None]):
        def compose(self) -> Any:
            yield NotesPanel(store, watch_every=None)

        def on_mount(self) -> None:
            self.query_one(NotesPanel).show_article(ARTICLE_ID, BODY)

    app = PanelApp()
    async with app.run_test(size=(200, 20)) as pilot:
        await pilot.pause()
        written = terminal_bytes(app)
        assert "PWNED" in written
        assert_inert(written)
