"""``briefing search`` on the command line: DESIGN.md §4 JSON, filters, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_json_has_the_documented_keys_with_offsets_into_the_body(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "search", "S-300", "--json", "--corpus", str(corpus_dir))
    hits = json.loads(out)
    assert code == 0
    assert {"article", "visit", "score", "snippet", "start", "end", "kind"} <= set(hits[0])
    assert hits[0]["article"] == "2009-09-haaretz-secret-moscow-visit"
    assert hits[0]["kind"] == "article"
    code, out, _ = run(capsys, "show", hits[0]["article"], "--json", "--corpus", str(corpus_dir))
    assert json.loads(out)["text"][hits[0]["start"] : hits[0]["end"]] == "S-300"


def test_limit_and_filter_options_narrow_the_hits(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        capsys, "search", "Netanyahu", "--json", "--limit", "2", "--corpus", str(corpus_dir)
    )
    assert len(json.loads(out)) == 2
    _, out, _ = run(
        capsys,
        "search",
        "Netanyahu",
        "--json",
        "--visit",
        "2016-06-moscow",
        "--since",
        "2016-06-01",
        "--corpus",
        str(corpus_dir),
    )
    assert [h["article"] for h in json.loads(out)] == ["2016-06-asharq-coordination-on-syria"]


def test_people_get_the_hit_in_its_context(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "search", "Medved*", "--corpus", str(corpus_dir))
    assert code == 0
    assert "Medvedev" in out and "Haaretz" in out


@pytest.mark.parametrize("query", ['"coordination on', "*", "NEAR(Putin Lavrov)"])
def test_a_broken_query_is_one_line_on_stderr_and_exit_1(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, out, err = run(capsys, "search", query, "--corpus", str(corpus_dir))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefing: ")
    assert "Traceback" not in err


def test_a_bad_limit_is_a_usage_error(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["search", "Putin", "--limit", "0", "--corpus", str(corpus_dir)])
    assert caught.value.code == 2
