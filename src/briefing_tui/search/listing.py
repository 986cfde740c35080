"""Stat every article file of a corpus, cheaply, and tell an unchanged folder at a glance.

Every refresh of the index stats every article file: an edit in place keeps
the folder's time, so nothing cheaper is safe.  What is made cheap is the
common case, nothing changed: the whole listing (names, sizes and times, in
the order the folder lists them) becomes one value, kept in the index and
compared whole, with no work per file beyond the stat itself.
"""

from __future__ import annotations

import os
from array import array
from stat import S_ISREG

FileStamp = tuple[str, int, int]
"""Where an article file is, its size and its modification time in nanoseconds."""

_END_OF_NAMES = b"\0\0"


def inside(path: str, root: str) -> bool:
    """True when ``path``, links followed, lies within ``root``."""
    try:
        real, top = os.path.realpath(path), os.path.realpath(root)
    except (OSError, ValueError):
        return False
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


class Listing:
    """The article files one scan found, in the order the folder lists them.

    Plain parallel lists rather than an object per file: the scan is the hot
    loop of every search, and these turn into bytes in one step.
    """

    __slots__ = ("_encoded", "_names", "_sizes", "_times", "folder")

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._names: list[str] = []
        self._sizes: list[int] = []
        self._times: list[int] = []
        self._encoded: bytes | None = None

    def __len__(self) -> int:
        return len(self._names)

    def fingerprint(self) -> bytes | None:
        """The whole listing as bytes: equal only for the same names, sizes and times, in order.

        Exact, not a digest, so no change can ever compare equal by chance.
        ``None`` when a time does not fit in 64 bits (a file dated after
        2262); such a folder is then compared row by row on every refresh.
        """
        if self._encoded is None:
            try:
                numbers = array("q", self._sizes).tobytes() + array("q", self._times).tobytes()
            except OverflowError:
                return None
            # Names are never empty and never hold NUL, so the first double NUL ends them.
            names = "\0".join(self._names).encode("utf-8", "surrogateescape")
            self._encoded = names + _END_OF_NAMES + numbers
        return self._encoded

    def stamps(self) -> dict[str, FileStamp]:
        """The files by article id, for a full comparison; names that are not ids are left out."""
        from briefing_tui.ids import ID_PATTERN

        valid = ID_PATTERN.fullmatch
        prefix = self.folder + os.sep
        return {
            name[:-4]: (prefix + name, size, mtime_ns)
            for name, size, mtime_ns in zip(self._names, self._sizes, self._times, strict=True)
            if valid(name, 0, len(name) - 4) is not None
        }


def list_articles(root: str | os.PathLike[str]) -> Listing:
    """Stat every ``*.txt`` file of the corpus's articles folder, without reading any of them.

    Regular files are taken as the folder lists them; a link counts only when
    it leads to a regular file inside the corpus.  Names are not checked here
    (that is done only when the listing changed): an unchanged listing is an
    unchanged set of names.
    """
    top = os.fspath(root)
    listing = Listing(os.path.join(top, "articles"))
    if os.scandir not in os.supports_fd:  # pragma: no cover - not on Linux
        _list_into(listing, listing.folder, top)
        return listing
    try:
        descriptor = os.open(listing.folder, os.O_RDONLY)
    except OSError:
        return listing
    try:
        # Each stat is then relative to the open folder: the kernel does not walk the whole path.
        _list_into(listing, descriptor, top)
    finally:
        os.close(descriptor)
    return listing


def _list_into(listing: Listing, folder: int | str, root: str) -> None:
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    names, sizes, times = listing._names, listing._sizes, listing._times
    # The hot loop of every refresh: one stat per file, nothing else that can be avoided.
    with entries:
        for entry in entries:
            name = entry.name
            if name[-4:] != ".txt":
                continue
            try:
                if entry.is_file(follow_symlinks=False):
                    stat = entry.stat()
                elif entry.is_symlink():
                    stat = entry.stat()
                    path = os.path.join(listing.folder, name)
                    if not S_ISREG(stat.st_mode) or not inside(path, root):
                        continue
                else:
                    continue
            except OSError:
                continue
            names.append(name)
            sizes.append(stat.st_size)
            times.append(stat.st_mtime_ns)
