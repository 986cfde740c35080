"""The file system as an attacker shapes it: odd names, links out, FIFOs, huge files, races."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from adversarial.corpus_kit import BODY, front_matter, run_briefing, write_article
from briefing_tui.corpus import load_corpus
from briefing_tui.problems import BriefingError


def load_in_child(root: Path) -> list[str]:
    """Load a corpus in a child process (a FIFO must not hang the test run); its problems."""
    code = (
        "import json, sys\nfrom pathlib import Path\nfrom briefing_tui.corpus import load_corpus\n"
        "c = load_corpus(Path(sys.argv[1]))\n"
        "print(json.dumps([p.path.name + ':' + str(p.line) + ': ' + p.message "
        "for p in c.problems] + ['ARTICLES ' + ' '.join(sorted(c.articles))]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: list[str] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(
    "name",
    [
        "..txt",
        "-dash.txt",
        "a" * 200 + ".txt",
        "UPPER.txt",
        "dotted.name.txt",
        "\u0430\u0431.txt",
        "esc\x1b]52;c;SU5KRUNURUQ=\x07.txt",
        "new\nline.txt",
        "rtl\u202eevil.txt",
        "space .txt",
    ],
    ids=[
        "dots",
        "dash",
        "long",
        "upper",
        "dotted",
        "cyrillic",
        "osc52",
        "newline",
        "bidi",
        "space",
    ],
)
def test_file_names_that_are_not_ids_never_become_articles(small_corpus: Path, name: str) -> None:
    (small_corpus / "articles" / name).write_text(front_matter() + "Body.\n", encoding="utf-8")
    corpus = load_corpus(small_corpus)
    assert sorted(corpus.articles) == ["sound"]
    for problem in corpus.problems:
        line = str(problem)
        assert "\x1b" not in line and "\n" not in line and "\u202e" not in line


@pytest.mark.parametrize(
    "article_id",
    ["../sound", "/etc/passwd", "sound/../../x", "a" * 5000, "sound\u202e", "..", "-h"],
    ids=["dotdot", "absolute", "traversal", "very-long", "bidi", "parent", "option-like"],
)
def test_show_refuses_path_like_ids_with_one_line(
    small_corpus: Path, tmp_path: Path, article_id: str
) -> None:
    done = run_briefing("show", "--corpus", str(small_corpus), "--", article_id, cwd=tmp_path)
    assert done.returncode == 1, done
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "\u202e" not in err
    assert done.stdout == b""


def test_a_link_out_of_the_corpus_is_never_read(small_corpus: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    (secret / "articles").mkdir(parents=True)
    write_article(secret, "leak", front_matter(title="SECRET TITLE") + "SECRET BODY\n")
    (secret / "visits.yaml").write_text(
        "- id: leaked\n  date: 2020-01-01\n  place: X\n  title: SECRET\n", encoding="utf-8"
    )
    (small_corpus / "articles" / "leak.txt").symlink_to(secret / "articles" / "leak.txt")
    corpus = load_corpus(small_corpus)
    assert "leak" not in corpus.articles

    (small_corpus / "visits.yaml").unlink()
    (small_corpus / "visits.yaml").symlink_to(secret / "visits.yaml")
    corpus = load_corpus(small_corpus)
    assert corpus.visits == []
    assert any("outside the corpus" in p.message for p in corpus.problems)


def test_an_articles_folder_that_is_a_link_out_is_refused(
    small_corpus: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "leak.txt").write_text(front_matter() + "SECRET\n", encoding="utf-8")
    articles = small_corpus / "articles"
    for child in articles.iterdir():
        child.unlink()
    articles.rmdir()
    articles.symlink_to(outside)
    corpus = load_corpus(small_corpus)
    assert corpus.articles == {}
    assert [p.message for p in corpus.problems] == [
        "a link that points outside the corpus; it is skipped"
    ]


def test_a_link_inside_the_corpus_is_fine(small_corpus: Path) -> None:
    (small_corpus / "articles" / "alias.txt").symlink_to(small_corpus / "articles" / "sound.txt")
    corpus = load_corpus(small_corpus)
    assert sorted(corpus.articles) == ["alias", "sound"]
    assert corpus.body("alias") == BODY


def test_link_loops_devices_and_fifos_are_skipped_without_blocking(small_corpus: Path) -> None:
    articles = small_corpus / "articles"
    (articles / "loop.txt").symlink_to(articles / "loop.txt")
    (articles / "ping.txt").symlink_to(articles / "pong.txt")
    (articles / "pong.txt").symlink_to(articles / "ping.txt")
    (articles / "dangling.txt").symlink_to(articles / "nothing.txt")
    (articles / "zero.txt").symlink_to("/dev/zero")
    (articles / "folder.txt").mkdir()
    os.mkfifo(articles / "fifo.txt")
    problems = load_in_child(small_corpus)
    assert problems[-1] == "ARTICLES sound"
    names = sorted(p.split(":", 1)[0] for p in problems[:-1])
    assert names == sorted(
        ["loop.txt", "ping.txt", "pong.txt", "dangling.txt", "zero.txt", "folder.txt", "fifo.txt"]
    )


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_a_visits_file_that_is_not_a_file_does_not_block(small_corpus: Path, kind: str) -> None:
    visits = small_corpus / "visits.yaml"
    visits.unlink()
    if kind == "fifo":
        os.mkfifo(visits)
    elif kind == "dev-zero":
        visits.symlink_to("/dev/zero")
    else:
        visits.mkdir()
    problems = load_in_child(small_corpus)
    assert any(p.startswith("visits.yaml:1: ") for p in problems), problems


def test_ten_thousand_articles_in_one_folder(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "articles").mkdir(parents=True)
    (root / "visits.yaml").write_text(
        "- id: v\n  date: 2020-01-01\n  place: P\n  title: T\n", encoding="utf-8"
    )
    text = front_matter(visit="v") + "Body.\n"
    for index in range(10_000):
        (root / "articles" / f"a-{index:05d}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(root)
    assert len(corpus.articles) == 10_000 and corpus.problems == []
    assert len(corpus.articles_of("v")) == 10_000


def test_a_50_mb_article_without_a_newline_is_listed_cheaply(small_corpus: Path) -> None:
    line = b"word " * (10 * 2**20)  # 50 MB, no newline
    write_article(small_corpus, "huge", front_matter().encode() + line)
    write_article(small_corpus, "headless", line)
    tracemalloc.start()
    corpus = load_corpus(small_corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 2**20, peak
    assert "huge" in corpus.articles
    assert [p.path.name for p in corpus.problems] == ["headless.txt"]
    body = corpus.body("huge")
    assert len(body) == len(line)


def test_front_matter_that_never_closes_is_read_only_so_far(small_corpus: Path) -> None:
    write_article(small_corpus, "endless", b"---\ntitle: T\n" + b"k: v\n" * 3_000_000)
    tracemalloc.start()
    corpus = load_corpus(small_corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 2**20, peak
    assert [p.path.name for p in corpus.problems] == ["endless.txt"]


def test_an_article_deleted_after_listing_is_reported(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    (small_corpus / "articles" / "sound.txt").unlink()
    with pytest.raises(BriefingError, match=r"sound\.txt:1: the article file has gone"):
        corpus.body("sound")


def test_an_article_replaced_after_listing_reads_the_new_text(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    path = small_corpus / "articles" / "sound.txt"
    fresh = path.with_name(".sound.tmp")
    fresh.write_text(front_matter() + "Rewritten body.\n", encoding="utf-8")
    os.replace(fresh, path)
    assert corpus.body("sound") == "Rewritten body."


def test_an_article_replaced_by_a_link_out_after_listing_is_refused(
    small_corpus: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(small_corpus)
    secret = tmp_path / "secret.txt"
    secret.write_text(front_matter() + "SECRET\n", encoding="utf-8")
    path = small_corpus / "articles" / "sound.txt"
    path.unlink()
    path.symlink_to(secret)
    with pytest.raises(BriefingError, match="outside the corpus"):
        corpus.body("sound")


def test_an_article_replaced_by_a_fifo_after_listing_does_not_block(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    path = small_corpus / "articles" / "sound.txt"
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(BriefingError, match=r"sound\.txt:1: "):
        corpus.body("sound")


def test_an_article_truncated_while_open_is_read_or_reported(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    path = small_corpus / "articles" / "sound.txt"
    with path.open("r+b") as handle:
        handle.truncate(10)
    with pytest.raises(BriefingError, match=r"sound\.txt:1: "):
        corpus.body("sound")


def test_an_articles_path_that_is_a_file_is_reported(small_corpus: Path) -> None:
    articles = small_corpus / "articles"
    for child in articles.iterdir():
        child.unlink()
    articles.rmdir()
    articles.write_text("not a folder", encoding="utf-8")
    corpus = load_corpus(small_corpus)
    assert [p.path.name for p in corpus.problems] == ["articles"]


def test_check_names_a_file_with_escapes_in_its_name_without_sending_them(
    small_corpus: Path, tmp_path: Path
) -> None:
    bad = small_corpus / "articles" / "x\x1b]0;PWNED\x07\u202e.txt"
    bad.write_text(front_matter() + "Body\n", encoding="utf-8")
    done = run_briefing("check", "--corpus", str(small_corpus), cwd=tmp_path)
    assert done.returncode == 1
    assert b"\x1b]0;PWNED" not in done.stdout + done.stderr
    assert "\u202e".encode() not in done.stdout + done.stderr
