"""Write an exported file in one step, and only over an existing file when asked to."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefing_tui.problems import BriefingError, display_path


def write_output(path: Path, text: str, overwrite: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically; an existing file is kept unless ``overwrite``."""
    path = Path(path)
    if path.is_dir():
        raise BriefingError(f"{display_path(path)} is a folder; name a file to write")
    if path.exists() and not overwrite:
        raise BriefingError(
            f"{display_path(path)} exists already; choose another name or overwrite it (--force)"
        )
    folder = path.parent
    if not folder.is_dir():
        raise BriefingError(f"{display_path(folder)}: no such folder")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o644)
            if overwrite:
                os.replace(temporary, path)
            else:
                _link(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except FileExistsError:
        raise BriefingError(
            f"{display_path(path)} exists already; choose another name or overwrite it (--force)"
        ) from None
    except OSError as exc:
        raise BriefingError(f"cannot write {display_path(path)}: {exc.strerror or exc}") from None
    return path


def _link(temporary: str, path: Path) -> None:
    """Give the finished file its name, failing if the name is taken."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this file system: reserve the name, then rename over it.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        os.replace(temporary, path)
