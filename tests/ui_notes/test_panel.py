"""The notes panel: notes in text order, orphans apart, and each note opened, edited, re-tagged,
deleted or re-attached from the keyboard."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.message import Message
from textual.widgets import Input, TextArea

from briefing_tui.filelock import locked
from briefing_tui.notes import Note, NoteStore, Target, make_target
from briefing_tui.session.placed_notes import arrange
from briefing_tui.ui.notes import AskLine, Confirm, NoteEditor, NotesPanel
from briefing_tui.ui.widgets.article.view import ArticleView

from .conftest import ARTICLE_ID, BODY, QUOTE, type_text


def on_passage(store: NoteStore, quote: str, body: str, tags: tuple[str, ...] = ()) -> Note:
    start = BODY.index(quote)
    note = store.new_note(body, tags, make_target(BODY, start, start + len(quote)))
    store.add("article", ARTICLE_ID, note)
    return note


def orphan(store: NoteStore) -> Note:
    lost = Target("a sentence the editors cut from the article", "", "", 10, 53)
    note = store.new_note("Was about the S-300.", ("s-300",), lost)
    store.add("article", ARTICLE_ID, note)
    return note


class PanelApp(App[None]):
    """The article view and the notes panel side by side, as in the reader."""

    def __init__(self, store: NoteStore) -> None:
        super().__init__()
        self.store = store
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        view = ArticleView(id="article")
        yield view
        yield NotesPanel(self.store, lambda: view.selection, watch_every=None, id="notes")

    def on_mount(self) -> None:
        self.query_one(ArticleView).show_article(ARTICLE_ID, BODY)
        notes = self.query_one(NotesPanel).show_article(ARTICLE_ID, BODY)
        self.query_one(ArticleView).set_note_ranges(notes.ranges)
        self.query_one(NotesPanel).focus()

    def on_notes_panel_note_chosen(self, message: NotesPanel.NoteChosen) -> None:
        self.messages.append(message)

    def on_notes_panel_notes_changed(self, message: NotesPanel.NotesChanged) -> None:
        self.messages.append(message)
        self.query_one(ArticleView).set_note_ranges(message.notes.ranges)


def listed_ids(app: PanelApp) -> list[str | None]:
    options = app.query_one(NotesPanel).option_list
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_notes_are_listed_in_text_order_with_orphans_apart(store: NoteStore) -> None:
    later = on_passage(store, "The two leaders last met in April.", "Context.")
    earlier = on_passage(store, QUOTE, "Key demand.", ("syria",))
    lost = orphan(store)
    whole = store.new_note("Overall: friendly tone.")
    store.add("article", ARTICLE_ID, whole)
    app = PanelApp(store)
    async with app.run_test():
        assert listed_ids(app) == [
            "~article",
            whole.id,
            "~passages",
            earlier.id,
            later.id,
            "~orphaned",
            lost.id,
        ]
        panel = app.query_one(NotesPanel)
        assert panel.highlighted is not None and panel.highlighted.note.id == whole.id
        statuses = [p.status for p in panel.notes.all]
        assert statuses == ["article", "anchored", "anchored", "orphaned"]
        start = BODY.index(QUOTE)
        assert panel.notes.at(start + 3) is not None
        assert panel.notes.ranges[0] == (start, start + len(QUOTE))


async def test_enter_on_a_note_asks_the_reader_to_go_to_its_passage(store: NoteStore) -> None:
    note = on_passage(store, QUOTE, "Key demand.")
    app = PanelApp(store)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await pilot.pause()
    [chosen] = [m for m in app.messages if isinstance(m, NotesPanel.NoteChosen)]
    start = BODY.index(QUOTE)
    assert (chosen.article_id, chosen.note_id, chosen.span) == (
        ARTICLE_ID,
        note.id,
        (start, start + len(QUOTE)),
    )


async def test_a_note_is_edited_from_the_panel(store: NoteStore) -> None:
    note = on_passage(store, QUOTE, "Key demand.")
    app = PanelApp(store)
    async with app.run_test() as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#body", TextArea).text == "Key demand."
        await type_text(pilot, " Repeated since 2015.")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    [saved] = store.article(ARTICLE_ID).notes
    assert (saved.id, saved.body) == (note.id, "Key demand. Repeated since 2015.")
    assert any(isinstance(m, NotesPanel.NotesChanged) for m in app.messages)


async def test_a_note_is_retagged(store: NoteStore) -> None:
    on_passage(store, QUOTE, "Key demand.", ("syria",))
    app = PanelApp(store)
    async with app.run_test() as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, AskLine)
        assert app.screen.query_one(Input).value == "syria"
        await type_text(pilot, ", hezbollah golan")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [saved] = store.article(ARTICLE_ID).notes
    assert saved.tags == ("syria", "hezbollah", "golan")


async def test_deleting_a_note_asks_first(store: NoteStore) -> None:
    on_passage(store, QUOTE, "Key demand.")
    app = PanelApp(store)
    async with app.run_test() as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await app.workers.wait_for_complete()
        assert len(store.article(ARTICLE_ID).notes) == 1
        await pilot.press("d", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert listed_ids(app) == ["~none"]
    assert store.article(ARTICLE_ID).notes == []


async def test_an_orphan_is_reattached_to_the_selection_or_to_the_whole_article(
    store: NoteStore,
) -> None:
    lost = orphan(store)
    app = PanelApp(store)
    async with app.run_test() as pilot:
        view = app.query_one(ArticleView)
        assert listed_ids(app) == ["~orphaned", lost.id]
        await pilot.press("r")  # nothing selected yet: the panel says so and changes nothing
        await app.workers.wait_for_complete()
        assert store.article(ARTICLE_ID).notes == [lost]

        view.focus()
        await pilot.press("v", "w", "w")
        selection = view.selection
        assert selection is not None
        app.query_one(NotesPanel).focus()
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert listed_ids(app) == ["~passages", lost.id]
        [moved] = store.article(ARTICLE_ID).notes
        assert moved.target is not None
        assert moved.target.quote == BODY[selection[0] : selection[1]]

        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert listed_ids(app) == ["~article", lost.id]
    [whole] = store.article(ARTICLE_ID).notes
    assert whole.target is None and whole.body == lost.body


async def test_notes_in_a_broken_file_are_shown_read_only(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    root.mkdir()
    broken = root / f"{ARTICLE_ID}.yaml"
    broken.write_text(f"article: {ARTICLE_ID}\nnotes: [unclosed\n", encoding="utf-8")
    app = PanelApp(NoteStore(root))
    async with app.run_test() as pilot:
        panel = app.query_one(NotesPanel)
        assert panel.has_class("-read-only")
        await pilot.press("d")
        assert not isinstance(app.screen, Confirm)
    assert broken.read_text(encoding="utf-8").endswith("[unclosed\n")


async def test_notes_written_by_another_program_appear(store: NoteStore) -> None:
    app = PanelApp(store)
    async with app.run_test() as pilot:
        assert listed_ids(app) == ["~none"]
        other = NoteStore(store.root)
        note = other.new_note("From the command line.")
        other.add("article", ARTICLE_ID, note)
        app.query_one(NotesPanel).reload_if_changed()
        await pilot.pause()
        assert listed_ids(app) == ["~article", note.id]
    assert any(isinstance(m, NotesPanel.NotesChanged) for m in app.messages)


async def test_a_change_the_store_refuses_leaves_the_note_and_says_why(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "annotations", lock_timeout=0.2)
    note = on_passage(store, QUOTE, "Key demand.")
    app = PanelApp(store)
    async with app.run_test() as pilot:
        with locked(store.path("article", ARTICLE_ID)):
            await pilot.press("d", "y")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert listed_ids(app) == ["~passages", note.id]
        [shown] = list(app._notifications)
        assert shown.message.startswith("The notes are unchanged: ")
        assert "another program" in shown.message
    assert store.article(ARTICLE_ID).notes == [note]


async def test_notes_placed_in_a_worker_are_shown_as_given(store: NoteStore) -> None:
    note = on_passage(store, QUOTE, "Key demand.")
    app = PanelApp(store)
    async with app.run_test():
        panel = app.query_one(NotesPanel)
        file = store.article(ARTICLE_ID)
        shown = panel.show_notes(ARTICLE_ID, BODY, file, arrange(BODY, file))
        assert [p.note.id for p in shown.passages] == [note.id]
        assert listed_ids(app) == ["~passages", note.id]
