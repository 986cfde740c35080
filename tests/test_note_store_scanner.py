"""The fast reader of notes files sees exactly what the full safe YAML reader sees.

The store reads files it wrote with a fast scanner and anything else with the
safe YAML loader.  These properties hold the two together: on every file the
writer can produce, and on those files edited at random, both readers give the
same notes, the same lines and the same problem.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.notes import Note, NoteStore, Target
from briefing_tui.notes.notefile import _parse_any as read_with_safe_loader
from briefing_tui.notes.notefile import note_order, parse_note_file, render_note_file

SUBJECT = "2016-06-asharq-coordination-on-syria"
PATH = Path("notes.yaml")  # named in problems only; never opened

TRICKY = [
    "yes", "No", "null", "~", "- x", "key: value", "---", "...", "# hash", "a #b", "'q'",
    '"d"', "  lead", "trail ", "\ttab", "a\tb", "x\n  y\n", "\n\nblank first", "emoji 🛰️",
    "RTL \u202e x", "nul \x00", "\r\n", "\u2028", "\x85", "\ufeff", "0o17", "1e3", "1e-3",
    "2026-11-22", "[a, b]", "{a: b}", "&a", "*a", "!t", "%d", "@", "`", "|", ">", "\\",
    "\\n", "it's", "s-300", "Lavrov, S.", "a,b", "x ,y", "’",
    "0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11",
    "line one\nline two", "ends\n", "ends\n\n", "y", "a-", "-a", "a - b", " ", "",
]  # fmt: skip

texts = (
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
    | st.sampled_from(TRICKY)
    | st.lists(st.sampled_from(TRICKY), max_size=4).map("\n".join)
    | st.lists(st.sampled_from(TRICKY), max_size=4).map(" ".join)
)
times = st.sampled_from(
    ["2026-11-22T03:00:00+00:00", "2026-11-22T03:00:01+00:00", "2024-05-14T09:30:00Z"]
) | st.datetimes().map(lambda moment: moment.isoformat())
targets = st.none() | st.builds(
    lambda quote, prefix, suffix, start, length: Target(
        quote, prefix, suffix, start, start + length
    ),
    texts.filter(bool),
    texts,
    texts,
    st.integers(0, 10**6),
    st.integers(0, 500),
)
notes = st.builds(
    Note,
    id=st.uuids().map(str),
    created=times,
    modified=times,
    author=texts,
    tags=st.lists(texts, max_size=3).map(tuple),
    body=texts,
    target=targets,
)
note_lists = st.lists(notes, max_size=6, unique_by=lambda note: note.id)


def read_both(text: str) -> bool:
    """Check both readers agree on ``text``; True when the fast scanner read it."""
    fast, chunks = parse_note_file(text, PATH, "article", SUBJECT)
    safe = read_with_safe_loader(text, PATH, "article", SUBJECT)
    assert fast.problem == safe.problem
    assert fast.notes == safe.notes
    assert fast.lines == safe.lines
    return bool(chunks)


@given(note_lists)
@settings(max_examples=400, deadline=None)
def test_every_file_the_writer_produces_reads_the_same_fast_and_safe(written: list[Note]) -> None:
    text = render_note_file("article", SUBJECT, written)
    fast_path = read_both(text)
    if all("," not in tag for note in written for tag in note.tags):
        # Not a file the writer gets wrong (tags holding a comma are split by YAML itself):
        # the scanner reads it, and it reads back exactly what was written.
        assert fast_path or not written
        fast, _ = parse_note_file(text, PATH, "article", SUBJECT)
        assert fast.notes == sorted(written, key=note_order)


EDIT_CHARACTERS = [
    *" '\"\\\n\t-:#,[]{}|>&*!%@`?0aZyé’\x85\u2028\x07",
    "  ",
    "    ",
    "- id: ",
    "\\x41",
    "\\u00e9",
    "\\0",
    "''",
]


@given(note_lists.filter(bool), st.data())
@settings(max_examples=600, deadline=None)
def test_a_file_edited_at_random_reads_the_same_fast_and_safe(
    written: list[Note], data: st.DataObject
) -> None:
    text = render_note_file("article", SUBJECT, written)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = data.draw(st.sampled_from(EDIT_CHARACTERS))
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + len(piece) :]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    read_both(text)


NOTE_START = (
    f"article: {SUBJECT}\nnotes:\n- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
    "  created: '2026-01-01T00:00:00+00:00'\n  modified: '2026-01-01T00:00:00+00:00'\n"
)
token_text = st.text(alphabet=list(" '\"\\-:#,[]ntxu0aZyYé’\t"), max_size=12) | st.sampled_from(
    TRICKY
)


@given(token_text)
@settings(max_examples=500, deadline=None)
def test_any_scalar_in_any_quoting_reads_the_same_fast_and_safe(inner: str) -> None:
    for token in (inner, f"'{inner}'", f'"{inner}"'):
        if "\n" in token:
            continue
        read_both(NOTE_START + f"  author: {token}\n  tags: [{token}]\n  body: x\n")
        read_both(NOTE_START + f"  author: a\n  tags: [x, {token}]\n  body: {token}\n")
        read_both(
            NOTE_START + "  author: a\n  tags: []\n  body: x\n  target:\n"
            f"    quote: {token}\n    prefix: {token}\n    suffix: ''\n    start: 1\n    end: 2\n"
        )


block_lines = st.lists(
    st.sampled_from(["", " ", "    ", "      ", "    \t"])
    | st.tuples(st.sampled_from(["    ", "    ", "     ", "   ", "\t"]), token_text).map("".join),
    min_size=1,
    max_size=5,
)


@given(block_lines, st.sampled_from(["|", "|-", "|+", "|2", "|4-"]), st.sampled_from(["", "\n"]))
@settings(max_examples=500, deadline=None)
def test_any_literal_block_reads_the_same_fast_and_safe(
    lines: list[str], style: str, after: str
) -> None:
    block = "".join(f"{line}\n" for line in lines) + after
    read_both(NOTE_START + f"  author: a\n  tags: []\n  body: {style}\n{block}")
    read_both(
        NOTE_START + f"  author: a\n  tags: []\n  body: {style}\n{block}  target:\n"
        "    quote: q\n    prefix: ''\n    suffix: ''\n    start: 1\n    end: 2\n"
    )


# The store writes only what changed: what it leaves on disk is still the canonical file.

added_notes = st.lists(
    st.builds(
        Note,
        id=st.uuids().map(str),
        created=st.sampled_from(
            ["2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00"]
        ),
        modified=st.just("2026-01-03T00:00:00+00:00"),
        author=st.sampled_from(["analyst", "desk"]),
        tags=st.just(()),
        body=texts,
        target=st.none(),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda note: note.id,
)


@given(st.lists(st.tuples(added_notes, st.booleans()), min_size=1, max_size=5))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_notes_added_anywhere_leave_the_file_the_writer_would_write_whole(
    tmp_path: Path, steps: list[tuple[list[Note], bool]]
) -> None:
    root = tmp_path / os.urandom(6).hex()
    store = NoteStore(root)
    everything: dict[str, Note] = {}
    for batch, fresh in steps:
        batch = [n for n in batch if n.id not in everything]
        if not batch:
            continue
        writer = NoteStore(root) if fresh else store
        saved = writer.add_many("article", SUBJECT, batch)
        everything.update((n.id, n) for n in batch)
        text = (root / f"{SUBJECT}.yaml").read_text(encoding="utf-8")
        assert text == render_note_file("article", SUBJECT, everything.values())
        safe = read_with_safe_loader(text, PATH, "article", SUBJECT)
        assert (saved.notes, saved.lines) == (safe.notes, safe.lines)
