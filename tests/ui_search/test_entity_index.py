"""The entity index: from an entity to every visit and article that names it, or a visits filter."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.corpus import load_corpus
from briefing_tui.ui.screens.entity_index import EntityChoice, EntityIndexScreen

from .harness import DialogHost, settle, story

HAARETZ = "2009-09-haaretz-secret-moscow-visit"


@story
async def test_typing_a_name_and_enter_lists_its_visits_and_opens_one(corpus_dir: Path) -> None:
    dialog = EntityIndexScreen(corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(140, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press(*"S-300")
        await pilot.press("enter")
        await pilot.pause()
        references = dialog.query_one("#entity-references", OptionList)
        assert references.has_focus
        await pilot.press("enter")
        await pilot.pause()
    assert host.results == [EntityChoice("visit", "S-300", "2009-09-moscow")]


@story
async def test_an_article_that_names_the_entity_opens_at_the_first_mention(
    corpus_dir: Path,
) -> None:
    dialog = EntityIndexScreen(corpus_dir, corpus_dir.parent / "annotations", entity="S-300")
    host = DialogHost(dialog)
    async with host.run_test(size=(140, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press("tab")
        references = dialog.query_one("#entity-references", OptionList)
        references.highlighted = references.get_option_index(f"article {HAARETZ}")
        await pilot.press("enter")
        await pilot.pause()
    choice = host.results[0]
    assert (choice.kind, choice.id) == ("article", HAARETZ)
    assert load_corpus(corpus_dir).body(HAARETZ)[choice.start : choice.end] == "S-300"


@story
async def test_ctrl_f_filters_the_visits_pane_by_the_entity(corpus_dir: Path) -> None:
    dialog = EntityIndexScreen(corpus_dir, corpus_dir.parent / "annotations", entity="S-300")
    host = DialogHost(dialog)
    async with host.run_test(size=(140, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
    assert host.results == [
        EntityChoice("filter", "S-300", visits=("2009-09-moscow", "2016-06-moscow"))
    ]
