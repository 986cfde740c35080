"""A reader on a small corpus of our own, copied into a temporary folder for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_tui.paths import Locations

UI_CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    """A writable copy of the test corpus and an empty notes folder beside it."""
    corpus = tmp_path / "corpus"
    shutil.copytree(UI_CORPUS, corpus)
    (tmp_path / "annotations").mkdir()
    return Locations(corpus=corpus, annotations=tmp_path / "annotations")
