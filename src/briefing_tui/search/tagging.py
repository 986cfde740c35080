"""The entity recogniser as the index uses it, and the reading of article files in batches."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefing_tui.problems import Problem
from briefing_tui.search.records import ArticleRecord, Tagger, read_many

BATCH = 100


class _Recognised:
    """The corpus's recogniser run directly: the index itself keeps the mentions."""

    def __init__(self, find: Callable[[str], Any]) -> None:
        self._find = find

    def mentions(self, article_id: str, body: str) -> Any:
        """The mentions of the body (the article id is not needed to find them)."""
        return self._find(body)


def tagger_for_folder(root: Path) -> Tagger | None:
    """The corpus's entity recogniser, built from its gazetteer (``None`` without one)."""
    try:
        from briefing_tui.entities import tagger_for
    except ImportError:
        return None
    from briefing_tui.corpus.loader import Corpus

    return _Recognised(tagger_for(Corpus(root=root)).recogniser().find)


def tagger_stamp(root: Path) -> str:
    """A fingerprint of the gazetteer and the recogniser's rules: a change re-tags every article."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        digest.update((root / "entities.yaml").read_bytes())
    except OSError:
        digest.update(b"-")
    try:
        from briefing_tui.entities.recogniser import RULES_VERSION

        digest.update(f"\0{RULES_VERSION}".encode())
    except ImportError:
        digest.update(b"\0no-entities")
    return digest.hexdigest()


def read_articles(
    paths: list[Path], tagger: Tagger | None
) -> Iterator[list[ArticleRecord | Problem]]:
    """Read and tag article files, a batch at a time, so progress can be shown between batches."""
    for start in range(0, len(paths), BATCH):
        yield read_many(paths[start : start + BATCH], tagger)
