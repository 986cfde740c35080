"""Where the analyst left off: visit, article, reading position, theme, visit order, panes.

Kept as JSON in the per-user data folder, one entry per corpus folder, and
written atomically so a crash never leaves half a file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from briefing_tui.paths import user_data_dir

STATE_NAME = "reader-state.json"


@dataclass
class Place:
    """The last visit and article open in one corpus, and the offset being read."""

    visit: str | None = None
    article: str | None = None
    offset: int = 0


@dataclass
class ReaderState:
    """Everything the reader remembers between runs."""

    theme: str | None = None
    newest_first: bool = False
    notes_pane: bool = False
    hidden_types: list[str] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)

    def place(self, corpus: Path) -> Place:
        """The remembered place in this corpus (a fresh one when never opened)."""
        return self.places.setdefault(_key(corpus), Place())


def _key(corpus: Path) -> str:
    try:
        return str(corpus.resolve())
    except OSError:
        return str(corpus)


def state_path() -> Path:
    """Where the reader state is kept."""
    return user_data_dir() / STATE_NAME


def load_state(path: Path | None = None) -> ReaderState:
    """Read the state; anything missing or unreadable means starting fresh."""
    path = path or state_path()
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ReaderState()
    if not isinstance(data, dict):
        return ReaderState()
    state = ReaderState()
    theme = data.get("theme")
    state.theme = theme if isinstance(theme, str) else None
    state.newest_first = data.get("newest_first") is True
    state.notes_pane = data.get("notes_pane") is True
    hidden = data.get("hidden_types")
    if isinstance(hidden, list):
        state.hidden_types = [h for h in hidden if isinstance(h, str)]
    places = data.get("places")
    if isinstance(places, dict):
        for key, value in places.items():
            if not isinstance(value, dict):
                continue
            visit, article, offset = value.get("visit"), value.get("article"), value.get("offset")
            state.places[str(key)] = Place(
                visit=visit if isinstance(visit, str) else None,
                article=article if isinstance(article, str) else None,
                offset=offset if isinstance(offset, int) and offset >= 0 else 0,
            )
    return state


def save_state(state: ReaderState, path: Path | None = None) -> None:
    """Write the state atomically; a read-only folder only costs the memory of this run."""
    path = path or state_path()
    from briefing_tui.atomicfile import replace_file

    text = json.dumps(asdict(state), indent=2, sort_keys=True)
    try:
        replace_file(path, text)
    except OSError:
        return
