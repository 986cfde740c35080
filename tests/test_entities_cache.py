"""An unchanged article is tagged once; the disk cache is disposable and never trusted blindly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.entities import Mention, Tagger, tagger_for

ARTICLE = "2016-06-asharq-coordination-on-syria"


def cache_files() -> list[Path]:
    root = Path(os.environ["BRIEFING_CACHE"]) / "entities"
    return sorted(root.rglob("*.json")) if root.exists() else []


def test_one_tagger_per_corpus_folder(corpus_dir: Path) -> None:
    first = tagger_for(load_corpus(corpus_dir))
    again = tagger_for(load_corpus(corpus_dir))
    assert first is again


def test_mentions_are_cached_on_disk_and_read_back_by_a_new_reader(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ARTICLE)
    found = Tagger(corpus.entities_file).mentions(ARTICLE, body)
    assert cache_files() and len(cache_files()) == 1
    assert any(m.name == "Sergei Lavrov" for m in found)
    fresh = Tagger(corpus.entities_file)
    assert fresh.mentions(ARTICLE, body) == found
    assert all(body[m.start : m.end] == m.text for m in found)


def test_a_corrupt_cache_file_is_ignored_and_rewritten(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ARTICLE)
    expected = Tagger(corpus.entities_file).mentions(ARTICLE, body)
    (cached,) = cache_files()
    for garbage in (
        b"\x00\xff not json",
        b'{"length": 3, "mentions": []}',
        b'{"length": %d, "mentions": [[0, 99999, "PERSON", "X"]]}' % len(body),
        b'{"length": %d, "mentions": [[0, 5, "WIZARD", "X"]]}' % len(body),
        b"[]",
    ):
        cached.write_bytes(garbage)
        assert Tagger(corpus.entities_file).mentions(ARTICLE, body) == expected
    assert Tagger(corpus.entities_file).mentions(ARTICLE, body) == expected


def test_the_cache_may_be_deleted_at_any_time(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ARTICLE)
    tagger = Tagger(corpus.entities_file)
    expected = tagger.mentions(ARTICLE, body)
    shutil.rmtree(Path(os.environ["BRIEFING_CACHE"]))
    assert Tagger(corpus.entities_file).mentions(ARTICLE, body) == expected


def test_an_edited_article_is_tagged_again(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    tagger = Tagger(corpus.entities_file)
    before = tagger.mentions(ARTICLE, "Putin met Lavrov.")
    after = tagger.mentions(ARTICLE, "Lavrov met Putin in Sochi.")
    assert [m.text for m in before] == ["Putin", "Lavrov"]
    assert [m.text for m in after] == ["Lavrov", "Putin", "Sochi"]


def test_an_edited_gazetteer_is_used_at_once(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    tagger = Tagger(corpus.entities_file)
    assert tagger.mentions(ARTICLE, "Zorbu Kaliv spoke.")[0].type == "OTHER"
    with corpus.entities_file.open("a", encoding="utf-8") as out:
        out.write("- name: Zorbu Kaliv\n  type: PERSON\n  aliases: [Kaliv]\n")
    found = tagger.mentions(ARTICLE, "Zorbu Kaliv spoke.")
    assert found == [Mention(0, 11, "Zorbu Kaliv", "PERSON", "Zorbu Kaliv")]


def test_a_corpus_without_a_gazetteer_still_gets_world_knowledge(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    corpus.entities_file.unlink()
    found = Tagger(corpus.entities_file).mentions("x", "Putin flew to Moscow on Monday.")
    assert [(m.text, m.type) for m in found] == [("Moscow", "PLACE"), ("Monday", "DATE")]


def test_an_unwritable_cache_folder_does_not_stop_tagging(corpus_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    tagger = Tagger(corpus.entities_file, cache_dir=blocker / "entities")
    assert [m.text for m in tagger.mentions("x", "Putin met Lavrov.")] == ["Putin", "Lavrov"]


def test_a_damaged_world_cache_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    script = (
        "from briefing_tui.entities.world import world_entries, _cache_path\n"
        "path = _cache_path()\n"
        "print(len(world_entries()), path.name)\n"
    )
    env = {**os.environ, "BRIEFING_CACHE": str(cache)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    count, name = first.stdout.split()
    assert int(count) > 1000 and (cache / name).exists()
    (cache / name).write_text('[["Atlantis", "CONTINENT", []]', encoding="utf-8")
    again = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout.split()[0] == count
    assert (cache / name).read_text(encoding="utf-8").startswith('[["')
