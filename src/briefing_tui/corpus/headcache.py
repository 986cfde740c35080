"""A cache of article front matter, so a large archive opens without re-reading every header.

Each entry is keyed by the file's name and its size, modification and change
times and inode; any difference, or a cache that cannot be read, means the
header is read again from the file.  The cache lives in the per-user cache
folder and is always safe to delete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing_tui.atomicfile import replace_file
from briefing_tui.corpus.model import Article
from briefing_tui.ids import is_valid_id
from briefing_tui.paths import user_cache_dir
from briefing_tui.problems import Problem
from briefing_tui.safeyaml import YamlProblem, read_regular_file

FORMAT = 2
MAX_CACHE_BYTES = 512 * 2**20

Stamp = tuple[int, int, int, int]


def _stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def _plain(value: object) -> object:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _to_json(article: Article, warnings: Sequence[Problem], stamp: Stamp) -> list[Any]:
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
    """Front matter of a corpus folder's articles, remembered between runs."""

    def __init__(self, root: Path, folder: Path | None = None) -> None:
        key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
        self.file = (folder or user_cache_dir() / "corpus") / f"{key[:32]}.json"
        self.entries: dict[str, Any] = {}
        self.fresh: dict[str, tuple[Stamp, Article, Sequence[Problem]]] = {}
        self.changed = False
        self.known: set[str] = set()
        self._shared = _Shared()
        try:
            text = read_regular_file(self.file, MAX_CACHE_BYTES).decode("utf-8")
            # Tens of thousands of rows would each wake the cycle collector for nothing.
            collecting = gc.isenabled()
            gc.disable()
            try:
                data = json.loads(text)
            finally:
                if collecting:
                    gc.enable()
            del text
            if isinstance(data, dict) and data.get("format") == FORMAT:
                entries = data.get("articles")
                if isinstance(entries, dict):
                    self.entries = entries
                    self.known = set(entries)
        except (OSError, ValueError, RecursionError, YamlProblem):
            self.entries = {}

    def lookup(
        self, folder: Path, name: str, stat: os.stat_result
    ) -> tuple[Article, Sequence[Problem]] | None:
        """The cached header of the file ``name`` in ``folder`` when it is unchanged since."""
        entry = self.entries.pop(name, None)
        if entry is None:
            return None
        if not name.endswith(".txt") or not is_valid_id(name[:-4]):
            return None
        stamp = _stamp(stat)
        if not isinstance(entry, list) or entry[:4] != list(stamp):
            return None
        found = _from_json(folder, name, stamp, entry, self._shared)
        if found is None:
            return None
        self.fresh[name] = found
        return found[1], found[2]

    def remember(
        self, name: str, stat: os.stat_result, article: Article, warnings: list[Problem]
    ) -> None:
        """Keep a freshly read header for the next run."""
        self.fresh[name] = (_stamp(stat), article, warnings)
        self.changed = True

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is skipped."""
        if not self.changed and self.fresh.keys() == self.known:
            return
        rows = {
            name: _to_json(article, warnings, stamp)
            for name, (stamp, article, warnings) in self.fresh.items()
        }
        payload = json.dumps({"format": FORMAT, "articles": rows}, ensure_ascii=False)
        with contextlib.suppress(OSError):
            replace_file(self.file, payload, durable=False)
