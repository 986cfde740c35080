"""The per-user cache of article headers, damaged or forged: the corpus must load as without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.corpus.headcache import HeaderCache


def cache_file(corpus: Path) -> Path:
    load_corpus(corpus)
    path = HeaderCache(corpus).file
    assert path.exists()
    return path


def fields(corpus: Path) -> list[tuple[str, str | None, str | None]]:
    loaded = load_corpus(corpus)
    return sorted((a.title, a.source, a.visit) for a in loaded.articles.values())


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        b'{"format": 2, "articles": []}',
        b'{"format": 2}',
        b"[]",
        b'{"format": 2, "articles": {"sound.txt": [1, 2, 3]}}',
        b"null",
    ],
    ids=["empty", "garbage", "list-articles", "no-articles", "list", "short-row", "null"],
)
def test_a_damaged_header_cache_is_ignored(small_corpus: Path, damage: bytes) -> None:
    expected = fields(small_corpus)
    cache_file(small_corpus).write_bytes(damage)
    assert fields(small_corpus) == expected


def forge(corpus: Path, **changes: object) -> None:
    path = cache_file(corpus)
    data = json.loads(path.read_text(encoding="utf-8"))
    row = data["articles"]["sound.txt"]
    positions = {"title": 4, "source": 5, "visit": 9, "published": 7, "body_line": 12}
    for key, value in changes.items():
        row[positions[key]] = value
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "value"),
    [("source", ["a list"]), ("visit", "../../etc"), ("visit", 12)],
    ids=["source-list", "visit-path", "visit-int"],
)
def test_a_forged_header_cache_entry_is_not_trusted(
    small_corpus: Path, key: str, value: object
) -> None:
    expected = fields(small_corpus)
    forge(small_corpus, **{key: value})
    assert fields(small_corpus) == expected


def test_a_deeply_nested_header_cache_is_ignored(small_corpus: Path) -> None:
    expected = fields(small_corpus)
    cache_file(small_corpus).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert fields(small_corpus) == expected


def test_a_fifo_in_place_of_the_header_cache_does_not_block(small_corpus: Path) -> None:
    path = cache_file(small_corpus)
    path.unlink()
    os.mkfifo(path)
    code = "import sys\nfrom pathlib import Path\nfrom briefing_tui.corpus import load_corpus\n"
    code += "print(len(load_corpus(Path(sys.argv[1])).articles))\n"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(small_corpus)],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("loading the corpus blocked on the header cache") from None
    assert done.stdout.strip() == "1"
