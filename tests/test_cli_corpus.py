"""``briefing visits``, ``show`` and ``check`` as scripts and people use them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing_tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_visits_json_lists_four_visits_in_date_order_with_articles(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "visits", "--json", "--corpus", str(corpus_dir))
    assert code == 0
    visits = json.loads(out)
    assert [v["id"] for v in visits] == [
        "2009-09-moscow",
        "2016-06-moscow",
        "2018-01-moscow",
        "2019-02-moscow",
    ]
    assert [v["date"] for v in visits] == ["2009-09-07", "2016-06-06", "2018-01-29", "2019-02-27"]
    assert {k for k in visits[0]} >= {"id", "date", "place", "title", "articles", "notes"}
    assert visits[1]["articles"] == [
        "2016-06-asharq-coordination-on-syria",
        "2016-06-incontext-another-visit-to-moscow",
    ]
    assert all(v["notes"] == 0 for v in visits)


def test_visits_table_for_people(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "visits", "--corpus", str(corpus_dir))
    assert code == 0
    assert "2009-09-07" in out and "Moscow" in out and "2016-06-06 – 2016-06-07" in out


def test_corpus_from_the_environment(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CORPUS", str(corpus_dir))
    shutil.rmtree(corpus_dir / "articles")
    (corpus_dir / "articles").mkdir()
    code, out, _ = run(capsys, "visits", "--json")
    assert code == 0
    assert all(v["articles"] == [] for v in json.loads(out))


def test_show_json_returns_the_clean_body_and_entities(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_id = "2016-06-asharq-coordination-on-syria"
    code, out, _ = run(capsys, "show", article_id, "--json", "--corpus", str(corpus_dir))
    assert code == 0
    data = json.loads(out)
    assert data["id"] == article_id
    assert data["source"] == "Asharq Al-Awsat"
    assert data["published"] == "2016-06-06"
    assert data["visit"] == "2016-06-moscow"
    assert data["text"].startswith("Tel Aviv-Israeli Prime Minister Benjamin Netanyahu")
    assert "Select Page" not in data["text"]
    for mention in data["entities"]:
        assert data["text"][mention["start"] : mention["end"]] == mention["text"]
    assert any(m["name"] == "Vladimir Putin" for m in data["entities"])


def test_show_for_people_prints_header_and_body(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "show", "2019-02-algemeiner-break-from-campaign-trail", "--corpus", str(corpus_dir)
    )
    assert code == 0
    assert "The Algemeiner" in out and "Barney Breen-Portnoy" in out and "2019-02-26" in out


def test_show_unknown_article_suggests_close_ids(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "show", "2016-06-asharq-coordination", "--corpus", str(corpus_dir))
    assert code == 1 and out == ""
    assert err.strip() == (
        "briefing: no article '2016-06-asharq-coordination'; "
        "did you mean '2016-06-asharq-coordination-on-syria'?"
    )


def test_show_never_sends_control_sequences(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus_dir / "articles" / "hostile.txt"
    path.write_text(
        '---\ntitle: "Evil \\e]0;pwned\\a title"\n---\n'
        "[bold red]x[/] \x1b[2J\x1b]52;c;aGk=\x07 \u202eevil\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "show", "hostile", "--corpus", str(corpus_dir))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[bold red]x[/]" in out


def test_check_passes_on_the_bundled_corpus(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "check", "--corpus", str(corpus_dir))
    assert (code, out) == (0, "")


def test_check_lists_every_problem_as_path_line_message(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = corpus_dir / "articles"
    (articles / "no-title.txt").write_text("---\nsource: X\n---\nBody\n", encoding="utf-8")
    (articles / "bad-date.txt").write_text(
        "---\ntitle: T\npublished: 2019-02-30\n---\nBody\n", encoding="utf-8"
    )
    (articles / "latin.txt").write_bytes(b"---\ntitle: T\n---\nOne\n\nCaf\xe9\n")
    (articles / "evil.txt").write_text(
        "---\ntitle: !!python/object/apply:os.system ['true']\n---\nBody\n", encoding="utf-8"
    )
    monkeypatch.chdir(corpus_dir.parent)
    code, out, err = run(capsys, "check", "--corpus", "corpus")
    assert code == 1
    assert out.splitlines() == [
        "corpus/articles/bad-date.txt:3: 'published' must be an ISO date like 2016-06-07, "
        "not '2019-02-30'",
        "corpus/articles/evil.txt:2: the YAML tag "
        "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        "corpus/articles/latin.txt:6: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        "corpus/articles/no-title.txt:2: the front matter has no 'title'",
    ]
    assert err.strip() == "briefing: 4 problem(s) found"


def test_broken_corpus_still_lists_what_is_sound(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "articles" / "broken.txt").write_text("not front matter\n", encoding="utf-8")
    code, out, err = run(capsys, "visits", "--json", "--corpus", str(corpus_dir))
    assert code == 0
    assert sum(len(v["articles"]) for v in json.loads(out)) == 5
    assert "`briefing check` lists them" in err


def test_missing_corpus_folder_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "visits", "--corpus", str(tmp_path / "nowhere"))
    assert code == 1
    assert err.strip().endswith("nowhere: no such corpus folder")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["show"])
    assert exit_info.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")
