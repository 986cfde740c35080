"""Safe YAML reading that keeps line numbers and refuses what our files never need.

Only PyYAML's safe loader is used.  On top of it this module refuses aliases
(no "billion laughs"), duplicate keys, nesting deeper than ``MAX_DEPTH`` and
files larger than ``MAX_BYTES``, and records the line of every mapping key and
list item so that schema errors can name the line at fault.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32

_BaseLoader: type[yaml.SafeLoader]
try:
    _BaseLoader = yaml.CSafeLoader  # type: ignore[assignment,misc]
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


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader with marks, no aliases and no duplicate keys."""

    line_offset = 0

    def _line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.line_offset

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlProblem(self._line(node), "YAML aliases (*name) are not allowed here")
        return super().construct_object(node, deep=deep)

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
                raise YamlProblem(self._line(key_node), "a mapping key must be a plain value") from None
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

_NESTING_HINT = re.compile(r"^ {64,}", re.MULTILINE)


def _check_depth(text: str, line_offset: int) -> None:
    """Refuse deep nesting before the C composer recurses into it (it would crash)."""
    if text.count("[") + text.count("{") < MAX_DEPTH and not _NESTING_HINT.search(text):
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem(
                        int(event.start_mark.line) + 1 + line_offset,
                        f"YAML nested deeper than {MAX_DEPTH} levels",
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        raise _from_yaml_error(exc, line_offset) from None


def _from_yaml_error(exc: yaml.YAMLError, line_offset: int) -> YamlProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = int(mark.line) + 1 + line_offset if mark is not None else 1 + line_offset
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
    return YamlProblem(line, message)


def loads(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document safely; ``line_offset`` shifts reported lines (front matter)."""
    if len(text) > MAX_BYTES:
        raise YamlProblem(1 + line_offset, f"YAML text larger than {MAX_BYTES // 2**20} MB")
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_depth(text, line_offset)
    loader = _Loader(text)
    loader.line_offset = line_offset
    try:
        return loader.get_single_data()
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        raise _from_yaml_error(exc, line_offset) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise YamlProblem(1 + line_offset, f"invalid YAML value: {exc}") from None
    except RecursionError:
        raise YamlProblem(1 + line_offset, f"YAML nested deeper than {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (a BOM is dropped, line endings become ``\\n``).

    Raises ``YamlProblem`` naming the line of the first byte that is not UTF-8.
    """
    data = path.read_bytes()
    return decode_utf8(data)


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
