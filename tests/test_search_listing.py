"""The listing of the articles folder: one stat per file, and an exact picture of what changed."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_tui.search.listing import Listing, list_articles


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "articles" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_empty_or_missing_folder_lists_nothing(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    empty = list_articles(tmp_path)
    assert empty.fingerprint() is not None
    assert len(empty) == 0
    assert list_articles(tmp_path / "nowhere").stamps() == {}


def test_an_edit_in_place_of_the_same_size_changes_the_fingerprint(corpus_dir: Path) -> None:
    path = write(corpus_dir, "2018-01-wire.txt", "---\ntitle: A\n---\nzebrafish\n")
    before = list_articles(corpus_dir).fingerprint()
    stat = path.stat()
    path.write_text("---\ntitle: A\n---\naxolotls!\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert path.stat().st_size == stat.st_size
    assert list_articles(corpus_dir).fingerprint() != before


def test_renaming_or_removing_a_file_changes_the_fingerprint(corpus_dir: Path) -> None:
    path = write(corpus_dir, "2018-01-wire.txt", "---\ntitle: A\n---\nText.\n")
    before = list_articles(corpus_dir).fingerprint()
    path.rename(path.with_name("2018-01-wirf.txt"))
    renamed = list_articles(corpus_dir).fingerprint()
    path.with_name("2018-01-wirf.txt").unlink()
    assert len({before, renamed, list_articles(corpus_dir).fingerprint()}) == 3


def test_links_count_only_inside_the_corpus_and_odd_names_only_in_the_listing(
    corpus_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("---\ntitle: secret\n---\nPrivate.\n", encoding="utf-8")
    articles = corpus_dir / "articles"
    (articles / "leak.txt").symlink_to(outside)
    (articles / "mirror.txt").symlink_to(articles / "2009-09-haaretz-secret-moscow-visit.txt")
    (articles / "folder.txt").mkdir()
    write(corpus_dir, "Not An Id.txt", "---\ntitle: odd\n---\nOdd.\n")
    write(corpus_dir, "notes.md", "not an article")
    listing = list_articles(corpus_dir)
    stamps = listing.stamps()
    assert "mirror" in stamps
    assert not {"leak", "folder", "Not An Id", "notes"} & set(stamps)
    assert len(listing) == 7  # the five articles, the link inside, and the odd name


def test_a_time_past_64_bits_gives_no_fingerprint() -> None:
    listing = Listing("articles")
    listing._names.append("far-future.txt")
    listing._sizes.append(10)
    listing._times.append(2**63)
    assert listing.fingerprint() is None
    assert listing.stamps() == {
        "far-future": (os.path.join("articles", "far-future.txt"), 10, 2**63)
    }
