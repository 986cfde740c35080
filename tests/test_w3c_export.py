"""The W3C export: every note as a Web Annotation that the W3C test-suite schemas accept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.exchange import annotations_json, export_annotations
from briefing_tui.notes import NoteStore, make_target

VALIDATOR_DIR = Path(__file__).resolve().parents[2] / "shared" / "w3c-annotation-model"
ASHARQ = "2016-06-asharq-coordination-on-syria"


@pytest.fixture
def store(corpus_dir: Path) -> NoteStore:
    """Notes of every shape: on passages, on whole articles, on a visit, tags only, no author."""
    notes = NoteStore(corpus_dir.parent / "annotations")
    corpus = load_corpus(corpus_dir)
    body = corpus.body(ASHARQ)
    start = body.index("Sergei Lavrov")
    notes.add(
        "article",
        ASHARQ,
        notes.new_note(
            "Lavrov at the table: “coordination” means air space.\n\nSecond paragraph.",
            ("lavrov", "syria"),
            make_target(body, start, start + len("Sergei Lavrov")),
        ),
    )
    notes.add("article", ASHARQ, notes.new_note("", ("tag-only",), make_target(body, 0, 8)))
    notes.add("article", ASHARQ, notes.new_note("On the whole piece.", (), author=""))
    notes.add("visit", "2016-06-moscow", notes.new_note("The visit, in one line.", ("summary",)))
    other = "2019-02-algemeiner-break-from-campaign-trail"
    text = corpus.body(other)
    start = text.index("Iranian entrenchment")
    notes.add(
        "article",
        other,
        notes.new_note("Émphasis — ünïcode ✓ and 日本語", (), make_target(text, start, start + 20)),
    )
    return notes


def test_a_passage_note_becomes_an_annotation_with_both_selectors(
    corpus_dir: Path, store: NoteStore
) -> None:
    found = export_annotations(load_corpus(corpus_dir), store, "2016-06-moscow")
    note = next(n for n in store.article(ASHARQ).notes if n.tags == ("lavrov", "syria"))
    annotation = next(a for a in found if a["id"] == f"urn:uuid:{note.id}")
    assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert annotation["type"] == "Annotation"
    assert annotation["created"] == note.created and annotation["modified"] == note.modified
    assert annotation["creator"] == {"type": "Person", "name": "analyst"}
    assert annotation["body"] == [
        {
            "type": "TextualBody",
            "value": note.body,
            "format": "text/plain",
            "purpose": "commenting",
        },
        {"type": "TextualBody", "value": "lavrov", "purpose": "tagging"},
        {"type": "TextualBody", "value": "syria", "purpose": "tagging"},
    ]
    assert note.target is not None
    assert annotation["target"] == {
        "source": f"urn:briefing:article:{ASHARQ}",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "Sergei Lavrov",
                "prefix": note.target.prefix,
                "suffix": note.target.suffix,
            },
            {"type": "TextPositionSelector", "start": note.target.start, "end": note.target.end},
        ],
    }


def test_visit_and_whole_article_notes_target_their_subject(
    corpus_dir: Path, store: NoteStore
) -> None:
    found = export_annotations(load_corpus(corpus_dir), store, "2016-06-moscow")
    targets = [a["target"] for a in found]
    assert {"source": "urn:briefing:visit:2016-06-moscow"} in targets
    assert {"source": f"urn:briefing:article:{ASHARQ}"} in targets
    assert len(found) == 4  # the 2019 note belongs to another visit


def test_the_whole_export_holds_every_note(corpus_dir: Path, store: NoteStore) -> None:
    found = json.loads(annotations_json(load_corpus(corpus_dir), store))
    assert len(found) == 5


def test_every_exported_annotation_passes_the_w3c_validator(
    corpus_dir: Path, store: NoteStore, tmp_path: Path
) -> None:
    validator = VALIDATOR_DIR / "validate.py"
    if not validator.is_file():
        pytest.skip(f"the shared W3C validator is not beside this checkout ({VALIDATOR_DIR})")
    pytest.importorskip("jsonschema", reason="the W3C validator needs jsonschema")
    export = tmp_path / "export.json"
    export.write_text(annotations_json(load_corpus(corpus_dir), store), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(validator), str(export), "--details"],
        capture_output=True,
        text=True,
        cwd=VALIDATOR_DIR,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("0 failed")
    assert "270 passed" in result.stdout  # 5 annotations × 54 assertions


def test_a_time_without_a_zone_is_exported_in_utc(corpus_dir: Path, tmp_path: Path) -> None:
    notes_dir = tmp_path / "naive"
    notes_dir.mkdir()
    (notes_dir / f"{ASHARQ}.yaml").write_text(
        f"article: {ASHARQ}\nnotes:\n"
        "- id: 0b7c9c4e-6a43-4f7e-9a59-1f0a3b1d2c11\n"
        "  created: '2026-11-22T03:00:00'\n  modified: '2026-11-22T03:05:00.123456'\n"
        "  author: analyst\n  tags: []\n  body: old note\n",
        encoding="utf-8",
    )
    (annotation,) = export_annotations(load_corpus(corpus_dir), NoteStore(notes_dir))
    assert annotation["created"] == "2026-11-22T03:00:00+00:00"
    assert annotation["modified"] == "2026-11-22T03:05:00+00:00"


def test_export_command_prints_a_json_array(
    corpus_dir: Path, store: NoteStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "w3c", "--corpus", str(corpus_dir)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert isinstance(found, list) and len(found) == 5
    assert all(a["type"] == "Annotation" for a in found)
