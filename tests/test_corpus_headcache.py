"""The header cache: a large archive opens fast, and a changed file is never served stale."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.corpus import headcache, load_corpus


def test_a_second_load_gives_the_same_articles(corpus_dir: Path) -> None:
    first = load_corpus(corpus_dir)
    second = load_corpus(corpus_dir)
    assert first.articles == second.articles
    assert load_corpus(corpus_dir, cache=False).articles == second.articles


def test_an_edited_header_is_read_again(corpus_dir: Path) -> None:
    load_corpus(corpus_dir)
    path = corpus_dir / "articles" / "2016-06-asharq-coordination-on-syria.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Netanyahu Heads", "title: Netanyahu Goes"), "utf-8")
    os.utime(path, ns=(0, 0))
    corpus = load_corpus(corpus_dir)
    assert corpus.articles[path.stem].title.startswith("Netanyahu Goes")


def test_a_file_broken_after_caching_is_reported(corpus_dir: Path) -> None:
    load_corpus(corpus_dir)
    path = corpus_dir / "articles" / "2016-06-asharq-coordination-on-syria.txt"
    path.write_text("no front matter\n", encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert path.stem not in corpus.articles
    assert [p.line for p in corpus.problems] == [1]


def test_a_corrupt_cache_is_ignored(corpus_dir: Path) -> None:
    load_corpus(corpus_dir)
    (cache_file,) = (Path(os.environ["BRIEFING_CACHE"]) / "corpus").glob("*.json")
    cache_file.write_text('{"format": 2, "articles": {"x.txt": [1, 2]', encoding="utf-8")
    assert len(load_corpus(corpus_dir).articles) == 5
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    for row in data["articles"].values():
        row[4:] = [{"title": 5}, [], None]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert corpus.articles == load_corpus(corpus_dir, cache=False).articles


def test_warnings_survive_the_cache(corpus_dir: Path) -> None:
    path = corpus_dir / "articles" / "extra.txt"
    path.write_text("---\ntitle: T\nmood: grim\n---\nBody\n", encoding="utf-8")
    first = [str(p) for p in load_corpus(corpus_dir).problems]
    second = [str(p) for p in load_corpus(corpus_dir).problems]
    assert first == second and len(first) == 1 and "mood" in first[0]


def many_articles(corpus_dir: Path, count: int) -> None:
    for number in range(count):
        (corpus_dir / "articles" / f"2018-01-wire-{number:03}.txt").write_text(
            f"---\ntitle: Bulletin {number}\nsource: Wire {number % 3}\n"
            f"published: 2018-01-{1 + number % 28:02}\nvisit: 2018-01-moscow\n---\nBody {number}\n",
            encoding="utf-8",
        )


def uncached(corpus_dir: Path) -> dict[str, object]:
    return dict(load_corpus(corpus_dir, cache=False).articles)


def cache_file() -> Path:
    (found,) = (Path(os.environ["BRIEFING_CACHE"]) / "corpus").glob("*.json")
    return found


def test_the_cache_is_one_row_per_line_and_still_one_json_document(corpus_dir: Path) -> None:
    many_articles(corpus_dir, 20)
    load_corpus(corpus_dir)
    lines = cache_file().read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 + 25
    data = json.loads("\n".join(lines))
    assert list(data["articles"]) == sorted(data["articles"])
    assert data["format"] == headcache.FORMAT


def test_read_in_small_blocks_and_batches_it_gives_the_same_articles(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many_articles(corpus_dir, 20)
    load_corpus(corpus_dir)
    monkeypatch.setattr(headcache, "READ_BLOCK", 7)
    monkeypatch.setattr(headcache, "ROWS_PER_PARSE", 3)
    written = cache_file().read_bytes()
    assert load_corpus(corpus_dir).articles == uncached(corpus_dir)
    assert cache_file().read_bytes() == written  # nothing changed: nothing rewritten


def test_files_added_removed_and_edited_between_runs(corpus_dir: Path) -> None:
    many_articles(corpus_dir, 20)
    load_corpus(corpus_dir)
    articles = corpus_dir / "articles"
    (articles / "2018-01-wire-005.txt").unlink()
    (articles / "2018-01-wire-005b.txt").write_text("---\ntitle: Late\n---\nBody\n", "utf-8")
    edited = articles / "2018-01-wire-010.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Bulletin", "Flash"), "utf-8")
    os.utime(edited, ns=(1, 1))
    (articles / "2018-01-wire-019.txt").unlink()
    corpus = load_corpus(corpus_dir)
    assert corpus.articles == uncached(corpus_dir)
    assert corpus.articles["2018-01-wire-010"].title == "Flash 10"
    data = json.loads(cache_file().read_text(encoding="utf-8"))
    assert "2018-01-wire-005b.txt" in data["articles"]
    assert "2018-01-wire-019.txt" not in data["articles"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda lines: [*lines[:10], "{not json", *lines[11:]],
        lambda lines: lines[:10] + lines[11:12] + lines[10:11] + lines[12:],
        lambda lines: [*lines[:10], lines[10] + " " + lines[11], *lines[12:]],
        lambda lines: lines[:-1],
        lambda lines: [lines[0].replace("3", "2"), *lines[1:]],
    ],
    ids=["bad-line", "out-of-order", "two-rows-on-a-line", "no-end", "old-format"],
)
def test_a_cache_damaged_midway_serves_what_it_can_and_is_rewritten(
    corpus_dir: Path, damage: Callable[[list[str]], list[str]]
) -> None:
    many_articles(corpus_dir, 20)
    load_corpus(corpus_dir)
    lines = cache_file().read_text(encoding="utf-8").splitlines()
    cache_file().write_text("\n".join(damage(lines)) + "\n", encoding="utf-8")
    assert load_corpus(corpus_dir).articles == uncached(corpus_dir)
    assert cache_file().read_text(encoding="utf-8").splitlines() == lines


def test_a_file_dated_past_2262_is_read_from_its_file(corpus_dir: Path) -> None:
    path = corpus_dir / "articles" / "2016-06-asharq-coordination-on-syria.txt"
    far = 10_400_000_000  # seconds: the year 2299, past what 64-bit nanoseconds hold
    try:
        os.utime(path, (far, far))
    except (OSError, OverflowError):
        pytest.skip("this file system cannot date a file that far")
    load_corpus(corpus_dir)
    assert load_corpus(corpus_dir).articles == uncached(corpus_dir)
