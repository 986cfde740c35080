"""Faults found in a hostile trial of the reader's notes: edits that collide, kills, start-up."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import TextArea

from briefing_tui.filelock import locked
from briefing_tui.notes import drafts
from briefing_tui.notes.model import now
from briefing_tui.notes.store import EditConflict, NoteStore
from briefing_tui.session.placed_notes import arrange
from briefing_tui.ui.notes import NoteEditor, NotesPanel, NoteSubject
from briefing_tui.ui.notes.conflict import EditConflictDialog
from briefing_tui.ui.notes.drafts_left import offer_drafts

from .conftest import ARTICLE_ID, BODY, ScreenApp, passage_subject, type_text


def _stored(store: NoteStore, body: str = "First reading.") -> NoteStore:
    subject = passage_subject()
    store.add("article", ARTICLE_ID, store.new_note(body, ("syria",), subject.target))
    return store


def test_fault_2_an_edit_of_a_note_changed_elsewhere_is_refused_and_writes_nothing(
    store: NoteStore,
) -> None:
    [mine] = _stored(store).article(ARTICLE_ID).notes
    other = NoteStore(store.root)
    theirs = replace(mine, body="Their edit.", modified=now())
    other.update("article", ARTICLE_ID, theirs)
    with pytest.raises(EditConflict) as caught:
        store.update("article", ARTICLE_ID, replace(mine, body="My edit."), base=mine)
    assert caught.value.theirs == theirs
    assert [n.body for n in NoteStore(store.root).article(ARTICLE_ID).notes] == ["Their edit."]


async def _edit_after_another_reader(store: NoteStore, key: str) -> list[str]:
    [note] = _stored(store).article(ARTICLE_ID).notes
    app = ScreenApp(lambda: NoteEditor(store, NoteSubject.article(ARTICLE_ID), note))
    async with app.run_test() as pilot:
        NoteStore(store.root).update("article", ARTICLE_ID, replace(note, body="Their edit."))
        app.screen.query_one("#body", TextArea).text = "My edit."
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, EditConflictDialog)
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
    return sorted(n.body for n in NoteStore(store.root).article(ARTICLE_ID).notes)


async def test_fault_2_keep_mine_saves_my_edit_over_theirs(store: NoteStore) -> None:
    assert await _edit_after_another_reader(store, "m") == ["My edit."]


async def test_fault_2_keep_theirs_leaves_their_edit(store: NoteStore) -> None:
    assert await _edit_after_another_reader(store, "t") == ["Their edit."]


async def test_fault_2_keep_both_adds_mine_as_a_new_note(store: NoteStore) -> None:
    assert await _edit_after_another_reader(store, "b") == ["My edit.", "Their edit."]


async def test_fault_3_the_draft_is_on_disk_while_the_save_is_under_way(
    store: NoteStore,
) -> None:
    app = ScreenApp(lambda: NoteEditor(store, passage_subject(), draft_every=3600))
    async with app.run_test() as pilot:
        await type_text(pilot, "Typed just now.")
        with locked(store.path("article", ARTICLE_ID)):  # the save waits here
            await pilot.press("ctrl+s")
            await pilot.pause()
            [kept] = drafts.load_drafts()
            assert kept.body == "Typed just now."
            assert kept.pending is not None
        await app.workers.wait_for_complete()
        await pilot.pause()
    [note] = store.article(ARTICLE_ID).notes
    assert note.id == kept.pending
    assert drafts.load_drafts() == []


async def test_fault_3_a_draft_of_a_note_saved_just_before_a_kill_is_not_offered_again(
    store: NoteStore,
) -> None:
    [note] = _stored(store, "Saved, then killed.").article(ARTICLE_ID).notes
    drafts.save_draft(
        drafts.NoteDraft(
            key=drafts.new_draft_key(),
            kind="article",
            subject_id=ARTICLE_ID,
            body=note.body,
            tags=note.tags,
            pending=note.id,
        )
    )
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test():
        assert offer_drafts(app, store) is False
    assert drafts.load_drafts() == []


async def test_fault_4_notes_read_before_the_pane_is_up_are_listed_once_it_is(
    store: NoteStore,
) -> None:
    file = _stored(store).article(ARTICLE_ID)
    panel = NotesPanel(store, lambda: None)
    panel.show_notes(ARTICLE_ID, BODY, file, arrange(BODY, file))  # before any mount
    app = ScreenApp(lambda: NoteEditor(store, passage_subject()))
    async with app.run_test() as pilot:
        await app.screen.mount(panel)
        await pilot.pause()
        prompts = [
            str(panel.option_list.get_option_at_index(i).prompt)
            for i in range(panel.option_list.option_count)
        ]
    assert any("First reading." in p for p in prompts)


def test_fault_4_a_reader_that_crashes_exits_non_zero(tmp_path: Path) -> None:
    from adversarial.terminal import run_in_pty

    script = (
        "import sys\n"
        "from briefing_tui.ui.screens import reader as reader_screen\n"
        "def broken(self): raise RuntimeError('broken on purpose')\n"
        "reader_screen.ReaderScreen.compose = broken\n"
        "from briefing_tui.ui.app import run_reader\n"
        "sys.exit(run_reader(None, None))\n"
    )
    code, output = run_in_pty([sys.executable, "-c", script], cwd=tmp_path, timeout=60)
    assert b"broken on purpose" in output
    assert code not in (0, None)


async def test_fault_6_the_reader_lists_the_good_notes_of_a_file_with_bad_ones(
    tmp_path: Path,
) -> None:
    from adversarial.corpus_kit import file_with_two_bad_notes

    from .test_panel import PanelApp

    annotations = tmp_path / "annotations"
    annotations.mkdir()
    path, good = file_with_two_bad_notes(annotations, BODY, ARTICLE_ID)
    before = path.read_bytes()
    app = PanelApp(NoteStore(annotations))
    async with app.run_test() as pilot:
        await pilot.pause()
        panel = app.query_one(NotesPanel)
        assert sorted(p.note.id for p in panel.notes.all) == sorted(good)
        assert panel.has_class("-read-only")
        shown = str(panel.query_one("#notes-problem").render())
        assert f"{path.name}:22" in shown and "1 more bad note" in shown
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert path.read_bytes() == before
