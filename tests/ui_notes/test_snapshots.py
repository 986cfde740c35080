"""How the editor, the notes panel and the restore offer look (SVG snapshots)."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot

from briefing_tui.notes import NoteStore, Target, make_target
from briefing_tui.notes.drafts import DraftTarget, NoteDraft
from briefing_tui.ui.notes import DraftsLeftDialog, NoteEditor, NotesPanel

from .conftest import ARTICLE_ID, BODY, QUOTE, ScreenApp, passage_subject, type_text


async def write_a_note(pilot: Pilot[Any]) -> None:
    await type_text(pilot, "Israel asks for freedom of action against Hezbollah.")
    await pilot.press("enter")
    await type_text(pilot, "Compare the 2015 mechanism.")
    await pilot.press("tab")
    await type_text(pilot, "syria, deconfliction")


def test_the_editor_on_a_passage(snap_compare: Any, store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject(), draft_every=3600))
    assert snap_compare(app, run_before=write_a_note, terminal_size=(90, 28))


def test_the_editor_quotes_hostile_text_literally(snap_compare: Any, store: NoteStore) -> None:
    body = "Before [bold]not bold[/] \x1b[31mred\x1b[0m \u202eevil\u202c after."
    target = make_target(body, 0, len(body))
    app = ScreenApp(
        lambda: NoteEditor(
            store, passage_subject().__class__.article(ARTICLE_ID, target), draft_every=3600
        )
    )
    assert snap_compare(app, terminal_size=(90, 24))


class PanelApp(App[None]):
    def __init__(self, store: NoteStore) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield NotesPanel(self.store, watch_every=None)

    def on_mount(self) -> None:
        panel = self.query_one(NotesPanel)
        panel.show_article(ARTICLE_ID, BODY)
        panel.focus()


def test_the_notes_panel(snap_compare: Any, store: NoteStore) -> None:
    start = BODY.index(QUOTE)
    passage = make_target(BODY, start, start + len(QUOTE))
    last = BODY.index("The two leaders")
    store.add(
        "article",
        ARTICLE_ID,
        store.new_note("Met twice before.", ("chronology",), make_target(BODY, last, last + 34)),
    )
    store.add(
        "article",
        ARTICLE_ID,
        store.new_note("Key demand.\nRepeated since 2015.", ("syria", "hezbollah"), passage),
    )
    store.add("article", ARTICLE_ID, store.new_note("Overall: friendly tone."))
    lost = Target("a sentence the editors cut from the article", "", "", 10, 53)
    store.add("article", ARTICLE_ID, store.new_note("Was about the S-300.", ("s-300",), lost))
    assert snap_compare(PanelApp(store), terminal_size=(64, 24))


def test_the_restore_offer(snap_compare: Any) -> None:
    found = [
        NoteDraft(
            "a1",
            "article",
            ARTICLE_ID,
            "Unsaved thought about the Golan.",
            ("golan",),
            DraftTarget(QUOTE, "", "", 80, 125),
            None,
            "2026-11-21T22:14:03+00:00",
        ),
        NoteDraft(
            "b2",
            "visit",
            "2016-06-moscow",
            "Visit summary, half written",
            (),
            None,
            "0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11",
            "2026-11-21T22:15:40+00:00",
        ),
    ]
    app = ScreenApp(lambda: DraftsLeftDialog(found))
    assert snap_compare(app, terminal_size=(100, 20))
