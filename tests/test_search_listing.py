"""The listing of the articles folder: one stat per file, and an exact picture of what changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_tui.search import prefetch
from briefing_tui.search.listing import Listing, list_articles


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "articles" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_listing_survives_its_own_bytes(corpus_dir: Path) -> None:
    listing = list_articles(corpus_dir)
    data = listing.fingerprint()
    assert data is not None
    again = Listing.from_fingerprint(listing.folder, data)
    assert again is not None
    assert again.fingerprint() == data
    assert again.stamps() == listing.stamps()
    assert len(again) == len(listing) == 5


def test_an_empty_folder_and_damaged_bytes(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    empty = list_articles(tmp_path)
    data = empty.fingerprint()
    assert data is not None
    assert Listing.from_fingerprint("x", data) is not None
    assert list_articles(tmp_path / "nowhere").stamps() == {}
    full = list_articles(Path(__file__).parents[1] / "corpus").fingerprint()
    assert full is not None
    for damaged in (b"", b"no end of names", full[:-1], full + b"\0"):
        assert Listing.from_fingerprint("x", damaged) is None


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


@pytest.mark.parametrize(
    ("arguments", "environment", "expected"),
    [
        (["search", "x", "--corpus", "a"], None, "a"),
        (["--corpus=b", "search", "x"], "env", "b"),
        (["search", "x"], "env", "env"),
        (["search", "--", "--corpus", "c"], None, None),
        (["search", "x", "--corpus", ""], None, None),
    ],
)
def test_the_corpus_hint_follows_the_usual_order(
    arguments: list[str],
    environment: str | None,
    expected: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    if environment is not None:
        monkeypatch.setenv("BRIEFING_CORPUS", environment)
    assert prefetch.corpus_hint(arguments) == expected
    (tmp_path / "corpus").mkdir()
    assert prefetch.corpus_hint(arguments) == (expected or "corpus")


def test_a_child_process_lists_the_corpus_and_hands_it_over(corpus_dir: Path) -> None:
    early = prefetch.start(["search", "x", "--corpus", str(corpus_dir)])
    assert early is not None
    taken = early.take(corpus_dir)
    assert taken is not None
    assert taken.fingerprint() == list_articles(corpus_dir).fingerprint()
    assert early.take(corpus_dir) is None  # handed over once
    early.discard()


def test_a_listing_of_another_folder_is_not_handed_over(corpus_dir: Path, tmp_path: Path) -> None:
    early = prefetch.start(["search", "x", "--corpus", str(corpus_dir)])
    assert early is not None
    pid = early._pid
    assert early.take(tmp_path / "other") is None
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # the child was stopped and reaped, not left behind
    early.discard()
