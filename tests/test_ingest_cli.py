"""``briefing ingest`` as an analyst runs it: one line per file, the batch always finishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "corpus" / "raw"
SAMPLES = REPO / "tests" / "data" / "ingest"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_reports_each_file_and_its_visit(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        str(RAW / "004_1b0be2f8b7164481.txt"),
        str(SAMPLES / "northern-ledger-sochi-talks.html"),
    ]
    code, out, err = run(capsys, "ingest", *files, "--corpus", str(empty_corpus))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith(
        "added 2019-02-algemeiner-israels-netanyahu-takes-break-campaign; visit 2019-02-moscow "
        "(it reports a meeting on 2019-02-27 in Moscow (a weekday, counted on from publication: "
        "“Israeli Prime Minister Benjamin Netanyahu will meet in Moscow on Wednesday with "
        "Russian…”), within the visit)"
    )
    assert "proposed a new visit '2017-08-sochi'" in out
    assert "    - id: 2017-08-sochi" in out
    assert len(load_corpus(empty_corpus).articles) == 2


def test_bad_paths_get_one_line_each_on_stderr_and_exit_1(
    empty_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("")
    code, out, err = run(
        capsys,
        "ingest",
        str(tmp_path / "gone.txt"),
        str(empty),
        str(RAW / "000_0b51c49cdcf16603.txt"),
        "--corpus",
        str(empty_corpus),
    )
    assert code == 1
    assert err.splitlines() == [f"{tmp_path / 'gone.txt'}: no such file", f"{empty}: empty file"]
    assert "added haaretz-" in out
    assert "Traceback" not in err


def test_dry_run_prints_the_article_and_writes_nothing(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "ingest",
        "--dry-run",
        str(RAW / "001_93db8f3526125a10.txt"),
        "--corpus",
        str(empty_corpus),
    )
    assert code == 0
    assert "would add incontext-netanyahu-makes-another-visit-moscow" in out
    assert "    title: Netanyahu Makes Another Visit to Moscow" in out
    assert "    author: Eliana Amundson" in out
    assert list((empty_corpus / "articles").iterdir()) == []


def test_visit_option_with_a_typo_suggests_the_right_id(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "ingest",
        str(RAW / "000_0b51c49cdcf16603.txt"),
        "--visit",
        "2016-06-moscw",
        "--corpus",
        str(empty_corpus),
    )
    assert code == 1
    assert "no visit '2016-06-moscw'; did you mean '2016-06-moscow'" in err
    assert list((empty_corpus / "articles").iterdir()) == []


def test_a_duplicate_is_reported_but_is_not_a_failure(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(RAW / "002_cdfe73b51c08777f.txt")
    code, _, err = run(capsys, "ingest", source, source, "--corpus", str(empty_corpus))
    assert code == 0
    assert "duplicate: the same text as article" in err


def test_without_a_corpus_folder_ingest_refuses_to_touch_the_bundled_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "ingest", str(RAW / "000_0b51c49cdcf16603.txt"))
    assert code == 1
    assert "the bundled corpus is read-only" in err and "--corpus DIR" in err


def test_a_dry_run_says_where_each_field_was_found_and_how_sure(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = REPO / "tests" / "data" / "ingest" / "dev" / "en-reuters-2009-09-secret-trip.txt"
    code, out, err = run(capsys, "ingest", str(page), "--dry-run", "--corpus", str(empty_corpus))
    assert code == 0, err
    found = next(line for line in out.splitlines() if line.startswith("  found "))
    assert "outlet: a web address in the page (high)" in found
    assert "date: a date line above the story (high)" in found
    assert "author: a byline (high)" in found
    assert "weak evidence" in out  # no meeting date: the join to 2009-09-moscow says so


def test_json_gives_each_field_with_where_and_how_sure(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    page = REPO / "tests" / "data" / "ingest" / "dev" / "ar-asharq-2019-09-sochi.txt"
    code, out, err = run(capsys, "ingest", str(page), "--json", "--corpus", str(empty_corpus))
    assert code == 0, err
    (row,) = json.loads(out)
    assert row["fields"]["author"] == {"where": "a byline", "sure": "high"}
    assert row["fields"]["published"]["sure"] == "high"
    assert row["visit"]["new_visit"]["date"] == "2019-09-12"
    assert row["visit"]["new_visit"]["place"] == "Sochi"
    assert row["visit"]["new_visit"]["participants"] == ["Benjamin Netanyahu", "Vladimir Putin"]
