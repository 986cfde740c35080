"""Hostile files handed to ``briefing import`` and ``briefing ingest``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from adversarial.corpus_kit import BRIEFING, run_briefing
from adversarial.hostile_inputs import INJECTIONS, forbidden_in
from adversarial.terminal import run_in_pty
from briefing_tui.corpus import load_corpus
from briefing_tui.ids import is_valid_id

ARTICLE = "sound"
PARAGRAPH = "The delegation met in the capital to discuss coordination and security at length. " * 4


def annotation(**changes: Any) -> dict[str, Any]:
    """A sound W3C annotation on the small corpus's article, with some fields replaced."""
    data: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:7ec99843-b64b-410f-8f22-7bf9d90dc3ca",
        "type": "Annotation",
        "created": "2026-11-22T04:37:41+00:00",
        "modified": "2026-11-22T04:37:41+00:00",
        "creator": {"type": "Person", "name": "analyst"},
        "body": [{"type": "TextualBody", "value": "a note", "purpose": "commenting"}],
        "target": {
            "source": f"urn:briefing:article:{ARTICLE}",
            "selector": [{"type": "TextQuoteSelector", "exact": "coordination over Syria"}],
        },
    }
    data.update(changes)
    return data


HOSTILE_JSON: dict[str, str | bytes] = {
    "not-a-list": '{"a": 1}',
    "nan": "[NaN, Infinity]",
    "wrong-types": json.dumps([{"body": 5, "target": [1, 2]}, None, 3, "s", [[]]]),
    "negative-offsets": json.dumps(
        [
            annotation(
                target={
                    "source": f"urn:briefing:article:{ARTICLE}",
                    "selector": [{"type": "TextPositionSelector", "start": -5, "end": 10**20}],
                }
            )
        ]
    ),
    "path-source": json.dumps(
        [
            annotation(
                target={
                    "source": "urn:briefing:article:../../etc/passwd",
                    "selector": [{"type": "TextQuoteSelector", "exact": "root"}],
                }
            )
        ]
    ),
    "lone-surrogate": json.dumps([annotation(body=[{"type": "TextualBody", "value": "x\ud800y"}])]),
    "bad-utf8": b"[\xff\xfe]",
    "empty": "",
    "bom": "\ufeff[]",
    "id-twice": json.dumps([annotation(), annotation()]),
    "bad-id": json.dumps([annotation(id="urn:uuid:../../x")]),
    "bad-dates": json.dumps([annotation(created="yesterday", modified=12)]),
    "huge-quote": json.dumps(
        [
            annotation(
                target={
                    "source": f"urn:briefing:article:{ARTICLE}",
                    "selector": [{"type": "TextQuoteSelector", "exact": "a" * 2_000_000}],
                }
            )
        ]
    ),
    "many": json.dumps([annotation(id=None)] * 3000),
}


def check_one_line_per_problem(done: subprocess.CompletedProcess[bytes]) -> None:
    assert done.returncode in (0, 1), done
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith("briefing: "), line


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_annotation_files_are_refused_line_by_line(
    small_corpus: Path, tmp_path: Path, name: str
) -> None:
    data = HOSTILE_JSON[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    done = run_briefing(
        "import",
        str(path),
        "--corpus",
        str(small_corpus),
        "--annotations",
        str(tmp_path / "annotations"),
        cwd=tmp_path,
    )
    check_one_line_per_problem(done)


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000, "[" + "9" * 6000 + "]"],
    ids=["deep-list", "deep-object", "huge-number"],
)
def test_json_bombs_are_one_clear_line(small_corpus: Path, tmp_path: Path, text: str) -> None:
    path = tmp_path / "bomb.json"
    path.write_text(text, encoding="utf-8")
    done = run_briefing("import", str(path), "--corpus", str(small_corpus), cwd=tmp_path)
    check_one_line_per_problem(done)


def test_importing_a_fifo_does_not_block(small_corpus: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    try:
        done = run_briefing(
            "import",
            str(tmp_path / "pipe.json"),
            "--corpus",
            str(small_corpus),
            cwd=tmp_path,
            timeout=10,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("import blocked on a FIFO") from None
    check_one_line_per_problem(done)


def test_an_imported_hostile_note_is_shown_safely(small_corpus: Path, tmp_path: Path) -> None:
    hostile = annotation(
        body=[
            {
                "type": "TextualBody",
                "value": " ".join(INJECTIONS.values()),
                "purpose": "commenting",
            },
            {"type": "TextualBody", "value": INJECTIONS["osc-title"], "purpose": "tagging"},
        ],
        creator={"type": "Person", "name": INJECTIONS["osc52-clipboard"]},
    )
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([hostile]), encoding="utf-8")
    annotations = tmp_path / "annotations"
    done = run_briefing(
        "import",
        str(path),
        "--corpus",
        str(small_corpus),
        "--annotations",
        str(annotations),
        cwd=tmp_path,
    )
    check_one_line_per_problem(done)
    code, output = run_in_pty(
        [str(BRIEFING), "notes", "--corpus", str(small_corpus), "--annotations", str(annotations)],
        cwd=tmp_path,
    )
    assert code in (0, 1) and b"Traceback" not in output
    assert forbidden_in(output) == []


def write_sources(folder: Path) -> list[Path]:
    folder.mkdir()
    files: dict[str, bytes] = {
        "escapes.txt": (
            "Title "
            + INJECTIONS["osc-title"]
            + " ../../etc/passwd\n\n"
            + PARAGRAPH
            + INJECTIONS["csi-cursor"]
            + INJECTIONS["c1-csi"]
            + INJECTIONS["bidi-override"]
            + INJECTIONS["rich-markup"]
            + "\n\n"
            + PARAGRAPH
        ).encode(),
        "page.html": (
            "<html><head><title>T " + INJECTIONS["osc52-clipboard"] + "</title></head><body>"
            "<article><h1>Head "
            + INJECTIONS["osc-title"]
            + "</h1><p>"
            + PARAGRAPH
            + INJECTIONS["csi-colour"]
            + "</p><p>"
            + PARAGRAPH.replace("capital", "city")
            + "</p></article></body></html>"
        ).encode(),
        "binary.txt": bytes(range(256)) * 50,
        "empty.txt": b"",
        "latin1.txt": ("Caf\xe9 " + PARAGRAPH).encode("latin-1"),
        "front-matter.txt": (
            "---\ntitle: !!python/object/apply:os.system ['true']\nvisit: ../x\n---\n"
            + PARAGRAPH.replace("delegation", "minister")
        ).encode(),
    }
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return [*paths, folder / "fifo.txt", folder / "zero.txt", folder / "loop.txt"]


def test_ingesting_hostile_files_writes_only_sound_articles(
    small_corpus: Path, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "downloads")
    done = run_briefing(
        "ingest",
        "--corpus",
        str(small_corpus),
        "--",
        *map(str, sources),
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode in (0, 1)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    assert len(err.splitlines()) <= len(sources)  # at most one line per file
    assert forbidden_in(done.stderr) == []
    corpus = load_corpus(small_corpus)
    assert [p for p in corpus.problems if p.severity == "error"] == []
    for path in (small_corpus / "articles").iterdir():
        assert is_valid_id(path.stem), path.name
    assert len(corpus.articles) >= 2


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "write"])
def test_ingest_output_holds_no_injected_sequence(
    small_corpus: Path, tmp_path: Path, dry_run: bool
) -> None:
    sources = write_sources(tmp_path / "downloads")
    extra = ["--dry-run"] if dry_run else []
    _, output = run_in_pty(
        [
            str(BRIEFING),
            "ingest",
            *extra,
            "--corpus",
            str(small_corpus),
            "--",
            *map(str, sources[:2]),
        ],
        cwd=tmp_path,
        timeout=120,
    )
    assert b"Traceback" not in output
    assert forbidden_in(output) == []
