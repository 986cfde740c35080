"""Shared fixtures: every test runs with its own per-user folders and a copy of the corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLED_CORPUS = REPO / "corpus"


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the real user's config, data and cache folders."""
    home = tmp_path_factory.mktemp("user")
    for name in ("DATA", "CONFIG", "CACHE"):
        folder = home / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"BRIEFING_{name}", str(folder))
    for name in ("BRIEFING_CORPUS", "BRIEFING_ANNOTATIONS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BRIEFING_AUTHOR", "analyst")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus (with an empty annotations folder beside it)."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target, ignore=shutil.ignore_patterns("raw"))
    (tmp_path / "annotations").mkdir()
    return target


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Path:
    """The bundled visits and gazetteer, with no articles yet."""
    root = tmp_path / "corpus"
    (root / "articles").mkdir(parents=True)
    for name in ("visits.yaml", "entities.yaml"):
        shutil.copy(BUNDLED_CORPUS / name, root / name)
    return root
