"""`briefing entities` and `briefing show --json` on the bundled corpus, as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_entities_json_lists_the_people_places_and_weapons_of_the_corpus_with_counts(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "entities", "--json", "--corpus", str(corpus_dir))
    assert code == 0
    rows = json.loads(out)
    assert all(set(row) == {"name", "type", "count", "articles"} for row in rows)
    by_name = {row["name"]: row for row in rows}
    for name in (
        "Benjamin Netanyahu",
        "Vladimir Putin",
        "Dmitry Medvedev",
        "Shimon Peres",
        "Sergei Lavrov",
        "Moscow",
        "Syria",
        "Iran",
        "Hezbollah",
        "Kremlin",
        "S-300",
        "Su-24",
    ):
        assert by_name[name]["count"] >= 1, name
    assert by_name["Benjamin Netanyahu"]["type"] == "PERSON"
    assert by_name["S-300"]["type"] == "WEAPON"
    assert len(by_name["Benjamin Netanyahu"]["articles"]) == 5
    counts = [row["count"] for row in rows]
    assert counts == sorted(counts, reverse=True)


def test_entities_of_one_article_and_of_one_visit(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        capsys,
        "entities",
        "--json",
        "--article",
        "2009-09-haaretz-secret-moscow-visit",
        "--corpus",
        str(corpus_dir),
    )
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["Shimon Peres"]["count"] == 5
    assert rows["Shimon Peres"]["articles"] == ["2009-09-haaretz-secret-moscow-visit"]
    _, out, _ = run(
        capsys, "entities", "--json", "--visit", "2016-06-moscow", "--corpus", str(corpus_dir)
    )
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["Sergei Lavrov"]["articles"] == ["2016-06-asharq-coordination-on-syria"]
    assert "Shimon Peres" not in rows


def test_entities_table_for_people(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "entities", "--type", "weapon", "--corpus", str(corpus_dir))
    assert code == 0
    assert "S-300" in out and "Su-24" in out and "Putin" not in out


def test_unknown_ids_and_types_are_one_clear_line(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "entities", "--visit", "2016-06-moscw", "--corpus", str(corpus_dir))
    assert code == 1 and "2016-06-moscow" in err and "Traceback" not in err
    code, _, err = run(capsys, "entities", "--type", "CITY", "--corpus", str(corpus_dir))
    assert code == 1 and "unknown entity type CITY" in err


def test_corpus_text_with_control_characters_is_shown_safely(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "entities.yaml").write_text(
        '- name: "Evil\\e[31m Corp"\n  type: ORG\n  aliases: [Evil Corp]\n', encoding="utf-8"
    )
    article = corpus_dir / "articles" / "2016-06-asharq-coordination-on-syria.txt"
    article.write_text(
        article.read_text(encoding="utf-8") + "\nEvil Corp [bold]x[/bold].\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "entities", "--corpus", str(corpus_dir))
    assert code == 0 and "\x1b" not in out and "Evil" in out


def test_show_json_includes_entities_with_offsets_into_the_text(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "show",
        "2016-06-incontext-another-visit-to-moscow",
        "--json",
        "--corpus",
        str(corpus_dir),
    )
    assert code == 0
    data = json.loads(out)
    text = data["text"]
    assert data["entities"]
    for entity in data["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    assert {"text": "$83 million", "type": "MONEY"}.items() <= next(
        e for e in data["entities"] if e["type"] == "MONEY"
    ).items()
