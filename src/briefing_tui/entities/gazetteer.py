"""The gazetteer: the names an analyst expects found, with the aliases the press uses."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_tui.entities.mention import ENTITY_TYPES
from briefing_tui.problems import Problem

GAZETTEER_TYPES = tuple(t for t in ENTITY_TYPES if t != "OTHER")

# Characters the press uses interchangeably; each maps to one character, so offsets hold.
_FOLD = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\t": " ",
    "\n": " ",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
}


def fold(text: str) -> str:
    """The text with spaces, apostrophes and dashes made uniform, same length as ``text``."""
    for char, replacement in _FOLD.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def surface_key(form: str) -> str:
    """How a name or alias is looked up: folded, with runs of spaces made one."""
    if form.isascii():
        # Folding changes only tabs and newlines in ASCII, and split() drops those anyway.
        return " ".join(form.split())
    return " ".join(fold(form).split())


@dataclass(frozen=True)
class Entry:
    """One entity: its canonical name, its type and the other names it goes by."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    line: int = 0

    def forms(self) -> tuple[str, ...]:
        """Every surface form: the name first, then the aliases."""
        return (self.name, *self.aliases)


class Gazetteer:
    """A list of entries, each surface form owned by exactly one entry."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: list[Entry] = []
        self._by_key: dict[str, Entry] = {}
        self._by_name: dict[str, Entry] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> list[str]:
        """Add an entry; return the forms dropped because another entity already owns them."""
        owner_of_name = self._by_name.get(entry.name)
        target = owner_of_name if owner_of_name is not None else entry
        clashes: list[str] = []
        for form in entry.forms():
            key = surface_key(form)
            owner = self._by_key.get(key)
            if owner is not None and owner.name != entry.name:
                clashes.append(form)
            elif key:
                self._by_key.setdefault(key, target)
        if owner_of_name is None:
            self.entries.append(entry)
            self._by_name[entry.name] = entry
        return clashes

    def lookup(self, form: str) -> Entry | None:
        """The entry that owns this surface form, if any."""
        return self._by_key.get(surface_key(form))

    def surface_forms(self) -> Iterator[tuple[str, Entry]]:
        """Each folded surface form with the entry it names."""
        return iter(self._by_key.items())

    def __len__(self) -> int:
        return len(self.entries)

    def fingerprint(self) -> str:
        """A short digest of the content, so caches know when the gazetteer changed."""
        digest = hashlib.blake2b(digest_size=12)
        for key, entry in sorted(self._by_key.items()):
            digest.update(f"{key}\x1f{entry.name}\x1f{entry.type}\x1e".encode())
        return digest.hexdigest()


def load_gazetteer(path: Path) -> tuple[Gazetteer, list[Problem]]:
    """Read ``entities.yaml``: every sound entry, and a problem for each fault found."""
    from briefing_tui import safeyaml

    gazetteer = Gazetteer()
    try:
        data = safeyaml.loads(safeyaml.read_text(path))
    except safeyaml.YamlProblem as exc:
        return gazetteer, [Problem(path, exc.line, exc.message)]
    except FileNotFoundError:
        return gazetteer, [Problem(path, 1, "no gazetteer file; create entities.yaml")]
    except OSError as exc:
        return gazetteer, [Problem(path, 1, f"cannot read the gazetteer: {exc.strerror}")]
    if data is None:
        return gazetteer, []
    if not isinstance(data, list):
        return gazetteer, [
            Problem(path, 1, "entities.yaml must be a list of entries with name, type, aliases")
        ]
    problems: list[Problem] = []
    first_line: dict[str, tuple[str, int]] = {}
    seen: dict[str, tuple[str, int]] = {}
    for index, item in enumerate(data):
        line = safeyaml.line_of(data, index)
        entry = _parse_entry(item, path, line, problems)
        if entry is None:
            continue
        earlier = seen.get(entry.name)
        if earlier is not None:
            same = earlier[0] == entry.type
            problems.append(
                Problem(
                    path,
                    line,
                    f"{entry.name!r} is listed twice (first at line {earlier[1]}); "
                    + (
                        "its aliases are merged, list them in one entry"
                        if same
                        else f"the first says {earlier[0]}, this one {entry.type}; "
                        "this entry is skipped"
                    ),
                    "warning" if same else "error",
                )
            )
            if not same:
                continue
        seen.setdefault(entry.name, (entry.type, line))
        for position, form in enumerate(entry.forms()):
            key = surface_key(form)
            owner = gazetteer.lookup(form)
            if owner is not None and owner.name != entry.name:
                form_line = line if position == 0 else _alias_line(item, position - 1, line)
                problems.append(
                    Problem(
                        path,
                        form_line,
                        f"{form!r} already names {owner.name!r} (line {first_line[key][1]}); "
                        f"an alias may name only one entity",
                    )
                )
        gazetteer.add(entry)
        for form in entry.forms():
            first_line.setdefault(surface_key(form), (entry.name, line))
    return gazetteer, problems


def _alias_line(item: Any, index: int, default: int) -> int:
    from briefing_tui import safeyaml

    aliases = item.get("aliases") if isinstance(item, dict) else None
    return safeyaml.line_of(aliases, index, default)


def _parse_entry(item: Any, path: Path, line: int, problems: list[Problem]) -> Entry | None:
    from briefing_tui import safeyaml

    if not isinstance(item, dict):
        problems.append(
            Problem(path, line, "each entry must be a mapping with name, type, aliases")
        )
        return None
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(Problem(path, line, "the entry has no 'name'; give its canonical name"))
        return None
    kind = item.get("type")
    if not isinstance(kind, str) or kind.strip().upper() not in GAZETTEER_TYPES:
        problems.append(
            Problem(
                path,
                safeyaml.line_of(item, "type", line),
                f"{name.strip()!r}: type {kind!r} is not one of {', '.join(GAZETTEER_TYPES)}",
            )
        )
        return None
    raw_aliases = item.get("aliases", [])
    if raw_aliases is None:
        raw_aliases = []
    if isinstance(raw_aliases, str):
        raw_aliases = [raw_aliases]
    if not isinstance(raw_aliases, list):
        problems.append(
            Problem(path, safeyaml.line_of(item, "aliases", line), "'aliases' must be a list")
        )
        raw_aliases = []
    aliases: list[str] = []
    for index, alias in enumerate(raw_aliases):
        if (
            isinstance(alias, bool)
            or not isinstance(alias, (str, int, float))
            or not str(alias).strip()
        ):
            problems.append(
                Problem(
                    path,
                    safeyaml.line_of(raw_aliases, index, line),
                    f"{name.strip()!r}: an alias must be a non-empty name, not {alias!r}",
                )
            )
            continue
        aliases.append(str(alias).strip())
    for key in item:
        if key not in ("name", "type", "aliases"):
            problems.append(
                Problem(
                    path,
                    safeyaml.line_of(item, key, line),
                    f"unknown key {key!r} (an entry has name, type, aliases)",
                    "warning",
                )
            )
    return Entry(name.strip(), kind.strip().upper(), tuple(aliases), line)
