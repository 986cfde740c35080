"""The lock beside a file several programs rewrite (notes, visits) that serialises its writers."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from briefing_tui.problems import BriefingError, display_path

LOCK_TIMEOUT = 10.0
_POLL = 0.005


def lock_path(path: Path) -> Path:
    """The lock file that serialises writers of ``path`` (hidden, and kept: removing it races)."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the writers' lock of ``path``; after ``timeout`` seconds give up with a clear error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_path(path)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise BriefingError(
            f"{display_path(lock)}: cannot create the lock file: {exc.strerror}"
        ) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise BriefingError(
                        f"{display_path(lock)}: cannot lock the notes file: {exc.strerror}"
                    ) from None
                if time.monotonic() >= deadline:
                    raise BriefingError(
                        f"{display_path(path)}: another program has been writing these notes for "
                        f"{timeout:g} s; try again, or close the other reader"
                    ) from None
                time.sleep(_POLL)
        yield
    finally:
        os.close(fd)
