"""The header cache: a large archive opens fast, and a changed file is never served stale."""

from __future__ import annotations

import json
import os
from pathlib import Path

from briefing_tui.corpus import load_corpus


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
