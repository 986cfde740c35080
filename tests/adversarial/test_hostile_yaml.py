"""Hostile YAML: refused with a path and a line; nothing runs; memory stays low."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from adversarial.corpus_kit import front_matter, write_article
from adversarial.hostile_inputs import YAML_DOCUMENTS, hostile_values
from briefing_tui import safeyaml
from briefing_tui.corpus import load_corpus
from briefing_tui.problems import BriefingError

PROBE = Path(__file__).with_name("yaml_probe.py")


@pytest.fixture(scope="module")
def probe_results() -> dict[tuple[str, str], dict[str, Any]]:
    """Every hostile document in every mode, fed to Briefing in one child process."""
    done = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, timeout=120, check=False
    )
    results: dict[tuple[str, str], dict[str, Any]] = {}
    last = None
    for line in done.stdout.splitlines():
        record = json.loads(line)
        last = record
        results[(record["case"], record["mode"])] = record
    assert done.returncode == 0, f"the probe died (code {done.returncode}) during {last}"
    return results


CASES = [(case, mode) for case in YAML_DOCUMENTS for mode in ("loads", "visits", "front-matter")]


@pytest.mark.parametrize(("case", "mode"), CASES, ids=[f"{c.name}-{m}" for c, m in CASES])
def test_hostile_document_is_refused_with_a_line_and_bounded_memory(
    probe_results: dict[tuple[str, str], dict[str, Any]], case: Any, mode: str
) -> None:
    result = probe_results[(case.name, mode)]
    assert result["outcome"] == "problem", result
    assert result["line"] >= 1
    assert "\n" not in result["message"]
    if mode == "loads":
        assert case.expect.lower() in result["message"].lower(), result
    assert result["rss_mb"] < 400, result


def test_python_tag_never_runs(small_corpus: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    write_article(
        small_corpus,
        "evil",
        f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody.\n",
    )
    (small_corpus / "visits.yaml").write_text(
        f"- !!python/object/apply:subprocess.call [['touch', '{marker}']]\n", encoding="utf-8"
    )
    corpus = load_corpus(small_corpus)
    assert not marker.exists()
    assert {p.path.name for p in corpus.problems} >= {"evil.txt", "visits.yaml"}


def test_duplicate_key_in_front_matter_names_both_lines(small_corpus: Path) -> None:
    write_article(small_corpus, "twice", "---\ntitle: A\nsource: X\ntitle: B\n---\nBody.\n")
    [problem] = load_corpus(small_corpus).problems
    assert str(problem).endswith("twice.txt:4: duplicate key 'title' (first at line 2)")


def test_a_huge_scalar_is_quoted_short_in_the_message(small_corpus: Path) -> None:
    write_article(small_corpus, "huge", front_matter(visit="x" * 300_000 + "/") + "Body.\n")
    [problem] = load_corpus(small_corpus).problems
    assert problem.line == 5
    assert len(str(problem)) < 300


@pytest.mark.parametrize(
    "text",
    [b"", b"---", b"---\n", b"---\n---", b"---\n---\n", b"\n\n\n", b"---\n...\n---\n"],
    ids=["empty", "dashes", "dashes-nl", "two-dashes", "two-dashes-nl", "blank-lines", "dots"],
)
def test_degenerate_article_files_are_reported_not_raised(small_corpus: Path, text: bytes) -> None:
    write_article(small_corpus, "odd", text)
    corpus = load_corpus(small_corpus)
    assert "sound" in corpus.articles
    problems = [p for p in corpus.problems if p.path.name == "odd.txt"]
    assert len(problems) == 1 and problems[0].line >= 1, corpus.problems
    with pytest.raises(BriefingError):
        corpus.body("odd")


@pytest.mark.parametrize(
    "text",
    ["", "---\n", "---", "---\n...\n", "~\n", "[]\n", "# only a comment\n"],
    ids=["empty", "dashes-nl", "dashes", "dots", "null", "empty-list", "comment"],
)
def test_an_empty_visits_file_is_not_an_error(small_corpus: Path, text: str) -> None:
    (small_corpus / "visits.yaml").write_text(text, encoding="utf-8")
    corpus = load_corpus(small_corpus)
    assert corpus.visits == []
    assert [p.path.name for p in corpus.problems if p.severity == "error"] == ["sound.txt"]


def test_bom_crlf_and_mixed_line_endings_read_with_the_right_lines(small_corpus: Path) -> None:
    head = "\ufeff---\r\ntitle: T\rsource: S\npublished: June\r\n---\r\nOne.\r\rTwo.\n"
    write_article(small_corpus, "mixed", head)
    write_article(small_corpus, "bom", "\ufeff" + front_matter() + "Body.\r\n")
    corpus = load_corpus(small_corpus)
    [problem] = corpus.problems
    assert str(problem).endswith(
        "mixed.txt:4: 'published' must be an ISO date like 2016-06-07, not 'June'"
    )
    assert corpus.body("bom") == "Body."


def test_unicode_line_separators_do_not_shift_reported_lines(small_corpus: Path) -> None:
    write_article(
        small_corpus,
        "seps",
        "---\ntitle: 'a\u2028b\u2029c\x85d'\nsource: S\npublished: x\n---\nB\n",
    )
    [problem] = load_corpus(small_corpus).problems
    assert problem.line == 4, problem


def test_closing_line_with_trailing_blanks_agrees_between_listing_and_reading(
    small_corpus: Path,
) -> None:
    write_article(
        small_corpus, "trailing", "---\ntitle: T\n---   \nFirst paragraph.\n---\nAfter a rule.\n"
    )
    corpus = load_corpus(small_corpus)
    assert corpus.problems == []
    assert corpus.articles["trailing"].title == "T"
    assert corpus.body("trailing") == "First paragraph.\n---\nAfter a rule."


def test_a_line_starting_with_dashes_inside_front_matter_is_not_the_end(
    small_corpus: Path,
) -> None:
    write_article(
        small_corpus, "dashes", "---\ntitle: T\ncaption: >\n  ---- a rule\nsource: S\n---\nBody.\n"
    )
    corpus = load_corpus(small_corpus)
    assert corpus.problems == []
    assert corpus.articles["dashes"].source == "S"
    assert corpus.body("dashes") == "Body."


FIELDS = ["title", "source", "author", "published", "url", "visit", "raw", "caption"]
VALUES = hostile_values()


@pytest.mark.parametrize("field", FIELDS)
def test_wrong_types_in_every_front_matter_field(small_corpus: Path, field: str) -> None:
    for name, value in VALUES.items():
        write_article(small_corpus, f"typed-{name}", front_matter(**{field: value}) + "Body.\n")
    corpus = load_corpus(small_corpus)
    lines = {
        name: front_matter(**{field: value})
        .split("\n")
        .index(
            next(ln for ln in front_matter(**{field: value}).split("\n") if ln.startswith(field))
        )
        + 1
        for name, value in VALUES.items()
    }
    for problem in corpus.problems:
        name = problem.path.stem.removeprefix("typed-")
        assert problem.line == lines[name], (field, name, str(problem))
        assert len(str(problem)) < 400
    loaded = {a.id.removeprefix("typed-") for a in corpus.articles.values()}
    reported = {p.path.stem.removeprefix("typed-") for p in corpus.problems}
    assert loaded | reported >= set(VALUES), (field, loaded, reported)


VISIT_FIELDS = ["id", "date", "end_date", "place", "title", "participants", "summary", "places"]


@pytest.mark.parametrize("field", VISIT_FIELDS)
def test_wrong_types_in_every_visit_field(small_corpus: Path, field: str) -> None:
    visits = []
    for index, value in enumerate(VALUES.values()):
        visit: dict[str, object] = {
            "id": f"v-{index}",
            "date": "2016-06-06",
            "place": "Moscow",
            "title": "T",
        }
        visit[field] = value
        visits.append(visit)
    (small_corpus / "visits.yaml").write_text(
        yaml.safe_dump(visits, sort_keys=False), encoding="utf-8"
    )
    corpus = load_corpus(small_corpus)
    visit_problems = [p for p in corpus.problems if p.path.name == "visits.yaml"]
    assert len(corpus.visits) + len(visit_problems) == len(VALUES)
    for problem in visit_problems:
        assert problem.line > 1 or field == "id"
        assert len(str(problem)) < 400


def test_a_raw_path_that_leaves_the_corpus_is_warned_and_dropped(small_corpus: Path) -> None:
    write_article(small_corpus, "raw-abs", front_matter(raw="/etc/passwd") + "Body.\n")
    write_article(small_corpus, "raw-up", front_matter(raw="raw/../../x") + "Body.\n")
    corpus = load_corpus(small_corpus)
    assert corpus.articles["raw-abs"].raw is None
    assert corpus.articles["raw-up"].raw is None
    assert sorted(p.severity for p in corpus.problems) == ["warning", "warning"]


def test_a_lone_surrogate_in_text_is_a_problem_not_a_crash() -> None:
    with pytest.raises(safeyaml.YamlProblem):
        safeyaml.loads("a: '\ud800'\n")


def test_nested_just_beyond_the_limit_is_refused_and_just_within_is_read() -> None:
    limit = safeyaml.MAX_DEPTH
    assert safeyaml.loads("- " * limit + "x\n") is not None
    with pytest.raises(safeyaml.YamlProblem, match="deeper"):
        safeyaml.loads("- " * (limit + 1) + "x\n")
    with pytest.raises(safeyaml.YamlProblem, match="deeper"):
        safeyaml.loads("a:\n" + "".join(" " * i + "- \n" for i in range(1, limit + 2)))


def test_deep_text_gets_our_message_even_when_the_yaml_library_refuses_it_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A release of PyYAML with a nesting limit of its own, worded its own way."""
    text = "a:\n  b: " + "[" * 200 + "]" * 200 + "\n"

    def refuse(stream: str, Loader: Any = None) -> Any:
        at = stream.index("[") + 120
        mark = yaml.Mark("<unicode string>", at, 1, at - 8, None, 0)
        raise yaml.scanner.ScannerError(None, None, "some wording of the library's own", mark)
        yield  # pragma: no cover - makes this a generator like yaml.parse

    monkeypatch.setattr(yaml, "parse", refuse)
    with pytest.raises(safeyaml.YamlProblem) as caught:
        safeyaml.loads(text)
    assert caught.value.line == 2
    assert caught.value.message == f"YAML nested deeper than {safeyaml.MAX_DEPTH} levels"


def test_a_syntax_error_in_shallow_text_is_not_called_deep(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(safeyaml.YamlProblem) as caught:
        safeyaml.loads("a: [1, 2\nb: {c\n" + "[" * 40 + "]" * 40 + "\n")
    assert "deeper" not in caught.value.message
