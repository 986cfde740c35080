"""The ingest benchmark scores whatever labelled folder it is given, and says when there is none.

Someone drops an unseen set into ``tests/data/ingest/heldout/`` (pages plus a
``labels.yaml``) or anywhere else (``--set DIR``); until then the benchmark says in
one sentence that there is nothing to score instead of failing.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "ingest_quality.py"


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ingest_quality", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_an_empty_held_out_folder_is_reported_not_scored(
    benchmark: ModuleType, tmp_path: Path
) -> None:
    said = benchmark._labels(tmp_path)
    assert isinstance(said, str) and "no labels.yaml" in said


def test_a_label_for_a_missing_page_names_the_entry(benchmark: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "labels.yaml").write_text("- file: gone.txt\n  language: en\n", encoding="utf-8")
    said = benchmark._labels(tmp_path)
    assert isinstance(said, str) and "entry 1" in said and "gone.txt" in said


def test_a_dropped_in_set_is_read_with_missing_keys_as_unknown(
    benchmark: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Netanyahu meets Putin\n", encoding="utf-8")
    (tmp_path / "labels.yaml").write_text(
        "- file: a.txt\n  language: en\n  title: Netanyahu meets Putin\n  visit: new\n",
        encoding="utf-8",
    )
    labels = benchmark._labels(tmp_path)
    assert isinstance(labels, list) and labels[0]["file"] == "a.txt"
    assert labels[0]["published"] is None and labels[0]["author"] is None


def test_the_held_out_folder_holds_no_page_that_was_tuned_on() -> None:
    heldout = BENCHMARK.parents[1] / "tests" / "data" / "ingest" / "heldout"
    dev = BENCHMARK.parents[1] / "tests" / "data" / "ingest" / "dev"
    assert (heldout / "README.md").is_file()
    assert not {p.name for p in heldout.iterdir()} & {
        p.name for p in dev.iterdir() if p.name not in ("README.md", "labels.yaml")
    }


def test_the_held_out_folder_either_waits_or_holds_a_whole_labelled_set(
    benchmark: ModuleType,
) -> None:
    heldout = BENCHMARK.parents[1] / "tests" / "data" / "ingest" / "heldout"
    pages = {p.name for p in heldout.iterdir()} - {"README.md", "labels.yaml"}
    labels = benchmark._labels(heldout)
    if isinstance(labels, str):  # waiting for the next batch: nothing but its README
        assert "no labels.yaml" in labels and not pages
    else:  # a batch dropped in: every page it labels is there, and nothing else
        assert {str(label["file"]) for label in labels} == pages
