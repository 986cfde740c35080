"""Replace a file in one step, so a crash at any instant leaves the old file or the new one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace_file(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``.

    ``durable`` also flushes the file and its folder to disk (notes, drafts,
    state); caches that are safe to lose skip it.  Raises ``OSError``; the
    temporary file never stays behind.
    """
    import tempfile

    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        with contextlib.suppress(OSError):
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
