"""Writes that never leave half a file: a lock beside the file, then write, fsync and rename."""

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


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


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


def write_atomically(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves either the old file or the new one."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = path.parent
    _remove_leftovers(path)
    temp = folder / f"{_temp_prefix(path)}{os.getpid()}.{time.monotonic_ns()}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BriefingError(
            f"{display_path(path)}: cannot save the notes: {exc.strerror}"
        ) from None
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_leftovers(path: Path) -> None:
    """Remove temporary files a killed writer left behind (safe: the caller holds the lock)."""
    prefix = _temp_prefix(path)
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(path.parent / name)
