"""No note is lost: not to a killed writer, nor a second writer, nor an article edited meanwhile."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target, place_all
from briefing_tui.problems import BriefingError

WRITER = Path(__file__).resolve().parent / "helpers_notes" / "writer.py"
ARTICLE = "2016-06-asharq-coordination-on-syria"


def start_writer(root: Path, count: int, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(root), ARTICLE, str(count), name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_writer_killed_at_any_moment_never_costs_an_acknowledged_note(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    store = NoteStore(root)
    for number in range(300):  # a file of some size, so that kills land in the middle of writes
        store.add("article", ARTICLE, store.new_note(f"earlier note {number}\n" * 3))
    acknowledged = {n.id for n in store.article(ARTICLE).notes}
    rng = random.Random(5)
    kills = 0
    for _ in range(20):
        writer = start_writer(root, 10_000, "killed")
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is up and saving
        assert first, writer.stderr.read() if writer.stderr else ""
        acknowledged.add(first.strip())
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        kills += writer.returncode == -signal.SIGKILL
        acknowledged.update(line for line in out.split("\n") if len(line) == 36)

        on_disk = NoteStore(root).article(ARTICLE)
        assert on_disk.problem is None, on_disk.problem
        assert acknowledged <= {n.id for n in on_disk.notes}
    assert kills == 20
    store.add("article", ARTICLE, store.new_note("after the crashes"))
    leftovers = [p.name for p in root.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_two_processes_adding_a_hundred_notes_each_lose_none(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    writers = [start_writer(root, 100, name) for name in ("reader", "script")]
    ids: set[str] = set()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        ids.update(out.split())
    notes = NoteStore(root).article(ARTICLE).notes
    assert len(ids) == 200
    assert {n.id for n in notes} == ids
    assert sorted(n.tags for n in notes).count(("reader",)) == 100


def test_notes_saved_while_the_article_is_rewritten_on_disk_all_follow_their_passages(
    corpus_dir: Path,
) -> None:
    article = corpus_dir / "articles" / f"{ARTICLE}.txt"
    original = article.read_text(encoding="utf-8")
    head, body = original.split("---\n", 2)[1:]
    stop = threading.Event()
    edits = 0

    def editor() -> None:
        nonlocal edits
        while not stop.is_set():
            edits += 1
            added = "".join(f"Update {i}: the visit was confirmed.\n\n" for i in range(edits % 7))
            with article.open("w", encoding="utf-8") as handle:  # in place, as many editors do
                handle.write(f"---\n{head}---\n{added}{body}")
            time.sleep(0.001)

    store = NoteStore(corpus_dir.parent / "annotations")
    corpus = load_corpus(corpus_dir)  # before the editor starts: the header must be whole
    thread = threading.Thread(target=editor)
    thread.start()
    rng = random.Random(3)
    saved = 0
    attempts = 0
    try:
        while saved < 60:
            attempts += 1
            assert attempts < 100_000, "the article could not be read between edits"
            try:
                text = corpus.body(ARTICLE)
            except BriefingError:
                continue  # caught the editor mid-write: read again
            if "Tel Aviv" not in text:
                continue  # a truncated read: the reader would read again too
            start = text.index("Tel Aviv") + rng.randrange(0, len(body) // 2)
            end = min(len(text), start + rng.randrange(5, 80))
            if end <= start or not text[start:end].strip():
                continue
            store.add(
                "article",
                ARTICLE,
                store.new_note(f"note {saved}", target=make_target(text, start, end)),
            )
            saved += 1
    finally:
        stop.set()
        thread.join()
    assert edits > 1

    notes = NoteStore(corpus_dir.parent / "annotations").article(ARTICLE).notes
    assert len(notes) == 60
    final = corpus.body(ARTICLE)
    placements = place_all(final, [n.target for n in notes])
    for note, placement in zip(notes, placements, strict=True):
        assert note.target is not None
        assert placement.status in ("anchored", "moved"), note.target
        assert final[placement.start : placement.end] == note.target.quote
    assert article.read_text(encoding="utf-8").endswith(body)
    assert os.path.getsize(article) > 0
