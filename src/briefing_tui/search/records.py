"""Read article files for the index: front matter, body, content hash and entity mentions.

This runs in worker processes during a large build, so it takes and returns
only plain, picklable values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from briefing_tui.problems import BriefingError, Problem


class MentionLike(Protocol):
    """What the index needs of one entity mention."""

    start: int
    end: int
    name: str
    type: str


class Tagger(Protocol):
    """Anything that finds the entity mentions of an article body."""

    def mentions(self, article_id: str, body: str) -> Any:
        """The mentions of the body, in text order."""


EntityCount = tuple[str, str, int, int, int]
"""One entity in one article: name, type, how often it is named, and where first (start, end).

A plain tuple, because a large build sends hundreds of thousands of them between processes.
"""


@dataclass(frozen=True)
class ArticleRecord:
    """Everything the index stores about one article file."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    visit: str | None
    size: int
    mtime_ns: int
    hash: str
    body: str
    entities: tuple[EntityCount, ...]


def content_hash(data: bytes) -> str:
    """A fingerprint of a file's bytes, to tell a real edit from a touched file."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def count_entities(mentions: Iterable[MentionLike]) -> tuple[EntityCount, ...]:
    """Fold a list of mentions into one count per entity, keeping the first position."""
    found: dict[str, list[Any]] = {}
    for mention in mentions:
        entry = found.get(mention.name)
        if entry is None:
            found[mention.name] = [mention.type, 1, mention.start, mention.end]
        else:
            entry[1] += 1
    return tuple(
        (name, str(kind), int(count), int(start), int(end))
        for name, (kind, count, start, end) in found.items()
    )


def read_record(path: Path, tagger: Tagger | None) -> ArticleRecord:
    """Read one article file fully; raise ``BriefingError`` naming the file when it is broken."""
    from briefing_tui import safeyaml
    from briefing_tui.corpus.loader import parse_article_head, split_front_matter

    try:
        stat = path.stat()
        data = path.read_bytes()
    except FileNotFoundError:
        raise BriefingError.at(
            path, 1, "the article file has gone; it was moved or deleted"
        ) from None
    except OSError as exc:
        raise BriefingError.at(path, 1, f"cannot read the article: {exc.strerror}") from None
    try:
        text = safeyaml.decode_utf8(data)
    except safeyaml.YamlProblem as exc:
        raise BriefingError.at(path, exc.line, exc.message) from None
    article = parse_article_head(path, text)
    _, body, _ = split_front_matter(text, path)
    entities = count_entities(tagger.mentions(article.id, body)) if tagger is not None else ()
    return ArticleRecord(
        id=article.id,
        title=article.title,
        outlet=article.source,
        published=article.published.isoformat() if article.published else None,
        visit=article.visit,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        hash=content_hash(data),
        body=body,
        entities=entities,
    )


def read_many(paths: list[Path], tagger: Tagger | None) -> list[ArticleRecord | Problem]:
    """Read a batch of files; a broken file becomes a ``Problem`` and the rest go on."""
    out: list[ArticleRecord | Problem] = []
    for path in paths:
        try:
            out.append(read_record(path, tagger))
        except BriefingError as exc:
            out.append(exc.problem or Problem(path, 1, str(exc)))
    return out
