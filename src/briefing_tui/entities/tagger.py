"""Mentions of each article, computed once per content and kept in memory and on disk.

The on-disk cache lives under the per-user cache folder; it is safe to delete,
and an entry that cannot be read or does not fit its article is recomputed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.atomicfile import replace_file
from briefing_tui.entities.gazetteer import Gazetteer, load_gazetteer
from briefing_tui.entities.mention import ENTITY_TYPES, Mention

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.entities.recogniser import Recogniser

MEMORY_ENTRIES = 1024
CACHE_FORMAT = 1
_TYPES = frozenset(ENTITY_TYPES)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


class Tagger:
    """The mentions of a corpus's articles, with the corpus's own gazetteer."""

    def __init__(self, gazetteer_file: Path, cache_dir: Path | None = None) -> None:
        self.gazetteer_file = gazetteer_file
        self._cache_root = cache_dir
        self._lock = threading.RLock()
        self._stamp: tuple[int, int] | None = None
        self._recogniser: Recogniser | None = None
        self._version = ""
        self._memory: OrderedDict[str, tuple[Mention, ...]] = OrderedDict()

    def recogniser(self) -> Recogniser:
        """The recogniser for the gazetteer as it is on disk now (rebuilt when the file changes)."""
        from briefing_tui.entities.recogniser import RULES_VERSION, Recogniser

        stamp = _stamp(self.gazetteer_file)
        with self._lock:
            if self._recogniser is None or stamp != self._stamp:
                gazetteer = (
                    load_gazetteer(self.gazetteer_file)[0] if stamp is not None else Gazetteer()
                )
                self._recogniser = Recogniser(gazetteer)
                self._stamp = stamp
                self._version = f"{CACHE_FORMAT}-{RULES_VERSION}-{gazetteer.fingerprint()}"
            return self._recogniser

    def mentions(self, article_id: str, body: str) -> list[Mention]:
        """The mentions in ``body``; cached by content, so an unchanged article costs a lookup."""
        recogniser = self.recogniser()
        digest = hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16)
        key = f"{self._version}:{digest.hexdigest()}"
        with self._lock:
            hit = self._memory.get(key)
            if hit is not None:
                self._memory.move_to_end(key)
                return list(hit)
        cache_file = self._cache_file(digest.hexdigest())
        found = _read_cached(cache_file, body) if cache_file is not None else None
        if found is None:
            found = recogniser.find(body)
            if cache_file is not None:
                _write_cached(cache_file, body, found)
        with self._lock:
            self._memory[key] = tuple(found)
            while len(self._memory) > MEMORY_ENTRIES:
                self._memory.popitem(last=False)
        return list(found)

    def _cache_file(self, digest: str) -> Path | None:
        root = self._cache_root
        if root is None:
            from briefing_tui.paths import user_cache_dir

            root = user_cache_dir() / "entities"
        return root / self._version / digest[:2] / f"{digest}.json"


def _read_cached(path: Path, body: str) -> list[Mention] | None:
    """The cached mentions if the file is sound and fits the body, else ``None``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("length") != len(body):
        return None
    rows = data.get("mentions")
    if not isinstance(rows, list):
        return None
    found: list[Mention] = []
    previous_end = 0
    for row in rows:
        if not (isinstance(row, list) and len(row) == 4):
            return None
        start, end, kind, name = row
        if not (
            type(start) is int
            and type(end) is int
            and previous_end <= start < end <= len(body)
            and kind in _TYPES
            and isinstance(name, str)
        ):
            return None
        found.append(Mention(start, end, body[start:end], kind, name))
        previous_end = end
    return found


def _write_cached(path: Path, body: str, found: list[Mention]) -> None:
    """Write the cache entry atomically; a cache that cannot be written is simply skipped."""
    payload = {
        "length": len(body),
        "mentions": [[m.start, m.end, m.type, m.name] for m in found],
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        replace_file(path, text, durable=False)


_TAGGERS: dict[str, Tagger] = {}
_TAGGERS_LOCK = threading.Lock()


def tagger_for(corpus: Corpus) -> Tagger:
    """The tagger of this corpus folder: one per root, shared by reader, search and export."""
    try:
        root = str(corpus.root.resolve())
    except OSError:
        root = str(corpus.root.absolute())
    with _TAGGERS_LOCK:
        tagger = _TAGGERS.get(root)
        if tagger is None:
            tagger = _TAGGERS[root] = Tagger(corpus.entities_file)
        return tagger
