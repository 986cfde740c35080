"""A cache of article front matter, so a large archive opens without re-reading every header.

Each entry is keyed by the file's name and its size, modification and change
times and inode; any difference, or a cache that cannot be read, means the
header is read again from the file.  The cache lives in the per-user cache
folder and is always safe to delete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from array import array
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from stat import S_ISREG
from typing import Any

from briefing_tui.atomicfile import replace_file
from briefing_tui.corpus.model import Article
from briefing_tui.ids import is_valid_id
from briefing_tui.paths import user_cache_dir
from briefing_tui.problems import Problem

FORMAT = 3
MAX_CACHE_BYTES = 512 * 2**20
MAX_LINE_BYTES = 4 * 2**20
READ_BLOCK = 256 * 2**10
ROWS_PER_PARSE = 512
_HEAD = b'{"format": 3, "articles": {'
_TAIL = b"}}"

Stamp = tuple[int, int, int, int]


def _stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def _plain(value: object) -> object:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _to_json(article: Article, warnings: Sequence[Problem], stamp: Sequence[int]) -> list[Any]:
    """One compact row: the stamp, the header fields, extra keys and warnings."""
    return [
        *stamp,
        article.title,
        article.source,
        article.author,
        article.published.isoformat() if article.published else None,
        article.url,
        article.visit,
        article.raw,
        article.caption,
        article.body_line,
        {str(k): _plain(v) for k, v in article.extra.items()} or None,
        [[w.line, w.message, w.severity] for w in warnings] or None,
    ]


_ROW_LENGTH = 15


class _Shared:
    """One copy of each outlet, author, visit and date: thousands of articles repeat them."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}

    def text(self, value: str | None) -> str | None:
        if value is None:
            return None
        return self.texts.setdefault(value, value)

    def date(self, value: object) -> dt.date | None:
        if not value:
            return None
        text = str(value)
        found = self.dates.get(text)
        if found is None:
            found = self.dates[text] = dt.date.fromisoformat(text)
        return found


def _from_json(
    folder: Path, name: str, stamp: Stamp, row: Any, shared: _Shared
) -> tuple[Stamp, Article, Sequence[Problem]] | None:
    """The article of a cached row whose stamp is known to match ``stamp``, if the row is sound."""
    try:
        if len(row) != _ROW_LENGTH:
            return None
        (
            _,
            _,
            _,
            _,
            title,
            source,
            author,
            published,
            url,
            visit,
            raw,
            caption,
            body_line,
            extra,
            notes,
        ) = row
        if not isinstance(title, str) or not (
            (source is None or isinstance(source, str))
            and (author is None or isinstance(author, str))
            and (url is None or isinstance(url, str))
            and (raw is None or isinstance(raw, str))
            and (caption is None or isinstance(caption, str))
        ):
            return None
        if visit is not None and not is_valid_id(visit):
            return None
        if not isinstance(body_line, int) or isinstance(body_line, bool) or body_line < 1:
            return None
        if extra is not None and not isinstance(extra, dict):
            return None
        article = Article(
            id=name[:-4],
            folder=folder,
            file_name=name,
            title=str(title),
            source=shared.text(source),
            author=shared.text(author),
            published=shared.date(published),
            url=url,
            visit=shared.text(visit),
            raw=raw,
            caption=caption,
            body_line=int(body_line),
            extra=dict(extra) if extra else None,
        )
        warnings = tuple(
            Problem(
                folder / name,
                int(line),
                str(message),
                "warning" if severity == "warning" else "error",
            )
            for line, message, severity in notes or ()
        )
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    return stamp, article, warnings


class HeaderCache:
    """Front matter of a corpus folder's articles, remembered between runs.

    The file holds one row per line, in the order the loader asks for them
    (file names sorted), between a first line that names the format and a
    closing line; the whole is also a JSON document.  It is read a block at a
    time and parsed a few hundred rows at a time, each row turned straight
    into its ``Article``: neither the whole text nor every parsed row is ever
    held at once, which is what a large archive's start-up peak was made of.
    Rows are matched to files by walking both in name order, so no table of
    rows is kept either.  Anything unexpected ends the reading: the headers
    not yet matched are read from their files and the cache is written anew.
    """

    def __init__(self, root: Path, folder: Path | None = None) -> None:
        key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
        self.file = (folder or user_cache_dir() / "corpus") / f"{key[:32]}.json"
        self.changed = False
        self._shared = _Shared()
        self._rows = _read_rows(self.file)
        self._next = next(self._rows, None)
        # What the next save writes, kept lean: the articles themselves are the corpus's.
        self._names: list[str] = []
        self._articles: list[Article] = []
        self._stamps = array("q")
        self._warnings: dict[str, Sequence[Problem]] = {}

    def lookup(
        self, folder: Path, name: str, stat: os.stat_result
    ) -> tuple[Article, Sequence[Problem]] | None:
        """The cached header of the file ``name`` in ``folder`` when it is unchanged since.

        Files must be asked for in name order (the order the cache is written in).
        """
        while self._next is not None and self._next[0] < name:
            self._next = next(self._rows, None)  # a file that has gone since
            self.changed = True
        if self._next is None or self._next[0] != name:
            return None
        row = self._next[1]
        self._next = next(self._rows, None)
        stamp = _stamp(stat)
        found = None
        sound = name.endswith(".txt") and is_valid_id(name[:-4]) and isinstance(row, list)
        if sound and row[:4] == list(stamp):
            found = _from_json(folder, name, stamp, row, self._shared)
        if found is None:
            self.changed = True  # read again from the file, and remembered, or dropped
            return None
        self._keep(name, stamp, found[1], found[2])
        return found[1], found[2]

    def remember(
        self, name: str, stat: os.stat_result, article: Article, warnings: list[Problem]
    ) -> None:
        """Keep a freshly read header for the next run."""
        self._keep(name, _stamp(stat), article, warnings)
        self.changed = True

    def _keep(self, name: str, stamp: Stamp, article: Article, warnings: Sequence[Problem]) -> None:
        try:
            packed = array("q", stamp)
        except OverflowError:  # a time past 2262, or a huge inode: read from the file each time
            return
        self._stamps.extend(packed)
        self._names.append(name)
        self._articles.append(article)
        if warnings:
            self._warnings[name] = warnings

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is skipped."""
        unread = self._next is not None
        self._rows.close()
        self._next = None
        if not (self.changed or unread):
            return
        stamps = self._stamps
        lines = [
            json.dumps(name, ensure_ascii=False)
            + ": "
            + json.dumps(
                _to_json(article, self._warnings.get(name, ()), stamps[4 * i : 4 * i + 4]),
                ensure_ascii=False,
            )
            for i, (name, article) in enumerate(zip(self._names, self._articles, strict=True))
        ]
        body = "".join(f"{line},\n" for line in lines[:-1]) + "".join(f"{x}\n" for x in lines[-1:])
        payload = _HEAD + b"\n" + body.encode("utf-8", "surrogateescape") + _TAIL + b"\n"
        with contextlib.suppress(OSError):
            replace_file(self.file, payload, durable=False)


def _read_rows(path: Path) -> Generator[tuple[str, Any], None, None]:
    """The rows of a cache file in file order, as (file name, row); they stop at anything odd."""
    try:
        descriptor = _open_regular(path)
    except OSError:
        return
    try:
        lines = _lines(descriptor)
        if next(lines, None) != _HEAD:
            return
        batch: list[bytes] = []
        for line in lines:
            if line == _TAIL:
                yield from _parsed(batch)
                return
            batch.append(line[:-1] if line.endswith(b",") else line)
            if len(batch) == ROWS_PER_PARSE:
                yield from _parsed(batch)
                batch = []
    except (OSError, ValueError, RecursionError):
        return
    finally:
        os.close(descriptor)


def _parsed(batch: list[bytes]) -> Iterator[tuple[str, Any]]:
    """Parse a batch of row lines in one call (one call per row would cost far more)."""
    if not batch:
        return
    rows = json.loads(b"{" + b",".join(batch) + b"}")
    if not isinstance(rows, dict) or len(rows) != len(batch):
        raise ValueError("not one row per line")
    batch.clear()
    yield from rows.items()


def _open_regular(path: Path) -> int:
    """Open the cache file for reading, refusing anything but a regular file of sane size."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    info = os.fstat(descriptor)
    if not S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
        os.close(descriptor)
        raise OSError("not a regular file of a sane size")
    return descriptor


def _lines(descriptor: int) -> Iterator[bytes]:
    """The lines of a file, without their line breaks, read a block at a time."""
    rest = b""
    while True:
        block = os.read(descriptor, READ_BLOCK)
        if not block:
            if rest:
                yield rest
            return
        parts = (rest + block).split(b"\n")
        rest = parts.pop()
        if len(rest) > MAX_LINE_BYTES:
            raise ValueError("a line too long for a header")
        yield from parts
