"""The note editor: write, save, cancel, edit; a failed save keeps the text and offers a way out."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from briefing_tui.filelock import locked
from briefing_tui.notes import drafts
from briefing_tui.notes.copies import copies_dir
from briefing_tui.notes.store import NoteStore
from briefing_tui.ui.notes import AskLine, Confirm, NoteEditor, NoteSaved, NoteSubject

from .conftest import ARTICLE_ID, QUOTE, ScreenApp, passage_subject, type_text


async def test_a_note_typed_on_a_passage_is_saved_with_ctrl_s(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert QUOTE in str(editor.query_one("#subject", Static).content)
        await type_text(pilot, "Talks on deconfliction.")
        await pilot.press("tab")
        await type_text(pilot, "syria, golan s-300")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    [result] = app.results
    assert isinstance(result, NoteSaved) and result.in_store
    [note] = store.article(ARTICLE_ID).notes
    assert note == result.note
    assert note.body == "Talks on deconfliction."
    assert note.tags == ("syria", "golan", "s-300")
    assert note.target is not None and note.target.quote == QUOTE
    assert drafts.load_drafts() == []


async def test_escape_asks_before_throwing_typed_text_away(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        await type_text(pilot, "half a thought")
        editor = app.screen
        editor.keep_draft()  # type: ignore[attr-defined]
        assert len(drafts.load_drafts()) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert app.screen is editor
        assert isinstance(editor, NoteEditor)
        assert editor.query_one("#body", TextArea).text == "half a thought"
        await pilot.press("escape")
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, Confirm))
    assert app.results == [None]
    assert store.article(ARTICLE_ID).notes == []
    assert drafts.load_drafts() == []


async def test_escape_on_an_untouched_editor_closes_at_once(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, NoteSubject.article(ARTICLE_ID)))
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, Confirm))
    assert app.results == [None]


async def test_an_existing_note_opens_prefilled_and_is_edited_in_place(store: NoteStore) -> None:
    old = store.new_note("First reading.", ("syria",))
    store.add("article", ARTICLE_ID, old)
    app = ScreenApp(lambda: NoteEditor(store, NoteSubject.article(ARTICLE_ID), old))
    async with app.run_test() as pilot:
        editor = app.screen
        assert editor.query_one("#body", TextArea).text == "First reading."
        assert editor.query_one("#tags", Input).value == "syria"
        assert "whole article" in str(editor.query_one("#subject", Static).content)
        await type_text(pilot, " Second reading.")
        await pilot.press("tab", "end")
        await type_text(pilot, " russia")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [note] = store.article(ARTICLE_ID).notes
    assert note.id == old.id and note.created == old.created
    assert note.body == "First reading. Second reading."
    assert note.tags == ("syria", "russia")


async def test_a_visit_note_is_saved_in_the_visit_file(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, NoteSubject.visit("2016-06-moscow")))
    async with app.run_test() as pilot:
        assert "visit" in str(app.screen.query_one("#subject", Static).content)
        await type_text(pilot, "Anniversary visit.")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [note] = store.visit("2016-06-moscow").notes
    assert note.body == "Anniversary visit." and note.target is None


async def test_a_failed_save_keeps_the_text_says_why_and_retry_succeeds(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the annotations folder should be", encoding="utf-8")
    store = NoteStore(blocker / "annotations")
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await type_text(pilot, "Do not lose me.")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is editor
        assert isinstance(editor, NoteEditor)
        assert editor.body == "Do not lose me."
        assert editor.problem is not None
        assert editor.problem.startswith("The note is not saved: ")
        assert editor.problem.count(". ") == 0 and "\n" not in editor.problem
        assert editor.query_one("#problem").display
        assert [d.body for d in drafts.load_drafts()] == ["Do not lose me."]

        blocker.unlink()
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    [result] = app.results
    assert isinstance(result, NoteSaved) and result.in_store
    assert [n.body for n in store.article(ARTICLE_ID).notes] == ["Do not lose me."]
    assert drafts.load_drafts() == []


async def test_a_failed_save_can_keep_a_copy_in_the_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    store = NoteStore(blocker / "annotations")
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        await type_text(pilot, "Keep a copy.")
        await pilot.press("tab")
        await type_text(pilot, "syria")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, AskLine)
        suggested = app.screen.query_one("#answer", Input).value
        assert Path(suggested).parent == copies_dir()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, AskLine))
    [result] = app.results
    assert isinstance(result, NoteSaved) and not result.in_store
    assert result.copy == Path(suggested)
    # The copy is a notes file: moved into an annotations folder, the store reads it.
    moved_in = tmp_path / "moved-in"
    moved_in.mkdir()
    shutil.copy(result.copy, moved_in / f"{ARTICLE_ID}.yaml")
    copy = NoteStore(moved_in).article(ARTICLE_ID)
    assert copy.problem is None
    assert [(n.body, n.tags) for n in copy.notes] == [("Keep a copy.", ("syria",))]
    assert drafts.load_drafts() == []


async def test_a_copy_can_go_to_a_file_the_analyst_names(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    store = NoteStore(blocker / "annotations")
    chosen = tmp_path / "elsewhere" / "note.yaml"
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        await type_text(pilot, "Mine.")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+o")
        app.screen.query_one("#answer", Input).value = str(chosen)
        await pilot.press("enter")
        await pilot.pause()
    [result] = app.results
    assert result.copy == chosen and chosen.is_file()


async def test_a_draft_is_kept_while_typing_and_only_when_the_text_changed(
    store: NoteStore,
) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject(), draft_every=0.05))
    async with app.run_test() as pilot:
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await pilot.pause(0.2)
        assert drafts.load_drafts() == []  # nothing typed, nothing kept
        await type_text(pilot, "NoteDraft me.")
        for _ in range(100):
            if drafts.load_drafts():
                break
            await pilot.pause(0.05)
        [draft] = drafts.load_drafts()
        assert draft.body == "NoteDraft me."
        assert draft.kind == "article" and draft.subject_id == ARTICLE_ID
        assert draft.target is not None and draft.target.quote == QUOTE
        assert draft.key == editor.draft_key
        assert editor.unsaved_draft() is None  # already on disk: no second write


async def test_quitting_the_reader_with_an_editor_open_keeps_a_draft(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject(), draft_every=3600))
    async with app.run_test() as pilot:
        await type_text(pilot, "Quit mid-sentence")
        app.exit()
    [draft] = drafts.load_drafts()
    assert draft.body == "Quit mid-sentence"


async def test_a_lock_held_too_long_keeps_the_note_in_the_editor(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "annotations", lock_timeout=0.2)
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await type_text(pilot, "Wait for the lock.")
        with locked(store.path("article", ARTICLE_ID)):
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.screen is editor
        assert isinstance(editor, NoteEditor)
        assert editor.problem is not None and "another program" in editor.problem
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert [n.body for n in store.article(ARTICLE_ID).notes] == ["Wait for the lock."]


async def test_a_full_disk_keeps_the_note_in_the_editor(
    store: NoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await type_text(pilot, "No room at the inn.")
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is editor
        assert isinstance(editor, NoteEditor)
        assert editor.body == "No room at the inn."
        assert editor.problem is not None
        assert os.strerror(errno.ENOSPC) in editor.problem
        monkeypatch.setattr(os, "fsync", real_fsync)
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert [n.body for n in store.article(ARTICLE_ID).notes] == ["No room at the inn."]
    assert drafts.load_drafts() == []


async def test_a_draft_names_the_annotations_folder_it_belongs_in(store: NoteStore) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject(), draft_every=3600))
    async with app.run_test() as pilot:
        await type_text(pilot, "Where do I go?")
        app.screen.keep_draft()  # type: ignore[attr-defined]
    [draft] = drafts.load_drafts()
    assert Path(draft.annotations) == store.root.absolute()
