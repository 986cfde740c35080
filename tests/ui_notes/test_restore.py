"""Drafts left by a crash are offered at the next start and reopen in the editor."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import SelectionList, TextArea

from briefing_tui.notes import drafts
from briefing_tui.notes.drafts import NoteDraft
from briefing_tui.notes.store import NoteStore
from briefing_tui.ui.notes import NoteEditor, NoteSaved
from briefing_tui.ui.notes.dialogs import Confirm
from briefing_tui.ui.notes.drafts_left import DraftsLeftDialog, offer_drafts

from .conftest import ARTICLE_ID, QUOTE, ScreenApp, passage_subject, type_text


class StartingApp(App[None]):
    """Offers drafts at start, as the reader does."""

    def __init__(self, store: NoteStore) -> None:
        super().__init__()
        self.store = store
        self.results: list[NoteSaved | None] = []
        self.asked = False

    def on_mount(self) -> None:
        self.asked = offer_drafts(self, self.store, self.results.append)


async def test_a_draft_typed_before_a_crash_is_offered_and_saved_at_the_next_start(
    store: NoteStore,
) -> None:
    crashed = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with crashed.run_test() as pilot:
        await type_text(pilot, "Unsaved thought.")
        crashed.screen.keep_draft()  # type: ignore[attr-defined]
    [left] = drafts.load_drafts()
    assert left.body == "Unsaved thought."

    app = StartingApp(store)
    async with app.run_test() as pilot:
        assert app.asked
        assert isinstance(app.screen, DraftsLeftDialog)
        assert "Unsaved thought." in str(
            app.screen.query_one(SelectionList).get_option_at_index(0).prompt
        )
        await pilot.press("enter")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one("#body", TextArea).text == "Unsaved thought."
        assert editor.draft_key == left.key
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [note] = store.article(ARTICLE_ID).notes
    assert note.body == "Unsaved thought."
    assert note.target is not None and note.target.quote == QUOTE
    assert drafts.load_drafts() == []
    assert [r.note.id for r in app.results if r] == [note.id]


async def test_a_draft_of_an_edit_reopens_on_the_stored_note(store: NoteStore) -> None:
    old = store.new_note("Before.", ("syria",))
    store.add("article", ARTICLE_ID, old)
    drafts.save_draft(
        NoteDraft(drafts.new_draft_key(), "article", ARTICLE_ID, "After.", ("syria",), None, old.id)
    )
    drafts.save_draft(NoteDraft(drafts.new_draft_key(), "visit", "2016-06-moscow", "Visit note."))
    app = StartingApp(store)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert [(n.id, n.body) for n in store.article(ARTICLE_ID).notes] == [(old.id, "After.")]
    assert [n.body for n in store.visit("2016-06-moscow").notes] == ["Visit note."]
    assert drafts.load_drafts() == []


async def test_later_keeps_the_drafts_and_discard_asks_first(store: NoteStore) -> None:
    drafts.save_draft(NoteDraft(drafts.new_draft_key(), "article", ARTICLE_ID, "Keep me."))
    app = StartingApp(store)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DraftsLeftDialog)
    assert len(drafts.load_drafts()) == 1

    app = StartingApp(store)
    async with app.run_test() as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (DraftsLeftDialog, Confirm))
    assert drafts.load_drafts() == []


async def test_no_drafts_no_question(store: NoteStore) -> None:
    app = StartingApp(store)
    async with app.run_test():
        assert not app.asked
        assert not isinstance(app.screen, DraftsLeftDialog)


async def test_drafts_for_another_annotations_folder_wait_for_it(
    store: NoteStore, tmp_path: Path
) -> None:
    elsewhere = NoteDraft(
        drafts.new_draft_key(),
        "article",
        ARTICLE_ID,
        "Other corpus.",
        annotations=str(tmp_path / "other-annotations"),
    )
    drafts.save_draft(elsewhere)
    app = StartingApp(store)
    async with app.run_test():
        assert not app.asked
    assert drafts.load_drafts() == [elsewhere]
    app = StartingApp(NoteStore(tmp_path / "other-annotations"))
    async with app.run_test():
        assert app.asked
