"""The search dialog: type, see hits as you type, choose one, and the reader learns where to go."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Static

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore
from briefing_tui.search import SearchIndex
from briefing_tui.session.search_indexes import shared_index
from briefing_tui.ui.screens.search import SearchChoice, SearchScreen

from .harness import DialogHost, settle, story

HAARETZ = "2009-09-haaretz-secret-moscow-visit"


@story
async def test_typing_a_word_lists_hits_and_enter_opens_the_article_at_the_hit(
    corpus_dir: Path,
) -> None:
    dialog = SearchScreen(corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(100, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press(*"S-300")
        await settle(host, pilot)
        assert dialog.query_one("#search-results", OptionList).option_count == 1
        await pilot.press("enter")
        await pilot.pause()
    choice = host.results[0]
    assert isinstance(choice, SearchChoice)
    assert (choice.kind, choice.article, choice.visit) == ("article", HAARETZ, "2009-09-moscow")
    assert choice.start is not None and choice.end is not None
    assert load_corpus(corpus_dir).body(HAARETZ)[choice.start : choice.end] == "S-300"
    assert choice.query == "S-300"


@story
async def test_arrows_choose_another_hit_while_typing_continues(corpus_dir: Path) -> None:
    index = SearchIndex.open(corpus_dir, corpus_dir.parent / "annotations")
    dialog = SearchScreen(corpus_dir, corpus_dir.parent / "annotations", index=index, query="Putin")
    host = DialogHost(dialog)
    async with host.run_test(size=(100, 30)) as pilot:
        await settle(host, pilot)
        first = dialog.hits[0].article
        await pilot.press("down", "enter")
        await pilot.pause()
    assert host.results[0].article != first


@story
async def test_a_broken_query_shows_a_message_instead_of_hits(corpus_dir: Path) -> None:
    dialog = SearchScreen(corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(100, 30)) as pilot:
        await settle(host, pilot)
        dialog.query_one("#search-input", Input).value = "NEAR(Putin"
        await settle(host, pilot)
        status = str(dialog.query_one("#index-status", Static).render())
        assert "NEAR(...) is not part" in status
        assert dialog.query_one("#search-results", OptionList).option_count == 0
        await pilot.press("escape")
        await pilot.pause()
    assert host.results == [None]


@story
async def test_a_note_saved_by_the_reader_is_found_by_the_next_search(corpus_dir: Path) -> None:
    annotations = corpus_dir.parent / "annotations"
    dialog = SearchScreen(corpus_dir, annotations)
    host = DialogHost(dialog)
    async with host.run_test(size=(100, 30)) as pilot:
        await settle(host, pilot)
        index = shared_index(corpus_dir, annotations)
        assert index is not None
        assert index is dialog.index
        store = NoteStore(annotations)
        store.add("visit", "2018-01-moscow", store.new_note("Ask about the quokka channel"))
        index.update_notes("visit", "2018-01-moscow")
        await pilot.press(*"quokka")
        await settle(host, pilot)
        assert [(h.kind, h.visit) for h in dialog.hits] == [("note", "2018-01-moscow")]
