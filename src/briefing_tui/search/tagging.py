"""The entity recogniser as the index uses it, in this process or in a pool of worker processes.

Entity tagging and front-matter parsing dominate a cold build, so large
batches are spread over one helper process per core; each helper builds its
own recogniser once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefing_tui.problems import Problem
from briefing_tui.search.records import ArticleRecord, Tagger, read_many

BATCH = 100
PARALLEL_FROM = 400


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


def workers() -> int:
    """How many processes a large build uses: one per core the process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def read_articles(
    root: Path,
    paths: list[Path],
    tagger: Callable[[], Tagger | None],
) -> Iterator[list[ArticleRecord | Problem]]:
    """Read and tag article files in batches, in helper processes when there are many.

    Batches come back in the order they finish.  A helper that cannot start
    or dies leaves its batches to this process, so a build never fails for it.
    """
    batches = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
    local = _Once(tagger)
    if len(paths) < PARALLEL_FROM or workers() == 1:
        for batch in batches:
            yield read_many(batch, local())
        return
    jobs: queue.SimpleQueue[list[Path]] = queue.SimpleQueue()
    for batch in batches:
        jobs.put(batch)
    results: queue.SimpleQueue[list[ArticleRecord | Problem] | BaseException] = queue.SimpleQueue()
    stop = threading.Event()
    helpers: list[subprocess.Popen[bytes]] = []

    def serve() -> None:
        helper = _start_helper(root)
        if helper is not None:
            helpers.append(helper)
        try:
            while not stop.is_set():
                try:
                    batch = jobs.get_nowait()
                except queue.Empty:
                    break
                found = _ask(helper, batch) if helper is not None else None
                if found is None:
                    helper = None
                    found = read_many(batch, local())
                results.put(found)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            results.put(exc)

    threads = [threading.Thread(target=serve, daemon=True) for _ in range(workers())]
    for thread in threads:
        thread.start()
    try:
        for _ in batches:
            item = results.get()
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        for helper in helpers:
            _stop_helper(helper)
        for thread in threads:
            thread.join()


class _Once:
    """The local recogniser, built on first need and shared by threads."""

    def __init__(self, make: Callable[[], Tagger | None]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._built = False
        self._tagger: Tagger | None = None

    def __call__(self) -> Tagger | None:
        with self._lock:
            if not self._built:
                self._tagger = self._make()
                self._built = True
            return self._tagger


def _start_helper(root: Path) -> subprocess.Popen[bytes] | None:
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "briefing_tui.search.worker", str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None


def _ask(
    helper: subprocess.Popen[bytes], batch: list[Path]
) -> list[ArticleRecord | Problem] | None:
    """Have a helper read one batch; ``None`` when it failed (the caller reads it instead)."""
    from briefing_tui.search.worker import receive, send

    assert helper.stdin is not None and helper.stdout is not None
    try:
        send(helper.stdin, [str(p) for p in batch])
        found = receive(helper.stdout)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError):
        _stop_helper(helper)
        return None
    return found if isinstance(found, list) else None


def _stop_helper(helper: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if helper.stdin is not None:
            helper.stdin.close()
    try:
        helper.wait(timeout=5)
    except subprocess.TimeoutExpired:
        helper.kill()
        helper.wait()
