"""The notes view: every note across the corpus, filtered and ordered, opening at its passage."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target
from briefing_tui.ui.screens.notes_browser import NoteChoice, NotesBrowserScreen

from .harness import DialogHost, settle, story

HAARETZ = "2009-09-haaretz-secret-moscow-visit"
ASHARQ = "2016-06-asharq-coordination-on-syria"


def take_notes(corpus_dir: Path) -> str:
    store = NoteStore(corpus_dir.parent / "annotations")
    body = load_corpus(corpus_dir).body(HAARETZ)
    start = body.index("S-300")
    passage = store.new_note(
        "Delivery in doubt",
        tags=["s300"],
        author="dana",
        target=make_target(body, start, start + 5),
    )
    store.add("article", HAARETZ, replace(passage, created="2026-01-01T09:00:00+00:00"))
    later = store.new_note("Lavrov stayed away", tags=["paris"], author="eli")
    store.add("article", ASHARQ, replace(later, created="2026-02-01T09:00:00+00:00"))
    return passage.id


@story
async def test_notes_are_listed_newest_first_and_a_filter_narrows_them(corpus_dir: Path) -> None:
    passage = take_notes(corpus_dir)
    dialog = NotesBrowserScreen(corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(120, 30)) as pilot:
        await settle(host, pilot)
        assert [n.body for n in dialog.notes] == ["Lavrov stayed away", "Delivery in doubt"]
        await pilot.press(*"tag:s300")
        assert [n.body for n in dialog.notes] == ["Delivery in doubt"]
        assert dialog.query_one("#notes-list", OptionList).option_count == 1
        await pilot.press("enter")
        await pilot.pause()
    choice = host.results[0]
    assert isinstance(choice, NoteChoice)
    assert (choice.note, choice.article, choice.visit) == (passage, HAARETZ, "2009-09-moscow")
    assert load_corpus(corpus_dir).body(HAARETZ)[choice.start : choice.end] == "S-300"


@story
async def test_ctrl_o_puts_the_notes_in_visit_order(corpus_dir: Path) -> None:
    take_notes(corpus_dir)
    dialog = NotesBrowserScreen(corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(120, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press("ctrl+o")
        assert [n.body for n in dialog.notes] == ["Delivery in doubt", "Lavrov stayed away"]
        await pilot.press(*"author:eli")
        assert [n.body for n in dialog.notes] == ["Lavrov stayed away"]
        await pilot.press("escape")
        await pilot.pause()
    assert host.results == [None]
