"""Read a source file as text: refuse what is not text, and find the encoding of what is."""

from __future__ import annotations

import codecs
import errno
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.safeyaml import YamlProblem, normalise_newlines, read_regular_file

MAX_SOURCE_BYTES = 32 * 2**20

_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)|<\?xml[^>]+encoding=["']([A-Za-z0-9_.-]+)""",
    re.IGNORECASE,
)
_HTML_HINT = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_WESTERN = re.compile(
    "[\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DETECTABLE = tuple(
    [
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "koi8_r",
        "iso8859_2",
        "iso8859_7",
        "iso8859_8",
        "shift_jis",
        "euc_jp",
        "gb18030",
        "big5",
        "euc_kr",
    ]
)


class SourceRefused(Exception):
    """A source file that cannot be ingested, with the one-line reason."""


@dataclass(frozen=True)
class SourceText:
    """A source file's bytes and its text, with how the text was decoded."""

    path: Path
    data: bytes
    text: str
    encoding: str
    is_html: bool


def read_source(path: Path) -> SourceText:
    """Read one file named on the command line, or say in one sentence why it cannot be used.

    Only a regular file is read.  A symbolic link is refused, not followed, so that a
    link planted among downloaded pages cannot make ingest read a file elsewhere; FIFOs,
    sockets and devices are refused without opening them, so nothing blocks.
    """
    data = _read_regular(path)
    if not data.strip():
        raise SourceRefused("empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise SourceRefused(f"{what}, not text or HTML; save the page as HTML or text")
    text, encoding = decode(data)
    if _CONTROL.search(text[:8192]) and len(_CONTROL.findall(text[:8192])) > 8:
        raise SourceRefused("binary data, not text or HTML")
    text = normalise_newlines(text)
    if not text.strip():
        raise SourceRefused("empty file")
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(
        _HTML_HINT.search(data[:4096])
    )
    return SourceText(path=path, data=data, text=text, encoding=encoding, is_html=is_html)


_LINK = "a symbolic link; ingest reads only regular files, so name the file it points to"


def _read_regular(path: Path) -> bytes:
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise SourceRefused("no such file") from None
    except OSError as exc:
        raise SourceRefused(f"cannot read the file: {exc.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise SourceRefused(_LINK)
    if stat.S_ISDIR(info.st_mode):
        raise SourceRefused("a folder, not a file; name the files inside it")
    if not stat.S_ISREG(info.st_mode):
        raise SourceRefused(f"{_kind(info.st_mode)}, not a regular file; it is not read")
    if info.st_size > MAX_SOURCE_BYTES:
        raise SourceRefused("larger than 32 MB; this is not a news article")
    try:
        # The link check above and the open below are not one step: O_NOFOLLOW closes the gap.
        return read_regular_file(path, MAX_SOURCE_BYTES, follow_links=False)
    except YamlProblem as exc:
        if "larger than" in exc.message:
            raise SourceRefused("larger than 32 MB; this is not a news article") from None
        raise SourceRefused("not a regular file; it is not read") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SourceRefused(_LINK) from None
        raise SourceRefused(f"cannot read the file: {exc.strerror}") from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def decode(data: bytes) -> tuple[str, str]:
    """Decode as UTF-8, else the declared encoding, else a detected one, else refuse."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8") or _refuse_bom(), "utf-8"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, name) or _refuse_bom(), name
    if b"\x00" in data[:8192]:
        raise SourceRefused("binary data, not text or HTML")
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = _declared(data)
    if declared is not None:
        text = _strict(data, declared)
        if text is not None:
            return text, declared
    text = _strict(data, "cp1252")
    if text is not None and _looks_western(text):
        return text, "cp1252"
    detected = _detect(data)
    if detected is not None:
        return detected
    raise SourceRefused(
        "not UTF-8, and neither a declared nor a detected encoding reads it; save it as UTF-8"
    )


def _refuse_bom() -> str:
    raise SourceRefused("starts with a Unicode byte-order mark but is not valid Unicode text")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:8192])
    if match is None:
        return None
    name = (match.group(1) or match.group(2) or b"").decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_western(text: str) -> bool:
    """True when every non-ASCII character is a Latin-1 letter or common typography."""
    non_ascii = [c for c in text if ord(c) > 127]
    return bool(non_ascii) and all(_WESTERN.fullmatch(c) for c in non_ascii)


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_DETECTABLE)).best()
    if best is None or best.percent_chaos > 10 or best.percent_coherence < 20:
        return None
    return str(best), best.encoding
