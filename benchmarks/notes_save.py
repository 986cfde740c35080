"""Measure saving a note into a file that already holds 1,000 notes (target: under 20 ms).

Run: python benchmarks/notes_save.py [--notes N] [--saves N]

Each save is the whole path a reader or a script takes: lock, re-read the
file, merge by id, write a temporary file, fsync, rename, fsync the folder.
The headline case is a fresh store per save, as ``briefing note add`` runs:
a new process that has never parsed the file.  The others: the saving store
wrote the file last (it re-reads the bytes and reuses its parse); another
process wrote it in between; a note older than the rest (the notes after it
are written again); an edit; many notes at once; and reading alone.
The machine may be shared, so CPU time is given beside wall-clock time, and
the load average before and after.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
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


def report(label: str, runs: list[tuple[float, float]]) -> float:
    """Print the figures of one case; returns the median wall-clock time."""
    wall = sorted(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    p95 = wall[min(len(wall) - 1, int(len(wall) * 0.95))]
    median = statistics.median(wall)
    print(f"  {label:<44} median {median:6.2f} ms   p95 {p95:6.2f} ms   CPU median {cpu:6.2f} ms")
    return median


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args()
    print(load())
    with tempfile.TemporaryDirectory(dir=REPO / "benchmarks") as folder:
        root = Path(folder) / "annotations"
        store = NoteStore(root)
        store.add_many(
            "article", ARTICLE, [realistic_note(store, number) for number in range(args.notes)]
        )
        path = root / f"{ARTICLE}.yaml"
        print(
            f"saving one note into a file of {args.notes:,} notes ({path.stat().st_size / 1024:.0f}"
            f" KB), {args.saves} saves each"
        )
        counter = iter(range(args.notes, args.notes + 100 * args.saves))

        fresh = report(
            "add, fresh store (briefing note add)",
            timed(
                lambda: NoteStore(root).add(
                    "article", ARTICLE, realistic_note(store, next(counter))
                ),
                args.saves,
            ),
        )
        report(
            "add, this store wrote last",
            timed(
                lambda: store.add("article", ARTICLE, realistic_note(store, next(counter))),
                args.saves,
            ),
        )

        other = NoteStore(root)
        figures: list[tuple[float, float]] = []
        for _ in range(args.saves):
            other.add("article", ARTICLE, realistic_note(other, next(counter)))
            figures += timed(
                lambda: store.add("article", ARTICLE, realistic_note(store, next(counter))), 1
            )
        report("add, another process wrote in between", figures)

        def add_older_note() -> None:
            note = realistic_note(store, next(counter))
            older = dataclasses.replace(note, created="2020-01-01T00:00:00+00:00")
            NoteStore(root).add("article", ARTICLE, older)

        report("add a note older than all, fresh store", timed(add_older_note, args.saves))

        notes = store.article(ARTICLE).notes

        def edit() -> None:
            old = notes[len(notes) // 2]
            store.update("article", ARTICLE, dataclasses.replace(old, body=old.body + " edited"))

        report("update, this store wrote last", timed(edit, args.saves))
        report(
            "add_many of 100 notes, fresh store",
            timed(
                lambda: NoteStore(root).add_many(
                    "article", ARTICLE, [realistic_note(store, next(counter)) for _ in range(100)]
                ),
                max(1, args.saves // 5),
            ),
        )
        report(
            "read the file with a fresh store",
            timed(lambda: NoteStore(root).article(ARTICLE), args.saves),
        )
        size = len(store.article(ARTICLE).notes)
        print(f"file at the end: {size:,} notes ({path.stat().st_size / 1024:.0f} KB)")
    verdict = "under" if fresh < 20 else "OVER"
    print(f"fresh-store save: median {fresh:.2f} ms wall, {verdict} the 20 ms target; {load()}")


if __name__ == "__main__":
    main()
