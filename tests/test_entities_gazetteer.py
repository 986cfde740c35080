"""The gazetteer file: what `briefing check` reports, and the rest still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.entities import Recogniser, load_gazetteer

REPO = Path(__file__).resolve().parents[1]

BROKEN = """\
- name: Vladimir Putin
  type: PERSON
  aliases: [Putin]
- name: Kremlin
  type: BUILDING
- type: PLACE
  aliases: [Nowhere]
- name: Moscow
  type: PLACE
  aliases: [Moskva]
- name: Putin Bridge
  type: PLACE
  aliases:
  - Putin Crossing
  - Putin
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entities.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_gazetteer_is_sound() -> None:
    gazetteer, problems = load_gazetteer(REPO / "corpus" / "entities.yaml")
    assert problems == []
    assert gazetteer.lookup("Bibi") is not None
    assert gazetteer.lookup("Netanyahu’s".removesuffix("’s")).name == "Benjamin Netanyahu"  # type: ignore[union-attr]


def test_bad_type_missing_name_and_a_shared_alias_are_reported_with_their_lines(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, BROKEN)
    _, problems = load_gazetteer(path)
    assert [(p.line, p.severity) for p in problems] == [(5, "error"), (6, "error"), (15, "error")]
    assert "'BUILDING' is not one of PERSON, PLACE, ORG" in problems[0].message
    assert "has no 'name'" in problems[1].message
    assert "'Putin' already names 'Vladimir Putin' (line 1)" in problems[2].message
    assert str(problems[0]).endswith(
        "entities.yaml:5: 'Kremlin': type 'BUILDING' is not one of "
        "PERSON, PLACE, ORG, WEAPON, EVENT, DATE, MONEY"
    )


def test_an_entity_listed_twice_is_merged_or_skipped(tmp_path: Path) -> None:
    text = (
        "- name: Sochi\n  type: PLACE\n  aliases: [Sotchi]\n"
        "- name: Sochi\n  type: PLACE\n  aliases: [Soči]\n"
        "- name: Sochi\n  type: EVENT\n"
    )
    gazetteer, problems = load_gazetteer(write(tmp_path, text))
    assert [(p.line, p.severity) for p in problems] == [(4, "warning"), (7, "error")]
    assert "listed twice (first at line 1)" in problems[0].message
    assert [e.type for e in gazetteer.entries] == ["PLACE"]
    assert gazetteer.lookup("Soči") is gazetteer.lookup("Sotchi")
    found = Recogniser(gazetteer, rules=False).find("From Sotchi to Soči")
    assert [(m.text, m.name) for m in found] == [("Sotchi", "Sochi"), ("Soči", "Sochi")]


def test_the_rest_of_a_broken_gazetteer_still_works(tmp_path: Path) -> None:
    gazetteer, _ = load_gazetteer(write(tmp_path, BROKEN))
    assert sorted(e.name for e in gazetteer.entries) == ["Moscow", "Putin Bridge", "Vladimir Putin"]
    found = Recogniser(gazetteer, rules=False).find("Putin crossed the Putin Crossing to Moskva")
    assert [(m.text, m.name) for m in found] == [
        ("Putin", "Vladimir Putin"),
        ("Putin Crossing", "Putin Bridge"),
        ("Moskva", "Moscow"),
    ]


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("- name: [unclosed\n", 2, "invalid YAML"),
        ("name: Putin\n", 1, "must be a list"),
        (
            "- name: A\n  type: PERSON\n- name: B\n  type: PERSON\n  type: PLACE\n",
            5,
            "duplicate key",
        ),
        ("- &a {name: A, type: PERSON}\n- *a\n", 1, "aliases"),
        ("- name: A\n  type: PERSON\n  aliases: 7\n", 3, "'aliases' must be a list"),
        ("- name: A\n  type: PERSON\n  aliases: [B, '', null]\n", 3, "an alias must be"),
        ("- just a name\n", 1, "must be a mapping"),
    ],
)
def test_broken_files_are_problems_not_tracebacks(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    _, problems = load_gazetteer(write(tmp_path, text))
    assert problems and problems[0].line == line and words in problems[0].message


def test_a_file_in_another_encoding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "entities.yaml"
    path.write_bytes("- name: Mosc\xfa\n  type: PLACE\n".encode("latin-1"))
    _, problems = load_gazetteer(path)
    assert problems[0].line == 1 and "UTF-8" in problems[0].message


def test_briefing_check_prints_the_gazetteer_problems_with_path_and_line(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "entities.yaml").write_text(BROKEN, encoding="utf-8")
    code = main(["check", "--corpus", str(corpus_dir)])
    out = capsys.readouterr().out
    assert code == 1
    lines = [line for line in out.splitlines() if "entities.yaml" in line]
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in lines] == ["5", "6", "15"]


def test_entities_still_listed_with_a_broken_gazetteer(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "entities.yaml").write_text(BROKEN, encoding="utf-8")
    assert main(["entities", "--json", "--corpus", str(corpus_dir)]) == 0
    assert "Vladimir Putin" in capsys.readouterr().out
