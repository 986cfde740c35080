"""How well ingest reproduces hand-cleaned articles: metadata right or wrong, body characters off.

Ingests the five files of ``corpus/raw/`` into an empty corpus (the bundled
visits and gazetteer, no articles) and compares each result with the
bundled, hand-cleaned article; then does the same for the sample pages in
``tests/data/ingest/`` against their hand-cleaned versions in
``tests/data/ingest/expected/``.

    python benchmarks/ingest_quality.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SAMPLES = REPO / "tests" / "data" / "ingest"


@dataclass
class Row:
    """One source file compared with its hand-cleaned article."""

    name: str
    title: bool
    outlet: bool
    date: bool
    visit: bool
    body_diff: int
    body_len: int
    seconds: float
    note: str


def _empty_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    for name in ("visits.yaml", "entities.yaml"):
        if (CORPUS / name).exists():
            shutil.copy(CORPUS / name, corpus / name)
    return corpus


def _compare(sources: list[tuple[Path, Path]], root: Path) -> list[Row]:
    from rapidfuzz.distance import Levenshtein

    from briefing_tui.corpus import read_body
    from briefing_tui.corpus.loader import load_article
    from briefing_tui.ingest import ingest_files

    corpus = _empty_corpus(root)
    rows = []
    for source, expected_file in sources:
        began = time.perf_counter()
        (outcome,) = ingest_files(corpus, [source])
        seconds = time.perf_counter() - began
        expected = load_article(expected_file, expected_file.parent.parent)
        expected_body = read_body(expected_file)
        if outcome.article_file is None or outcome.status != "added":
            rows.append(
                Row(
                    source.name,
                    False,
                    False,
                    False,
                    False,
                    len(expected_body),
                    len(expected_body),
                    seconds,
                    outcome.message,
                )
            )
            continue
        got = load_article(outcome.article_file, corpus)
        body = read_body(outcome.article_file)
        rows.append(
            Row(
                name=source.name,
                title=got.title == expected.title,
                outlet=got.source == expected.source,
                date=got.published == expected.published,
                visit=got.visit == expected.visit,
                body_diff=Levenshtein.distance(body, expected_body),
                body_len=len(expected_body),
                seconds=seconds,
                note=_why(got, expected, source),
            )
        )
    return rows


def _why(got: Any, expected: Any, source: Path) -> str:
    """Say why a field came out wrong when the source itself explains it."""
    notes = []
    if got.published != expected.published and expected.published is not None:
        day = expected.published
        forms = (
            day.isoformat(),
            f"{day:%B} {day.day}, {day.year}",
            f"{day.day} {day:%B} {day.year}",
            f"{day:%b} {day.day}, {day.year}",
        )
        text = source.read_bytes().decode("utf-8", "replace")
        if not any(form in text for form in forms):
            notes.append(f"the source never gives the date {day}")
    if got.visit != expected.visit:
        notes.append(f"visit {got.visit} instead of {expected.visit}")
    return "; ".join(notes)


def _bundled_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for article in sorted((CORPUS / "articles").glob("*.txt")):
        for line in article.read_text(encoding="utf-8").splitlines():
            if line.startswith("raw: "):
                pairs.append((CORPUS / line[5:].strip(), article))
                break
    return sorted(pairs)


def _sample_pairs() -> list[tuple[Path, Path]]:
    return [
        (source, SAMPLES / "expected" / f"{source.stem}.txt")
        for source in sorted(SAMPLES.iterdir())
        if source.is_file() and (SAMPLES / "expected" / f"{source.stem}.txt").exists()
    ]


def _print(title: str, rows: list[Row]) -> None:
    mark = {True: "right", False: "WRONG"}
    print(f"\n{title}")
    print(
        f"{'source':44} {'title':6} {'outlet':6} {'date':6} {'visit':6} "
        f"{'body chars off':>15} {'ms':>6}"
    )
    for r in rows:
        print(
            f"{r.name:44} {mark[r.title]:6} {mark[r.outlet]:6} {mark[r.date]:6} "
            f"{mark[r.visit]:6} {r.body_diff:>6} of {r.body_len:<6} {1000 * r.seconds:>6.0f}"
            + (f"  ({r.note})" if r.note else "")
        )
    n = len(rows)
    print(
        f"{'right':44} {sum(r.title for r in rows)}/{n}    {sum(r.outlet for r in rows)}/{n}"
        f"    {sum(r.date for r in rows)}/{n}    {sum(r.visit for r in rows)}/{n}"
        f"    {sum(r.body_diff for r in rows):>6} of {sum(r.body_len for r in rows)}"
    )


def main() -> int:
    """Run both comparisons and print the tables."""
    sys.path.insert(0, str(REPO / "src"))
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("BRIEFING_CACHE", str(Path(scratch) / "cache"))
        bundled = _compare(_bundled_pairs(), Path(scratch) / "bundled")
        samples = _compare(_sample_pairs(), Path(scratch) / "samples")
    _print("corpus/raw/ against the bundled hand-cleaned articles", bundled)
    _print("tests/data/ingest/ pages against their hand-cleaned versions", samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
