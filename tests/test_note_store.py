"""The note store: notes saved as readable YAML, read back exactly, never lost or overwritten."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.filelock import lock_path
from briefing_tui.notes import Note, NoteStore, Target, default_author, make_target
from briefing_tui.notes.notefile import _parse_any as read_with_safe_loader
from briefing_tui.notes.notefile import parse_note_file
from briefing_tui.problems import BriefingError

ARTICLE = "2016-06-asharq-coordination-on-syria"
BODY = "Israeli warplanes keep the freedom to strike so-called Hezbollah targets."


def test_a_note_on_a_passage_is_saved_in_the_format_of_the_design(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    start = BODY.index("freedom")
    target = make_target(BODY, start, start + len("freedom to strike"))
    note = store.new_note(
        "Deconfliction holds.\nAsk the desk.", tags=["syria", "deconfliction"], target=target
    )
    store.add("article", ARTICLE, note)

    text = (tmp_path / f"{ARTICLE}.yaml").read_text(encoding="utf-8")
    assert text == (
        f"article: {ARTICLE}\n"
        "notes:\n"
        f"- id: {note.id}\n"
        f"  created: '{note.created}'\n"
        f"  modified: '{note.modified}'\n"
        "  author: analyst\n"
        "  tags: [syria, deconfliction]\n"
        "  body: |-\n"
        "    Deconfliction holds.\n"
        "    Ask the desk.\n"
        "  target:\n"
        "    quote: freedom to strike\n"
        "    prefix: 'Israeli warplanes keep the '\n"
        "    suffix: ' so-called Hezbollah targets.'\n"
        f"    start: {start}\n"
        f"    end: {start + len('freedom to strike')}\n"
    )
    assert NoteStore(tmp_path).article(ARTICLE).notes == [note]


def test_whole_article_and_visit_notes_live_in_their_own_files(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    on_article = store.new_note("Read with the 2018 piece.")
    on_visit = store.new_note("The visit was announced late.")
    store.add("article", ARTICLE, on_article)
    store.add("visit", "2016-06-moscow", on_visit)

    assert (
        (tmp_path / "visits" / "2016-06-moscow.yaml")
        .read_text()
        .startswith("visit: 2016-06-moscow\n")
    )
    assert "target" not in (tmp_path / f"{ARTICLE}.yaml").read_text()
    assert store.subjects() == [("article", ARTICLE), ("visit", "2016-06-moscow")]
    assert NoteStore(tmp_path).visit("2016-06-moscow").notes == [on_visit]


def test_a_visit_note_cannot_sit_on_a_passage(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    note = store.new_note("x", target=make_target(BODY, 0, 7))
    with pytest.raises(BriefingError, match="whole visit"):
        store.add("visit", "2016-06-moscow", note)


def test_edit_and_delete_a_note(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    keep = store.new_note("keep me")
    edit = store.new_note("first draft")
    store.add("article", ARTICLE, keep)
    store.add("article", ARTICLE, edit)

    edited = Note(
        edit.id,
        edit.created,
        "2030-01-01T00:00:00+00:00",
        edit.author,
        ("iran",),
        "final text",
        None,
    )
    store.update("article", ARTICLE, edited)
    assert NoteStore(tmp_path).article(ARTICLE).get(edit.id) == edited

    store.delete("article", ARTICLE, keep.id)
    assert [n.id for n in NoteStore(tmp_path).article(ARTICLE).notes] == [edit.id]
    store.delete("article", ARTICLE, keep.id)  # already gone: nothing happens


def test_two_open_stores_merge_by_id_instead_of_overwriting(tmp_path: Path) -> None:
    reader = NoteStore(tmp_path)
    script = NoteStore(tmp_path)
    first = reader.new_note("from the reader")
    reader.add("article", ARTICLE, first)
    assert reader.article(ARTICLE).notes == [first]  # the reader has the file cached now

    second = script.new_note("from a script")
    script.add("article", ARTICLE, second)
    third = reader.new_note("the reader again")
    reader.add("article", ARTICLE, third)

    ids = {n.id for n in NoteStore(tmp_path).article(ARTICLE).notes}
    assert ids == {first.id, second.id, third.id}


def test_an_edit_to_a_note_someone_else_deleted_keeps_the_note(tmp_path: Path) -> None:
    reader = NoteStore(tmp_path)
    other = NoteStore(tmp_path)
    note = reader.new_note("draft")
    reader.add("article", ARTICLE, note)
    other.delete("article", ARTICLE, note.id)
    kept = Note(note.id, note.created, note.modified, note.author, (), "finished text", None)
    reader.update("article", ARTICLE, kept)
    assert NoteStore(tmp_path).article(ARTICLE).notes == [kept]


def test_an_id_is_never_reused(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    note = store.new_note("once")
    store.add("article", ARTICLE, note)
    store.add("article", ARTICLE, note)  # the same note again: harmless
    clash = Note(note.id, note.created, note.modified, note.author, (), "another text", None)
    with pytest.raises(BriefingError, match="already exists"):
        store.add("article", ARTICLE, clash)


def test_notes_are_kept_in_creation_order_whoever_wrote_them(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    late = Note(
        "ffffffff-0000-4000-8000-000000000000",
        "2026-01-02T00:00:00+00:00",
        "2026-01-02T00:00:00+00:00",
        "analyst",
        (),
        "late",
        None,
    )
    early = Note(
        "00000000-0000-4000-8000-000000000000",
        "2026-01-01T00:00:00+00:00",
        "2026-01-01T00:00:00+00:00",
        "analyst",
        (),
        "early",
        None,
    )
    store.add("article", ARTICLE, late)
    store.add("article", ARTICLE, early)
    assert [n.body for n in store.article(ARTICLE).notes] == ["early", "late"]
    text = (tmp_path / f"{ARTICLE}.yaml").read_text()
    assert text.index("early") < text.index("late")


BROKEN = [
    ("article: x\nnotes:\n- id: [\n", 4, "invalid YAML"),
    (
        f"article: {ARTICLE}\nnotes:\n- id: not-a-uuid\n  created: '2026-01-01T00:00:00+00:00'\n"
        "  modified: '2026-01-01T00:00:00+00:00'\n  body: x\n",
        3,
        "not a UUID",
    ),
    ("article: other-article\nnotes: []\n", 1, "does not match the file name"),
    (
        f"article: {ARTICLE}\nnotes:\n- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
        "  created: '2026-01-01T00:00:00+00:00'\n  modified: '2026-01-01T00:00:00+00:00'\n"
        "  body: yes\n",
        6,
        "'body' must be text",
    ),
    (
        f"article: {ARTICLE}\nnotes:\n- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
        "  created: '2026-01-01T00:00:00+00:00'\n  modified: '2026-01-01T00:00:00+00:00'\n"
        "  body: x\n  colour: red\n",
        7,
        "unknown key 'colour'",
    ),
    (f"article: {ARTICLE}\nnotes:\n- &a {{id: x}}\n- *a\n", 3, "aliases"),
    (f"article: {ARTICLE}\narticle: {ARTICLE}\n", 2, "duplicate key"),
    (f"article: {ARTICLE}\nnotes: !!python/object:os.system {{}}\n", 2, "not allowed"),
]


@pytest.mark.parametrize(("text", "line", "message"), BROKEN)
def test_a_broken_file_is_reported_with_its_line_and_never_overwritten(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / f"{ARTICLE}.yaml"
    path.write_text(text, encoding="utf-8")
    store = NoteStore(tmp_path)

    notes = store.article(ARTICLE)
    [problem] = notes.problems  # the whole file's, or the one bad note's
    assert problem.line == line
    assert message in problem.message
    assert notes.notes == [] and not notes.editable
    assert [p.line for p in store.problems()] == [line]

    with pytest.raises(BriefingError, match=message):
        store.add("article", ARTICLE, store.new_note("this must not replace the file"))
    assert path.read_text(encoding="utf-8") == text


def test_a_file_that_is_not_utf8_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / f"{ARTICLE}.yaml"
    path.write_bytes(b"article: x\nnotes:\n- body: caf\xe9\n")
    store = NoteStore(tmp_path)
    assert store.article(ARTICLE).problem is not None
    assert store.article(ARTICLE).problem.line == 3  # type: ignore[union-attr]
    with pytest.raises(BriefingError):
        store.delete("article", ARTICLE, "0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11")
    assert path.read_bytes() == b"article: x\nnotes:\n- body: caf\xe9\n"


def test_a_hand_written_file_with_unquoted_times_and_crlf_is_read(tmp_path: Path) -> None:
    (tmp_path / f"{ARTICLE}.yaml").write_bytes(
        f"article: {ARTICLE}\r\nnotes:\r\n- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\r\n"
        "  created: 2026-11-22T03:00:00+00:00\r\n  modified: 2026-11-22T03:05:00+00:00\r\n"
        "  author: analyst\r\n  body: fine\r\n".encode()
    )
    note = NoteStore(tmp_path).article(ARTICLE).notes[0]
    assert (note.created, note.body, note.tags, note.target) == (
        "2026-11-22T03:00:00+00:00",
        "fine",
        (),
        None,
    )


def test_ids_that_could_name_a_path_are_refused(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    for bad in ("../etc", "a/b", "", "Upper", ".hidden"):
        with pytest.raises(BriefingError, match="not a valid"):
            store.add("article", bad, store.new_note("x"))
    assert list(tmp_path.iterdir()) == []


def test_a_misnamed_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "My Notes.yaml").write_text("notes: []\n")
    store = NoteStore(tmp_path)
    assert store.subjects() == []
    assert "rename it" in store.problems()[0].message


def test_a_writer_waits_for_the_lock_then_gives_up_with_a_clear_error(tmp_path: Path) -> None:
    store = NoteStore(tmp_path, lock_timeout=0.2)
    store.add("article", ARTICLE, store.new_note("before"))
    before = (tmp_path / f"{ARTICLE}.yaml").read_bytes()
    fd = os.open(lock_path(tmp_path / f"{ARTICLE}.yaml"), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(BriefingError, match="another program"):
            store.add("article", ARTICLE, store.new_note("blocked"))
    finally:
        os.close(fd)
    assert (tmp_path / f"{ARTICLE}.yaml").read_bytes() == before
    store.add("article", ARTICLE, store.new_note("after"))
    assert len(store.article(ARTICLE).notes) == 2


def test_a_save_leaves_no_temporary_files_and_cleans_up_after_a_crash(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    (tmp_path / f".{ARTICLE}.yaml.999.1.tmp").write_text("half a fi")
    store.add("article", ARTICLE, store.new_note("x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f".{ARTICLE}.yaml.lock",
        f"{ARTICLE}.yaml",
    ]


def test_the_version_token_changes_when_the_file_changes_on_disk(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    assert store.version("article", ARTICLE) is None
    store.add("article", ARTICLE, store.new_note("one"))
    first = store.version("article", ARTICLE)
    NoteStore(tmp_path).add("article", ARTICLE, store.new_note("two"))
    assert store.version("article", ARTICLE) != first
    assert len(store.article(ARTICLE).notes) == 2


def test_a_lone_surrogate_is_refused_and_the_file_is_untouched(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    store.add("article", ARTICLE, store.new_note("fine"))
    before = (tmp_path / f"{ARTICLE}.yaml").read_bytes()
    with pytest.raises(BriefingError, match="surrogate"):
        store.add("article", ARTICLE, store.new_note("broken \ud800 text"))
    assert (tmp_path / f"{ARTICLE}.yaml").read_bytes() == before


def test_the_author_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_AUTHOR", "desk officer")
    assert default_author() == "desk officer"
    monkeypatch.delenv("BRIEFING_AUTHOR")
    assert default_author()


def test_tags_are_tidied_when_a_note_is_made(tmp_path: Path) -> None:
    note = NoteStore(tmp_path).new_note("x", tags=[" syria ", "", "syria", "s-300"])
    assert note.tags == ("syria", "s-300")


# Any text round-trips exactly --------------------------------------------------

TRICKY = [
    "yes",
    "no",
    "null",
    "~",
    "- x",
    "key: value",
    "---",
    "...",
    "# not a comment",
    "'quoted'",
    '"double"',
    "  leading",
    "trailing  ",
    "\ttab",
    "line\n  indented\n",
    "\n\nblank first",
    "emoji 🛰️🇮🇱🇷🇺",
    "RTL ‮ override",
    "nul \x00 and bell \x07",
    "\r\ncrlf",
    "\u2028line sep",
    "\x85nel",
    "\ufeffbom",
    "0o17",
    "1e3",
    "2026-11-22",
    "[a, b]",
    "{a: b}",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "|",
    ">",
    "a" * 5000,
    "x\n" * 2000,
    "\\",
    "é" * 40,
]

texts = (
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)
    | st.sampled_from(TRICKY)
    | st.lists(st.sampled_from(TRICKY), max_size=6).map("\n".join)
)


@given(body=texts, tag=texts, quote=texts.filter(bool), author=texts)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_round_trips_exactly(
    tmp_path: Path, body: str, tag: str, quote: str, author: str
) -> None:
    root = tmp_path / os.urandom(6).hex()
    store = NoteStore(root)
    fresh = store.new_note(body, author=author)
    note = Note(
        fresh.id,
        fresh.created,
        fresh.modified,
        author,
        (tag,),
        body,
        Target(quote, quote[:32], body[:32], 3, 3 + len(quote)),
    )
    store.add("article", ARTICLE, note)
    assert NoteStore(root).article(ARTICLE).notes == [note]
    # The fast reader, the full safe loader and any other YAML reader all see the same note.
    path = root / f"{ARTICLE}.yaml"
    raw = path.read_text(encoding="utf-8")
    assert parse_note_file(raw, path, "article", ARTICLE)[0].notes == [note]
    assert read_with_safe_loader(raw, path, "article", ARTICLE).notes == [note]
    assert yaml.safe_load(raw)["notes"][0]["body"] == body


@pytest.mark.parametrize("body", TRICKY)
def test_tricky_bodies_round_trip(tmp_path: Path, body: str) -> None:
    store = NoteStore(tmp_path)
    note = store.new_note(body, tags=[body[:20] or "x"], author=body[:30])
    store.add("article", ARTICLE, note)
    assert NoteStore(tmp_path).article(ARTICLE).get(note.id) == note
    path = tmp_path / f"{ARTICLE}.yaml"
    assert read_with_safe_loader(
        path.read_text(encoding="utf-8"), path, "article", ARTICLE
    ).notes == [note]


def test_multi_line_bodies_are_written_as_readable_blocks(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    store.add("article", ARTICLE, store.new_note("First line\n\n\tTabbed: yes\n- item\n---\n"))
    text = (tmp_path / f"{ARTICLE}.yaml").read_text(encoding="utf-8")
    assert "  body: |\n    First line\n\n    \tTabbed: yes\n    - item\n    ---\n" in text


def test_a_hand_edited_file_in_another_yaml_style_is_read_and_then_rewritten_canonically(
    tmp_path: Path,
) -> None:
    path = tmp_path / f"{ARTICLE}.yaml"
    path.write_text(
        f"article: {ARTICLE}\nnotes:\n  - {{id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11,\n"
        "     created: '2026-01-01T00:00:00+00:00', modified: '2026-01-01T00:00:00+00:00',\n"
        '     author: me, tags: [a], body: "flow style"}  # a comment\n',
        encoding="utf-8",
    )
    store = NoteStore(tmp_path)
    assert [n.body for n in store.article(ARTICLE).notes] == ["flow style"]
    store.add("article", ARTICLE, store.new_note("second"))
    assert [n.body for n in NoteStore(tmp_path).article(ARTICLE).notes] == ["flow style", "second"]
    assert "- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n" in path.read_text(encoding="utf-8")


@given(
    st.lists(
        st.tuples(st.sampled_from(["add", "update", "delete"]), st.integers(0, 5), texts),
        max_size=25,
    )
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_file_always_holds_exactly_the_notes_a_model_predicts(
    tmp_path: Path, steps: list[tuple[str, int, str]]
) -> None:
    root = tmp_path / os.urandom(6).hex()
    stores = [NoteStore(root), NoteStore(root)]
    expected: dict[str, Note] = {}
    ids: list[str] = []
    for number, (action, which, body) in enumerate(steps):
        store = stores[number % 2]
        if action == "add" or not ids:
            note = store.new_note(body)
            store.add("article", ARTICLE, note)
            expected[note.id] = note
            ids.append(note.id)
        elif action == "update":
            old = expected.get(ids[which % len(ids)]) or store.new_note(body)
            new = Note(old.id, old.created, old.modified, old.author, old.tags, body, old.target)
            store.update("article", ARTICLE, new)
            expected[new.id] = new
        else:
            note_id = ids[which % len(ids)]
            store.delete("article", ARTICLE, note_id)
            expected.pop(note_id, None)
        on_disk = NoteStore(root).article(ARTICLE)
        assert on_disk.problem is None
        assert {n.id: n for n in on_disk.notes} == expected


NOTE_HEAD = (
    f"article: {ARTICLE}\nnotes:\n- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
    "  created: '2026-01-01T00:00:00+00:00'\n  modified: '2026-01-01T00:00:00+00:00'\n"
)
HAND_EDITS = [
    "  author: me # a comment\n  tags: []\n  body: x\n",
    "  author: me\n  tags: [a,b]\n  body: x\n",
    "  author: me\n  tags: [a, 'b c', \"d\"]\n  body: x\n",
    "  author: yes\n  tags: []\n  body: x\n",
    "  author: José\n  tags: []\n  body: 'it''s'\n",
    '  author: me\n  tags: []\n  body: "tab\\there \\u00e9 \\x41"\n',
    "  author: me\n  tags: []\n  body: |-\n    two\n    lines\n\n",
    "  author: me\n  tags: []\n  body: |\n    keep\n  target:\n    quote: x\n"
    "    prefix: ''\n    suffix: ''\n    start: 010\n    end: 011\n",
    "  author: me\n  tags: []\n  body: >-\n    folded\n    text\n",
    "  author: me\n  tags: []\n  body: plain\n    continued\n",
    "  tags: []\n  author: me\n  body: keys in another order\n",
]


@pytest.mark.parametrize("rest", HAND_EDITS)
def test_the_fast_reader_agrees_with_the_safe_loader_on_hand_edited_files(
    tmp_path: Path, rest: str
) -> None:
    text = NOTE_HEAD + rest
    path = tmp_path / f"{ARTICLE}.yaml"
    fast, _ = parse_note_file(text, path, "article", ARTICLE)
    safe = read_with_safe_loader(text, path, "article", ARTICLE)
    assert (fast.notes, fast.problem) == (safe.notes, safe.problem)


# Many notes at once ------------------------------------------------------------------


def saves_of(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every atomic replacement of ``path`` from now on (the store's last step of a save)."""
    seen: list[str] = []
    real = os.replace

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(target) == path:
            seen.append(str(source))
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_many_notes_are_saved_with_one_write_and_merged_with_what_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = NoteStore(tmp_path)
    earlier = reader.new_note("from the reader")
    reader.add("article", ARTICLE, earlier)
    script = NoteStore(tmp_path)
    batch = [script.new_note(f"imported {n}\nsecond line", tags=["batch"]) for n in range(300)]
    saves = saves_of(tmp_path / f"{ARTICLE}.yaml", monkeypatch)

    saved = script.add_many("article", ARTICLE, batch)

    assert len(saves) == 1
    assert {n.id for n in saved.notes} == {earlier.id, *(n.id for n in batch)}
    assert NoteStore(tmp_path).article(ARTICLE).notes == saved.notes
    # The same notes again change nothing; the reader sees them all on its next read.
    script.add_many("article", ARTICLE, batch[:10])
    assert len(reader.article(ARTICLE).notes) == 301


def test_a_batch_with_one_clashing_note_saves_none_of_them(tmp_path: Path) -> None:
    store = NoteStore(tmp_path)
    first = store.new_note("first")
    store.add("article", ARTICLE, first)
    before = (tmp_path / f"{ARTICLE}.yaml").read_bytes()
    clash = Note(first.id, first.created, first.modified, first.author, (), "another text", None)
    with pytest.raises(BriefingError, match="already exists"):
        store.add_many("article", ARTICLE, [store.new_note("fine"), clash])
    with pytest.raises(BriefingError, match="surrogate"):
        store.add_many("article", ARTICLE, [store.new_note("fine"), store.new_note("\ud800")])
    with pytest.raises(BriefingError, match="whole visit"):
        store.add_many("visit", "2016-06-moscow", [store.new_note("x", target=Target("q"))])
    assert (tmp_path / f"{ARTICLE}.yaml").read_bytes() == before
    assert store.add_many("article", ARTICLE, []).notes == [first]
