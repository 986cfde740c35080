"""Fixtures for the adversarial suite: a small corpus to plant hostile files in."""

from __future__ import annotations

from pathlib import Path

import pytest

from adversarial.corpus_kit import make_small_corpus


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A corpus of one visit and one sound article, with an empty annotations folder beside it."""
    return make_small_corpus(tmp_path)
