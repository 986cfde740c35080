"""Write an exported file in one step, and only over an existing file when asked to."""

from __future__ import annotations

from pathlib import Path

from briefing_tui import atomicfile
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
    write = atomicfile.replace_file if overwrite else atomicfile.create_file
    try:
        write(path, text)
    except FileExistsError:
        raise BriefingError(
            f"{display_path(path)} exists already; choose another name or overwrite it (--force)"
        ) from None
    except OSError as exc:
        raise BriefingError(f"cannot write {display_path(path)}: {exc.strerror or exc}") from None
    return path
