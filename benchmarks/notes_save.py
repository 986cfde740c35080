"""Measure saving a note into a file that already holds 1,000 notes (target: under 20 ms).

Run: python benchmarks/notes_save.py [--notes N] [--saves N]

Each save is the whole path a reader or a script takes: lock, re-read the
file, merge by id, write a temporary file, fsync, rename, fsync the folder.
Three cases: the saving store wrote the file last (it re-reads the bytes and
reuses its parse); another process wrote it in between (full parse); and a
fresh store per save (the command line: ``briefing note add``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from briefing_tui.notes import Note, NoteStore, make_target  # noqa: E402

ARTICLE = "2016-06-asharq-coordination-on-syria"
TEXT = (REPO / "corpus" / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8")


def realistic_note(store: NoteStore, number: int) -> Note:
    """A note like an analyst's: a passage, two tags, a body of a few lines."""
    start = (number * 37) % (len(TEXT) - 200)
    body = (
        f"Note {number}: the passage matters for the Syria file.\n"
        "Cross-check with the 2018 visit; ask the desk whether the S-300 delivery slipped.\n"
        "Source: the article's second paragraph."
    )
    return store.new_note(
        body, tags=["syria", f"batch-{number % 7}"], target=make_target(TEXT, start, start + 60)
    )


def timed(action: Callable[[], object], runs: int) -> list[tuple[float, float]]:
    """Wall-clock and CPU milliseconds of each run (the machine may be shared)."""
    figures = []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        action()
        figures.append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))
    return figures


def report(label: str, runs: list[tuple[float, float]]) -> None:
    wall = sorted(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    p95 = wall[min(len(wall) - 1, int(len(wall) * 0.95))]
    print(
        f"  {label:<40} median {statistics.median(wall):6.2f} ms   p95 {p95:6.2f} ms"
        f"   CPU median {cpu:6.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=REPO / "benchmarks") as folder:
        root = Path(folder) / "annotations"
        store = NoteStore(root)
        for number in range(args.notes):
            store.add("article", ARTICLE, realistic_note(store, number))
        size = (root / f"{ARTICLE}.yaml").stat().st_size
        print(
            f"saving one note into a file of {args.notes:,} notes ({size / 1024:.0f} KB),"
            f" {args.saves} saves each"
        )
        counter = iter(range(args.notes, args.notes + 10 * args.saves))

        report(
            "add, this store wrote last",
            timed(
                lambda: store.add("article", ARTICLE, realistic_note(store, next(counter))),
                args.saves,
            ),
        )

        other = NoteStore(root)

        def add_after_other_writer() -> None:
            other.add("article", ARTICLE, realistic_note(other, next(counter)))
            t0, c0 = time.perf_counter(), time.process_time()
            store.add("article", ARTICLE, realistic_note(store, next(counter)))
            figures.append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))

        figures: list[tuple[float, float]] = []
        for _ in range(args.saves):
            add_after_other_writer()
        report("add, another process wrote in between", figures)

        report(
            "add, fresh store (briefing note add)",
            timed(
                lambda: NoteStore(root).add(
                    "article", ARTICLE, realistic_note(store, next(counter))
                ),
                args.saves,
            ),
        )

        notes = store.article(ARTICLE).notes

        def edit() -> None:
            old = notes[len(notes) // 2]
            store.update(
                "article",
                ARTICLE,
                Note(
                    old.id,
                    old.created,
                    old.modified,
                    old.author,
                    old.tags,
                    old.body + " edited",
                    old.target,
                ),
            )

        report("update, this store wrote last", timed(edit, args.saves))

        report(
            "read the file with a fresh store",
            timed(lambda: NoteStore(root).article(ARTICLE), args.saves),
        )


if __name__ == "__main__":
    main()
