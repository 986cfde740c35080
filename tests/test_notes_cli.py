"""``briefing notes`` and ``briefing note add``, as a script or an analyst at a shell uses them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.notes import NoteStore

ARTICLE = "2016-06-asharq-coordination-on-syria"
QUOTE = "freedom to strike so-called Hezbollah targets"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def where(corpus_dir: Path) -> list[str]:
    return ["--corpus", str(corpus_dir), "--annotations", str(corpus_dir.parent / "annotations")]


def test_add_a_note_on_a_passage_and_list_it_as_json(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "note", "add", ARTICLE, "--body", "Deconfliction still holds.",
        "--quote", QUOTE, "--tag", "syria", "--tag", "deconfliction", *where(corpus_dir),
    )  # fmt: skip
    assert code == 0
    note_id = out.strip()
    assert len(note_id) == 36

    code, out, _ = run(capsys, "notes", "--json", *where(corpus_dir))
    assert code == 0
    [row] = json.loads(out)
    assert set(row) >= {
        "id", "article", "visit", "body", "tags", "author", "created", "modified",
        "quote", "start", "end", "status",
    }  # fmt: skip
    body = (corpus_dir / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    assert row["id"] == note_id
    assert (row["article"], row["visit"], row["status"]) == (ARTICLE, "2016-06-moscow", "anchored")
    assert (row["quote"], row["tags"], row["author"]) == (
        QUOTE,
        ["syria", "deconfliction"],
        "analyst",
    )
    assert body.split("---\n", 2)[2].strip("\n")[row["start"] : row["end"]] == QUOTE


def test_the_note_follows_its_passage_when_the_article_is_edited_by_hand(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "note", "add", ARTICLE, "--body", "x", "--quote", QUOTE, *where(corpus_dir))
    path = corpus_dir / "articles" / f"{ARTICLE}.txt"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("---\n", 2)[1:]
    path.write_text(f"---\n{head}---\nAn editor's note, added later.\n\n{body}", encoding="utf-8")

    _, out, _ = run(capsys, "notes", "--article", ARTICLE, "--json", *where(corpus_dir))
    [row] = json.loads(out)
    current = path.read_text(encoding="utf-8").split("---\n", 2)[2].strip("\n")
    assert row["status"] == "moved"
    assert current[row["start"] : row["end"]] == QUOTE


def test_a_whole_article_note_and_the_readable_listing(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "note", "add", ARTICLE, "--body", "Line one\nline two", *where(corpus_dir))
    code, out, _ = run(capsys, "notes", "--visit", "2016-06-moscow", *where(corpus_dir))
    assert code == 0
    assert f"{ARTICLE}  [article]" in out
    assert "    Line one\n    line two" in out


def test_an_unknown_article_names_the_closest_ids(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "note", "add", "2016-06-asharq", "--body", "x", *where(corpus_dir))
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert f"did you mean '{ARTICLE}'" in err


def test_a_quote_that_is_not_in_the_article_is_one_clear_line(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "note",
        "add",
        ARTICLE,
        "--body",
        "x",
        "--quote",
        "not in the text",
        *where(corpus_dir),
    )
    assert code == 1
    assert err == f"briefing: the quote 'not in the text' is not in article '{ARTICLE}'\n"
    assert not (corpus_dir.parent / "annotations" / f"{ARTICLE}.yaml").exists()


def test_a_repeated_quote_needs_an_occurrence(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "note", "add", ARTICLE, "--body", "x", "--quote", "Netanyahu", *where(corpus_dir)
    )
    assert code == 1 and "--occurrence" in err
    code, _, _ = run(
        capsys, "note", "add", ARTICLE, "--body", "x", "--quote", "Netanyahu", "--occurrence", "2",
        *where(corpus_dir),
    )  # fmt: skip
    assert code == 0
    note = NoteStore(corpus_dir.parent / "annotations").article(ARTICLE).notes[0]
    assert note.target is not None
    body = (corpus_dir / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    body = body.split("---\n", 2)[2].strip("\n")
    assert note.target.start == body.index("Netanyahu", body.index("Netanyahu") + 1)


def test_a_quote_copied_across_a_line_break_still_matches(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(
        capsys,
        "note",
        "add",
        ARTICLE,
        "--body",
        "x",
        "--quote",
        "freedom  to\nstrike",
        *where(corpus_dir),
    )
    assert code == 0
    note = NoteStore(corpus_dir.parent / "annotations").article(ARTICLE).notes[0]
    assert note.target is not None and note.target.quote == "freedom to strike"


def test_a_broken_notes_file_is_reported_and_the_rest_listed(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "note", "add", ARTICLE, "--body", "kept", *where(corpus_dir))
    broken = corpus_dir.parent / "annotations" / "2018-01-high-stakes-meeting-in-moscow.yaml"
    broken.write_text("article: [\n", encoding="utf-8")
    code, out, err = run(capsys, "notes", "--json", *where(corpus_dir))
    assert code == 1
    assert [r["body"] for r in json.loads(out)] == ["kept"]
    assert "2018-01-high-stakes-meeting-in-moscow.yaml:" in err and "not listed" in err


def test_check_warns_about_orphaned_notes_and_fails_on_notes_about_nothing(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "note", "add", ARTICLE, "--body", "x", "--quote", QUOTE, *where(corpus_dir))
    path = corpus_dir / "articles" / f"{ARTICLE}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(QUOTE + ".", ""), encoding="utf-8")
    code, out, _ = run(capsys, "check", *where(corpus_dir))
    assert code == 0
    assert f"{ARTICLE}.yaml:3: warning: note" in out and "orphaned" in out

    stray = corpus_dir.parent / "annotations" / "no-such-article.yaml"
    NoteStore(stray.parent).add("article", "no-such-article", NoteStore(stray.parent).new_note("x"))
    code, out, _ = run(capsys, "check", *where(corpus_dir))
    assert code == 1
    assert "no-such-article.yaml:1: 1 note(s) on article 'no-such-article'" in out


def test_the_body_can_come_from_stdin(corpus_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "note", "add", ARTICLE, "--body", "-",
         *where(corpus_dir)],
        input="typed\nin a pipe\n", capture_output=True, text=True, check=True,
    )  # fmt: skip
    note = NoteStore(corpus_dir.parent / "annotations").article(ARTICLE).notes[0]
    assert (note.id, note.body) == (result.stdout.strip(), "typed\nin a pipe\n")


def test_the_notes_command_does_not_load_heavy_modules_at_start_up() -> None:
    code = (
        "import sys, briefing_tui.cli.notes_cmd\n"
        "heavy = ('rapidfuzz', 'briefing_tui.notes')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "rapidfuzz" not in result.stdout and "briefing_tui.notes" not in result.stdout
