"""Safe YAML reading that keeps line numbers and refuses what our files never need.

Only PyYAML's safe loader is used.  On top of it this module refuses aliases
and merge keys (no "billion laughs"), duplicate keys, nesting deeper than
``MAX_DEPTH`` and files larger than ``MAX_BYTES``, and records the line of
every mapping key and list item so that schema errors can name the line at
fault.  Lines are counted on ``\n`` only, as the rest of Briefing counts them,
even where YAML would also break lines at U+0085, U+2028 or U+2029.
"""

from __future__ import annotations

import bisect
import errno
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32

_BaseLoader: type[yaml.SafeLoader]
try:
    _BaseLoader = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class YamlProblem(Exception):
    """A YAML text that cannot be read, with the 1-based line at fault."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class MarkedDict(dict[Any, Any]):
    """A mapping that remembers its own line and the line of each key."""

    line: int
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """The line of ``key`` if present, else the mapping's own line."""
        return self.key_lines.get(key, self.line)


class MarkedList(list[Any]):
    """A list that remembers its own line and the line of each item."""

    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        """The line of item ``index``, else the list's own line."""
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


def line_of(container: Any, key: Any, default: int = 1) -> int:
    """The line of ``key`` in a marked container, or ``default`` for anything else."""
    if isinstance(container, (MarkedDict, MarkedList)):
        return container.line_of(key)
    return default


class _Lines:
    """Turns a character index of a text into its 1-based line, counting ``\n`` only."""

    def __init__(self, text: str, line_offset: int) -> None:
        self._starts = [m.end() for m in re.finditer("\n", text)] if "\n" in text else []
        self._offset = line_offset

    def at(self, index: int) -> int:
        """The line holding character ``index``."""
        return bisect.bisect_right(self._starts, index) + 1 + self._offset

    def of_mark(self, mark: Any) -> int:
        """The line of a PyYAML mark."""
        return self.at(int(getattr(mark, "index", 0)))


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader with marks, no aliases, no merge keys and no duplicate keys."""

    lines = _Lines("", 0)

    def _line(self, node: yaml.Node) -> int:
        return self.lines.of_mark(node.start_mark)

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        """Refuse merge keys: with anchors they can grow a small file exponentially."""
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(self._line(key_node), "YAML merge keys (<<) are not allowed here")
        super().flatten_mapping(node)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlProblem(self._line(node), "YAML aliases (*name) are not allowed here")
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            message = f"invalid YAML value: {_value_error(exc)}"
            raise YamlProblem(self._line(node), message) from None

    def construct_yaml_map(self, node: yaml.MappingNode) -> Any:
        data = MarkedDict()
        data.line = self._line(node)
        data.key_lines = {}
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise YamlProblem(
                    self._line(key_node), "a mapping key must be a plain value"
                ) from None
            if key in data.key_lines:
                raise YamlProblem(
                    self._line(key_node),
                    f"duplicate key {key!r} (first at line {data.key_lines[key]})",
                )
            data.key_lines[key] = self._line(key_node)
            data[key] = self.construct_object(value_node, deep=True)

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Any:
        data = MarkedList()
        data.line = self._line(node)
        data.item_lines = [self._line(child) for child in node.value]
        yield data
        data.extend(self.construct_object(child, deep=True) for child in node.value)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """Dates that do not exist stay text, so the schema check can name the field."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return str(node.value)

    def construct_undefined(self, node: yaml.Node) -> Any:
        raise YamlProblem(self._line(node), f"the YAML tag {node.tag!r} is not allowed")


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_yaml_seq)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor(None, _Loader.construct_undefined)

# What may open a block collection before a line's content: indentation and the
# compact indicators "- ", "? " and ": ", with anchors and tags among them.
_BLOCK_PREFIX = re.compile(r"^(?:[ \t]|[-?:](?=[ \t\n]|$)|[&!][^ \t\n]*)*", re.MULTILINE)


def _depth_bound(text: str) -> int:
    """A cheap upper bound on the nesting depth of ``text``, generous on purpose.

    Flow collections need one bracket per level; block collections need one
    more column of indentation or one more compact indicator per two levels.
    """
    flow = text.count("[") + text.count("{")
    if flow > MAX_DEPTH:
        return flow
    widest = max((len(m.group()) for m in _BLOCK_PREFIX.finditer(text)), default=0)
    return flow + 2 * widest + 2


def _check_depth(text: str, lines: _Lines) -> None:
    """Refuse deep nesting before the C composer recurses into it (deep enough, it crashes)."""
    if _depth_bound(text) <= MAX_DEPTH:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem(
                        lines.of_mark(event.start_mark),
                        f"YAML nested deeper than {MAX_DEPTH} levels",
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        # PyYAML may have a nesting limit of its own that answers before ours
        # does; whatever its wording, deep text gets our message and its line.
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = int(getattr(mark, "index", len(text))) if mark is not None else len(text)
        if _depth_before(text, where) > MAX_DEPTH:
            line = lines.of_mark(mark) if mark is not None else lines.at(where)
            raise YamlProblem(line, f"YAML nested deeper than {MAX_DEPTH} levels") from None
        raise _from_yaml_error(exc, lines) from None


def _depth_before(text: str, end: int) -> int:
    """A rough nesting depth at ``end``: unclosed brackets, plus the block prefix of that line."""
    head = text[:end]
    flow = head.count("[") + head.count("{") - head.count("]") - head.count("}")
    start = head.rfind("\n") + 1
    prefix = _BLOCK_PREFIX.match(text, start)
    block = len(prefix.group()) // 2 if prefix is not None else 0
    return max(flow, 0) + block


def _one_line(message: str) -> str:
    """PyYAML's messages without their second line (``in "<unicode string>", ...``)."""
    message = message.split("\n  in ", 1)[0]
    return " ".join(message.split())


def _value_error(exc: Exception) -> str:
    """A constructor's complaint about a value, in one plain line."""
    detail = str(exc)
    if "limit" in detail and "digits" in detail:
        return "a number with too many digits; put it in quotes if it is text"
    return _one_line(detail)


def _from_yaml_error(exc: yaml.YAMLError, lines: _Lines) -> YamlProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None and isinstance(getattr(exc, "position", None), int):
        line = lines.at(int(getattr(exc, "position", 0)))
    else:
        line = lines.of_mark(mark) if mark is not None else lines.at(0)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"invalid YAML: {_one_line(str(problem))}" + (
        f" ({_one_line(str(context))})" if context else ""
    )
    return YamlProblem(line, message)


def loads(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document safely; ``line_offset`` shifts reported lines (front matter)."""
    if len(text) > MAX_BYTES:
        raise YamlProblem(1 + line_offset, f"YAML text larger than {MAX_BYTES // 2**20} MB")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = _Lines(text, line_offset)
    _check_depth(text, lines)
    try:
        loader = _Loader(text)
    except UnicodeEncodeError as exc:
        raise YamlProblem(lines.at(exc.start), "text with a lone surrogate code point") from None
    loader.lines = lines
    try:
        return loader.get_single_data()
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        raise _from_yaml_error(exc, lines) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise YamlProblem(lines.at(0), f"invalid YAML value: {_value_error(exc)}") from None
    except RecursionError:
        raise YamlProblem(1 + line_offset, f"YAML nested deeper than {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (a BOM is dropped, line endings become ``\\n``).

    Raises ``YamlProblem`` naming the line of the first byte that is not UTF-8,
    and for anything but a regular file of at most ``MAX_BYTES`` (a FIFO or
    ``/dev/zero`` would block or never end); ``OSError`` when it cannot be read.
    """
    return decode_utf8(read_regular_file(path, MAX_BYTES))


def read_regular_file(path: Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read without blocking on FIFOs.

    Without ``follow_links``, a path that is itself a symbolic link fails with ``ELOOP``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem(1, "not a regular file (a device, FIFO or socket); it is skipped")
        if info.st_size > limit:
            raise YamlProblem(1, f"file larger than {_size(limit)}; it is skipped")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise YamlProblem(1, f"file larger than {_size(limit)}; it is skipped")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8 strictly and normalise line endings, naming the line of a bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise YamlProblem(
            line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, as note offsets assume."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
