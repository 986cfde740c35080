"""The timeline: visits year by year with their counts; choosing one opens it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.notes import NoteStore
from briefing_tui.ui.screens.timeline import TimelineScreen

from .harness import DialogHost, settle, story


@story
async def test_the_timeline_draws_each_year_and_enter_opens_the_visit(corpus_dir: Path) -> None:
    store = NoteStore(corpus_dir.parent / "annotations")
    store.add("visit", "2016-06-moscow", store.new_note("Hotline agreed"))
    dialog = TimelineScreen(corpus_dir, corpus_dir.parent / "annotations", current="2016-06-moscow")
    host = DialogHost(dialog)
    async with host.run_test(size=(140, 30)) as pilot:
        await settle(host, pilot)
        timeline = dialog.query_one("#timeline", OptionList)
        pictures = [
            str(timeline.get_option_at_index(i).prompt) for i in range(timeline.option_count)
        ]
        assert pictures[0].startswith("2009 ├")
        assert sum(p[:4].isdigit() for p in pictures) == 4
        line = next(p for p in pictures if "Twenty-five years" in p)
        assert "2 art." in line and "1 note " in line
        assert timeline.highlighted_option is not None
        assert timeline.highlighted_option.id == "2016-06-moscow"
        await pilot.press("j", "enter")
        await pilot.pause()
    assert host.results == ["2018-01-moscow"]


@story
async def test_brackets_jump_a_year_and_escape_chooses_nothing(corpus_dir: Path) -> None:
    dialog = TimelineScreen(corpus_dir, corpus_dir.parent / "annotations", current="2009-09-moscow")
    host = DialogHost(dialog)
    async with host.run_test(size=(140, 30)) as pilot:
        await settle(host, pilot)
        await pilot.press("right_square_bracket")
        timeline = dialog.query_one("#timeline", OptionList)
        assert timeline.highlighted_option is not None
        assert timeline.highlighted_option.id == "2016-06-moscow"
        await pilot.press("escape")
        await pilot.pause()
    assert host.results == [None]
