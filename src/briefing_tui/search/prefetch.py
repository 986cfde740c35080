"""List the corpus in a second process while ``briefing search`` starts up.

A warm ``briefing search`` spends its time on two things that do not depend
on each other: loading its Python modules (work for the processor, in this
process) and stat'ing every article file to see whether the index is still
fresh (work for the kernel).  Forked before the heavy imports, a child
process does the listing on another core and hands it back through a pipe;
the search takes it once it knows for sure which corpus it runs on.

The child is only a head start: it is given the folder the command line or
the environment most likely names, and its listing is used only when that
is exactly the corpus the search resolved.  Without ``fork``, or when
anything goes wrong, the search lists the folder itself as it always could.

This module imports nothing heavy: it runs before the command line is parsed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from briefing_tui.search.listing import Listing, list_articles

if TYPE_CHECKING:
    from pathlib import Path

CHUNK = 1 << 20


class Prefetch:
    """A child process listing one corpus folder, and the pipe its listing comes back through."""

    def __init__(self, corpus: str, pid: int, reader: int) -> None:
        self.corpus = corpus
        self._pid: int | None = pid
        self._reader = reader

    def take(self, corpus: Path) -> Listing | None:
        """The listing of ``corpus``'s articles; ``None`` when the child listed another folder.

        Also ``None`` when the child failed; either way the caller lists the folder itself.
        """
        from pathlib import Path

        if self._pid is None or Path(self.corpus) != corpus:
            self.discard()
            return None
        try:
            data = _read_all(self._reader)
            _, status = os.waitpid(self._pid, 0)
        except OSError:
            self.discard()
            return None
        os.close(self._reader)
        self._pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        return Listing.from_fingerprint(os.path.join(corpus, "articles"), data)

    def discard(self) -> None:
        """Stop the child (if still running) and forget it; taking it afterwards gives ``None``."""
        if self._pid is None:
            return
        import signal

        os.close(self._reader)
        with contextlib.suppress(OSError):  # already reaped elsewhere: nothing left to stop
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
        self._pid = None


def corpus_hint(arguments: Sequence[str]) -> str | None:
    """The corpus folder these arguments most likely name: ``--corpus``, ``$BRIEFING_CORPUS``,
    ``./corpus``; ``None`` for the bundled corpus, which is small and found only by the parser.

    Only a guess: the real resolution (``paths.resolve``) decides, and a wrong guess only
    costs the head start.
    """
    hint: str | None = None
    for position, token in enumerate(arguments):
        if token == "--":
            break
        if token == "--corpus" and position + 1 < len(arguments):
            hint = arguments[position + 1]
        elif token.startswith("--corpus="):
            hint = token.partition("=")[2]
    if hint:
        return hint
    from_environment = os.environ.get("BRIEFING_CORPUS")
    if from_environment:
        return from_environment
    return "corpus" if os.path.isdir("corpus") else None


def start(arguments: Sequence[str]) -> Prefetch | None:
    """Fork a child that lists the corpus the arguments most likely name (``None``: no child)."""
    corpus = corpus_hint(arguments)
    if corpus is None or not hasattr(os, "fork"):
        return None
    try:
        reader, writer = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:
        os.close(reader)
        _list_and_exit(corpus, writer)
    os.close(writer)
    return Prefetch(corpus, pid, reader)


def _list_and_exit(corpus: str, writer: int) -> NoReturn:
    """The child: list the folder, write the listing, and leave without running any of the
    parent's clean-up (``os._exit``: no buffers flushed twice, no exit handlers)."""
    code = 1
    try:
        fingerprint = list_articles(corpus).fingerprint()
        if fingerprint is not None:
            _write_all(writer, fingerprint)
            code = 0
    except BaseException:  # the child must never return into the caller's code
        code = 1
    finally:
        os._exit(code)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view[:CHUNK]) :]


def _read_all(descriptor: int) -> bytes:
    parts: list[bytes] = []
    while True:
        part = os.read(descriptor, CHUNK)
        if not part:
            return b"".join(parts)
        parts.append(part)
