"""Give a file its content in one step: a crash at any instant leaves the old file or the new one.

Every writer goes through here, in one of two modes: ``replace_file`` renames
the finished file over whatever has the name, and ``create_file`` gives it
the name only while the name is free.  Both write a temporary file in the
same folder (``.<name>.<pid>.<random>.tmp``), flush it to disk, give it its
name and flush the folder.  ``remove_leftovers`` deletes the temporary files
a killed writer left behind, and ``move_into_place`` finishes a file that
another library wrote (the search index).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def temporary_path(path: Path) -> Path:
    """A fresh name beside ``path`` for the file that becomes it; ``remove_leftovers`` knows it."""
    return path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def replace_file(path: Path, data: str | bytes, *, durable: bool = True, mode: int = 0o644) -> None:
    """Write ``data`` beside ``path`` and rename it over ``path``, whether or not ``path`` exists.

    ``durable`` also flushes the file and its folder to disk (notes, drafts,
    state); caches that are safe to lose skip it.  A file that exists keeps
    its permissions; ``mode`` (less the umask) is for a new one.  Raises
    ``OSError``; the temporary file never stays behind.
    """
    kept: int | None = None
    with contextlib.suppress(OSError):
        kept = os.stat(path).st_mode & 0o7777
    _write(path, data, durable=durable, mode=mode, overwrite=True, kept=kept)


def create_file(path: Path, data: str | bytes, *, durable: bool = True, mode: int = 0o644) -> None:
    """Write ``data`` beside ``path`` and give it that name only if nothing has it yet.

    Raises ``FileExistsError`` when the name is taken (the existing file is
    untouched), else ``OSError``; the temporary file never stays behind.
    """
    _write(path, data, durable=durable, mode=mode, overwrite=False)


def move_into_place(finished: Path, path: Path, *, durable: bool = True) -> None:
    """Rename the complete file ``finished`` (from ``temporary_path``) over ``path``."""
    os.replace(finished, path)
    if durable:
        _sync_folder(path.parent)


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files of ``path`` that killed writers left behind.

    Only safe while no other writer of ``path`` is at work: the caller holds its lock.
    """
    prefix = f".{path.name}."
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(path.parent / name)


def _write(
    path: Path,
    data: str | bytes,
    *,
    durable: bool,
    mode: int,
    overwrite: bool,
    kept: int | None = None,
) -> None:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_path(path)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
        try:
            if kept is not None:
                os.fchmod(fd, kept)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temporary, path)
        else:
            _link(temporary, path, mode)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    if durable:
        _sync_folder(path.parent)


def _link(temporary: Path, path: Path, mode: int) -> None:
    """Give the finished file the name ``path``, failing with ``FileExistsError`` if it is taken."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this file system: reserve the name, then rename over it.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC, mode))
        os.replace(temporary, path)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (where the system lets a folder be flushed)."""
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
